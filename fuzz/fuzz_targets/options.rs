#![no_main]
//! Arbitrary bytes, read as JSON when they are, into `the options argument (a ruleset among them)`: no input may panic.
use libfuzzer_sys::fuzz_target;
use mestring::Value;

// The bytes are the options; the referral is a fixed, complete one, so a ruleset that is read
// as valid is also used for a whole assessment.
const REFERRAL: &str = r#"{"referenceDate":"2027-01-04","citizen":{"cpr":"150399-1000","benefit":"kontanthjaelp"},"barriers":[{"kind":"anxiety","severity":"mild"}],"openToGroupWork":true,"canDescribeOwnBarriers":true,"substanceAbuse":{"present":true,"inTreatment":true,"treatmentStart":"2026-10-01","lastUse":"2026-11-20"}}"#;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(options) = Value::parse_json(text) {
            let referral = Value::parse_json(REFERRAL).unwrap_or(Value::Null);
            let _ = mestring::check_referral(&referral, Some(&options));
            let _ = mestring::plan_course(&Value::Object(vec![("start".into(), Value::String("2027-03-01".into()))]), Some(&options));
        }
    }
});
