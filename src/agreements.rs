//! Written agreements: the mentor agreement, the internship agreement guide, and the cooperation
//! agreement with an external supplier. Each check returns `{ complete, findings }`: every missing
//! element is its own finding on its own field, and `complete` means nothing blocks the agreement
//! (no error). Legal parameters are read as of the agreement's reference date, so an agreement
//! made in 2015 is judged by the rules in force then.
//!
//! Sources: mentor case 6 ("LOVGIVNINGEN": "skriftlig aftale, der indeholder oplysninger om bl.a.
//! målet, varigheden og timetallet", citing LAB §§ 31 c and 93 as then in force); VEJ nr. 9204 af
//! 21/03/2023 (mentor's name, contact and tasks, as reported); LAB 2019 § 167 (6 months a period);
//! case 4 (mentors do not assess work capacity or make decisions); case 9 (tripartite start
//! meeting, status meeting every three months with a status form); case 6 (report every 14
//! days); catalogue p. 17 (agreement guide), p. 23 (teaching day off), p. 28-29 (supplier).

use chrono::NaiveDate;
use serde::Serialize;

use crate::cpr::{self, Cpr};
use crate::date;
use crate::fields::Fields;
use crate::finding::{Arg, Finding, Note, Severity, Source};
use crate::rules::agreements::{internship, mentor, supplier};
use crate::rules::Rule;
use crate::ruleset::{self, Ruleset};
use crate::value::Value;
use crate::{Lang, RulesetChoice};

/// What the agreement checks return.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgreementResult {
    /// Nothing blocks the agreement: no error among the findings.
    pub complete: bool,
    /// The findings.
    pub findings: Vec<Finding>,
    /// For a mentor agreement: the meetings and reports its cadence asks for, from start to end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
}

/// The cadence of a mentor agreement as dates.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    /// The tripartite start meeting (citizen, mentor, coordinating caseworker): the first day.
    pub start_meeting: String,
    /// Status meetings with a status form, every three months.
    pub status_meetings: Vec<String>,
    /// Mentor reports to the municipality, every 14 days.
    pub reports: Vec<String>,
}

fn src(s: (&'static str, &'static str)) -> Source {
    Source::new(s.0, s.1)
}

fn finish(notes: Vec<Note>, lang: Lang, schedule: Option<Schedule>) -> AgreementResult {
    let findings: Vec<Finding> = notes.into_iter().map(|n| n.render(lang)).collect();
    AgreementResult {
        complete: !findings.iter().any(|f| f.severity == Severity::Error),
        findings,
        schedule,
    }
}

/// What a missing element is reported as: its rule, its text and its source.
#[derive(Clone, Copy)]
struct Need {
    rule: Rule,
    variant: &'static str,
    source: (&'static str, &'static str),
    severity: Severity,
}

/// A required element: its absence is an error.
const fn need(rule: Rule, variant: &'static str, source: (&'static str, &'static str)) -> Need {
    Need { rule, variant, source, severity: Severity::Error }
}

/// A recommended element (an example, "kan med fordel", "fx"): its absence is a warning.
const fn advise(rule: Rule, variant: &'static str, source: (&'static str, &'static str)) -> Need {
    Need { rule, variant, source, severity: Severity::Warning }
}

impl Need {
    fn note(self, path: &str) -> Note {
        Note::new(self.rule, self.variant, self.severity, Some(path)).source(&src(self.source))
    }
}

/// A required text: the value, or the `need`'s error on `path`.
fn required_text(
    f: &mut Fields,
    out: &mut Vec<Note>,
    v: &Value,
    key: &str,
    path: &str,
    n: Need,
) -> Option<String> {
    let given = !v.get(key).is_none_or(Value::is_blank);
    let t = f.text(v, key, path);
    if t.is_none() && !given {
        out.push(n.note(path));
    }
    t
}

/// A required date.
fn required_date(
    f: &mut Fields,
    out: &mut Vec<Note>,
    v: &Value,
    key: &str,
    path: &str,
    n: Need,
) -> Option<NaiveDate> {
    let given = !v.get(key).is_none_or(Value::is_blank);
    let d = f.date(v, key, path);
    if d.is_none() && !given {
        out.push(n.note(path));
    }
    d
}

