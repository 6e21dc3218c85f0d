//! The exports: each reads its arguments, calls the core and writes the result.
//!
//! Each export crosses the boundary once each way. In: `boundary.js` writes each argument
//! as one text (bounded in depth and size on the JavaScript side, so a cyclic or huge object can
//! neither hang nor grow the wasm memory), which [`parse_js`] reads. Out: the result as
//! one tape of numbers and one text ([`super::tape`]) from which the JavaScript side builds plain
//! objects (`null`, never `undefined`). Building either side property by property through
//! imports took most of the time of a check, and `JSON.parse` of a result most of the rest (see
//! BENCHMARKS.md). Findings go in their compact form (rule and text by index, arguments as
//! values) and `decode` renders their messages from the tables the tape carries once per
//! instance and language, so no export renders a message in the wasm; `messages(lang)` hands
//! over the texts as they are. An export throws only a `TypeError` for an argument that
//! is not an object, or the caller's own error when one of the caller's getters or proxies
//! throws while it is read.
//!
//! No page code runs while wasm frames are on the stack, except the caller's getters and proxies
//! while an argument is read, and `encode` catches what they throw and hands it over
//! ([`take_error`]); `decode` runs none (it never assigns a key a page could have put a setter
//! on). What can still end a call with an exception through the wasm (the JavaScript stack
//! running out, a trap) leaves this instance in an unknown state: the guard in `boundary.js`
//! then replaces it from the compiled module before the next call, so a thread-local here never
//! outlives such a call.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::parse::parse_js;
use super::tape;
use crate::value::Value;
use crate::{messages, ruleset, Lang, NotAnObject};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("../types.d.ts");

// Argument types by their TypeScript names (declared in types.d.ts). Taking them as `Option<_>`
// makes the parameter optional in the generated `.d.ts`; their contents are read, not trusted.
#[wasm_bindgen]
extern "C" {
    /// A referral object.
    #[wasm_bindgen(typescript_type = "Referral")]
    pub type ReferralArg;
    /// The options object.
    #[wasm_bindgen(typescript_type = "Options")]
    pub type OptionsArg;
    /// `"da"` or `"en"`.
    #[wasm_bindgen(typescript_type = "Lang")]
    pub type LangArg;
    /// The input of `planCourse`.
    #[wasm_bindgen(typescript_type = "PlanInput")]
    pub type PlanInputArg;
    /// A plan, as `planCourse` returns it or a caseworker edited it.
    #[wasm_bindgen(typescript_type = "Plan")]
    pub type PlanArg;
    /// A team.
    #[wasm_bindgen(typescript_type = "Team")]
    pub type TeamArg;
    /// A participant's state.
    #[wasm_bindgen(typescript_type = "ParticipantState")]
    pub type StateArg;
    /// A workflow event.
    #[wasm_bindgen(typescript_type = "WorkflowEvent")]
    pub type EventArg;
    /// A mentor agreement.
    #[wasm_bindgen(typescript_type = "MentorAgreement")]
    pub type MentorAgreementArg;
    /// An internship agreement.
    #[wasm_bindgen(typescript_type = "InternshipAgreement")]
    pub type InternshipAgreementArg;
    /// A supplier agreement.
    #[wasm_bindgen(typescript_type = "SupplierAgreement")]
    pub type SupplierAgreementArg;
    /// A mentor's caseload.
    #[wasm_bindgen(typescript_type = "MentorCaseload")]
    pub type CaseloadArg;
}

// The JavaScript half of the boundary (boundary.js): one text in for a whole argument, one
// tape out for a whole result.
#[wasm_bindgen(module = "/src/wasm/boundary.js")]
extern "C" {
    fn encode(v: &JsValue) -> Vec<u8>;
    #[wasm_bindgen(js_name = takeError)]
    fn take_error() -> JsValue;
    fn decode(ops: &[f64], text: &str) -> JsValue;
}

/// Reads a JavaScript value: the JavaScript side writes it as one text (applying the limits in
/// [`crate::value`]), the core parses it. Throws only what the caller's own getters throw (the
/// JavaScript side returns no bytes then, and keeps the error for [`take_error`]).
fn read(v: &JsValue) -> Result<Value, JsValue> {
    let bytes = encode(v);
    if bytes.is_empty() {
        return Err(take_error());
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        JsValue::from(js_sys::Error::new("mestring: internal error: input text is not UTF-8"))
    })?;
    parse_js(&text).map_err(|e| {
        js_sys::Error::new(&format!("mestring: internal error: unreadable input at {}", e.at))
            .into()
    })
}

thread_local! {
    /// The names this instance has sent to the JavaScript side (see [`super::tape`]), and the
    /// tape whose buffers every result reuses.
    static TAPE: std::cell::RefCell<(tape::Keys, tape::Tape)> = std::cell::RefCell::default();
}

/// Writes a result: one tape, turned into plain objects on the JavaScript side in one call.
fn write<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    let failed = |e: tape::Error| JsValue::from(js_sys::Error::new(&e.to_string()));
    TAPE.with(|cell| match cell.try_borrow_mut() {
        Ok(mut state) => {
            let (keys, t) = &mut *state;
            tape::write_into(v, keys, t).map_err(failed)?;
            let result = decode(&t.ops, &t.text);
            // A large result (a long plan) does not keep its buffers for the rest of the page.
            if t.ops.capacity() > 1 << 16 || t.text.capacity() > 1 << 18 {
                *t = tape::Tape::default();
            }
            Ok(result)
        }
        // A call while a tape is being decoded: `decode` runs no page code, so this does not
        // happen; should it, it gets its own tape, names sent with their text, so the outer
        // numbering stays as it is.
        Err(_) => {
            let t = tape::write(v, &mut tape::Keys::inline()).map_err(failed)?;
            Ok(decode(&t.ops, &t.text))
        }
    })
}

