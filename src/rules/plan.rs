//! The course plan: phases in order and contiguous, their lengths by profile, teaching days and
//! holidays, the team, and the internship's length under the law (Inspirationskatalog, figur 1
//! and the table p. 9; LAB § 61). The logic is in `crate::plan`.

use crate::rules::*;

/// This file's rules in the catalogue's order, each a `Rule` variant and its entry: `rules/mod.rs`
/// collects every file's list into the `Rule` enum, so a new rule is one line here.
macro_rules! plan_rules {
    ($then:ident [$($done:tt)*] $($next:ident)*) => {
        $then! { [$($done)*
            PlanPhaseOrder => plan::PHASE_ORDER,
            PlanPhaseDates => plan::PHASE_DATES,
            PlanContiguity => plan::CONTIGUITY,
            PlanPhaseLength => plan::PHASE_LENGTH,
            PlanInternshipLength => plan::INTERNSHIP_LENGTH,
            PlanTotalWeeks => plan::TOTAL_WEEKS,
            PlanInternshipAgreement => plan::INTERNSHIP_AGREEMENT,
            PlanHolidayTeaching => plan::HOLIDAY_TEACHING,
            PlanTeachingDays => plan::TEACHING_DAYS,
            PlanWeeklyTeachingDay => plan::WEEKLY_TEACHING_DAY,
            PlanShortWeek => plan::SHORT_WEEK,
            PlanMovedTeachingDay => plan::MOVED_TEACHING_DAY,
            PlanAftercareLevel => plan::AFTERCARE_LEVEL,
            PlanTeamSize => plan::TEAM_SIZE,
            PlanTeamComposition => plan::TEAM_COMPOSITION,
            ExtensionFurther => plan::FURTHER_EXTENSION,
            PlanPostponement => plan::POSTPONEMENT,
        ] $($next)* }
    };
}

/// `plan.phaseOrder`: The four phases of figure 1 in order, each once (Inspirationskatalog, s. 4).
pub static PHASE_ORDER: RuleEntry = RuleEntry {
    rule: "plan.phaseOrder",
    source: FIG1,
    parameters: &["course.profiles"],
    also: &[],
    texts: &[
        t("missing", "Angiv forløbets faser: forberedelse, undervisning og praktik og opfølgning.", "Give the course's phases: preparation, teaching, and internship and follow-up."),
        t("order", "Faserne skal komme i rækkefølgen forberedelse, undervisning, praktik og opfølgning og eventuelt efterværn, hver én gang.", "The phases must come in the order preparation, teaching, internship and follow-up, and optionally aftercare, each once."),
    ],
};

/// `plan.phaseDates`: A phase ends on or after its start.
pub static PHASE_DATES: RuleEntry = RuleEntry {
    rule: "plan.phaseDates",
    source: FIG1,
    parameters: &[],
    also: &[],
    texts: &[t(
        "endBeforeStart",
        "Slutdatoen for {phase} ligger før startdatoen. Ret datoerne.",
        "The end date of the {phase} is before its start date. Correct the dates.",
    )],
};

/// `plan.contiguity`: Each phase starts the day after the previous one ends (figure 1, s. 4); only
/// the internship may be postponed (`plan.postponement`).
pub static CONTIGUITY: RuleEntry = RuleEntry {
    rule: "plan.contiguity",
    source: FIG1,
    parameters: &["course.profiles"],
    also: &[],
    texts: &[
        t("gap", "Der er et hul mellem faserne: {phase} skal begynde den {date}, dagen efter at den forrige fase slutter. Kun praktikken kan udskydes en eller to hele uger efter undervisningen.", "There is a gap between the phases: the {phase} must start on {date}, the day after the previous phase ends. Only the internship may be postponed by one or two whole weeks after teaching."),
        t("overlap", "Faserne overlapper: {phase} skal begynde den {date}, dagen efter at den forrige fase slutter.", "The phases overlap: the {phase} must start on {date}, the day after the previous phase ends."),
    ],
};

