#![no_main]
//! The wasm binding's own paths, natively: arbitrary bytes read as the text the JavaScript side
//! writes (`Value::parse_js`: JSON plus `#` bits and `!` markers), checked, and the result
//! written as a tape (what the binding hands back). No input may panic.
use libfuzzer_sys::fuzz_target;
use mestring::{tape, Value};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(v) = Value::parse_js(text) {
            let mut keys = tape::Keys::default();
            if let Ok(r) = mestring::check_referral(&v, None) {
                let _ = tape::write(&r, &mut keys);
            }
            if let Ok(r) = mestring::transition(&v, &v, None) {
                let _ = tape::write(&r, &mut keys);
            }
        }
    }
});
