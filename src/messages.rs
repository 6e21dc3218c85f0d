//! The message catalogue: every rule id, its texts in Danish and English, and its default source.
//!
//! Danish is the default language. Texts follow the DKFDS guidance: say what is wrong and what to
//! do ("Indtast ...", "Vælg ..."), not "Dette felt er påkrævet". A text names its arguments in
//! braces (`{age}`); [`render`] fills them in for the language. Target-group rules take their
//! source from the ruleset in use (a municipality that changes the age range cites its own
//! decision); the sources here are the defaults shown by `messages(lang)`.

use serde::Serialize;

use crate::date;
use crate::finding::{Arg, Source};
use crate::Lang;

/// One text of a rule in both languages.
pub struct Text {
    /// Which text (`tooYoung`, `missing`, ...).
    pub variant: &'static str,
    /// Danish.
    pub da: &'static str,
    /// English.
    pub en: &'static str,
}

/// A rule's entry in the catalogue.
pub struct RuleEntry {
    /// Stable rule id.
    pub rule: &'static str,
    /// Default source: document and page or paragraph.
    pub source: (&'static str, &'static str),
    /// The texts; `missing` is what a form shows while the criterion's input is not filled in.
    pub texts: &'static [Text],
}

const fn t(variant: &'static str, da: &'static str, en: &'static str) -> Text {
    Text { variant, da, en }
}

/// The catalogue's figure 2, where the target group and its requirements are described.
pub const CATALOGUE_FIG2: (&str, &str) = (
    "Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013), figur 2 \"Eksempel på målgruppebeskrivelse\"",
    "s. 13",
);
const CATALOGUE_TITLE: &str = "Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013)";
const FIG1: (&str, &str) = (
    "Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013), figur 1 og anbefalinger",
    "s. 4, 9",
);
const WORKFLOW: (&str, &str) = (
    "Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013), forløbets faser",
    "s. 4, 11-23",
);
const CPR_SOURCE: &str = "CPR-kontoret: Personnummeret i CPR-systemet (cpr.dk)";
const API_SOURCE: &str = "mestring: offentligt API, konventioner";

