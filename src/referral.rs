//! `checkReferral`: does a referred citizen fit the target group, why, by which source, and from
//! which date?
//!
//! Target group (catalogue figure 2, p. 13, as the default ruleset states it):
//! > Borgeren har lettere psykiske barrierer i form af ADHD, angst eller depression.
//! > Borgeren er i aldersgruppen 25-30 år. [...] Krav: I tilfælde hvor borgeren har misbrug:
//! > Borgeren skal være i behandling [...]. Borgeren må ikke have praktiseret sit misbrug inden
//! > for den seneste måned.
//!
//! The check runs in two steps: [`read`] turns the input into a [`Referral`] once, reporting
//! every unusable field as a finding; `judge` judges it as of a reference date. The earliest
//! eligible date is found by judging the same referral again as of the candidate date, so
//! `eligibleFrom` is eligible by construction, not by a second copy of the rules.

use chrono::NaiveDate;
use serde::Serialize;

use crate::cpr::{self, Cpr};
use crate::date;
use crate::fields::Fields;
use crate::finding::{compact, Arg, Finding, Name, Note, Severity};
use crate::rules::Rule;
use crate::ruleset::{self, Ruleset, BARRIER_KINDS, CATEGORIES, SEVERITIES};
use crate::value::Value;
use crate::{Lang, RulesetChoice, Stamp};

/// `eligible`, `not_eligible` or `incomplete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Every criterion is met.
    Eligible,
    /// Some known criterion fails.
    NotEligible,
    /// Nothing fails, but something is not filled in yet.
    Incomplete,
}

/// `met`, `not_met` or `unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Holds on the reference date.
    Met,
    /// Fails on the reference date.
    NotMet,
    /// Its input is missing or unusable.
    Unknown,
}

/// One target-group criterion in the result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Criterion {
    /// The rule (shown by its id, e.g. `target.age`).
    pub rule: Rule,
    /// Whether it holds.
    pub status: Status,
    /// The input field it is about (where a form shows it).
    pub field: &'static str,
}

impl Serialize for Criterion {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::record!(s, compact::CRITERION, &self.rule, &self.status, &Name(&self.field))
    }
}

impl Serialize for ReferralResult {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::record!(
            s,
            compact::REFERRAL_RESULT,
            &self.outcome,
            &self.eligible_from,
            &self.criteria,
            &self.findings,
            &self.ruleset
        )
    }
}

/// What `checkReferral` returns (`{ outcome, eligibleFrom, criteria, findings, ruleset }`).
#[derive(Debug, Clone, PartialEq)]
pub struct ReferralResult {
    /// The verdict.
    pub outcome: Outcome,
    /// The first date on which time alone makes the citizen eligible, as `YYYY-MM-DD`.
    pub eligible_from: Option<String>,
    /// One entry per target-group criterion, always in the same order.
    pub criteria: Vec<Criterion>,
    /// Findings in the requested language.
    pub findings: Vec<Finding>,
    /// Which ruleset judged, as of which date.
    pub ruleset: Stamp,
}

/// The answer to "does the citizen have a substance abuse?".
#[derive(Debug, Clone, PartialEq)]
enum Abuse {
    Unanswered,
    No,
    Yes {
        in_treatment: Option<bool>,
        start: Option<NaiveDate>,
        /// `Ok(None)`: no end date; `Err`: one was given but cannot be used.
        end: Result<Option<NaiveDate>, ()>,
        last_use: Option<NaiveDate>,
    },
}

/// One barrier as entered; `None` where not filled in or unusable.
#[derive(Debug, Clone, PartialEq)]
struct Barrier {
    kind: Option<&'static str>,
    severity: Option<&'static str>,
}

/// A referral as read from the input: every field usable or `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Referral {
    reference: Option<NaiveDate>,
    planned_end: Option<NaiveDate>,
    /// The birth date the age is computed from (`None` when unknown or contradictory).
    birth: Option<NaiveDate>,
    /// Where the birth date came from: `citizen.birthDate` or `citizen.cpr`.
    birth_field: &'static str,
    benefit: Option<smol_str::SmolStr>,
    category: Option<&'static str>,
    /// `None`: not filled in (absent, unusable or an empty list).
    barriers: Option<Vec<Barrier>>,
    open: Option<bool>,
    reflect: Option<bool>,
    abuse: Abuse,
}

