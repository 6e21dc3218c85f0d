//! `transition(state, event)`: the participant's path through the course, as plain JSON state
//! with a dated history.
//!
//! ```text
//! referred ─startPreparation→ preparing ─startTeaching→ teaching ─startInternship→ interning
//!   interning ─startAftercare→ aftercare;  interning | aftercare ─complete→ completed
//!   preparing | teaching | interning | aftercare ─referBack→ referredBack | ─dropOut→ droppedOut
//! ```
//! Guards (catalogue p. 13-14, 17, 23, 27): preparing needs an eligible referral (checked here as
//! of the event's date) or a caseworker override with a written justification; teaching needs a
//! plan without errors (warnings without an internship agreement, p. 17, and without an assessed
//! need for mentor support, p. 27); interning needs an internship agreement that
//! `checkInternshipAgreement` finds complete, consent included; aftercare a level 1-3; referral
//! back a reason (the decision "bør" be taken with citizen, teacher and caseworker: a warning).
//! With an unusable ruleset every guarded step is refused. The state keeps the internship
//! agreement with the citizen's CPR number masked. A refused transition returns the
//! state as it was; the input is never changed.

use chrono::NaiveDate;
use serde::Serialize;

use crate::date;
use crate::fields::Fields;
use crate::finding::{Arg, Finding, Note, Severity};
use crate::referral::Outcome;
use crate::rules::Rule;
use crate::value::Value;
use crate::{Lang, RulesetChoice};

/// The phases of a participant.
pub const PHASES: [&str; 8] = [
    "referred",
    "preparing",
    "teaching",
    "interning",
    "aftercare",
    "completed",
    "referredBack",
    "droppedOut",
];
/// The events.
pub const EVENTS: [&str; 7] = [
    "startPreparation",
    "startTeaching",
    "startInternship",
    "startAftercare",
    "complete",
    "referBack",
    "dropOut",
];
const ACTIVE: [&str; 4] = ["preparing", "teaching", "interning", "aftercare"];
/// The events a rule guards (dropping out and completing are not judged).
const GUARDED: [&str; 5] =
    ["startPreparation", "startTeaching", "startInternship", "startAftercare", "referBack"];

/// The agreement as the state keeps it: the citizen's CPR number masked (`150399-xxxx`).
fn masked(agreement: &Value) -> Value {
    let mut a = agreement.clone();
    if let Some(Value::String(c)) = agreement
        .get("citizen")
        .and_then(|c| c.get("cpr"))
        .filter(|c| !matches!(c, Value::String(s) if crate::cpr::is_masked(s)))
    {
        let mut citizen = agreement.get("citizen").cloned().unwrap_or(Value::Null);
        citizen.set("cpr", Value::text(crate::cpr::mask(c)));
        a.set("citizen", citizen);
    }
    a
}

/// Who takes the decision to refer a citizen back (catalogue p. 14).
pub const REFER_BACK_PARTIES: [&str; 3] = ["citizen", "teacher", "caseworker"];

/// What `transition` returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TransitionResult {
    /// Whether the transition was made.
    pub ok: bool,
    /// The new state, or the old one when refused.
    pub state: Value,
    /// Why it was refused, and warnings.
    pub findings: Vec<Finding>,
}

/// Where the event goes from the phase, if anywhere.
fn target(phase: &str, event: &str) -> Option<&'static str> {
    match (phase, event) {
        ("referred", "startPreparation") => Some("preparing"),
        ("preparing", "startTeaching") => Some("teaching"),
        ("teaching", "startInternship") => Some("interning"),
        ("interning", "startAftercare") => Some("aftercare"),
        ("interning" | "aftercare", "complete") => Some("completed"),
        (p, "referBack") if ACTIVE.contains(&p) => Some("referredBack"),
        (p, "dropOut") if ACTIVE.contains(&p) => Some("droppedOut"),
        _ => None,
    }
}

fn blank_text(v: Option<&Value>) -> bool {
    !matches!(v, Some(Value::String(s)) if !s.trim().is_empty())
}

