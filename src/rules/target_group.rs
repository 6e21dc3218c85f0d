//! Who may be referred: the target group of the catalogue's figure 2 ("Eksempel på
//! målgruppebeskrivelse", Inspirationskatalog (Marselisborg 2013), s. 13) and the checks around
//! it. A ruleset may change the values (age range, barriers, benefits); it then cites its own
//! decision, and the source here is the default. The logic is in `crate::referral`.

use chrono::NaiveDate;

/// This file's rules in the catalogue's order, each a `Rule` variant and its entry: `rules/mod.rs`
/// collects every file's list into the `Rule` enum, so a new rule is one line here.
macro_rules! target_group_rules {
    ($then:ident [$($done:tt)*] $($next:ident)*) => {
        $then! { [$($done)*
            TargetAge => target_group::AGE,
            TargetBarrier => target_group::BARRIER,
            TargetOpenness => target_group::OPENNESS,
            TargetSelfReflection => target_group::SELF_REFLECTION,
            TargetBenefit => target_group::BENEFIT,
            AbuseTreatment => target_group::ABUSE_TREATMENT,
            AbuseSobriety => target_group::ABUSE_SOBRIETY,
            TargetCategory => target_group::CATEGORY,
            TargetAgeDuringCourse => target_group::AGE_DURING_COURSE,
        ] $($next)* }
    };
}

use crate::finding::Source;
use crate::rules::*;
use crate::ruleset::{BARRIER_KINDS, CATEGORIES, SEVERITIES};
use crate::shape::{int, Cite, Codes, Day, Flag, Obj, Reader, Text};
use crate::value::Value;

/// `target.age`: "Borgeren er i aldersgruppen 25-30 år" (Inspirationskatalog (Marselisborg 2013),
/// figur 2, s. 13).
pub static AGE: RuleEntry = RuleEntry {
    rule: "target.age",
    source: CATALOGUE_FIG2,
    parameters: &["targetGroup.age"],
    also: &[],
    texts: &[
        t("name", "alder", "age"),
        t("tooYoung", "Borgeren er {age} år og fylder {min} år den {date}. Målgruppen er {min}-{max} år.", "The citizen is {age} and turns {min} on {date}. The target group is aged {min} to {max}."),
        t("tooOld", "Borgeren er {age} år. Målgruppen er {min}-{max} år.", "The citizen is {age}. The target group is aged {min} to {max}."),
        t("missing", "Indtast borgerens fødselsdato eller cpr-nummer.", "Enter the citizen's date of birth or CPR number."),
    ],
};

/// `target.barrier`: "Borgeren har lettere psykiske barrierer i form af ADHD, angst eller
/// depression" (Inspirationskatalog (Marselisborg 2013), figur 2, s. 13).
pub static BARRIER: RuleEntry = RuleEntry {
    rule: "target.barrier",
    source: CATALOGUE_FIG2,
    parameters: &["targetGroup.barriers"],
    also: &[],
    texts: &[
        t("name", "psykiske barrierer", "psychological barriers"),
        t("notMet", "Borgerens psykiske barrierer svarer ikke til målgruppen: borgere med psykiske barrierer i form af {kinds} i {severities} grad.", "The citizen's psychological barriers do not match the target group: citizens with {kinds}, {severities}."),
        t("missing", "Vælg borgerens psykiske barrierer, og hvor svære de er.", "Choose the citizen's psychological barriers and how severe they are."),
    ],
};

/// `target.openness`: "Borgeren udviser åbenhed over for at arbejde med psykiske barrierer sammen
/// med andre borgere" (Inspirationskatalog (Marselisborg 2013), figur 2, s. 13).
pub static OPENNESS: RuleEntry = RuleEntry {
    rule: "target.openness",
    source: CATALOGUE_FIG2,
    parameters: &["targetGroup.openToGroupWork.required"],
    also: &[],
    texts: &[
        t("name", "åbenhed over for gruppearbejde", "openness to group work"),
        t("notMet", "Borgeren skal være åben over for at arbejde med psykiske barrierer sammen med andre borgere.", "The citizen must be open to working on psychological barriers together with other citizens."),
        t("missing", "Angiv, om borgeren er åben over for at arbejde med sine barrierer sammen med andre.", "Say whether the citizen is open to working on their barriers together with others."),
    ],
};