/// Every rule the referral check uses.
pub static CATALOGUE: &[RuleEntry] = &[
    RuleEntry {
        rule: "target.age",
        source: CATALOGUE_FIG2,
        texts: &[
            t("name", "alder", "age"),
            t("tooYoung", "Borgeren er {age} år og fylder {min} år den {date}. Målgruppen er {min}-{max} år.", "The citizen is {age} and turns {min} on {date}. The target group is aged {min} to {max}."),
            t("tooOld", "Borgeren er {age} år. Målgruppen er {min}-{max} år.", "The citizen is {age}. The target group is aged {min} to {max}."),
            t("missing", "Indtast borgerens fødselsdato eller cpr-nummer.", "Enter the citizen's date of birth or CPR number."),
        ],
    },
    RuleEntry {
        rule: "target.barrier",
        source: CATALOGUE_FIG2,
        texts: &[
            t("name", "psykiske barrierer", "psychological barriers"),
            t("notMet", "Borgerens psykiske barrierer svarer ikke til målgruppen: borgere med psykiske barrierer i form af {kinds} i {severities} grad.", "The citizen's psychological barriers do not match the target group: citizens with {kinds}, {severities}."),
            t("missing", "Vælg borgerens psykiske barrierer, og hvor svære de er.", "Choose the citizen's psychological barriers and how severe they are."),
        ],
    },
    RuleEntry {
        rule: "target.openness",
        source: CATALOGUE_FIG2,
        texts: &[
            t("name", "åbenhed over for gruppearbejde", "openness to group work"),
            t("notMet", "Borgeren skal være åben over for at arbejde med psykiske barrierer sammen med andre borgere.", "The citizen must be open to working on psychological barriers together with other citizens."),
            t("missing", "Angiv, om borgeren er åben over for at arbejde med sine barrierer sammen med andre.", "Say whether the citizen is open to working on their barriers together with others."),
        ],
    },
    RuleEntry {
        rule: "target.selfReflection",
        source: CATALOGUE_FIG2,
        texts: &[
            t("name", "evnen til at beskrive egne barrierer", "describing own barriers"),
            t("notMet", "Borgeren skal kunne beskrive og forholde sig til egne barrierer og udfordringer uden udprægede kognitive barrierer for dialog.", "The citizen must be able to describe and relate to their own barriers and challenges, without marked cognitive barriers to dialogue."),
            t("missing", "Angiv, om borgeren kan beskrive og forholde sig til egne barrierer.", "Say whether the citizen can describe and relate to their own barriers."),
        ],
    },
    RuleEntry {
        rule: "target.benefit",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013)", "s. 5, 12"),
        texts: &[
            t("name", "ydelse", "benefit"),
            t("notMet", "Forløbet er for borgere, der modtager {benefits}.", "The course is for citizens who receive {benefits}."),
            t("missing", "Vælg borgerens ydelse.", "Choose the citizen's benefit."),
        ],
    },
    RuleEntry {
        rule: "abuse.treatment",
        source: CATALOGUE_FIG2,
        texts: &[
            t("name", "misbrugsbehandling", "treatment for substance abuse"),
            t("notInTreatment", "Borgeren har et misbrug og skal være i misbrugsbehandling i et af kommunens tilbud eller hos en af kommunens samarbejdspartnere.", "The citizen has a substance abuse and must be in treatment for it in one of the municipality's services or with one of its partners."),
            t("notStarted", "Misbrugsbehandlingen begynder først den {date}. Borgeren skal være i behandling på referencedatoen.", "The treatment for substance abuse only starts on {date}. The citizen must be in treatment on the reference date."),
            t("ended", "Misbrugsbehandlingen sluttede den {date}. Borgeren skal være i behandling på referencedatoen.", "The treatment for substance abuse ended on {date}. The citizen must be in treatment on the reference date."),
            t("missing", "Angiv, om borgeren har et misbrug, og i så fald hvornår misbrugsbehandlingen begyndte.", "Say whether the citizen has a substance abuse and, if so, when the treatment started."),
        ],
    },
    RuleEntry {
        rule: "abuse.sobriety",
        source: CATALOGUE_FIG2,
        texts: &[
            t("name", "seneste misbrug", "last substance use"),
            t("notMet", "Borgeren må ikke have praktiseret sit misbrug inden for {period}. Kravet er opfyldt fra den {date}.", "The citizen must not have practised the abuse within {period}. The requirement is met from {date}."),
            t("missing", "Indtast datoen for borgerens seneste misbrug.", "Enter the date the citizen last used."),
        ],
    },
    RuleEntry {
        rule: "target.category",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013): forsøgskommunerne valgte borgere i matchgruppe 2 (i dag aktivitetsparate); virksomhedspraktik for jobparate 4 uger (§ 61, stk. 1, nr. 1, ordlyd ikke bekræftet)", "s. 12"),
        texts: &[
            t("unusual", "Borgeren er visiteret {category}. I forsøget deltog borgere i matchgruppe 2 (i dag aktivitetsparate), og for en jobparat borger er virksomhedspraktik som udgangspunkt højst 4 uger. Overvej, om forløbet passer til borgeren.", "The citizen is assessed as {category}. The pilot took part with citizens in match group 2 (today activity-ready), and for a job-ready citizen an internship is normally at most 4 weeks. Consider whether the course suits the citizen."),
        ],
    },
    RuleEntry {
        rule: "target.ageDuringCourse",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), figur 2 (alder 25-30 år); forløbets slutdato er den planlagte, ellers standardforløbets (20 uger fra referencedatoen)", "s. 9, 13"),
        texts: &[
            t("turnsTooOld", "Borgeren fylder {age} år den {date}, mens forløbet stadig er i gang (det slutter den {end}). Borgeren er stadig i målgruppen, fordi alderen vurderes på referencedatoen.", "The citizen turns {age} on {date}, while the course is still running (it ends on {end}). The citizen is still in the target group, because age is judged on the reference date."),
        ],
    },
    RuleEntry {
        rule: "cpr.format",
        source: (CPR_SOURCE, "Personnummerets opbygning"),
        texts: &[t("format", "Indtast cpr-nummeret med 10 cifre som DDMMÅÅ-XXXX.", "Enter the CPR number as 10 digits, DDMMYY-XXXX.")],
    },
    RuleEntry {
        rule: "cpr.date",
        source: (CPR_SOURCE, "Personnummerets opbygning: fødselsdato og århundrede"),
        texts: &[t("noSuchDay", "Cpr-nummerets første 6 cifre er ikke en fødselsdato, der findes. Tjek cpr-nummeret.", "The first 6 digits of the CPR number are not a date of birth that exists. Check the CPR number.")],
    },
    RuleEntry {
        rule: "cpr.checksum",
        source: (CPR_SOURCE, "Modulus 11-kontrol (ikke krævet for numre udstedt fra 1. oktober 2007)"),
        texts: &[t("mod11", "Cpr-nummeret består ikke modulus 11-kontrollen. Det kan godt være gyldigt, da der siden 1. oktober 2007 er udstedt gyldige numre, der ikke opfylder modulus 11-kontrollen, men tjek, at det er tastet rigtigt.", "The CPR number fails the modulus 11 check. It may still be valid, since valid numbers that fail the modulus 11 check have been issued since 1 October 2007, but check that it was typed correctly.")],
    },
    RuleEntry {
        rule: "cpr.substitute",
        source: (CPR_SOURCE, "Erstatningspersonnummer"),
        texts: &[t("substitute", "Nummeret er et erstatningspersonnummer, ikke et cpr-nummer. Alderen beregnes ikke ud fra det. Indtast borgerens fødselsdato.", "The number is a substitute number (erstatningspersonnummer), not a CPR number. The age is not computed from it. Enter the citizen's date of birth.")],
    },
    RuleEntry {
        rule: "cpr.mismatch",
        source: (CPR_SOURCE, "Personnummerets opbygning"),
        texts: &[t("mismatch", "Cpr-nummeret og fødselsdatoen passer ikke sammen: cpr-nummeret angiver den {date}. Ret cpr-nummeret eller fødselsdatoen.", "The CPR number and the date of birth do not match: the CPR number gives {date}. Correct the CPR number or the date of birth.")],
    },
    RuleEntry {
        rule: "plan.phaseOrder",
        source: FIG1,
        texts: &[
            t("missing", "Angiv forløbets faser: forberedelse, undervisning og praktik og opfølgning.", "Give the course's phases: preparation, teaching, and internship and follow-up."),
            t("order", "Faserne skal komme i rækkefølgen forberedelse, undervisning, praktik og opfølgning og eventuelt efterværn, hver én gang.", "The phases must come in the order preparation, teaching, internship and follow-up, and optionally aftercare, each once."),
        ],
    },
    RuleEntry {
        rule: "plan.phaseDates",
        source: FIG1,
        texts: &[t("endBeforeStart", "Slutdatoen for {phase} ligger før startdatoen. Ret datoerne.", "The end date of the {phase} is before its start date. Correct the dates.")],
    },
    RuleEntry {
        rule: "plan.contiguity",
        source: FIG1,
        texts: &[
            t("gap", "Der er et hul mellem faserne: {phase} skal begynde den {date}, dagen efter at den forrige fase slutter. Kun praktikken kan udskydes en eller to hele uger efter undervisningen.", "There is a gap between the phases: the {phase} must start on {date}, the day after the previous phase ends. Only the internship may be postponed by one or two whole weeks after teaching."),
            t("overlap", "Faserne overlapper: {phase} skal begynde den {date}, dagen efter at den forrige fase slutter.", "The phases overlap: the {phase} must start on {date}, the day after the previous phase ends."),
        ],
    },
    RuleEntry {
        rule: "plan.phaseLength",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013), figur 1 og tabel s. 9 (drejebogen og anbefalingerne)", "s. 4, 9"),
        texts: &[
            t("outsideProfile", "Længden af {phase} er {weeks}, men {profile} foreskriver {range}.", "The {phase} is {weeks} long, but {profile} prescribes {range}."),
            t("outsideRecommendation", "Længden af {phase} er {weeks}; anbefalingen i {profile} er {range}.", "The {phase} is {weeks} long; {profile} recommends {range}."),
            t("extendedWithoutAssessment", "Praktikken er {weeks}. I {profile} er praktikken {range}, og en længere praktik bør vurderes i forhold til den enkelte borger. Registrér vurderingen med en begrundelse.", "The internship is {weeks} long. In {profile} the internship is {range}, and a longer one should be assessed for the individual citizen. Record the assessment with a justification."),
            t("belowMin", "Længden af {phase} er {weeks}, men {profile} foreskriver mindst {range}.", "The {phase} is {weeks} long, but {profile} prescribes at least {range}."),
        ],
    },
    RuleEntry {
        rule: "plan.internshipLength",
        source: ("Lov om en aktiv beskæftigelsesindsats, jf. LBK nr. 280 af 1/3/2024", "§ 61, stk. 2"),
        texts: &[
            t("overMax", "Praktikken er {weeks}, men kan højst vare {max} med de registrerede forlængelser. Ud over 26 uger kræver hver yderligere forlængelse på op til {step} et helt særligt behov ud fra en konkret vurdering: registrér perioden med en begrundelse.", "The internship is {weeks} long, but can last at most {max} with the extensions recorded. Beyond 26 weeks each further extension of up to {step} needs a very special need on a concrete assessment: record the period with a justification."),
            t("needsAssessment", "Praktikken er {weeks}. Ud over {limit} kræver den en konkret vurdering: registrér vurderingen med en begrundelse.", "The internship is {weeks} long. Beyond {limit} it needs a concrete assessment: record the assessment with a justification."),
            t("overMaxWithAftercare", "Praktikken er {weeks} medregnet efterværn med fortsat praktik, men kan højst vare {max} med de registrerede forlængelser. Ud over 26 uger kræver hver yderligere forlængelse på op til {step} et helt særligt behov ud fra en konkret vurdering: registrér perioden med en begrundelse.", "The internship is {weeks} long counting aftercare with continued internship, but can last at most {max} with the extensions recorded. Beyond 26 weeks each further extension of up to {step} needs a very special need on a concrete assessment: record the period with a justification."),
            t("needsAssessmentWithAftercare", "Praktikken er {weeks} medregnet efterværn med fortsat praktik. Ud over {limit} kræver den en konkret vurdering: registrér vurderingen med en begrundelse.", "The internship is {weeks} long counting aftercare with continued internship. Beyond {limit} it needs a concrete assessment: record the assessment with a justification."),
        ],
    },
    RuleEntry {
        rule: "plan.totalWeeks",
        source: FIG1,
        texts: &[t("short", "Forløbet er {weeks}. Et Joborienteret mestringsforløb varer mindst {min}.", "The course is {weeks} long. A job-oriented coping course lasts at least {min}.")],
    },
    RuleEntry {
        rule: "plan.internshipAgreement",
        source: (CATALOGUE_TITLE, "s. 17"),
        texts: &[
            t("missing", "Angiv, hvornår praktikaftalen er indgået. Den bør være på plads, inden undervisningen begynder.", "Give the date the internship agreement was made. It should be in place before teaching starts."),
            t("late", "Praktikaftalen er indgået, efter at undervisningen begyndte den {date}. Den bør være på plads, før undervisningen begynder.", "The internship agreement was made after teaching started on {date}. It should be in place before teaching starts."),
        ],
    },
    RuleEntry {
        rule: "plan.holidayTeaching",
        source: ("Lov om søgnehelligdage; store bededag afskaffet fra 2024 (lov nr. 196 af 28/02/2023)", "helligdage"),
        texts: &[t("holiday", "{date} er {holiday}, en helligdag. Flyt undervisningsdagen.", "{date} is {holiday}, a public holiday. Move the teaching day.")],
    },
    RuleEntry {
        rule: "plan.teachingDays",
        source: (CATALOGUE_TITLE, "s. 4, 9"),
        texts: &[t("few", "Uge {week} (fra den {date}) har {actual}. Undervisningsfasen har {planned} om ugen.", "Week {week} (from {date}) has {actual}. The teaching phase has {planned} a week.")],
    },
    RuleEntry {
        rule: "plan.weeklyTeachingDay",
        source: (CATALOGUE_TITLE, "s. 9, 23"),
        texts: &[
            t("missing", "Uge {week} (fra {date}) har ingen undervisningsdag. Den ugentlige undervisningsdag skal holdes under hele praktikken.", "Week {week} (from {date}) has no teaching day. The weekly teaching day must be kept throughout the internship."),
            t("noDays", "Planen har ingen undervisningsdage. Den ugentlige undervisningsdag skal holdes under hele praktikken.", "The plan has no teaching days. The weekly teaching day must be kept throughout the internship."),
        ],
    },
    RuleEntry {
        rule: "plan.shortWeek",
        source: (CATALOGUE_TITLE, "s. 4, 9"),
        texts: &[
            t("holidays", "Uge {week} (fra den {date}) har {actual} i stedet for {planned} på grund af {holidays}.", "Week {week} (from {date}) has {actual} instead of {planned} because of {holidays}."),
            t("noDay", "Uge {week}: {date} er {holiday}, og der er ingen anden hverdag i ugen at flytte undervisningsdagen til.", "Week {week}: {date} is {holiday}, and there is no other working day that week to move the teaching day to."),
        ],
    },
    RuleEntry {
        rule: "plan.movedTeachingDay",
        source: (CATALOGUE_TITLE, "s. 9, 23"),
        texts: &[t("moved", "Uge {week}: den ugentlige undervisningsdag {date} er {holiday} og er flyttet til {to}.", "Week {week}: the weekly teaching day on {date} is {holiday} and has been moved to {to}.")],
    },
    RuleEntry {
        rule: "plan.aftercareLevel",
        source: (CATALOGUE_TITLE, "s. 23"),
        texts: &[t("level", "Vælg et niveau for efterværnet fra {min} til {max}.", "Choose an aftercare level from {min} to {max}.")],
    },
    RuleEntry {
        rule: "plan.teamSize",
        source: (CATALOGUE_TITLE, "s. 9, 20"),
        texts: &[
            t("outsideProfile", "Holdet har {size}. Et hold skal have {range}.", "The team has {size}. A team must have {range}."),
            t("outsideRecommendation", "Holdet har {size}. Kataloget anbefaler {range}.", "The team has {size}. The catalogue recommends {range}."),
        ],
    },
    RuleEntry {
        rule: "plan.teamComposition",
        source: (CATALOGUE_TITLE, "s. 12"),
        texts: &[
            t("older", "Deltager {number} er {age} år, mere end {limit} ældre end de øvriges median på {median} år. Overvej, om deltageren passer ind på holdet.", "Participant {number} is {age}, more than {limit} older than the others' median of {median}. Consider whether the participant fits the team."),
            t("younger", "Deltager {number} er {age} år, mere end {limit} yngre end de øvriges median på {median} år. Overvej, om deltageren passer ind på holdet.", "Participant {number} is {age}, more than {limit} younger than the others' median of {median}. Consider whether the participant fits the team."),
        ],
    },
    RuleEntry {
        rule: "workflow.state",
        source: WORKFLOW,
        texts: &[t("noPhase", "Forløbets status mangler borgerens fase, fx \"referred\" (henvist).", "The state has no phase for the citizen, e.g. \"referred\".")],
    },
    RuleEntry {
        rule: "workflow.event",
        source: WORKFLOW,
        texts: &[
            t("noType", "Angiv hændelsens type.", "Give the event's type."),
            t("noDate", "Angiv hændelsens dato.", "Give the event's date."),
            t("beforeLast", "Hændelsen ligger før den seneste i forløbet ({date}). Angiv en dato fra {date}.", "The event is before the latest one in the history ({date}). Give a date from {date}."),
        ],
    },
    RuleEntry {
        rule: "workflow.notAllowed",
        source: WORKFLOW,
        texts: &[t("from", "Borgeren er {phase}, så {event} kan ikke registreres nu.", "The citizen is {phase}, so {event} cannot be recorded now.")],
    },
    RuleEntry {
        rule: "workflow.eligibility",
        source: CATALOGUE_FIG2,
        texts: &[
            t("notEligible", "Borgeren er ikke i målgruppen. Forberedelsen kan kun begynde med en begrundet afvigelse fra sagsbehandleren.", "The citizen is not in the target group. Preparation can only start with a justified override by the caseworker."),
            t("incomplete", "Henvisningen er ikke udfyldt nok til at vurdere målgruppen. Udfyld den, eller registrer en begrundet afvigelse.", "The referral is not filled in enough to judge the target group. Fill it in, or record a justified override."),
            t("missing", "Vedlæg henvisningen, så målgruppen kan vurderes, eller registrer en begrundet afvigelse.", "Attach the referral so the target group can be judged, or record a justified override."),
        ],
    },
    RuleEntry {
        rule: "workflow.override",
        source: WORKFLOW,
        texts: &[t("justification", "Skriv en begrundelse for afvigelsen.", "Write a justification for the override.")],
    },
    RuleEntry {
        rule: "workflow.plan",
        source: FIG1,
        texts: &[
            t("missing", "Vedlæg forløbsplanen, før undervisningen begynder.", "Attach the course plan before teaching starts."),
            t("errors", "Forløbsplanen har {count}, som skal rettes, før undervisningen begynder.", "The course plan has {count} to correct before teaching starts."),
        ],
    },
    RuleEntry {
        rule: "workflow.internshipAgreement",
        source: (CATALOGUE_TITLE, "s. 17, aftaleguide til virksomhedspraktik"),
        texts: &[
            t("beforeTeaching", "Der er ingen praktikaftale. Den bør være på plads, inden undervisningen begynder.", "There is no internship agreement. It should be in place before teaching starts."),
            t("missing", "Vedlæg praktikaftalen, før praktikken begynder.", "Attach the internship agreement before the internship starts."),
        ],
    },
    RuleEntry {
        rule: "workflow.referBack",
        source: (CATALOGUE_TITLE, "s. 14"),
        texts: &[
            t("reason", "Skriv årsagen til tilbagevisiteringen.", "Write the reason for the referral back."),
            t("decision", "Beslutningen om tilbagevisitering bør altid tages i dialog mellem borgeren, underviseren, sagsbehandleren og eventuelt praktikstedet. Ikke registreret: {missing}.", "The decision to refer back should always be taken in dialogue between the citizen, the teacher, the caseworker and possibly the internship site. Not recorded: {missing}."),
        ],
    },
    RuleEntry {
        rule: "mentor.required",
        source: ("Mentorcase 6, \"LOVGIVNINGEN\"; vejledning om mentorstøtte VEJ nr. 9204 af 21/03/2023 (som gengivet)", "Case 6"),
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
    },
    RuleEntry {
        rule: "mentor.duration",
        source: ("Lov om en aktiv beskæftigelsesindsats, jf. LBK nr. 701 af 22/5/2022 og LBK nr. 280 af 1/3/2024", "§ 167, stk. 1-2"),
        texts: &[
            t("overCap", "Mentorstøtten løber fra den {start} til den {end}. En periode må højst vare {months}; en ny periode kræver en konkret vurdering.", "The mentor support runs from {start} to {end}. A period may last at most {months}; a new period needs a concrete assessment."),
            t("renewalNeedsAssessment", "En ny periode med mentorstøtte kræver en konkret vurdering. Skriv vurderingen.", "A new period of mentor support needs a concrete assessment. Write the assessment."),
            t("overCapDischarge", "Mentorstøtten løber fra den {start} til den {end}. En borger, der er udskrevet fra psykiatrisk indlæggelse den {discharged}, har ret til mentorstøtte fra op til {before} før udskrivelsen og i mindst {inAll} i alt; ud over det må en periode højst vare {months}, og en ny periode kræver en konkret vurdering.", "The mentor support runs from {start} to {end}. A citizen discharged from psychiatric admission on {discharged} has a right to mentor support from up to {before} before the discharge and for at least {inAll} in all; beyond that a period may last at most {months}, and a new period needs a concrete assessment."),
        ],
    },
    RuleEntry {
        rule: "mentor.contact",
        source: ("Lov om en aktiv beskæftigelsesindsats som gældende 2014-2019, § 93, 2. pkt.; mentorcase 6 (en kommunes praksis)", "§ 93; Case 6"),
        texts: &[
            t("missing", "Angiv, hvor ofte mentor og borger har kontakt. Borgeren kan ikke deltage i andre tilbud, så fast kontakt er vigtig.", "Give how often mentor and citizen are in contact. The citizen cannot take part in other offers, so regular contact matters."),
            t("law", "Aftalen har kontakt {days}. Efter den dagældende § 93 skulle der være kontakt mindst {max} for en borger, der ikke kan deltage i andre tilbud.", "The agreement has contact {days}. Under the § 93 then in force there had to be contact at least {max} for a citizen who cannot take part in other offers."),
            t("practice", "Aftalen har kontakt {days}. I mentorcase 6 havde borgere, der ikke kan deltage i andre tilbud, kontakt mindst {max} (kommunens praksis efter den dagældende lov). Overvej tættere kontakt.", "The agreement has contact {days}. In mentor case 6 citizens who cannot take part in other offers had contact at least {max} (that municipality's practice under the law then in force). Consider closer contact."),
        ],
    },
    RuleEntry {
        rule: "mentor.taskScope",
        source: ("Mentorcase 4: mentorer foretager ikke vurderinger af fx borgerens arbejdsevne og træffer ikke afgørelser", "Case 4"),
        texts: &[t("authority", "Mentorens opgaver nævner \"{word}\". En mentor vurderer ikke arbejdsevne og træffer ikke afgørelser; det gør kommunens sagsbehandler.", "The mentor's tasks mention \"{word}\". A mentor does not assess work capacity or make decisions; the municipality's caseworker does.")],
    },
    RuleEntry {
        rule: "mentor.schedule",
        source: ("Mentorcase 9 og 6 (kommuners praksis): trepartsmøde ved start, statusmøde hver tredje måned med statusskema, afrapportering hver 14. dag", "Case 9, Case 6"),
        texts: &[
            t("startMeeting", "Det indledende trepartsmøde (borger, mentor og koordinerende sagsbehandler) skulle have været holdt den {date}. Registrér mødet.", "The tripartite start meeting (citizen, mentor and coordinating caseworker) should have been held on {date}. Record the meeting."),
            t("statusMeeting", "Statusmødet skulle have været holdt senest den {date}. Indkald til statusmøde med statusskema.", "The status meeting should have been held by {date}. Call a status meeting with its status form."),
            t("statusForm", "Statusmødet den {date} mangler statusskemaet (fokus, mål og progression eller hvorfor der ikke var nogen).", "The status meeting on {date} lacks its status form (focus, goals and progression, or why there was none)."),
            t("report", "Mentorens afrapportering skulle være kommet senest den {date}. I mentorcase 6 afrapporterer mentoren {days} om tidsforbrug og fokus.", "The mentor's report should have come by {date}. In mentor case 6 the mentor reports {days} on time use and focus."),
        ],
    },
    RuleEntry {
        rule: "internship.required",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), aftaleguide til virksomhedspraktik", "s. 17"),
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
    },
    RuleEntry {
        rule: "internship.consent",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), aftaleguide til virksomhedspraktik: samtykke", "s. 17"),
        texts: &[t("consent", "Indhent borgerens samtykke, og markér, at det er givet.", "Obtain the citizen's consent and mark that it was given.")],
    },
    RuleEntry {
        rule: "internship.teachingDay",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013)", "s. 9, 23"),
        texts: &[t("notAgreed", "Aftal med virksomheden, at borgeren har fri til den ugentlige undervisningsdag.", "Agree with the company that the citizen has the weekly teaching day off.")],
    },
    RuleEntry {
        rule: "internship.hours",
        source: ("Bekendtgørelse om en aktiv beskæftigelsesindsats (BEK nr. 2636 af 28/12/2021)", "BEK § 60, stk. 5"),
        texts: &[t("overFullWeek", "Praktikken må højst have et omfang på en normal fuld arbejdsuge, her regnet som {max} om ugen.", "The internship may be at most a normal full working week, here taken as {max} a week.")],
    },
    RuleEntry {
        rule: "internship.duration",
        source: ("Lov om en aktiv beskæftigelsesindsats, jf. LBK nr. 280 af 1/3/2024", "§ 61"),
        texts: &[
            t("needsAssessment", "Praktikken er {weeks}. For en borger, der er {category}, er grænsen {limit}; en forlængelse op til 26 uger kræver en konkret vurdering. Skriv vurderingen.", "The internship is {weeks} long. For a citizen who is {category} the limit is {limit}; an extension up to 26 weeks needs a concrete assessment. Write the assessment."),
            t("overMax", "Praktikken er {weeks}, men kan højst vare {max} med de registrerede forlængelser. Ud over 26 uger kræver hver yderligere forlængelse på op til {step} et helt særligt behov ud fra en konkret vurdering: registrér perioden med en begrundelse.", "The internship is {weeks} long, but can last at most {max} with the extensions recorded. Beyond 26 weeks each further extension of up to {step} needs a very special need on a concrete assessment: record the period with a justification."),
            t("notExtendable", "Praktikken er {weeks}. For en borger, der er {category}, er grænsen {limit}, og praktikken kan ikke forlænges.", "The internship is {weeks} long. For a citizen who is {category} the limit is {limit}, and the internship cannot be extended."),
        ],
    },
    RuleEntry {
        rule: "supplier.required",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), samarbejde med ekstern leverandør", "s. 28-29"),
        texts: &[
            t("supplierName", "Angiv leverandørens navn.", "Give the supplier's name."),
            t("madeOn", "Angiv datoen for den skriftlige samarbejdsaftale.", "Give the date of the written cooperation agreement."),
            t("tasks", "Angiv leverandørens opgaver og timer til hver, fx opfølgning ved fravær.", "Give the supplier's tasks and the hours for each, e.g. absence follow-up."),
            t("taskName", "Beskriv opgaven.", "Describe the task."),
            t("taskHours", "Angiv antal timer til opgaven.", "Give the hours for the task."),
            t("providesMentorSupport", "Angiv, om leverandøren varetager mentorstøtten.", "Say whether the supplier provides the mentor support."),
            t("mentorHours", "Angiv antal timer til mentorstøtte.", "Give the hours for mentor support."),
            t("internshipResponsibility", "Beskriv leverandørens ansvar for at finde praktikpladser.", "Describe the supplier's responsibility for finding internships."),
            t("documentationWhat", "Beskriv, hvad leverandøren dokumenterer, fx fremmøde og udvikling.", "Describe what the supplier documents, e.g. attendance and progress."),
            t("documentationFrequency", "Angiv, hvor ofte og hvornår leverandøren giver tilbagemelding.", "Give how often and when the supplier reports back."),
            t("meetingWeekday", "Angiv gerne ugedagen for et fast ugentligt telefonmøde, som kataloget giver som eksempel.", "Consider giving the weekday of a fixed weekly phone meeting, which the catalogue gives as an example."),
            t("meetingTime", "Angiv gerne tidspunktet for et fast ugentligt telefonmøde, som kataloget giver som eksempel.", "Consider giving the time of a fixed weekly phone meeting, which the catalogue gives as an example."),
            t("contactName", "Angiv den faste kontaktperson i arbejdsgruppen.", "Give the fixed contact person in the working group."),
            t("contactDetails", "Angiv kontaktpersonens kontaktoplysninger.", "Give the contact person's contact details."),
        ],
    },
    RuleEntry {
        rule: "caseload.required",
        source: ("Mentorcase 6", "Case 6"),
        texts: &[
            t("hoursPerWeek", "Angiv mentorens timer om ugen.", "Give the mentor's hours a week."),
            t("citizens", "Angiv mentorens borgere.", "Give the mentor's citizens."),
        ],
    },
    RuleEntry {
        rule: "caseload.perFullTime",
        source: ("Mentorcase 6 (en kommunes praksis, ikke lov): en fuldtidsmentor har højst 15 borgere", "Case 6"),
        texts: &[t("over", "Mentoren har {count} på {hours} om ugen. I mentorcase 6 har en fuldtidsmentor højst {limit}; for denne mentor svarer det til {max}.", "The mentor has {count} on {hours} a week. In mentor case 6 a full-time mentor has at most {limit}; for this mentor that is {max}.")],
    },
    RuleEntry {
        rule: "caseload.hours",
        source: ("Mentorcase 6", "Case 6"),
        texts: &[t("over", "Borgerne har tilsammen fået bevilget {granted} om ugen, men mentoren har kun {hours} om ugen.", "The citizens have been granted {granted} a week in all, but the mentor has only {hours} a week.")],
    },
    RuleEntry {
        rule: "caseload.band",
        source: ("Evaluering af mentorindsatsen (seed 002)", "tabel 24"),
        texts: &[
            t("band", "{perFullTime} pr. fuldtidsmentor (gruppen {band} i evalueringen).", "{perFullTime} per full-time mentor (the {band} group in the evaluation)."),
            t("experiment", "{perFullTime} pr. fuldtidsmentor (gruppen {band}). I evalueringen var 20 eller flere et bevidst eksperiment.", "{perFullTime} per full-time mentor (the {band} group). In the evaluation, 20 or more was a deliberate experiment."),
            t("belowGroups", "{perFullTime} pr. fuldtidsmentor: færre end evalueringens laveste gruppe ({band}).", "{perFullTime} per full-time mentor: fewer than the evaluation's lowest group ({band})."),
        ],
    },
    RuleEntry {
        rule: "workflow.mentorSupportNeed",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013): \"Omfanget af den enkelte deltagers støttebehov bør derfor vurderes forud for forløbet\" (anbefaling)", "s. 27"),
        texts: &[
            t("notAssessed", "Registrér, hvornår borgerens behov for mentorstøtte er vurderet. Behovet bør vurderes, før forløbet begynder.", "Record when the citizen's need for mentor support was assessed. It should be assessed before the course starts."),
        ],
    },
    RuleEntry {
        rule: "extension.further",
        source: ("Lov om en aktiv beskæftigelsesindsats, jf. LBK nr. 280 af 1/3/2024: \"Har personen hen mod udgangen af perioden på 26 uger ud fra en konkret vurdering et helt særligt behov for en længere periode, kan perioden forlænges yderligere med op til 13 uger ad gangen.\"", "§ 61, stk. 2"),
        texts: &[
            t("justification", "Skriv begrundelsen for den yderligere forlængelse: borgerens helt særlige behov.", "Write the justification for the further extension: the citizen's very special need."),
            t("weeks", "Angiv, hvor mange uger den yderligere forlængelse varer.", "Give how many weeks the further extension lasts."),
            t("tooLong", "En yderligere forlængelse er {weeks}, men må højst vare {max} ad gangen.", "A further extension is {weeks} long, but may last at most {max} at a time."),
        ],
    },
    RuleEntry {
        rule: "plan.postponement",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013): \"praktikken udskydes en til to uger\"", "s. 22"),
        texts: &[
            t("noReason", "Praktikken begynder {weeks} efter undervisningen. Den kan udskydes en til to uger; skriv begrundelsen.", "The internship starts {weeks} after teaching. It may be postponed one to two weeks; write the reason."),
        ],
    },
    RuleEntry {
        rule: "law.unverified",
        source: ("Lov om en aktiv beskæftigelsesindsats: ny hovedlov varslet til 1. januar 2027 (ikke bekræftet)", "ny lov 2027"),
        texts: &[
            t("after", "Lovgrundlaget er kontrolleret den {checked} og kendes til og med den {date}. En ny lov om en aktiv beskæftigelsesindsats er varslet fra 1. januar 2027, så vurderingen bruger de senest kendte regler. Tjek reglerne, eller brug et opdateret regelsæt.", "The legal basis was checked on {checked} and is known up to and including {date}. A new act on the active employment effort is announced from 1 January 2027, so the assessment uses the last known rules. Check the rules, or use an updated ruleset."),
        ],
    },
    RuleEntry {
        rule: "input.invalid",
        source: (API_SOURCE, "Forkerte feltværdier bliver til fund"),
        texts: &[
            t("expectedText", "Feltet skal være tekst, ikke {kind}.", "The field must be text, not {kind}."),
            t("expectedBoolean", "Vælg ja eller nej (feltet skal være true eller false, ikke {kind}).", "Choose yes or no (the field must be true or false, not {kind})."),
            t("expectedList", "Feltet skal være en liste, ikke {kind}.", "The field must be a list, not {kind}."),
            t("expectedObject", "Feltet skal være en gruppe af felter (et objekt), ikke {kind}.", "The field must be a group of fields (an object), not {kind}."),
            t("dateFormat", "Indtast datoen som år-måned-dag, fx 2027-01-04.", "Enter the date as year-month-day, for example 2027-01-04."),
            t("noSuchDay", "Datoen findes ikke. Indtast en dato, der findes i kalenderen.", "That date does not exist. Enter a date that is in the calendar."),
            t("unknownValue", "Vælg en af de mulige værdier: {allowed}.", "Choose one of the possible values: {allowed}."),
            t("birthAfterReference", "Fødselsdatoen ligger efter referencedatoen. Tjek fødselsdatoen.", "The date of birth is after the reference date. Check the date of birth."),
            t("endBeforeStart", "Slutdatoen ligger før startdatoen. Tjek datoerne.", "The end date is before the start date. Check the dates."),
            t("expectedNumber", "Indtast et helt tal (feltet er {kind}).", "Enter a whole number (the field is {kind})."),
            t("outOfRange", "Indtast et helt tal fra {min} til {max}.", "Enter a whole number from {min} to {max}."),
            t("tooLarge", "Feltet er for stort eller for dybt indlejret til at blive kontrolleret.", "The field is too large or too deeply nested to be checked."),
            t("expectedHours", "Indtast antal timer som et tal over 0 og højst 168, fx 18,5 (feltet er {kind}).", "Enter the hours as a number above 0 and at most 168, e.g. 18.5 (the field is {kind})."),
            t("hours", "Indtast antal timer som et tal over 0 og højst 168, fx 18,5.", "Enter the hours as a number above 0 and at most 168, e.g. 18.5."),
            t("dateRange", "Datoen ligger før 1900 eller efter 2199. Tjek årstallet.", "The date is before 1900 or after 2199. Check the year."),
            t("afterReference", "Datoen ligger efter referencedatoen og kan ikke kendes endnu. Tjek datoen.", "The date is after the reference date and cannot be known yet. Check the date."),
            t("endBeforeReference", "Den planlagte afslutning ligger før referencedatoen. Tjek datoerne.", "The planned end is before the reference date. Check the dates."),
        ],
    },
    RuleEntry {
        rule: "input.required",
        source: (API_SOURCE, "Referencedato"),
        texts: &[
            t("referenceDate", "Angiv referencedatoen: forløbets planlagte start eller henvisningsdatoen.", "Give the reference date: the planned start of the course or the date of referral."),
            t("start", "Angiv forløbets startdato.", "Give the course's start date."),
        ],
    },
    RuleEntry {
        rule: "ruleset.invalid",
        source: ("mestring: regelsæt (defaultRuleset)", "Regelsættets felter"),
        texts: &[t("field", "Regelsættet kan ikke bruges: {path} mangler eller har en forkert værdi (forventet: {expected}). Der er ikke foretaget nogen vurdering.", "The ruleset cannot be used: {path} is missing or has a wrong value (expected: {expected}). No assessment was made.")],
    },
    RuleEntry {
        rule: "input.unknown",
        source: (API_SOURCE, "Ukendte felter bliver ikke læst"),
        texts: &[
            t("near", "Ukendt felt {field}; mente du {nearest}? Feltet bliver ikke læst.", "Unknown field {field}; did you mean {nearest}? The field is not read."),
            t("unknown", "Ukendt felt {field}. Feltet bliver ikke læst.", "Unknown field {field}. The field is not read."),
        ],
    },
];

