//! The JSON reader: JSON text to a [`Value`], with the input limits applied while reading. Used
//! natively (rulesets, the command-line tool's records) and, with two markers added, by the wasm
//! binding for the text its JavaScript half writes.

use crate::value::{SmolStr, Value, MAX_DEPTH, MAX_ENTRIES, MAX_STRING, TRUNCATED};

/// Why JSON text was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset of the problem.
    pub at: usize,
}

impl Value {
    /// Parses JSON text. A small parser of its own keeps `serde_json` out of the wasm build
    /// (it is a third of the binary); nesting deeper than [`MAX_DEPTH`] becomes
    /// [`Value::Unsupported`] instead of recursing further, and entries past [`MAX_ENTRIES`] are
    /// dropped, as for every other input.
    pub fn parse_json(text: &str) -> Result<Value, JsonError> {
        read(text, JSON)
    }
}

/// What a reader accepts beyond JSON (the wasm binding's text adds two markers and keys written
/// as one byte). Function pointers, not a type parameter: one copy of the parser serves both
/// readers (a second would add 3.5 kB to the wasm), and they are called only where JSON would
/// already have failed.
#[derive(Clone, Copy)]
pub(crate) struct Extension {
    /// Where a value starts: the value at the start of `rest` (which begins with no JSON value)
    /// and how many bytes it took, or `None` when it is not one.
    pub value: fn(rest: &[u8]) -> Option<(Value, usize)>,
    /// Where an object's key starts: the key that `byte` (not a quote) stands for, or `None`.
    /// A key written so has no `:` after it.
    pub key: fn(byte: u8) -> Option<&'static str>,
}

/// Plain JSON.
const JSON: Extension = Extension { value: |_| None, key: |_| None };

/// Reads `text` as JSON with what `extension` adds.
pub(crate) fn read(text: &str, extension: Extension) -> Result<Value, JsonError> {
    Parser { s: text, b: text.as_bytes(), i: 0, extension }.all()
}

struct Parser<'a> {
    /// The text, and its bytes (`s` is sliced only at ASCII delimiters, so always at a
    /// character boundary: no second UTF-8 validation).
    s: &'a str,
    b: &'a [u8],
    i: usize,
    /// What is read beyond JSON.
    extension: Extension,
}

impl Parser<'_> {
    fn all(mut self) -> Result<Value, JsonError> {
        let mut v = Value::Null;
        self.value(0, &mut v)?;
        self.ws();
        if self.i != self.b.len() {
            return Err(JsonError { at: self.i });
        }
        Ok(v)
    }
}

