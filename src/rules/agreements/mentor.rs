//! The mentor agreement: its required elements, the period's length under the law, contact,
//! the mentor's tasks and the cadence of meetings (LAB §§ 93, 167; mentor cases 4, 6 and 9).
//! The logic is in `crate::agreements`.

use crate::rules::*;

/// This file's rules in the catalogue's order, each a `Rule` variant and its entry: `rules/mod.rs`
/// collects every file's list into the `Rule` enum, so a new rule is one line here.
macro_rules! mentor_rules {
    ($then:ident [$($done:tt)*] $($next:ident)*) => {
        $then! { [$($done)*
            MentorRequired => agreements::mentor::REQUIRED,
            MentorDuration => agreements::mentor::DURATION,
            MentorContact => agreements::mentor::CONTACT,
            MentorTaskScope => agreements::mentor::TASK_SCOPE,
            MentorSchedule => agreements::mentor::SCHEDULE,
        ] $($next)* }
    };
}

/// `mentor.required`: "skriftlig aftale, der indeholder oplysninger om bl.a. målet, varigheden og
/// timetallet" (mentorcase 6, "LOVGIVNINGEN"); the mentor's name, contact and tasks (VEJ nr. 9204
/// af 21/03/2023, as reported).
pub static REQUIRED: RuleEntry = RuleEntry {
    rule: "mentor.required",
    source: ("Mentorcase 6, \"LOVGIVNINGEN\"; vejledning om mentorstøtte VEJ nr. 9204 af 21/03/2023 (som gengivet)", "Case 6"),
    parameters: &[],
    also: &[CASE6_LAW, VEJ_9204],
    texts: &[
        t("goal", "Angiv målet med mentorstøtten.", "Give the goal of the mentor support."),
        t("start", "Angiv, hvornår mentorstøtten begynder.", "Give the date the mentor support starts."),
        t("end", "Angiv, hvornår mentorstøtten slutter.", "Give the date the mentor support ends."),
        t("hoursPerWeek", "Angiv timetallet: hvor mange timer om ugen mentorstøtten omfatter.", "Give the hours: how many hours a week the mentor support covers."),
        t("mentorName", "Angiv mentorens navn.", "Give the mentor's name."),
        t("mentorContact", "Angiv mentorens kontaktoplysninger.", "Give the mentor's contact details."),
        t("tasks", "Beskriv mentorens opgaver.", "Describe the mentor's tasks."),
        t("madeOn", "Angiv datoen, hvor aftalen blev indgået skriftligt.", "Give the date the agreement was made in writing."),
    ],
};

/// `mentor.duration`: A period of mentor support (LAB § 167, stk. 1-2).
pub static DURATION: RuleEntry = RuleEntry {
    rule: "mentor.duration",
    source: ("Lov om en aktiv beskæftigelsesindsats (lov nr. 548 af 7/5/2019, i kraft 1/1/2020), jf. LBK nr. 701 af 22/5/2022 og LBK nr. 280 af 1/3/2024", "§ 167, stk. 1-2"),
    parameters: &["mentor.maxPeriodMonths", "mentor.psychiatricMonthsBeforeDischarge", "mentor.psychiatricMonthsInAll"],
    also: &[],
    texts: &[
        t("overCap", "Mentorstøtten løber fra den {start} til den {end}. En periode må højst vare {months}, så denne kan løbe til og med den {last}; en ny periode kræver en konkret vurdering.", "The mentor support runs from {start} to {end}. A period may last at most {months}, so this one can run up to and including {last}; a new period needs a concrete assessment."),
        t("renewalNeedsAssessment", "En ny periode med mentorstøtte kræver en konkret vurdering. Skriv vurderingen.", "A new period of mentor support needs a concrete assessment. Write the assessment."),
        t("overCapDischarge", "Mentorstøtten løber fra den {start} til den {end}. En borger, der er udskrevet fra psykiatrisk indlæggelse den {discharged}, har ret til mentorstøtte fra op til {before} før udskrivelsen og i mindst {inAll} i alt; ud over det må en periode højst vare {months}. Denne periode kan løbe til og med den {last}; en ny periode kræver en konkret vurdering.", "The mentor support runs from {start} to {end}. A citizen discharged from psychiatric admission on {discharged} has a right to mentor support from up to {before} before the discharge and for at least {inAll} in all; beyond that a period may last at most {months}. This period can run up to and including {last}; a new period needs a concrete assessment."),
    ],
};