/// `target.selfReflection`: "Borgeren har ikke udpræget kognitive barrierer, der forhindrer
/// borgeren i at indgå i dialog med andre, men evner at beskrive og forholde sig til egne barrierer
/// og udfordringer" (Inspirationskatalog (Marselisborg 2013), figur 2, s. 13).
pub static SELF_REFLECTION: RuleEntry = RuleEntry {
    rule: "target.selfReflection",
    source: CATALOGUE_FIG2,
    parameters: &["targetGroup.canDescribeOwnBarriers.required"],
    also: &[],
    texts: &[
        t("name", "evnen til at beskrive egne barrierer", "describing own barriers"),
        t("notMet", "Borgeren skal kunne beskrive og forholde sig til egne barrierer og udfordringer uden udprægede kognitive barrierer for dialog.", "The citizen must be able to describe and relate to their own barriers and challenges, without marked cognitive barriers to dialogue."),
        t("missing", "Angiv, om borgeren kan beskrive og forholde sig til egne barrierer.", "Say whether the citizen can describe and relate to their own barriers."),
    ],
};

/// `target.benefit`: "Joborienteret mestringsforløb er et tilbud til borgere, der modtager
/// kontanthjælp" (Inspirationskatalog (Marselisborg 2013), s. 5; forsøgets deltagere s. 12).
pub static BENEFIT: RuleEntry = RuleEntry {
    rule: "target.benefit",
    source: ("Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013)", "s. 5, 12"),
    parameters: &["targetGroup.benefit.accepted"],
    also: &[],
    texts: &[
        t("name", "ydelse", "benefit"),
        t("notMet", "Forløbet er for borgere, der modtager {benefits}.", "The course is for citizens who receive {benefits}."),
        t("missing", "Vælg borgerens ydelse.", "Choose the citizen's benefit."),
    ],
};

/// `abuse.treatment`: "I tilfælde hvor borgeren har misbrug: Borgeren skal være i behandling for et
/// evt. misbrug af stoffer eller alkohol" (Inspirationskatalog (Marselisborg 2013), figur 2, s.
/// 13).
pub static ABUSE_TREATMENT: RuleEntry = RuleEntry {
    rule: "abuse.treatment",
    source: CATALOGUE_FIG2,
    parameters: &["targetGroup.substanceAbuse.treatmentRequired"],
    also: &[],
    texts: &[
        t("name", "misbrugsbehandling", "treatment for substance abuse"),
        t("notInTreatment", "Borgeren har et misbrug og skal være i misbrugsbehandling i et af kommunens tilbud eller hos en af kommunens samarbejdspartnere.", "The citizen has a substance abuse and must be in treatment for it in one of the municipality's services or with one of its partners."),
        t("notStarted", "Misbrugsbehandlingen begynder først den {date}. Borgeren skal være i behandling på referencedatoen, den {on}.", "The treatment for substance abuse only starts on {date}. The citizen must be in treatment on the reference date, {on}."),
        t("ended", "Misbrugsbehandlingen sluttede den {date}. Borgeren skal være i behandling på referencedatoen, den {on}.", "The treatment for substance abuse ended on {date}. The citizen must be in treatment on the reference date, {on}."),
        t("missing", "Angiv, om borgeren har et misbrug, og i så fald hvornår misbrugsbehandlingen begyndte.", "Say whether the citizen has a substance abuse and, if so, when the treatment started."),
        t("missingInTreatment", "Angiv, om borgeren er i misbrugsbehandling.", "Say whether the citizen is in treatment for the substance abuse."),
        t("missingTreatmentStart", "Angiv, hvornår misbrugsbehandlingen begyndte eller begynder.", "Say when the treatment for substance abuse started or starts."),
    ],
};

