//! `checkTeam`, and the team part of `checkPlan`: the team's size and its composition by age.

use chrono::NaiveDate;

use super::*;

/// Team size and composition, for `checkPlan` (size under `teamSize`) and `checkTeam` (`size`).
pub(super) fn team_notes(
    f: &mut Fields,
    v: &Value,
    size_key: &str,
    on: Option<NaiveDate>,
    course: &Course,
    out: &mut Vec<Note>,
) {
    let participants = f.list(v, "participants", "participants");
    let size =
        f.int(v, size_key, size_key, 0, 10_000).or_else(|| participants.map(|p| p.len() as i64));
    let field = if v.get(size_key).is_none_or(Value::is_blank) && participants.is_some() {
        "participants"
    } else {
        size_key
    };
    if let Some(n) = size {
        let t = &course.team;
        let note = if n < t.min || n > t.max {
            Some(
                Note::new(Rule::PlanTeamSize, "outsideProfile", Severity::Error, Some(field))
                    .arg("range", Arg::Range(t.min, t.max, "participant")),
            )
        } else if n < t.recommended_min || n > t.recommended_max {
            Some(
                Note::new(
                    Rule::PlanTeamSize,
                    "outsideRecommendation",
                    Severity::Warning,
                    Some(field),
                )
                .arg("range", Arg::Range(t.recommended_min, t.recommended_max, "participant")),
            )
        } else {
            None
        };
        if let Some(note) = note {
            out.push(note.arg("size", Arg::Count(n, "participant")).source(&course.team.source));
        }
    }

    // Composition: a participant whose age is far from the median of the others.
    let Some(items) = participants else { return };
    let mut ages: Vec<(usize, i64)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = format!("participants.{i}");
        if !matches!(item, Value::Object(_)) {
            f.wrong_type(&path, "expectedObject", item);
            continue;
        }
        let age = match (f.date(item, "birthDate", &format!("{path}.birthDate")), on) {
            (Some(b), Some(on)) => Some(i64::from(date::age_on(b, on))),
            _ => f.int(item, "age", &format!("{path}.age"), 0, 150),
        };
        if let Some(a) = age {
            ages.push((i, a));
        }
    }
    if ages.len() < 3 {
        return;
    }
    let limit = course.team_composition.max_years_from_others;
    // The ages sorted once, by counting (ages span at most a few hundred years, so this is
    // linear and pulls no sort routine into the wasm build); the others of a participant are
    // that list without one entry of the participant's age, so each median is read in constant
    // time: linear for the team, not n².
    let lo = ages.iter().map(|(_, a)| *a).min().unwrap_or(0);
    let hi = ages.iter().map(|(_, a)| *a).max().unwrap_or(0);
    let mut counts = vec![0usize; (hi - lo + 1) as usize];
    for (_, a) in &ages {
        counts[(a - lo) as usize] += 1;
    }
    let mut sorted: Vec<i64> = Vec::with_capacity(ages.len());
    for (offset, c) in counts.iter().enumerate() {
        sorted.extend(std::iter::repeat_n(lo + offset as i64, *c));
    }
    let n = sorted.len() - 1; // the others
    for &(i, age) in &ages {
        let k = sorted.partition_point(|x| *x < age);
        let other = |j: usize| if j < k { sorted[j] } else { sorted[j + 1] };
        let mid = n / 2;
        let median2 =
            if n.is_multiple_of(2) { other(mid - 1) + other(mid) } else { 2 * other(mid) };
        let distance2 = (2 * age - median2).abs();
        if distance2 > 2 * limit {
            let field = if items[i].get("birthDate").is_some() {
                format!("participants.{i}.birthDate")
            } else {
                format!("participants.{i}.age")
            };
            out.push(
                Note::new(
                    Rule::PlanTeamComposition,
                    if 2 * age > median2 { "older" } else { "younger" },
                    Severity::Warning,
                    Some(&field),
                )
                .arg("number", Arg::Int(i as i64 + 1))
                .arg("age", Arg::Int(age))
                .arg("median", Arg::Halves(median2))
                .arg("limit", Arg::Count(limit, "year"))
                .source(&course.team_composition.source),
            );
        }
    }
}

/// `checkTeam(team, options)`: `{ referenceDate?, size?, participants?: [{ birthDate } | { age }] }`.
pub fn check_team(
    team: &Value,
    lang: Lang,
    ruleset: &RulesetChoice,
    mut notes: Vec<Note>,
) -> CheckResult {
    if let Ok(rs) = ruleset::judge_by(ruleset, &mut notes) {
        let mut f = Fields::default();
        let on = f.date(team, "referenceDate", "referenceDate");
        let mut out = Vec::new();
        team_notes(&mut f, team, "size", on, &rs.course, &mut out);
        notes.extend(f.notes);
        notes.extend(out);
    }
    finish(notes, lang)
}