/// Reads a referral. Never fails: unusable fields become notes and count as not filled in.
pub fn read(input: &Value) -> (Referral, Vec<Note>) {
    let mut f = Fields::default();
    let reference = f.date(input, "referenceDate", "referenceDate");
    let planned_end = f.date(input, "plannedEnd", "plannedEnd");

    let empty = Value::Object(Vec::new());
    let citizen = f.object(input, "citizen", "citizen").unwrap_or(&empty);
    let birth_date = f.date(citizen, "birthDate", "citizen.birthDate");
    let cpr_text = f.text(citizen, "cpr", "citizen.cpr");
    // Inline up to 23 bytes: no allocation for a benefit code.
    let benefit = f.str(citizen, "benefit", "citizen.benefit").map(smol_str::SmolStr::new);
    let category = f.code(citizen, "visitationCategory", "citizen.visitationCategory", CATEGORIES);

    let cpr_birth = cpr_text.as_deref().and_then(|s| {
        let (rule, variant, severity, birth) = match cpr::parse(s) {
            Cpr::Valid { birth, checksum_ok: true } => return Some(birth),
            Cpr::Valid { birth, checksum_ok: false } => {
                (Rule::CprChecksum, "mod11", Severity::Warning, Some(birth))
            }
            Cpr::Substitute => (Rule::CprSubstitute, "substitute", Severity::Warning, None),
            Cpr::BadFormat => (Rule::CprFormat, "format", Severity::Error, None),
            Cpr::BadDate => (Rule::CprDate, "noSuchDay", Severity::Error, None),
        };
        f.notes.push(Note::at(rule, variant, severity, "citizen.cpr"));
        birth
    });
    let (birth, birth_field) = match (birth_date, cpr_birth) {
        (Some(b), Some(c)) if b != c => {
            f.notes.push(
                Note::at(Rule::CprMismatch, "mismatch", Severity::Error, "citizen.cpr")
                    .arg("date", Arg::Date(c)),
            );
            (None, "citizen.birthDate")
        }
        (Some(b), _) => (Some(b), "citizen.birthDate"),
        (None, Some(c)) => (Some(c), "citizen.cpr"),
        (None, None) if cpr_text.is_some() && birth_date.is_none() => (None, "citizen.cpr"),
        (None, None) => (None, "citizen.birthDate"),
    };

    let barriers = match input.get("barriers") {
        None => None,
        Some(v) if v.is_blank() => None,
        Some(Value::Array(items)) => {
            let list: Vec<Barrier> = items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    if item.is_blank() {
                        return Barrier { kind: None, severity: None };
                    }
                    if !matches!(item, Value::Object(_)) {
                        f.wrong_type(&format!("barriers.{i}"), "expectedObject", item);
                        return Barrier { kind: None, severity: None };
                    }
                    Barrier {
                        kind: f.code_at(
                            item,
                            "kind",
                            &|| format!("barriers.{i}.kind"),
                            BARRIER_KINDS,
                        ),
                        severity: f.code_at(
                            item,
                            "severity",
                            &|| format!("barriers.{i}.severity"),
                            SEVERITIES,
                        ),
                    }
                })
                .collect();
            (!list.is_empty()).then_some(list)
        }
        Some(v) => {
            f.wrong_type("barriers", "expectedList", v);
            None
        }
    };

    let open = f.boolean(input, "openToGroupWork", "openToGroupWork");
    let reflect = f.boolean(input, "canDescribeOwnBarriers", "canDescribeOwnBarriers");

    let abuse = match f.object(input, "substanceAbuse", "substanceAbuse") {
        None => Abuse::Unanswered,
        Some(sa) => match f.boolean(sa, "present", "substanceAbuse.present") {
            None => Abuse::Unanswered,
            Some(false) => Abuse::No,
            Some(true) => {
                let in_treatment = f.boolean(sa, "inTreatment", "substanceAbuse.inTreatment");
                let start = f.date(sa, "treatmentStart", "substanceAbuse.treatmentStart");
                // An end date that was given but cannot be used leaves the treatment unknown;
                // only an absent one means "no end".
                let given = !sa.get("treatmentEnd").is_none_or(Value::is_blank);
                let end = match f.date(sa, "treatmentEnd", "substanceAbuse.treatmentEnd") {
                    Some(e) if start.is_some_and(|s| e < s) => {
                        f.invalid("substanceAbuse.treatmentEnd", "endBeforeStart");
                        Err(())
                    }
                    Some(e) => Ok(Some(e)),
                    None if given => Err(()),
                    None => Ok(None),
                };
                let last_use = f.date(sa, "lastUse", "substanceAbuse.lastUse");
                Abuse::Yes { in_treatment, start, end, last_use }
            }
        },
    };

    let referral = Referral {
        reference,
        planned_end,
        birth,
        birth_field,
        benefit,
        category,
        barriers,
        open,
        reflect,
        abuse,
    };
    (referral, f.notes)
}

