//! The internship agreement: the catalogue's agreement guide (s. 17), consent, the teaching
//! day off (s. 9, 23), hours (BEK § 60, stk. 5) and length (LAB § 61). The logic is in
//! `crate::agreements`.

use crate::rules::*;

/// This file's rules in the catalogue's order, each a `Rule` variant and its entry: `rules/mod.rs`
/// collects every file's list into the `Rule` enum, so a new rule is one line here.
macro_rules! internship_rules {
    ($then:ident [$($done:tt)*] $($next:ident)*) => {
        $then! { [$($done)*
            InternshipRequired => agreements::internship::REQUIRED,
            InternshipConsent => agreements::internship::CONSENT,
            InternshipTeachingDay => agreements::internship::TEACHING_DAY,
            InternshipHours => agreements::internship::HOURS,
            InternshipDuration => agreements::internship::DURATION,
        ] $($next)* }
    };
}

/// `internship.required`: "Borgeren, virksomhedskonsulenten og sagsbehandleren kan med fordel
/// sammen udfylde en aftaleguide for virksomhedspraktikken" (Inspirationskatalog (Marselisborg
/// 2013), s. 17).
pub static REQUIRED: RuleEntry = RuleEntry {
    rule: "internship.required",
    source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), aftaleguide til virksomhedspraktik", "s. 17"),
    parameters: &[],
    also: &[GUIDE, AGREEMENT_LAW, PURPOSE_LAW, GUIDE_QUESTION, CATEGORY_LAW],
    texts: &[
        t("name", "Angiv borgerens navn.", "Give the citizen's name."),
        t("cpr", "Angiv borgerens cpr-nummer, som aftaleguiden har et felt til.", "Give the citizen's CPR number, which the agreement guide has a field for."),
        t("madeOn", "Angiv aftalens dato.", "Give the date of the agreement."),
        t("purpose", "Beskriv formålet: hvad skal afklares eller opkvalificeres?", "Describe the purpose: what is to be clarified or upgraded?"),
        t("purposeType", "Vælg praktikkens formål: ordinære timer, oplæring i konkrete færdigheder eller afklaring af job- eller uddannelsesmål.", "Choose the internship's purpose: ordinary hours, training specific skills, or clarifying a job or education goal."),
        t("terms", "Beskriv vilkårene: forventninger til mødetider og timetal.", "Describe the terms: expectations for meeting times and hours."),
        t("hoursPerWeek", "Angiv timetallet om ugen.", "Give the hours a week."),
        t("supportNeeds", "Beskriv, hvilken form for støtte borgeren har brug for.", "Describe what kind of support the citizen needs."),
        t("supportNetwork", "Beskriv, hvem i borgerens netværk der kan støtte.", "Describe who in the citizen's network can support."),
        t("supportWhen", "Beskriv, hvornår borgeren typisk har brug for støtte.", "Describe when the citizen typically needs support."),
        t("warningSigns", "Beskriv alarmklokkerne: faresignaler på, at en krise er på vej.", "Describe the warning signs that a crisis is coming."),
        t("crisisSupport", "Beskriv, hvordan kommunen eller virksomheden bedst støtter borgeren gennem en krise.", "Describe how the municipality or the company best supports the citizen through a crisis."),
        t("wishes", "Beskriv, hvor borgeren ønsker at komme i praktik.", "Describe where the citizen wishes to do the internship."),
        t("companyKind", "Beskriv, hvordan virksomheden skal være.", "Describe what the company should be like."),
        t("disclosure", "Skriv udtrykkeligt, hvad virksomheden må vide om borgeren ifølge samtykket.", "Write explicitly what the company may know about the citizen under the consent."),
        t("category", "Vælg borgerens kategori: aktivitetsparat eller jobparat.", "Choose the citizen's category: activity-ready or job-ready."),
        t("start", "Angiv, hvornår praktikken begynder.", "Give the date the internship starts."),
        t("end", "Angiv, hvornår praktikken slutter.", "Give the date the internship ends."),
    ],
};

/// `internship.consent`: The agreement guide's "Samtykke": the citizen's consent to what the
/// company may know (Inspirationskatalog, s. 17).
pub static CONSENT: RuleEntry = RuleEntry {
    rule: "internship.consent",
    source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), aftaleguide til virksomhedspraktik: samtykke", "s. 17"),
    parameters: &[],
    also: &[GUIDE],
    texts: &[t("consent", "Indhent borgerens samtykke, og markér, at det er givet.", "Obtain the citizen's consent and mark that it was given.")],
};

/// `internship.teachingDay`: "Det anbefales, at der holdes fast i den ugentlige undervisningsdag
/// under praktikforløbet" (Inspirationskatalog (Marselisborg 2013), s. 23).
pub static TEACHING_DAY: RuleEntry = RuleEntry {
    rule: "internship.teachingDay",
    source: TEACHING_DAY_OFF,
    parameters: &[],
    also: &[],
    texts: &[t(
        "notAgreed",
        "Aftal med virksomheden, at borgeren har fri til den ugentlige undervisningsdag.",
        "Agree with the company that the citizen has the weekly teaching day off.",
    )],
};

