//! # mestring
//!
//! The rules core for *Joborienteret mestringsforløb*, a job-oriented coping course for
//! psychologically vulnerable citizens on kontanthjælp. It tells a caseworker, while they fill in
//! a referral, whether the citizen fits the target group, what is missing, which rule says so and
//! where that rule comes from, and from which date the citizen will fit.
//!
//! ## The key decision: a pure core, one thin binding
//! Everything here is plain Rust that takes values and returns values. It never reads the clock
//! (the reference date is an input), the network or storage, and it never fails on a bad field:
//! a wrong type or an impossible date becomes a finding on that field. Only the binding
//! (`src/wasm/`) knows about JavaScript; it reads the input, calls the core and writes the result.
//! That keeps the rules testable natively, and keeps a panic (which would kill the wasm instance
//! for the rest of the page) out of reach of any input.
//!
//! Rules a municipality will want to change (the target group, dated legal parameters) are data:
//! [`ruleset`]. Wording lives in one catalogue: [`messages`].

#![deny(missing_docs)]

pub mod agreements;
pub mod caseload;
#[cfg(feature = "cli")]
pub mod cli;
pub mod cpr;
pub mod date;
pub mod fields;
pub mod finding;
pub mod holidays;
pub mod json;
pub mod messages;
pub mod plan;
pub mod referral;
pub mod rules;
pub mod ruleset;
pub mod shape;
pub mod unknown;
pub mod value;
pub mod workflow;

// The binding: not the core's API (see its documentation), public for the native tests, the
// benchmark and the fuzz targets.
#[doc(hidden)]
pub mod wasm;

use serde::Serialize;

use finding::{Arg, Note, Severity};
pub use referral::ReferralResult;
use rules::Rule;
use ruleset::{Problem, Ruleset};
pub use value::Value;

/// The package version (Cargo.toml).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Danish, the default.
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// `da` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// Reads `da`/`en`; anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Which ruleset judged, and as of which date (`{ id, version, asOf }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// Ruleset id (the embedded ruleset's is not copied).
    pub id: finding::Str,
    /// Ruleset version.
    pub version: finding::Str,
    /// The reference date (written `YYYY-MM-DD`), or `None` when the input has none.
    pub as_of: Option<chrono::NaiveDate>,
}

impl Stamp {
    /// The stamp of `rs` as of `on`: the embedded ruleset's texts are borrowed, a caller's are
    /// copied once.
    pub fn new(rs: (&str, &str), on: Option<chrono::NaiveDate>) -> Stamp {
        let default = ruleset::default_ruleset();
        let text = |s: &str, d: &'static str| {
            // The embedded ruleset's own text (the usual case) is the same pointer.
            if std::ptr::eq(s, d) || s == d {
                finding::Str::Static(d)
            } else {
                finding::Str::from(s.to_string())
            }
        };
        Stamp { id: text(rs.0, &default.id), version: text(rs.1, &default.version), as_of: on }
    }
}

impl Serialize for Stamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Iso(Option<chrono::NaiveDate>);
        impl Serialize for Iso {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self.0 {
                    Some(d) => s.serialize_str(&date::iso(d)),
                    None => s.serialize_none(),
                }
            }
        }
        record!(s, finding::compact::STAMP, &self.id, &self.version, &Iso(self.as_of))
    }
}

/// The ruleset a check uses: the embedded default, a caller's copy, or a caller's copy that
/// cannot be used (then no assessment is made and every problem is a finding).
#[derive(Debug, Clone)]
pub enum RulesetChoice {
    /// The embedded default.
    Default,
    /// A caller's ruleset that can be used.
    Custom(Box<Ruleset>),
    /// A caller's ruleset that cannot be used.
    Invalid(InvalidRuleset),
}

/// A caller's ruleset with problems: no assessment is made, every problem is a finding.
#[derive(Debug, Clone)]
pub struct InvalidRuleset {
    /// The id it gives, or empty.
    pub id: String,
    /// The version it gives, or empty.
    pub version: String,
    /// What is wrong, with paths.
    pub problems: Vec<Problem>,
}

