//! The input as the core sees it: a JSON-like tree that can also hold what JSON cannot
//! (a function, a symbol, a BigInt, `undefined` inside an array, a tree nested too deep).
//!
//! The wasm binding builds it from a JavaScript value and the native side from `serde_json`;
//! the checks read it field by field, so a wrong type becomes a finding on that field instead of
//! a failed deserialisation of the whole input.

pub use smol_str::SmolStr;

/// How deep a tree may nest; deeper parts become [`Value::Unsupported`]. A referral is four deep.
pub const MAX_DEPTH: usize = 32;
/// How many entries an array or object may have; the rest are dropped and the value marked.
pub const MAX_ENTRIES: usize = 1000;

/// How long one string may be, in bytes (a CPR number is 11, a free-text field a few hundred);
/// a longer one becomes [`Value::Unsupported`] and so an `input.invalid` finding on its field.
/// An object key longer than this is dropped and its object marked as cut ([`TRUNCATED`]), so
/// reported as too large.
pub const MAX_STRING: usize = 10_000;
/// How much text (keys and strings, in bytes as the binding writes them) one argument may hold
/// when it crosses into the wasm; past it, strings become [`Value::Unsupported`] and objects are
/// cut. It keeps the wasm memory a call needs to a few megabytes (a referral is under 2 kB, the
/// default ruleset 12 kB). Applied by the binding's JavaScript side.
pub const MAX_TEXT: usize = 1_048_576;
/// The key an object gets when it had more than [`MAX_ENTRIES`] entries and the rest were
/// dropped; `too_large_paths` finds it, and the API reports it as a finding.
pub const TRUNCATED: &str = "\u{0}truncated";

/// How many values one input may hold in all; the rest become [`Value::Unsupported`]. A referral
/// holds about 25, the default ruleset about 250, a plan with its teaching days about 150.
pub const MAX_VALUES: usize = 5_000;

/// One input value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null` (and `undefined`).
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// Any number, including NaN and the infinities JavaScript can pass.
    Number(f64),
    /// A string.
    String(SmolStr),
    /// An array.
    Array(Vec<Value>),
    /// An object, keys in their order.
    Object(Vec<(SmolStr, Value)>),
    /// Something no check accepts; the text names what it was (`"function"`, `"bigint"`, ...).
    Unsupported(&'static str),
}

impl Value {
    /// The value under `key` when this is an object; `None` when absent or not an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Whether this counts as "not filled in": absent, `null`, or a string of white space only.
    /// Half-typed forms send empty strings; they mean the same as a missing field.
    pub fn is_blank(&self) -> bool {
        match self {
            Value::Null => true,
            Value::String(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// Paths (dotted, `""` for the whole value) of the objects that had more entries than the
    /// limit allows.
    pub fn too_large_paths(&self) -> Vec<String> {
        // The path is kept as a stack of segments and joined only for an object that was cut,
        // which almost never happens: a check must not pay a string per node for it.
        enum Step<'v> {
            Key(&'v str),
            Index(usize),
        }
        fn walk<'v>(v: &'v Value, path: &mut Vec<Step<'v>>, out: &mut Vec<String>) {
            let visit = |step, x: &'v Value, path: &mut Vec<Step<'v>>, out: &mut Vec<String>| {
                if matches!(x, Value::Object(_) | Value::Array(_)) {
                    path.push(step);
                    walk(x, path, out);
                    path.pop();
                }
            };
            match v {
                Value::Object(entries) => {
                    for (k, x) in entries {
                        if k == TRUNCATED {
                            let steps: Vec<String> = path
                                .iter()
                                .map(|s| match s {
                                    Step::Key(k) => k.to_string(),
                                    Step::Index(i) => i.to_string(),
                                })
                                .collect();
                            out.push(steps.join("."));
                        } else {
                            visit(Step::Key(k), x, path, out);
                        }
                    }
                }
                Value::Array(items) => {
                    for (i, x) in items.iter().enumerate() {
                        visit(Step::Index(i), x, path, out);
                    }
                }
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(self, &mut Vec::new(), &mut out);
        out
    }

    /// A short name of this value's type, for messages (`text`, `number`, ...).
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
            Value::Unsupported(what) => what,
        }
    }
}

impl serde::Serialize for Value {
    /// As JSON; what JSON cannot hold ([`Value::Unsupported`], NaN) becomes `null`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Null | Value::Unsupported(_) => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) if n.is_finite() => s.serialize_f64(*n),
            Value::Number(_) => s.serialize_unit(),
            Value::String(t) => s.serialize_str(t),
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for x in items {
                    seq.serialize_element(x)?;
                }
                seq.end()
            }
            Value::Object(entries) => {
                let mut map = s.serialize_map(Some(entries.len()))?;
                for (k, x) in entries {
                    map.serialize_entry(k.as_str(), x)?;
                }
                map.end()
            }
        }
    }
}

impl Value {
    /// Sets `key` in an object (replacing it, or appending); does nothing on other values.
    pub fn set(&mut self, key: &str, v: Value) {
        if let Value::Object(entries) = self {
            match entries.iter_mut().find(|(k, _)| k == key) {
                Some(slot) => slot.1 = v,
                None => entries.push((key.into(), v)),
            }
        }
    }

    /// A string value.
    pub fn text(s: impl Into<String>) -> Value {
        Value::String(SmolStr::from(s.into()))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl From<&serde_json::Value> for Value {
    fn from(v: &serde_json::Value) -> Self {
        from_json(v, 0)
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn from_json(v: &serde_json::Value, depth: usize) -> Value {
    use serde_json::Value as J;
    if depth > MAX_DEPTH {
        return Value::Unsupported("too deeply nested");
    }
    match v {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        J::String(s) if s.len() > MAX_STRING => Value::Unsupported("too large"),
        J::String(s) => Value::String(SmolStr::new(s)),
        J::Array(a) => {
            let mut items: Vec<Value> =
                a.iter().take(MAX_ENTRIES).map(|x| from_json(x, depth + 1)).collect();
            if a.len() > MAX_ENTRIES {
                items.push(Value::Unsupported("too large"));
            }
            Value::Array(items)
        }
        J::Object(o) => {
            let mut entries: Vec<(SmolStr, Value)> = o
                .iter()
                .filter(|(k, _)| k.len() <= MAX_STRING)
                .take(MAX_ENTRIES)
                .map(|(k, x)| (SmolStr::new(k), from_json(x, depth + 1)))
                .collect();
            if o.len() > entries.len() {
                entries.push((SmolStr::new(TRUNCATED), Value::Unsupported("too large")));
            }
            Value::Object(entries)
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn deep_json_is_cut_off_not_recursed() {
        let mut s = String::new();
        for _ in 0..100 {
            s.push('[');
        }
        for _ in 0..100 {
            s.push(']');
        }
        let j: serde_json::Value = serde_json::from_str(&s).unwrap();
        let mut v = &Value::from(&j);
        let mut depth = 0;
        while let Value::Array(a) = v {
            v = &a[0];
            depth += 1;
        }
        assert_eq!(depth, MAX_DEPTH + 1);
        assert_eq!(v, &Value::Unsupported("too deeply nested"));
    }

    #[test]
    fn blank_means_not_filled_in() {
        assert!(Value::Null.is_blank());
        assert!(Value::String("  ".into()).is_blank());
        assert!(!Value::String("x".into()).is_blank());
        assert!(!Value::Bool(false).is_blank());
    }
}
