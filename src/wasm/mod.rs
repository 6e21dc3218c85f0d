//! The JavaScript binding, fenced off from the core: the only place that knows about
//! `wasm_bindgen` and `js_sys` (a test, `only_the_binding_knows_javascript` in
//! `tests/layout.rs`, keeps it so), and everything that exists only because the core is called
//! from JavaScript:
//!
//! - `bind.rs`: the exports (wasm32 only, and under clippy everywhere).
//! - `boundary.js`: their JavaScript half, `encode` for arguments and `decode` for results, and the
//!   guard that replaces an instance an exception went through (`scripts/build` inlines it into
//!   `pkg/mestring.js`).
//! - [`parse`]: the text `encode` writes, read into a [`crate::Value`] (JSON plus two markers).
//! - [`tape`]: results as the tape `decode` reads.
//!
//! Not part of the core's API (hidden from its documentation): public only so that the native
//! tests, the benchmark and the `boundary` fuzz target reach the binding's Rust paths without a
//! JavaScript engine.

pub mod parse;
pub mod tape;

#[cfg(any(target_arch = "wasm32", clippy))]
mod bind;
#[cfg(any(target_arch = "wasm32", clippy))]
pub use bind::*;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::collections::BTreeMap;

    use super::parse::UNSUPPORTED;
    use crate::value::{MAX_DEPTH, MAX_ENTRIES, MAX_STRING, MAX_TEXT, MAX_VALUES, TRUNCATED};

    const JS: &str = include_str!("boundary.js");

    /// `const NAME = value;` lines at the start of a line, whose name starts with `prefix`.
    fn consts<'a>(source: &'a str, prefix: &str, rust: bool) -> BTreeMap<&'a str, f64> {
        source
            .lines()
            .filter_map(|l| {
                let l = l.trim_start();
                let l =
                    if rust { l.strip_prefix("pub const ")? } else { l.strip_prefix("const ")? };
                let (name, rest) = l.split_once(if rust { ": f64 = " } else { " = " })?;
                let value = rest.strip_suffix(';')?.parse().ok()?;
                name.starts_with(prefix).then_some((name.strip_prefix(prefix)?, value))
            })
            .collect()
    }

    /// The binding's JavaScript half applies the same limits and writes the same markers.
    #[test]
    fn boundary_js_agrees_with_the_limits_and_markers() {
        for (name, n) in [
            ("MAX_DEPTH", MAX_DEPTH),
            ("MAX_ENTRIES", MAX_ENTRIES),
            ("MAX_STRING", MAX_STRING),
            ("MAX_VALUES", MAX_VALUES),
            ("MAX_TEXT", MAX_TEXT),
        ] {
            assert!(
                JS.contains(&format!("\nconst {name} = {n};")),
                "src/wasm/boundary.js: {name} is not {n}"
            );
        }
        assert!(JS.contains(r"const TRUNCATED = JSON.stringify('\u0000truncated');"), "TRUNCATED");
        assert_eq!(TRUNCATED, "\u{0}truncated");
        for (letter, what) in UNSUPPORTED {
            assert!(
                JS.contains(&format!("'!{}'", letter as char)),
                "src/wasm/boundary.js never writes !{} ({what})",
                letter as char
            );
        }
    }

    /// Every operation code of the tape has the same number in `decode` (`OP_<NAME>` in
    /// boundary.js) as in `tape::op`, each is used there, and neither side has one the other
    /// lacks.
    #[test]
    fn boundary_js_agrees_with_the_operation_codes() {
        let rust = consts(include_str!("tape.rs"), "", true);
        let js = consts(JS, "OP_", false);
        assert_eq!(js, rust, "src/wasm/boundary.js OP_* against tape::op");
        // The source scan found the constants the code uses.
        use super::tape::op;
        for (name, n) in [("NULL", op::NULL), ("KEY", op::KEY), ("DATA_KEY", op::DATA_KEY)] {
            assert_eq!(rust.get(name), Some(&n), "{name}");
        }
        for name in js.keys() {
            let uses = JS.matches(&format!("OP_{name}")).count();
            assert!(uses >= 2, "src/wasm/boundary.js defines OP_{name} but never uses it");
        }
    }

    /// Every record of `finding::compact::RECORDS` has its number in `decode`
    /// (`RECORD_<NAME>`, the Rust constant's name) and is built there as an object literal of
    /// exactly its keys in their order.
    #[test]
    fn boundary_js_agrees_with_the_records() {
        use crate::finding::compact::{self as c, RECORDS};
        let js = consts(JS, "RECORD_", false);
        let rust: BTreeMap<&str, f64> = [
            ("REFERRAL_RESULT", c::REFERRAL_RESULT),
            ("CRITERION", c::CRITERION),
            ("STAMP", c::STAMP),
        ]
        .into_iter()
        .map(|(k, v)| (k, v as f64))
        .collect();
        assert_eq!(js, rust, "src/wasm/boundary.js RECORD_* against finding::compact");
        assert_eq!(rust.len(), RECORDS.len());
        for (name, i) in rust {
            let literal = format!("return {{ {} }};", RECORDS[i as usize].1.join(", "));
            let branch = format!("if (record === RECORD_{name}) {{");
            let at = JS.find(&branch).unwrap_or_else(|| panic!("no branch for RECORD_{name}"));
            let end = at + JS[at..].find("\n      }\n").expect("the branch ends");
            assert!(JS[at..end].contains(&literal), "RECORD_{name} is not built as {literal}");
        }
    }

    /// The kinds of a compact finding's arguments have the same numbers in `decode`
    /// (`ARG_<KIND>` in boundary.js) as in `finding::compact`, and each is used there.
    #[test]
    fn boundary_js_agrees_with_the_argument_kinds() {
        use crate::finding::compact as c;
        let js = consts(JS, "ARG_", false);
        let rust: BTreeMap<&str, f64> = [
            ("INT", c::INT),
            ("DATE", c::DATE),
            ("TEXT", c::TEXT),
            ("LABELS", c::LABELS),
            ("ALL", c::ALL),
            ("HALVES", c::HALVES),
            ("COUNT", c::COUNT),
            ("RANGE", c::RANGE),
            ("AMOUNT", c::AMOUNT),
            ("EVERY", c::EVERY),
        ]
        .into_iter()
        .map(|(k, v)| (k, f64::from(v)))
        .collect();
        assert_eq!(js, rust, "src/wasm/boundary.js ARG_* against finding::compact");
        for name in js.keys() {
            assert!(JS.matches(&format!("ARG_{name}")).count() >= 2, "ARG_{name} is never used");
        }
    }

    /// `KEY_CODE` in boundary.js is [`super::parse::KEYS`]: the bytes the encoder writes for
    /// keys are the ones the parser reads. `scripts/generate` writes it (`MESTRING_WRITE`).
    #[test]
    fn generated_key_codes_are_up_to_date() {
        let entries: String = super::parse::KEYS
            .iter()
            .enumerate()
            .filter(|(_, k)| !k.is_empty())
            .map(|(b, k)| format!("  {k}: {b},\n"))
            .collect();
        let body = format!("const KEY_CODE = {{\n  __proto__: null,\n{entries}}};\n");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/wasm/boundary.js");
        let text = std::fs::read_to_string(&path).unwrap();
        let next =
            crate::shape::generate::splice(&text, "// BEGIN KEY_CODE", "// END KEY_CODE", &body)
                .expect("a KEY_CODE block in src/wasm/boundary.js");
        if next != text && std::env::var_os("MESTRING_WRITE").is_some() {
            std::fs::write(&path, next).unwrap();
        } else {
            assert!(next == text, "src/wasm/boundary.js: KEY_CODE differs; run scripts/generate");
        }
    }
}
