//! Every rule, grouped by what it checks, so that this folder reads like the catalogue:
//! [`target_group`] (who may be referred), [`cpr`], [`plan`] (the course plan),
//! [`workflow`] (the participant's phases), [`agreements`] (mentor, internship, supplier),
//! [`caseload`] (mentors' caseloads) and [`input`] (the API's own rules: unusable input, an
//! unusable ruleset, law not checked lately).
//!
//! A rule is one [`RuleEntry`] in its group's file: its id, the source sentence quoted above it
//! with document and page or paragraph, its source, its texts in Danish and English and the
//! ruleset parameters it reads. [`Rule`] names every entry: the checks write `Rule::TargetAge`,
//! never the text `"target.age"`, so a misspelt rule does not compile, and [`Rule::entry`] finds
//! a rule's entry without a search. `default.json` beside these files is the embedded ruleset.

#[macro_use]
pub mod agreements;
#[macro_use]
pub mod caseload;
#[macro_use]
pub mod cpr;
#[macro_use]
pub mod input;
#[macro_use]
pub mod plan;
#[macro_use]
pub mod target_group;
#[macro_use]
pub mod workflow;

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
    /// What the rule reads from the ruleset: dated parameters by id (`mentor.maxPeriodMonths`,
    /// read as of a date with their own citations) and other values by their path in the ruleset
    /// (`targetGroup.age`). Tested to exist in the embedded ruleset.
    pub parameters: &'static [&'static str],
    /// Other passages its findings cite, each a named constant beside the entry: where one rule
    /// checks several elements that different passages require (the fields of a written
    /// agreement). Empty for most rules: a finding cites the entry's source or that of a ruleset
    /// value in `parameters` (tested over every vector, `tests/sources.rs`).
    pub also: &'static [(&'static str, &'static str)],
    /// The texts; `missing` is what a form shows while the criterion's input is not filled in.
    pub texts: &'static [Text],
}

pub(crate) const fn t(variant: &'static str, da: &'static str, en: &'static str) -> Text {
    Text { variant, da, en }
}

/// The catalogue's figure 2, where the target group and its requirements are described.
pub const CATALOGUE_FIG2: (&str, &str) = (
    "Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013), figur 2 \"Eksempel på målgruppebeskrivelse\"",
    "s. 13",
);
pub(crate) const CATALOGUE_TITLE: &str = "Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013)";
pub(crate) const FIG1: (&str, &str) = (
    "Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013), figur 1 og anbefalinger",
    "s. 4, 9",
);
pub(crate) const WORKFLOW: (&str, &str) = (
    "Inspirationskatalog: Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013), forløbets faser",
    "s. 4, 11-23",
);
pub(crate) const CPR_SOURCE: &str = "CPR-kontoret: Personnummeret i CPR-systemet (cpr.dk)";
/// The source of the rules on filling in the fields: the tool's own conventions (API.md, "Conventions"),
/// worded for the caseworker who reads it under a finding.
pub(crate) const API_SOURCE: &str = "mestring: krav til udfyldningen af felterne";

macro_rules! rules {
    ($($variant:ident => $entry:path,)*) => {
        /// A rule of the catalogue. Its id, texts and source are in its [`RuleEntry`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $(
                #[allow(missing_docs)]
                $variant,
            )*
        }

        impl Rule {
            /// Every rule, in the catalogue's order (the order `messages(lang)` lists them in).
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The rule's entry: id, source, texts, parameters.
            pub fn entry(self) -> &'static RuleEntry {
                match self {
                    $(Rule::$variant => &$entry,)*
                }
            }
        }

        /// Every rule's entry, in the catalogue's order.
        pub static CATALOGUE: &[&RuleEntry] = &[$(&$entry,)*];
    };
}

// Each file of rules lists its own (`target_group_rules!` and so on, declared there); they are
// collected here, in this order, into `rules!`.
macro_rules! collect {
    ([$($done:tt)*] $next:ident $($rest:ident)*) => { $next! { collect [$($done)*] $($rest)* } };
    ([$($done:tt)*]) => { rules! { $($done)* } };
}

collect! { [] target_group_rules cpr_rules plan_rules workflow_rules mentor_rules internship_rules supplier_rules caseload_rules input_rules }

impl Rule {
    /// The stable id the API shows (`target.age`).
    pub fn id(self) -> &'static str {
        self.entry().rule
    }

    /// The rule with id `id`, if there is one.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl PartialEq<&str> for Rule {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // As a unit variant: a name (JSON writes it as its string; the binding's tape sends it
        // once per instance).
        s.serialize_unit_variant("Rule", *self as u32, self.id())
    }
}

impl PartialEq<Rule> for &str {
    fn eq(&self, other: &Rule) -> bool {
        *self == other.id()
    }
}

