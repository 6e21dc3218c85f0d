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
use crate::ruleset::Ruleset;
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
    /// Mentor reports to the jobcentre, every 14 days.
    pub reports: Vec<String>,
}

const CASE6_LAW: (&str, &str) = ("Mentorcase 6, \"LOVGIVNINGEN\": skriftlig aftale med mål, varighed og timetal (LAB §§ 31 c og 93 som dengang gældende)", "Case 6");
const VEJ_9204: (&str, &str) = ("Vejledning om mentorstøtte, VEJ nr. 9204 af 21/03/2023 (som gengivet): mentors navn og kontaktoplysninger samt mentors opgaver", "afsnit om mentoraftalen");
const GUIDE: (&str, &str) = ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), aftaleguide til virksomhedspraktik", "s. 17");
const SUPPLIER: (&str, &str) = ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), samarbejde med ekstern leverandør", "s. 28-29");

fn src(s: (&'static str, &'static str)) -> Source {
    Source::new(s.0, s.1)
}

fn finish(notes: Vec<Note>, lang: Lang, schedule: Option<Schedule>) -> AgreementResult {
    let findings: Vec<Finding> = notes.iter().map(|n| n.render(lang)).collect();
    AgreementResult { complete: !findings.iter().any(|f| f.severity == Severity::Error), findings, schedule }
}

/// What a missing element is reported as: its rule, its text and its source.
#[derive(Clone, Copy)]
struct Need {
    rule: &'static str,
    variant: &'static str,
    source: (&'static str, &'static str),
}

const fn need(rule: &'static str, variant: &'static str, source: (&'static str, &'static str)) -> Need {
    Need { rule, variant, source }
}

impl Need {
    fn note(self, path: &str) -> Note {
        Note::new(self.rule, self.variant, Severity::Error, Some(path)).source(&src(self.source))
    }
}

/// A required text: the value, or the `need`'s error on `path`.
fn required_text(f: &mut Fields, out: &mut Vec<Note>, v: &Value, key: &str, path: &str, n: Need) -> Option<String> {
    let given = !v.get(key).is_none_or(Value::is_blank);
    let t = f.text(v, key, path);
    if t.is_none() && !given {
        out.push(n.note(path));
    }
    t
}

/// A required date.
fn required_date(f: &mut Fields, out: &mut Vec<Note>, v: &Value, key: &str, path: &str, n: Need) -> Option<NaiveDate> {
    let given = !v.get(key).is_none_or(Value::is_blank);
    let d = f.date(v, key, path);
    if d.is_none() && !given {
        out.push(n.note(path));
    }
    d
}

/// A required positive number (hours).
fn required_hours(f: &mut Fields, out: &mut Vec<Note>, v: &Value, key: &str, path: &str, n: Need) -> Option<f64> {
    match v.get(key) {
        None => {}
        Some(x) if x.is_blank() => {}
        Some(Value::Number(n)) if n.is_finite() && *n > 0.0 && *n <= 168.0 => return Some(*n),
        Some(Value::Number(_)) => {
            let n = f.invalid(path, "outOfRange");
            n.args.push(("min", Arg::Int(0)));
            n.args.push(("max", Arg::Int(168)));
            return None;
        }
        Some(other) => {
            f.wrong_type(path, "expectedNumber", other);
            return None;
        }
    }
    out.push(n.note(path));
    None
}