/// `plan.phaseLength`: "2 til 4 ugers forberedelse", "2 ugers undervisningsforløb", "12 ugers
/// praktikforløb" (Inspirationskatalog (Marselisborg 2013), s. 9).
pub static PHASE_LENGTH: RuleEntry = RuleEntry {
    rule: "plan.phaseLength",
    source: ("Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013), figur 1 og tabel s. 9 (drejebogen og anbefalingerne)", "s. 4, 9"),
    parameters: &["course.profiles"],
    also: &[],
    texts: &[
        t("outsideProfile", "Længden af {phase} er {weeks}, men {profile} foreskriver {range}.", "The {phase} is {weeks} long, but {profile} prescribes {range}."),
        t("outsideRecommendation", "Længden af {phase} er {weeks}; anbefalingen i {profile} er {range}.", "The {phase} is {weeks} long; {profile} recommends {range}."),
        t("extendedWithoutAssessment", "Praktikken er {weeks}. I {profile} er praktikken {range}, og en længere praktik bør vurderes i forhold til den enkelte borger. Registrér vurderingen med en begrundelse.", "The internship is {weeks} long. In {profile} the internship is {range}, and a longer one should be assessed for the individual citizen. Record the assessment with a justification."),
        t("belowMin", "Længden af {phase} er {weeks}, men {profile} foreskriver mindst {range}.", "The {phase} is {weeks} long, but {profile} prescribes at least {range}."),
    ],
};

/// `plan.internshipLength`: The internship's length against the law (LAB § 61, stk. 2).
pub static INTERNSHIP_LENGTH: RuleEntry = RuleEntry {
    rule: "plan.internshipLength",
    source: ("Lov om en aktiv beskæftigelsesindsats (lov nr. 548 af 7/5/2019, i kraft 1/1/2020), jf. LBK nr. 280 af 1/3/2024", "§ 61, stk. 2"),
    parameters: &["internship.maxWeeks.aktivitetsparat", "internship.maxWeeksExtended", "internship.furtherExtensionWeeks"],
    also: &[],
    texts: &[
        t("overMax", "Praktikken er {weeks}, men kan højst vare {max} med de registrerede forlængelser. Ud over {extended} kræver hver yderligere forlængelse på op til {step} et helt særligt behov ud fra en konkret vurdering: registrér perioden med en begrundelse.", "The internship is {weeks} long, but can last at most {max} with the extensions recorded. Beyond {extended} each further extension of up to {step} needs a very special need on a concrete assessment: record the period with a justification."),
        t("needsAssessment", "Praktikken er {weeks}. Ud over {limit} kræver den en konkret vurdering: registrér vurderingen med en begrundelse.", "The internship is {weeks} long. Beyond {limit} it needs a concrete assessment: record the assessment with a justification."),
        t("overMaxWithAftercare", "Praktikken er {weeks} medregnet efterværn med fortsat praktik, men kan højst vare {max} med de registrerede forlængelser. Ud over {extended} kræver hver yderligere forlængelse på op til {step} et helt særligt behov ud fra en konkret vurdering: registrér perioden med en begrundelse.", "The internship is {weeks} long counting aftercare with continued internship, but can last at most {max} with the extensions recorded. Beyond {extended} each further extension of up to {step} needs a very special need on a concrete assessment: record the period with a justification."),
        t("needsAssessmentWithAftercare", "Praktikken er {weeks} medregnet efterværn med fortsat praktik. Ud over {limit} kræver den en konkret vurdering: registrér vurderingen med en begrundelse.", "The internship is {weeks} long counting aftercare with continued internship. Beyond {limit} it needs a concrete assessment: record the assessment with a justification."),
    ],
};

/// `plan.totalWeeks`: "Det Joborienterede mestringsforløb varer mindst 18 uger og består af
/// følgende fire faser" (Inspirationskatalog (Marselisborg 2013), s. 5).
pub static TOTAL_WEEKS: RuleEntry = RuleEntry {
    rule: "plan.totalWeeks",
    source: FIG1,
    parameters: &["targetGroup.course.minWeeks"],
    also: &[],
    texts: &[t(
        "short",
        "Forløbet er {weeks}. Et Joborienteret mestringsforløb varer mindst {min}.",
        "The course is {weeks} long. A job-oriented coping course lasts at least {min}.",
    )],
};

