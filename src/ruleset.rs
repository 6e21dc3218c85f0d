//! Rules as data: the target group and the dated legal parameters.
//!
//! The catalogue's first recommendation is to *specify the target group* (p. 13): municipalities
//! change it. So the target group is a ruleset, not code; the catalogue's example (figure 2) is
//! the embedded default (`rules/default.json`), which `defaultRuleset()` hands out and a portal
//! may pass back changed. Legal parameters are dated values, each with its citation, read as of a
//! date (the way OpenFisca dates parameters).
//!
//! Reading a ruleset never fails: every missing or wrong field is reported with its path, and a
//! ruleset with any such problem is not used for an assessment.
//!
//! The ruleset's shape is declared once ([`crate::shape`]): the objects below with
//! `shape!`, the target group's part in `rules/target_group.rs`, the dated parameters in
//! [`PARAMETERS`]. The structs, their reader, the TypeScript declarations and `docs/RULESET.md`
//! all follow from those declarations.

use chrono::NaiveDate;

use crate::date;
use crate::finding::Source;
use crate::rules::Rule;
use crate::shape::{int, Cite, Day, MapKey, Obj, Reader, Remark, Shape, Text, Valued};
use crate::value::Value;
use crate::{InvalidRuleset, RulesetChoice};

pub use crate::rules::target_group::{
    AbuseRule, AgeRange, BarrierRule, Benefit, BenefitRule, CategoryWarning, CourseLength,
    Required, TargetGroup,
};

/// The embedded default ruleset, as JSON text.
pub const DEFAULT_JSON: &str = include_str!("rules/default.json");

/// The ruleset a check judges by. When the caller's copy cannot be used, its problems join
/// `notes` (one `ruleset.invalid` each) and the check makes no assessment: every check answers an
/// unusable ruleset the same way, through this one function.
pub(crate) fn judge_by<'a>(
    choice: &'a RulesetChoice,
    notes: &mut Vec<crate::finding::Note>,
) -> Result<&'a Ruleset, &'a InvalidRuleset> {
    let usable = choice.usable();
    if let Err(invalid) = usable {
        notes.extend(invalid.notes());
    }
    usable
}

/// Barrier kinds the referral form knows.
pub const BARRIER_KINDS: &[&str] = &["adhd", "anxiety", "depression", "other"];
/// Barrier severities the referral form knows.
pub const SEVERITIES: &[&str] = &["mild", "moderate", "severe"];
/// Visitation categories (LAB 2019 § 6).
pub const CATEGORIES: &[&str] =
    &["jobparat", "aktivitetsparat", "uddannelsesparat", "ikke_visiteret"];

/// A dated parameter a ruleset gives: its id, whether it is law (then it is required and cannot
/// be switched off by leaving it out), and the range of a sensible value.
pub struct ParameterDecl {
    /// Id, e.g. `mentor.maxPeriodMonths`.
    pub id: &'static str,
    /// Whether it is law rather than practice.
    pub law: bool,
    /// Smallest sensible value.
    pub lo: f64,
    /// Largest sensible value.
    pub hi: f64,
    /// What it is (the documentation's table).
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
}

const fn param(id: &'static str, law: bool, lo: f64, hi: f64, doc: &'static str) -> ParameterDecl {
    #[cfg(target_arch = "wasm32")]
    let _ = doc;
    ParameterDecl {
        id,
        law,
        lo,
        hi,
        #[cfg(not(target_arch = "wasm32"))]
        doc,
    }
}

