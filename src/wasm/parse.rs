//! The text the binding's JavaScript half writes for a JavaScript value (`encode` in
//! `boundary.js`), read into a [`Value`]: JSON, plus `#` and 16 hex digits for a number that is
//! not a safe integer (its exact bits), and `!` and a letter for what JSON cannot hold (see
//! [`UNSUPPORTED`]). The JavaScript side has already applied the limits; the JSON reader applies
//! them again.

use crate::json::{self, JsonError};
use crate::value::Value;

/// The letters the binding's JavaScript side writes after `!`, and what each stands for.
pub const UNSUPPORTED: [(u8, &str); 6] = [
    (b'b', "bigint"),
    (b's', "symbol"),
    (b'f', "function"),
    (b'd', "Date object"),
    (b'L', "too large"),
    (b'N', "too deeply nested"),
];

/// Parses the binding's text (see the module documentation).
pub fn parse_js(text: &str) -> Result<Value, JsonError> {
    json::read(text, markers)
}

/// The two markers the binding's text adds to JSON.
fn markers(rest: &[u8]) -> Option<(Value, usize)> {
    match rest.first()? {
        b'#' => {
            // A number that is not a safe integer, as the 16 hex digits of its bits: exact, and
            // NaN, the infinities and -0 included.
            let digits = rest.get(1..17).filter(|d| d.iter().all(u8::is_ascii_hexdigit))?;
            let bits = u64::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()?;
            Some((Value::Number(f64::from_bits(bits)), 17))
        }
        b'!' => {
            let code = rest.get(1).copied();
            let (_, what) = UNSUPPORTED.iter().find(|(c, _)| Some(*c) == code)?;
            Some((Value::Unsupported(what), 2))
        }
        _ => None,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::value::{MAX_STRING, TRUNCATED};

    /// The markers read as what they stand for; a broken marker is an error at its offset, as
    /// plain JSON rejects both.
    #[test]
    fn markers_read_and_plain_json_rejects_them() {
        assert_eq!(
            parse_js("#7ff8000000000000").map(|v| matches!(v, Value::Number(n) if n.is_nan())),
            Ok(true)
        );
        assert_eq!(parse_js("[#8000000000000000]"), Ok(Value::Array(vec![Value::Number(-0.0)])));
        for (letter, what) in UNSUPPORTED {
            let text = format!("{{\"a\":!{}}}", letter as char);
            assert_eq!(parse_js(&text).unwrap().get("a"), Some(&Value::Unsupported(what)));
            assert!(Value::parse_json(&text).is_err(), "{text}");
        }
        assert_eq!(parse_js("[1,!x]"), Err(JsonError { at: 3 }));
        assert_eq!(parse_js("#12"), Err(JsonError { at: 0 }));
        assert!(Value::parse_json("#3ff0000000000000").is_err());
        assert_eq!(parse_js("#3ff0000000000000"), Ok(Value::Number(1.0)));
    }

    /// A key longer than a string may be is not kept: its object is reported as too large, as
    /// in the JSON reader, and the rest of the object is read as usual.
    #[test]
    fn long_keys_cut_their_object() {
        let long = "k".repeat(MAX_STRING + 1);
        let text = format!(
            "{{\"citizen\":{{\"{long}\":1,\"cpr\":\"x\"}},\"ok\":{{\"{}\":2}}}}",
            "k".repeat(MAX_STRING)
        );
        let v = parse_js(&text).unwrap();
        assert_eq!(v, Value::parse_json(&text).unwrap());
        assert_eq!(v.too_large_paths(), ["citizen"]);
        assert!(v.get("citizen").unwrap().get(TRUNCATED).is_some());
    }
}