/// A required positive number (hours).
fn required_hours(
    f: &mut Fields,
    out: &mut Vec<Note>,
    v: &Value,
    key: &str,
    path: &str,
    n: Need,
) -> Option<f64> {
    match v.get(key) {
        None => {}
        Some(x) if x.is_blank() => {}
        Some(Value::Number(n)) if n.is_finite() && *n >= 0.01 && *n <= 168.0 => return Some(*n),
        Some(Value::Number(_)) => {
            f.invalid(path, "hours");
            return None;
        }
        Some(other) => {
            f.wrong_type(path, "expectedHours", other);
            return None;
        }
    }
    out.push(n.note(path));
    None
}

fn end_before_start(
    f: &mut Fields,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    path: &str,
) -> Option<NaiveDate> {
    match (start, end) {
        (Some(s), Some(e)) if e < s => {
            f.invalid(path, "endBeforeStart");
            None
        }
        _ => end,
    }
}

/// The longest agreement whose cadence is listed date by date: five years.
const MAX_SCHEDULE_DAYS: i64 = 5 * 366;

/// Phrases that give a mentor a task of the authority (case 4: assessing work capacity, making
/// decisions), matched on whole words: the first word's forms, then within three words one of
/// the second's (empty: the first alone is enough). Explaining the rules on sanctions is a
/// mentor's task and matches nothing.
const AUTHORITY: [(&[&str], &[&str]); 8] = [
    (
        &[
            "vurdere",
            "vurderer",
            "vurdering",
            "vurderingen",
            "vurderinger",
            "fastsætte",
            "fastsætter",
        ],
        &["arbejdsevne", "arbejdsevnen"],
    ),
    (&["træffe", "træffer", "træffes"], &["afgørelse", "afgørelser", "afgørelsen"]),
    (&["bevilge", "bevilger", "bevilges"], &[]),
    (&["visitere", "visiterer"], &[]),
    (&["afgøre", "afgør"], &["ydelse", "ydelsen", "ydelser", "sagen", "sager", "retten"]),
    (&["assess", "assesses", "assessing"], &["capacity"]),
    (&["make", "makes", "making", "take", "takes"], &["decision", "decisions"]),
    (&["grant", "grants", "granting"], &["benefit", "benefits"]),
];
/// "træffe/træffer beslutning(er) om" + a benefit word within three words.
const DECISION: [&str; 4] = ["beslutning", "beslutninger", "beslutningen", "beslutter"];
const BENEFIT_WORDS: [&str; 9] = [
    "ydelse",
    "ydelsen",
    "ydelser",
    "kontanthjælp",
    "kontanthjælpen",
    "sanktion",
    "sanktioner",
    "bevilling",
    "tilbud",
];

/// The first phrase of `AUTHORITY` (or a decision about a benefit) in `lower`, as written.
fn authority_phrase(lower: &str) -> Option<String> {
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, 'æ' | 'ø' | 'å' | 'é')))
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        for (first, second) in AUTHORITY {
            if !first.contains(w) {
                continue;
            }
            if second.is_empty() {
                return Some((*w).to_string());
            }
            if let Some(j) = (i + 1..(i + 4).min(words.len())).find(|j| second.contains(&words[*j]))
            {
                return Some(words[i..=j].join(" "));
            }
        }
        if matches!(*w, "træffe" | "træffer" | "beslutter") {
            let end = (i + 7).min(words.len());
            let decision = if *w == "beslutter" {
                Some(i)
            } else {
                (i + 1..(i + 3).min(words.len())).find(|j| DECISION.contains(&words[*j]))
            };
            if let Some(d) = decision {
                if let Some(k) = (d + 1..end).find(|k| words[*k] == "om") {
                    if let Some(b) = (k + 1..(k + 4).min(words.len()))
                        .find(|b| BENEFIT_WORDS.contains(&words[*b]))
                    {
                        return Some(words[i..=b].join(" "));
                    }
                }
            }
        }
    }
    None
}