impl InvalidRuleset {
    /// One `ruleset.invalid` note per problem, on `options.ruleset.<path>`.
    pub fn notes(&self) -> Vec<Note> {
        self.problems
            .iter()
            .map(|p| {
                let path = if p.path.is_empty() {
                    "options.ruleset".to_string()
                } else {
                    format!("options.ruleset.{}", p.path)
                };
                Note::new(Rule::RulesetInvalid, "field", Severity::Error, Some(&path))
                    .arg("path", Arg::Text(path.clone()))
                    .arg("expected", Arg::Text(p.expected.clone()))
            })
            .collect()
    }
}

impl RulesetChoice {
    /// The ruleset to judge by, or why there is none.
    pub fn usable(&self) -> Result<&Ruleset, &InvalidRuleset> {
        match self {
            RulesetChoice::Default => Ok(ruleset::default_ruleset()),
            RulesetChoice::Custom(r) => Ok(r),
            RulesetChoice::Invalid(invalid) => Err(invalid),
        }
    }
}

/// The options argument, read.
#[derive(Debug, Clone)]
pub struct Options {
    /// Message language.
    pub lang: Lang,
    /// The ruleset.
    pub ruleset: RulesetChoice,
    /// Findings about the options themselves (an unknown language).
    pub notes: Vec<Note>,
}

/// An argument that is not an object at all: the one case where the API throws (a `TypeError`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAnObject {
    /// What was expected, e.g. `a referral object`.
    pub expected: &'static str,
    /// What was given, e.g. `number`.
    pub got: &'static str,
}

impl std::fmt::Display for NotAnObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "mestring: expected {}, got {}", self.expected, self.got)
    }
}

/// Reads the options argument (`None`, `null` or `undefined` mean all defaults).
pub fn read_options(v: Option<&Value>) -> Result<Options, NotAnObject> {
    let mut notes = Vec::new();
    let v = match v {
        None | Some(Value::Null) => {
            return Ok(Options { lang: Lang::Da, ruleset: RulesetChoice::Default, notes })
        }
        Some(v @ Value::Object(_)) => v,
        Some(other) => {
            return Err(NotAnObject { expected: "an options object", got: other.kind() })
        }
    };
    let lang = match v.get("lang") {
        None | Some(Value::Null) => Lang::Da,
        Some(Value::String(s)) if Lang::parse(s).is_some() => Lang::parse(s).unwrap_or_default(),
        Some(_) => {
            notes.push(
                Note::new(
                    Rule::InputInvalid,
                    "unknownValue",
                    Severity::Error,
                    Some("options.lang"),
                )
                .arg("allowed", Arg::Text("da, en".to_string())),
            );
            Lang::Da
        }
    };
    let ruleset = match v.get("ruleset") {
        None | Some(Value::Null) => RulesetChoice::Default,
        Some(rs) => match ruleset::read(rs) {
            Ok(r) => RulesetChoice::Custom(Box::new(r)),
            Err(problems) => {
                let text = |k| match rs.get(k) {
                    Some(Value::String(s)) => s.to_string(),
                    _ => String::new(),
                };
                RulesetChoice::Invalid(InvalidRuleset {
                    id: text("id"),
                    version: text("version"),
                    problems,
                })
            }
        },
    };
    Ok(Options { lang, ruleset, notes })
}

fn require_object(v: &Value, expected: &'static str) -> Result<(), NotAnObject> {
    match v {
        Value::Object(_) => Ok(()),
        other => Err(NotAnObject { expected, got: other.kind() }),
    }
}