fn entry(rule: &str) -> Option<&'static RuleEntry> {
    CATALOGUE.iter().find(|e| e.rule == rule)
}

/// The catalogue's default source for `rule`.
pub fn source(rule: &str) -> Source {
    match entry(rule) {
        Some(e) => Source::new(e.source.0, e.source.1),
        None => Source {
            title: crate::finding::Str::Static(API_SOURCE),
            reference: rule.to_string().into(),
        },
    }
}

/// The label of a coded value (`anxiety` → `angst`); unknown codes are shown as they are.
pub fn label(code: &str, lang: Lang) -> String {
    label_cow(code, lang).into_owned()
}

/// [`label`], borrowing the catalogue's text where it can (messages render labels on every check).
fn label_cow(code: &str, lang: Lang) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if let Some(n) = code.strip_prefix("period:") {
        return match (n, lang) {
            ("1", Lang::Da) => Cow::Borrowed("den seneste måned"),
            ("1", Lang::En) => Cow::Borrowed("the last month"),
            (n, Lang::Da) => Cow::Owned(format!("de seneste {n} måneder")),
            (n, Lang::En) => Cow::Owned(format!("the last {n} months")),
        };
    }
    let (da, en) = match code {
        "adhd" => ("ADHD", "ADHD"),
        "anxiety" => ("angst", "anxiety"),
        "depression" => ("depression", "depression"),
        "other" => ("andre barrierer", "other barriers"),
        "mild" => ("let", "mild"),
        "moderate" => ("moderat", "moderate"),
        "severe" => ("svær", "severe"),
        "kontanthjaelp" => ("kontanthjælp", "cash benefit (kontanthjælp)"),
        "uddannelseshjaelp" => ("uddannelseshjælp", "education benefit (uddannelseshjælp)"),
        // Bare codes, as `unknownValue` lists them: by their Danish labels, never API codes.
        "ordinaryHours" => ("ordinære løntimer", "ordinary paid hours"),
        "skills" => ("oplæring i konkrete færdigheder", "training specific skills"),
        "clarification" => {
            ("afklaring af job- eller uddannelsesmål", "clarifying a job or education goal")
        }
        "mon" => ("mandag", "Monday"),
        "tue" => ("tirsdag", "Tuesday"),
        "wed" => ("onsdag", "Wednesday"),
        "thu" => ("torsdag", "Thursday"),
        "fri" => ("fredag", "Friday"),
        "sat" => ("lørdag", "Saturday"),
        "sun" => ("søndag", "Sunday"),
        "preparation" => ("forberedelse", "preparation"),
        "teaching" => ("undervisning", "teaching"),
        "internship" => ("praktik og opfølgning", "internship and follow-up"),
        "aftercare" => ("efterværn", "aftercare"),
        "playbook" => ("drejebogen", "the playbook"),
        "recommended" => ("katalogets anbefalede forløb", "the catalogue's recommended course"),
        "referred" => ("henvist", "referred"),
        "preparing" => ("i forberedelse", "in preparation"),
        "interning" => ("i praktik", "in the internship"),
        "completed" => ("afsluttet", "completed"),
        "referredBack" => ("tilbagevisiteret", "referred back"),
        "droppedOut" => ("faldet fra", "dropped out"),
        "startPreparation" => ("start af forberedelse", "start of preparation"),
        "startTeaching" => ("start af undervisning", "start of teaching"),
        "startInternship" => ("start af praktik", "start of the internship"),
        "startAftercare" => ("start af efterværn", "start of aftercare"),
        "complete" => ("afslutning", "completion"),
        "referBack" => ("tilbagevisitering", "referral back"),
        "dropOut" => ("frafald", "dropping out"),
        "holiday:nytaarsdag" => ("nytårsdag", "New Year's Day"),
        "holiday:skaertorsdag" => ("skærtorsdag", "Maundy Thursday"),
        "holiday:langfredag" => ("langfredag", "Good Friday"),
        "holiday:paaskedag" => ("påskedag", "Easter Sunday"),
        "holiday:anden_paaskedag" => ("2. påskedag", "Easter Monday"),
        "holiday:store_bededag" => ("store bededag", "Great Prayer Day"),
        "holiday:kristi_himmelfartsdag" => ("Kristi himmelfartsdag", "Ascension Day"),
        "holiday:pinsedag" => ("pinsedag", "Whit Sunday"),
        "holiday:anden_pinsedag" => ("2. pinsedag", "Whit Monday"),
        "holiday:juledag" => ("juledag", "Christmas Day"),
        "holiday:anden_juledag" => ("2. juledag", "Boxing Day"),
        "phase:preparation" => ("forberedelsen", "preparation"),
        "phase:teaching" => ("undervisningen", "teaching"),
        "phase:internship" => ("praktikken og opfølgningen", "internship and follow-up"),
        "phase:aftercare" => ("efterværnet", "aftercare"),
        "event:startPreparation" => ("start af forberedelse", "start of preparation"),
        "event:startTeaching" => ("start af undervisning", "start of teaching"),
        "event:startInternship" => ("start af praktik", "start of the internship"),
        "event:startAftercare" => ("start af efterværn", "start of aftercare"),
        "event:complete" => ("afslutning", "completion"),
        "event:referBack" => ("tilbagevisitering", "referral back"),
        "event:dropOut" => ("frafald", "dropping out"),
        "participant:referred" => ("henvist", "referred"),
        "participant:preparing" => ("i forberedelse", "in preparation"),
        "participant:teaching" => ("i undervisning", "in teaching"),
        "participant:interning" => ("i praktik", "in the internship"),
        "participant:aftercare" => ("i efterværn", "in aftercare"),
        "participant:completed" => ("afsluttet", "completed"),
        "participant:referredBack" => ("tilbagevisiteret", "referred back"),
        "participant:droppedOut" => ("faldet fra", "dropped out"),
        "party:citizen" => ("borgeren", "the citizen"),
        "party:teacher" => ("underviseren", "the teacher"),
        "party:caseworker" => ("sagsbehandleren", "the caseworker"),
        "profile:playbook" => ("drejebogen", "the playbook"),
        "profile:recommended" => {
            ("katalogets anbefalede forløb", "the catalogue's recommended course")
        }
        "jobparat" => ("jobparat", "job-ready (jobparat)"),
        "jobparatWithoutExperience" => {
            ("jobparat uden erhvervserfaring", "job-ready without work experience")
        }
        "aktivitetsparat" => ("aktivitetsparat", "activity-ready (aktivitetsparat)"),
        "uddannelsesparat" => ("uddannelsesparat", "education-ready (uddannelsesparat)"),
        "ikke_visiteret" => ("ikke visiteret", "not yet assessed"),
        "null" => ("tom", "empty"),
        "boolean" => ("ja/nej", "yes/no"),
        "number" => ("et tal", "a number"),
        "string" => ("tekst", "text"),
        "array" => ("en liste", "a list"),
        "object" => ("en gruppe af felter", "a group of fields"),
        "function" => ("en funktion", "a function"),
        "symbol" => ("et symbol", "a symbol"),
        "bigint" => ("et BigInt", "a BigInt"),
        "Date object" => ("et Date-objekt", "a Date object"),
        "too large" => ("for stort", "too large"),
        "too deeply nested" => ("for dybt indlejret", "too deeply nested"),
        other => (other, other),
    };
    Cow::Borrowed(match lang {
        Lang::Da => da,
        Lang::En => en,
    })
}

