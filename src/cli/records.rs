//! The records of an export, one at a time: a JSON document (one record or a list of them), NDJSON
//! (a record a line) or CSV (a header row of dotted field paths).
//!
//! Memory stays bounded however long or hostile the file: a JSON list is split into its elements
//! by a scanner that keeps only the element being read, lines and rows longer than
//! [`MAX_RECORD_BYTES`] are not kept, and a NUL byte (a binary file, `/dev/zero`) stops the run at
//! once. Every record read gets its row number; a record that cannot be read is a row with the
//! reason, so the caller can say exactly which records were not checked. What makes the rest of
//! the file unusable (it is binary, a directory, cut off inside a list, a CSV header that breaks
//! the limits) is [`Unusable`].

use std::cell::Cell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::rc::Rc;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use super::shown;
use crate::value::{SmolStr, MAX_DEPTH, MAX_ENTRIES, MAX_STRING, MAX_VALUES, TRUNCATED};
use crate::Value;

/// The longest record read: a line, a list element or a CSV row, in bytes. Longer ones are
/// reported as unreadable (a CSV row: the run stops) instead of being held in memory.
pub const MAX_RECORD_BYTES: usize = 4 << 20;

/// Why the rest of a file cannot be read; the run stops with exit code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unusable(pub String);

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One record: its row number (1-based: the line, the list element, or the CSV row counting the
/// header as row 1) and the record, or why it cannot be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The row number.
    pub row: usize,
    /// The record, or why it cannot be read.
    pub record: Result<Value, String>,
}

/// The records of a file, lazily.
pub type Rows = Box<dyn Iterator<Item = Result<Row, Unusable>>>;

/// A file opened for reading: its records and, for CSV, the field paths of its columns.
pub struct Input {
    /// The records.
    pub rows: Rows,
    /// The header row's field paths (CSV only).
    pub columns: Option<Vec<String>>,
}

/// The formats read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON document: a record or a list of records.
    Json,
    /// A JSON record a line.
    Ndjson,
    /// A header row of dotted field paths, a record a row.
    Csv,
}

impl Format {
    /// The format a file name says (`-`, standard input, is NDJSON).
    pub fn of(path: &str) -> Option<Format> {
        let lower = path.to_lowercase();
        if path == "-" || lower.ends_with(".ndjson") || lower.ends_with(".jsonl") {
            Some(Format::Ndjson)
        } else if lower.ends_with(".json") {
            Some(Format::Json)
        } else if lower.ends_with(".csv") {
            Some(Format::Csv)
        } else {
            None
        }
    }
}

/// A reader that counts the bytes read (for a progress bar) and refuses a NUL byte: no text
/// export holds one, and a binary file or `/dev/zero` must stop the run, not fill the memory.
struct Guard<R> {
    inner: R,
    read: Rc<Cell<u64>>,
}

impl<R: Read> Read for Guard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(at) = buf[..n].iter().position(|&b| b == 0) {
            let at = self.read.get() + at as u64;
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("is not a text file (a NUL byte at byte {at})"),
            ));
        }
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

fn failed(name: &str, e: &io::Error) -> Unusable {
    if e.kind() == io::ErrorKind::InvalidData {
        Unusable(format!("{name} {e}"))
    } else if e.raw_os_error() == Some(21) {
        Unusable(format!("{name} is a directory"))
    } else {
        Unusable(format!("cannot read {name}: {e}"))
    }
}