/// Every dated parameter a ruleset gives, declared once: the reader requires the legal ones,
/// refuses an id not here and a value outside its range; the TypeScript `ParameterId` and
/// `docs/RULESET.md` list them from here.
pub const PARAMETERS: &[ParameterDecl] = &[
    param("mentor.maxPeriodMonths", true, 1.0, 60.0, "Longest mentor support period, in months."),
    param("mentor.psychiatricMonthsBeforeDischarge", true, 0.0, 24.0, "How many months before a discharge from psychiatric admission mentor support may start."),
    param("mentor.psychiatricMonthsInAll", true, 1.0, 60.0, "How long mentor support around a discharge may last in all, in months."),
    param("mentor.maxContactIntervalDays", true, 1.0, 366.0, "Most days between contacts of mentor and citizen, for a citizen who cannot take part in other offers (null: no legal minimum from that date)."),
    param("internship.maxWeeks.aktivitetsparat", true, 1.0, 104.0, "Longest internship for an activity-ready citizen, in weeks."),
    param("internship.maxWeeks.jobparat", true, 1.0, 104.0, "Longest internship for a job-ready citizen, in weeks."),
    param("internship.maxWeeks.jobparatWithoutExperience", true, 1.0, 104.0, "Longest internship for a job-ready citizen without work experience, in weeks."),
    param("internship.maxWeeksExtended", true, 1.0, 104.0, "Longest internship after a concrete assessment, in weeks."),
    param("internship.furtherExtensionWeeks", true, 1.0, 104.0, "Longest further period beyond the extended limit, in weeks."),
    param("internship.maxHoursPerWeek", true, 1.0, 168.0, "Most internship hours a week."),
    param("course.mentorContactIntervalDays", false, 1.0, 366.0, "Days between a mentor's contacts in one municipality's practice (mentor case 6; a warning)."),
    param("mentor.caseloadPerFullTime", false, 1.0, 1000.0, "Most citizens per full-time mentor in one municipality's practice (mentor case 6; a warning)."),
    param("mentor.fullTimeHours", false, 1.0, 168.0, "A full-time mentor's hours a week (mentor case 6), for citizens per full-time mentor."),
];

/// A number with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Sourced<T> {
    /// The value.
    pub value: T,
    /// Its citation.
    pub source: Source,
}

crate::shape! {
    /// A whole ruleset: a copy of `defaultRuleset()`, possibly changed.
    pub struct Ruleset as "Ruleset" {
        /// Stable id, e.g. `mestring-katalog-2013`.
        pub id: String = "id" Text,
        /// Version of this ruleset.
        pub version: String = "version" Text,
        /// A title for people; nothing depends on it.
        pub title: Option<String> = "title" Remark,
        /// The target group.
        pub target_group: TargetGroup = "targetGroup" Obj,
        /// The course: phases, teaching days, team, cadence.
        pub course: Course = "course" Obj,
        /// Dated parameters by id, e.g. `mentor.maxPeriodMonths`. Every legal one is required.
        pub parameters: Vec<Parameter> = "parameters" Parameters,
        /// When the legal parameters were checked and the last date they are known to apply.
        pub law: LawStatus = "law" Obj,
    }

    /// When the legal parameters were last checked against consolidated law, and the last date
    /// they are known to apply (a new main law is announced for 1 January 2027).
    pub struct LawStatus as "LawStatus" {
        /// The date the legal parameters were last checked.
        pub checked_on: NaiveDate = "checkedOn" Day,
        /// The last date they are known to apply; after it a result carries `law.unverified`.
        pub known_until: NaiveDate = "knownUntil" Day,
        /// What is known of the law after that date.
        pub source: Source = "source" Cite,
    }

    /// The course's rules (catalogue p. 4-5, 9, 11-23).
    pub struct Course as "CourseRules" {
        /// Teaching days a week in the teaching phase.
        pub teaching_days_per_week: Sourced<i64> = "teachingDaysPerWeek" Valued(int(1, 7)),
        /// Teaching days a week during the internship.
        pub internship_teaching_days_per_week: Sourced<i64> =
            "internshipTeachingDaysPerWeek" Valued(int(1, 7)),
        /// Months between status meetings.
        pub status_meeting_months: Sourced<i64> = "statusMeetingMonths" Valued(int(1, 24)),
        /// Days between mentor reports.
        pub mentor_report_days: Sourced<i64> = "mentorReportDays" Valued(int(1, 365)),
        /// Team size: allowed and recommended.
        pub team: TeamSize = "team" Obj,
        /// How far one participant may stand out from the others.
        pub team_composition: TeamComposition = "teamComposition" Obj,
        /// Whether the internship agreement should be in place before teaching starts (warning).
        pub internship_agreement_before_teaching: Required =
            "internshipAgreementBeforeTeaching" Obj,
        /// Aftercare levels allowed.
        pub aftercare_levels: AftercareLevels = "aftercareLevels" Obj,
        /// The profiles by id: `playbook` and `recommended` at least.
        pub profiles: Vec<Profile> = "profiles" Profiles,
    }

    /// Team size: outside min..max departs from the profile (error), outside the recommended
    /// range from a recommendation (warning).
    pub struct TeamSize as "TeamSizeRules" checked by check_team {
        /// Fewest participants allowed.
        pub min: i64 = "min" int(0, 520),
        /// Most participants allowed.
        pub max: i64 = "max" int(0, 520),
        /// Fewest recommended.
        pub recommended_min: i64 = "recommendedMin" int(0, 520),
        /// Most recommended.
        pub recommended_max: i64 = "recommendedMax" int(0, 520),
        /// Its citation.
        pub source: Source = "source" Cite,
    }

    /// How far one participant may stand out from the others.
    pub struct TeamComposition as "TeamComposition" {
        /// How many years one participant's age may differ from the median of the others.
        pub max_years_from_others: i64 = "maxYearsFromOthers" int(0, 150),
        /// Its citation.
        pub source: Source = "source" Cite,
    }

    /// The aftercare levels allowed.
    pub struct AftercareLevels as "AftercareLevels" {
        /// Lowest level.
        pub min: i64 = "min" int(0, 9),
        /// Highest level.
        pub max: i64 = "max" int(0, 9),
        /// Its citation.
        pub source: Source = "source" Cite,
    }

    /// A rule profile: `playbook` (the course as the playbook defines it) or `recommended` (the
    /// catalogue's adjustments).
    pub struct Profile as "ProfileRules" {
        /// `playbook` or `recommended`: its key among the profiles.
        pub id: String = "" MapKey,
        /// Preparation weeks.
        pub preparation: Range = "preparation" Obj,
        /// Teaching weeks.
        pub teaching: Range = "teaching" Obj,
        /// Internship-and-follow-up weeks.
        pub internship: Range = "internship" Obj,
        /// Where the profile comes from.
        pub source: Source = "source" Cite,
    }

    /// A phase's length in weeks under a profile: outside min..max departs from the profile
    /// (error), outside the recommended range from a recommendation (warning).
    #[derive(Copy, Eq)]
    pub struct Range as "PhaseRange" checked by check_range {
        /// Shortest allowed.
        pub min: i64 = "min" int(0, 520),
        /// Longest allowed.
        pub max: i64 = "max" int(0, 520),
        /// Shortest recommended.
        pub recommended_min: i64 = "recommendedMin" int(0, 520),
        /// Longest recommended.
        pub recommended_max: i64 = "recommendedMax" int(0, 520),
        /// What `planCourse` uses when no length is given.
        pub default: i64 = "default" int(0, 520),
    }
}

