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

use chrono::NaiveDate;

use crate::date;
use crate::finding::Source;
use crate::rules::Rule;
use crate::value::Value;
use crate::{InvalidRuleset, RulesetChoice};

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

/// A whole ruleset.
#[derive(Debug, Clone, PartialEq)]
pub struct Ruleset {
    /// Stable id, e.g. `mestring-katalog-2013`.
    pub id: String,
    /// Version of this ruleset.
    pub version: String,
    /// The target group.
    pub target: TargetGroup,
    /// The course: phases, teaching days, team, cadence.
    pub course: Course,
    /// Dated parameters by id.
    pub parameters: Vec<Parameter>,
    /// How far the ruleset's law is known to apply.
    pub law: LawStatus,
}

/// When the legal parameters were last checked against consolidated law, and the last date they
/// are known to apply (a new main law is announced for 1 January 2027).
#[derive(Debug, Clone, PartialEq)]
pub struct LawStatus {
    /// The date the legal parameters were last checked.
    pub checked_on: NaiveDate,
    /// The last date they are known to apply.
    pub known_until: NaiveDate,
    /// What is known of the law after that date.
    pub source: Source,
}

/// A benefit that qualifies, with the period it existed in (`None`: open-ended).
#[derive(Debug, Clone, PartialEq)]
pub struct Benefit {
    /// Benefit code, e.g. `kontanthjaelp`.
    pub code: String,
    /// First day it qualifies.
    pub from: Option<NaiveDate>,
    /// Last day it qualifies.
    pub to: Option<NaiveDate>,
}

/// Every parameter a ruleset must give: id, whether it is law (then it is required and cannot be
/// switched off by leaving it out), and the range of a sensible value.
pub const KNOWN_PARAMETERS: &[(&str, bool, f64, f64)] = &[
    ("mentor.maxPeriodMonths", true, 1.0, 60.0),
    ("mentor.psychiatricMonthsBeforeDischarge", true, 0.0, 24.0),
    ("mentor.psychiatricMonthsInAll", true, 1.0, 60.0),
    ("mentor.maxContactIntervalDays", true, 1.0, 366.0),
    ("internship.maxWeeks.aktivitetsparat", true, 1.0, 104.0),
    ("internship.maxWeeks.jobparat", true, 1.0, 104.0),
    ("internship.maxWeeks.jobparatWithoutExperience", true, 1.0, 104.0),
    ("internship.maxWeeksExtended", true, 1.0, 104.0),
    ("internship.furtherExtensionWeeks", true, 1.0, 104.0),
    ("internship.maxHoursPerWeek", true, 1.0, 168.0),
    ("course.mentorContactIntervalDays", false, 1.0, 366.0),
    ("mentor.caseloadPerFullTime", false, 1.0, 1000.0),
    ("mentor.fullTimeHours", false, 1.0, 168.0),
];

/// The target group (catalogue figure 2 in the default).
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroup {
    /// Youngest age in completed years.
    pub min_age: i32,
    /// Oldest age in completed years (eligible until the day before `max_age + 1`).
    pub max_age: i32,
    /// Source of the age rule.
    pub age_source: Source,
    /// Barrier kinds that qualify.
    pub barrier_kinds: Vec<String>,
    /// Severities that qualify.
    pub barrier_severities: Vec<String>,
    /// Source of the barrier rule.
    pub barrier_source: Source,
    /// Whether openness to group work is required.
    pub openness_required: bool,
    /// Source of the openness rule.
    pub openness_source: Source,
    /// Whether being able to describe one's own barriers is required.
    pub reflection_required: bool,
    /// Source of that rule.
    pub reflection_source: Source,
    /// Benefits that qualify, each in its period.
    pub benefits: Vec<Benefit>,
    /// Source of the benefit rule.
    pub benefit_source: Source,
    /// Whether a citizen with a substance abuse must be in treatment.
    pub treatment_required: bool,
    /// Calendar months without use.
    pub sobriety_months: u32,
    /// Source of the abuse rules.
    pub abuse_source: Source,
    /// Visitation categories that get a warning.
    pub warn_categories: Vec<String>,
    /// Source of that warning.
    pub category_source: Source,
    /// The course's shortest length, for the "turns too old during the course" note.
    pub course_min_weeks: u32,
    /// Source of the course length.
    pub course_source: Source,
}