/// `transition(state, event, options)`.
pub fn transition(
    state: &Value,
    event: &Value,
    lang: Lang,
    ruleset: &RulesetChoice,
    mut notes: Vec<Note>,
) -> TransitionResult {
    let mut f = Fields::default();
    let mut refuse: Vec<Note> = Vec::new();
    let mut warn: Vec<Note> = Vec::new();

    let phase = f.code(state, "phase", "state.phase", &PHASES);
    let kind = f.code(event, "type", "event.type", &EVENTS);
    let on = f.date(event, "date", "event.date");
    if state.get("phase").is_none_or(Value::is_blank) {
        refuse.push(Note::new(
            Rule::WorkflowState,
            "noPhase",
            Severity::Error,
            Some("state.phase"),
        ));
    }
    if event.get("type").is_none_or(Value::is_blank) {
        refuse.push(Note::new(Rule::WorkflowEvent, "noType", Severity::Error, Some("event.type")));
    }
    if event.get("date").is_none_or(Value::is_blank) {
        refuse.push(Note::new(Rule::WorkflowEvent, "noDate", Severity::Error, Some("event.date")));
    }

    // History: the last date, so time does not run backwards.
    let last = match state.get("history") {
        Some(Value::Array(h)) => h
            .iter()
            .filter_map(|e| e.get("date"))
            .filter_map(|d| if let Value::String(s) = d { date::parse_iso(s).ok() } else { None })
            .max(),
        _ => None,
    };
    if let (Some(on), Some(last)) = (on, last) {
        if on < last {
            refuse.push(
                Note::new(Rule::WorkflowEvent, "beforeLast", Severity::Error, Some("event.date"))
                    .arg("date", Arg::Date(last)),
            );
        }
    }

    let mut applied = false;
    let mut next = state.clone();
    if !matches!(next, Value::Object(_)) {
        next = Value::Object(Vec::new());
    }
    let to = match (&phase, &kind) {
        (Some(p), Some(k)) => match target(p, k) {
            Some(to) => Some(to),
            None => {
                refuse.push(
                    Note::new(
                        Rule::WorkflowNotAllowed,
                        "from",
                        Severity::Error,
                        Some("event.type"),
                    )
                    .arg("event", Arg::Labels(vec![format!("event:{k}")]))
                    .arg("phase", Arg::Labels(vec![format!("participant:{p}")])),
                );
                None
            }
        },
        _ => None,
    };

    if let (Some(to), Some(k)) = (to, kind) {
        let rs = ruleset.usable();
        // Without a usable ruleset no guard can be judged: every guarded step is refused.
        if let (Err(invalid), true) = (rs, GUARDED.contains(&k)) {
            refuse.extend(invalid.notes());
        }
        match k {
            "startPreparation" => match event.get("referral") {
                Some(referral @ Value::Object(_)) => {
                    let mut r = referral.clone();
                    if r.get("referenceDate").is_none_or(Value::is_blank) {
                        if let Some(on) = on {
                            r.set("referenceDate", Value::text(date::iso(on)));
                        }
                    }
                    let result = crate::referral::check(&r, lang, ruleset, Vec::new());
                    let eligible = result.outcome == Outcome::Eligible;
                    next.set(
                        "assessment",
                        Value::Object(vec![
                            ("outcome".into(), Value::text(outcome_code(result.outcome))),
                            (
                                "asOf".into(),
                                result
                                    .ruleset
                                    .as_of
                                    .map_or(Value::Null, |d| Value::text(date::iso(d))),
                            ),
                            (
                                "ruleset".into(),
                                Value::text(format!(
                                    "{} {}",
                                    &*result.ruleset.id, &*result.ruleset.version
                                )),
                            ),
                        ]),
                    );
                    if !eligible {
                        override_or_refuse(
                            event,
                            on,
                            outcome_code(result.outcome),
                            &mut next,
                            &mut refuse,
                        );
                    }
                }
                Some(other) if !other.is_blank() => {
                    f.wrong_type("event.referral", "expectedObject", other)
                }
                _ => override_or_refuse(event, on, "missing", &mut next, &mut refuse),
            },
            "startTeaching" => {
                let (prefix, plan) = match (
                    event.get("plan").filter(|p| !p.is_blank()),
                    state.get("plan").filter(|p| !p.is_blank()),
                ) {
                    (Some(p), _) => ("event.plan", Some(p)),
                    (None, Some(p)) => ("state.plan", Some(p)),
                    (None, None) => ("event.plan", None),
                };
                match (plan, rs) {
                    (None, _) => refuse.push(Note::new(
                        Rule::WorkflowPlan,
                        "missing",
                        Severity::Error,
                        Some("event.plan"),
                    )),
                    (Some(plan), Ok(rs)) => {
                        // The plan's own errors, on their paths inside the event or state.
                        let errors: Vec<Note> = crate::plan::check_plan_notes(plan, rs)
                            .into_iter()
                            .filter(|n| n.severity == Severity::Error)
                            .collect();
                        if !errors.is_empty() {
                            refuse.push(
                                Note::new(
                                    Rule::WorkflowPlan,
                                    "errors",
                                    Severity::Error,
                                    Some(prefix),
                                )
                                .arg("count", Arg::Count(errors.len() as i64, "error")),
                            );
                            refuse.extend(errors.into_iter().map(|mut n| {
                                n.field = Some(match n.field {
                                    Some(f) => format!("{prefix}.{f}").into(),
                                    None => prefix.to_string().into(),
                                });
                                n
                            }));
                        }
                        next.set("plan", plan.clone());
                    }
                    (Some(_), Err(_)) => {}
                }
                // p. 27: each participant's need for mentor support "bør vurderes forud for
                // forløbet": a warning when no assessment is recorded.
                let need = event
                    .get("mentorSupportNeed")
                    .filter(|a| !a.is_blank())
                    .map(|n| ("event.mentorSupportNeed", n))
                    .or_else(|| {
                        state
                            .get("mentorSupportNeed")
                            .filter(|a| !a.is_blank())
                            .map(|n| ("state.mentorSupportNeed", n))
                    });
                match need {
                    Some((path, n)) if matches!(n, Value::Object(_)) => {
                        let assessed = f.date(n, "assessedOn", &format!("{path}.assessedOn"));
                        if assessed.is_none() && n.get("assessedOn").is_none_or(Value::is_blank) {
                            warn.push(Note::new(
                                Rule::WorkflowMentorSupportNeed,
                                "notAssessed",
                                Severity::Warning,
                                Some(&format!("{path}.assessedOn")),
                            ));
                        }
                        next.set(
                            "mentorSupportNeed",
                            Value::Object(vec![(
                                "assessedOn".into(),
                                assessed.map_or(Value::Null, |d| Value::text(date::iso(d))),
                            )]),
                        );
                    }
                    Some((path, other)) => f.wrong_type(path, "expectedObject", other),
                    None => warn.push(Note::new(
                        Rule::WorkflowMentorSupportNeed,
                        "notAssessed",
                        Severity::Warning,
                        Some("event.mentorSupportNeed"),
                    )),
                }
                let agreement = event
                    .get("internshipAgreement")
                    .filter(|a| !a.is_blank())
                    .or_else(|| state.get("internshipAgreement").filter(|a| !a.is_blank()));
                match agreement {
                    Some(a) => next.set("internshipAgreement", masked(a)),
                    None => {
                        let mut n = Note::new(
                            Rule::WorkflowInternshipAgreement,
                            "beforeTeaching",
                            Severity::Warning,
                            Some("event.internshipAgreement"),
                        );
                        if let Ok(rs) = rs {
                            n = n.source(&rs.course.internship_agreement_before_teaching.source);
                        }
                        warn.push(n);
                    }
                }
            }
            "startInternship" => {
                let agreement = event
                    .get("internshipAgreement")
                    .filter(|a| !a.is_blank())
                    .or_else(|| state.get("internshipAgreement").filter(|a| !a.is_blank()));
                let (path, a) =
                    match (event.get("internshipAgreement").filter(|a| !a.is_blank()), agreement) {
                        (Some(_), Some(a)) => ("event.internshipAgreement", a),
                        (None, Some(a)) => ("state.internshipAgreement", a),
                        (_, None) => {
                            refuse.push(Note::new(
                                Rule::WorkflowInternshipAgreement,
                                "missing",
                                Severity::Error,
                                Some("event.internshipAgreement"),
                            ));
                            ("", &Value::Null)
                        }
                    };
                if let (false, Ok(rs)) = (path.is_empty(), rs) {
                    // The agreement guide's check, its errors on their paths inside the event or state.
                    refuse.extend(
                        crate::agreements::internship_notes(a, rs, path)
                            .into_iter()
                            .filter(|n| n.severity == Severity::Error),
                    );
                    next.set("internshipAgreement", masked(a));
                }
            }
            "startAftercare" => {
                let (lo, hi) = rs.map_or((1, 3), |rs| {
                    (rs.course.aftercare_levels.min, rs.course.aftercare_levels.max)
                });
                match f.int(event, "level", "event.level", -1000, 1000) {
                    Some(l) if (lo..=hi).contains(&l) => {
                        next.set("aftercareLevel", Value::Number(l as f64))
                    }
                    _ => refuse.push(
                        Note::new(
                            Rule::PlanAftercareLevel,
                            "level",
                            Severity::Error,
                            Some("event.level"),
                        )
                        .arg("min", Arg::Int(lo))
                        .arg("max", Arg::Int(hi)),
                    ),
                }
            }
            "referBack" => {
                if blank_text(event.get("reason")) {
                    refuse.push(Note::new(
                        Rule::WorkflowReferBack,
                        "reason",
                        Severity::Error,
                        Some("event.reason"),
                    ));
                }
                let parties: Vec<String> = match event.get("decidedWith") {
                    Some(Value::Array(items)) => items
                        .iter()
                        .filter_map(|x| {
                            if let Value::String(s) = x {
                                Some(s.to_string())
                            } else {
                                None
                            }
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                // p. 14: the decision "bør altid ske i dialog": a recommendation, so a citizen who
                // has stopped turning up can still be referred back.
                let missing: Vec<String> = REFER_BACK_PARTIES
                    .iter()
                    .filter(|p| !parties.iter().any(|x| x == *p))
                    .map(|p| format!("party:{p}"))
                    .collect();
                if !missing.is_empty() {
                    warn.push(
                        Note::new(
                            Rule::WorkflowReferBack,
                            "decision",
                            Severity::Warning,
                            Some("event.decidedWith"),
                        )
                        .arg("missing", Arg::All(missing)),
                    );
                }
                next.set(
                    "referredBack",
                    Value::Object(vec![
                        ("reason".into(), event.get("reason").cloned().unwrap_or(Value::Null)),
                        (
                            "decidedWith".into(),
                            Value::Array(
                                parties.into_iter().map(|p| Value::String(p.into())).collect(),
                            ),
                        ),
                    ]),
                );
            }
            "dropOut" => {
                next.set(
                    "droppedOut",
                    Value::Object(vec![(
                        "reason".into(),
                        event.get("reason").cloned().unwrap_or(Value::Null),
                    )]),
                );
            }
            _ => {}
        }
        if refuse.is_empty() && f.notes.iter().all(|n| n.severity != Severity::Error) {
            // A state kept from before carries its agreement's CPR number masked from now on.
            if let Some(a) = next
                .get("internshipAgreement")
                .filter(|a| matches!(a, Value::Object(_)))
                .map(masked)
            {
                next.set("internshipAgreement", a);
            }
            next.set("phase", Value::text(to));
            let mut history = match state.get("history") {
                Some(Value::Array(h)) => h.clone(),
                _ => Vec::new(),
            };
            history.push(Value::Object(vec![
                ("from".into(), Value::text(phase.unwrap_or_default())),
                ("to".into(), Value::text(to)),
                ("event".into(), Value::text(k)),
                ("date".into(), on.map_or(Value::Null, |d| Value::text(date::iso(d)))),
            ]));
            next.set("history", Value::Array(history));
            applied = true;
        }
    }

    let source = |n: Note| {
        if n.source.is_some() {
            n
        } else {
            let r = n.rule;
            n.source(&crate::messages::source(r))
        }
    };
    notes.extend(f.notes);
    notes.extend(refuse.into_iter().map(source));
    notes.extend(warn.into_iter().map(source));
    // Findings about the options (an unknown language) do not refuse a transition.
    TransitionResult {
        ok: applied,
        state: if applied { next } else { state.clone() },
        findings: notes.into_iter().map(|n| n.render(lang)).collect(),
    }
}

fn outcome_code(o: Outcome) -> &'static str {
    match o {
        Outcome::Eligible => "eligible",
        Outcome::NotEligible => "not_eligible",
        Outcome::Incomplete => "incomplete",
    }
}

/// Without an eligible assessment, preparation may start only on a caseworker's override with a
/// written justification, which the state keeps.
fn override_or_refuse(
    event: &Value,
    on: Option<NaiveDate>,
    outcome: &str,
    next: &mut Value,
    refuse: &mut Vec<Note>,
) {
    match event.get("override") {
        Some(o @ Value::Object(_)) if !blank_text(o.get("justification")) => {
            let mut kept = o.clone();
            kept.set("outcome", Value::text(outcome));
            if let Some(on) = on {
                kept.set("date", Value::text(date::iso(on)));
            }
            next.set("override", kept);
        }
        Some(o @ Value::Object(_)) if o.get("justification").is_some() => {
            refuse.push(Note::new(
                Rule::WorkflowOverride,
                "justification",
                Severity::Error,
                Some("event.override.justification"),
            ));
        }
        _ => refuse.push(Note::new(
            Rule::WorkflowEligibility,
            outcome_variant(outcome),
            Severity::Error,
            Some("event.referral"),
        )),
    }
}

fn outcome_variant(outcome: &str) -> &'static str {
    match outcome {
        "not_eligible" => "notEligible",
        "incomplete" => "incomplete",
        _ => "missing",
    }
}