/// `min <= recommendedMin <= recommendedMax <= max`.
fn ordered(r: &mut Reader, path: &str, min: i64, rmin: i64, rmax: i64, max: i64) {
    if !(min <= rmin && rmin <= rmax && rmax <= max) {
        r.fail(path, "min <= recommendedMin <= recommendedMax <= max");
    }
}

fn check_team(t: &TeamSize, r: &mut Reader, path: &str) {
    ordered(r, path, t.min, t.recommended_min, t.recommended_max, t.max);
}

fn check_range(t: &Range, r: &mut Reader, path: &str) {
    ordered(r, path, t.min, t.recommended_min, t.recommended_max, t.max);
    if !(t.min..=t.max).contains(&t.default) {
        r.fail(&format!("{path}.default"), "a default within min..max");
    }
}

/// The profiles, by id; `playbook` and `recommended` are required.
struct Profiles;

impl crate::shape::Kind<Vec<Profile>> for Profiles {
    fn read(&self, r: &mut Reader, ps: &Value, pp: &str) -> Vec<Profile> {
        if !matches!(ps, Value::Object(_)) {
            r.fail(pp, "object");
        }
        let mut profiles = Vec::new();
        if let Value::Object(entries) = ps {
            for (id, p) in entries {
                let path = format!("{pp}.{id}");
                if !matches!(p, Value::Object(_)) {
                    r.fail(&path, "{ preparation, teaching, internship, source }");
                    continue;
                }
                let mut profile = Profile::read(r, p, &path);
                profile.id = id.to_string();
                profiles.push(profile);
            }
        }
        for required in ["playbook", "recommended"] {
            if !profiles.iter().any(|p| p.id == required) {
                r.fail(&format!("{pp}.{required}"), "a profile");
            }
        }
        profiles
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> crate::shape::Ty {
        crate::shape::Ty::Map(Profile::describe)
    }
}

impl Course {
    /// The profile with this id.
    pub fn profile(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }
}

/// One dated parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// Id, e.g. `mentor.maxPeriodMonths`.
    pub id: String,
    /// Unit, e.g. `months`.
    pub unit: String,
    /// Whether it is law (a legal parameter) rather than practice.
    pub law: bool,
    /// Values in order of their start dates.
    pub values: Vec<Dated>,
}

