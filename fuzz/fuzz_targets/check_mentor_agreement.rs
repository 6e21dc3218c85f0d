#![no_main]
//! Arbitrary bytes, read as JSON when they are, into `check_mentor_agreement`: no input may panic.
use libfuzzer_sys::fuzz_target;
use mestring::Value;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(v) = Value::parse_json(text) {
            let _ = mestring::check_mentor_agreement(&v, None);
        }
    }
});
