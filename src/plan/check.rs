//! `checkPlan`: a plan a caseworker has edited (or `planCourse` made) against the course and the
//! law: phases in order and contiguous, their lengths by profile, the internship agreement,
//! teaching days and holidays, the team, and the internship's length under LAB § 61.

use chrono::NaiveDate;

use super::*;

/// A phase as read back from a plan.
struct ReadPhase {
    index: usize,
    phase: &'static str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    level: Option<i64>,
    level_given: bool,
    continues_internship: bool,
}

/// `checkPlan(plan, options)`.
pub fn check_plan(
    plan: &Value,
    lang: Lang,
    ruleset: &RulesetChoice,
    mut notes: Vec<Note>,
) -> CheckResult {
    if let Ok(rs) = ruleset::judge_by(ruleset, &mut notes) {
        notes.extend(check_plan_notes(plan, rs));
    }
    finish(notes, lang)
}

/// The notes of `checkPlan` for one plan.
pub(crate) fn check_plan_notes(plan: &Value, rs: &Ruleset) -> Vec<Note> {
    let course = &rs.course;
    let mut f = Fields::default();
    let profile_id = read_profile(&mut f, plan, course);
    let profile = profile_or_default(course, &profile_id);
    let mut out: Vec<Note> = Vec::new();

    let phases = read_phases(&mut f, plan, profile, &mut out);

    // The internship postponed 1-2 weeks after teaching (p. 22), as the plan records it.
    let postponement = f.object(plan, "postponeInternship", "postponeInternship");
    let postponement_reason =
        postponement.and_then(|p| f.text(p, "reason", "postponeInternship.reason"));

    // Dates of each phase, and contiguity.
    let mut prev_end: Option<(NaiveDate, usize)> = None;
    let mut prev_phase = "";
    for p in &phases {
        let path = format!("phases.{}", p.index);
        if let (Some(s), Some(e)) = (p.start, p.end) {
            if e < s {
                out.push(
                    Note::new(
                        Rule::PlanPhaseDates,
                        "endBeforeStart",
                        Severity::Error,
                        Some(&format!("{path}.end")),
                    )
                    .arg("phase", Arg::Labels(vec![phase_label(p.phase)]))
                    .source(&profile.source),
                );
            }
        }
        if let (Some((pe, _)), Some(s)) = (prev_end, p.start) {
            let gap = (s - pe).num_days() - 1;
            if prev_phase == "teaching" && p.phase == "internship" && (gap == 7 || gap == 14) {
                // A postponed internship: allowed, with a reason.
                if postponement_reason.is_none() {
                    out.push(
                        Note::new(
                            Rule::PlanPostponement,
                            "noReason",
                            Severity::Warning,
                            Some("postponeInternship.reason"),
                        )
                        .arg("weeks", Arg::Count(gap / 7, "week")),
                    );
                }
            } else if Some(s) != add_days(pe, 1) {
                let variant = if s <= pe { "overlap" } else { "gap" };
                let mut n = Note::new(
                    Rule::PlanContiguity,
                    variant,
                    Severity::Error,
                    Some(&format!("{path}.start")),
                )
                .arg("phase", Arg::Labels(vec![phase_label(p.phase)]))
                .source(&profile.source);
                if let Some(expected) = add_days(pe, 1) {
                    n = n.arg("date", Arg::Date(expected));
                }
                out.push(n);
            }
        }
        if let Some(e) = p.end {
            prev_end = Some((e, p.index));
        }
        prev_phase = p.phase;
    }

    length_notes(&mut f, plan, rs, &profile_id, &phases, &mut out);
    let span = |name: &str| span(&phases, name);
    let first_start = phases.first().and_then(|p| p.start);
    if let (Some(s), Some((_, _, e))) = (first_start, span("internship")) {
        let total = weeks_between(s, e);
        let min = i64::from(rs.target_group.course.min_weeks);
        if total < min {
            out.push(
                Note::new(Rule::PlanTotalWeeks, "short", Severity::Warning, Some("phases"))
                    .arg("weeks", Arg::Count(total, "week"))
                    .arg("min", Arg::Count(min, "week"))
                    .source(&rs.target_group.course.source),
            );
        }
    }

    // Internship agreement before teaching starts.
    if course.internship_agreement_before_teaching.required {
        let agreed = f.date(plan, "internshipAgreementDate", "internshipAgreementDate");
        let teaching_start = span("teaching").map(|(_, s, _)| s);
        let note = match (agreed, teaching_start) {
            (None, Some(_)) if plan.get("internshipAgreementDate").is_none_or(Value::is_blank) => {
                Some(Note::new(
                    Rule::PlanInternshipAgreement,
                    "missing",
                    Severity::Warning,
                    Some("internshipAgreementDate"),
                ))
            }
            (Some(a), Some(t)) if a > t => Some(
                Note::new(
                    Rule::PlanInternshipAgreement,
                    "late",
                    Severity::Warning,
                    Some("internshipAgreementDate"),
                )
                .arg("date", Arg::Date(t)),
            ),
            _ => None,
        };
        if let Some(n) = note {
            out.push(n.source(&course.internship_agreement_before_teaching.source));
        }
    }

    teaching_day_notes(&mut f, plan, course, &phases, &mut out);

    // Aftercare level.
    let (lo, hi) = (course.aftercare_levels.min, course.aftercare_levels.max);
    for p in phases.iter().filter(|p| p.phase == "aftercare") {
        let field = format!("phases.{}.level", p.index);
        let bad = match p.level {
            Some(l) => !(lo..=hi).contains(&l),
            None => !p.level_given,
        };
        if bad {
            out.push(
                Note::new(Rule::PlanAftercareLevel, "level", Severity::Error, Some(&field))
                    .arg("min", Arg::Int(lo))
                    .arg("max", Arg::Int(hi))
                    .source(&course.aftercare_levels.source),
            );
        }
    }

    // The team, when the plan names it.
    let teaching_start = span("teaching").map(|(_, s, _)| s).or(first_start);
    team_notes(&mut f, plan, "teamSize", teaching_start, course, &mut out);

    let mut notes = f.notes;
    notes.extend(out);
    notes
}