/// One judged criterion.
#[derive(Clone, Copy)]
struct Judged {
    criterion: Criterion,
    /// For a failure that time alone cures: the first day it holds.
    cured_on: Option<NaiveDate>,
}

/// Where a judging writes the notes that explain it: each failure's as a finding (they come
/// first, in the criteria's order), the others (a birth after the reference date, turning too
/// old during the course, ...) apart, since they follow the input's notes.
struct Explain<'a> {
    lang: Lang,
    failures: &'a mut Vec<Finding>,
    extra: &'a mut Vec<Note>,
}

/// A judging in progress: the criteria so far, and where their notes go (`None`: the second
/// judging, for `eligibleFrom`, which needs only the statuses and builds no note).
struct Judging<'a> {
    criteria: [Judged; 7],
    n: usize,
    explain: Option<Explain<'a>>,
}

impl Judging<'_> {
    /// The next criterion (in the order of [`UNJUDGED`]).
    fn put(&mut self, rule: Rule, status: Status, field: &'static str) {
        self.put_cured(rule, status, field, None);
    }

    fn put_cured(
        &mut self,
        rule: Rule,
        status: Status,
        field: &'static str,
        cured_on: Option<NaiveDate>,
    ) {
        if let Some(j) = self.criteria.get_mut(self.n) {
            *j = Judged { criterion: Criterion { rule, status, field }, cured_on };
        }
        self.n += 1;
    }

    /// The next criterion fails, explained by `note` (built only when explaining); time alone
    /// cures it on `cured_on`.
    fn fail(
        &mut self,
        rule: Rule,
        field: &'static str,
        cured_on: Option<NaiveDate>,
        note: impl FnOnce() -> Note,
    ) {
        self.put_cured(rule, Status::NotMet, field, cured_on);
        if let Some(x) = &mut self.explain {
            x.failures.push(note().render(x.lang));
        }
    }

    /// A note besides the criteria (built only when explaining).
    fn note(&mut self, note: impl FnOnce() -> Option<Note>) {
        if let Some(x) = &mut self.explain {
            x.extra.extend(note());
        }
    }
}

