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
const CPR_SOURCE: &str = "CPR-kontoret: Personnummeret i CPR-systemet (cpr.dk)";
const API_SOURCE: &str = "mestring: offentligt API, konventioner";

/// Every rule the referral check uses.
pub static CATALOGUE: &[RuleEntry] = &[
    RuleEntry {
        rule: "target.age",
        source: CATALOGUE_FIG2,
        texts: &[
            t("tooYoung", "Borgeren er {age} år og fylder {min} år {date}. Målgruppen er {min}-{max} år.", "The citizen is {age} and turns {min} on {date}. The target group is {min} to {max} years old."),
            t("tooOld", "Borgeren er {age} år. Målgruppen er {min}-{max} år.", "The citizen is {age}. The target group is {min} to {max} years old."),
            t("missing", "Indtast borgerens fødselsdato eller cpr-nummer.", "Enter the citizen's date of birth or CPR number."),
        ],
    },
    RuleEntry {
        rule: "target.barrier",
        source: CATALOGUE_FIG2,
        texts: &[
            t("notMet", "Ingen af de angivne psykiske barrierer er i målgruppen. Målgruppen har {kinds} i {severities} grad.", "None of the psychological barriers given is in the target group. The target group has {kinds}, {severities}."),
            t("missing", "Vælg borgerens psykiske barrierer, og hvor svære de er.", "Choose the citizen's psychological barriers and how severe they are."),
        ],
    },
    RuleEntry {
        rule: "target.openness",
        source: CATALOGUE_FIG2,
        texts: &[
            t("notMet", "Borgeren skal være åben over for at arbejde med psykiske barrierer sammen med andre borgere.", "The citizen must be open to working on psychological barriers together with other citizens."),
            t("missing", "Angiv, om borgeren er åben over for at arbejde med sine barrierer sammen med andre.", "Say whether the citizen is open to working on their barriers together with others."),
        ],
    },
    RuleEntry {
        rule: "target.selfReflection",
        source: CATALOGUE_FIG2,
        texts: &[
            t("notMet", "Borgeren skal kunne beskrive og forholde sig til egne barrierer og udfordringer uden udprægede kognitive barrierer for dialog.", "The citizen must be able to describe and relate to their own barriers and challenges, without marked cognitive barriers to dialogue."),
            t("missing", "Angiv, om borgeren kan beskrive og forholde sig til egne barrierer.", "Say whether the citizen can describe and relate to their own barriers."),
        ],
    },
    RuleEntry {
        rule: "target.benefit",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013)", "s. 5, 12"),
        texts: &[
            t("notMet", "Forløbet er for borgere, der modtager {benefits}.", "The course is for citizens who receive {benefits}."),
            t("missing", "Vælg borgerens ydelse.", "Choose the citizen's benefit."),
        ],
    },
    RuleEntry {
        rule: "abuse.treatment",
        source: CATALOGUE_FIG2,
        texts: &[
            t("notInTreatment", "Borgeren har et misbrug og skal være i misbrugsbehandling hos et af kommunens tilbud eller samarbejdspartnere.", "The citizen has a substance abuse and must be in treatment for it with one of the municipality's services or partners."),
            t("notStarted", "Misbrugsbehandlingen begynder først {date}. Borgeren skal være i behandling på referencedatoen.", "The treatment for substance abuse only starts on {date}. The citizen must be in treatment on the reference date."),
            t("ended", "Misbrugsbehandlingen sluttede {date}. Borgeren skal være i behandling på referencedatoen.", "The treatment for substance abuse ended on {date}. The citizen must be in treatment on the reference date."),
            t("missing", "Angiv, om borgeren har et misbrug, og i så fald hvornår misbrugsbehandlingen begyndte.", "Say whether the citizen has a substance abuse and, if so, when the treatment started."),
        ],
    },
    RuleEntry {
        rule: "abuse.sobriety",
        source: CATALOGUE_FIG2,
        texts: &[
            t("notMet", "Borgeren må ikke have praktiseret sit misbrug inden for {period}. Kravet er opfyldt fra {date}.", "The citizen must not have practised the abuse within {period}. The requirement is met from {date}."),
            t("missing", "Indtast datoen for borgerens seneste misbrug.", "Enter the date the citizen last used."),
        ],
    },
    RuleEntry {
        rule: "target.category",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013) s. 12 (matchgruppe 2); lov om en aktiv beskæftigelsesindsats (lov nr. 548 af 7/5/2019)", "§ 6"),
        texts: &[
            t("unusual", "Borgeren er visiteret {category}. Forløbet er tilrettelagt for aktivitetsparate borgere (tidligere matchgruppe 2). Overvej, om forløbet passer til borgeren.", "The citizen is assessed as {category}. The course is designed for citizens assessed as activity-ready (formerly match group 2). Consider whether the course suits the citizen."),
        ],
    },
    RuleEntry {
        rule: "target.ageDuringCourse",
        source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), figur 2 og forløbets længde på mindst 18 uger", "s. 4, 13"),
        texts: &[
            t("turnsTooOld", "Borgeren fylder {age} år {date}, før forløbet slutter {end}. Borgeren er stadig i målgruppen, fordi alderen vurderes ved forløbets start.", "The citizen turns {age} on {date}, before the course ends on {end}. The citizen is still in the target group, because age is judged at the start of the course."),
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
        texts: &[t("mod11", "Cpr-nummeret består ikke modulus 11-kontrollen. Det kan godt være gyldigt, da der siden 1. oktober 2007 er udstedt numre uden kontrolciffer, men tjek, at det er tastet rigtigt.", "The CPR number fails the modulus 11 check. It may still be valid, since numbers without the check have been issued since 1 October 2007, but check that it was typed correctly.")],
    },
    RuleEntry {
        rule: "cpr.substitute",
        source: (CPR_SOURCE, "Erstatningspersonnummer"),
        texts: &[t("substitute", "Nummeret er et erstatningspersonnummer, ikke et cpr-nummer. Alderen beregnes ikke ud fra det. Indtast borgerens fødselsdato.", "The number is a substitute number (erstatningspersonnummer), not a CPR number. The age is not computed from it. Enter the citizen's date of birth.")],
    },
    RuleEntry {
        rule: "cpr.mismatch",
        source: (CPR_SOURCE, "Personnummerets opbygning"),
        texts: &[t("mismatch", "Cpr-nummeret og fødselsdatoen passer ikke sammen: cpr-nummeret angiver {date}. Ret cpr-nummeret eller fødselsdatoen.", "The CPR number and the date of birth do not match: the CPR number gives {date}. Correct the CPR number or the date of birth.")],
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
            t("tooLarge", "Feltet er for stort eller for dybt indlejret til at blive kontrolleret.", "The field is too large or too deeply nested to be checked."),
        ],
    },
    RuleEntry {
        rule: "input.required",
        source: (API_SOURCE, "Referencedato"),
        texts: &[t("referenceDate", "Angiv referencedatoen: forløbets planlagte start eller henvisningsdatoen.", "Give the reference date: the planned start of the course or the date of referral.")],
    },
    RuleEntry {
        rule: "ruleset.invalid",
        source: ("mestring: regelsæt (defaultRuleset)", "Regelsættets felter"),
        texts: &[t("field", "Regelsættet kan ikke bruges: {path} mangler eller har en forkert værdi (forventet: {expected}). Der er ikke foretaget nogen vurdering.", "The ruleset cannot be used: {path} is missing or has a wrong value (expected: {expected}). No assessment was made.")],
    },
];