/// Each phase's length against the profile (figure 1 and the table, p. 4, 9), and the
/// internship's, with the aftercare that continues it (p. 23), against the law (LAB § 61).
fn length_notes(
    f: &mut Fields,
    plan: &Value,
    rs: &Ruleset,
    profile_id: &str,
    phases: &[ReadPhase],
    out: &mut Vec<Note>,
) {
    let profile = profile_or_default(&rs.course, profile_id);
    let span = |name: &str| span(phases, name);
    let assessment = read_assessment(f, plan);
    let assessed = assessment.as_ref().is_some_and(|a| a.justification.is_some());
    for (name, range) in [
        ("preparation", profile.preparation),
        ("teaching", profile.teaching),
        ("internship", profile.internship),
    ] {
        let Some((p, s, e)) = span(name) else { continue };
        let weeks = weeks_between(s, e);
        let field = format!("phases.{}.end", p.index);
        // p. 9: a longer internship "bør vurderes i forhold til den enkelte borger"; with the
        // assessment recorded it is what the catalogue recommends.
        if name == "internship" && weeks > range.recommended_max && weeks <= range.max {
            if !assessed {
                out.push(
                    Note::new(
                        Rule::PlanPhaseLength,
                        "extendedWithoutAssessment",
                        Severity::Warning,
                        Some(&field),
                    )
                    .arg("weeks", Arg::Count(weeks, "week"))
                    .arg("range", Arg::Range(range.recommended_min, range.recommended_max, "week"))
                    .arg("profile", Arg::Labels(vec![format!("profile:{profile_id}")]))
                    .source(&profile.source),
                );
            }
            continue;
        }
        if let Some(n) = length_note(name, weeks, &range, profile_id, &field) {
            out.push(n.source(&profile.source));
        }
    }
    if let Some((p, s, e)) = span("internship") {
        // Aftercare at level 1 (and level 2 when it continues the internship) is more of the
        // same virksomhedspraktik: its weeks count toward the legal limit (p. 23).
        let continued: i64 = phases
            .iter()
            .filter(|a| {
                a.phase == "aftercare"
                    && (a.level == Some(1) || (a.level == Some(2) && a.continues_internship))
            })
            .filter_map(|a| Some(weeks_between(a.start?, a.end?)).filter(|w| *w > 0))
            .sum();
        let weeks = weeks_between(s, e) + continued;
        let field = format!("phases.{}.end", p.index);
        if let Some(n) = rs.unverified(s) {
            out.push(n);
        }
        let further = assessment.as_ref().map_or(&[][..], |a| &a.further[..]);
        out.extend(internship_law(
            Rule::PlanInternshipLength,
            rs,
            s,
            weeks,
            assessed,
            further,
            &field,
            "internshipAssessment",
            continued > 0,
        ));
    }
}