fn join<S: AsRef<str>>(items: &[S], lang: Lang, and: bool) -> String {
    let or = match (lang, and) {
        (Lang::Da, false) => " eller ",
        (Lang::En, false) => " or ",
        (Lang::Da, true) => " og ",
        (Lang::En, true) => " and ",
    };
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == items.len() { or } else { ", " });
        }
        out.push_str(item.as_ref());
    }
    out
}

fn render_arg(arg: &Arg, lang: Lang) -> String {
    match arg {
        Arg::Int(n) => n.to_string(),
        Arg::Date(d) => date::long(*d, lang),
        Arg::Text(s) => s.clone(),
        Arg::Labels(codes) | Arg::All(codes) => {
            let labels: Vec<_> = codes.iter().map(|c| label_cow(c, lang)).collect();
            join(&labels, lang, matches!(arg, Arg::All(_)))
        }
        Arg::Halves(n) if n % 2 == 0 => (n / 2).to_string(),
        Arg::Halves(n) => format!("{}{}5", n / 2, if lang == Lang::Da { ',' } else { '.' }),
        Arg::Count(n, key) => format!("{n} {}", noun(key, *n != 1, lang)),
        Arg::Range(lo, hi, key) if lo == hi => format!("{lo} {}", noun(key, *lo != 1, lang)),
        Arg::Range(lo, hi, key) => format!("{lo}-{hi} {}", noun(key, true, lang)),
        Arg::Amount(x, key) => {
            format!("{} {}", decimal(*x, lang), noun(key, (*x - 1.0).abs() > f64::EPSILON, lang))
        }
        Arg::Every(days) => every(*days, lang),
    }
}