fn type_error(e: NotAnObject) -> JsValue {
    js_sys::TypeError::new(&e.to_string()).into()
}

fn optional<T: AsRef<JsValue>>(v: Option<T>) -> Result<Option<Value>, JsValue> {
    v.map(|o| read(o.as_ref())).transpose()
}

/// What every one-argument export does: read the argument and the options, call the core,
/// write the result (or throw the core's `TypeError`).
fn call<A: AsRef<JsValue>, T: Serialize>(
    input: A,
    options: Option<OptionsArg>,
    check: fn(&Value, Option<&Value>) -> Result<T, NotAnObject>,
) -> Result<JsValue, JsValue> {
    let options = optional(options)?;
    let input = read(input.as_ref())?;
    write(&check(&input, options.as_ref()).map_err(type_error)?)
}

/// Checks a referral against the target group. Throws a `TypeError` only when `referral` (or
/// `options`, when given) is not an object.
#[wasm_bindgen(js_name = checkReferral, unchecked_return_type = "ReferralResult")]
pub fn check_referral(
    referral: ReferralArg,
    options: Option<OptionsArg>,
) -> Result<JsValue, JsValue> {
    call(referral, options, crate::check_referral)
}

/// A dated course plan from a start date and a profile, with teaching days, meetings and findings.
#[wasm_bindgen(js_name = planCourse, unchecked_return_type = "PlanResult")]
pub fn plan_course(input: PlanInputArg, options: Option<OptionsArg>) -> Result<JsValue, JsValue> {
    call(input, options, crate::plan_course)
}

/// Checks a plan: phase order and dates, lengths, teaching days, team, internship agreement.
#[wasm_bindgen(js_name = checkPlan, unchecked_return_type = "CheckResult")]
pub fn check_plan(plan: PlanArg, options: Option<OptionsArg>) -> Result<JsValue, JsValue> {
    call(plan, options, crate::check_plan)
}

/// Checks a team's size and composition.
#[wasm_bindgen(js_name = checkTeam, unchecked_return_type = "CheckResult")]
pub fn check_team(team: TeamArg, options: Option<OptionsArg>) -> Result<JsValue, JsValue> {
    call(team, options, crate::check_team)
}

/// One step of the participant workflow; a refused step returns `ok: false` and the old state.
#[wasm_bindgen(js_name = transition, unchecked_return_type = "TransitionResult")]
pub fn transition(
    state: StateArg,
    event: EventArg,
    options: Option<OptionsArg>,
) -> Result<JsValue, JsValue> {
    let options = optional(options)?;
    let state = read(state.as_ref())?;
    let event = read(event.as_ref())?;
    write(&crate::transition(&state, &event, options.as_ref()).map_err(type_error)?)
}

/// Checks a written mentor agreement, its legal limits as of its date, and its cadence.
#[wasm_bindgen(js_name = checkMentorAgreement, unchecked_return_type = "AgreementResult")]
pub fn check_mentor_agreement(
    agreement: MentorAgreementArg,
    options: Option<OptionsArg>,
) -> Result<JsValue, JsValue> {
    call(agreement, options, crate::check_mentor_agreement)
}

/// Checks an internship agreement against the catalogue's agreement guide and the law.
#[wasm_bindgen(js_name = checkInternshipAgreement, unchecked_return_type = "AgreementResult")]
pub fn check_internship_agreement(
    agreement: InternshipAgreementArg,
    options: Option<OptionsArg>,
) -> Result<JsValue, JsValue> {
    call(agreement, options, crate::check_internship_agreement)
}

/// Checks a cooperation agreement with an external supplier.
#[wasm_bindgen(js_name = checkSupplierAgreement, unchecked_return_type = "AgreementResult")]
pub fn check_supplier_agreement(
    agreement: SupplierAgreementArg,
    options: Option<OptionsArg>,
) -> Result<JsValue, JsValue> {
    call(agreement, options, crate::check_supplier_agreement)
}

/// Citizens per full-time mentor, granted hours, and the evaluation's band.
#[wasm_bindgen(js_name = checkCaseload, unchecked_return_type = "CaseloadResult")]
pub fn check_caseload(
    mentor: CaseloadArg,
    options: Option<OptionsArg>,
) -> Result<JsValue, JsValue> {
    call(mentor, options, crate::check_caseload)
}

/// The embedded ruleset as a plain object, to read or to change and pass as `options.ruleset`.
#[wasm_bindgen(js_name = defaultRuleset, unchecked_return_type = "Ruleset")]
pub fn default_ruleset() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(ruleset::DEFAULT_JSON)
}

/// The message catalogue in `lang` (`"da"`, the default, or `"en"`).
#[wasm_bindgen(js_name = messages, unchecked_return_type = "Catalogue")]
pub fn messages_js(lang: Option<LangArg>) -> Result<JsValue, JsValue> {
    let lang = match lang.map(JsValue::from) {
        None => Lang::Da,
        Some(v) if v.is_null() || v.is_undefined() => Lang::Da,
        Some(v) => v.as_string().as_deref().and_then(Lang::parse).ok_or_else(|| {
            JsValue::from(js_sys::TypeError::new("mestring: messages(lang) takes \"da\" or \"en\""))
        })?,
    };
    write(&messages::catalogue(lang))
}

/// Package and ruleset versions.
#[wasm_bindgen(js_name = version, unchecked_return_type = "Versions")]
pub fn version() -> Result<JsValue, JsValue> {
    write(&crate::versions())
}