/// `internship.hours`: "en normal fuld arbejdsuge" (BEK nr. 2636 af 28/12/2021, § 60, stk. 5).
pub static HOURS: RuleEntry = RuleEntry {
    rule: "internship.hours",
    source: ("Bekendtgørelse om en aktiv beskæftigelsesindsats (BEK nr. 2636 af 28/12/2021)", "BEK § 60, stk. 5"),
    parameters: &["internship.maxHoursPerWeek"],
    also: &[],
    texts: &[t("overFullWeek", "Praktikken må højst have et omfang på en normal fuld arbejdsuge, her regnet som {max} om ugen.", "The internship may be at most a normal full working week, here taken as {max} a week.")],
};

/// `internship.duration`: The internship's length by the citizen's group (LAB § 61).
pub static DURATION: RuleEntry = RuleEntry {
    rule: "internship.duration",
    source: ("Lov om en aktiv beskæftigelsesindsats (lov nr. 548 af 7/5/2019, i kraft 1/1/2020), jf. LBK nr. 280 af 1/3/2024", "§ 61"),
    parameters: &["internship.maxWeeks.aktivitetsparat", "internship.maxWeeks.jobparatWithoutExperience", "internship.maxWeeksExtended", "internship.furtherExtensionWeeks", "internship.maxWeeks.jobparat"],
    also: &[],
    texts: &[
        t("needsAssessment", "Praktikken er {weeks}. For en borger, der er {category}, er grænsen {limit}; en forlængelse op til 26 uger kræver en konkret vurdering. Skriv vurderingen.", "The internship is {weeks} long. For a citizen who is {category} the limit is {limit}; an extension up to 26 weeks needs a concrete assessment. Write the assessment."),
        t("overMax", "Praktikken er {weeks}, men kan højst vare {max} med de registrerede forlængelser. Ud over {extended} kræver hver yderligere forlængelse på op til {step} et helt særligt behov ud fra en konkret vurdering: registrér perioden med en begrundelse.", "The internship is {weeks} long, but can last at most {max} with the extensions recorded. Beyond {extended} each further extension of up to {step} needs a very special need on a concrete assessment: record the period with a justification."),
        t("notExtendable", "Praktikken er {weeks}. For en borger, der er {category}, er grænsen {limit}, og praktikken kan ikke forlænges.", "The internship is {weeks} long. For a citizen who is {category} the limit is {limit}, and the internship cannot be extended."),
        t("notExtendableOverExtended", "Praktikken er {weeks}. For en borger, der er {category}, er grænsen {limit}, og praktikken kan ikke forlænges; selv for de borgere, hvis praktik kan forlænges, er grænsen {extended} uden et helt særligt behov (§ 61, stk. 2).", "The internship is {weeks} long. For a citizen who is {category} the limit is {limit}, and the internship cannot be extended; even for the citizens whose internship can be extended, the limit is {extended} without a very special need (§ 61(2))."),
    ],
};

// Citations for single texts of these rules, where a text rests on another passage than the
// rule's own source.

/// Where `internship.required` cites the agreement guide's own fields.
pub const GUIDE: (&str, &str) = ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), aftaleguide til virksomhedspraktik: Navn, Dato, Cpr.nr., Formål, Vilkår, Videreformidling af oplysninger og Samtykke", "s. 17");

/// Where `internship.required` cites the order (purpose, content, length, extent).
pub const AGREEMENT_LAW: (&str, &str) = ("Bekendtgørelse om en aktiv beskæftigelsesindsats (BEK nr. 2636 af 28/12/2021), § 60, stk. 2: \"Jobcenteret og arbejdsgiveren aftaler i samarbejde med personen formålet med, indholdet i samt varigheden og omfanget af tilbuddet om virksomhedspraktik\"; aftaleguiden s. 17 (Formål, Vilkår)", "BEK § 60, stk. 2; s. 17");

/// Where `internship.required` cites the guide's example questions (a recommendation).
pub const GUIDE_QUESTION: (&str, &str) = ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), aftaleguide til virksomhedspraktik: guidens eksempler på spørgsmål (\"kan med fordel\"; en anbefaling)", "s. 17");

/// Where `internship.required` cites the order's three purposes.
pub const PURPOSE_LAW: (&str, &str) = ("Bekendtgørelse om en aktiv beskæftigelsesindsats (BEK nr. 2636 af 28/12/2021), § 60, stk. 2: \"Det skal fremgå af aftalen, hvilke af følgende formål der ønskes opnået: 1) Ordinære løntimer [...] 2) Optræning af specifikke kompetencer [...] 3) Afklaring af job- eller uddannelsesmål\" (efterfølgende bekendtgørelse fra 2024 ikke kontrolleret)", "BEK § 60, stk. 2");

/// Where `internship.teachingDay` cites the catalogue.
pub const TEACHING_DAY_OFF: (&str, &str) = ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013): virksomheden skal give fri til den ugentlige undervisningsdag", "s. 9, 23");

/// Where `internship.duration` cites § 61, stk. 1 for a missing category.
pub const CATEGORY_LAW: (&str, &str) = ("Lov om en aktiv beskæftigelsesindsats, jf. LBK nr. 280 af 1/3/2024: varigheden afhænger af borgerens gruppe (ordlyden af stk. 1, nr. 1 og 2, ikke bekræftet)", "§ 61, stk. 1");