/// Opens `path` (`-` for standard input, read as NDJSON) and reads its records lazily; `read`
/// counts the bytes read so far.
pub fn open(path: &str, read: Rc<Cell<u64>>) -> Result<Input, Unusable> {
    let name = shown(path);
    let format = Format::of(path).ok_or_else(|| Unusable(format!("{name}: name the file .json, .ndjson, .jsonl or .csv (or - for NDJSON on standard input)")))?;
    if path == "-" {
        return Ok(read_from(Box::new(io::stdin()), format, name, None, read));
    }
    let meta = std::fs::metadata(path).map_err(|e| Unusable(format!("cannot open {name}: {e}")))?;
    if meta.is_dir() {
        return Err(Unusable(format!("{name} is a directory, not a file")));
    }
    let file = || File::open(path).map_err(|e| Unusable(format!("cannot open {name}: {e}")));
    // CSV: the encoding is decided on the whole file when it is a file (a second pass, fast and in
    // bounded memory), else on its first 64 KiB.
    let encoding = if format == Format::Csv && meta.is_file() {
        Some(
            encoding_of(Guard { inner: file()?, read: Rc::new(Cell::new(0)) }, None)
                .map_err(|e| failed(&name, &e))?,
        )
    } else {
        None
    };
    Ok(read_from(Box::new(file()?), format, name, encoding, read))
}

/// The records of `input` read as `format`; `name` is used in messages. For CSV, `encoding` is the
/// encoding when it is already known (else it is decided on the first 64 KiB).
pub fn read_from(
    input: Box<dyn Read>,
    format: Format,
    name: String,
    encoding: Option<&'static Encoding>,
    read: Rc<Cell<u64>>,
) -> Input {
    let input = BufReader::with_capacity(64 << 10, Guard { inner: input, read });
    match format {
        Format::Json => Input {
            rows: Box::new(JsonRecords { input, name, state: State::Start, index: 0 }),
            columns: None,
        },
        Format::Ndjson => Input {
            rows: Box::new(NdjsonRecords { input, name, line: 0, done: false }),
            columns: None,
        },
        Format::Csv => match csv_records(input, &name, encoding) {
            Ok((rows, columns)) => Input { rows, columns },
            Err(e) => Input { rows: Box::new(std::iter::once(Err(e))), columns: None },
        },
    }
}

/// UTF-8 when every byte of `input` (or of its first `limit` bytes) is, else Windows-1252, the
/// encoding of Danish spreadsheet exports. A byte-order mark decides at once.
pub fn encoding_of(mut input: impl Read, limit: Option<u64>) -> io::Result<&'static Encoding> {
    let mut buf = vec![0u8; 64 << 10];
    let mut carry = 0usize; // bytes of a character cut by the end of the previous chunk
    let mut seen = 0u64;
    loop {
        let n = match input.read(&mut buf[carry..]) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let filled = carry + n;
        if seen == 0 && buf[..filled].starts_with(b"\xEF\xBB\xBF") {
            return Ok(UTF_8);
        }
        if n == 0 {
            return Ok(if carry == 0 { UTF_8 } else { WINDOWS_1252 });
        }
        seen += n as u64;
        match std::str::from_utf8(&buf[..filled]) {
            Ok(_) => carry = 0,
            Err(e) if e.error_len().is_none() => {
                let valid = e.valid_up_to();
                buf.copy_within(valid..filled, 0);
                carry = filled - valid;
            }
            Err(_) => return Ok(WINDOWS_1252),
        }
        if limit.is_some_and(|l| seen >= l) {
            return Ok(UTF_8);
        }
    }
}

// ---- NDJSON ---------------------------------------------------------------------------------------

/// Reads one line into `buf` (without its end), keeping at most `MAX_RECORD_BYTES`; `Ok(None)` at
/// the end of the input, else whether the line was longer than that.
fn bounded_line(input: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<Option<bool>> {
    buf.clear();
    let mut any = false;
    let mut too_long = false;
    loop {
        let chunk = match input.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(any.then_some(too_long));
        }
        any = true;
        let (part, used, end) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], i + 1, true),
            None => (chunk, chunk.len(), false),
        };
        let room = MAX_RECORD_BYTES.saturating_sub(buf.len());
        if part.len() > room {
            too_long = true;
        }
        buf.extend_from_slice(&part[..part.len().min(room)]);
        input.consume(used);
        if end {
            return Ok(Some(too_long));
        }
    }
}

fn too_large() -> String {
    format!("larger than {} MiB, not read", MAX_RECORD_BYTES >> 20)
}

