//! Reading input fields: every reader returns the value when it can be used and otherwise
//! records why not as an `input.invalid` note on the field's path. Blank values (absent, `null`,
//! white space) count as not filled in and give no note: half-typed forms are the normal case.

use chrono::NaiveDate;

use crate::date;
use crate::finding::{Arg, Note, Severity};
use crate::rules::Rule;
use crate::value::Value;

/// Reads fields and collects `input.invalid` notes.
#[derive(Default)]
pub struct Fields {
    /// The notes so far.
    pub notes: Vec<Note>,
}

/// `s.trim()`, without looking at a text that begins and ends with a visible ASCII character
/// (dates, codes: nearly every field), since Unicode's white space is looked up character by
/// character.
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

fn kind_arg(v: &Value) -> Arg {
    Arg::Labels(vec![v.kind().to_string()])
}

impl Fields {
    /// Records an `input.invalid` note on `path` and returns it for arguments.
    pub fn invalid(&mut self, path: &str, variant: &'static str) -> &mut Note {
        self.notes.push(Note::new(Rule::InputInvalid, variant, Severity::Error, Some(path)));
        self.notes.last_mut().expect("just pushed")
    }

    /// A value of the wrong type at `path`.
    pub fn wrong_type(&mut self, path: &str, variant: &'static str, v: &Value) {
        if matches!(v, Value::Unsupported("too large" | "too deeply nested")) {
            self.invalid(path, "tooLarge");
            return;
        }
        let n = self.invalid(path, variant);
        n.args.push(("kind", kind_arg(v)));
    }

    /// An object field; `None` when absent or blank, or (with a note) when not an object.
    pub fn object<'v>(&mut self, parent: &'v Value, key: &str, path: &str) -> Option<&'v Value> {
        match parent.get(key) {
            None => None,
            Some(v) if v.is_blank() => None,
            Some(v @ Value::Object(_)) => Some(v),
            Some(v) => {
                self.wrong_type(path, "expectedObject", v);
                None
            }
        }
    }

    /// A text field, trimmed; `None` when absent or blank, or (with a note) when not text.
    pub fn text(&mut self, parent: &Value, key: &str, path: &str) -> Option<String> {
        self.str(parent, key, path).map(str::to_string)
    }

    /// [`Fields::text`], borrowed from the input.
    pub fn str<'v>(&mut self, parent: &'v Value, key: &str, path: &str) -> Option<&'v str> {
        self.str_at(parent, key, &|| path.to_string())
    }

    /// [`Fields::str`] with the path made only when a note needs it (list items, whose paths
    /// hold an index, would otherwise format a path for every field of every item).
    pub fn str_at<'v>(
        &mut self,
        parent: &'v Value,
        key: &str,
        path: &dyn Fn() -> String,
    ) -> Option<&'v str> {
        match parent.get(key) {
            None => None,
            // Blank text (white space only) is not filled in, as `Value::is_blank` says.
            Some(Value::String(s)) => Some(trim(s)).filter(|t| !t.is_empty()),
            Some(v) if v.is_blank() => None,
            Some(v) => {
                self.wrong_type(&path(), "expectedText", v);
                None
            }
        }
    }

    /// A coded field: the entry of `allowed` it holds.
    pub fn code<'a>(
        &mut self,
        parent: &Value,
        key: &str,
        path: &str,
        allowed: &[&'a str],
    ) -> Option<&'a str> {
        self.code_at(parent, key, &|| path.to_string(), allowed)
    }

    /// [`Fields::code`] with the path made only when a note needs it.
    pub fn code_at<'a>(
        &mut self,
        parent: &Value,
        key: &str,
        path: &dyn Fn() -> String,
        allowed: &[&'a str],
    ) -> Option<&'a str> {
        let s = self.str_at(parent, key, path)?;
        match allowed.iter().find(|a| **a == s) {
            Some(a) => Some(a),
            None => {
                let list = allowed.iter().map(|a| a.to_string()).collect();
                self.invalid(&path(), "unknownValue").args.push(("allowed", Arg::Labels(list)));
                None
            }
        }
    }

    /// A `YYYY-MM-DD` field.
    pub fn date(&mut self, parent: &Value, key: &str, path: &str) -> Option<NaiveDate> {
        let s = self.str(parent, key, path)?;
        match date::parse_iso(s) {
            Ok(d) if !(date::EARLIEST..=date::LATEST).contains(&d) => {
                // A typo like 1027 or 2207 must not pass a cap or make an absurd plan.
                self.invalid(path, "dateRange");
                None
            }
            Ok(d) => Some(d),
            Err(date::DateError::Format) => {
                self.invalid(path, "dateFormat");
                None
            }
            Err(date::DateError::NoSuchDay) => {
                self.invalid(path, "noSuchDay");
                None
            }
        }
    }

    /// A yes/no field.
    pub fn boolean(&mut self, parent: &Value, key: &str, path: &str) -> Option<bool> {
        match parent.get(key) {
            None => None,
            Some(v) if v.is_blank() => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(v) => {
                self.wrong_type(path, "expectedBoolean", v);
                None
            }
        }
    }

    /// A whole-number field within `lo..=hi`.
    pub fn int(&mut self, parent: &Value, key: &str, path: &str, lo: i64, hi: i64) -> Option<i64> {
        match parent.get(key) {
            None => None,
            Some(v) if v.is_blank() => None,
            Some(Value::Number(n)) if n.fract() == 0.0 && *n >= lo as f64 && *n <= hi as f64 => {
                Some(*n as i64)
            }
            Some(Value::Number(_)) => {
                let n = self.invalid(path, "outOfRange");
                n.args.push(("min", Arg::Int(lo)));
                n.args.push(("max", Arg::Int(hi)));
                None
            }
            Some(v) => {
                self.wrong_type(path, "expectedNumber", v);
                None
            }
        }
    }

    /// A list field; `None` when absent or blank, or (with a note) when not a list.
    pub fn list<'v>(&mut self, parent: &'v Value, key: &str, path: &str) -> Option<&'v [Value]> {
        match parent.get(key) {
            None => None,
            Some(v) if v.is_blank() => None,
            Some(Value::Array(items)) => Some(items),
            Some(v) => {
                self.wrong_type(path, "expectedList", v);
                None
            }
        }
    }

    /// A date given as a list item (not under a key).
    pub fn date_item(&mut self, v: &Value, path: &str) -> Option<NaiveDate> {
        let holder = Value::Object(vec![("d".into(), v.clone())]);
        self.date(&holder, "d", path)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The shortcut trims as `str::trim` does: ASCII and Unicode white space at either end.
    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\ta\n",
            "\u{a0}a",
            "a\u{2003}",
            "æ",
            " æ ",
            "2027-01-04",
            "x y",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }
}
