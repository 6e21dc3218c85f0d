//! `mestring`: the same checks as the forms, on files, offline.
//!
//! ```text
//! mestring check FILE [--kind referral|mentor|internship|supplier] [--as-of DATE]
//!                     [--lang da|en] [--format table|json|html] [--ruleset FILE]
//! mestring plan --start DATE [--profile recommended|playbook] [--lang da|en] [--format table|json|ics]
//! ```
//! FILE is JSON (one record or a list), NDJSON (`.ndjson`, `.jsonl`: one record a line) or CSV
//! (`.csv`: a header row of dotted field paths), or `-` for NDJSON on standard input. Records are
//! read and checked one at a time, so memory stays bounded however long the file; a row that
//! cannot be read is reported with its row number and the run goes on. When standard error is a
//! terminal, a progress bar shows how much of the file is done.
//! Exit code: 0 when every record is eligible or complete, 1 when some are not, 2 when the
//! arguments or the file cannot be used.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;

use mestring::Value;
use serde_json::{json, Value as J};

const USAGE: &str = "usage:
  mestring check FILE [--kind referral|mentor|internship|supplier] [--as-of YYYY-MM-DD]
                      [--lang da|en] [--format table|json|html] [--ruleset FILE]
  mestring plan --start YYYY-MM-DD [--profile recommended|playbook] [--lang da|en]
                [--format table|json|ics]
FILE: .json (a record or a list), .ndjson/.jsonl (a record a line), .csv (a header of dotted
field paths), or - for NDJSON on standard input.";

/// A usage or file error: message to stderr, exit code 2.
struct Fatal(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("plan") => plan(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(Fatal(USAGE.to_string())),
    };
    result.unwrap_or_else(|Fatal(message)| {
        eprintln!("mestring: {message}");
        ExitCode::from(2)
    })
}

/// `--name value` options after the positional arguments.
fn options(args: &[String], allowed: &[&str]) -> Result<(Vec<String>, BTreeMap<String, String>), Fatal> {
    let mut positional = Vec::new();
    let mut named = BTreeMap::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if let Some(name) = a.strip_prefix("--") {
            if !allowed.contains(&name) {
                return Err(Fatal(format!("unknown option --{name}\n{USAGE}")));
            }
            let value = it.next().ok_or_else(|| Fatal(format!("--{name} needs a value")))?;
            named.insert(name.to_string(), value.clone());
        } else {
            positional.push(a.clone());
        }
    }
    Ok((positional, named))
}

fn one_of<'a>(named: &'a BTreeMap<String, String>, name: &str, allowed: &[&'a str], default: &'a str) -> Result<&'a str, Fatal> {
    match named.get(name) {
        None => Ok(default),
        Some(v) => allowed.iter().find(|a| **a == v).copied().ok_or_else(|| Fatal(format!("--{name} takes {}, not {v}", allowed.join(", ")))),
    }
}

fn iso_date(named: &BTreeMap<String, String>, name: &str) -> Result<Option<String>, Fatal> {
    match named.get(name) {
        None => Ok(None),
        Some(d) if mestring::date::parse_iso(d).is_ok() => Ok(Some(d.clone())),
        Some(d) => Err(Fatal(format!("--{name} takes a date as YYYY-MM-DD, not {d}"))),
    }
}

/// The options object every check takes: language and, when given, a ruleset from a file.
fn check_options(named: &BTreeMap<String, String>, lang: &str) -> Result<Value, Fatal> {
    let mut o = Value::Object(vec![("lang".into(), Value::text(lang))]);
    if let Some(path) = named.get("ruleset") {
        let text = std::fs::read_to_string(path).map_err(|e| Fatal(format!("cannot read the ruleset {path}: {e}")))?;
        let rs = Value::parse_json(&text).map_err(|e| Fatal(format!("the ruleset {path} is not JSON (at byte {})", e.at)))?;
        o.set("ruleset", rs);
    }
    Ok(o)
}

