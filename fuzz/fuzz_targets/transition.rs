#![no_main]
//! Arbitrary bytes, read as JSON when they are, into `transition`: no input may panic.
use libfuzzer_sys::fuzz_target;
use mestring::Value;

// The input is `[state, event]`; anything else is tried as the state with an empty event.
fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(v) = Value::parse_json(text) {
            match &v {
                Value::Array(pair) if pair.len() == 2 => {
                    let _ = mestring::transition(&pair[0], &pair[1], None);
                }
                other => {
                    let _ = mestring::transition(other, &Value::Object(Vec::new()), None);
                }
            }
        }
    }
});