fn end_before_start(f: &mut Fields, start: Option<NaiveDate>, end: Option<NaiveDate>, path: &str) -> Option<NaiveDate> {
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

/// Words that give a mentor a task mentors should not have: assessing work capacity, deciding.
const AUTHORITY_WORDS: [&str; 10] = [
    "arbejdsevne",
    "afgørelse",
    "afgøre",
    "træffe beslutning",
    "sanktion",
    "visitere",
    "work capacity",
    "decision",
    "decide",
    "sanction",
];

/// `checkMentorAgreement(agreement, options)`.
pub fn check_mentor(a: &Value, lang: Lang, ruleset: &RulesetChoice, mut notes: Vec<Note>) -> AgreementResult {
    let rs = match ruleset.usable() {
        Ok(rs) => rs,
        Err(invalid) => {
            notes.extend(invalid.notes());
            return finish(notes, lang, None);
        }
    };
    let mut f = Fields::default();
    let mut out = Vec::new();
    let rule = "mentor.required";
    required_text(&mut f, &mut out, a, "goal", "goal", need(rule, "goal", CASE6_LAW));
    let start = required_date(&mut f, &mut out, a, "start", "start", need(rule, "start", CASE6_LAW));
    let end = required_date(&mut f, &mut out, a, "end", "end", need(rule, "end", CASE6_LAW));
    let end = end_before_start(&mut f, start, end, "end");
    required_hours(&mut f, &mut out, a, "hoursPerWeek", "hoursPerWeek", need(rule, "hoursPerWeek", CASE6_LAW));
    let empty = Value::Object(Vec::new());
    let mentor = f.object(a, "mentor", "mentor").unwrap_or(&empty);
    required_text(&mut f, &mut out, mentor, "name", "mentor.name", need(rule, "mentorName", VEJ_9204));
    required_text(&mut f, &mut out, mentor, "contact", "mentor.contact", need(rule, "mentorContact", VEJ_9204));
    let tasks = tasks_text(&mut f, &mut out, a);
    let made_on = required_date(&mut f, &mut out, a, "madeOn", "madeOn", need(rule, "madeOn", CASE6_LAW));

    // The date the law is read as of: the agreement's reference date, else when it was made,
    // else its start.
    let as_of = f.date(a, "referenceDate", "referenceDate").or(made_on).or(start);

    // Duration: at most the cap of a period (LAB 2019 § 167 from 2020); a new period needs a
    // concrete assessment.
    if let (Some(s), Some(e), Some(on)) = (start, end, as_of) {
        if let Some((months, source)) = rs.parameter("mentor.maxPeriodMonths", on) {
            let months = months as u32;
            if date::add_months(s, months).is_some_and(|limit| e >= limit) {
                out.push(
                    Note::new("mentor.duration", "overCap", Severity::Error, Some("end"))
                        .arg("months", Arg::Int(i64::from(months)))
                        .arg("start", Arg::Date(s))
                        .arg("end", Arg::Date(e))
                        .source(source),
                );
            }
            let renewal = matches!(a.get("renewal"), Some(Value::Bool(true)));
            let assessed = a.get("concreteAssessment").is_some_and(|j| matches!(j, Value::String(t) if !t.trim().is_empty()));
            if renewal && !assessed {
                out.push(Note::new("mentor.duration", "renewalNeedsAssessment", Severity::Error, Some("concreteAssessment")).arg("months", Arg::Int(i64::from(months))).source(source));
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
                out.push(Note::new("mentor.contact", "missing", Severity::Warning, Some("contactIntervalDays")).source(&src(CASE6_LAW)));
            }
            (Some(days), Some(on)) => {
                let legal = rs.parameter("mentor.maxContactIntervalDays", on);
                if let Some((max, source)) = legal.filter(|(max, _)| days as f64 > *max) {
                    out.push(Note::new("mentor.contact", "law", Severity::Error, Some("contactIntervalDays")).arg("days", Arg::Int(days)).arg("max", Arg::Int(max as i64)).source(source));
                } else if let Some((max, source)) = rs.parameter("course.mentorContactIntervalDays", on).filter(|(max, _)| days as f64 > *max) {
                    out.push(Note::new("mentor.contact", "course", Severity::Warning, Some("contactIntervalDays")).arg("days", Arg::Int(days)).arg("max", Arg::Int(max as i64)).source(source));
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
        if let Some(word) = AUTHORITY_WORDS.iter().find(|w| lower.contains(*w)) {
            out.push(
                Note::new("mentor.taskScope", "authority", Severity::Warning, Some("tasks"))
                    .arg("word", Arg::Text((*word).to_string()))
                    .source(&Source::new("Mentorcase 4: mentorer foretager ikke vurderinger af fx borgerens arbejdsevne og træffer ikke afgørelser", "Case 4")),
            );
        }
    }

    // The cadence as dates, for agreements of a sensible length (an absurd one has its error
    // already; listing a report every 14 days for centuries would only make it slow).
    let schedule = match (start, end) {
        (Some(s), Some(e)) if (e - s).num_days() <= MAX_SCHEDULE_DAYS => Some(cadence(&mut f, &mut out, a, s, e, rs)),
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
            let texts: Vec<String> = items.iter().filter_map(|x| if let Value::String(s) = x { Some(s.trim().to_string()) } else { None }).filter(|s| !s.is_empty()).collect();
            if texts.is_empty() {
                out.push(Note::new("mentor.required", "tasks", Severity::Error, Some("tasks")).source(&src(VEJ_9204)));
                None
            } else {
                Some(texts.join("; "))
            }
        }
        _ => required_text(f, out, a, "tasks", "tasks", need("mentor.required", "tasks", VEJ_9204)),
    }
}

/// The cadence as dates, and what is overdue as of `asOf` (default: the reference date).
fn cadence(f: &mut Fields, out: &mut Vec<Note>, a: &Value, start: NaiveDate, end: NaiveDate, rs: &Ruleset) -> Schedule {
    let months = rs.course.status_meeting_months.value as u32;
    let every = rs.course.mentor_report_days.value;
    let mut status = Vec::new();
    for k in 1.. {
        match date::add_months(start, months * k) {
            Some(d) if d <= end => status.push(d),
            _ => break,
        }
    }
    let mut reports = Vec::new();
    for k in 1.. {
        match start.checked_add_days(chrono::Days::new((every * k) as u64)) {
            Some(d) if d <= end => reports.push(d),
            _ => break,
        }
    }
    let schedule = Schedule {
        start_meeting: date::iso(start),
        status_meetings: status.iter().copied().map(date::iso).collect(),
        reports: reports.iter().copied().map(date::iso).collect(),
    };

    // What happened so far, and what is overdue.
    let Some(on) = f.date(a, "asOf", "asOf").or_else(|| f.date(a, "referenceDate", "referenceDate")) else { return schedule };
    let held = f.object(a, "held", "held");
    let empty = Value::Object(Vec::new());
    let held = held.unwrap_or(&empty);
    let start_meeting = f.date(held, "startMeeting", "held.startMeeting");
    let case9 = Source::new("Mentorcase 9: indledende trepartsmøde; statusmøde hver tredje måned med statusskema", "Case 9");
    if start_meeting.is_none() && on > start && held.get("startMeeting").is_none_or(Value::is_blank) {
        out.push(Note::new("mentor.schedule", "startMeeting", Severity::Warning, Some("held.startMeeting")).arg("date", Arg::Date(start)).source(&case9));
    }
    let mut meetings: Vec<(NaiveDate, bool)> = Vec::new();
    for (i, m) in f.list(held, "statusMeetings", "held.statusMeetings").unwrap_or(&[]).iter().enumerate() {
        let path = format!("held.statusMeetings.{i}");
        if let Some(d) = f.date(m, "date", &format!("{path}.date")) {
            let form = matches!(m.get("statusForm"), Some(Value::Bool(true)));
            if !form {
                out.push(Note::new("mentor.schedule", "statusForm", Severity::Warning, Some(&format!("{path}.statusForm"))).arg("date", Arg::Date(d)).source(&case9));
            }
            meetings.push((d, form));
        }
    }
    if let Some(due) = status.iter().copied().filter(|d| *d < on).find(|due| !meetings.iter().any(|(d, _)| d <= due && date::add_months(*d, months).is_some_and(|next| next > *due))) {
        out.push(Note::new("mentor.schedule", "statusMeeting", Severity::Warning, Some("held.statusMeetings")).arg("date", Arg::Date(due)).source(&case9));
    }
    let mut sent: Vec<NaiveDate> = Vec::new();
    for (i, r) in f.list(held, "reports", "held.reports").unwrap_or(&[]).iter().enumerate() {
        sent.extend(f.date_item(r, &format!("held.reports.{i}")));
    }
    let last = sent.iter().copied().filter(|d| *d <= on).max().unwrap_or(start);
    if let Some(due) = last.checked_add_days(chrono::Days::new(every as u64)).filter(|due| *due < on && *due <= end) {
        out.push(
            Note::new("mentor.schedule", "report", Severity::Warning, Some("held.reports"))
                .arg("date", Arg::Date(due))
                .arg("days", Arg::Int(every))
                .source(&Source::new("Mentorcase 6: mentor afrapporterer hver 14. dag om tidsforbrug og fokus", "Case 6")),
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
    let rule = "internship.required";
    let empty = Value::Object(Vec::new());
    let citizen = f.object(a, "citizen", &p("citizen")).unwrap_or(&empty);
    required_text(&mut f, &mut out, citizen, "name", &p("citizen.name"), need(rule, "name", GUIDE));
    if let Some(c) = required_text(&mut f, &mut out, citizen, "cpr", &p("citizen.cpr"), need(rule, "cpr", GUIDE)) {
        let (r, variant, severity) = match cpr::parse(&c) {
            Cpr::Valid { checksum_ok: true, .. } | Cpr::Substitute => ("", "", Severity::Info),
            Cpr::Valid { checksum_ok: false, .. } => ("cpr.checksum", "mod11", Severity::Warning),
            Cpr::BadFormat => ("cpr.format", "format", Severity::Error),
            Cpr::BadDate => ("cpr.date", "noSuchDay", Severity::Error),
        };
        if !r.is_empty() {
            out.push(Note::new(r, variant, severity, Some(&p("citizen.cpr"))));
        }
    }
    let made_on = required_date(&mut f, &mut out, a, "madeOn", &p("madeOn"), need(rule, "madeOn", GUIDE));
    // The law is read as of the agreement's reference date, else when it was made, else its start.
    let reference = f.date(a, "referenceDate", &p("referenceDate"));
    required_text(&mut f, &mut out, a, "purpose", &p("purpose"), need(rule, "purpose", GUIDE));
    let law = rs.parameter("internship.maxHoursPerWeek", made_on.unwrap_or(NaiveDate::MIN)).map(|(_, s)| s.clone()).unwrap_or_else(|| src(GUIDE));
    if f.code(a, "purposeType", &p("purposeType"), &PURPOSES).is_none() && a.get("purposeType").is_none_or(Value::is_blank) {
        out.push(Note::new(rule, "purposeType", Severity::Error, Some(&p("purposeType"))).source(&law));
    }
    required_text(&mut f, &mut out, a, "terms", &p("terms"), need(rule, "terms", GUIDE));
    let hours = required_hours(&mut f, &mut out, a, "hoursPerWeek", &p("hoursPerWeek"), need(rule, "hoursPerWeek", GUIDE));
    for (key, variant) in [
        ("supportNeeds", "supportNeeds"),
        ("supportNetwork", "supportNetwork"),
        ("supportWhen", "supportWhen"),
        ("warningSigns", "warningSigns"),
        ("crisisSupport", "crisisSupport"),
        ("wishes", "wishes"),
        ("companyKind", "companyKind"),
        ("disclosure", "disclosure"),
    ] {
        required_text(&mut f, &mut out, a, key, &p(key), need(rule, variant, GUIDE));
    }
    match f.boolean(a, "consent", &p("consent")) {
        Some(true) => {}
        _ => out.push(Note::new("internship.consent", "consent", Severity::Error, Some(&p("consent"))).source(&src(GUIDE))),
    }
    let teaching = Source::new("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013): virksomheden skal give fri til den ugentlige undervisningsdag", "s. 9, 23");
    if f.boolean(a, "teachingDayAgreed", &p("teachingDayAgreed")) != Some(true) {
        out.push(Note::new("internship.teachingDay", "notAgreed", Severity::Error, Some(&p("teachingDayAgreed"))).source(&teaching));
    }

    // Weekly hours: at most a normal full working week.
    if let (Some(h), Some((max, source))) = (hours, rs.parameter("internship.maxHoursPerWeek", made_on.unwrap_or(NaiveDate::MIN))) {
        if h > max {
            out.push(Note::new("internship.hours", "overFullWeek", Severity::Error, Some(&p("hoursPerWeek"))).arg("max", Arg::Int(max as i64)).source(source));
        }
    }

    // Duration against the limit for the citizen's category, as of when it was made.
    let category = f.code(a, "category", &p("category"), &CATEGORIES);
    if category.is_none() && a.get("category").is_none_or(Value::is_blank) {
        out.push(Note::new(rule, "category", Severity::Error, Some(&p("category"))).source(&law));
    }
    let start = required_date(&mut f, &mut out, a, "start", &p("start"), need(rule, "start", GUIDE));
    let end = required_date(&mut f, &mut out, a, "end", &p("end"), need(rule, "end", GUIDE));
    let end = end_before_start(&mut f, start, end, &p("end"));
    let without_experience = f.boolean(a, "withoutWorkExperience", &p("withoutWorkExperience")) == Some(true);
    if let (Some(s), Some(e), Some(c)) = (start, end, category) {
        let on = reference.or(made_on).unwrap_or(s);
        let weeks = ((e - s).num_days() + 7) / 7;
        let id = match (c, without_experience) {
            ("jobparat", true) => "internship.maxWeeks.jobparatWithoutExperience",
            ("jobparat", false) => "internship.maxWeeks.jobparat",
            _ => "internship.maxWeeks.aktivitetsparat",
        };
        let extended = rs.parameter("internship.maxWeeksExtended", on);
        if let Some((limit, source)) = rs.parameter(id, on) {
            let assessed = a.get("extension").and_then(|x| x.get("justification")).is_some_and(|j| matches!(j, Value::String(t) if !t.trim().is_empty()));
            match extended {
                Some((max, ext_source)) if weeks as f64 > max => out.push(
                    Note::new("internship.duration", "overMax", Severity::Error, Some(&p("end"))).arg("weeks", Arg::Int(weeks)).arg("max", Arg::Int(max as i64)).source(ext_source),
                ),
                _ if weeks as f64 > limit && !assessed => out.push(
                    Note::new("internship.duration", "needsAssessment", Severity::Error, Some(&p("end")))
                        .arg("weeks", Arg::Int(weeks))
                        .arg("limit", Arg::Int(limit as i64))
                        .arg("category", Arg::Labels(vec![if without_experience { "jobparatWithoutExperience".to_string() } else { c.to_string() }]))
                        .source(source),
                ),
                _ => {}
            }
        }
    }
    let mut notes = f.notes;
    notes.extend(out);
    notes
}

/// `checkInternshipAgreement(agreement, options)`.
pub fn check_internship(a: &Value, lang: Lang, ruleset: &RulesetChoice, mut notes: Vec<Note>) -> AgreementResult {
    match ruleset.usable() {
        Ok(rs) => notes.extend(internship_notes(a, rs, "")),
        Err(invalid) => notes.extend(invalid.notes()),
    }
    finish(notes, lang, None)
}

/// `checkSupplierAgreement(agreement, options)`: the elements of catalogue p. 28-29.
pub fn check_supplier(a: &Value, lang: Lang, ruleset: &RulesetChoice, mut notes: Vec<Note>) -> AgreementResult {
    if let Err(invalid) = ruleset.usable() {
        notes.extend(invalid.notes());
        return finish(notes, lang, None);
    }
    let mut f = Fields::default();
    let mut out = Vec::new();
    let rule = "supplier.required";
    let empty = Value::Object(Vec::new());
    let supplier = f.object(a, "supplier", "supplier").unwrap_or(&empty);
    required_text(&mut f, &mut out, supplier, "name", "supplier.name", need(rule, "supplierName", SUPPLIER));
    required_date(&mut f, &mut out, a, "madeOn", "madeOn", need(rule, "madeOn", SUPPLIER));

    // Hours per task, e.g. absence follow-up.
    match f.list(a, "tasks", "tasks") {
        Some(items) if !items.is_empty() => {
            for (i, t) in items.iter().enumerate() {
                let path = format!("tasks.{i}");
                if !matches!(t, Value::Object(_)) {
                    f.wrong_type(&path, "expectedObject", t);
                    continue;
                }
                required_text(&mut f, &mut out, t, "task", &format!("{path}.task"), need(rule, "taskName", SUPPLIER));
                required_hours(&mut f, &mut out, t, "hours", &format!("{path}.hours"), need(rule, "taskHours", SUPPLIER));
            }
        }
        None if a.get("tasks").is_some_and(|t| !t.is_blank()) => {}
        _ => out.push(Note::new(rule, "tasks", Severity::Error, Some("tasks")).source(&src(SUPPLIER))),
    }
    // Mentor hours, when the supplier provides mentor support.
    match f.boolean(a, "providesMentorSupport", "providesMentorSupport") {
        Some(true) => {
            required_hours(&mut f, &mut out, a, "mentorHours", "mentorHours", need(rule, "mentorHours", SUPPLIER));
        }
        Some(false) => {}
        None => {
            if a.get("providesMentorSupport").is_none_or(Value::is_blank) {
                out.push(Note::new(rule, "providesMentorSupport", Severity::Error, Some("providesMentorSupport")).source(&src(SUPPLIER)));
            }
        }
    }
    required_text(&mut f, &mut out, a, "internshipResponsibility", "internshipResponsibility", need(rule, "internshipResponsibility", SUPPLIER));
    let documentation = f.object(a, "documentation", "documentation").unwrap_or(&empty);
    required_text(&mut f, &mut out, documentation, "what", "documentation.what", need(rule, "documentationWhat", SUPPLIER));
    required_text(&mut f, &mut out, documentation, "frequency", "documentation.frequency", need(rule, "documentationFrequency", SUPPLIER));
    let meeting = f.object(a, "weeklyPhoneMeeting", "weeklyPhoneMeeting").unwrap_or(&empty);
    required_text(&mut f, &mut out, meeting, "weekday", "weeklyPhoneMeeting.weekday", need(rule, "meetingWeekday", SUPPLIER));
    required_text(&mut f, &mut out, meeting, "time", "weeklyPhoneMeeting.time", need(rule, "meetingTime", SUPPLIER));
    let contact = f.object(a, "contactPerson", "contactPerson").unwrap_or(&empty);
    required_text(&mut f, &mut out, contact, "name", "contactPerson.name", need(rule, "contactName", SUPPLIER));
    required_text(&mut f, &mut out, contact, "contact", "contactPerson.contact", need(rule, "contactDetails", SUPPLIER));
    notes.extend(f.notes);
    notes.extend(out);
    finish(notes, lang, None)
}
