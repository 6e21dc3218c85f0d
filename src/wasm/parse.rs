//! The text the binding's JavaScript half writes for a JavaScript value (`encode` in
//! `boundary.js`), read into a [`Value`]: JSON, plus `#` and 16 hex digits for a number that is
//! not a safe integer (its exact bits), `!` and a letter for what JSON cannot hold (see
//! [`UNSUPPORTED`]), and a referral's field names as one byte each where a key starts (see
//! [`KEYS`]; `{"citizen":{"cpr":"x"}}` is written `{\u{3}{\u{4}"x"}}`). The JavaScript side has
//! already applied the limits; the JSON reader applies them again.

use crate::json::{self, Extension, JsonError};
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

/// The object keys the binding's JavaScript side writes as one byte instead of their text (the
/// key at that index; `KEY_CODE` in `boundary.js`, which `scripts/generate` writes from this
/// table): the field names of a referral ([`crate::unknown::REFERRAL`], in their order; a test
/// keeps them so), at the control bytes that are not JSON white space. JSON has none of these
/// bytes outside a string, so where a key starts one cannot be mistaken for anything else; no `:`
/// follows it. The keys were more than half of a referral's text.
#[rustfmt::skip]
pub const KEYS: [&str; 32] = [
    "", "referenceDate", "plannedEnd", "citizen",
    "cpr", "birthDate", "benefit", "visitationCategory",
    "barriers", "", "", "kind",
    "severity", "", "openToGroupWork", "canDescribeOwnBarriers",
    "substanceAbuse", "present", "inTreatment", "treatmentStart",
    "treatmentEnd", "lastUse", "", "",
    "", "", "", "",
    "", "", "", "",
];

/// Parses the binding's text (see the module documentation).
pub fn parse_js(text: &str) -> Result<Value, JsonError> {
    json::read(text, Extension { value: markers, key })
}

/// The key a byte stands for.
fn key(byte: u8) -> Option<&'static str> {
    KEYS.get(usize::from(byte)).copied().filter(|k| !k.is_empty())
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

    /// The bytes that may stand for a key: the control bytes but NUL and JSON's white space.
    fn is_key_byte(byte: u8) -> bool {
        (1..0x20).contains(&byte) && !matches!(byte, b'\t' | b'\n' | b'\r')
    }

    /// [`KEYS`] holds a referral's field names, each once, in the order they are declared, at
    /// the bytes that may stand for a key, and nothing else: a field added to the referral is
    /// added here (or this fails).
    #[test]
    fn key_table_is_the_referrals_field_names() {
        fn names(fields: &'static [crate::unknown::Field], out: &mut Vec<&'static str>) {
            for f in fields {
                if f.name != "*" && !out.contains(&f.name) {
                    out.push(f.name);
                }
                names(f.children, out);
            }
        }
        let mut want = Vec::new();
        names(crate::unknown::REFERRAL, &mut want);
        let bytes: Vec<u8> = (0..32).filter(|&b| is_key_byte(b)).collect();
        assert!(want.len() <= bytes.len(), "more field names than key bytes");
        let mut table = [""; 32];
        for (name, b) in want.iter().zip(&bytes) {
            table[usize::from(*b)] = name;
        }
        assert_eq!(KEYS, table);
    }

    /// A key byte reads as its key, with no `:` after it, wherever a key may be; it is the same
    /// value as the key written out. Plain JSON rejects it, and so does the binding's reader a
    /// byte that stands for nothing, a `:` after a key byte and a key byte where a value belongs.
    #[test]
    fn key_bytes_read_as_their_keys() {
        let coded =
            "{\u{3}{\u{4}\"x\",\u{5}\"1999-03-15\",\"zzz\":1},\u{8}[{\u{b}\"adhd\"}],\u{e}true}";
        let plain = r#"{"citizen":{"cpr":"x","birthDate":"1999-03-15","zzz":1},"barriers":[{"kind":"adhd"}],"openToGroupWork":true}"#;
        assert_eq!(parse_js(coded), Value::parse_json(plain));
        assert!(Value::parse_json(coded).is_err());
        for (byte, name) in KEYS.iter().enumerate() {
            let text = format!("{{{}1}}", char::from(byte as u8));
            match parse_js(&text) {
                Ok(v) => assert_eq!(v, Value::parse_json(&format!("{{\"{name}\":1}}")).unwrap()),
                Err(e) => assert!(name.is_empty(), "{byte}: {e:?}"),
            }
        }
        assert_eq!(parse_js("{\u{3}:1}"), Err(JsonError { at: 2 }));
        assert_eq!(parse_js("[\u{3}]"), Err(JsonError { at: 1 }));
        assert_eq!(parse_js("{\"a\":1,\u{16}1}"), Err(JsonError { at: 7 }));
    }
}