/// A phase's length in weeks under a profile: outside `min..=max` departs from the profile
/// (error); outside `recommended_min..=recommended_max` departs from a recommendation (warning).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    /// Shortest allowed.
    pub min: i64,
    /// Longest allowed.
    pub max: i64,
    /// Shortest recommended.
    pub recommended_min: i64,
    /// Longest recommended.
    pub recommended_max: i64,
    /// What `planCourse` uses when no length is given.
    pub default: i64,
}

/// A rule profile: `playbook` (the course as the playbook defines it) or `recommended` (the
/// catalogue's adjustments).
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// `playbook` or `recommended`.
    pub id: String,
    /// Preparation weeks.
    pub preparation: Range,
    /// Teaching weeks.
    pub teaching: Range,
    /// Internship-and-follow-up weeks.
    pub internship: Range,
    /// Where the profile comes from.
    pub source: Source,
}

/// A number with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Sourced<T> {
    /// The value.
    pub value: T,
    /// Its citation.
    pub source: Source,
}

/// The course's rules (catalogue p. 4-5, 9, 11-23).
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    /// Teaching days a week in the teaching phase.
    pub teaching_days_per_week: Sourced<i64>,
    /// Teaching days a week during the internship.
    pub internship_teaching_days_per_week: Sourced<i64>,
    /// Team size: allowed and recommended (as a [`Range`] without a default).
    pub team: Sourced<Range>,
    /// How many years one participant's age may differ from the median of the others.
    pub team_max_years_from_others: Sourced<i64>,
    /// Whether the internship agreement should be in place before teaching starts (warning).
    pub agreement_before_teaching: Sourced<bool>,
    /// Aftercare levels allowed.
    pub aftercare_levels: Sourced<(i64, i64)>,
    /// Months between status meetings.
    pub status_meeting_months: Sourced<i64>,
    /// Days between mentor reports.
    pub mentor_report_days: Sourced<i64>,
    /// The profiles, by id.
    pub profiles: Vec<Profile>,
}