/// Judges a referral as of `on` (or with no reference date), writing the notes to `explain`.
fn judge(
    r: &Referral,
    on: Option<NaiveDate>,
    rs: &Ruleset,
    explain: Option<Explain>,
) -> [Judged; 7] {
    // (Counted for a test; `cfg(test)` alone, since the rules' test reads the code up to the
    // first `cfg(all(test`.)
    #[cfg(all(not(target_arch = "wasm32"), test))]
    tests::JUDGED.with(|n| n.set(n.get() + 1));
    let t = &rs.target_group;
    let mut out = Judging {
        criteria: UNJUDGED.map(|(rule, field)| Judged {
            criterion: Criterion { rule, status: Status::Unknown, field },
            cured_on: None,
        }),
        n: 0,
        explain,
    };

    // target.age: completed years on the reference date, min <= age <= max.
    match (r.birth, on) {
        (Some(b), Some(on)) if b > on => {
            out.note(|| {
                Some(Note::at(
                    Rule::InputInvalid,
                    "birthAfterReference",
                    Severity::Error,
                    r.birth_field,
                ))
            });
            out.put(Rule::TargetAge, Status::Unknown, r.birth_field);
        }
        (Some(b), Some(on)) => {
            let age = date::age_on(b, on);
            let args = |n: Note| {
                n.arg("age", Arg::Int(age.into()))
                    .arg("min", Arg::Int(t.age.min.into()))
                    .arg("max", Arg::Int(t.age.max.into()))
                    .source(&t.age.source)
            };
            if age < t.age.min {
                let at = date::date_at_age(b, t.age.min);
                out.fail(Rule::TargetAge, r.birth_field, at, || {
                    let note =
                        args(Note::at(Rule::TargetAge, "tooYoung", Severity::Error, r.birth_field));
                    match at {
                        Some(at) => note.arg("date", Arg::Date(at)),
                        None => note,
                    }
                });
            } else if age > t.age.max {
                out.fail(Rule::TargetAge, r.birth_field, None, || {
                    args(Note::at(Rule::TargetAge, "tooOld", Severity::Error, r.birth_field))
                });
            } else {
                // Eligible at start; say so when the citizen passes the upper age during the course,
                // which ends on its planned end or, without one, on the last day of the default
                // plan from the reference date (start + weeks x 7 - 1 day, as planCourse plans).
                // Only a note: not worked out when judging again for eligibleFrom. The age
                // range is what the note is about, so it cites the age's source (figure 2 in the
                // default); without a planned end, the text says the end is the standard course's.
                out.note(|| {
                    let planned = r.planned_end.filter(|e| *e >= on);
                    let recommended = rs.course.profile("recommended");
                    let weeks = rs.course_weeks(recommended);
                    let end = planned
                        .or_else(|| date::add_weeks(on, weeks as u32).and_then(|d| d.pred_opt()))?;
                    let turns = date::date_at_age(b, t.age.max + 1).filter(|d| *d <= end)?;
                    let variant =
                        if planned.is_some() { "turnsTooOld" } else { "turnsTooOldStandard" };
                    let note = Note::at(
                        Rule::TargetAgeDuringCourse,
                        variant,
                        Severity::Info,
                        r.birth_field,
                    )
                    .arg("age", Arg::Int((t.age.max + 1).into()))
                    .arg("date", Arg::Date(turns))
                    .arg("end", Arg::Date(end))
                    .arg("on", Arg::Date(on));
                    let note = if planned.is_some() {
                        note
                    } else {
                        note.arg("weeks", Arg::Count(weeks, "week"))
                    };
                    Some(note.source(&t.age.source))
                });
                out.put(Rule::TargetAge, Status::Met, r.birth_field);
            }
        }
        _ => out.put(Rule::TargetAge, Status::Unknown, r.birth_field),
    }

    // target.barrier: some barrier of a listed kind and severity.
    match &r.barriers {
        None => out.put(Rule::TargetBarrier, Status::Unknown, "barriers"),
        Some(list) => {
            let listed =
                |v: Option<&str>, allowed: &[String]| v.map(|x| allowed.iter().any(|a| a == x));
            let mut unknown = false;
            let mut met = false;
            for b in list {
                match (
                    listed(b.kind, &t.barriers.kinds),
                    listed(b.severity, &t.barriers.severities),
                ) {
                    (Some(true), Some(true)) => met = true,
                    (Some(false), _) | (_, Some(false)) => {}
                    _ => unknown = true,
                }
            }
            if met {
                out.put(Rule::TargetBarrier, Status::Met, "barriers");
            } else if unknown {
                out.put(Rule::TargetBarrier, Status::Unknown, "barriers");
            } else {
                out.fail(Rule::TargetBarrier, "barriers", None, || {
                    Note::at(Rule::TargetBarrier, "notMet", Severity::Error, "barriers")
                        .arg("kinds", Arg::SharedLabels(t.barriers.kinds.clone()))
                        .arg("severities", Arg::SharedLabels(t.barriers.severities.clone()))
                        .source(&t.barriers.source)
                });
            }
        }
    }

    // target.openness and target.selfReflection: yes/no answers.
    for (rule, field, answer, required, source) in [
        (
            Rule::TargetOpenness,
            "openToGroupWork",
            r.open,
            t.open_to_group_work.required,
            &t.open_to_group_work.source,
        ),
        (
            Rule::TargetSelfReflection,
            "canDescribeOwnBarriers",
            r.reflect,
            t.can_describe_own_barriers.required,
            &t.can_describe_own_barriers.source,
        ),
    ] {
        match (required, answer) {
            (false, _) | (true, Some(true)) => out.put(rule, Status::Met, field),
            (true, Some(false)) => out.fail(rule, field, None, || {
                Note::at(rule, "notMet", Severity::Error, field).source(source)
            }),
            (true, None) => out.put(rule, Status::Unknown, field),
        }
    }

    // target.benefit: one of the accepted benefits.
    // Benefits are dated (uddannelseshjælp 2014-01-01 to 2025-06-30 in the default).
    // The list is made only for the message of a benefit that does not qualify.
    let qualifies = |b: &str| {
        t.benefit.accepted.iter().any(|x| {
            x.code == b
                && on
                    .is_none_or(|on| x.from.is_none_or(|f| f <= on) && x.to.is_none_or(|t| on <= t))
        })
    };
    match &r.benefit {
        None => out.put(Rule::TargetBenefit, Status::Unknown, "citizen.benefit"),
        Some(b) if qualifies(b) => out.put(Rule::TargetBenefit, Status::Met, "citizen.benefit"),
        Some(_) => out.fail(Rule::TargetBenefit, "citizen.benefit", None, || {
            Note::at(Rule::TargetBenefit, "notMet", Severity::Error, "citizen.benefit")
                .arg("benefits", Arg::Labels(t.benefits_on(on)))
                .source(&t.benefit.source)
        }),
    }

    // abuse.treatment and abuse.sobriety.
    let present = "substanceAbuse.present";
    match &r.abuse {
        Abuse::Unanswered => {
            out.put(Rule::AbuseTreatment, Status::Unknown, present);
            out.put(Rule::AbuseSobriety, Status::Unknown, present);
        }
        Abuse::No => {
            out.put(Rule::AbuseTreatment, Status::Met, present);
            out.put(Rule::AbuseSobriety, Status::Met, present);
        }
        Abuse::Yes { in_treatment, start, end, last_use } => {
            let rule = Rule::AbuseTreatment;
            let note = |variant, field: &'static str| {
                Note::at(rule, variant, Severity::Error, field).source(&t.substance_abuse.source)
            };
            if !t.substance_abuse.treatment_required {
                out.put(rule, Status::Met, "substanceAbuse.inTreatment");
            } else if *in_treatment == Some(false) {
                let f = "substanceAbuse.inTreatment";
                out.fail(rule, f, None, || note("notInTreatment", f));
            } else {
                match (start, on) {
                    // Whether the citizen is in treatment is asked first, then since when.
                    (None, _) if in_treatment.is_none() => {
                        out.put(rule, Status::Unknown, "substanceAbuse.inTreatment");
                    }
                    (None, _) => out.put(rule, Status::Unknown, "substanceAbuse.treatmentStart"),
                    (Some(_), None) => {
                        out.put(rule, Status::Unknown, "substanceAbuse.treatmentStart");
                    }
                    (Some(s), Some(on)) if *s > on => {
                        // A dated future start is cured by time, like age and sobriety.
                        let f = "substanceAbuse.treatmentStart";
                        out.fail(rule, f, Some(*s), || {
                            note("notStarted", f)
                                .arg("date", Arg::Date(*s))
                                .arg("on", Arg::Date(on))
                        });
                    }
                    (Some(_), Some(on)) => match end {
                        Err(()) => out.put(rule, Status::Unknown, "substanceAbuse.treatmentEnd"),
                        Ok(Some(e)) if *e < on => {
                            let f = "substanceAbuse.treatmentEnd";
                            out.fail(rule, f, None, || {
                                note("ended", f).arg("date", Arg::Date(*e)).arg("on", Arg::Date(on))
                            });
                        }
                        Ok(_) => out.put(rule, Status::Met, "substanceAbuse.treatmentStart"),
                    },
                }
            }

            let rule = Rule::AbuseSobriety;
            let field = "substanceAbuse.lastUse";
            match (last_use, on) {
                (Some(l), Some(on)) if *l > on => {
                    // A use after the reference date cannot be known yet.
                    out.note(|| {
                        Some(Note::at(Rule::InputInvalid, "afterReference", Severity::Error, field))
                    });
                    out.put(rule, Status::Unknown, field);
                }
                (Some(l), Some(on)) => {
                    match date::add_months(*l, t.substance_abuse.sobriety_months) {
                        Some(from) if on >= from => out.put(rule, Status::Met, field),
                        Some(from) => out.fail(rule, field, Some(from), || {
                            Note::at(rule, "notMet", Severity::Error, field)
                                .arg(
                                    "period",
                                    Arg::Labels(vec![period_code(
                                        t.substance_abuse.sobriety_months,
                                    )]),
                                )
                                .arg("date", Arg::Date(from))
                                .source(&t.substance_abuse.source)
                        }),
                        None => out.put(rule, Status::Unknown, field),
                    }
                }
                _ => out.put(rule, Status::Unknown, field),
            }
        }
    }

    if let Some(c) = r.category {
        if t.visitation_category.warn.iter().any(|w| w == c) {
            out.note(|| {
                Some(
                    Note::at(
                        Rule::TargetCategory,
                        "unusual",
                        Severity::Warning,
                        "citizen.visitationCategory",
                    )
                    .arg("category", Arg::Labels(vec![c.to_string()]))
                    .source(&t.visitation_category.source),
                )
            });
        }
    }
    out.criteria
}