// ---- reading records, one at a time ---------------------------------------------------------------

/// One record of the input: its row number (1-based: line, CSV data row, or list index) and the
/// record, or why it cannot be read.
type Row = (usize, Result<Value, String>);

/// Numeric fields a CSV cell is read as a number for; every other cell is text.
const NUMERIC: [&str; 9] = ["hoursPerWeek", "contactIntervalDays", "teamSize", "level", "citizens", "age", "grantedHoursPerWeek", "hours", "mentorHours"];

fn csv_fields(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if cur.is_empty() => quoted = true,
            (',' | ';', false) => out.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    if quoted {
        return Err("a quoted cell is not closed".into());
    }
    out.push(cur);
    Ok(out)
}

fn csv_record(header: &[String], line: &str) -> Result<Value, String> {
    let cells = csv_fields(line)?;
    if cells.len() != header.len() {
        return Err(format!("{} cells, the header has {}", cells.len(), header.len()));
    }
    let mut record = Value::Object(Vec::new());
    for (path, cell) in header.iter().zip(cells) {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        let last = path.rsplit('.').next().unwrap_or(path);
        let v = match cell {
            "true" | "ja" => Value::Bool(true),
            "false" | "nej" => Value::Bool(false),
            c if NUMERIC.contains(&last) => c.replace(',', ".").parse::<f64>().map(Value::Number).unwrap_or_else(|_| Value::text(c)),
            c => Value::text(c),
        };
        set_path(&mut record, path, v);
    }
    Ok(record)
}

/// Sets a dotted path (`barriers.0.kind`) in a record, making objects and lists on the way.
fn set_path(v: &mut Value, path: &str, x: Value) {
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    let next_is_index = rest.and_then(|r| r.split('.').next()).is_some_and(|k| k.parse::<usize>().is_ok());
    let fresh = || if next_is_index { Value::Array(Vec::new()) } else { Value::Object(Vec::new()) };
    match v {
        Value::Array(items) => {
            let Ok(i) = head.parse::<usize>() else { return };
            if i > 1000 {
                return;
            }
            while items.len() <= i {
                items.push(Value::Null);
            }
            match rest {
                None => items[i] = x,
                Some(r) => {
                    if !matches!(items[i], Value::Object(_) | Value::Array(_)) {
                        items[i] = fresh();
                    }
                    set_path(&mut items[i], r, x);
                }
            }
        }
        Value::Object(entries) => match rest {
            None => v.set(head, x),
            Some(r) => {
                if !entries.iter().any(|(k, e)| k == head && matches!(e, Value::Object(_) | Value::Array(_))) {
                    v.set(head, fresh());
                }
                if let Value::Object(entries) = v {
                    if let Some((_, child)) = entries.iter_mut().find(|(k, _)| k == head) {
                        set_path(child, r, x);
                    }
                }
            }
        },
        _ => {}
    }
}