/// `plan.internshipAgreement`: "Det anbefales derfor, at der afsættes ca. 4 uger inden
/// undervisningsforløbet starter til at finde et passende praktiksted. På den måde kan
/// praktikaftalen være på plads, inden undervisningsforløbet begynder" (Inspirationskatalog
/// (Marselisborg 2013), s. 17).
pub static INTERNSHIP_AGREEMENT: RuleEntry = RuleEntry {
    rule: "plan.internshipAgreement",
    source: (CATALOGUE_TITLE, "s. 17"),
    parameters: &["course.internshipAgreementBeforeTeaching"],
    also: &[],
    texts: &[
        t("missing", "Angiv, hvornår praktikaftalen er indgået. Den bør være på plads, inden undervisningen begynder.", "Give the date the internship agreement was made. It should be in place before teaching starts."),
        t("late", "Praktikaftalen er indgået, efter at undervisningen begyndte den {date}. Den bør være på plads, før undervisningen begynder.", "The internship agreement was made after teaching started on {date}. It should be in place before teaching starts."),
    ],
};

/// `plan.holidayTeaching`: No teaching on a Danish public holiday (lov om søgnehelligdage; store
/// bededag until 2023).
pub static HOLIDAY_TEACHING: RuleEntry = RuleEntry {
    rule: "plan.holidayTeaching",
    source: (
        "Lov om søgnehelligdage; store bededag afskaffet fra 2024 (lov nr. 196 af 28/02/2023)",
        "helligdage",
    ),
    parameters: &["course.teachingDaysPerWeek"],
    also: &[],
    texts: &[t(
        "holiday",
        "{date} er {holiday}, en helligdag. Flyt undervisningsdagen.",
        "{date} is {holiday}, a public holiday. Move the teaching day.",
    )],
};

/// `plan.teachingDays`: "4 ugentlige undervisningsdage" in the teaching phase (figure 1 and the
/// table, s. 4, 9).
pub static TEACHING_DAYS: RuleEntry = RuleEntry {
    rule: "plan.teachingDays",
    source: (CATALOGUE_TITLE, "s. 4, 9"),
    parameters: &["course.teachingDaysPerWeek"],
    also: &[],
    texts: &[t(
        "few",
        "Uge {week} (fra den {date}) har {actual}. Undervisningsfasen har {planned} om ugen.",
        "Week {week} (from {date}) has {actual}. The teaching phase has {planned} a week.",
    )],
};

/// `plan.weeklyTeachingDay`: "Det anbefales, at der holdes fast i den ugentlige undervisningsdag
/// under praktikforløbet" (Inspirationskatalog (Marselisborg 2013), s. 23).
pub static WEEKLY_TEACHING_DAY: RuleEntry = RuleEntry {
    rule: "plan.weeklyTeachingDay",
    source: (CATALOGUE_TITLE, "s. 9, 23"),
    parameters: &["course.internshipTeachingDaysPerWeek"],
    also: &[],
    texts: &[
        t("missing", "Uge {week} (fra {date}) har ingen undervisningsdag. Den ugentlige undervisningsdag skal holdes under hele praktikken.", "Week {week} (from {date}) has no teaching day. The weekly teaching day must be kept throughout the internship."),
        t("noDays", "Planen har ingen undervisningsdage. Den ugentlige undervisningsdag skal holdes under hele praktikken.", "The plan has no teaching days. The weekly teaching day must be kept throughout the internship."),
    ],
};

/// `plan.shortWeek`: A teaching week shortened by holidays (s. 4, 9).
pub static SHORT_WEEK: RuleEntry = RuleEntry {
    rule: "plan.shortWeek",
    source: (CATALOGUE_TITLE, "s. 4, 9"),
    parameters: &["course.teachingDaysPerWeek"],
    also: &[],
    texts: &[
        t("holidays", "Uge {week} (fra den {date}) har {actual} i stedet for {planned} på grund af {holidays}.", "Week {week} (from {date}) has {actual} instead of {planned} because of {holidays}."),
        t("noDay", "Uge {week}: {date} er {holiday}, og der er ingen anden hverdag i ugen at flytte undervisningsdagen til.", "Week {week}: {date} is {holiday}, and there is no other working day that week to move the teaching day to."),
    ],
};

/// `plan.movedTeachingDay`: The weekly teaching day moved off a holiday (s. 9, 23): information.
pub static MOVED_TEACHING_DAY: RuleEntry = RuleEntry {
    rule: "plan.movedTeachingDay",
    source: (CATALOGUE_TITLE, "s. 9, 23"),
    parameters: &["course.internshipTeachingDaysPerWeek"],
    also: &[],
    texts: &[t(
        "moved",
        "Uge {week}: den ugentlige undervisningsdag {date} er {holiday} og er flyttet til {to}.",
        "Week {week}: the weekly teaching day on {date} is {holiday} and has been moved to {to}.",
    )],
};