/// "the last month" / "the last 3 months" as a label code (see `messages::label`).
fn period_code(months: u32) -> String {
    format!("period:{months}")
}

fn outcome_of(judged: &[Judged]) -> Outcome {
    if judged.iter().any(|j| j.criterion.status == Status::NotMet) {
        Outcome::NotEligible
    } else if judged.iter().any(|j| j.criterion.status == Status::Unknown) {
        Outcome::Incomplete
    } else {
        Outcome::Eligible
    }
}

/// The first date on which time alone makes the citizen eligible: only when every failing
/// criterion is one that time cures (too young, not yet sober long enough) and nothing is
/// unknown; the candidate is confirmed by judging the referral again as of that date (without
/// its notes), which also rules out a citizen who would be too old by then or whose treatment
/// has ended.
fn eligible_from(r: &Referral, judged: &[Judged], rs: &Ruleset) -> Option<NaiveDate> {
    let mut candidate: Option<NaiveDate> = None;
    for j in judged {
        match j.criterion.status {
            Status::Met => {}
            Status::Unknown => return None,
            Status::NotMet => {
                let cured = j.cured_on?;
                candidate = Some(candidate.map_or(cured, |c| c.max(cured)));
            }
        }
    }
    let d = candidate?;
    let again = judge(r, Some(d), rs, None);
    (outcome_of(&again) == Outcome::Eligible).then_some(d)
}