/// `mentor.contact`: Contact between mentor and citizen (LAB § 93 as in force 2014-2019; mentor
/// case 6).
pub static CONTACT: RuleEntry = RuleEntry {
    rule: "mentor.contact",
    source: ("Lov om en aktiv beskæftigelsesindsats som gældende 2014-2019, § 93, 2. pkt.; mentorcase 6 (en kommunes praksis)", "§ 93; Case 6"),
    parameters: &["mentor.maxContactIntervalDays", "course.mentorContactIntervalDays"],
    also: &[CASE6_LAW],
    texts: &[
        t("missing", "Angiv, hvor ofte mentor og borger har kontakt. Borgeren kan ikke deltage i andre tilbud, så fast kontakt er vigtig.", "Give how often mentor and citizen are in contact. The citizen cannot take part in other offers, so regular contact matters."),
        t("law", "Aftalen har kontakt {days}. Efter den dagældende § 93 skulle der være kontakt mindst {max} for en borger, der ikke kan deltage i andre tilbud.", "The agreement has contact {days}. Under the § 93 then in force there had to be contact at least {max} for a citizen who cannot take part in other offers."),
        t("practice", "Aftalen har kontakt {days}. I mentorcase 6 havde borgere, der ikke kan deltage i andre tilbud, kontakt mindst {max} (kommunens praksis efter den dagældende lov). Overvej tættere kontakt.", "The agreement has contact {days}. In mentor case 6 citizens who cannot take part in other offers had contact at least {max} (that municipality's practice under the law then in force). Consider closer contact."),
    ],
};

/// `mentor.taskScope`: "det er vigtigt, at mentorerne ikke foretager vurderinger af fx borgerens
/// arbejdsevne og træffer afgørelser" (mentorcase 4).
pub static TASK_SCOPE: RuleEntry = RuleEntry {
    rule: "mentor.taskScope",
    source: ("Mentorcase 4: mentorer foretager ikke vurderinger af fx borgerens arbejdsevne og træffer ikke afgørelser", "Case 4"),
    parameters: &[],
    also: &[],
    texts: &[t("authority", "Mentorens opgaver nævner \"{word}\". En mentor vurderer ikke arbejdsevne og træffer ikke afgørelser; det gør kommunens sagsbehandler.", "The mentor's tasks mention \"{word}\". A mentor does not assess work capacity or make decisions; the municipality's caseworker does.")],
};

/// `mentor.schedule`: "I forbindelse med opstart af et mentorforløb afholder jobcentret indledende
/// treparts møder [...] Den koordinerende sagsbehandler indkalder mentor og borger til en status
/// samtale hver tredje måned" (mentorcase 9; one municipality's practice).
pub static SCHEDULE: RuleEntry = RuleEntry {
    rule: "mentor.schedule",
    source: ("Mentorcase 9 og 6 (kommuners praksis): trepartsmøde ved start, statusmøde hver tredje måned med statusskema, afrapportering hver 14. dag", "Case 9, Case 6"),
    parameters: &["course.statusMeetingMonths", "course.mentorReportDays"],
    also: &[CASE9, CASE6_REPORTS],
    texts: &[
        t("startMeeting", "Det indledende trepartsmøde (borger, mentor og koordinerende sagsbehandler) skulle have været holdt den {date}. Registrér mødet.", "The tripartite start meeting (citizen, mentor and coordinating caseworker) should have been held on {date}. Record the meeting."),
        t("statusMeeting", "Statusmødet skulle have været holdt senest den {date}. Indkald til statusmøde med statusskema.", "The status meeting should have been held by {date}. Call a status meeting with its status form."),
        t("statusForm", "Statusmødet den {date} mangler statusskemaet (fokus, mål og progression eller hvorfor der ikke var nogen).", "The status meeting on {date} lacks its status form (focus, goals and progression, or why there was none)."),
        t("report", "Mentorens afrapportering skulle være kommet senest den {date}. I mentorcase 6 afrapporterer mentoren {days} om tidsforbrug og fokus.", "The mentor's report should have come by {date}. In mentor case 6 the mentor reports {days} on time use and focus."),
    ],
};

// Citations for single texts of these rules, where a text rests on another passage than the
// rule's own source.

/// Where `mentor.required` cites the law as mentor case 6 gives it (goal, period, hours).
pub const CASE6_LAW: (&str, &str) = ("Mentorcase 6, \"LOVGIVNINGEN\": \"skriftlig aftale, der indeholder oplysninger om bl.a. målet, varigheden og timetallet\" (LAB §§ 31 c og 93 som dengang gældende; kravet i loven af 2019 og dens bekendtgørelse ikke bekræftet)", "Case 6");

/// Where `mentor.required` cites the guidance (the mentor's name, contact and tasks).
pub const VEJ_9204: (&str, &str) = ("Vejledning om mentorordningen i lov om en aktiv beskæftigelsesindsats, VEJ nr. 9204 af 21/03/2023 (indholdet som gengivet af andre, ikke bekræftet): mentors navn og kontaktoplysninger samt mentors opgaver", "afsnit om mentoraftalen");

/// Where `mentor.taskScope` cites mentor case 4.
pub const CASE4: (&str, &str) = ("Mentorcase 4: mentorer foretager ikke vurderinger af fx borgerens arbejdsevne og træffer ikke afgørelser", "Case 4");

/// Where `mentor.schedule` cites mentor case 9 (start meeting, status meetings).
pub const CASE9: (&str, &str) = (
    "Mentorcase 9: indledende trepartsmøde; statusmøde hver tredje måned med statusskema",
    "Case 9",
);

/// Where `mentor.schedule` cites mentor case 6 (reports every 14 days).
pub const CASE6_REPORTS: (&str, &str) =
    ("Mentorcase 6: mentor afrapporterer hver 14. dag om tidsforbrug og fokus", "Case 6");