/// `checkMentorAgreement(agreement, options)`.
pub fn check_mentor(
    a: &Value,
    lang: Lang,
    ruleset: &RulesetChoice,
    mut notes: Vec<Note>,
) -> AgreementResult {
    let Ok(rs) = ruleset::judge_by(ruleset, &mut notes) else {
        return finish(notes, lang, None);
    };
    let mut f = Fields::default();
    let mut out = Vec::new();
    let rule = Rule::MentorRequired;
    required_text(&mut f, &mut out, a, "goal", "goal", need(rule, "goal", mentor::CASE6_LAW));
    let start = required_date(
        &mut f,
        &mut out,
        a,
        "start",
        "start",
        need(rule, "start", mentor::CASE6_LAW),
    );
    let end =
        required_date(&mut f, &mut out, a, "end", "end", need(rule, "end", mentor::CASE6_LAW));
    let end = end_before_start(&mut f, start, end, "end");
    required_hours(
        &mut f,
        &mut out,
        a,
        "hoursPerWeek",
        "hoursPerWeek",
        need(rule, "hoursPerWeek", mentor::CASE6_LAW),
    );
    let empty = Value::Object(Vec::new());
    let mentor = f.object(a, "mentor", "mentor").unwrap_or(&empty);
    // The mentor's name, contact and tasks rest on the guidance as others report it (its content
    // is not confirmed): warnings. Goal, duration and hours rest on the law case 6 quotes.
    required_text(
        &mut f,
        &mut out,
        mentor,
        "name",
        "mentor.name",
        advise(rule, "mentorName", mentor::VEJ_9204),
    );
    required_text(
        &mut f,
        &mut out,
        mentor,
        "contact",
        "mentor.contact",
        advise(rule, "mentorContact", mentor::VEJ_9204),
    );
    let tasks = tasks_text(&mut f, &mut out, a);
    let made_on = required_date(
        &mut f,
        &mut out,
        a,
        "madeOn",
        "madeOn",
        need(rule, "madeOn", mentor::CASE6_LAW),
    );

    // The date the law is read as of: the agreement's reference date, else when it was made,
    // else its start.
    let as_of = f.date(a, "referenceDate", "referenceDate").or(made_on).or(start);

    // Duration: at most the cap of a period (LAB 2019 § 167 from 2020); a new period needs a
    // concrete assessment.
    let discharged =
        f.date(a, "dischargedFromPsychiatricAdmission", "dischargedFromPsychiatricAdmission");
    if let (Some(s), Some(e), Some(on)) = (start, end, as_of) {
        if let Some((months, source, severity)) = rs.law("mentor.maxPeriodMonths", on) {
            if let Some(n) = rs.unverified(on) {
                out.push(n);
            }
            let months = months as u32;
            // § 167 stk. 2: after discharge from psychiatric admission the right runs from up to
            // 3 months before the discharge until 6 months after it; the cap of stk. 1 does not
            // make that an error.
            let stk2 = discharged.and_then(|d| {
                let (before, b_src, _) = rs.law("mentor.psychiatricMonthsBeforeDischarge", on)?;
                let (in_all, _, _) = rs.law("mentor.psychiatricMonthsInAll", on)?;
                let earliest = d.checked_sub_months(chrono::Months::new(before as u32))?;
                (s >= earliest).then(|| {
                    (d, before as i64, in_all as i64, date::add_months(d, in_all as u32), b_src)
                })
            });
            let cap = date::add_months(s, months);
            let limit = match (&stk2, cap) {
                (Some((_, _, _, Some(after), _)), Some(c)) => Some((*after).max(c)),
                (_, c) => c,
            };
            if let Some(limit) = limit.filter(|limit| e >= *limit) {
                let n = match &stk2 {
                    Some((d, before, in_all, _, b_src)) => {
                        Note::new(Rule::MentorDuration, "overCapDischarge", severity, Some("end"))
                            .arg("discharged", Arg::Date(*d))
                            .arg("before", Arg::Count(*before, "month"))
                            .arg("inAll", Arg::Count(*in_all, "month"))
                            .source(b_src)
                    }
                    None => Note::new(Rule::MentorDuration, "overCap", severity, Some("end"))
                        .source(source),
                };
                out.push(
                    n.arg("months", Arg::Count(i64::from(months), "month"))
                        .arg("start", Arg::Date(s))
                        .arg("end", Arg::Date(e))
                        // The last day the period may run to: the day before the limit.
                        .arg("last", Arg::Date(limit.pred_opt().unwrap_or(limit))),
                );
            }
            let renewal = matches!(a.get("renewal"), Some(Value::Bool(true)));
            let assessed = a
                .get("concreteAssessment")
                .is_some_and(|j| matches!(j, Value::String(t) if !t.trim().is_empty()));
            if renewal && !assessed {
                out.push(
                    Note::new(
                        Rule::MentorDuration,
                        "renewalNeedsAssessment",
                        severity,
                        Some("concreteAssessment"),
                    )
                    .arg("months", Arg::Count(i64::from(months), "month"))
                    .source(source),
                );
            }
        }
    }

    // Contact: the legal minimum as of the date, and the course's own weekly contact, both for
    // citizens who get mentor support because they cannot take part in other offers.
    let interval = f.int(a, "contactIntervalDays", "contactIntervalDays", 1, 366);
    let cannot = f.boolean(a, "cannotTakePartInOtherOffers", "cannotTakePartInOtherOffers");
    if cannot == Some(true) {
        match (interval, as_of) {
            (None, _) if a.get("contactIntervalDays").is_none_or(Value::is_blank) => {
                out.push(
                    Note::new(
                        Rule::MentorContact,
                        "missing",
                        Severity::Warning,
                        Some("contactIntervalDays"),
                    )
                    .source(&src(mentor::CASE6_LAW)),
                );
            }
            (Some(days), Some(on)) => {
                // The legal minimum only where the law had one (old § 93, 2014-2019); from 2020
                // no legal minimum is confirmed, and case 6's weekly contact is one
                // municipality's practice: a warning.
                let legal = rs.law("mentor.maxContactIntervalDays", on);
                if let Some((max, source, severity)) =
                    legal.filter(|(max, _, _)| days as f64 > *max)
                {
                    out.push(
                        Note::new(
                            Rule::MentorContact,
                            "law",
                            severity,
                            Some("contactIntervalDays"),
                        )
                        .arg("days", Arg::Every(days))
                        .arg("max", Arg::Every(max as i64))
                        .source(source),
                    );
                } else if let Some((max, source)) = rs
                    .parameter("course.mentorContactIntervalDays", on)
                    .filter(|(max, _)| days as f64 > *max)
                {
                    out.push(
                        Note::new(
                            Rule::MentorContact,
                            "practice",
                            Severity::Warning,
                            Some("contactIntervalDays"),
                        )
                        .arg("days", Arg::Every(days))
                        .arg("max", Arg::Every(max as i64))
                        .source(source),
                    );
                }
            }
            _ => {}
        }
    }

    // Tasks that belong to the authority, not the mentor.
    if let Some(t) = tasks {
        // Lower case for Danish text without std's Unicode case tables (4 KB of the wasm).
        let lower: String = t
            .chars()
            .map(|c| match c {
                'Æ' => 'æ',
                'Ø' => 'ø',
                'Å' => 'å',
                'É' => 'é',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        if let Some(phrase) = authority_phrase(&lower) {
            out.push(
                Note::new(Rule::MentorTaskScope, "authority", Severity::Warning, Some("tasks"))
                    .arg("word", Arg::Text(phrase))
                    .source(&src(mentor::CASE4)),
            );
        }
    }

    // The cadence as dates, for agreements of a sensible length (an absurd one has its error
    // already; listing a report every 14 days for centuries would only make it slow).
    let schedule = match (start, end) {
        (Some(s), Some(e)) if (e - s).num_days() <= MAX_SCHEDULE_DAYS => {
            Some(cadence(&mut f, &mut out, a, s, e, rs))
        }
        _ => None,
    };
    notes.extend(f.notes);
    notes.extend(out);
    finish(notes, lang, schedule)
}

/// The tasks as one text: a string, or a list of strings.
fn tasks_text(f: &mut Fields, out: &mut Vec<Note>, a: &Value) -> Option<String> {
    match a.get("tasks") {
        Some(Value::Array(items)) => {
            let texts: Vec<String> = items
                .iter()
                .filter_map(|x| {
                    if let Value::String(s) = x {
                        Some(s.trim().to_string())
                    } else {
                        None
                    }
                })
                .filter(|s| !s.is_empty())
                .collect();
            if texts.is_empty() {
                out.push(
                    Note::new(Rule::MentorRequired, "tasks", Severity::Warning, Some("tasks"))
                        .source(&src(mentor::VEJ_9204)),
                );
                None
            } else {
                Some(texts.join("; "))
            }
        }
        _ => required_text(
            f,
            out,
            a,
            "tasks",
            "tasks",
            advise(Rule::MentorRequired, "tasks", mentor::VEJ_9204),
        ),
    }
}

/// The cadence as dates, and what is overdue as of `asOf` (default: the reference date).
fn cadence(
    f: &mut Fields,
    out: &mut Vec<Note>,
    a: &Value,
    start: NaiveDate,
    end: NaiveDate,
    rs: &Ruleset,
) -> Schedule {
    let months = rs.course.status_meeting_months.value as u32;
    let every = rs.course.mentor_report_days.value;
    let (status, reports) = crate::plan::cadence(&rs.course, start, end);
    let schedule = Schedule {
        start_meeting: date::iso(start),
        status_meetings: status.iter().copied().map(date::iso).collect(),
        reports: reports.iter().copied().map(date::iso).collect(),
    };

    // What happened so far, and what is overdue.
    let Some(on) =
        f.date(a, "asOf", "asOf").or_else(|| f.date(a, "referenceDate", "referenceDate"))
    else {
        return schedule;
    };
    let held = f.object(a, "held", "held");
    let empty = Value::Object(Vec::new());
    let held = held.unwrap_or(&empty);
    let start_meeting = f.date(held, "startMeeting", "held.startMeeting");
    let case9 = src(mentor::CASE9);
    if start_meeting.is_none() && on > start && held.get("startMeeting").is_none_or(Value::is_blank)
    {
        out.push(
            Note::new(
                Rule::MentorSchedule,
                "startMeeting",
                Severity::Warning,
                Some("held.startMeeting"),
            )
            .arg("date", Arg::Date(start))
            .source(&case9),
        );
    }
    let mut meetings: Vec<(NaiveDate, bool)> = Vec::new();
    for (i, m) in
        f.list(held, "statusMeetings", "held.statusMeetings").unwrap_or(&[]).iter().enumerate()
    {
        let path = format!("held.statusMeetings.{i}");
        if let Some(d) = f.date(m, "date", &format!("{path}.date")) {
            let form = matches!(m.get("statusForm"), Some(Value::Bool(true)));
            if !form {
                out.push(
                    Note::new(
                        Rule::MentorSchedule,
                        "statusForm",
                        Severity::Warning,
                        Some(&format!("{path}.statusForm")),
                    )
                    .arg("date", Arg::Date(d))
                    .source(&case9),
                );
            }
            meetings.push((d, form));
        }
    }
    if let Some(due) = status.iter().copied().filter(|d| *d < on).find(|due| {
        !meetings
            .iter()
            .any(|(d, _)| d <= due && date::add_months(*d, months).is_some_and(|next| next > *due))
    }) {
        out.push(
            Note::new(
                Rule::MentorSchedule,
                "statusMeeting",
                Severity::Warning,
                Some("held.statusMeetings"),
            )
            .arg("date", Arg::Date(due))
            .source(&case9),
        );
    }
    let mut sent: Vec<NaiveDate> = Vec::new();
    for (i, r) in f.list(held, "reports", "held.reports").unwrap_or(&[]).iter().enumerate() {
        sent.extend(f.date_item(r, &format!("held.reports.{i}")));
    }
    let last = sent.iter().copied().filter(|d| *d <= on).max().unwrap_or(start);
    if let Some(due) = last
        .checked_add_days(chrono::Days::new(every as u64))
        .filter(|due| *due < on && *due <= end)
    {
        out.push(
            Note::new(Rule::MentorSchedule, "report", Severity::Warning, Some("held.reports"))
                .arg("date", Arg::Date(due))
                .arg("days", Arg::Every(every))
                .source(&src(mentor::CASE6_REPORTS)),
        );
    }
    schedule
}

/// The three legal purposes of a virksomhedspraktik.
pub const PURPOSES: [&str; 3] = ["ordinaryHours", "skills", "clarification"];
const CATEGORIES: [&str; 2] = ["aktivitetsparat", "jobparat"];

/// The notes of `checkInternshipAgreement` (also used by the workflow), on paths under `prefix`.
pub(crate) fn internship_notes(a: &Value, rs: &Ruleset, prefix: &str) -> Vec<Note> {
    let mut f = Fields::default();
    let mut out = Vec::new();
    let p = |key: &str| if prefix.is_empty() { key.to_string() } else { format!("{prefix}.{key}") };
    let rule = Rule::InternshipRequired;
    let empty = Value::Object(Vec::new());
    let citizen = f.object(a, "citizen", &p("citizen")).unwrap_or(&empty);
    required_text(
        &mut f,
        &mut out,
        citizen,
        "name",
        &p("citizen.name"),
        need(rule, "name", internship::GUIDE),
    );
    if let Some(c) = required_text(
        &mut f,
        &mut out,
        citizen,
        "cpr",
        &p("citizen.cpr"),
        advise(rule, "cpr", internship::GUIDE),
    )
    .filter(|c| !cpr::is_masked(c))
    {
        let bad = match cpr::parse(&c) {
            Cpr::Valid { checksum_ok: true, .. } | Cpr::Substitute => None,
            Cpr::Valid { checksum_ok: false, .. } => {
                Some((Rule::CprChecksum, "mod11", Severity::Warning))
            }
            Cpr::BadFormat => Some((Rule::CprFormat, "format", Severity::Error)),
            Cpr::BadDate => Some((Rule::CprDate, "noSuchDay", Severity::Error)),
        };
        if let Some((r, variant, severity)) = bad {
            out.push(Note::new(r, variant, severity, Some(&p("citizen.cpr"))));
        }
    }
    let made_on = required_date(
        &mut f,
        &mut out,
        a,
        "madeOn",
        &p("madeOn"),
        need(rule, "madeOn", internship::GUIDE),
    );
    // The law is read as of the agreement's reference date, else when it was made, else its start.
    let reference = f.date(a, "referenceDate", &p("referenceDate"));
    required_text(
        &mut f,
        &mut out,
        a,
        "purpose",
        &p("purpose"),
        need(rule, "purpose", internship::AGREEMENT_LAW),
    );
    if f.code(a, "purposeType", &p("purposeType"), &PURPOSES).is_none()
        && a.get("purposeType").is_none_or(Value::is_blank)
    {
        out.push(
            Note::new(rule, "purposeType", Severity::Error, Some(&p("purposeType")))
                .source(&src(internship::PURPOSE_LAW)),
        );
    }
    required_text(
        &mut f,
        &mut out,
        a,
        "terms",
        &p("terms"),
        need(rule, "terms", internship::AGREEMENT_LAW),
    );
    let hours = required_hours(
        &mut f,
        &mut out,
        a,
        "hoursPerWeek",
        &p("hoursPerWeek"),
        need(rule, "hoursPerWeek", internship::AGREEMENT_LAW),
    );
    // The guide's questions are examples (p. 17 "kan med fordel"): warnings.
    for key in [
        "supportNeeds",
        "supportNetwork",
        "supportWhen",
        "warningSigns",
        "crisisSupport",
        "wishes",
        "companyKind",
    ] {
        required_text(
            &mut f,
            &mut out,
            a,
            key,
            &p(key),
            advise(rule, key, internship::GUIDE_QUESTION),
        );
    }
    match f.boolean(a, "consent", &p("consent")) {
        // What the company may be told is the content of the consent.
        Some(true) => {
            required_text(
                &mut f,
                &mut out,
                a,
                "disclosure",
                &p("disclosure"),
                need(rule, "disclosure", internship::GUIDE),
            );
        }
        _ => out.push(
            Note::new(Rule::InternshipConsent, "consent", Severity::Error, Some(&p("consent")))
                .source(&src(internship::GUIDE)),
        ),
    }
    let teaching = src(internship::TEACHING_DAY_OFF);
    if f.boolean(a, "teachingDayAgreed", &p("teachingDayAgreed")) != Some(true) {
        out.push(
            Note::new(
                Rule::InternshipTeachingDay,
                "notAgreed",
                Severity::Error,
                Some(&p("teachingDayAgreed")),
            )
            .source(&teaching),
        );
    }

    // Weekly hours: at most a normal full working week, as of when it was made.
    let law_on = reference.or(made_on);
    if let (Some(h), Some((max, source, severity))) =
        (hours, law_on.and_then(|on| rs.law("internship.maxHoursPerWeek", on)))
    {
        if h > max {
            out.push(
                Note::new(
                    Rule::InternshipHours,
                    "overFullWeek",
                    severity,
                    Some(&p("hoursPerWeek")),
                )
                .arg("max", Arg::Amount(max, "hour"))
                .source(source),
            );
        }
    }

    // Duration against the limit for the citizen's category, as of when it was made.
    let category = f.code(a, "category", &p("category"), &CATEGORIES);
    if category.is_none() && a.get("category").is_none_or(Value::is_blank) {
        out.push(
            Note::new(rule, "category", Severity::Error, Some(&p("category")))
                .source(&src(internship::CATEGORY_LAW)),
        );
    }
    let start = required_date(
        &mut f,
        &mut out,
        a,
        "start",
        &p("start"),
        need(rule, "start", internship::AGREEMENT_LAW),
    );
    let end = required_date(
        &mut f,
        &mut out,
        a,
        "end",
        &p("end"),
        need(rule, "end", internship::AGREEMENT_LAW),
    );
    let end = end_before_start(&mut f, start, end, &p("end"));
    let without_experience =
        f.boolean(a, "withoutWorkExperience", &p("withoutWorkExperience")) == Some(true);
    let extension = f.object(a, "extension", &p("extension"));
    let assessed = extension.is_some_and(|x| !x.get("justification").is_none_or(Value::is_blank));
    let further = extension
        .map(|x| crate::plan::read_further(&mut f, x, &p("extension.further")))
        .unwrap_or_default();
    if let (Some(s), Some(e), Some(c)) = (start, end, category) {
        let on = reference.or(made_on).unwrap_or(s);
        let weeks = ((e - s).num_days() + 7) / 7;
        if let Some(n) = rs.unverified(on) {
            out.push(n);
        }
        let field = p("end");
        if c == "jobparat" && !without_experience {
            // The 4-week group of § 61 stk. 1 nr. 1: stk. 2's extension is only for nr. 2. The
            // 4 weeks are not confirmed in the law's text (a warning), but stk. 2's 26 weeks
            // are, and the group that cannot be extended cannot go beyond the groups that can:
            // past them it is an error, citing stk. 2.
            if let Some((limit, source, severity)) =
                rs.law("internship.maxWeeks.jobparat", on).filter(|(l, _, _)| weeks as f64 > *l)
            {
                let over = rs
                    .law("internship.maxWeeksExtended", on)
                    .filter(|(extended, _, _)| weeks as f64 > *extended);
                let note = match over {
                    Some((extended, extended_source, extended_severity)) => Note::new(
                        Rule::InternshipDuration,
                        "notExtendableOverExtended",
                        if severity == Severity::Error { severity } else { extended_severity },
                        Some(&field),
                    )
                    .arg("extended", Arg::Count(extended as i64, "week"))
                    .source(extended_source),
                    None => {
                        Note::new(Rule::InternshipDuration, "notExtendable", severity, Some(&field))
                            .source(source)
                    }
                };
                out.push(
                    note.arg("weeks", Arg::Count(weeks, "week"))
                        .arg("limit", Arg::Count(limit as i64, "week"))
                        .arg("category", Arg::Labels(vec![c.to_string()])),
                );
            }
        } else {
            let group = if c == "jobparat" { "jobparatWithoutExperience" } else { c };
            let id = if c == "jobparat" {
                "internship.maxWeeks.jobparatWithoutExperience"
            } else {
                "internship.maxWeeks.aktivitetsparat"
            };
            let mut notes = crate::plan::internship_law(
                Rule::InternshipDuration,
                rs,
                on,
                weeks,
                assessed,
                &further,
                &field,
                &p("extension"),
                false,
            );
            for n in &mut notes {
                if n.rule == Rule::InternshipDuration && n.variant == "needsAssessment" {
                    n.args.push(("category", Arg::Labels(vec![group.to_string()])));
                    if let Some((limit, source, severity)) = rs.law(id, on) {
                        n.args.retain(|(k, _)| *k != "limit");
                        n.args.push(("limit", Arg::Count(limit as i64, "week")));
                        n.severity = severity;
                        n.source = Some(source.clone());
                    }
                }
            }
            out.extend(notes);
        }
    }
    let mut notes = f.notes;
    notes.extend(out);
    notes
}

/// `checkInternshipAgreement(agreement, options)`.
pub fn check_internship(
    a: &Value,
    lang: Lang,
    ruleset: &RulesetChoice,
    mut notes: Vec<Note>,
) -> AgreementResult {
    if let Ok(rs) = ruleset::judge_by(ruleset, &mut notes) {
        notes.extend(internship_notes(a, rs, ""));
    }
    finish(notes, lang, None)
}

/// `checkSupplierAgreement(agreement, options)`: the elements of catalogue p. 28-29.
pub fn check_supplier(
    a: &Value,
    lang: Lang,
    ruleset: &RulesetChoice,
    mut notes: Vec<Note>,
) -> AgreementResult {
    if ruleset::judge_by(ruleset, &mut notes).is_err() {
        return finish(notes, lang, None);
    }
    let mut f = Fields::default();
    let mut out = Vec::new();
    let rule = Rule::SupplierRequired;
    let empty = Value::Object(Vec::new());
    let supplier = f.object(a, "supplier", "supplier").unwrap_or(&empty);
    required_text(
        &mut f,
        &mut out,
        supplier,
        "name",
        "supplier.name",
        need(rule, "supplierName", supplier::SUPPLIER),
    );
    required_date(
        &mut f,
        &mut out,
        a,
        "madeOn",
        "madeOn",
        need(rule, "madeOn", supplier::SUPPLIER),
    );

    // Hours per task, e.g. absence follow-up.
    match f.list(a, "tasks", "tasks") {
        Some(items) if !items.is_empty() => {
            for (i, t) in items.iter().enumerate() {
                let path = format!("tasks.{i}");
                if !matches!(t, Value::Object(_)) {
                    f.wrong_type(&path, "expectedObject", t);
                    continue;
                }
                required_text(
                    &mut f,
                    &mut out,
                    t,
                    "task",
                    &format!("{path}.task"),
                    need(rule, "taskName", supplier::SUPPLIER),
                );
                required_hours(
                    &mut f,
                    &mut out,
                    t,
                    "hours",
                    &format!("{path}.hours"),
                    need(rule, "taskHours", supplier::SUPPLIER),
                );
            }
        }
        None if a.get("tasks").is_some_and(|t| !t.is_blank()) => {}
        _ => out.push(
            Note::new(rule, "tasks", Severity::Error, Some("tasks"))
                .source(&src(supplier::SUPPLIER)),
        ),
    }
    // Mentor hours, when the supplier provides mentor support.
    match f.boolean(a, "providesMentorSupport", "providesMentorSupport") {
        Some(true) => {
            required_hours(
                &mut f,
                &mut out,
                a,
                "mentorHours",
                "mentorHours",
                need(rule, "mentorHours", supplier::SUPPLIER),
            );
        }
        Some(false) => {}
        None => {
            if a.get("providesMentorSupport").is_none_or(Value::is_blank) {
                out.push(
                    Note::new(
                        rule,
                        "providesMentorSupport",
                        Severity::Error,
                        Some("providesMentorSupport"),
                    )
                    .source(&src(supplier::SUPPLIER)),
                );
            }
        }
    }
    required_text(
        &mut f,
        &mut out,
        a,
        "internshipResponsibility",
        "internshipResponsibility",
        need(rule, "internshipResponsibility", supplier::SUPPLIER),
    );
    let documentation = f.object(a, "documentation", "documentation").unwrap_or(&empty);
    required_text(
        &mut f,
        &mut out,
        documentation,
        "what",
        "documentation.what",
        need(rule, "documentationWhat", supplier::SUPPLIER),
    );
    required_text(
        &mut f,
        &mut out,
        documentation,
        "frequency",
        "documentation.frequency",
        need(rule, "documentationFrequency", supplier::SUPPLIER),
    );
    let meeting = f.object(a, "weeklyPhoneMeeting", "weeklyPhoneMeeting").unwrap_or(&empty);
    required_text(
        &mut f,
        &mut out,
        meeting,
        "weekday",
        "weeklyPhoneMeeting.weekday",
        advise(rule, "meetingWeekday", supplier::SUPPLIER_PHONE),
    );
    required_text(
        &mut f,
        &mut out,
        meeting,
        "time",
        "weeklyPhoneMeeting.time",
        advise(rule, "meetingTime", supplier::SUPPLIER_PHONE),
    );
    let contact = f.object(a, "contactPerson", "contactPerson").unwrap_or(&empty);
    required_text(
        &mut f,
        &mut out,
        contact,
        "name",
        "contactPerson.name",
        need(rule, "contactName", supplier::SUPPLIER),
    );
    required_text(
        &mut f,
        &mut out,
        contact,
        "contact",
        "contactPerson.contact",
        need(rule, "contactDetails", supplier::SUPPLIER),
    );
    notes.extend(f.notes);
    notes.extend(out);
    finish(notes, lang, None)
}