/// A parameter's value from a date on.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    /// In force from this date; `None` for "as far back as this ruleset reaches".
    pub from: Option<NaiveDate>,
    /// In force until this date (inclusive); `None` until the next value or for good.
    pub to: Option<NaiveDate>,
    /// The value; `None` where the rule does not apply from that date.
    pub value: Option<f64>,
    /// Whether its wording was confirmed in the consolidated law; an unconfirmed legal value
    /// gives warnings, never errors.
    pub confirmed: bool,
    /// Citation.
    pub source: Source,
}

impl Ruleset {
    /// The value of parameter `id` in force on `on`, with its citation; `None` when the parameter
    /// is unknown, not yet in force, or suspended on that date.
    pub fn parameter(&self, id: &str, on: NaiveDate) -> Option<(f64, &Source)> {
        lookup(&self.parameters, id, on).map(|(v, d)| (v, &d.source))
    }

    /// A legal parameter on `on`: its value, citation and the severity a departure from it has
    /// (an error only where its wording is confirmed).
    pub fn law(&self, id: &str, on: NaiveDate) -> Option<(f64, &Source, crate::finding::Severity)> {
        lookup(&self.parameters, id, on).map(|(v, d)| {
            (
                v,
                &d.source,
                if d.confirmed {
                    crate::finding::Severity::Error
                } else {
                    crate::finding::Severity::Warning
                },
            )
        })
    }

    /// The course's length in weeks under the default profile, as `planCourse` plans it when no
    /// lengths are given: `recommended` is that profile (`course.profile("recommended")`, looked
    /// up by the caller, which may also cite its source).
    pub fn course_weeks(&self, recommended: Option<&Profile>) -> i64 {
        recommended.map_or(i64::from(self.target_group.course.min_weeks), |p| {
            p.preparation.default + p.teaching.default + p.internship.default
        })
    }

    /// The `law.unverified` note when a legal parameter is applied for a date after the last date
    /// the ruleset's law is known to apply.
    pub fn unverified(&self, on: NaiveDate) -> Option<crate::finding::Note> {
        (on > self.law.known_until).then(|| {
            crate::finding::Note::new(
                Rule::LawUnverified,
                "after",
                crate::finding::Severity::Info,
                None,
            )
            .arg("date", crate::finding::Arg::Date(self.law.known_until))
            .arg("checked", crate::finding::Arg::Date(self.law.checked_on))
            .source(&self.law.source)
        })
    }
}

/// The value of parameter `id` among `params` on `on`, with its citation.
fn lookup<'p>(params: &'p [Parameter], id: &str, on: NaiveDate) -> Option<(f64, &'p Dated)> {
    let p = params.iter().find(|p| p.id == id)?;
    let d = p.values.iter().rev().find(|d| d.from.is_none_or(|f| f <= on))?;
    if d.to.is_some_and(|t| on > t) {
        return None;
    }
    Some((d.value?, d))
}

/// A problem in a ruleset: the path of the field and what was expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Dotted path inside the ruleset.
    pub path: String,
    /// What the field should hold, in technical terms (`number`, `YYYY-MM-DD`, ...).
    pub expected: String,
}

/// Reads a ruleset; on any problem returns them all, each with its path.
pub fn read(v: &Value) -> Result<Ruleset, Vec<Problem>> {
    read_as(v, false)
}

