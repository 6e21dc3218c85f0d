//! The course plan: `planCourse` builds a dated plan, `checkPlan` checks one a caseworker has
//! edited, `checkTeam` checks a team's size and composition.
//!
//! The course (catalogue figure 1, p. 4, and the recommendations on p. 9, 17, 20, 22-23):
//! > 18 uger: Forberedelse 1-4 uger, Undervisning 2 uger (4 ugentlige undervisningsdage),
//! > Praktik og opfølgning 12 uger (1 ugentlig undervisningsdag).
//!
//! The recommended profile lengthens teaching to 4 weeks and prepares for about 4 weeks. The
//! lengths, team sizes and cadences are the ruleset's (`course`), so a municipality can change them.
//!
//! Weeks are 7-day blocks counted from a phase's first day, so a course may start on any weekday;
//! a phase of 26 days (Monday to Friday four weeks later) counts as 4 weeks.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use crate::date;
use crate::fields::Fields;
use crate::finding::{Arg, Finding, Note, Severity};
use crate::holidays;
use crate::rules::Rule;
use crate::ruleset::{self, Course, Profile, Range, Ruleset};
use crate::value::Value;
use crate::{Lang, RulesetChoice};

mod check;
mod team;

pub use check::check_plan;
pub(crate) use check::{check_plan_notes, internship_law};
pub use team::check_team;
use team::team_notes;

/// The longest phase whose teaching days are judged week by week (two years; the longest a
/// profile allows is 26 weeks).
const MAX_JUDGED_WEEKS: i64 = 104;

/// The phases in their order; aftercare is optional.
pub const PHASES: [&str; 4] = ["preparation", "teaching", "internship", "aftercare"];
/// Weekday codes, Monday first.
pub const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DEFAULT_TEACHING_WEEKDAYS: [&str; 4] = ["mon", "tue", "wed", "thu"];

/// One phase of a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phase {
    /// `preparation`, `teaching`, `internship` or `aftercare`.
    pub phase: &'static str,
    /// First day.
    pub start: String,
    /// Last day.
    pub end: String,
    /// Length in weeks.
    pub weeks: i64,
    /// Aftercare level (1-3), for the aftercare phase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<i64>,
    /// For aftercare at level 2: whether the continued activity is the internship (level 1
    /// always continues it).
    #[serde(rename = "continuesInternship", skip_serializing_if = "Option::is_none")]
    pub continues_internship: Option<bool>,
}

/// The internship postponed after teaching (catalogue p. 22: "praktikken udskydes en til to uger").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Postponement {
    /// 1 or 2 whole weeks.
    pub weeks: i64,
    /// Why, when given.
    pub reason: Option<String>,
}

/// A further § 61 stk. 2 period beyond 26 weeks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FurtherPeriod {
    /// The "helt særligt behov" recorded for it.
    pub justification: String,
    /// Its length, at most 13 weeks.
    pub weeks: i64,
}

/// The recorded concrete assessment of a longer internship, as far as it could be read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// When it was made.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The assessment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
    /// Further periods beyond 26 weeks.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub further: Vec<FurtherPeriod>,
}

/// A public holiday in a plan's week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HolidayOut {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Stable id, e.g. `anden_paaskedag`.
    pub id: &'static str,
    /// Its name in the requested language.
    pub name: String,
}

/// One week of teaching or internship in a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Week {
    /// First day of the week (a 7-day block from the phase's start).
    pub start: String,
    /// ISO week number of that first day, as Danish calendars count weeks.
    pub iso_week: u32,
    /// `teaching` or `internship`.
    pub phase: &'static str,
    /// Teaching days the week should have.
    pub planned: usize,
    /// Teaching days it has.
    pub actual: usize,
    /// Public holidays that fall on working days (Monday-Friday) that week.
    pub holidays: Vec<HolidayOut>,
}