fn parse(bytes: &[u8]) -> Result<Value, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("not UTF-8 (at byte {})", e.valid_up_to()))?;
    Value::parse_json(text).map_err(|e| format!("not JSON (at byte {})", e.at))
}

struct NdjsonRecords<R> {
    input: R,
    name: String,
    line: usize,
    done: bool,
}

impl<R: BufRead> Iterator for NdjsonRecords<R> {
    type Item = Result<Row, Unusable>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = Vec::new();
        while !self.done {
            self.line += 1;
            let too_long = match bounded_line(&mut self.input, &mut buf) {
                Ok(Some(t)) => t,
                Ok(None) => break,
                Err(e) => {
                    self.done = true;
                    return Some(Err(failed(&self.name, &e)));
                }
            };
            let mut bytes = buf.as_slice();
            if self.line == 1 {
                bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            }
            if too_long {
                return Some(Ok(Row { row: self.line, record: Err(too_large()) }));
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Ok(Row { row: self.line, record: parse(bytes) }));
        }
        self.done = true;
        None
    }
}

// ---- a JSON document, a list element at a time --------------------------------------------------------

enum State {
    Start,
    List,
    Done,
}

struct JsonRecords<R> {
    input: R,
    name: String,
    state: State,
    index: usize,
}

impl<R: BufRead> JsonRecords<R> {
    /// The next byte that is not white space, without consuming it; `None` at the end.
    fn peek(&mut self) -> io::Result<Option<u8>> {
        loop {
            let chunk = self.input.fill_buf()?;
            let Some(&b) = chunk.first() else { return Ok(None) };
            if b.is_ascii_whitespace() {
                self.input.consume(1);
            } else {
                return Ok(Some(b));
            }
        }
    }

    /// One list element's bytes (at most `MAX_RECORD_BYTES` kept), whether it was longer, and
    /// whether the list ended after it. Brackets are counted and strings stepped over, without
    /// recursion; the element itself is then parsed with the core's own parser and limits.
    fn element(&mut self, buf: &mut Vec<u8>) -> Result<(bool, bool), Unusable> {
        let (mut depth, mut string, mut escape, mut too_long) = (0usize, false, false, false);
        loop {
            let chunk = self.input.fill_buf().map_err(|e| failed(&self.name, &e))?;
            if chunk.is_empty() {
                return Err(Unusable(format!(
                    "{} ends inside the list, after element {}: the file is cut off",
                    self.name,
                    self.index.saturating_sub(1)
                )));
            }
            let mut end = None;
            for (i, &b) in chunk.iter().enumerate() {
                if string {
                    if escape {
                        escape = false;
                    } else if b == b'\\' {
                        escape = true;
                    } else if b == b'"' {
                        string = false;
                    }
                    continue;
                }
                match b {
                    b'"' => string = true,
                    b'[' | b'{' => depth += 1,
                    b']' | b'}' if depth > 0 => depth -= 1,
                    b']' => {
                        end = Some((i, true));
                        break;
                    }
                    b',' if depth == 0 => {
                        end = Some((i, false));
                        break;
                    }
                    _ => {}
                }
            }
            let taken = end.map_or(chunk.len(), |(i, _)| i);
            let room = MAX_RECORD_BYTES.saturating_sub(buf.len());
            too_long |= taken > room;
            buf.extend_from_slice(&chunk[..taken.min(room)]);
            match end {
                Some((i, last)) => {
                    self.input.consume(i + 1);
                    return Ok((too_long, last));
                }
                None => {
                    let n = chunk.len();
                    self.input.consume(n);
                }
            }
        }
    }

