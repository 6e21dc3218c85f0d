//! The binding in a real browser (headless Chromium, `wasm-pack test --headless --chrome`):
//! JavaScript values JSON cannot express, and a few shared vectors through the exported functions.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, Object, Reflect, JSON};
use mestring::wasm;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(src: &str) -> JsValue {
    Function::new_no_args(&format!("return ({src});"))
        .call0(&JsValue::NULL)
        .expect("test expression")
}

fn check(referral: JsValue) -> Result<JsValue, JsValue> {
    wasm::check_referral(referral.unchecked_into(), None)
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |acc, k| Reflect::get(&acc, &JsValue::from_str(k)).unwrap())
}

fn vector(text: &str) -> (JsValue, JsValue) {
    let v = JSON::parse(text).unwrap();
    (get(&v, "input"), get(&v, "expected"))
}

#[wasm_bindgen_test]
fn shared_vectors_agree_in_the_browser() {
    for text in [
        include_str!("vectors/referral/001-eligible-citizen-27-with-mild-anxiety-and-no-substance-abuse.json"),
        include_str!("vectors/referral/003-one-day-before-the-25th-birthday-is-not-eligible-eligible-from-the-bir.json"),
        include_str!("vectors/referral/019-last-use-on-31-january-2027-eligible-on-28-february-2027.json"),
    ] {
        let (input, expected) = vector(text);
        let got = check(input).unwrap();
        assert_eq!(get(&got, "outcome"), get(&expected, "outcome"));
        assert_eq!(get(&got, "eligibleFrom"), get(&expected, "eligibleFrom"));
    }
}

#[wasm_bindgen_test]
fn not_an_object_throws_a_type_error() {
    for v in [
        JsValue::from(42),
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::from_str("x"),
        js("[]"),
        js("() => 1"),
        js("Symbol('s')"),
        js("10n"),
    ] {
        let e = check(v).unwrap_err();
        assert!(e.is_instance_of::<js_sys::TypeError>());
    }
    let e = wasm::check_referral(
        Object::new().unchecked_into(),
        Some(JsValue::from(5).unchecked_into()),
    )
    .unwrap_err();
    assert!(e.is_instance_of::<js_sys::TypeError>());
}

#[wasm_bindgen_test]
fn values_json_cannot_hold_become_findings() {
    let got = check(js("{ referenceDate: new Date(), citizen: { birthDate: 19990315n, cpr: () => 1 }, openToGroupWork: Symbol('x'), barriers: [undefined, NaN] }")).unwrap();
    assert_eq!(get(&got, "outcome"), "incomplete");
    let fields: Vec<String> = Array::from(&get(&got, "findings"))
        .iter()
        .map(|f| get(&f, "field").as_string().unwrap())
        .collect();
    for f in ["referenceDate", "citizen.birthDate", "citizen.cpr", "openToGroupWork", "barriers.1"]
    {
        assert!(fields.iter().any(|x| x == f), "{f} missing in {fields:?}");
    }
}

#[wasm_bindgen_test]
fn cyclic_and_deep_objects_do_not_hang_or_trap() {
    let cyclic = js("(() => { const o = { referenceDate: '2027-01-04' }; o.citizen = o; o.barriers = [o]; return o; })()");
    let got = check(cyclic).unwrap();
    assert_eq!(get(&got, "outcome"), "incomplete");
    let deep = js(
        "(() => { let o = {}; for (let i = 0; i < 100000; i++) o = { citizen: o }; return o; })()",
    );
    assert!(check(deep).is_ok());
    // The module still answers afterwards.
    let (input, _) = vector(include_str!(
        "vectors/referral/001-eligible-citizen-27-with-mild-anxiety-and-no-substance-abuse.json"
    ));
    assert_eq!(get(&check(input).unwrap(), "outcome"), "eligible");
}

#[wasm_bindgen_test]
fn a_throwing_getter_passes_the_callers_error_through() {
    let e =
        check(js("({ get citizen() { throw new RangeError('from the portal'); } })")).unwrap_err();
    assert!(e.is_instance_of::<js_sys::RangeError>());
    let e = check(js("new Proxy({}, { ownKeys() { throw new Error('proxy'); } })")).unwrap_err();
    assert_eq!(get(&e, "message"), "proxy");
    let (input, _) = vector(include_str!(
        "vectors/referral/001-eligible-citizen-27-with-mild-anxiety-and-no-substance-abuse.json"
    ));
    assert_eq!(get(&check(input).unwrap(), "outcome"), "eligible");
}