/// [`read`], for the embedded ruleset when `embedded` (see [`Reader::text`]).
fn read_as(v: &Value, embedded: bool) -> Result<Ruleset, Vec<Problem>> {
    let mut r = Reader { problems: Vec::new(), embedded };
    let ruleset = Ruleset::read(&mut r, v, "");
    if r.problems.is_empty() {
        Ok(ruleset)
    } else {
        Err(r.problems)
    }
}

/// The dated parameters, by id: each one of [`PARAMETERS`], every legal one present, each with
/// its values in order of date and within its range.
struct Parameters;

impl crate::shape::Kind<Vec<Parameter>> for Parameters {
    fn read(&self, r: &mut Reader, params: &Value, pp: &str) -> Vec<Parameter> {
        if !matches!(params, Value::Object(_)) {
            r.fail(pp, "object");
        }
        let Value::Object(entries) = params else { return Vec::new() };
        let mut out = Vec::new();
        for (id, p) in entries {
            let path = format!("{pp}.{id}");
            // A misnamed parameter would leave the real one missing: both are reported.
            let Some(decl) = PARAMETERS.iter().find(|k| k.id == &**id) else {
                r.fail(&path, "a known parameter id (see defaultRuleset())");
                continue;
            };
            let (law, lo, hi) = (decl.law, decl.lo, decl.hi);
            if !matches!(p, Value::Object(_)) {
                r.fail(&path, "{ unit, values }");
                continue;
            }
            let unit = r.read(p, &path, "unit", &Text);
            let kind = if law { "law" } else { "practice" };
            if !matches!(p.get("kind"), Some(Value::String(k)) if &**k == kind) {
                r.fail(&format!("{path}.kind"), kind);
            }
            let (vals, vp) = r.field(p, &path, "values");
            let Value::Array(items) = vals else {
                r.fail(&vp, "list of { from, to?, value, source }");
                continue;
            };
            if items.is_empty() {
                r.fail(&vp, "at least one dated value");
            }
            let mut values: Vec<Dated> = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let ip = format!("{vp}.{i}");
                if !matches!(item, Value::Object(_)) {
                    r.fail(&ip, "{ from, to?, value, source }");
                    continue;
                }
                let from: Option<NaiveDate> = r.read(item, &ip, "from", &Day);
                let to: Option<NaiveDate> = r.read(item, &ip, "to", &Day);
                if let (Some(f), Some(t)) = (from, to) {
                    if t < f {
                        r.fail(&format!("{ip}.to"), "a date on or after from");
                    }
                }
                let value = match item.get("value").unwrap_or(&Value::Null) {
                    Value::Null => None,
                    Value::Number(n) if n.is_finite() && *n >= lo && *n <= hi => Some(*n),
                    _ => {
                        r.fail(
                            &format!("{ip}.value"),
                            &format!("null or a number from {} to {}", lo as i64, hi as i64),
                        );
                        None
                    }
                };
                let confirmed = match item.get("confirmed") {
                    None | Some(Value::Null) => true,
                    Some(Value::Bool(b)) => *b,
                    Some(_) => {
                        r.fail(&format!("{ip}.confirmed"), "true or false");
                        true
                    }
                };
                let source = r.read(item, &ip, "source", &Cite);
                if let Some(prev) = values.last() {
                    if from.is_none()
                        || prev.from.is_some_and(|pf| from.is_some_and(|f| f <= pf))
                        || prev.to.is_some_and(|pt| from.is_some_and(|f| f <= pt))
                    {
                        r.fail(&format!("{ip}.from"), "dates in increasing order, null only first");
                    }
                }
                values.push(Dated { from, to, value, confirmed, source });
            }
            out.push(Parameter { id: id.to_string(), unit, law, values });
        }
        for decl in PARAMETERS {
            let id = decl.id;
            if decl.law
                && !out.iter().any(|p| p.id == id)
                && !r.problems.iter().any(|p| p.path == format!("{pp}.{id}"))
            {
                r.fail(
                    &format!("{pp}.{id}"),
                    "the legal parameter (a ruleset cannot leave out the law)",
                );
            }
        }
        consistent(r, &out, pp);
        out
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> crate::shape::Ty {
        crate::shape::Ty::Custom {
            ts: "{ [K in LegalParameterId]: DatedParameter } & { [K in PracticeParameterId]?: DatedParameter }",
            decls: DATED_PARAMETER_TS,
            shown: "one entry per parameter id (below): `{ unit, kind, values: [{ from, to?, value, confirmed?, source }] }`",
        }
    }
}

