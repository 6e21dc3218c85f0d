//! A mentor's caseload: citizens per full-time mentor, hours granted against the mentor's hours,
//! and the evaluation's groups (mentor case 6, practice; evaluation table 24). The logic is in
//! `crate::caseload`.

use crate::rules::*;

/// This file's rules in the catalogue's order, each a `Rule` variant and its entry: `rules/mod.rs`
/// collects every file's list into the `Rule` enum, so a new rule is one line here.
macro_rules! caseload_rules {
    ($then:ident [$($done:tt)*] $($next:ident)*) => {
        $then! { [$($done)*
            CaseloadRequired => caseload::REQUIRED,
            CaseloadPerFullTime => caseload::PER_FULL_TIME,
            CaseloadHours => caseload::HOURS,
            CaseloadBand => caseload::BAND,
        ] $($next)* }
    };
}

/// `caseload.required`: What a caseload check needs: the mentor's hours and the citizens
/// (mentorcase 6).
pub static REQUIRED: RuleEntry = RuleEntry {
    rule: "caseload.required",
    source: ("Mentorcase 6", "Case 6"),
    parameters: &[],
    also: &[],
    texts: &[
        t("hoursPerWeek", "Angiv mentorens timer om ugen.", "Give the mentor's hours a week."),
        t("citizens", "Angiv mentorens borgere.", "Give the mentor's citizens."),
    ],
};

/// `caseload.perFullTime`: "De fuldtidsansatte mentorer har højest ansvar for 15 borgere ad gangen"
/// (mentorcase 6; one municipality's practice, not law).
pub static PER_FULL_TIME: RuleEntry = RuleEntry {
    rule: "caseload.perFullTime",
    source: ("Mentorcase 6 (en kommunes praksis, ikke lov): en fuldtidsmentor har højst 15 borgere", "Case 6"),
    parameters: &["mentor.caseloadPerFullTime", "mentor.fullTimeHours"],
    also: &[],
    texts: &[t("over", "Mentoren har {count} på {hours} om ugen. I mentorcase 6 har en fuldtidsmentor højst {limit}; for denne mentor svarer det til {max}.", "The mentor has {count} on {hours} a week. In mentor case 6 a full-time mentor has at most {limit}; for this mentor that is {max}.")],
};

/// `caseload.hours`: The citizens are "bevilget mentorstøtte på et bestemt timetal" and the mentor
/// has "37 timers ansættelse pr. uge" (mentorcase 6; practice).
pub static HOURS: RuleEntry = RuleEntry {
    rule: "caseload.hours",
    source: HOURS_CASE6,
    parameters: &["mentor.fullTimeHours"],
    also: &[],
    texts: &[t("over", "Borgerne har tilsammen fået bevilget {granted} om ugen, men mentoren har kun {hours} om ugen.", "The citizens have been granted {granted} a week in all, but the mentor has only {hours} a week.")],
};

/// `caseload.band`: The evaluation's groups of citizens per full-time mentor: 10-14, 15-19, 20+
/// (evaluation of the mentor effort, table 24).
pub static BAND: RuleEntry = RuleEntry {
    rule: "caseload.band",
    source: BAND_TABLE,
    parameters: &[],
    also: &[],
    texts: &[
        t("band", "{perFullTime} pr. fuldtidsmentor (gruppen {band} i evalueringen).", "{perFullTime} per full-time mentor (the {band} group in the evaluation)."),
        t("experiment", "{perFullTime} pr. fuldtidsmentor (gruppen {band}). I evalueringen var 20 eller flere et bevidst eksperiment.", "{perFullTime} per full-time mentor (the {band} group). In the evaluation, 20 or more was a deliberate experiment."),
        t("belowGroups", "{perFullTime} pr. fuldtidsmentor: færre end evalueringens laveste gruppe ({band}).", "{perFullTime} per full-time mentor: fewer than the evaluation's lowest group ({band})."),
    ],
};

// Citations for single texts of these rules, where a text rests on another passage than the
// rule's own source.

/// Where `caseload.hours` cites mentor case 6 (hours granted, the mentor's week).
pub const HOURS_CASE6: (&str, &str) = ("Mentorcase 6 (en kommunes praksis): borgerne er \"bevilget mentorstøtte på et bestemt timetal\", og mentorens tid er \"37 timers ansættelse pr. uge\"", "Case 6");

/// Where `caseload.band` cites the evaluation's groups.
pub const BAND_TABLE: (&str, &str) = ("Evaluering af mentorindsatsen (seed 002): antal borgere pr. fuldtidsmentor i grupperne 10-14, 15-19 og 20+", "tabel 24");