/// The invariants of the catalogue, tested rather than only written (ARCHITECTURE.md).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// A rule id exists once: declared by one entry, named by one variant, and every variant's
    /// entry carries the variant's own id (an entry wired to the wrong variant fails here).
    #[test]
    fn a_rule_id_exists_once() {
        let mut ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "a rule id is declared twice");
        for &r in Rule::ALL {
            assert_eq!(Rule::from_id(r.id()), Some(r), "{r:?}");
            assert!(std::ptr::eq(r.entry(), CATALOGUE[r as usize]), "{r:?} out of order");
        }
        assert_eq!(Rule::from_id("target.agee"), None);
    }

    /// Every declared rule has a catalogue entry and every catalogue entry a declared rule.
    #[test]
    fn the_catalogue_and_the_rules_are_the_same_set() {
        assert_eq!(CATALOGUE.len(), Rule::ALL.len());
        for e in CATALOGUE {
            let r = Rule::from_id(e.rule).unwrap_or_else(|| panic!("{} is not declared", e.rule));
            assert!(std::ptr::eq(r.entry(), *e), "{} has two entries", e.rule);
        }
    }

    /// Every declared rule is used by a check: the catalogue lists no rule that no check can
    /// report.
    #[test]
    fn every_declared_rule_is_used_by_a_check() {
        let checks = [
            include_str!("../referral.rs"),
            include_str!("../plan/mod.rs"),
            include_str!("../plan/check.rs"),
            include_str!("../plan/team.rs"),
            include_str!("../agreements.rs"),
            include_str!("../caseload.rs"),
            include_str!("../workflow.rs"),
            include_str!("../ruleset.rs"),
            include_str!("../fields.rs"),
            include_str!("../unknown.rs"),
            include_str!("../lib.rs"),
        ];
        // Only the code, not the tests at the end of each file.
        let code: String =
            checks.iter().map(|src| src.split("#[cfg(all(test").next().unwrap_or("")).collect();
        for &r in Rule::ALL {
            let name = format!("Rule::{r:?}");
            assert!(code.contains(&name), "{r} ({name}) is declared but no check reports it");
        }
    }

    /// Every rule has a source: a document and a page or paragraph, neither blank.
    #[test]
    fn every_rule_has_a_source() {
        for &r in Rule::ALL {
            for &(title, reference) in std::iter::once(&r.entry().source).chain(r.entry().also) {
                assert!(!title.trim().is_empty(), "{r}: no source title");
                assert!(!reference.trim().is_empty(), "{r}: no source reference");
            }
            assert!(!r.entry().also.contains(&r.entry().source), "{r}: its source again in also");
        }
    }

    /// Every parameter a rule says it reads is declared and in the embedded ruleset: a dated
    /// parameter of `PARAMETERS`, or the path of a value the ruleset's shape declares.
    #[test]
    fn every_parameter_a_rule_reads_exists() {
        let rs = crate::value::Value::parse_json(crate::ruleset::DEFAULT_JSON).unwrap();
        let mut n = 0;
        for &r in Rule::ALL {
            for p in r.entry().parameters {
                let dated = crate::ruleset::PARAMETERS.iter().any(|k| k.id == *p);
                let path = p.split('.').try_fold(&rs, |v, k| v.get(k)).is_some()
                    && crate::shape::generate::declared(p);
                assert!(dated || path, "{r} reads {p}, which the ruleset does not declare");
                n += 1;
            }
        }
        assert!(n > 25, "{n}");
    }

    /// A rule that reads a dated legal parameter cites, in the catalogue, the same act as the
    /// parameter in force on the day the law was last checked: `messages(lang)` and a finding do
    /// not name the act differently.
    #[test]
    fn a_rule_cites_the_act_its_legal_parameters_cite() {
        let rs = crate::ruleset::default_ruleset();
        let on = rs.law.checked_on;
        let mut differ = Vec::new();
        // The act: the title up to its first `,`, `:` or `;` outside parentheses.
        let act = |title: &str| {
            let mut depth = 0;
            for (i, c) in title.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    ',' | ':' | ';' if depth == 0 => return title[..i].to_string(),
                    _ => {}
                }
            }
            title.to_string()
        };
        let legal = |p: &str| crate::ruleset::PARAMETERS.iter().any(|k| k.id == p && k.law);
        for &r in Rule::ALL {
            for p in r.entry().parameters.iter().filter(|p| legal(p)) {
                let Some((_, source, _)) = rs.law(p, on) else { continue };
                let (ours, theirs) = (act(r.entry().source.0), act(&source.title));
                if ours != theirs {
                    differ.push(format!("{r} cites {ours:?}, {p} cites {theirs:?}"));
                }
            }
        }
        assert!(differ.is_empty(), "{differ:#?}");
    }

    /// Every text of every rule exists in Danish and in English, and a rule has at least one.
    #[test]
    fn every_message_variant_has_both_languages() {
        for &r in Rule::ALL {
            let texts = r.entry().texts;
            assert!(!texts.is_empty(), "{r}: no texts");
            for t in texts {
                assert!(!t.da.trim().is_empty(), "{r} {}: no Danish text", t.variant);
                assert!(!t.en.trim().is_empty(), "{r} {}: no English text", t.variant);
            }
            let mut variants: Vec<&str> = texts.iter().map(|t| t.variant).collect();
            variants.sort_unstable();
            let n = variants.len();
            variants.dedup();
            assert_eq!(variants.len(), n, "{r}: a variant twice");
        }
    }
}