/// `abuse.sobriety`: "Borgeren må ikke have praktiseret sit misbrug inden for den seneste måned"
/// (Inspirationskatalog (Marselisborg 2013), figur 2, s. 13).
pub static ABUSE_SOBRIETY: RuleEntry = RuleEntry {
    rule: "abuse.sobriety",
    source: CATALOGUE_FIG2,
    parameters: &["targetGroup.substanceAbuse.sobrietyMonths"],
    also: &[],
    texts: &[
        t("name", "seneste misbrug", "last substance use"),
        t("notMet", "Borgeren må ikke have praktiseret sit misbrug inden for {period}. Kravet er opfyldt fra den {date}.", "The citizen must not have practised the abuse within {period}. The requirement is met from {date}."),
        t("missing", "Indtast datoen for borgerens seneste misbrug.", "Enter the date the citizen last used."),
    ],
};

/// `target.category`: "Alle tre jobcentre [...] valgte en deltagergruppe bestående af unge borgere
/// (under 30 år) i matchgruppe 2" (Inspirationskatalog (Marselisborg 2013), s. 12). A warning: the
/// catalogue describes the pilot, it does not exclude other groups.
pub static CATEGORY: RuleEntry = RuleEntry {
    rule: "target.category",
    source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013): forsøgskommunerne valgte borgere i matchgruppe 2 (i dag aktivitetsparate); virksomhedspraktik for jobparate 4 uger (§ 61, stk. 1, nr. 1, ordlyd ikke bekræftet)", "s. 12"),
    parameters: &["targetGroup.visitationCategory.warn"],
    also: &[],
    texts: &[
        t("unusual", "Borgeren er visiteret {category}. I forsøget deltog borgere i matchgruppe 2 (i dag aktivitetsparate), og for en jobparat borger er virksomhedspraktik som udgangspunkt højst 4 uger. Overvej, om forløbet passer til borgeren.", "The citizen is assessed as {category}. The pilot took part with citizens in match group 2 (today activity-ready), and for a job-ready citizen an internship is normally at most 4 weeks. Consider whether the course suits the citizen."),
    ],
};

/// `target.ageDuringCourse`: The age range of figure 2 (s. 13) against the course's end (s. 9):
/// information only, since age is judged on the reference date.
pub static AGE_DURING_COURSE: RuleEntry = RuleEntry {
    rule: "target.ageDuringCourse",
    source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), figur 2 (alder 25-30 år); forløbets slutdato er den planlagte, ellers standardforløbets (20 uger fra referencedatoen)", "s. 9, 13"),
    parameters: &["targetGroup.age", "course.profiles"],
    also: &[],
    texts: &[
        t("turnsTooOld", "Borgeren fylder {age} år den {date}, mens forløbet stadig er i gang (det slutter den {end}). Borgeren er stadig i målgruppen, fordi alderen vurderes på referencedatoen, den {on}.", "The citizen turns {age} on {date}, while the course is still running (it ends on {end}). The citizen is still in the target group, because age is judged on the reference date, {on}."),
        t("turnsTooOldStandard", "Borgeren fylder {age} år den {date}, mens forløbet stadig er i gang (et standardforløb på {weeks} slutter den {end}). Borgeren er stadig i målgruppen, fordi alderen vurderes på referencedatoen, den {on}.", "The citizen turns {age} on {date}, while the course is still running (a standard course of {weeks} ends on {end}). The citizen is still in the target group, because age is judged on the reference date, {on}."),
    ],
};

// The target group's part of the ruleset (`targetGroup`): declared once, here beside the rules
// that read it. The structs, their reader, the TypeScript declarations and `docs/RULESET.md`
// follow from this declaration (`crate::shape`).