impl Parser<'_> {
    fn err<T>(&self) -> Result<T, JsonError> {
        Err(JsonError { at: self.i })
    }

    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, word: &[u8], v: Value) -> Result<Value, JsonError> {
        if self.b[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(v)
        } else {
            self.err()
        }
    }

    /// The value that starts here, written into `slot` (which holds `Null`): straight into its
    /// place in its array or object, not returned and moved there. Moving each fresh value
    /// (with a string kept inline, in pieces the processor cannot forward) was a sixth of the
    /// time of reading a referral.
    fn value(&mut self, depth: usize, slot: &mut Value) -> Result<(), JsonError> {
        self.ws();
        *slot = match self.b.get(self.i) {
            Some(b'n') => self.literal(b"null", Value::Null)?,
            Some(b't') => self.literal(b"true", Value::Bool(true))?,
            Some(b'f') => self.literal(b"false", Value::Bool(false))?,
            Some(b'"') => {
                let s = self.string()?;
                if s.len() > MAX_STRING {
                    Value::Unsupported("too large")
                } else {
                    Value::String(s)
                }
            }
            Some(b'[' | b'{') if depth > MAX_DEPTH => self.skip_container()?,
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        match items.len() {
                            n if n < MAX_ENTRIES => {
                                items.push(Value::Null);
                                let last = items.len() - 1;
                                self.value(depth + 1, &mut items[last])?;
                            }
                            n => {
                                self.value(depth + 1, &mut Value::Null)?;
                                if n == MAX_ENTRIES {
                                    items.push(Value::Unsupported("too large"));
                                }
                            }
                        }
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return self.err();
                        }
                    }
                }
                Value::Array(items)
            }
            Some(b'{') => {
                self.i += 1;
                let mut entries: Vec<(SmolStr, Value)> = Vec::new();
                if !self.eat(b'}') {
                    let mut cut = false;
                    loop {
                        self.ws();
                        let k = match self.b.get(self.i) {
                            Some(b'"') => {
                                let k = self.string()?;
                                if !self.eat(b':') {
                                    return self.err();
                                }
                                k
                            }
                            Some(&c) => match (self.extension.key)(c) {
                                Some(k) => {
                                    self.i += 1;
                                    SmolStr::new_static(k)
                                }
                                None => return self.err(),
                            },
                            None => return self.err(),
                        };
                        match entries.len() {
                            _ if k.len() > MAX_STRING => {
                                self.value(depth + 1, &mut Value::Null)?;
                                cut = true;
                            }
                            n if n < MAX_ENTRIES => {
                                entries.push((k, Value::Null));
                                let last = entries.len() - 1;
                                self.value(depth + 1, &mut entries[last].1)?;
                            }
                            n => {
                                self.value(depth + 1, &mut Value::Null)?;
                                if n == MAX_ENTRIES {
                                    entries.push((
                                        SmolStr::new(TRUNCATED),
                                        Value::Unsupported("too large"),
                                    ));
                                }
                            }
                        }
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return self.err();
                        }
                    }
                    if cut && !entries.iter().any(|(k, _)| k == TRUNCATED) {
                        entries.push((SmolStr::new(TRUNCATED), Value::Unsupported("too large")));
                    }
                }
                Value::Object(entries)
            }
            Some(b'-' | b'0'..=b'9') => self.number()?,
            _ => match (self.extension.value)(&self.b[self.i..]) {
                Some((v, len)) => {
                    self.i += len;
                    v
                }
                None => return self.err(),
            },
        };
        Ok(())
    }

    /// Skips a container nested deeper than the limit without recursing: brackets are counted
    /// and strings stepped over. Its contents are not validated further.
    fn skip_container(&mut self) -> Result<Value, JsonError> {
        let mut open = 0usize;
        while let Some(&c) = self.b.get(self.i) {
            self.i += 1;
            match c {
                b'[' | b'{' => open += 1,
                b']' | b'}' => {
                    open -= 1;
                    if open == 0 {
                        return Ok(Value::Unsupported("too deeply nested"));
                    }
                }
                b'"' => {
                    while let Some(&c) = self.b.get(self.i) {
                        self.i += 1;
                        match c {
                            b'\\' => self.i += 1,
                            b'"' => break,
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        self.err()
    }

    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.i;
        while self.i < self.b.len()
            && matches!(self.b[self.i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
        {
            self.i += 1;
        }
        parse_number(&self.b[start..self.i]).map(Value::Number).ok_or(JsonError { at: start })
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.b.get(self.i..self.i + 4).ok_or(JsonError { at: self.i })?;
        if !digits.iter().all(u8::is_ascii_hexdigit) {
            return self.err();
        }
        let s = std::str::from_utf8(digits).map_err(|_| JsonError { at: self.i })?;
        let n = u32::from_str_radix(s, 16).map_err(|_| JsonError { at: self.i })?;
        self.i += 4;
        Ok(n)
    }

    fn string(&mut self) -> Result<SmolStr, JsonError> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.i;
            while self.i < self.b.len()
                && !matches!(self.b[self.i], b'"' | b'\\')
                && self.b[self.i] >= 0x20
            {
                self.i += 1;
            }
            let chunk = self.s.get(start..self.i).ok_or(JsonError { at: start })?;
            if out.is_empty() && self.b.get(self.i) == Some(&b'"') {
                // The common case, a string without escapes: one allocation of the right size.
                self.i += 1;
                return Ok(SmolStr::new(chunk));
            }
            out.push_str(chunk);
            match self.b.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(SmolStr::from(out));
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = *self.b.get(self.i).ok_or(JsonError { at: self.i })?;
                    self.i += 1;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            // A surrogate pair makes one character; a lone surrogate (which
                            // JavaScript strings may hold) becomes U+FFFD, as in the binding.
                            let lo = match self.b.get(self.i..self.i + 6) {
                                Some([b'\\', b'u', digits @ ..])
                                    if (0xD800..0xDC00).contains(&hi) =>
                                {
                                    std::str::from_utf8(digits)
                                        .ok()
                                        .and_then(|d| u32::from_str_radix(d, 16).ok())
                                        .filter(|lo| (0xDC00..0xE000).contains(lo))
                                }
                                _ => None,
                            };
                            let code = match lo {
                                Some(lo) => {
                                    self.i += 6;
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                }
                                None => hi,
                            };
                            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        }
                        _ => return self.err(),
                    }
                }
                _ => return self.err(),
            }
        }
    }
}