/// The referral check.
pub fn check(
    input: &Value,
    lang: Lang,
    ruleset: &RulesetChoice,
    mut notes: Vec<Note>,
) -> ReferralResult {
    let (referral, read_notes) = read(input);
    notes.extend(read_notes);
    if referral.reference.is_none() && input.get("referenceDate").is_none_or(Value::is_blank) {
        notes.push(Note::at(
            Rule::InputRequired,
            "referenceDate",
            Severity::Error,
            "referenceDate",
        ));
    }
    let stamp = |id: &str, version: &str| Stamp::new((id, version), referral.reference);

    let rs: &Ruleset = match ruleset::judge_by(ruleset, &mut notes) {
        Ok(rs) => rs,
        Err(invalid) => {
            // No assessment with a broken ruleset: every criterion is unknown.
            let criteria = UNJUDGED
                .iter()
                .map(|&(rule, field)| Criterion { rule, status: Status::Unknown, field })
                .collect();
            return ReferralResult {
                outcome: Outcome::Incomplete,
                eligible_from: None,
                criteria,
                findings: notes.into_iter().map(|n| n.render(lang)).collect(),
                ruleset: stamp(&invalid.id, &invalid.version),
            };
        }
    };

    // The failures' findings first, written by the judging itself; then the input's notes, then
    // the judging's other notes. (At most 7 failures and 5 other notes: no reallocation.)
    let mut findings = Vec::with_capacity(UNJUDGED.len() + notes.len() + 5);
    let mut extra = Vec::new();
    let explain = Explain { lang, failures: &mut findings, extra: &mut extra };
    let judged = judge(&referral, referral.reference, rs, Some(explain));
    if let (Some(end), Some(on)) = (referral.planned_end, referral.reference) {
        if end < on {
            extra.push(Note::at(
                Rule::InputInvalid,
                "endBeforeReference",
                Severity::Error,
                "plannedEnd",
            ));
        }
    }
    let outcome = outcome_of(&judged);
    let eligible_from = match outcome {
        Outcome::Eligible => None,
        _ => eligible_from(&referral, &judged, rs),
    };
    findings.extend(notes.into_iter().chain(extra).map(|n| n.render(lang)));
    ReferralResult {
        outcome,
        eligible_from: eligible_from.map(date::iso),
        criteria: judged.iter().map(|j| j.criterion).collect(),
        findings,
        ruleset: stamp(&rs.id, &rs.version),
    }
}