    fn next_row(&mut self) -> Result<Option<Row>, Unusable> {
        let io = |e: io::Error, name: &str| failed(name, &e);
        match self.state {
            State::Done => Ok(None),
            State::Start => {
                // A byte-order mark may precede the document.
                if self
                    .input
                    .fill_buf()
                    .map_err(|e| io(e, &self.name))?
                    .starts_with(b"\xEF\xBB\xBF")
                {
                    self.input.consume(3);
                }
                match self.peek().map_err(|e| io(e, &self.name))? {
                    None => {
                        self.state = State::Done;
                        Ok(None)
                    }
                    Some(b'[') => {
                        self.input.consume(1);
                        self.state = State::List;
                        if self.peek().map_err(|e| io(e, &self.name))? == Some(b']') {
                            self.input.consume(1);
                            self.state = State::Done;
                            return self.trailing().map(|()| None);
                        }
                        self.next_row()
                    }
                    Some(_) => {
                        // One record: the whole document, within the record limit.
                        self.state = State::Done;
                        let mut buf = Vec::new();
                        (&mut self.input)
                            .take(MAX_RECORD_BYTES as u64 + 1)
                            .read_to_end(&mut buf)
                            .map_err(|e| io(e, &self.name))?;
                        if buf.len() > MAX_RECORD_BYTES {
                            return Ok(Some(Row { row: 1, record: Err(too_large()) }));
                        }
                        match parse(&buf) {
                            Ok(v) => Ok(Some(Row { row: 1, record: Ok(v) })),
                            Err(why) => Err(Unusable(format!(
                                "{} is {why}; for a record a line, name it .ndjson",
                                self.name
                            ))),
                        }
                    }
                }
            }
            State::List => {
                self.index += 1;
                let mut buf = Vec::new();
                let (too_long, last) = self.element(&mut buf)?;
                if last {
                    self.state = State::Done;
                    self.trailing()?;
                }
                let record = if too_long { Err(too_large()) } else { parse(&buf) };
                Ok(Some(Row { row: self.index, record }))
            }
        }
    }

    /// Nothing but white space may follow the list.
    fn trailing(&mut self) -> Result<(), Unusable> {
        match self.peek().map_err(|e| failed(&self.name, &e))? {
            None => Ok(()),
            Some(_) => Err(Unusable(format!("{} has more after the end of its list", self.name))),
        }
    }
}

impl<R: BufRead> Iterator for JsonRecords<R> {
    type Item = Result<Row, Unusable>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.next_row() {
            Ok(row) => row.map(Ok),
            Err(e) => {
                self.state = State::Done;
                Some(Err(e))
            }
        }
    }
}

// ---- CSV --------------------------------------------------------------------------------------------

/// Fields a CSV cell is read as a number for (by the last part of the column's path); a decimal
/// comma (`7,5`) is read as a decimal point. Every other cell is text, or `true`/`false` for
/// `true`/`ja` and `false`/`nej`.
pub const NUMERIC: [&str; 9] = [
    "hoursPerWeek",
    "contactIntervalDays",
    "teamSize",
    "level",
    "citizens",
    "age",
    "grantedHoursPerWeek",
    "hours",
    "mentorHours",
];

/// What the header row makes of the columns: a tree of field paths, built once, so a row becomes
/// a record in one pass over its cells (100 000 columns would otherwise be quadratic).
#[derive(Debug)]
enum Node {
    Cell(usize),
    Object(Vec<(SmolStr, Node)>),
    Array(Vec<(usize, Node)>),
}

/// The header row read: the columns' field paths as a tree.
#[derive(Debug)]
pub struct Header {
    root: Node,
    columns: usize,
    /// The field path of each column (empty for a column without a name, which is not read).
    pub paths: Vec<String>,
}