/// What `planCourse` returns: a plan `checkPlan` reads back, with findings.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanResult {
    /// `recommended` or `playbook`.
    pub profile: String,
    /// First day of the course (preparation).
    pub start: Option<String>,
    /// Last day of the internship and follow-up.
    pub end: Option<String>,
    /// Weeks from the start to the end of the internship (aftercare not counted).
    pub total_weeks: i64,
    /// The phases in order.
    pub phases: Vec<Phase>,
    /// Weekdays of the teaching phase.
    pub teaching_weekdays: Vec<&'static str>,
    /// The weekday of the weekly teaching day during the internship.
    pub internship_teaching_weekday: &'static str,
    /// Every teaching day, in order.
    pub teaching_days: Vec<String>,
    /// Week by week, the teaching and internship weeks.
    pub calendar: Vec<Week>,
    /// Status meetings (every three months in the default ruleset).
    pub status_meetings: Vec<String>,
    /// Mentor reports (every 14 days in the default ruleset).
    pub mentor_reports: Vec<String>,
    /// Team size, when given.
    pub team_size: Option<i64>,
    /// When the internship agreement was made, when given.
    pub internship_agreement_date: Option<String>,
    /// The internship postponed after teaching, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postpone_internship: Option<Postponement>,
    /// The recorded concrete assessment for a longer internship, when given (only its checked
    /// fields: nothing is echoed unread).
    pub internship_assessment: Option<Assessment>,
    /// Findings: short weeks, moved teaching days, and everything `checkPlan` says of the plan.
    pub findings: Vec<Finding>,
}

/// What `checkPlan` and `checkTeam` return.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckResult {
    /// No error-severity finding.
    pub ok: bool,
    /// The findings.
    pub findings: Vec<Finding>,
}

fn holiday_name(id: &str, lang: Lang) -> String {
    crate::messages::label(&format!("holiday:{id}"), lang)
}

fn weekday_index(d: NaiveDate) -> usize {
    d.weekday().num_days_from_monday() as usize
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// Whole weeks a span covers, a partial week counting as one.
fn weeks_between(start: NaiveDate, end: NaiveDate) -> i64 {
    let days = (end - start).num_days() + 1;
    (days + 6).div_euclid(7)
}

/// Holidays on Monday-Friday in `[from, to]`.
fn workday_holidays(from: NaiveDate, to: NaiveDate) -> Vec<holidays::Holiday> {
    let mut out = Vec::new();
    for year in from.year()..=to.year() {
        out.extend(
            holidays::of_year(year)
                .into_iter()
                .filter(|h| h.date >= from && h.date <= to && weekday_index(h.date) < 5),
        );
    }
    out
}

fn phase_label(phase: &str) -> String {
    format!("phase:{phase}")
}

fn profile_or_default<'r>(course: &'r Course, id: &str) -> &'r Profile {
    course
        .profile(id)
        .or_else(|| course.profiles.first())
        .unwrap_or_else(|| unreachable!("a ruleset has both profiles (checked when read)"))
}

/// Reads the profile code: `recommended` (default) or another profile of the ruleset.
fn read_profile(f: &mut Fields, v: &Value, course: &Course) -> String {
    let ids: Vec<&str> = course.profiles.iter().map(|p| p.id.as_str()).collect();
    f.code(v, "profile", "profile", &ids).unwrap_or("recommended").to_string()
}

/// Reads a list of weekday codes; the result is in week order, each day once.
fn read_weekdays(f: &mut Fields, v: &Value, key: &str) -> Option<Vec<&'static str>> {
    let items = f.list(v, key, key)?;
    let mut given: Vec<&str> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let holder = Value::Object(vec![("d".into(), item.clone())]);
        given.extend(f.code(&holder, "d", &format!("{key}.{i}"), &WEEKDAYS));
    }
    let out: Vec<&'static str> =
        WEEKDAYS.iter().copied().filter(|w| given.iter().any(|g| g == w)).collect();
    (!out.is_empty()).then_some(out)
}

/// The week a 7-day block of the plan falls in, as Danish calendars number weeks (ISO 8601):
/// its number when the block starts on a Monday, else the two weeks it spans (`12-13`), so a
/// course that starts mid-week does not name a week the days are not in.
pub(crate) fn week_of(block: NaiveDate) -> Arg {
    let first = block.iso_week().week();
    match add_days(block, 6).map(|last| last.iso_week().week()) {
        Some(last) if last != first => Arg::Text(format!("{first}-{last}")),
        _ => Arg::Int(i64::from(first)),
    }
}