/// The criteria in their fixed order with their default fields.
pub(crate) const UNJUDGED: [(Rule, &str); 7] = [
    (Rule::TargetAge, "citizen.birthDate"),
    (Rule::TargetBarrier, "barriers"),
    (Rule::TargetOpenness, "openToGroupWork"),
    (Rule::TargetSelfReflection, "canDescribeOwnBarriers"),
    (Rule::TargetBenefit, "citizen.benefit"),
    (Rule::AbuseTreatment, "substanceAbuse.present"),
    (Rule::AbuseSobriety, "substanceAbuse.present"),
];

/// The shared vectors' expansion (tests/vectors/README.md), for a test of `judge` below.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "../tests/vectors/expand.rs"]
mod vector_expand;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn run(json: &str) -> ReferralResult {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        let rs = RulesetChoice::Default;
        check(&Value::from(&v), Lang::Da, &rs, Vec::new())
    }

    #[test]
    fn criteria_come_in_the_fixed_order() {
        let r = run("{}");
        let rules: Vec<_> = r.criteria.iter().map(|c| c.rule).collect();
        let fixed: Vec<_> = UNJUDGED.iter().map(|(r, _)| *r).collect();
        assert_eq!(rules, fixed);
        assert_eq!(r.outcome, Outcome::Incomplete);
    }

    /// The TypeScript declarations list the criteria's rule ids (`CriterionRule`): they are the
    /// criteria this check judges, in its order, so the ids stay declared once in Rust and the
    /// declarations cannot drift from them.
    #[test]
    fn the_typescript_criterion_rules_are_the_criteria() {
        let dts = include_str!("types.d.ts");
        let start = dts.find("export type CriterionRule =").unwrap();
        let end = start + dts[start..].find(';').unwrap();
        let declared: Vec<&str> = dts[start..end].split('"').skip(1).step_by(2).collect();
        let judged: Vec<&str> = UNJUDGED.iter().map(|(r, _)| r.id()).collect();
        assert_eq!(declared, judged);
    }

    /// An unanswered treatment question is what a form marks: whether the citizen is in
    /// treatment first (it pointed at the start date while the question above it was empty),
    /// then since when, each with a text of its own in the catalogue (`missing` + the field's
    /// last name, which the glue looks up before the criterion's general `missing`).
    #[test]
    fn the_treatment_criterion_points_at_the_question_left_unanswered() {
        let abuse = |sa: &str| {
            let r = run(&format!(r#"{{"referenceDate":"2027-01-04","substanceAbuse":{sa}}}"#));
            let c = r.criteria.iter().find(|c| c.rule == Rule::AbuseTreatment).unwrap();
            (c.status, c.field.to_string())
        };
        let unknown = Status::Unknown;
        assert_eq!(abuse("{}"), (unknown, "substanceAbuse.present".into()));
        assert_eq!(abuse(r#"{"present":true}"#), (unknown, "substanceAbuse.inTreatment".into()));
        assert_eq!(
            abuse(r#"{"present":true,"inTreatment":true}"#),
            (unknown, "substanceAbuse.treatmentStart".into())
        );
        let texts = crate::rules::Rule::AbuseTreatment.entry().texts;
        for field in ["inTreatment", "treatmentStart"] {
            let variant = format!("missing{}{}", field[..1].to_uppercase(), &field[1..]);
            assert!(texts.iter().any(|t| t.variant == variant), "{variant}");
        }
    }

    thread_local! {
        /// How often `judge` ran on this thread.
        pub static JUDGED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// The referral is judged a second time (for `eligibleFrom`) only when every failing
    /// criterion is one that time cures: not when it is eligible, incomplete, or fails a
    /// criterion time does not cure (here openness), even if another would be cured (age).
    #[test]
    fn eligible_from_judges_again_only_when_time_cures_every_failure() {
        let young = r#""referenceDate":"2027-01-04","citizen":{"birthDate":"2002-01-20","benefit":"kontanthjaelp"},
            "barriers":[{"kind":"adhd","severity":"mild"}],"canDescribeOwnBarriers":true,"substanceAbuse":{"present":false}"#;
        let grown = young.replace("2002-01-20", "1999-03-15");
        for (json, judged, from) in [
            (format!("{{{young},\"openToGroupWork\":true}}"), 2, Some("2027-01-20")),
            (format!("{{{young},\"openToGroupWork\":false}}"), 1, None),
            (format!("{{{young}}}"), 1, None),
            (format!("{{{grown},\"openToGroupWork\":true}}"), 1, None),
            ("{}".to_string(), 1, None),
        ] {
            JUDGED.with(|n| n.set(0));
            let r = run(&json);
            assert_eq!(JUDGED.with(std::cell::Cell::get), judged, "{json}");
            assert_eq!(r.eligible_from.as_deref(), from, "{json}");
        }
    }

    /// Judging without notes (as `eligibleFrom` judges again) gives the same criteria and cure
    /// dates as judging with them, for every referral vector, as of its reference date and as
    /// of the date `eligibleFrom` would try; and it writes no note.
    #[test]
    fn judging_without_notes_judges_the_same() {
        let rs = ruleset::default_ruleset();
        let mut n = 0;
        for (name, v) in super::vector_expand::vectors("referral") {
            if v.get("options").is_some_and(|o| o.get("ruleset").is_some()) {
                continue;
            }
            let (r, _) = read(&Value::from(&v["input"]));
            let (mut failures, mut extra) = (Vec::new(), Vec::new());
            let explain = Explain { lang: Lang::Da, failures: &mut failures, extra: &mut extra };
            let explained = judge(&r, r.reference, rs, Some(explain));
            let later = explained.iter().filter_map(|j| j.cured_on).max();
            for on in [r.reference, later] {
                let with = judge(
                    &r,
                    on,
                    rs,
                    Some(Explain {
                        lang: Lang::Da,
                        failures: &mut Vec::new(),
                        extra: &mut Vec::new(),
                    }),
                );
                let without = judge(&r, on, rs, None);
                for (a, b) in with.iter().zip(&without) {
                    assert_eq!((a.criterion, a.cured_on), (b.criterion, b.cured_on), "{name}");
                }
            }
            let failed = explained.iter().filter(|j| j.criterion.status == Status::NotMet);
            assert_eq!(failures.len(), failed.count(), "{name}");
            n += 1;
        }
        assert!(n > 50, "{n}");
    }

    #[test]
    fn eligible_from_is_the_later_of_age_and_sobriety() {
        let r = run(
            r#"{"referenceDate":"2027-01-04","citizen":{"birthDate":"2002-01-20","benefit":"kontanthjaelp"},
            "barriers":[{"kind":"adhd","severity":"mild"}],"openToGroupWork":true,"canDescribeOwnBarriers":true,
            "substanceAbuse":{"present":true,"inTreatment":true,"treatmentStart":"2026-01-01","lastUse":"2026-12-31"}}"#,
        );
        assert_eq!(r.outcome, Outcome::NotEligible);
        assert_eq!(r.eligible_from.as_deref(), Some("2027-01-31"));
        let r = run(
            r#"{"referenceDate":"2027-01-04","citizen":{"birthDate":"2002-01-20","benefit":"kontanthjaelp"},
            "barriers":[{"kind":"adhd","severity":"mild"}],"openToGroupWork":true,"canDescribeOwnBarriers":true,
            "substanceAbuse":{"present":true,"inTreatment":true,"treatmentStart":"2026-01-01","lastUse":"2026-12-01"}}"#,
        );
        assert_eq!(r.eligible_from.as_deref(), Some("2027-01-20"));
    }
}