/// A JSON number (`-?int(.frac)?([eE][+-]?exp)?`). Exact for integers up to 2^53 and for the
/// short decimals rulesets hold; std's float parser would add its tables to the wasm build.
fn parse_number(b: &[u8]) -> Option<f64> {
    let (neg, b) = match b.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, b),
    };
    let digits = |s: &[u8]| s.iter().take_while(|c| c.is_ascii_digit()).count();
    let int_len = digits(b);
    if int_len == 0 || (int_len > 1 && b[0] == b'0') {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut exp: i32 = 0;
    let mut push = |c: u8, exp_shift: i32, exp: &mut i32| {
        if mantissa < 1_000_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(c - b'0');
            *exp += exp_shift;
        } else {
            *exp += 1 + exp_shift;
        }
    };
    for &c in &b[..int_len] {
        push(c, 0, &mut exp);
    }
    let mut rest = &b[int_len..];
    if let Some((b'.', frac)) = rest.split_first() {
        let n = digits(frac);
        if n == 0 {
            return None;
        }
        for &c in &frac[..n] {
            push(c, -1, &mut exp);
        }
        rest = &frac[n..];
    }
    if let Some((b'e' | b'E', e)) = rest.split_first() {
        let (eneg, e) = match e.split_first() {
            Some((b'-', r)) => (true, r),
            Some((b'+', r)) => (false, r),
            _ => (false, e),
        };
        let n = digits(e);
        if n == 0 || n != e.len() {
            return None;
        }
        let v = e
            .iter()
            .try_fold(0i32, |acc, &c| acc.checked_mul(10)?.checked_add(i32::from(c - b'0')))?;
        exp = exp.checked_add(if eneg { -v } else { v })?;
    } else if !rest.is_empty() {
        return None;
    }
    let m = mantissa as f64;
    // Beyond ±400 the result is 0 or infinite anyway; clamping keeps `-exp` from overflowing.
    let exp = exp.clamp(-400, 400);
    let v = match exp {
        0.. => m * 10f64.powi(exp),
        // 10^-exp itself would overflow for the smallest numbers: divide in two steps.
        -300.. => m / 10f64.powi(-exp),
        _ => m / 1e300 / 10f64.powi(-exp - 300),
    };
    Some(if neg { -v } else { v })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::value::MAX_STRING;

    #[test]
    fn own_parser_reads_numbers_and_rejects_what_is_not_json() {
        for (t, n) in [
            ("0", 0.0),
            ("-12", -12.0),
            ("2.5", 2.5),
            ("1e3", 1000.0),
            ("-3E-2", -0.03),
            ("123456789012", 123456789012.0),
        ] {
            assert_eq!(Value::parse_json(t), Ok(Value::Number(n)), "{t}");
        }
        assert_eq!(Value::parse_json("1e-2147483647"), Ok(Value::Number(0.0)));
        assert_eq!(Value::parse_json("-1e999"), Ok(Value::Number(f64::NEG_INFINITY)));
        for bad in ["01", "1.", ".5", "1e", "--1", "1e+", "0x10", "1e99999999999"] {
            assert!(Value::parse_json(bad).is_err(), "{bad}");
        }
        for bad in
            ["", "{", "[1,]", "{\"a\" 1}", "tru", "\"\\x\"", "1 2", "{\"a\":1,}", "\"\u{1}\""]
        {
            assert!(Value::parse_json(bad).is_err(), "{bad}");
        }
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        let mut v = &Value::parse_json(&deep).unwrap();
        let mut depth = 0;
        while let Value::Array(a) = v {
            v = &a[0];
            depth += 1;
        }
        assert_eq!((depth, v), (MAX_DEPTH + 1, &Value::Unsupported("too deeply nested")));
        assert!(Value::parse_json(&"[".repeat(100_000)).is_err());
    }

    #[test]
    fn limits_are_marked_not_dropped_silently() {
        let long = format!("\"{}\"", "x".repeat(MAX_STRING + 1));
        assert_eq!(Value::parse_json(&long), Ok(Value::Unsupported("too large")));
        let many = format!("[{}]", vec!["1"; MAX_ENTRIES + 5].join(","));
        let Ok(Value::Array(items)) = Value::parse_json(&many) else { panic!() };
        assert_eq!(
            (items.len(), items.last()),
            (MAX_ENTRIES + 1, Some(&Value::Unsupported("too large")))
        );
        let keys: Vec<String> = (0..MAX_ENTRIES + 3).map(|i| format!("\"k{i}\":1")).collect();
        let obj = format!("{{\"a\":{{{}}}}}", keys.join(","));
        assert_eq!(Value::parse_json(&obj).unwrap().too_large_paths(), ["a"]);
        let inner = format!("{{{}}}", keys.join(","));
        let nested = format!("{{\"x\":[1,{{\"y\":{inner}}}],\"z\":{inner}}}");
        assert_eq!(Value::parse_json(&nested).unwrap().too_large_paths(), ["x.1.y", "z"]);
        assert_eq!(Value::parse_json(&inner).unwrap().too_large_paths(), [""]);
    }

    /// A key longer than a string may be is not kept: its object is reported as too large, in
    /// both readers, and the rest of the object is read as usual.
    #[test]
    fn long_keys_cut_their_object() {
        let long = "k".repeat(MAX_STRING + 1);
        let text = format!(
            "{{\"citizen\":{{\"{long}\":1,\"cpr\":\"x\"}},\"ok\":{{\"{}\":2}}}}",
            "k".repeat(MAX_STRING)
        );
        let j: serde_json::Value = serde_json::from_str(&text).unwrap();
        for v in [Value::parse_json(&text).unwrap(), Value::from(&j)] {
            assert_eq!(v.too_large_paths(), ["citizen"]);
            assert_eq!(v.get("citizen").and_then(|c| c.get("cpr")), Some(&Value::text("x")));
            assert!(v.get("citizen").unwrap().get(&long).is_none());
        }
    }
}