#[wasm_bindgen_test]
fn the_input_is_not_mutated_and_nulls_are_null() {
    let input = js("Object.freeze({ referenceDate: '2027-01-04', citizen: Object.freeze({ cpr: '150399-1000' }) })");
    let before = JSON::stringify(&input).unwrap();
    let got = check(input.clone()).unwrap();
    assert_eq!(JSON::stringify(&input).unwrap(), before);
    assert!(get(&got, "eligibleFrom").is_null());
    let text: String = JSON::stringify(&got).unwrap().into();
    assert!(!text.contains("150399-1000") && !text.contains("1503991000"));
}

#[wasm_bindgen_test]
fn ruleset_messages_and_version() {
    let rs = wasm::default_ruleset().unwrap();
    assert_eq!(get(&rs, "targetGroup.age.min"), 25);
    Reflect::set(&get(&rs, "targetGroup.age"), &"min".into(), &18.into()).unwrap();
    let options = Object::new();
    Reflect::set(&options, &"ruleset".into(), &rs).unwrap();
    let got = wasm::check_referral(
        js("({ referenceDate: '2027-01-04', citizen: { birthDate: '2006-06-01' } })")
            .unchecked_into(),
        Some(options.unchecked_into()),
    )
    .unwrap();
    assert_eq!(
        Array::from(&get(&got, "criteria"))
            .get(0)
            .dyn_into::<Object>()
            .map(|c| get(&c, "status"))
            .unwrap(),
        "met"
    );

    let da = wasm::messages_js(None).unwrap();
    assert_eq!(get(&da, "lang"), "da");
    let en = wasm::messages_js(Some(JsValue::from_str("en").unchecked_into())).unwrap();
    assert_eq!(get(&en, "lang"), "en");
    assert!(wasm::messages_js(Some(JsValue::from_str("fr").unchecked_into()))
        .unwrap_err()
        .is_instance_of::<js_sys::TypeError>());
    assert_eq!(get(&wasm::version().unwrap(), "package"), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn plan_and_workflow_in_the_browser() {
    let plan = wasm::plan_course(
        js("({ start: '2027-03-01', weeks: { preparation: 2 } })").unchecked_into(),
        None,
    )
    .unwrap();
    let days: Vec<String> =
        Array::from(&get(&plan, "teachingDays")).iter().map(|d| d.as_string().unwrap()).collect();
    for easter in ["2027-03-25", "2027-03-26", "2027-03-29"] {
        assert!(!days.iter().any(|d| d == easter), "{easter} is a teaching day");
    }
    let checked = wasm::check_plan(plan.unchecked_into(), None).unwrap();
    assert_eq!(get(&checked, "ok"), true);
    let state = js("Object.freeze({ phase: 'interning', history: [] })");
    let r = wasm::transition(
        state.clone().unchecked_into(),
        js("({ type: 'complete', date: '2028-01-10' })").unchecked_into(),
        None,
    )
    .unwrap();
    assert_eq!(get(&r, "ok"), true);
    assert_eq!(get(&r, "state.phase"), "completed");
    assert_eq!(get(&state, "phase"), "interning");
    let team = wasm::check_team(js("({ size: 7 })").unchecked_into(), None).unwrap();
    assert_eq!(get(&team, "ok"), false);
}

#[wasm_bindgen_test]
fn agreements_and_caseload_in_the_browser() {
    let empty = wasm::check_mentor_agreement(js("({})").unchecked_into(), None).unwrap();
    assert_eq!(get(&empty, "complete"), false);
    assert_eq!(Array::from(&get(&empty, "findings")).length(), 8);
    let internship = wasm::check_internship_agreement(
        js("({ citizen: { cpr: '150399-1000' } })").unchecked_into(),
        None,
    )
    .unwrap();
    let text: String = JSON::stringify(&internship).unwrap().into();
    assert!(!text.contains("150399-1000"));
    let supplier = wasm::check_supplier_agreement(js("({})").unchecked_into(), None).unwrap();
    assert_eq!(get(&supplier, "complete"), false);
    let load =
        wasm::check_caseload(js("({ hoursPerWeek: 18.5, citizens: 8 })").unchecked_into(), None)
            .unwrap();
    assert_eq!(get(&load, "maxCitizens"), 7.5);
}