/// The TypeScript declaration of a dated parameter, beside its reader above.
#[cfg(not(target_arch = "wasm32"))]
const DATED_PARAMETER_TS: &str = r#"export interface DatedParameter {
  unit: string;
  /** `law` for a legal parameter (required, cannot be switched off), `practice` otherwise. */
  kind: "law" | "practice";
  /** In order of `from`; `from: null` only first ("as far back as this ruleset reaches"). */
  values: Array<{
    from: IsoDate | null;
    /** Last day the value applies (inclusive); none: until the next value. */
    to?: IsoDate | null;
    /** `null`: no rule from that date. */
    value: number | null;
    /** `false` where the wording of the law could not be confirmed: warnings, never errors. */
    confirmed?: boolean;
    source: Source;
  }>;
}

"#;

/// Values that contradict each other on some date: the 13-week limit above the 26-week maximum,
/// the 4-week limit above the 13-week one.
fn consistent(r: &mut Reader, params: &[Parameter], pp: &str) {
    let mut dates: Vec<NaiveDate> = params
        .iter()
        .flat_map(|p| p.values.iter().flat_map(|d| [d.from, d.to]))
        .flatten()
        .collect();
    dates.push(date::EARLIEST);
    for (low, high) in [
        ("internship.maxWeeks.aktivitetsparat", "internship.maxWeeksExtended"),
        ("internship.maxWeeks.jobparatWithoutExperience", "internship.maxWeeksExtended"),
        ("internship.maxWeeks.jobparat", "internship.maxWeeks.jobparatWithoutExperience"),
        ("mentor.psychiatricMonthsBeforeDischarge", "mentor.psychiatricMonthsInAll"),
    ] {
        for on in &dates {
            if let (Some((a, _)), Some((b, _))) =
                (lookup(params, low, *on), lookup(params, high, *on))
            {
                if a > b {
                    r.fail(
                        &format!("{pp}.{low}"),
                        &format!("at most {high} on {}", date::iso(*on)),
                    );
                    break;
                }
            }
        }
    }
}