/// The phases as far as they can be read, and whether they come in figure 1's order (p. 4).
fn read_phases(
    f: &mut Fields,
    plan: &Value,
    profile: &Profile,
    out: &mut Vec<Note>,
) -> Vec<ReadPhase> {
    let mut phases: Vec<ReadPhase> = Vec::new();
    match f.list(plan, "phases", "phases") {
        None => {
            if plan.get("phases").is_none_or(Value::is_blank) {
                out.push(
                    Note::new(Rule::PlanPhaseOrder, "missing", Severity::Error, Some("phases"))
                        .source(&profile.source),
                );
            }
        }
        Some(items) => {
            for (i, item) in items.iter().enumerate() {
                let path = format!("phases.{i}");
                if !matches!(item, Value::Object(_)) {
                    f.wrong_type(&path, "expectedObject", item);
                    continue;
                }
                let Some(code) = f.code(item, "phase", &format!("{path}.phase"), &PHASES) else {
                    continue;
                };
                let phase = PHASES.iter().copied().find(|p| *p == code).unwrap_or("preparation");
                phases.push(ReadPhase {
                    index: i,
                    phase,
                    start: f.date(item, "start", &format!("{path}.start")),
                    end: f.date(item, "end", &format!("{path}.end")),
                    level: f.int(item, "level", &format!("{path}.level"), -1000, 1000),
                    level_given: !item.get("level").is_none_or(Value::is_blank),
                    continues_internship: f.boolean(
                        item,
                        "continuesInternship",
                        &format!("{path}.continuesInternship"),
                    ) == Some(true),
                });
            }
            let order: Vec<&str> = phases.iter().map(|p| p.phase).collect();
            let fits = order == PHASES[..3] || order == PHASES;
            if !fits && !items.is_empty() {
                out.push(
                    Note::new(Rule::PlanPhaseOrder, "order", Severity::Error, Some("phases"))
                        .source(&profile.source),
                );
            }
        }
    }
    phases
}

/// A phase by name with its dates, when both are given and in order.
fn span<'p>(phases: &'p [ReadPhase], name: &str) -> Option<(&'p ReadPhase, NaiveDate, NaiveDate)> {
    phases
        .iter()
        .find(|p| p.phase == name)
        .and_then(|p| Some((p, p.start?, p.end?)))
        .filter(|(_, s, e)| e >= s)
}

/// Teaching days: none on a holiday, enough in each teaching week (figure 1, p. 4, 9), one in
/// every internship week (p. 23).
fn teaching_day_notes(
    f: &mut Fields,
    plan: &Value,
    course: &Course,
    phases: &[ReadPhase],
    out: &mut Vec<Note>,
) {
    let span = |name: &str| span(phases, name);
    let mut days: Vec<NaiveDate> = Vec::new();
    match f.list(plan, "teachingDays", "teachingDays") {
        Some(items) => {
            for (i, item) in items.iter().enumerate() {
                let path = format!("teachingDays.{i}");
                if let Some(d) = f.date_item(item, &path) {
                    if let Some(h) = holidays::on(d) {
                        out.push(
                            Note::new(
                                Rule::PlanHolidayTeaching,
                                "holiday",
                                Severity::Warning,
                                Some(&path),
                            )
                            .arg("date", Arg::Date(d))
                            .arg("holiday", Arg::Labels(vec![format!("holiday:{}", h.id)]))
                            .source(&course.teaching_days_per_week.source),
                        );
                    }
                    days.push(d);
                }
            }
        }
        None => {
            if span("internship").is_some() && plan.get("teachingDays").is_none_or(Value::is_blank)
            {
                out.push(
                    Note::new(
                        Rule::PlanWeeklyTeachingDay,
                        "noDays",
                        Severity::Error,
                        Some("teachingDays"),
                    )
                    .source(&course.internship_teaching_days_per_week.source),
                );
            }
        }
    }
    let in_block =
        |from: NaiveDate, to: NaiveDate| days.iter().filter(|d| **d >= from && **d <= to).count();
    if !days.is_empty() || plan.get("teachingDays").is_some() {
        for (name, required, source) in [
            (
                "teaching",
                course.teaching_days_per_week.value,
                &course.teaching_days_per_week.source,
            ),
            (
                "internship",
                course.internship_teaching_days_per_week.value,
                &course.internship_teaching_days_per_week.source,
            ),
        ] {
            let Some((_, s, e)) = span(name) else { continue };
            // A phase far beyond any profile's length already has its error; judging it week by
            // week would only make an absurd plan slow to check.
            if weeks_between(s, e) > MAX_JUDGED_WEEKS {
                continue;
            }
            let mut block = s;
            while let Some(block_end) = add_days(block, 6) {
                if block_end > e {
                    break; // a partial last week is not judged
                }
                let count = in_block(block, block_end) as i64;
                let excused = workday_holidays(block, block_end).len() as i64;
                if name == "internship" && count == 0 && excused < 5 {
                    out.push(
                        Note::new(
                            Rule::PlanWeeklyTeachingDay,
                            "missing",
                            Severity::Error,
                            Some("teachingDays"),
                        )
                        .arg("week", super::week_of(block))
                        .arg("date", Arg::Date(block))
                        .source(source),
                    );
                } else if name == "teaching" && count + excused < required {
                    out.push(
                        Note::new(
                            Rule::PlanTeachingDays,
                            "few",
                            Severity::Warning,
                            Some("teachingDays"),
                        )
                        .arg("week", super::week_of(block))
                        .arg("date", Arg::Date(block))
                        .arg("actual", Arg::Count(count, "teachingDay"))
                        .arg("planned", Arg::Count(required, "teachingDay"))
                        .source(source),
                    );
                }
                let Some(next) = add_days(block, 7) else { break };
                block = next;
            }
        }
    }
}

