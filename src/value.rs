//! The input as the core sees it: a JSON-like tree that can also hold what JSON cannot
//! (a function, a symbol, a BigInt, `undefined` inside an array, a tree nested too deep).
//!
//! The wasm binding builds it from a JavaScript value and the native side from `serde_json`;
//! the checks read it field by field, so a wrong type becomes a finding on that field instead of
//! a failed deserialisation of the whole input.

/// How deep a tree may nest; deeper parts become [`Value::Unsupported`]. A referral is four deep.
pub const MAX_DEPTH: usize = 32;
/// How many entries an array or object may have; the rest are dropped and the value marked.
pub const MAX_ENTRIES: usize = 1000;

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
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, keys in their order.
    Object(Vec<(String, Value)>),
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

impl From<&serde_json::Value> for Value {
    fn from(v: &serde_json::Value) -> Self {
        from_json(v, 0)
    }
}

fn from_json(v: &serde_json::Value, depth: usize) -> Value {
    use serde_json::Value as J;
    if depth > MAX_DEPTH {
        return Value::Unsupported("too deeply nested");
    }
    match v {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        J::String(s) => Value::String(s.clone()),
        J::Array(a) => Value::Array(a.iter().take(MAX_ENTRIES).map(|x| from_json(x, depth + 1)).collect()),
        J::Object(o) => Value::Object(
            o.iter().take(MAX_ENTRIES).map(|(k, x)| (k.clone(), from_json(x, depth + 1))).collect(),
        ),
    }
}

/// Writes a value back as JSON (unsupported values become `null`). Used to hand a ruleset back.
pub fn to_json(v: &Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        Value::Null | Value::Unsupported(_) => J::Null,
        Value::Bool(b) => J::Bool(*b),
        Value::Number(n) => serde_json::Number::from_f64(*n).map_or(J::Null, J::Number),
        Value::String(s) => J::String(s.clone()),
        Value::Array(a) => J::Array(a.iter().map(to_json).collect()),
        Value::Object(o) => J::Object(o.iter().map(|(k, x)| (k.clone(), to_json(x))).collect()),
    }
}

#[cfg(test)]
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