/// The embedded default, read once.
pub fn default_ruleset() -> &'static Ruleset {
    static DEFAULT: std::sync::OnceLock<Ruleset> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(|| {
        // `let else` rather than `Result::expect`: no Debug formatting in the wasm build.
        let Ok(v) = Value::parse_json(DEFAULT_JSON) else {
            unreachable!("embedded ruleset is JSON (tested)")
        };
        let Ok(r) = read_as(&v, true) else { unreachable!("embedded ruleset is valid (tested)") };
        r
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn default_value() -> Value {
        Value::from(&serde_json::from_str::<serde_json::Value>(DEFAULT_JSON).unwrap())
    }

    /// Only the embedded ruleset's source texts are kept for the life of the program: a caller's
    /// ruleset, read on every call that passes one, shares its texts and frees them.
    #[test]
    fn only_the_embedded_rulesets_sources_are_static() {
        use crate::finding::Str;
        let embedded = &default_ruleset().target_group.age.source;
        assert!(matches!((&embedded.title, &embedded.reference), (Str::Static(_), Str::Static(_))));
        let callers = read(&default_value()).unwrap().target_group.age.source;
        assert!(matches!((&callers.title, &callers.reference), (Str::Shared(_), Str::Shared(_))));
        assert_eq!(&callers, embedded);
    }

    fn d(s: &str) -> NaiveDate {
        date::parse_iso(s).unwrap()
    }

    #[test]
    fn the_default_is_the_catalogue_example() {
        let r = default_ruleset();
        assert_eq!((r.target_group.age.min, r.target_group.age.max), (25, 30));
        assert_eq!(&*r.target_group.barriers.kinds, ["adhd", "anxiety", "depression"]);
        assert_eq!(&*r.target_group.barriers.severities, ["mild"]);
        assert_eq!(r.target_group.substance_abuse.sobriety_months, 1);
        assert!(r.target_group.age.source.reference.contains("13"));
    }

    #[test]
    fn parameters_are_read_as_of_a_date() {
        let r = default_ruleset();
        assert_eq!(r.parameter("mentor.maxPeriodMonths", d("2019-12-31")), None);
        let (v, src) = r.parameter("mentor.maxPeriodMonths", d("2020-01-01")).unwrap();
        assert_eq!(v, 6.0);
        assert!(src.reference.contains("167"));
        assert_eq!(r.parameter("mentor.maxContactIntervalDays", d("2015-12-31")).unwrap().0, 7.0);
        assert_eq!(r.parameter("mentor.maxContactIntervalDays", d("2016-01-01")).unwrap().0, 14.0);
        assert_eq!(r.parameter("mentor.maxContactIntervalDays", d("2027-01-01")), None);
        assert_eq!(r.parameter("no.such", d("2016-01-01")), None);
    }

    #[test]
    fn every_problem_is_reported_with_its_path() {
        let mut v = default_value();
        if let Value::Object(top) = &mut v {
            for (k, x) in top.iter_mut() {
                if k == "targetGroup" {
                    if let Value::Object(tg) = x {
                        for (k2, y) in tg.iter_mut() {
                            if k2 == "age" {
                                *y =
                                    Value::Object(vec![("min".into(), Value::String("18".into()))]);
                            }
                        }
                    }
                }
            }
        }
        let problems = read(&v).unwrap_err();
        let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
        assert!(paths.contains(&"targetGroup.age.min"), "{paths:?}");
        assert!(paths.contains(&"targetGroup.age.max"), "{paths:?}");
        assert!(paths.contains(&"targetGroup.age.source"), "{paths:?}");
        assert_eq!(read(&Value::Null).unwrap_err()[0].path, "");
        let empty: Vec<_> =
            read(&Value::Object(vec![])).unwrap_err().into_iter().map(|p| p.path).collect();
        assert_eq!(empty, ["id", "version", "targetGroup", "course", "parameters", "law"]);
    }

    fn problems_of(text: &str) -> Vec<String> {
        let v = Value::from(&serde_json::from_str::<serde_json::Value>(text).unwrap());
        read(&v).map(|_| Vec::new()).unwrap_or_else(|p| p.into_iter().map(|p| p.path).collect())
    }

    /// A ruleset cannot switch off the law: leaving a legal parameter out, misnaming it, giving it
    /// an absurd value or contradicting another one makes the ruleset unusable.
    #[test]
    fn a_ruleset_cannot_switch_off_the_law() {
        assert!(problems_of(DEFAULT_JSON).is_empty());
        let misnamed = DEFAULT_JSON
            .replace("\"internship.maxWeeksExtended\"", "\"internship.maxWeeksExtendet\"");
        let p = problems_of(&misnamed);
        assert!(p.contains(&"parameters.internship.maxWeeksExtendet".to_string()), "{p:?}");
        assert!(p.contains(&"parameters.internship.maxWeeksExtended".to_string()), "{p:?}");
        let absurd = DEFAULT_JSON.replacen("\"value\": 26,", "\"value\": 1e9,", 1);
        assert_ne!(absurd, DEFAULT_JSON);
        assert_eq!(problems_of(&absurd), ["parameters.internship.maxWeeksExtended.values.0.value"]);
        let inverted = DEFAULT_JSON.replacen("\"value\": 26,", "\"value\": 10,", 1);
        let p = problems_of(&inverted);
        assert!(p.contains(&"parameters.internship.maxWeeks.aktivitetsparat".to_string()), "{p:?}");
        let practice = DEFAULT_JSON.replacen("\"kind\": \"law\"", "\"kind\": \"practice\"", 1);
        assert_eq!(problems_of(&practice), ["parameters.mentor.maxPeriodMonths.kind"]);
        let mut v = default_value();
        if let Value::Object(top) = &mut v {
            for (k, x) in top.iter_mut() {
                if k == "parameters" {
                    if let Value::Object(ps) = x {
                        ps.retain(|(id, _)| id != "mentor.maxPeriodMonths");
                    }
                }
            }
        }
        let p: Vec<_> = read(&v).unwrap_err().into_iter().map(|p| p.path).collect();
        assert_eq!(p, ["parameters.mentor.maxPeriodMonths"]);
        let min_above_max = DEFAULT_JSON.replacen("\"min\": 25,", "\"min\": 35,", 1);
        assert_eq!(problems_of(&min_above_max), ["targetGroup.age.max"]);
    }

    /// The dated parameters are declared once ([`PARAMETERS`]): each legal one left out is
    /// reported on its own path, a practice one may be left out, and an id the declaration does
    /// not have is refused, all from that one list.
    #[test]
    fn a_missing_legal_parameter_and_an_unknown_one_are_reported_from_the_declaration() {
        let without = |id: &str| {
            let mut v = default_value();
            if let Value::Object(top) = &mut v {
                for (k, x) in top.iter_mut() {
                    if let (true, Value::Object(ps)) = (k == "parameters", x) {
                        ps.retain(|(key, _)| key != id);
                    }
                }
            }
            read(&v).err().unwrap_or_default().into_iter().map(|p| p.path).collect::<Vec<_>>()
        };
        assert!(PARAMETERS.iter().any(|p| p.law) && PARAMETERS.iter().any(|p| !p.law));
        for p in PARAMETERS {
            let expected: Vec<String> =
                if p.law { vec![format!("parameters.{}", p.id)] } else { Vec::new() };
            assert_eq!(without(p.id), expected, "{}", p.id);
        }
        let unknown = DEFAULT_JSON.replacen(
            "\"parameters\": {",
            "\"parameters\": { \"mentor.noSuchLimit\": { \"unit\": \"days\", \"kind\": \"law\", \"values\": [] },",
            1,
        );
        assert_ne!(unknown, DEFAULT_JSON);
        assert_eq!(problems_of(&unknown), ["parameters.mentor.noSuchLimit"]);
        let p = read(&default_value()).unwrap();
        assert_eq!(p.parameters.len(), PARAMETERS.len(), "the default gives every declared one");
    }

    #[test]
    fn legal_values_carry_their_period_and_whether_they_are_confirmed() {
        let r = default_ruleset();
        assert_eq!(
            r.parameter("mentor.maxContactIntervalDays", d("2013-12-31")),
            None,
            "before the 2014 reform"
        );
        assert_eq!(r.parameter("mentor.maxContactIntervalDays", d("2014-01-01")).unwrap().0, 7.0);
        assert_eq!(r.parameter("mentor.maxContactIntervalDays", d("2019-12-31")).unwrap().0, 14.0);
        assert_eq!(
            r.parameter("mentor.maxContactIntervalDays", d("2020-01-01")),
            None,
            "no confirmed minimum from 2020"
        );
        let (_, src, sev) = r.law("internship.maxWeeks.aktivitetsparat", d("2027-01-04")).unwrap();
        assert!(src.title.contains("ikke bekræftet"));
        assert_eq!(sev, crate::finding::Severity::Warning, "stk. 1's wording is not confirmed");
        assert_eq!(
            r.law("internship.maxWeeksExtended", d("2027-01-04")).unwrap().2,
            crate::finding::Severity::Error
        );
        assert!(r.unverified(d("2026-12-31")).is_none());
        assert!(r.unverified(d("2027-01-01")).is_some());
        assert_eq!(
            r.target_group.benefits_on(Some(d("2025-06-30"))),
            ["kontanthjaelp", "uddannelseshjaelp"]
        );
        assert_eq!(r.target_group.benefits_on(Some(d("2025-07-01"))), ["kontanthjaelp"]);
        assert_eq!(r.target_group.benefits_on(Some(d("2013-12-31"))), ["kontanthjaelp"]);
        // Every legal parameter is dated and cites its source.
        for p in r.parameters.iter().filter(|p| p.law) {
            for v in &p.values {
                assert!(v.from.is_some(), "{}", p.id);
                assert!(!v.source.title.is_empty() && !v.source.reference.is_empty(), "{}", p.id);
            }
        }
    }

    #[test]
    fn parameter_dates_must_increase() {
        let text = DEFAULT_JSON.replace("\"from\": \"2016-01-01\"", "\"from\": \"2014-06-01\"");
        let v = Value::from(&serde_json::from_str::<serde_json::Value>(&text).unwrap());
        let problems = read(&v).unwrap_err();
        assert_eq!(problems[0].path, "parameters.mentor.maxContactIntervalDays.values.1.from");
    }
}