/// `plan.aftercareLevel`: The aftercare's level (s. 23).
pub static AFTERCARE_LEVEL: RuleEntry = RuleEntry {
    rule: "plan.aftercareLevel",
    source: (CATALOGUE_TITLE, "s. 23"),
    parameters: &["course.aftercareLevels"],
    also: &[],
    texts: &[t(
        "level",
        "Vælg et niveau for efterværnet fra {min} til {max}.",
        "Choose an aftercare level from {min} to {max}.",
    )],
};

/// `plan.teamSize`: "Det anbefales, at hold størrelsen begrænses til mellem 8 og 10 deltagere"
/// (Inspirationskatalog (Marselisborg 2013), s. 9).
pub static TEAM_SIZE: RuleEntry = RuleEntry {
    rule: "plan.teamSize",
    source: (CATALOGUE_TITLE, "s. 9, 20"),
    parameters: &["course.team", "course.teamComposition"],
    also: &[],
    texts: &[
        t(
            "outsideProfile",
            "Holdet har {size}. Et hold skal have {range}.",
            "The team has {size}. A team must have {range}.",
        ),
        t(
            "outsideRecommendation",
            "Holdet har {size}. Kataloget anbefaler {range}.",
            "The team has {size}. The catalogue recommends {range}.",
        ),
    ],
};

/// `plan.teamComposition`: A participant far older or younger than the rest of the team: a warning
/// (s. 12).
pub static TEAM_COMPOSITION: RuleEntry = RuleEntry {
    rule: "plan.teamComposition",
    source: (CATALOGUE_TITLE, "s. 12"),
    parameters: &["course.teamComposition"],
    also: &[],
    texts: &[
        t("older", "Deltager {number} er {age} år, mere end {limit} ældre end de øvriges median på {median} år. Overvej, om deltageren passer ind på holdet.", "Participant {number} is {age}, more than {limit} older than the others' median of {median}. Consider whether the participant fits the team."),
        t("younger", "Deltager {number} er {age} år, mere end {limit} yngre end de øvriges median på {median} år. Overvej, om deltageren passer ind på holdet.", "Participant {number} is {age}, more than {limit} younger than the others' median of {median}. Consider whether the participant fits the team."),
    ],
};

/// `extension.further`: "Har personen hen mod udgangen af perioden på 26 uger ud fra en konkret
/// vurdering et helt særligt behov for en længere periode, kan perioden forlænges yderligere med op
/// til 13 uger ad gangen" (LAB § 61, stk. 2).
pub static FURTHER_EXTENSION: RuleEntry = RuleEntry {
    rule: "extension.further",
    source: ("Lov om en aktiv beskæftigelsesindsats (lov nr. 548 af 7/5/2019, i kraft 1/1/2020), jf. LBK nr. 280 af 1/3/2024: \"Har personen hen mod udgangen af perioden på 26 uger ud fra en konkret vurdering et helt særligt behov for en længere periode, kan perioden forlænges yderligere med op til 13 uger ad gangen.\"", "§ 61, stk. 2"),
    parameters: &["internship.furtherExtensionWeeks"],
    also: &[],
    texts: &[
        t("justification", "Skriv begrundelsen for den yderligere forlængelse: borgerens helt særlige behov.", "Write the justification for the further extension: the citizen's very special need."),
        t("weeks", "Angiv, hvor mange uger den yderligere forlængelse varer.", "Give how many weeks the further extension lasts."),
        t("tooLong", "En yderligere forlængelse er {weeks}, men må højst vare {max} ad gangen.", "A further extension is {weeks} long, but may last at most {max} at a time."),
    ],
};

/// `plan.postponement`: "[...] eller at praktikken udskydes en til to uger, imens deltageren får
/// mulighed for at fordøje undervisningsforløbet" (Inspirationskatalog (Marselisborg 2013), s. 22).
pub static POSTPONEMENT: RuleEntry = RuleEntry {
    rule: "plan.postponement",
    source: ("Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013): \"praktikken udskydes en til to uger, imens deltageren [...] fordøje undervisningsforløbet\"", "s. 22"),
    parameters: &[],
    also: &[],
    texts: &[
        t("noReason", "Praktikken begynder {weeks} efter undervisningen. Den kan udskydes en til to uger; skriv begrundelsen.", "The internship starts {weeks} after teaching. It may be postponed one to two weeks; write the reason."),
    ],
};
