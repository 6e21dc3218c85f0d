#![no_main]
//! The wasm binding's own paths, natively: arbitrary bytes read as the text the JavaScript side
//! writes (`wasm::parse::parse_js`: JSON plus `#` bits and `!` markers), checked, and the result
//! written as a tape (what the binding hands back). No input may panic.
//!
//! Long keys, which a fuzzer's few kilobytes cannot hold: each value read is written again in
//! the binding's text with every object key stretched past `MAX_STRING`, and read back. Every
//! object that had entries must come back cut (only the "too large" mark), the rest as it was,
//! and the checks must still answer. (What only a JavaScript page can do, throwing getters and
//! setters and frozen prototypes, is in pkg-tests/test/pkg/torture.test.js and hostile.test.js.)
use libfuzzer_sys::fuzz_target;
use mestring::value::{MAX_STRING, TRUNCATED};
use mestring::wasm::parse::{parse_js, UNSUPPORTED};
use mestring::wasm::tape;
use mestring::Value;

/// `v` as the binding's text, each key padded to more than `MAX_STRING` bytes when `stretch`.
fn text(v: &Value, stretch: bool, out: &mut String) {
    let quoted = |s: &str, out: &mut String| {
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
    };
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&format!("#{:016x}", n.to_bits())),
        Value::String(s) => {
            quoted(s, out);
            out.push('"');
        }
        Value::Unsupported(what) => {
            let letter = UNSUPPORTED.iter().find(|(_, w)| w == what).map_or(b'L', |(l, _)| *l);
            out.push('!');
            out.push(letter as char);
        }
        Value::Array(items) => {
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                text(x, stretch, out);
            }
            out.push(']');
        }
        Value::Object(entries) => {
            out.push('{');
            for (i, (k, x)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                quoted(k, out);
                if stretch {
                    out.push_str(&"k".repeat(MAX_STRING + 1 - k.len().min(MAX_STRING)));
                }
                out.push_str("\":");
                text(x, stretch, out);
            }
            out.push('}');
        }
    }
}

/// `v` with every object that has entries cut: what stretching its keys must give.
fn cut(v: &Value) -> Value {
    match v {
        Value::Object(entries) if entries.is_empty() => Value::Object(Vec::new()),
        Value::Object(_) => Value::Object(vec![(TRUNCATED.into(), Value::Unsupported("too large"))]),
        Value::Array(items) => Value::Array(items.iter().map(cut).collect()),
        other => other.clone(),
    }
}

/// Equal, NaN included.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.to_bits() == y.to_bits(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Value::Object(x), Value::Object(y)) => x.len() == y.len() && x.iter().zip(y).all(|((ka, a), (kb, b))| ka == kb && same(a, b)),
        _ => a == b,
    }
}

fn check(v: &Value, keys: &mut tape::Keys) {
    if let Ok(r) = mestring::check_referral(v, None) {
        let _ = tape::write(&r, keys);
    }
    if let Ok(r) = mestring::transition(v, v, None) {
        let _ = tape::write(&r, keys);
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(input) = std::str::from_utf8(data) {
        if let Ok(v) = parse_js(input) {
            let mut keys = tape::Keys::default();
            check(&v, &mut keys);

            let mut plain = String::new();
            text(&v, false, &mut plain);
            let again = parse_js(&plain).expect("the binding's text of a value reads back");
            assert!(same(&again, &v), "the binding's text of a value reads back as the value");

            let mut stretched = String::new();
            text(&v, true, &mut stretched);
            let long = parse_js(&stretched).expect("long keys read");
            assert!(same(&long, &cut(&v)), "every object with a long key is cut");
            check(&long, &mut keys);
        }
    }
});