crate::shape! {
    /// The target group (catalogue figure 2 in the default). Each criterion's values with the
    /// source that decides them: the catalogue's, or a municipality's own decision.
    pub struct TargetGroup as "TargetGroupRules" {
        /// `target.age`: the age range.
        pub age: AgeRange = "age" Obj,
        /// `target.barrier`: the barriers that qualify.
        pub barriers: BarrierRule = "barriers" Obj,
        /// `target.openness`: whether openness to group work is required.
        pub open_to_group_work: Required = "openToGroupWork" Obj,
        /// `target.selfReflection`: whether describing one's own barriers is required.
        pub can_describe_own_barriers: Required = "canDescribeOwnBarriers" Obj,
        /// `target.benefit`: the benefits that qualify.
        pub benefit: BenefitRule = "benefit" Obj,
        /// `abuse.treatment` and `abuse.sobriety`.
        pub substance_abuse: AbuseRule = "substanceAbuse" Obj,
        /// `target.category`: the visitation categories that get a warning.
        pub visitation_category: CategoryWarning = "visitationCategory" Obj,
        /// The course's shortest length, for `target.ageDuringCourse`.
        pub course: CourseLength = "course" Obj,
    }

    /// The age range, in completed years on the reference date.
    pub struct AgeRange as "AgeRule" checked by check_age {
        /// Youngest age.
        pub min: i32 = "min" int(0, 150),
        /// Oldest age (eligible until the day before the next birthday).
        pub max: i32 = "max" int(0, 150),
        /// Its citation.
        pub source: Source = "source" Cite,
    }

    /// The barriers that qualify: some barrier of a listed kind and severity.
    pub struct BarrierRule as "BarrierRule" {
        /// Kinds that qualify.
        pub kinds: std::sync::Arc<[String]> = "kinds" Codes(BARRIER_KINDS, "BarrierKind"),
        /// Severities that qualify.
        pub severities: std::sync::Arc<[String]> = "severities" Codes(SEVERITIES, "BarrierSeverity"),
        /// Its citation.
        pub source: Source = "source" Cite,
    }

    /// A yes/no answer that is required or not.
    pub struct Required as "RequiredAnswer" {
        /// Whether the answer must be yes.
        pub required: bool = "required" Flag,
        /// Its citation.
        pub source: Source = "source" Cite,
    }

    /// The benefits that qualify.
    pub struct BenefitRule as "BenefitRule" {
        /// A code qualifies always; `{ code, from, to }` only in its period (uddannelseshjælp
        /// 2014-01-01 to 2025-06-30).
        pub accepted: Vec<Benefit> = "accepted" Accepted,
        /// Its citation.
        pub source: Source = "source" Cite,
    }

    /// Substance abuse: treatment and sobriety.
    pub struct AbuseRule as "SubstanceAbuseRule" {
        /// Whether a citizen with a substance abuse must be in treatment.
        pub treatment_required: bool = "treatmentRequired" Flag,
        /// Calendar months without use.
        pub sobriety_months: u32 = "sobrietyMonths" int(0, 120),
        /// Its citation.
        pub source: Source = "source" Cite,
    }

    /// The visitation categories that get a warning.
    pub struct CategoryWarning as "CategoryWarning" {
        /// Categories that get the warning.
        pub warn: Vec<String> = "warn" Codes(CATEGORIES, "VisitationCategory"),
        /// Its citation.
        pub source: Source = "source" Cite,
    }

    /// The course's shortest length.
    pub struct CourseLength as "CourseLength" {
        /// Weeks.
        pub min_weeks: u32 = "minWeeks" int(1, 520),
        /// Its citation.
        pub source: Source = "source" Cite,
    }
}

fn check_age(a: &AgeRange, r: &mut Reader, path: &str) {
    if a.min > a.max {
        r.fail(&format!("{path}.max"), "max >= min");
    }
}