impl Header {
    /// Reads the header row. Its limits are the JSON input's: a path of at most [`MAX_DEPTH`]
    /// parts, at most [`MAX_ENTRIES`] fields in one object or list, at most [`MAX_VALUES`] values
    /// in all. A key is only a key: `__proto__` or `constructor` are fields like any other.
    pub fn read(cells: &[&str]) -> Result<Header, String> {
        let columns = cells.len();
        if columns > MAX_VALUES {
            return Err(format!(
                "the header row has {columns} columns; at most {MAX_VALUES} are read"
            ));
        }
        struct B {
            key: SmolStr,
            column: Option<usize>,
            children: Vec<usize>,
            index: HashMap<SmolStr, usize>,
        }
        let fresh = |key: &str| B {
            key: key.into(),
            column: None,
            children: Vec::new(),
            index: HashMap::new(),
        };
        let mut nodes = vec![fresh("")];
        let mut paths = Vec::with_capacity(columns);
        for (col, cell) in cells.iter().enumerate() {
            let path = cell.trim();
            paths.push(path.to_string());
            if path.is_empty() {
                continue;
            }
            let what = || format!("column {} ({})", col + 1, shown(path));
            if path.split('.').nth(MAX_DEPTH).is_some() {
                return Err(format!("{}: a field path has at most {MAX_DEPTH} parts", what()));
            }
            if path.len() > MAX_STRING {
                return Err(format!("{}: a field path is at most {MAX_STRING} bytes", what()));
            }
            if path.split('.').any(|seg| {
                !seg.is_empty()
                    && seg.bytes().all(|b| b.is_ascii_digit())
                    && seg.parse::<usize>().map_or(true, |i| i >= MAX_ENTRIES)
            }) {
                return Err(format!("{}: a list index is at most {}", what(), MAX_ENTRIES - 1));
            }
            let mut at = 0;
            for seg in path.split('.') {
                if nodes[at].column.is_some() {
                    return Err(format!(
                        "{}: the column {} is already a field, not an object",
                        what(),
                        shown(&paths[nodes[at].column.unwrap_or(0)])
                    ));
                }
                at = match nodes[at].index.get(seg) {
                    Some(&i) => i,
                    None => {
                        if nodes.len() >= MAX_VALUES {
                            return Err(format!(
                                "the header row makes more than {MAX_VALUES} fields"
                            ));
                        }
                        if nodes[at].children.len() >= MAX_ENTRIES {
                            return Err(format!(
                                "{}: more than {MAX_ENTRIES} fields in one object",
                                what()
                            ));
                        }
                        let i = nodes.len();
                        nodes.push(fresh(seg));
                        nodes[at].children.push(i);
                        nodes[at].index.insert(seg.into(), i);
                        i
                    }
                };
            }
            if let Some(other) = nodes[at].column {
                return Err(format!("{}: the same field as column {}", what(), other + 1));
            }
            if !nodes[at].children.is_empty() {
                return Err(format!("{}: other columns are fields inside it", what()));
            }
            nodes[at].column = Some(col);
        }
        // The tree, at most MAX_DEPTH deep: recursion is bounded.
        fn build(nodes: &[B], at: usize, root: bool) -> Node {
            let n = &nodes[at];
            if let Some(c) = n.column {
                return Node::Cell(c);
            }
            let index = |k: &str| {
                k.parse::<usize>()
                    .ok()
                    .filter(|i| *i < MAX_ENTRIES && (k == "0" || !k.starts_with('0')))
            };
            if !root && n.children.iter().all(|&c| index(&nodes[c].key).is_some()) {
                let mut items: Vec<(usize, Node)> = n
                    .children
                    .iter()
                    .map(|&c| (index(&nodes[c].key).unwrap_or(0), build(nodes, c, false)))
                    .collect();
                items.sort_by_key(|(i, _)| *i);
                return Node::Array(items);
            }
            Node::Object(
                n.children
                    .iter()
                    .map(|&c| (nodes[c].key.clone(), build(nodes, c, false)))
                    .collect(),
            )
        }
        Ok(Header { root: build(&nodes, 0, true), columns, paths })
    }