/// A counted noun in the singular or the plural. Danish nouns whose plural is the singular
/// (`år`) are listed like the others, so no noun is ever guessed.
pub fn noun(key: &str, plural: bool, lang: Lang) -> &'static str {
    let (da1, da2, en1, en2) = match key {
        "week" => ("uge", "uger", "week", "weeks"),
        "participant" => ("deltager", "deltagere", "participant", "participants"),
        "citizen" => ("borger", "borgere", "citizen", "citizens"),
        "teachingDay" => ("undervisningsdag", "undervisningsdage", "teaching day", "teaching days"),
        "month" => ("måned", "måneder", "month", "months"),
        "day" => ("dag", "dage", "day", "days"),
        "hour" => ("time", "timer", "hour", "hours"),
        "year" => ("år", "år", "year", "years"),
        "error" => ("fejl", "fejl", "error", "errors"),
        _ => ("", "", "", ""),
    };
    match (lang, plural) {
        (Lang::Da, false) => da1,
        (Lang::Da, true) => da2,
        (Lang::En, false) => en1,
        (Lang::En, true) => en2,
    }
}

/// How often, in words: "én gang om ugen" rather than "hver 7. dag".
fn every(days: i64, lang: Lang) -> String {
    match (days, lang) {
        (1, Lang::Da) => "hver dag".into(),
        (7, Lang::Da) => "én gang om ugen".into(),
        (14, Lang::Da) => "hver anden uge".into(),
        (n, Lang::Da) => format!("hver {n}. dag"),
        (1, Lang::En) => "every day".into(),
        (7, Lang::En) => "once a week".into(),
        (14, Lang::En) => "every other week".into(),
        (n, Lang::En) => format!("every {n} days"),
    }
}