fn entry(rule: &str) -> Option<&'static RuleEntry> {
    CATALOGUE.iter().find(|e| e.rule == rule)
}

/// The catalogue's default source for `rule`.
pub fn source(rule: &str) -> Source {
    match entry(rule) {
        Some(e) => Source::new(e.source.0, e.source.1),
        None => Source::new(API_SOURCE, rule),
    }
}

/// The label of a coded value (`anxiety` → `angst`); unknown codes are shown as they are.
pub fn label(code: &str, lang: Lang) -> String {
    if let Some(n) = code.strip_prefix("period:") {
        return match (n, lang) {
            ("1", Lang::Da) => "den seneste måned".to_string(),
            ("1", Lang::En) => "the last month".to_string(),
            (n, Lang::Da) => format!("de seneste {n} måneder"),
            (n, Lang::En) => format!("the last {n} months"),
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
        "jobparat" => ("jobparat", "job-ready (jobparat)"),
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
    match lang {
        Lang::Da => da.to_string(),
        Lang::En => en.to_string(),
    }
}

fn join(items: &[String], lang: Lang) -> String {
    let or = match lang {
        Lang::Da => " eller ",
        Lang::En => " or ",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{or}{last}", rest.join(", ")),
    }
}

fn render_arg(arg: &Arg, lang: Lang) -> String {
    match arg {
        Arg::Int(n) => n.to_string(),
        Arg::Date(d) => date::long(*d, lang),
        Arg::Text(s) => s.clone(),
        Arg::Labels(codes) => {
            let labels: Vec<String> = codes.iter().map(|c| label(c, lang)).collect();
            join(&labels, lang)
        }
    }
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
    fill(template, args, lang)
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
    pub texts: std::collections::BTreeMap<&'static str, &'static str>,
    /// The default source.
    pub source: Source,
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
                texts: e
                    .texts
                    .iter()
                    .map(|t| (t.variant, if lang == Lang::Da { t.da } else { t.en }))
                    .collect(),
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
                    let mut v: Vec<String> = s.split('{').skip(1).filter_map(|p| p.split('}').next()).map(str::to_string).collect();
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
        let args = [("age", Arg::Int(24)), ("min", Arg::Int(25)), ("max", Arg::Int(30)), ("date", Arg::Date(d))];
        assert_eq!(
            render("target.age", "tooYoung", &args, Lang::Da),
            "Borgeren er 24 år og fylder 25 år 20. januar 2027. Målgruppen er 25-30 år."
        );
        assert_eq!(
            render("target.age", "tooYoung", &args, Lang::En),
            "The citizen is 24 and turns 25 on 20 January 2027. The target group is 25 to 30 years old."
        );
        let kinds = Arg::Labels(vec!["adhd".into(), "anxiety".into(), "depression".into()]);
        assert_eq!(render_arg(&kinds, Lang::Da), "ADHD, angst eller depression");
        assert_eq!(render("nope", "x", &[], Lang::En), "Rule nope is not met.");
        assert_eq!(fill("a {missing} b {", &[], Lang::Da), "a {missing} b {");
    }
}