/// A reader that counts the bytes read, for the progress bar.
struct Counting<R> {
    inner: R,
    read: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

/// The records of a file, lazily, so a million rows never sit in memory at once (a JSON list is
/// the exception: it is one document). `read` counts the bytes read so far.
fn records(path: &str, read: Rc<Cell<u64>>) -> Result<Box<dyn Iterator<Item = Row>>, Fatal> {
    let open = || -> Result<Box<dyn BufRead>, Fatal> {
        if path == "-" {
            Ok(Box::new(BufReader::new(io::stdin())))
        } else {
            File::open(path)
                .map(|f| Box::new(BufReader::new(Counting { inner: f, read: read.clone() })) as Box<dyn BufRead>)
                .map_err(|e| Fatal(format!("cannot open {path}: {e}")))
        }
    };
    let lower = path.to_lowercase();
    if lower.ends_with(".json") {
        let mut text = String::new();
        open()?.read_to_string(&mut text).map_err(|e| Fatal(format!("cannot read {path}: {e}")))?;
        return match Value::parse_json(&text) {
            Ok(Value::Array(items)) => Ok(Box::new(items.into_iter().enumerate().map(|(i, v)| (i + 1, Ok(v))))),
            Ok(v) => Ok(Box::new(std::iter::once((1, Ok(v))))),
            Err(e) => Err(Fatal(format!("{path} is not JSON (at byte {}); for a record a line, name it .ndjson", e.at))),
        };
    }
    let mut lines = open()?.lines().enumerate();
    if lower.ends_with(".csv") {
        let header = match lines.next() {
            Some((_, Ok(h))) => csv_fields(h.trim_start_matches('\u{feff}')).map_err(|e| Fatal(format!("{path}: the header row: {e}")))?,
            _ => return Err(Fatal(format!("{path} is empty"))),
        };
        let header: Vec<String> = header.into_iter().map(|h| h.trim().to_string()).collect();
        return Ok(Box::new(lines.filter(|(_, l)| l.as_ref().map_or(true, |l| !l.trim().is_empty())).map(move |(i, line)| {
            (i + 1, line.map_err(|e| e.to_string()).and_then(|l| csv_record(&header, &l)))
        })));
    }
    if !(lower.ends_with(".ndjson") || lower.ends_with(".jsonl") || path == "-") {
        return Err(Fatal(format!("{path}: name the file .json, .ndjson, .jsonl or .csv")));
    }
    Ok(Box::new(lines.filter(|(_, l)| l.as_ref().map_or(true, |l| !l.trim().is_empty())).map(|(i, line)| {
        (i + 1, line.map_err(|e| e.to_string()).and_then(|l| Value::parse_json(&l).map_err(|e| format!("not JSON (at byte {})", e.at))))
    })))
}

// ---- checking ---------------------------------------------------------------------------------------

/// What one record came to.
struct Checked {
    row: usize,
    /// `eligible`, `not_eligible`, `incomplete`, `complete`, or `unreadable`.
    outcome: String,
    eligible_from: Option<String>,
    findings: Vec<J>,
}

fn check_one(kind: &str, row: Row, as_of: Option<&str>, options: &Value) -> Checked {
    let (row, record) = row;
    let unreadable = |why: String| Checked { row, outcome: "unreadable".into(), eligible_from: None, findings: vec![json!({ "rule": "input.unreadable", "severity": "error", "field": null, "message": why })] };
    let mut v = match record {
        Ok(v) => v,
        Err(why) => return unreadable(why),
    };
    if let Some(d) = as_of {
        v.set(if kind == "supplier" { "madeOn" } else { "referenceDate" }, Value::text(d));
    }
    let result = match kind {
        "referral" => mestring::check_referral(&v, Some(options)).map(|r| serde_json::to_value(r).unwrap_or(J::Null)),
        "mentor" => mestring::check_mentor_agreement(&v, Some(options)).map(|r| serde_json::to_value(r).unwrap_or(J::Null)),
        "internship" => mestring::check_internship_agreement(&v, Some(options)).map(|r| serde_json::to_value(r).unwrap_or(J::Null)),
        _ => mestring::check_supplier_agreement(&v, Some(options)).map(|r| serde_json::to_value(r).unwrap_or(J::Null)),
    };
    match result {
        Err(e) => unreadable(format!("not a record: {e}")),
        Ok(r) => Checked {
            row,
            outcome: match r.get("outcome").and_then(J::as_str) {
                Some(o) => o.to_string(),
                None if r["complete"] == true => "complete".into(),
                None => "incomplete".into(),
            },
            eligible_from: r.get("eligibleFrom").and_then(J::as_str).map(str::to_string),
            findings: r["findings"].as_array().cloned().unwrap_or_default(),
        },
    }
}

/// `[##########----------]  50%  12000 records` (without a known size: the count only).
fn bar(done: u64, size: u64, records: usize) -> String {
    if size == 0 {
        return format!("mestring: {records} records checked");
    }
    let pct = (done.min(size) * 100 / size) as usize;
    let filled = pct / 5;
    format!("[{}{}] {pct:>3}%  {records} records", "#".repeat(filled), "-".repeat(20 - filled))
}

fn fine(outcome: &str) -> bool {
    outcome == "eligible" || outcome == "complete"
}

/// How many record details an HTML report lists; the counts always cover every record.
const HTML_DETAILS: usize = 2000;

fn check(args: &[String]) -> Result<ExitCode, Fatal> {
    let (positional, named) = options(args, &["kind", "as-of", "lang", "format", "ruleset"])?;
    let [file] = positional.as_slice() else { return Err(Fatal(format!("check takes one FILE\n{USAGE}"))) };
    let kind = one_of(&named, "kind", &["referral", "mentor", "internship", "supplier"], "referral")?;
    let lang = one_of(&named, "lang", &["da", "en"], "da")?;
    let format = one_of(&named, "format", &["table", "json", "html"], "table")?;
    let as_of = iso_date(&named, "as-of")?;
    let options = check_options(&named, lang)?;
    let read = Rc::new(Cell::new(0u64));
    let rows = records(file, read.clone())?;
    let size = if file == "-" { 0 } else { std::fs::metadata(file).map(|m| m.len()).unwrap_or(0) };

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let progress = io::stderr().is_terminal();
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    let mut rules: BTreeMap<String, usize> = BTreeMap::new();
    let mut details: Vec<Checked> = Vec::new();
    let mut total = 0usize;
    let w = |e: io::Error| Fatal(format!("cannot write the output: {e}"));

    if format == "table" {
        writeln!(out, "{:>6}  {:<13}  findings", "row", "outcome").map_err(w)?;
    }
    for row in rows {
        let c = check_one(kind, row, as_of.as_deref(), &options);
        total += 1;
        *outcomes.entry(c.outcome.clone()).or_default() += 1;
        for f in &c.findings {
            *rules.entry(f["rule"].as_str().unwrap_or("?").to_string()).or_default() += 1;
        }
        match format {
            "json" => writeln!(out, "{}", json!({ "row": c.row, "outcome": c.outcome, "eligibleFrom": c.eligible_from, "findings": c.findings })).map_err(w)?,
            "table" => {
                let from = c.eligible_from.as_ref().map(|d| format!(" (from {d})")).unwrap_or_default();
                writeln!(out, "{:>6}  {:<13}  {}", c.row, format!("{}{from}", c.outcome), c.findings.len()).map_err(w)?;
                for f in &c.findings {
                    writeln!(out, "{:>6}  {:<13}  {} {} {}: {}", "", "", f["severity"].as_str().unwrap_or(""), f["rule"].as_str().unwrap_or(""), f["field"].as_str().unwrap_or("-"), f["message"].as_str().unwrap_or("")).map_err(w)?;
                }
            }
            _ => {
                if details.len() < HTML_DETAILS && (!c.findings.is_empty() || !fine(&c.outcome)) {
                    details.push(c);
                }
            }
        }
        if progress && total.is_multiple_of(1000) {
            eprint!("\r{}", bar(read.get(), size, total));
        }
    }
    if progress && total >= 1000 {
        eprintln!("\r{}", bar(size, size, total));
    }
    let all_fine = outcomes.iter().all(|(o, _)| fine(o));
    match format {
        "json" => writeln!(out, "{}", json!({ "summary": { "records": total, "outcomes": outcomes, "rules": rules } })).map_err(w)?,
        "table" => {
            writeln!(out, "\n{total} records: {}", outcomes.iter().map(|(o, n)| format!("{n} {o}")).collect::<Vec<_>>().join(", ")).map_err(w)?;
            for (rule, n) in &rules {
                writeln!(out, "  {n:>8}  {rule}").map_err(w)?;
            }
        }
        _ => html(&mut out, file, kind, lang, total, &outcomes, &rules, &details).map_err(w)?,
    }
    out.flush().map_err(w)?;
    Ok(if all_fine && total > 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[allow(clippy::too_many_arguments)]
fn html(out: &mut impl Write, file: &str, kind: &str, lang: &str, total: usize, outcomes: &BTreeMap<String, usize>, rules: &BTreeMap<String, usize>, details: &[Checked]) -> io::Result<()> {
    let title = if lang == "da" { "Kontrol af" } else { "Check of" };
    writeln!(out, "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title} {} ({kind})</title>", escape(file))?;
    writeln!(out, "<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}}table{{border-collapse:collapse;width:100%}}td,th{{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}}.error{{color:#a01c07}}.warning{{color:#8a5a00}}svg text{{font-size:12px}}</style></head><body>")?;
    writeln!(out, "<h1>{title} {}</h1><p>{total} {}: {}</p>", escape(file), if lang == "da" { "poster" } else { "records" }, outcomes.iter().map(|(o, n)| format!("{n} {}", escape(o))).collect::<Vec<_>>().join(", "))?;
    // A bar chart of findings per rule, as inline SVG (the report is one self-contained file).
    let max = rules.values().copied().max().unwrap_or(1).max(1);
    let height = 24 * rules.len() + 10;
    writeln!(out, "<h2>{}</h2><svg role=\"img\" aria-label=\"{}\" width=\"720\" height=\"{height}\" viewBox=\"0 0 720 {height}\">", if lang == "da" { "Fund pr. regel" } else { "Findings per rule" }, if lang == "da" { "Antal fund pr. regel" } else { "Number of findings per rule" })?;
    for (i, (rule, n)) in rules.iter().enumerate() {
        let y = 5 + i * 24;
        let w = 400 * n / max;
        writeln!(out, "<text x=\"0\" y=\"{}\">{}</text><rect x=\"230\" y=\"{y}\" width=\"{w}\" height=\"18\" fill=\"#004993\"/><text x=\"{}\" y=\"{}\">{n}</text>", y + 13, escape(rule), 236 + w, y + 13)?;
    }
    writeln!(out, "</svg><h2>{}</h2>", if lang == "da" { "Poster med fund" } else { "Records with findings" })?;
    if details.len() == HTML_DETAILS {
        writeln!(out, "<p>{}</p>", if lang == "da" { "De første 2000 poster med fund vises." } else { "The first 2000 records with findings are shown." })?;
    }
    writeln!(out, "<table><tr><th>row</th><th>outcome</th><th>findings</th></tr>")?;
    for c in details {
        let items: Vec<String> = c
            .findings
            .iter()
            .map(|f| format!("<div class=\"{}\">{} <code>{}</code> {}: {}</div>", escape(f["severity"].as_str().unwrap_or("")), escape(f["severity"].as_str().unwrap_or("")), escape(f["rule"].as_str().unwrap_or("")), escape(f["field"].as_str().unwrap_or("-")), escape(f["message"].as_str().unwrap_or(""))))
            .collect();
        writeln!(out, "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", c.row, escape(&c.outcome), items.join(""))?;
    }
    writeln!(out, "</table></body></html>")
}

// ---- the plan ---------------------------------------------------------------------------------------

fn plan(args: &[String]) -> Result<ExitCode, Fatal> {
    let (positional, named) = options(args, &["start", "profile", "lang", "format", "ruleset", "preparation", "teaching", "internship"])?;
    if !positional.is_empty() {
        return Err(Fatal(format!("plan takes no file\n{USAGE}")));
    }
    let start = iso_date(&named, "start")?.ok_or_else(|| Fatal("plan needs --start YYYY-MM-DD".into()))?;
    let profile = one_of(&named, "profile", &["recommended", "playbook"], "recommended")?;
    let lang = one_of(&named, "lang", &["da", "en"], "da")?;
    let format = one_of(&named, "format", &["table", "json", "ics"], "table")?;
    let mut weeks = Value::Object(Vec::new());
    for phase in ["preparation", "teaching", "internship"] {
        if let Some(n) = named.get(phase) {
            let n: f64 = n.parse().map_err(|_| Fatal(format!("--{phase} takes a number of weeks, not {n}")))?;
            weeks.set(phase, Value::Number(n));
        }
    }
    let input = Value::Object(vec![("start".into(), Value::text(start.as_str())), ("profile".into(), Value::text(profile)), ("weeks".into(), weeks)]);
    let options = check_options(&named, lang)?;
    let p = mestring::plan_course(&input, Some(&options)).map_err(|e| Fatal(e.to_string()))?;
    let v = serde_json::to_value(&p).map_err(|e| Fatal(e.to_string()))?;
    let mut out = BufWriter::new(io::stdout().lock());
    let w = |e: io::Error| Fatal(format!("cannot write the output: {e}"));
    match format {
        "json" => writeln!(out, "{v}").map_err(w)?,
        "ics" => ics(&mut out, &p, lang).map_err(w)?,
        _ => {
            writeln!(out, "{} {} - {} ({} weeks, {} teaching days)", profile, p.start.as_deref().unwrap_or("?"), p.end.as_deref().unwrap_or("?"), p.total_weeks, p.teaching_days.len()).map_err(w)?;
            for ph in &p.phases {
                writeln!(out, "  {:<12} {} - {}  {} weeks", ph.phase, ph.start, ph.end, ph.weeks).map_err(w)?;
            }
            writeln!(out, "  teaching days: {}", p.teaching_days.join(" ")).map_err(w)?;
            writeln!(out, "  status meetings: {}", p.status_meetings.join(" ")).map_err(w)?;
            writeln!(out, "  mentor reports: {}", p.mentor_reports.join(" ")).map_err(w)?;
            for f in &p.findings {
                writeln!(out, "  {:?} {}: {}", f.severity, f.rule, f.message).map_err(w)?;
            }
        }
    }
    out.flush().map_err(w)?;
    let errors = p.findings.iter().any(|f| f.severity == mestring::finding::Severity::Error);
    Ok(if errors { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The plan as an iCalendar file: all-day events for teaching days, status meetings and mentor
/// reports (RFC 5545; lines end in CRLF).
fn ics(out: &mut impl Write, p: &mestring::plan::PlanResult, lang: &str) -> io::Result<()> {
    let da = lang == "da";
    let stamp = p.start.as_deref().unwrap_or("2000-01-01").replace('-', "");
    write!(out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//mestring//forloebsplan//DA\r\nCALSCALE:GREGORIAN\r\n")?;
    let mut event = |kind: &str, date: &str, summary: &str| -> io::Result<()> {
        let d = date.replace('-', "");
        let next = mestring::date::parse_iso(date).ok().and_then(|x| x.succ_opt()).map(mestring::date::iso).unwrap_or_default().replace('-', "");
        write!(out, "BEGIN:VEVENT\r\nUID:{kind}-{d}@mestring\r\nDTSTAMP:{stamp}T000000Z\r\nDTSTART;VALUE=DATE:{d}\r\nDTEND;VALUE=DATE:{next}\r\nSUMMARY:{summary}\r\nEND:VEVENT\r\n")
    };
    for d in &p.teaching_days {
        event("teaching", d, if da { "Undervisning" } else { "Teaching" })?;
    }
    for d in &p.status_meetings {
        event("status", d, if da { "Statusmøde" } else { "Status meeting" })?;
    }
    for d in &p.mentor_reports {
        event("report", d, if da { "Mentorrapport" } else { "Mentor report" })?;
    }
    write!(out, "END:VCALENDAR\r\n")
}