impl TargetGroup {
    /// The benefits that qualify on `on` (all of them when the date is unknown).
    pub fn benefits_on(&self, on: Option<NaiveDate>) -> Vec<String> {
        self.benefits
            .iter()
            .filter(|b| {
                on.is_none_or(|on| b.from.is_none_or(|f| f <= on) && b.to.is_none_or(|t| on <= t))
            })
            .map(|b| b.code.clone())
            .collect()
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

    /// The course's length in weeks under the default profile (`recommended`), as `planCourse`
    /// plans it when no lengths are given.
    pub fn default_course_weeks(&self) -> i64 {
        self.course.profile("recommended").map_or(i64::from(self.target.course_min_weeks), |p| {
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

struct Reader {
    problems: Vec<Problem>,
}

impl Reader {
    /// Records a problem, unless a problem with a field above it already explains it (a
    /// missing object is one problem, not one per field inside it).
    fn fail(&mut self, path: &str, expected: &str) {
        let inside = |p: &Problem| {
            p.path.is_empty()
                || path.strip_prefix(p.path.as_str()).is_some_and(|rest| rest.starts_with('.'))
        };
        if !self.problems.iter().any(inside) {
            self.problems.push(Problem { path: path.to_string(), expected: expected.to_string() });
        }
    }

    fn field<'v>(&mut self, v: &'v Value, path: &str, key: &str) -> (&'v Value, String) {
        let p = if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
        (v.get(key).unwrap_or(&Value::Null), p)
    }

    fn string(&mut self, v: &Value, path: &str, key: &str) -> String {
        match self.field(v, path, key) {
            (Value::String(s), _) if !s.trim().is_empty() => s.to_string(),
            (_, p) => {
                self.fail(&p, "non-empty string");
                String::new()
            }
        }
    }

    fn int(&mut self, v: &Value, path: &str, key: &str, lo: i64, hi: i64) -> i64 {
        match self.field(v, path, key) {
            (Value::Number(n), _) if n.fract() == 0.0 && *n >= lo as f64 && *n <= hi as f64 => {
                *n as i64
            }
            (_, p) => {
                self.fail(&p, &format!("whole number {lo}-{hi}"));
                lo
            }
        }
    }

    fn optional_date(&mut self, v: &Value, path: &str, key: &str) -> Option<NaiveDate> {
        match self.field(v, path, key) {
            (Value::Null, _) => None,
            (Value::String(s), p) => match date::parse_iso(s) {
                Ok(d) => Some(d),
                Err(_) => {
                    self.fail(&p, "YYYY-MM-DD or null");
                    None
                }
            },
            (_, p) => {
                self.fail(&p, "YYYY-MM-DD or null");
                None
            }
        }
    }

    fn date(&mut self, v: &Value, path: &str, key: &str) -> NaiveDate {
        match self.optional_date(v, path, key) {
            Some(d) => d,
            None => {
                let p = if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
                self.fail(&p, "YYYY-MM-DD");
                date::EARLIEST
            }
        }
    }

    fn boolean(&mut self, v: &Value, path: &str, key: &str) -> bool {
        match self.field(v, path, key) {
            (Value::Bool(b), _) => *b,
            (_, p) => {
                self.fail(&p, "true or false");
                false
            }
        }
    }

    fn codes(&mut self, v: &Value, path: &str, key: &str, allowed: Option<&[&str]>) -> Vec<String> {
        let (x, p) = self.field(v, path, key);
        let expected = match allowed {
            Some(a) => format!("list of {}", a.join(" | ")),
            None => "list of strings".to_string(),
        };
        let Value::Array(items) = x else {
            self.fail(&p, &expected);
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item {
                Value::String(s)
                    if allowed.is_none_or(|a| a.contains(&s.as_str())) && !s.is_empty() =>
                {
                    out.push(s.to_string())
                }
                _ => self.fail(&format!("{p}.{i}"), &expected),
            }
        }
        out
    }

    fn source(&mut self, v: &Value, path: &str) -> Source {
        let (s, p) = self.field(v, path, "source");
        if !matches!(s, Value::Object(_)) {
            self.fail(&p, "{ title, ref }");
            return Source::new("", "");
        }
        Source {
            title: self.string(s, &p, "title").into(),
            reference: self.string(s, &p, "ref").into(),
        }
    }

    fn object<'v>(&mut self, v: &'v Value, path: &str, key: &str) -> (&'v Value, String) {
        let (x, p) = self.field(v, path, key);
        if !matches!(x, Value::Object(_)) {
            self.fail(&p, "object");
        }
        (x, p)
    }
}

/// Reads a ruleset; on any problem returns them all, each with its path.
pub fn read(v: &Value) -> Result<Ruleset, Vec<Problem>> {
    let mut r = Reader { problems: Vec::new() };
    if !matches!(v, Value::Object(_)) {
        r.fail("", "object");
        return Err(r.problems);
    }
    let id = r.string(v, "", "id");
    let version = r.string(v, "", "version");
    let (tg, tp) = r.object(v, "", "targetGroup");

    let (age, ap) = r.object(tg, &tp, "age");
    let min_age = r.int(age, &ap, "min", 0, 150) as i32;
    let max_age = r.int(age, &ap, "max", 0, 150) as i32;
    if min_age > max_age {
        r.fail(&format!("{ap}.max"), "max >= min");
    }
    let age_source = r.source(age, &ap);

    let (bar, bp) = r.object(tg, &tp, "barriers");
    let barrier_kinds = r.codes(bar, &bp, "kinds", Some(BARRIER_KINDS));
    let barrier_severities = r.codes(bar, &bp, "severities", Some(SEVERITIES));
    let barrier_source = r.source(bar, &bp);

    let (open, op) = r.object(tg, &tp, "openToGroupWork");
    let openness_required = r.boolean(open, &op, "required");
    let openness_source = r.source(open, &op);

    let (refl, rp) = r.object(tg, &tp, "canDescribeOwnBarriers");
    let reflection_required = r.boolean(refl, &rp, "required");
    let reflection_source = r.source(refl, &rp);

    let (ben, bnp) = r.object(tg, &tp, "benefit");
    let benefits = read_benefits(&mut r, ben, &bnp);
    let benefit_source = r.source(ben, &bnp);

    let (ab, abp) = r.object(tg, &tp, "substanceAbuse");
    let treatment_required = r.boolean(ab, &abp, "treatmentRequired");
    let sobriety_months = r.int(ab, &abp, "sobrietyMonths", 0, 120) as u32;
    let abuse_source = r.source(ab, &abp);

    let (cat, cp) = r.object(tg, &tp, "visitationCategory");
    let warn_categories = r.codes(cat, &cp, "warn", Some(CATEGORIES));
    let category_source = r.source(cat, &cp);

    let (course, cop) = r.object(tg, &tp, "course");
    let course_min_weeks = r.int(course, &cop, "minWeeks", 1, 520) as u32;
    let course_source = r.source(course, &cop);

    let course = read_course(&mut r, v);
    let parameters = read_parameters(&mut r, v);
    let (lw, lp) = r.object(v, "", "law");
    let checked_on = r.date(lw, &lp, "checkedOn");
    let known_until = r.date(lw, &lp, "knownUntil");
    let law_source = r.source(lw, &lp);

    if !r.problems.is_empty() {
        return Err(r.problems);
    }
    Ok(Ruleset {
        id,
        version,
        target: TargetGroup {
            min_age,
            max_age,
            age_source,
            barrier_kinds,
            barrier_severities,
            barrier_source,
            openness_required,
            openness_source,
            reflection_required,
            reflection_source,
            benefits,
            benefit_source,
            treatment_required,
            sobriety_months,
            abuse_source,
            warn_categories,
            category_source,
            course_min_weeks,
            course_source,
        },
        course,
        parameters,
        law: LawStatus { checked_on, known_until, source: law_source },
    })
}

/// `accepted`: benefit codes, each a string (always) or `{ code, from?, to? }` (in a period).
fn read_benefits(r: &mut Reader, v: &Value, path: &str) -> Vec<Benefit> {
    let (x, p) = r.field(v, path, "accepted");
    let Value::Array(items) = x else {
        r.fail(&p, "list of codes or { code, from, to }");
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let ip = format!("{p}.{i}");
        match item {
            Value::String(s) if !s.trim().is_empty() => {
                out.push(Benefit { code: s.to_string(), from: None, to: None })
            }
            Value::Object(_) => {
                let code = r.string(item, &ip, "code");
                let from = r.optional_date(item, &ip, "from");
                let to = r.optional_date(item, &ip, "to");
                if let (Some(f), Some(t)) = (from, to) {
                    if t < f {
                        r.fail(&format!("{ip}.to"), "a date on or after from");
                    }
                }
                out.push(Benefit { code, from, to });
            }
            _ => r.fail(&ip, "a code or { code, from, to }"),
        }
    }
    out
}

fn read_course(r: &mut Reader, v: &Value) -> Course {
    let (c, cp) = r.object(v, "", "course");
    let value = |r: &mut Reader, key: &str, lo: i64, hi: i64| {
        let (x, p) = r.object(c, &cp, key);
        Sourced { value: r.int(x, &p, "value", lo, hi), source: r.source(x, &p) }
    };
    let teaching_days_per_week = value(r, "teachingDaysPerWeek", 1, 7);
    let internship_teaching_days_per_week = value(r, "internshipTeachingDaysPerWeek", 1, 7);
    let status_meeting_months = value(r, "statusMeetingMonths", 1, 24);
    let mentor_report_days = value(r, "mentorReportDays", 1, 365);

    let (t, tp) = r.object(c, &cp, "team");
    let team = Sourced { value: read_range(r, t, &tp, false), source: r.source(t, &tp) };
    let (tc, tcp) = r.object(c, &cp, "teamComposition");
    let team_max_years_from_others = Sourced {
        value: r.int(tc, &tcp, "maxYearsFromOthers", 0, 150),
        source: r.source(tc, &tcp),
    };
    let (ab, abp) = r.object(c, &cp, "internshipAgreementBeforeTeaching");
    let agreement_before_teaching =
        Sourced { value: r.boolean(ab, &abp, "required"), source: r.source(ab, &abp) };
    let (al, alp) = r.object(c, &cp, "aftercareLevels");
    let aftercare_levels = Sourced {
        value: (r.int(al, &alp, "min", 0, 9), r.int(al, &alp, "max", 0, 9)),
        source: r.source(al, &alp),
    };

    let (ps, pp) = r.object(c, &cp, "profiles");
    let mut profiles = Vec::new();
    if let Value::Object(entries) = ps {
        for (id, p) in entries {
            let path = format!("{pp}.{id}");
            if !matches!(p, Value::Object(_)) {
                r.fail(&path, "{ preparation, teaching, internship, source }");
                continue;
            }
            let phase = |r: &mut Reader, key: &str| {
                let (x, xp) = r.object(p, &path, key);
                read_range(r, x, &xp, true)
            };
            let preparation = phase(r, "preparation");
            let teaching = phase(r, "teaching");
            let internship = phase(r, "internship");
            profiles.push(Profile {
                id: id.to_string(),
                preparation,
                teaching,
                internship,
                source: r.source(p, &path),
            });
        }
    }
    for required in ["playbook", "recommended"] {
        if !profiles.iter().any(|p| p.id == required) {
            r.fail(&format!("{pp}.{required}"), "a profile");
        }
    }
    Course {
        teaching_days_per_week,
        internship_teaching_days_per_week,
        team,
        team_max_years_from_others,
        agreement_before_teaching,
        aftercare_levels,
        status_meeting_months,
        mentor_report_days,
        profiles,
    }
}

/// `{ min, max, recommendedMin, recommendedMax, default? }` with min <= recommended <= max.
fn read_range(r: &mut Reader, v: &Value, path: &str, with_default: bool) -> Range {
    let min = r.int(v, path, "min", 0, 520);
    let max = r.int(v, path, "max", 0, 520);
    let recommended_min = r.int(v, path, "recommendedMin", 0, 520);
    let recommended_max = r.int(v, path, "recommendedMax", 0, 520);
    let default = if with_default { r.int(v, path, "default", 0, 520) } else { recommended_min };
    if !(min <= recommended_min && recommended_min <= recommended_max && recommended_max <= max) {
        r.fail(path, "min <= recommendedMin <= recommendedMax <= max");
    }
    if with_default && !(min..=max).contains(&default) {
        r.fail(&format!("{path}.default"), "a default within min..max");
    }
    Range { min, max, recommended_min, recommended_max, default }
}

fn read_parameters(r: &mut Reader, v: &Value) -> Vec<Parameter> {
    let (params, pp) = r.object(v, "", "parameters");
    let Value::Object(entries) = params else { return Vec::new() };
    let mut out = Vec::new();
    for (id, p) in entries {
        let path = format!("{pp}.{id}");
        // A misnamed parameter would leave the real one missing: both are reported.
        let Some(&(_, law, lo, hi)) = KNOWN_PARAMETERS.iter().find(|k| k.0 == &**id) else {
            r.fail(&path, "a known parameter id (see defaultRuleset())");
            continue;
        };
        if !matches!(p, Value::Object(_)) {
            r.fail(&path, "{ unit, values }");
            continue;
        }
        let unit = r.string(p, &path, "unit");
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
            let from = r.optional_date(item, &ip, "from");
            let to = r.optional_date(item, &ip, "to");
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
            let source = r.source(item, &ip);
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
    for &(id, law, _, _) in KNOWN_PARAMETERS {
        if law
            && !out.iter().any(|p| p.id == id)
            && !r.problems.iter().any(|p| p.path == format!("{pp}.{id}"))
        {
            r.fail(
                &format!("{pp}.{id}"),
                "the legal parameter (a ruleset cannot leave out the law)",
            );
        }
    }
    consistent(r, &out, &pp);
    out
}

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
        let Ok(r) = read(&v) else { unreachable!("embedded ruleset is valid (tested)") };
        r
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn default_value() -> Value {
        Value::from(&serde_json::from_str::<serde_json::Value>(DEFAULT_JSON).unwrap())
    }

    fn d(s: &str) -> NaiveDate {
        date::parse_iso(s).unwrap()
    }

    #[test]
    fn the_default_is_the_catalogue_example() {
        let r = default_ruleset();
        assert_eq!((r.target.min_age, r.target.max_age), (25, 30));
        assert_eq!(r.target.barrier_kinds, ["adhd", "anxiety", "depression"]);
        assert_eq!(r.target.barrier_severities, ["mild"]);
        assert_eq!(r.target.sobriety_months, 1);
        assert!(r.target.age_source.reference.contains("13"));
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
            r.target.benefits_on(Some(d("2025-06-30"))),
            ["kontanthjaelp", "uddannelseshjaelp"]
        );
        assert_eq!(r.target.benefits_on(Some(d("2025-07-01"))), ["kontanthjaelp"]);
        assert_eq!(r.target.benefits_on(Some(d("2013-12-31"))), ["kontanthjaelp"]);
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