/// One `input.invalid` note for each object of `input` that had more entries than the limit
/// (lists and strings over their limits are reported by the field readers), on paths under
/// `prefix`.
fn too_large_notes(input: &Value, prefix: &str) -> Vec<Note> {
    input
        .too_large_paths()
        .into_iter()
        .map(|p| {
            let path = [prefix, p.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(".");
            Note::new(
                Rule::InputInvalid,
                "tooLarge",
                Severity::Error,
                (!path.is_empty()).then_some(path.as_str()),
            )
        })
        .collect()
}

/// What every one-argument check does around its core: read the options, refuse a non-object
/// with a `TypeError`, report inputs over the limits, then run the check.
fn api<T>(
    input: &Value,
    options: Option<&Value>,
    expected: &'static str,
    check: impl FnOnce(&Value, Lang, &RulesetChoice, Vec<Note>) -> T,
) -> Result<T, NotAnObject> {
    let options = read_options(options)?;
    require_object(input, expected)?;
    let mut notes = options.notes;
    notes.extend(too_large_notes(input, ""));
    Ok(check(input, options.lang, &options.ruleset, notes))
}

/// `checkReferral(referral, options)`: the target-group check. Fails only when `referral` is not
/// an object.
pub fn check_referral(
    referral: &Value,
    options: Option<&Value>,
) -> Result<ReferralResult, NotAnObject> {
    api(referral, options, "a referral object", |input, lang, ruleset, mut notes| {
        notes.extend(unknown::notes(input, unknown::REFERRAL));
        referral::check(input, lang, ruleset, notes)
    })
}

/// `planCourse(input, options)`: a dated course plan with its findings.
pub fn plan_course(
    input: &Value,
    options: Option<&Value>,
) -> Result<plan::PlanResult, NotAnObject> {
    api(input, options, "a plan input object", plan::plan_course)
}

/// `checkPlan(plan, options)`: findings on a (caseworker-edited) plan.
pub fn check_plan(
    input: &Value,
    options: Option<&Value>,
) -> Result<plan::CheckResult, NotAnObject> {
    api(input, options, "a plan object", plan::check_plan)
}

/// `checkTeam(team, options)`: team size and composition.
pub fn check_team(
    input: &Value,
    options: Option<&Value>,
) -> Result<plan::CheckResult, NotAnObject> {
    api(input, options, "a team object", plan::check_team)
}

/// `checkMentorAgreement(agreement, options)`.
pub fn check_mentor_agreement(
    input: &Value,
    options: Option<&Value>,
) -> Result<agreements::AgreementResult, NotAnObject> {
    api(input, options, "a mentor agreement object", agreements::check_mentor)
}

/// `checkInternshipAgreement(agreement, options)`.
pub fn check_internship_agreement(
    input: &Value,
    options: Option<&Value>,
) -> Result<agreements::AgreementResult, NotAnObject> {
    api(input, options, "an internship agreement object", agreements::check_internship)
}

/// `checkSupplierAgreement(agreement, options)`.
pub fn check_supplier_agreement(
    input: &Value,
    options: Option<&Value>,
) -> Result<agreements::AgreementResult, NotAnObject> {
    api(input, options, "a supplier agreement object", agreements::check_supplier)
}

/// `checkCaseload(mentor, options)`.
pub fn check_caseload(
    input: &Value,
    options: Option<&Value>,
) -> Result<caseload::CaseloadResult, NotAnObject> {
    api(input, options, "a mentor object", caseload::check)
}

/// `transition(state, event, options)`: one step of the participant workflow.
pub fn transition(
    state: &Value,
    event: &Value,
    options: Option<&Value>,
) -> Result<workflow::TransitionResult, NotAnObject> {
    let options = read_options(options)?;
    require_object(state, "a state object")?;
    require_object(event, "an event object")?;
    let mut notes = options.notes;
    notes.extend(too_large_notes(state, "state"));
    notes.extend(too_large_notes(event, "event"));
    Ok(workflow::transition(state, event, options.lang, &options.ruleset, notes))
}

/// `version()`: package and ruleset versions.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Versions {
    /// The package version.
    pub package: &'static str,
    /// The embedded ruleset's id.
    pub ruleset_id: String,
    /// The embedded ruleset's version.
    pub ruleset_version: String,
}

/// Package and embedded ruleset versions.
pub fn versions() -> Versions {
    let rs = ruleset::default_ruleset();
    Versions { package: VERSION, ruleset_id: rs.id.clone(), ruleset_version: rs.version.clone() }
}