/// A benefit that qualifies, with the period it existed in (`None`: open-ended).
#[derive(Debug, Clone, PartialEq)]
pub struct Benefit {
    /// Benefit code, e.g. `kontanthjaelp`.
    pub code: String,
    /// First day it qualifies.
    pub from: Option<NaiveDate>,
    /// Last day it qualifies.
    pub to: Option<NaiveDate>,
}

/// `accepted`: benefit codes, each a string (always) or `{ code, from?, to? }` (in a period).
struct Accepted;

impl crate::shape::Kind<Vec<Benefit>> for Accepted {
    fn read(&self, r: &mut Reader, x: &Value, p: &str) -> Vec<Benefit> {
        let Value::Array(items) = x else {
            r.fail(p, "list of codes or { code, from, to }");
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let ip = format!("{p}.{i}");
            match item {
                Value::String(s) if !s.trim().is_empty() => {
                    out.push(Benefit { code: s.to_string(), from: None, to: None })
                }
                Value::Object(_) => {
                    let code = r.read(item, &ip, "code", &Text);
                    let from: Option<NaiveDate> = r.read(item, &ip, "from", &Day);
                    let to: Option<NaiveDate> = r.read(item, &ip, "to", &Day);
                    if let (Some(f), Some(t)) = (from, to) {
                        if t < f {
                            r.fail(&format!("{ip}.to"), "a date on or after from");
                        }
                    }
                    out.push(Benefit { code, from, to });
                }
                _ => r.fail(&ip, "a code or { code, from, to }"),
            }
        }
        out
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> crate::shape::Ty {
        crate::shape::Ty::Custom {
            ts: "Array<string | { code: string; from?: IsoDate | null; to?: IsoDate | null }>",
            decls: "",
            shown: "list of codes (a code qualifies always) or `{ code, from, to }` (only in its period, either date `YYYY-MM-DD` or null)",
        }
    }
}

impl TargetGroup {
    /// The benefits that qualify on `on` (all of them when the date is unknown).
    pub fn benefits_on(&self, on: Option<NaiveDate>) -> Vec<String> {
        self.benefit
            .accepted
            .iter()
            .filter(|b| {
                on.is_none_or(|on| b.from.is_none_or(|f| f <= on) && b.to.is_none_or(|t| on <= t))
            })
            .map(|b| b.code.clone())
            .collect()
    }
}

/// Every field `checkReferral` reads, declared once: `unknown.rs` reports the keys not here,
/// the TypeScript `Referral` interfaces and the forms glue's `FIELD_TYPES` are written from it.
pub static REFERRAL: &[crate::unknown::Field] = &[
    crate::field!("referenceDate": "IsoDate", "The date the check is made as of: the planned course start or the referral date."),
    crate::field!("plannedEnd": "IsoDate", "The planned end of the course; without it, the reference date plus the course's minimum length."),
    crate::field!("citizen": "Citizen", "", [
        crate::field!("cpr": "string", "`DDMMYY-SSSS` or ten digits. Never echoed: findings name the field, not the number."),
        crate::field!("birthDate": "IsoDate"),
        crate::field!("benefit": "string", "`\"kontanthjaelp\"` or another benefit."),
        crate::field!("visitationCategory": "VisitationCategory"),
    ]),
    crate::field!("barriers": "Barrier[]", "", [
        crate::field!("*": "Barrier", "", [
            crate::field!("kind": "BarrierKind"),
            crate::field!("severity": "BarrierSeverity"),
        ]),
    ]),
    crate::field!("openToGroupWork": "boolean"),
    crate::field!("canDescribeOwnBarriers": "boolean"),
    crate::field!("substanceAbuse": "SubstanceAbuse", "`{ present: false }`: no abuse. Absent, or without a boolean `present`: not answered.", [
        crate::field!("present": "boolean"),
        crate::field!("inTreatment": "boolean"),
        crate::field!("treatmentStart": "IsoDate"),
        crate::field!("treatmentEnd": "IsoDate"),
        crate::field!("lastUse": "IsoDate"),
    ]),
];