/// `planCourse(input, options)`.
pub fn plan_course(
    input: &Value,
    lang: Lang,
    ruleset: &RulesetChoice,
    mut notes: Vec<Note>,
) -> PlanResult {
    let Ok(rs) = ruleset::judge_by(ruleset, &mut notes) else {
        return empty_plan("recommended".into(), notes, lang);
    };
    let course = &rs.course;
    let mut f = Fields::default();
    let profile_id = read_profile(&mut f, input, course);
    let profile = profile_or_default(course, &profile_id);
    let start = f.date(input, "start", "start");
    let weeks_in = f.object(input, "weeks", "weeks");
    let empty = Value::Object(Vec::new());
    let weeks_in = weeks_in.unwrap_or(&empty);
    let prep = f
        .int(weeks_in, "preparation", "weeks.preparation", 1, 104)
        .unwrap_or(profile.preparation.default);
    let teach =
        f.int(weeks_in, "teaching", "weeks.teaching", 1, 104).unwrap_or(profile.teaching.default);
    let intern = f
        .int(weeks_in, "internship", "weeks.internship", 1, 104)
        .unwrap_or(profile.internship.default);
    let teaching_weekdays = read_weekdays(&mut f, input, "teachingWeekdays")
        .unwrap_or_else(|| DEFAULT_TEACHING_WEEKDAYS.to_vec());
    let internship_weekday = f
        .code(input, "internshipTeachingWeekday", "internshipTeachingWeekday", &WEEKDAYS)
        .and_then(|c| WEEKDAYS.iter().copied().find(|w| *w == c))
        .unwrap_or(teaching_weekdays[0]);
    let aftercare = f.object(input, "aftercare", "aftercare");
    let aftercare_weeks = aftercare.and_then(|a| f.int(a, "weeks", "aftercare.weeks", 1, 104));
    let aftercare_level = aftercare.and_then(|a| f.int(a, "level", "aftercare.level", -1000, 1000));
    let aftercare_continues = aftercare
        .and_then(|a| f.boolean(a, "continuesInternship", "aftercare.continuesInternship"));
    let team_size = f.int(input, "teamSize", "teamSize", 0, 10_000);
    let agreement_date = f.date(input, "internshipAgreementDate", "internshipAgreementDate");
    let assessment = read_assessment(&mut f, input);
    let postponement = f.object(input, "postponeInternship", "postponeInternship").and_then(|p| {
        let weeks = f.int(p, "weeks", "postponeInternship.weeks", 1, 2);
        let reason = f.text(p, "reason", "postponeInternship.reason");
        if weeks.is_none() && p.get("weeks").is_none_or(Value::is_blank) {
            f.invalid("postponeInternship.weeks", "outOfRange")
                .args
                .extend([("min", Arg::Int(1)), ("max", Arg::Int(2))]);
        }
        weeks.map(|weeks| Postponement { weeks, reason })
    });
    notes.extend(f.notes);

    let Some(start) = start else {
        if input.get("start").is_none_or(Value::is_blank) {
            notes.push(Note::new(Rule::InputRequired, "start", Severity::Error, Some("start")));
        }
        return empty_plan(profile_id, notes, lang);
    };

    // Phases, back to back.
    let mut phases = Vec::new();
    let mut next = start;
    let mut spans: Vec<(&'static str, NaiveDate, NaiveDate)> = Vec::new();
    let lengths = [
        ("preparation", Some(prep)),
        ("teaching", Some(teach)),
        ("internship", Some(intern)),
        ("aftercare", aftercare_weeks),
    ];
    for (phase, weeks) in lengths {
        let Some(weeks) = weeks else { continue };
        // A typed 0 is refused above; a caller's ruleset may still make 0 a profile's default.
        if weeks == 0 {
            continue;
        }
        if phase == "internship" {
            // p. 22: the internship may start one or two weeks after teaching ends.
            if let Some(p) = &postponement {
                let Some(later) = add_days(next, p.weeks * 7) else { break };
                next = later;
            }
        }
        let (Some(end), Some(after)) = (add_days(next, weeks * 7 - 1), add_days(next, weeks * 7))
        else {
            break;
        };
        spans.push((phase, next, end));
        phases.push(Phase {
            phase,
            start: date::iso(next),
            end: date::iso(end),
            weeks,
            level: if phase == "aftercare" { aftercare_level } else { None },
            continues_internship: if phase == "aftercare" { aftercare_continues } else { None },
        });
        next = after;
    }
    let course_end = spans.iter().rev().find(|s| s.0 != "aftercare").map(|s| s.2);
    let plan_end = spans.last().map(|s| s.2);

    // Teaching days, week by week.
    let mut teaching_days = Vec::new();
    let mut weeks = Vec::new();
    let mut plan_notes = Vec::new();
    for &(phase, from, to) in &spans {
        if phase != "teaching" && phase != "internship" {
            continue;
        }
        let mut block = from;
        while block <= to {
            let Some(block_end) = add_days(block, 6).map(|e| e.min(to)) else { break };
            let days: Vec<NaiveDate> =
                (0..7).filter_map(|i| add_days(block, i)).filter(|d| *d <= block_end).collect();
            let hols = workday_holidays(block, block_end);
            let is_holiday = |d: &NaiveDate| holidays::on(*d).is_some();
            let (planned, chosen): (usize, Vec<NaiveDate>) = if phase == "teaching" {
                let wanted: Vec<NaiveDate> = days
                    .iter()
                    .copied()
                    .filter(|d| teaching_weekdays.contains(&WEEKDAYS[weekday_index(*d)]))
                    .collect();
                let kept: Vec<NaiveDate> =
                    wanted.iter().copied().filter(|d| !is_holiday(d)).collect();
                if kept.len() < wanted.len() {
                    let lost: Vec<String> = wanted
                        .iter()
                        .filter_map(|d| holidays::on(*d))
                        .map(|h| format!("holiday:{}", h.id))
                        .collect();
                    plan_notes.push(
                        Note::new(
                            Rule::PlanShortWeek,
                            "holidays",
                            Severity::Info,
                            Some("teachingDays"),
                        )
                        .arg("week", week_of(block))
                        .arg("date", Arg::Date(block))
                        .arg("actual", Arg::Count(kept.len() as i64, "teachingDay"))
                        .arg("planned", Arg::Int(wanted.len() as i64))
                        .arg("holidays", Arg::All(lost))
                        .source(&course.teaching_days_per_week.source),
                    );
                }
                (wanted.len(), kept)
            } else {
                // One day a week; a holiday moves it to the next working day of the same week.
                let wanted = days
                    .iter()
                    .copied()
                    .find(|d| WEEKDAYS[weekday_index(*d)] == internship_weekday);
                let chosen = match wanted {
                    Some(d) if is_holiday(&d) => {
                        let moved = days
                            .iter()
                            .copied()
                            .filter(|x| *x > d && weekday_index(*x) < 5 && !is_holiday(x))
                            .chain(
                                days.iter()
                                    .copied()
                                    .filter(|x| *x < d && weekday_index(*x) < 5 && !is_holiday(x))
                                    .rev(),
                            )
                            .next();
                        let h = holidays::on(d)
                            .map(|h| format!("holiday:{}", h.id))
                            .unwrap_or_default();
                        let note = match moved {
                            Some(m) => Note::new(
                                Rule::PlanMovedTeachingDay,
                                "moved",
                                Severity::Info,
                                Some("teachingDays"),
                            )
                            .arg("to", Arg::Date(m)),
                            None => Note::new(
                                Rule::PlanShortWeek,
                                "noDay",
                                Severity::Info,
                                Some("teachingDays"),
                            ),
                        };
                        plan_notes.push(
                            // The week of the day itself: a block that starts mid-week spans two.
                            note.arg("week", Arg::Int(i64::from(d.iso_week().week())))
                                .arg("date", Arg::Date(d))
                                .arg("holiday", Arg::Labels(vec![h]))
                                .source(&course.internship_teaching_days_per_week.source),
                        );
                        moved.into_iter().collect()
                    }
                    Some(d) => vec![d],
                    None => Vec::new(),
                };
                (usize::from(wanted.is_some()), chosen)
            };
            weeks.push(Week {
                start: date::iso(block),
                iso_week: block.iso_week().week(),
                phase,
                planned,
                actual: chosen.len(),
                holidays: hols
                    .iter()
                    .map(|h| HolidayOut {
                        date: date::iso(h.date),
                        id: h.id,
                        name: holiday_name(h.id, lang),
                    })
                    .collect(),
            });
            teaching_days.extend(chosen.into_iter().map(date::iso));
            let Some(after) = add_days(block, 7) else { break };
            block = after;
        }
    }

    // Status meetings and mentor reports from the start to the end of the plan.
    let (status_meetings, mentor_reports) = match plan_end {
        Some(end) => {
            let (status, reports) = cadence(course, start, end);
            (
                status.into_iter().map(date::iso).collect(),
                reports.into_iter().map(date::iso).collect(),
            )
        }
        None => (Vec::new(), Vec::new()),
    };

    let mut plan = PlanResult {
        profile: profile_id,
        start: Some(date::iso(start)),
        end: course_end.map(date::iso),
        total_weeks: course_end.map_or(0, |e| weeks_between(start, e)),
        phases,
        teaching_weekdays,
        internship_teaching_weekday: internship_weekday,
        teaching_days,
        calendar: weeks,
        status_meetings,
        mentor_reports,
        team_size,
        internship_agreement_date: agreement_date.map(date::iso),
        postpone_internship: postponement,
        internship_assessment: assessment,
        findings: Vec::new(),
    };
    // The plan as checkPlan will read it back: its findings come with the plan.
    let as_value = plan_value(&plan);
    let checked = check_plan_notes(&as_value, rs);
    plan.findings =
        notes.into_iter().chain(plan_notes).chain(checked).map(|n| n.render(lang)).collect();
    plan
}

fn empty_plan(profile: String, notes: Vec<Note>, lang: Lang) -> PlanResult {
    PlanResult {
        profile,
        start: None,
        end: None,
        total_weeks: 0,
        phases: Vec::new(),
        teaching_weekdays: DEFAULT_TEACHING_WEEKDAYS.to_vec(),
        internship_teaching_weekday: DEFAULT_TEACHING_WEEKDAYS[0],
        teaching_days: Vec::new(),
        calendar: Vec::new(),
        status_meetings: Vec::new(),
        mentor_reports: Vec::new(),
        team_size: None,
        internship_agreement_date: None,
        postpone_internship: None,
        internship_assessment: None,
        findings: notes.into_iter().map(|n| n.render(lang)).collect(),
    }
}

/// The plan as an input value, the way a portal would hand it back to `checkPlan`.
fn plan_value(p: &PlanResult) -> Value {
    let text = |s: &Option<String>| s.as_ref().map_or(Value::Null, |s| Value::text(s.as_str()));
    let phases = p
        .phases
        .iter()
        .map(|ph| {
            let mut o = Value::Object(vec![
                ("phase".into(), Value::text(ph.phase)),
                ("start".into(), Value::text(ph.start.as_str())),
                ("end".into(), Value::text(ph.end.as_str())),
            ]);
            if let Some(l) = ph.level {
                o.set("level", Value::Number(l as f64));
            }
            if let Some(c) = ph.continues_internship {
                o.set("continuesInternship", Value::Bool(c));
            }
            o
        })
        .collect();
    Value::Object(vec![
        ("profile".into(), Value::text(p.profile.as_str())),
        ("phases".into(), Value::Array(phases)),
        (
            "teachingWeekdays".into(),
            Value::Array(p.teaching_weekdays.iter().map(|w| Value::text(*w)).collect()),
        ),
        (
            "teachingDays".into(),
            Value::Array(p.teaching_days.iter().map(|d| Value::text(d.as_str())).collect()),
        ),
        ("teamSize".into(), p.team_size.map_or(Value::Null, |n| Value::Number(n as f64))),
        ("internshipAgreementDate".into(), text(&p.internship_agreement_date)),
        (
            "postponeInternship".into(),
            p.postpone_internship.as_ref().map_or(Value::Null, |x| {
                Value::Object(vec![
                    ("weeks".into(), Value::Number(x.weeks as f64)),
                    (
                        "reason".into(),
                        x.reason.as_ref().map_or(Value::Null, |r| Value::text(r.as_str())),
                    ),
                ])
            }),
        ),
        (
            "internshipAssessment".into(),
            p.internship_assessment.as_ref().map_or(Value::Null, |a| {
                let text = |s: &Option<String>| {
                    s.as_ref().map_or(Value::Null, |s| Value::text(s.as_str()))
                };
                Value::Object(vec![
                    ("date".into(), text(&a.date)),
                    ("justification".into(), text(&a.justification)),
                    (
                        "further".into(),
                        Value::Array(
                            a.further
                                .iter()
                                .map(|p| {
                                    Value::Object(vec![
                                        (
                                            "justification".into(),
                                            Value::text(p.justification.as_str()),
                                        ),
                                        ("weeks".into(), Value::Number(p.weeks as f64)),
                                    ])
                                })
                                .collect(),
                        ),
                    ),
                ])
            }),
        ),
    ])
}

/// `internshipAssessment: { date?, justification, further?: [{ justification, weeks }] }`: each
/// field read and checked; `None` when not given.
fn read_assessment(f: &mut Fields, v: &Value) -> Option<Assessment> {
    let a = f.object(v, "internshipAssessment", "internshipAssessment")?;
    let date = f.date(a, "date", "internshipAssessment.date").map(date::iso);
    let justification = f.text(a, "justification", "internshipAssessment.justification");
    let further = read_further(f, a, "internshipAssessment.further");
    Some(Assessment { date, justification, further })
}

/// Further § 61 stk. 2 periods: each needs its justification and a length of whole weeks
/// (the legal cap of 13 weeks is checked against the dated law).
pub(crate) fn read_further(f: &mut Fields, v: &Value, path: &str) -> Vec<FurtherPeriod> {
    let mut out = Vec::new();
    let key = path.rsplit('.').next().unwrap_or(path);
    for (i, item) in f.list(v, key, path).unwrap_or(&[]).iter().enumerate() {
        let ip = format!("{path}.{i}");
        if !matches!(item, Value::Object(_)) {
            f.wrong_type(&ip, "expectedObject", item);
            continue;
        }
        let justification = f.text(item, "justification", &format!("{ip}.justification"));
        if justification.is_none() && item.get("justification").is_none_or(Value::is_blank) {
            f.notes.push(Note::new(
                Rule::ExtensionFurther,
                "justification",
                Severity::Error,
                Some(&format!("{ip}.justification")),
            ));
        }
        let weeks = f.int(item, "weeks", &format!("{ip}.weeks"), 1, 104);
        if weeks.is_none() && item.get("weeks").is_none_or(Value::is_blank) {
            f.notes.push(Note::new(
                Rule::ExtensionFurther,
                "weeks",
                Severity::Error,
                Some(&format!("{ip}.weeks")),
            ));
        }
        if let (Some(justification), Some(weeks)) = (justification, weeks) {
            out.push(FurtherPeriod { justification, weeks });
        }
    }
    out
}

/// The status meetings (every `statusMeetingMonths` calendar months) and mentor reports (every
/// `mentorReportDays` days) after `start`, up to and including `end`: one builder for the course
/// plan and the mentor agreement alike.
pub(crate) fn cadence(
    course: &Course,
    start: NaiveDate,
    end: NaiveDate,
) -> (Vec<NaiveDate>, Vec<NaiveDate>) {
    let months = course.status_meeting_months.value as u32;
    let every = course.mentor_report_days.value;
    let status =
        (1..).map_while(|k| date::add_months(start, months * k).filter(|d| *d <= end)).collect();
    let reports = (1..).map_while(|k| add_days(start, every * k).filter(|d| *d <= end)).collect();
    (status, reports)
}

/// Renders notes into a [`CheckResult`].
pub fn finish(notes: Vec<Note>, lang: Lang) -> CheckResult {
    let findings: Vec<Finding> = notes.into_iter().map(|n| n.render(lang)).collect();
    CheckResult { ok: !findings.iter().any(|f| f.severity == Severity::Error), findings }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn plan(json: &str) -> PlanResult {
        let v = Value::parse_json(json).unwrap();
        plan_course(&v, Lang::Da, &RulesetChoice::Default, Vec::new())
    }

    /// The texts beyond the extended maximum name the ruleset's maximum: the 26 weeks of § 61,
    /// stk. 2 are stored once, as the parameter `internship.maxWeeksExtended`, not also in words.
    #[test]
    fn the_extended_maximum_in_the_text_is_the_rulesets() {
        let json = crate::ruleset::DEFAULT_JSON.replacen("\"value\": 26,", "\"value\": 30,", 1);
        let rs = crate::ruleset::read(&Value::parse_json(&json).unwrap()).unwrap();
        let on = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
        for (rule, aftercare) in [
            (Rule::PlanInternshipLength, false),
            (Rule::PlanInternshipLength, true),
            (Rule::InternshipDuration, false),
        ] {
            let notes = internship_law(rule, &rs, on, 40, true, &[], "weeks", "plan", aftercare);
            let da = notes[0].clone().render(Lang::Da).message();
            let en = notes[0].clone().render(Lang::En).message();
            assert!(da.contains("Ud over 30 uger") && !da.contains("26"), "{da}");
            assert!(en.contains("Beyond 30 weeks") && !en.contains("26"), "{en}");
        }
    }

    fn errors(findings: &[Finding]) -> Vec<String> {
        findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| format!("{} {:?}: {}", f.rule, f.field(), f.message()))
            .collect()
    }

    #[test]
    fn recommended_plan_from_1_march_2027() {
        let p = plan(r#"{"start":"2027-03-01"}"#);
        let phases: Vec<_> =
            p.phases.iter().map(|p| (p.phase, p.start.as_str(), p.end.as_str(), p.weeks)).collect();
        assert_eq!(
            phases,
            [
                ("preparation", "2027-03-01", "2027-03-28", 4),
                ("teaching", "2027-03-29", "2027-04-25", 4),
                ("internship", "2027-04-26", "2027-07-18", 12)
            ]
        );
        assert_eq!(p.total_weeks, 20);
        assert!(!p.teaching_days.contains(&"2027-03-29".to_string()), "2. påskedag");
        assert_eq!(p.teaching_days.iter().filter(|d| d.as_str() <= "2027-04-25").count(), 15);
        assert_eq!(p.status_meetings, ["2027-06-01"]);
        assert_eq!(p.mentor_reports.first().map(String::as_str), Some("2027-03-15"));
        assert!(errors(&p.findings).is_empty(), "{:?}", errors(&p.findings));
    }

    /// Weeks are numbered as Danish calendars number them (ISO 8601): a moved teaching day by its
    /// own week, and a 7-day block of a course that starts on a Wednesday by the two weeks it
    /// spans. The messages said "Uge 19" for Monday 17 May 2027 (week 20) and "Uge 12" for the
    /// block from Wednesday 24 March 2027, whose 2. påskedag is in week 13.
    #[test]
    fn weeks_are_numbered_as_the_calendar_numbers_them() {
        let p = plan(r#"{"start":"2027-03-03","weeks":{"preparation":2}}"#);
        let messages: Vec<String> = p.findings.iter().map(Finding::message).collect();
        let has = |text: &str| messages.iter().any(|m| m.starts_with(text));
        assert!(
            has("Uge 20: den ugentlige undervisningsdag 17. maj 2027 er 2. pinsedag"),
            "{messages:?}"
        );
        assert!(has("Uge 12-13 (fra den 24. marts 2027) har 2 undervisningsdage"), "{messages:?}");
        // A course that starts on a Monday names one week, as before.
        let monday = plan(r#"{"start":"2027-03-01"}"#);
        let messages: Vec<String> = monday.findings.iter().map(Finding::message).collect();
        assert!(
            messages.iter().any(|m| m.starts_with("Uge 13 (fra den 29. marts 2027)")),
            "{messages:?}"
        );
    }

    /// A phase of 0 weeks is no phase: the field is refused where it was typed ("a whole number
    /// from 1 to 104") and the plan keeps the profile's length. It used to drop the phase, and
    /// the caseworker read only that the phases were out of order.
    #[test]
    fn zero_weeks_is_refused_on_its_field_not_as_a_missing_phase() {
        for phase in ["preparation", "teaching", "internship"] {
            let p = plan(&format!(r#"{{"start":"2027-03-01","weeks":{{"{phase}":0}}}}"#));
            let field = format!("weeks.{phase}");
            let on_field: Vec<_> =
                p.findings.iter().filter(|f| f.field() == Some(field.as_str())).collect();
            assert_eq!(on_field.len(), 1, "{phase}: {:?}", p.findings);
            assert_eq!(on_field[0].rule, Rule::InputInvalid);
            assert!(on_field[0].message().contains("1 til 104"), "{}", on_field[0].message());
            assert!(p.findings.iter().all(|f| f.rule != Rule::PlanPhaseOrder), "{:?}", p.findings);
            assert_eq!(p.phases.len(), 3, "{phase}");
            assert_eq!(p.total_weeks, 20, "{phase}: the profile's default");
        }
        let one = plan(r#"{"start":"2027-03-01","weeks":{"preparation":1}}"#);
        assert_eq!(one.phases[0].weeks, 1);
    }

    #[test]
    fn an_absurdly_long_plan_is_not_judged_week_by_week() {
        let v = Value::parse_json(r#"{"phases":[{"phase":"preparation","start":"1900-01-01","end":"1900-01-28"},{"phase":"teaching","start":"1900-01-29","end":"2199-12-31"},{"phase":"internship","start":"1900-01-01","end":"2199-12-31"}],"teachingDays":["2027-01-04"]}"#).unwrap();
        let r = check_plan(&v, Lang::Da, &RulesetChoice::Default, Vec::new());
        assert!(!r.ok);
        assert!(r.findings.iter().any(|f| f.rule == Rule::PlanPhaseLength));
        // The phases far beyond any profile are not judged week by week (which would take 300
        // years of weeks and give a finding for nearly every one): their length is the error.
        let weekly = |f: &&Finding| {
            f.rule == Rule::PlanTeachingDays || f.rule == Rule::PlanWeeklyTeachingDay
        };
        assert_eq!(r.findings.iter().filter(weekly).count(), 0, "{:?}", r.findings);
        assert!(r.findings.len() < 20, "{}", r.findings.len());
    }

    /// Issue: checkTeam grew quadratically (1 000 participants took 56-116 ms). The work per
    /// participant is now constant after one counting sort: 10 000 participants finish, and ten times the
    /// team costs far less than the hundred times a quadratic check would.
    #[test]
    fn a_large_team_is_checked_in_linear_time() {
        // Built directly: the parser (and so the API) keeps at most 1 000 entries of a list.
        let team = |n: usize| {
            let people: Vec<Value> = (0..n)
                .map(|i| Value::Object(vec![("age".into(), Value::Number((25 + i % 6) as f64))]))
                .collect();
            Value::Object(vec![("participants".into(), Value::Array(people))])
        };
        let time = |v: &Value| {
            let t = std::time::Instant::now();
            let r = check_team(v, Lang::Da, &RulesetChoice::Default, Vec::new());
            (t.elapsed(), r)
        };
        let (small, v1) = (team(1_000), team(30_000));
        let _ = time(&small); // warm up
        let (t1, _) = (0..7).map(|_| time(&small)).min_by_key(|x| x.0).unwrap();
        let (t10, r) = (0..7).map(|_| time(&v1)).min_by_key(|x| x.0).unwrap();
        assert!(r.findings.iter().any(|f| f.rule == Rule::PlanTeamSize));
        assert!(
            !r.findings.iter().any(|f| f.rule == Rule::PlanTeamComposition),
            "ages 25-30 are close"
        );
        // Quadratic growth would make this 900; linear about 30. The fastest of seven runs of
        // each, and a limit ten times from both, so a loaded shared machine does not fail it (a
        // 10x step with a limit of 40 did, at load average 8).
        let ratio = t10.as_secs_f64() / t1.as_secs_f64().max(1e-6);
        assert!(
            ratio < 300.0,
            "30x the participants took {ratio:.1}x the time ({t1:?} -> {t10:?})"
        );
    }

    /// Issue: planCourse echoed `internshipAssessment` unchecked. Only the read fields come back.
    #[test]
    fn plan_course_echoes_only_what_it_checked() {
        let p = plan(
            r#"{"start":"2027-03-01","internshipAssessment":{"date":"2027-02-30","justification":" Vurderet ","html":"<script>","further":[{"weeks":2}]}}"#,
        );
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(
            json["internshipAssessment"],
            serde_json::json!({ "justification": "Vurderet" })
        );
        assert!(p.findings.iter().any(
            |f| f.rule == Rule::InputInvalid && f.field() == Some("internshipAssessment.date")
        ));
        assert!(p.findings.iter().any(|f| f.rule == Rule::ExtensionFurther
            && f.field() == Some("internshipAssessment.further.0.justification")));
        assert!(!json.to_string().contains("script"));
    }

    #[test]
    fn a_postponed_internship_leaves_its_gap_and_passes_its_own_check() {
        for weeks in [1, 2] {
            let p = plan(&format!(
                r#"{{"start":"2027-08-02","postponeInternship":{{"weeks":{weeks},"reason":"Fordøje undervisningen"}},"internshipAgreementDate":"2027-08-01"}}"#
            ));
            let teaching_end = NaiveDate::parse_from_str(&p.phases[1].end, "%Y-%m-%d").unwrap();
            let internship_start =
                NaiveDate::parse_from_str(&p.phases[2].start, "%Y-%m-%d").unwrap();
            assert_eq!((internship_start - teaching_end).num_days(), 1 + 7 * weeks);
            assert!(errors(&p.findings).is_empty(), "{:?}", errors(&p.findings));
            assert!(
                p.findings.iter().all(|f| f.rule != Rule::PlanPostponement),
                "a reason was given"
            );
        }
        let p = plan(r#"{"start":"2027-08-02","postponeInternship":{"weeks":3}}"#);
        assert!(
            p.findings
                .iter()
                .any(|f| f.rule == Rule::InputInvalid
                    && f.field() == Some("postponeInternship.weeks"))
        );
    }

    #[test]
    fn a_plan_made_by_plan_course_passes_its_own_check() {
        let mut start = NaiveDate::from_ymd_opt(2023, 1, 2).unwrap();
        let end = NaiveDate::from_ymd_opt(2030, 12, 31).unwrap();
        let mut plans = 0;
        while start <= end {
            for profile in ["recommended", "playbook"] {
                for weekday in ["mon", "thu", "fri"] {
                    let p = plan(&format!(
                        r#"{{"start":"{}","profile":"{profile}","internshipTeachingWeekday":"{weekday}","internshipAgreementDate":"{}"}}"#,
                        date::iso(start),
                        date::iso(start)
                    ));
                    assert!(
                        errors(&p.findings).is_empty(),
                        "{} {profile} {weekday}: {:?}",
                        date::iso(start),
                        errors(&p.findings)
                    );
                    assert!(
                        p.findings.iter().all(|f| f.severity != Severity::Warning),
                        "{} {profile}: {:?}",
                        date::iso(start),
                        p.findings
                    );
                    plans += 1;
                }
            }
            start = start.checked_add_days(Days::new(3)).unwrap();
        }
        assert!(plans > 5000);
    }
}