    /// The record of one row of cells (as many as the header has columns).
    pub fn record(&self, cells: &[&str]) -> Result<Value, String> {
        if cells.len() != self.columns {
            return Err(format!("{} cells, the header has {}", cells.len(), self.columns));
        }
        fn build(node: &Node, cells: &[&str], last: &str) -> Option<Value> {
            match node {
                Node::Cell(c) => cell(cells[*c], last),
                Node::Object(entries) => {
                    let mut out: Vec<(SmolStr, Value)> = entries
                        .iter()
                        .filter_map(|(k, n)| build(n, cells, k).map(|v| (k.clone(), v)))
                        .collect();
                    if out.len() > MAX_ENTRIES {
                        out.truncate(MAX_ENTRIES);
                        out.push((SmolStr::new(TRUNCATED), Value::Unsupported("too large")));
                    }
                    (!out.is_empty()).then_some(Value::Object(out))
                }
                Node::Array(items) => {
                    let filled: Vec<(usize, Value)> = items
                        .iter()
                        .filter_map(|(i, n)| build(n, cells, "").map(|v| (*i, v)))
                        .collect();
                    let len = filled.last()?.0 + 1;
                    let mut out = vec![Value::Null; len];
                    for (i, v) in filled {
                        out[i] = v;
                    }
                    Some(Value::Array(out))
                }
            }
        }
        Ok(build(&self.root, cells, "").unwrap_or(Value::Object(Vec::new())))
    }
}

/// A cell's value: nothing when blank, a number in a number column, yes/no (true/false, ja/nej,
/// yes/no in any case), else text.
fn cell(raw: &str, last: &str) -> Option<Value> {
    let c = raw.trim();
    if c.is_empty() {
        return None;
    }
    if c.len() > MAX_STRING {
        return Some(Value::Unsupported("too large"));
    }
    let is = |words: [&str; 3]| words.iter().any(|w| c.eq_ignore_ascii_case(w));
    Some(match c {
        // Any case: a spreadsheet writes "Ja" and "TRUE".
        _ if is(["true", "ja", "yes"]) => Value::Bool(true),
        _ if is(["false", "nej", "no"]) => Value::Bool(false),
        c if NUMERIC.contains(&last) => {
            number(c).map(Value::Number).unwrap_or_else(|| Value::text(c))
        }
        c => Value::text(c),
    })
}

/// `7.5`, `7,5`, `1.234,5` (a Danish spreadsheet's thousands separator and decimal comma).
fn number(c: &str) -> Option<f64> {
    let normal = if c.contains(',') { c.replace('.', "").replace(',', ".") } else { c.to_string() };
    normal.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// A reader that fails when more than a row's worth of text is read without a row ending, so the
/// CSV reader's buffer for one row stays bounded. `since` is reset at each row.
struct RowCap<R> {
    inner: R,
    since: Rc<Cell<usize>>,
}

impl<R: Read> Read for RowCap<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.since.get() > MAX_RECORD_BYTES {
            return Err(io::Error::other("row too large"));
        }
        let n = self.inner.read(buf)?;
        self.since.set(self.since.get() + n);
        Ok(n)
    }
}