/// `7,5` in Danish, `7.5` in English; whole numbers without decimals; at most two decimals.
pub fn decimal(x: f64, lang: Lang) -> String {
    let hundredths = (x * 100.0).round() as i64;
    let (whole, frac) = (hundredths / 100, (hundredths % 100).abs());
    if frac == 0 {
        return whole.to_string();
    }
    let sep = if lang == Lang::Da { ',' } else { '.' };
    let frac = if frac % 10 == 0 { format!("{}", frac / 10) } else { format!("{frac:02}") };
    format!("{whole}{sep}{frac}")
}

/// The text of `rule`/`variant` in `lang` with its arguments filled in. Never fails: an unknown
/// rule or variant gives a generic text naming the rule (a test keeps that from happening).
pub fn render(rule: &str, variant: &str, args: &[(&'static str, Arg)], lang: Lang) -> String {
    let Some(text) = entry(rule).and_then(|e| e.texts.iter().find(|t| t.variant == variant)) else {
        return match lang {
            Lang::Da => format!("Reglen {rule} er ikke opfyldt."),
            Lang::En => format!("Rule {rule} is not met."),
        };
    };
    let template = match lang {
        Lang::Da => text.da,
        Lang::En => text.en,
    };
    let text = fill(template, args, lang);
    // A sentence may begin with an argument ("{event} er ikke mulig ..."): capitalise it.
    let mut chars = text.chars();
    match chars.next() {
        // Arguments are Danish or English words: ASCII and æ, ø, å (no Unicode case tables).
        Some(first @ ('a'..='z' | 'æ' | 'ø' | 'å')) => {
            let upper = match first {
                'æ' => 'Æ',
                'ø' => 'Ø',
                'å' => 'Å',
                c => c.to_ascii_uppercase(),
            };
            std::iter::once(upper).chain(chars).collect()
        }
        _ => text,
    }
}

fn fill(template: &str, args: &[(&'static str, Arg)], lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, a)) => out.push_str(&render_arg(a, lang)),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// One rule as `messages(lang)` shows it.
#[derive(Debug, Serialize)]
pub struct CatalogueRule {
    /// Stable rule id.
    pub rule: &'static str,
    /// The texts by variant, arguments still in braces.
    pub texts: Texts,
    /// The default source.
    pub source: Source,
}

/// A rule's texts by variant, written as an object (without a map type in the wasm build).
#[derive(Debug)]
pub struct Texts(pub Vec<(&'static str, &'static str)>);

impl Serialize for Texts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// The catalogue in one language: what `messages(lang)` returns.
#[derive(Debug, Serialize)]
pub struct Catalogue {
    /// `da` or `en`.
    pub lang: &'static str,
    /// Every rule.
    pub rules: Vec<CatalogueRule>,
}

/// The whole catalogue in `lang`.
pub fn catalogue(lang: Lang) -> Catalogue {
    Catalogue {
        lang: lang.code(),
        rules: CATALOGUE
            .iter()
            .map(|e| CatalogueRule {
                rule: e.rule,
                texts: Texts(
                    e.texts
                        .iter()
                        .map(|t| (t.variant, if lang == Lang::Da { t.da } else { t.en }))
                        .collect(),
                ),
                source: Source::new(e.source.0, e.source.1),
            })
            .collect(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn every_text_exists_in_both_languages_and_uses_the_same_arguments() {
        for e in CATALOGUE {
            assert!(!e.texts.is_empty(), "{}", e.rule);
            for t in e.texts {
                assert!(!t.da.is_empty() && !t.en.is_empty(), "{} {}", e.rule, t.variant);
                let names = |s: &str| {
                    let mut v: Vec<String> = s
                        .split('{')
                        .skip(1)
                        .filter_map(|p| p.split('}').next())
                        .map(str::to_string)
                        .collect();
                    v.sort();
                    v.dedup();
                    v
                };
                assert_eq!(names(t.da), names(t.en), "{} {}", e.rule, t.variant);
            }
        }
    }

    #[test]
    fn rule_ids_are_unique() {
        let mut ids: Vec<_> = CATALOGUE.iter().map(|e| e.rule).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn renders_arguments_per_language() {
        let d = NaiveDate::from_ymd_opt(2027, 1, 20).unwrap();
        let args = [
            ("age", Arg::Int(24)),
            ("min", Arg::Int(25)),
            ("max", Arg::Int(30)),
            ("date", Arg::Date(d)),
        ];
        assert_eq!(
            render("target.age", "tooYoung", &args, Lang::Da),
            "Borgeren er 24 år og fylder 25 år den 20. januar 2027. Målgruppen er 25-30 år."
        );
        assert_eq!(
            render("target.age", "tooYoung", &args, Lang::En),
            "The citizen is 24 and turns 25 on 20 January 2027. The target group is aged 25 to 30."
        );
        let kinds = Arg::Labels(vec!["adhd".into(), "anxiety".into(), "depression".into()]);
        assert_eq!(render_arg(&kinds, Lang::Da), "ADHD, angst eller depression");
        assert_eq!(render("nope", "x", &[], Lang::En), "Rule nope is not met.");
        assert_eq!(fill("a {missing} b {", &[], Lang::Da), "a {missing} b {");
    }

    /// Every `Note::new(rule, variant, ..)` in the checks has its text (a missing one would
    /// render the generic fallback).
    #[test]
    fn every_variant_the_checks_use_has_a_text() {
        let sources = [
            include_str!("referral.rs"),
            include_str!("plan.rs"),
            include_str!("agreements.rs"),
            include_str!("caseload.rs"),
            include_str!("workflow.rs"),
            include_str!("ruleset.rs"),
            include_str!("lib.rs"),
        ];
        let mut n = 0;
        for src in sources {
            for part in src.split("Note::new(\"").skip(1) {
                let mut it = part.splitn(3, '"');
                let (Some(rule), Some(sep), Some(rest)) = (it.next(), it.next(), it.next()) else {
                    continue;
                };
                if sep != ", " {
                    continue;
                }
                let variant = rest.split('"').next().unwrap_or("");
                let found =
                    entry(rule).is_some_and(|e| e.texts.iter().any(|t| t.variant == variant));
                assert!(found, "{rule} {variant} has no text");
                n += 1;
            }
        }
        assert!(n > 50, "{n}");
    }

    /// Every counted noun a text may follow a number with, singular and plural, in both languages.
    const NOUNS: [(&str, &str, &str, &str); 9] = [
        ("uge", "uger", "week", "weeks"),
        ("deltager", "deltagere", "participant", "participants"),
        ("borger", "borgere", "citizen", "citizens"),
        ("undervisningsdag", "undervisningsdage", "teaching day", "teaching days"),
        ("måned", "måneder", "month", "months"),
        ("dag", "dage", "day", "days"),
        ("time", "timer", "hour", "hours"),
        ("fejl", "fejl", "error", "errors"),
        ("år", "år", "year", "years"),
    ];

    /// Renders every text with its arguments as 1 and as 2 (plain numbers, as a check might pass
    /// them) and with each argument in turn as 1 and 2 of every counted noun, and fails where a
    /// number and its noun disagree ("1 uger", "2 uge", "1 deltagere", "1 borgere",
    /// "1 undervisningsdage"): a text that writes a noun after a plain number argument fails.
    #[test]
    fn numbers_and_nouns_agree_in_every_text() {
        let d = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        let keys = [
            "week",
            "participant",
            "citizen",
            "teachingDay",
            "month",
            "day",
            "hour",
            "error",
            "year",
        ];
        let mut checked = 0;
        for e in CATALOGUE {
            for t in e.texts {
                for lang in [Lang::Da, Lang::En] {
                    let template = if lang == Lang::Da { t.da } else { t.en };
                    let names: Vec<String> = template
                        .split('{')
                        .skip(1)
                        .filter_map(|p| p.split('}').next())
                        .map(str::to_string)
                        .collect();
                    let value = |name: &str, n: i64| match name {
                        "date" | "end" | "start" | "to" | "discharged" | "checked" => Arg::Date(d),
                        _ => Arg::Int(n),
                    };
                    let mut variants: Vec<Vec<(String, Arg)>> = Vec::new();
                    for n in [1, 2] {
                        variants.push(names.iter().map(|x| (x.clone(), value(x, n))).collect());
                        for counted in &names {
                            for key in keys {
                                variants.push(
                                    names
                                        .iter()
                                        .map(|x| {
                                            (
                                                x.clone(),
                                                if x == counted {
                                                    Arg::Count(n, key)
                                                } else {
                                                    value(x, 7)
                                                },
                                            )
                                        })
                                        .collect(),
                                );
                            }
                        }
                    }
                    for args in variants {
                        let args: Vec<(&'static str, Arg)> = args
                            .into_iter()
                            .map(|(n, a)| (&*Box::leak(n.into_boxed_str()), a))
                            .collect();
                        let text = render(e.rule, t.variant, &args, lang);
                        let words: Vec<&str> = text
                            .split(|c: char| c.is_whitespace() || ",.;:()".contains(c))
                            .filter(|w| !w.is_empty())
                            .collect();
                        for pair in words.windows(2) {
                            for (s_da, p_da, s_en, p_en) in NOUNS {
                                let (one, many) =
                                    if lang == Lang::Da { (s_da, p_da) } else { (s_en, p_en) };
                                let Ok(number) = pair[0].parse::<i64>() else { continue };
                                let bad = one != many
                                    && ((number == 1 && pair[1] == many)
                                        || (number != 1 && pair[1] == one));
                                assert!(
                                    !bad,
                                    "{} {} ({lang:?}): \"{number} {}\" in {text:?}",
                                    e.rule, t.variant, pair[1]
                                );
                            }
                        }
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 1000, "{checked}");
        // The helper itself: singular for one, plural otherwise.
        assert_eq!(render_arg(&Arg::Count(1, "week"), Lang::Da), "1 uge");
        assert_eq!(render_arg(&Arg::Count(2, "week"), Lang::Da), "2 uger");
        assert_eq!(render_arg(&Arg::Count(1, "participant"), Lang::Da), "1 deltager");
        assert_eq!(render_arg(&Arg::Count(1, "citizen"), Lang::Da), "1 borger");
        assert_eq!(render_arg(&Arg::Count(1, "teachingDay"), Lang::Da), "1 undervisningsdag");
        assert_eq!(render_arg(&Arg::Range(8, 10, "participant"), Lang::Da), "8-10 deltagere");
        assert_eq!(render_arg(&Arg::Range(1, 1, "week"), Lang::En), "1 week");
        assert_eq!(render_arg(&Arg::Amount(7.5, "citizen"), Lang::Da), "7,5 borgere");
        assert_eq!(render_arg(&Arg::Amount(1.0, "hour"), Lang::Da), "1 time");
        assert_eq!(render_arg(&Arg::Every(7), Lang::Da), "én gang om ugen");
        assert_eq!(render_arg(&Arg::Every(14), Lang::Da), "hver anden uge");
    }
}