fn length_note(phase: &str, weeks: i64, range: &Range, profile: &str, field: &str) -> Option<Note> {
    let (variant, severity, lo, hi) = if weeks < range.min && range.max >= MAX_JUDGED_WEEKS {
        // No upper limit of the profile's own (the law sets it): "at least".
        ("belowMin", Severity::Error, range.min, range.min)
    } else if weeks < range.min || weeks > range.max {
        ("outsideProfile", Severity::Error, range.min, range.max)
    } else if weeks < range.recommended_min || weeks > range.recommended_max {
        ("outsideRecommendation", Severity::Warning, range.recommended_min, range.recommended_max)
    } else {
        return None;
    };
    Some(
        Note::new(Rule::PlanPhaseLength, variant, severity, Some(field))
            .arg("phase", Arg::Labels(vec![phase_label(phase)]))
            .arg("weeks", Arg::Count(weeks, "week"))
            .arg("range", Arg::Range(lo, hi, "week"))
            .arg("profile", Arg::Labels(vec![format!("profile:{profile}")])),
    )
}

/// The law's limits on the length of a virksomhedspraktik (LAB 2019 § 61, as of `on`) for the
/// 13-week group: beyond 13 weeks a concrete assessment, beyond 26 weeks further periods of at
/// most 13 weeks each, each with a "helt særligt behov" recorded.
#[allow(clippy::too_many_arguments)]
pub(crate) fn internship_law(
    rule: Rule,
    rs: &Ruleset,
    on: NaiveDate,
    weeks: i64,
    assessed: bool,
    further: &[FurtherPeriod],
    field: &str,
    record: &str,
    with_aftercare: bool,
) -> Vec<Note> {
    let mut out = Vec::new();
    let Some((limit, limit_source, limit_severity)) =
        rs.law("internship.maxWeeks.aktivitetsparat", on)
    else {
        return out;
    };
    let extended = rs.law("internship.maxWeeksExtended", on);
    let step = rs.law("internship.furtherExtensionWeeks", on);
    for (i, p) in further.iter().enumerate() {
        if let Some((max, source, severity)) = step.filter(|(max, _, _)| p.weeks as f64 > *max) {
            out.push(
                Note::new(
                    Rule::ExtensionFurther,
                    "tooLong",
                    severity,
                    Some(&format!("{record}.further.{i}.weeks")),
                )
                .arg("weeks", Arg::Count(p.weeks, "week"))
                .arg("max", Arg::Count(max as i64, "week"))
                .source(source),
            );
        }
    }
    // A further period counts for at most the legal step (its own error says it is too long).
    let step_weeks = step.map_or(13.0, |s| s.0);
    let further_sum: f64 = further.iter().map(|p| (p.weeks as f64).min(step_weeks)).sum();
    let variant = |v: &'static str| {
        if with_aftercare {
            match v {
                "overMax" => "overMaxWithAftercare",
                _ => "needsAssessmentWithAftercare",
            }
        } else {
            v
        }
    };
    match extended {
        Some((max, source, severity)) if weeks as f64 > max + further_sum => {
            let total = (max + further_sum) as i64;
            out.push(
                Note::new(rule, variant("overMax"), severity, Some(field))
                    .arg("weeks", Arg::Count(weeks, "week"))
                    .arg("max", Arg::Count(total, "week"))
                    .arg("extended", Arg::Count(max as i64, "week"))
                    .arg("step", Arg::Count(step.map_or(13, |s| s.0 as i64), "week"))
                    .source(source),
            );
        }
        _ if weeks as f64 > limit && !assessed => out.push(
            Note::new(rule, variant("needsAssessment"), limit_severity, Some(field))
                .arg("weeks", Arg::Count(weeks, "week"))
                .arg("limit", Arg::Count(limit as i64, "week"))
                .source(limit_source),
        ),
        _ => {}
    }
    out
}