/// `;` when the first line has more semicolons than commas outside quotes (a Danish spreadsheet's
/// export), else `,`.
fn delimiter(first: &[u8]) -> u8 {
    let (mut quoted, mut commas, mut semis) = (false, 0, 0);
    for &b in first {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas {
        b';'
    } else {
        b','
    }
}

fn csv_records(
    mut input: BufReader<Guard<Box<dyn Read>>>,
    name: &str,
    encoding: Option<&'static Encoding>,
) -> Result<(Rows, Option<Vec<String>>), Unusable> {
    let encoding = match encoding {
        Some(e) => e,
        None => encoding_of(input.fill_buf().map_err(|e| failed(name, &e))?, Some(64 << 10))
            .map_err(|e| failed(name, &e))?,
    };
    let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .bom_override(true)
        .strip_bom(true)
        .build(input);
    let since = Rc::new(Cell::new(0));
    let mut text =
        BufReader::with_capacity(64 << 10, RowCap { inner: decoded, since: since.clone() });
    // The delimiter is decided on the first line (up to 64 KiB of it), which is then read again.
    let mut first = Vec::new();
    (&mut text).take(64 << 10).read_until(b'\n', &mut first).map_err(|e| failed(name, &e))?;
    let delim = delimiter(&first);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delim)
        .has_headers(false)
        .flexible(true)
        .from_reader(io::Cursor::new(first).chain(text));
    let mut record = csv::StringRecord::new();
    let stop = |e: csv::Error, row: usize, name: &str| match e.kind() {
        csv::ErrorKind::Io(io) if io.to_string() == "row too large" => Unusable(format!(
            "row {row} of {name} is {}; it and the rows after it were not checked",
            too_large()
        )),
        csv::ErrorKind::Io(io) => failed(name, io),
        _ => Unusable(format!("{name}: row {row}: {e}")),
    };
    match reader.read_record(&mut record) {
        Ok(true) => {}
        Ok(false) => return Ok((Box::new(std::iter::empty()), None)),
        Err(e) => return Err(stop(e, 1, name)),
    }
    let header = Header::read(&record.iter().collect::<Vec<_>>())
        .map_err(|e| Unusable(format!("{name}: the header row: {e}")))?;
    let columns = Some(header.paths.clone());
    let name = name.to_string();
    let mut row = 1usize;
    let mut done = false;
    let rows = Box::new(std::iter::from_fn(move || loop {
        if done {
            return None;
        }
        since.set(0);
        row += 1;
        match reader.read_record(&mut record) {
            Ok(false) => {
                done = true;
                return None;
            }
            Err(e) => {
                done = true;
                return Some(Err(stop(e, row, &name)));
            }
            Ok(true) => {
                if record.len() == 1 && record[0].trim().is_empty() {
                    continue;
                }
                let cells: Vec<&str> = record.iter().collect();
                return Some(Ok(Row { row, record: header.record(&cells) }));
            }
        }
    }));
    Ok((rows, columns))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(bytes: &[u8], format: Format) -> Vec<Result<Row, Unusable>> {
        read_from(
            Box::new(io::Cursor::new(bytes.to_vec())),
            format,
            "f".into(),
            None,
            Rc::new(Cell::new(0)),
        )
        .rows
        .collect()
    }

    #[test]
    fn a_json_list_is_read_element_by_element() {
        let r = rows(br#" [ {"a":"],{"}, [1,{"b":[2]}] , "x\"]" ,{}] "#, Format::Json);
        assert_eq!(r.len(), 4);
        assert_eq!(
            r[0].as_ref().unwrap().record.as_ref().unwrap().get("a"),
            Some(&Value::text("],{"))
        );
        assert_eq!(r[3].as_ref().unwrap().row, 4);
        assert!(rows(b"[1,2", Format::Json).last().unwrap().is_err(), "cut off");
        assert!(rows(b"[1] x", Format::Json).last().unwrap().is_err(), "text after the list");
        assert_eq!(rows(b"[]", Format::Json).len(), 0);
        assert_eq!(rows(b"", Format::Json).len(), 0);
    }

    #[test]
    fn nul_bytes_stop_the_run() {
        for f in [Format::Json, Format::Ndjson, Format::Csv] {
            let r = rows(&[0u8; 100], f);
            assert!(
                matches!(r.last(), Some(Err(Unusable(m))) if m.contains("NUL")),
                "{f:?}: {r:?}"
            );
        }
    }

    #[test]
    fn encodings() {
        assert_eq!(encoding_of(&b"a\xc3\xa6b"[..], None).unwrap(), UTF_8);
        assert_eq!(encoding_of(&b"a\xe6b"[..], None).unwrap(), WINDOWS_1252);
        assert_eq!(encoding_of(&b"a\xc3"[..], None).unwrap(), WINDOWS_1252);
    }

    #[test]
    fn numbers_with_decimal_commas() {
        assert_eq!(number("7,5"), Some(7.5));
        assert_eq!(number("1.234,5"), Some(1234.5));
        assert_eq!(number("7.5"), Some(7.5));
        assert_eq!(number("x"), None);
    }
}
