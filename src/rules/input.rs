//! The API's own rules: a field that cannot be used, a missing reference date, a key no check
//! reads, a ruleset that cannot be used, and law not checked after its last known date.

use crate::rules::*;

/// This file's rules in the catalogue's order, each a `Rule` variant and its entry: `rules/mod.rs`
/// collects every file's list into the `Rule` enum, so a new rule is one line here.
macro_rules! input_rules {
    ($then:ident [$($done:tt)*] $($next:ident)*) => {
        $then! { [$($done)*
            LawUnverified => input::LAW_UNVERIFIED,
            InputInvalid => input::INPUT_INVALID,
            InputRequired => input::INPUT_REQUIRED,
            RulesetInvalid => input::RULESET_INVALID,
            InputUnknown => input::INPUT_UNKNOWN,
        ] $($next)* }
    };
}

/// `law.unverified`: The legal parameters are known up to a date (the ruleset's `law`); after it a
/// result says the law was not checked.
pub static LAW_UNVERIFIED: RuleEntry = RuleEntry {
    rule: "law.unverified",
    source: ("Lov om en aktiv beskæftigelsesindsats: ny hovedlov varslet til 1. januar 2027 (ikke bekræftet)", "ny lov 2027"),
    parameters: &["law"],
    also: &[],
    texts: &[
        t("after", "Lovgrundlaget er kontrolleret den {checked} og kendes til og med den {date}. En ny lov om en aktiv beskæftigelsesindsats er varslet fra 1. januar 2027, så vurderingen bruger de senest kendte regler. Tjek reglerne, eller brug et opdateret regelsæt.", "The legal basis was checked on {checked} and is known up to and including {date}. A new act on the active employment effort is announced from 1 January 2027, so the assessment uses the last known rules. Check the rules, or use an updated ruleset."),
    ],
};

/// `input.invalid`: A field that cannot be used (wrong type, impossible date, unknown code) is a
/// finding on that field, never an exception.
pub static INPUT_INVALID: RuleEntry = RuleEntry {
    rule: "input.invalid",
    source: (API_SOURCE, "Forkerte feltværdier bliver til fund"),
    parameters: &[],
    also: &[],
    texts: &[
        t(
            "expectedText",
            "Feltet skal være tekst, ikke {kind}.",
            "The field must be text, not {kind}.",
        ),
        t(
            "expectedBoolean",
            "Vælg ja eller nej (feltet skal være true eller false, ikke {kind}).",
            "Choose yes or no (the field must be true or false, not {kind}).",
        ),
        t(
            "expectedList",
            "Feltet skal være en liste, ikke {kind}.",
            "The field must be a list, not {kind}.",
        ),
        t(
            "expectedObject",
            "Feltet skal være en gruppe af felter (et objekt), ikke {kind}.",
            "The field must be a group of fields (an object), not {kind}.",
        ),
        t(
            "dateFormat",
            "Indtast datoen som år-måned-dag, fx 2027-01-04.",
            "Enter the date as year-month-day, for example 2027-01-04.",
        ),
        t(
            "noSuchDay",
            "Datoen findes ikke. Indtast en dato, der findes i kalenderen.",
            "That date does not exist. Enter a date that is in the calendar.",
        ),
        t(
            "unknownValue",
            "Vælg en af de mulige værdier: {allowed}.",
            "Choose one of the possible values: {allowed}.",
        ),
        t(
            "birthAfterReference",
            "Fødselsdatoen ligger efter referencedatoen. Tjek fødselsdatoen.",
            "The date of birth is after the reference date. Check the date of birth.",
        ),
        t(
            "endBeforeStart",
            "Slutdatoen ligger før startdatoen. Tjek datoerne.",
            "The end date is before the start date. Check the dates.",
        ),
        t(
            "expectedNumber",
            "Indtast et helt tal (feltet er {kind}).",
            "Enter a whole number (the field is {kind}).",
        ),
        t(
            "outOfRange",
            "Indtast et helt tal fra {min} til {max}.",
            "Enter a whole number from {min} to {max}.",
        ),
        t(
            "tooLarge",
            "Feltet er for stort eller for dybt indlejret til at blive kontrolleret.",
            "The field is too large or too deeply nested to be checked.",
        ),
        t(
            "expectedHours",
            "Indtast antal timer som et tal fra 0,01 til 168, fx 18,5 (feltet er {kind}).",
            "Enter the hours as a number from 0.01 to 168, e.g. 18.5 (the field is {kind}).",
        ),
        t(
            "hours",
            "Indtast antal timer som et tal fra 0,01 til 168, fx 18,5.",
            "Enter the hours as a number from 0.01 to 168, e.g. 18.5.",
        ),
        t(
            "dateRange",
            "Datoen ligger før 1900 eller efter 2199. Tjek årstallet.",
            "The date is before 1900 or after 2199. Check the year.",
        ),
        t(
            "afterReference",
            "Datoen ligger efter referencedatoen og kan ikke kendes endnu. Tjek datoen.",
            "The date is after the reference date and cannot be known yet. Check the date.",
        ),
        t(
            "endBeforeReference",
            "Den planlagte afslutning ligger før referencedatoen. Tjek datoerne.",
            "The planned end is before the reference date. Check the dates.",
        ),
    ],
};

/// `input.required`: The reference date a check needs.
pub static INPUT_REQUIRED: RuleEntry = RuleEntry {
    rule: "input.required",
    source: (API_SOURCE, "Referencedato"),
    parameters: &[],
    also: &[],
    texts: &[
        t(
            "referenceDate",
            "Angiv referencedatoen: forløbets planlagte start eller henvisningsdatoen.",
            "Give the reference date: the planned start of the course or the date of referral.",
        ),
        t("start", "Angiv forløbets startdato.", "Give the course's start date."),
    ],
};

/// `ruleset.invalid`: A caller's ruleset that leaves out, misnames or contradicts a value: no
/// assessment is made.
pub static RULESET_INVALID: RuleEntry = RuleEntry {
    rule: "ruleset.invalid",
    source: ("mestring: regelsæt (defaultRuleset)", "Regelsættets felter"),
    parameters: &[],
    also: &[],
    texts: &[t("field", "Regelsættet kan ikke bruges: {path} mangler eller har en forkert værdi (forventet: {expected}). Der er ikke foretaget nogen vurdering.", "The ruleset cannot be used: {path} is missing or has a wrong value (expected: {expected}). No assessment was made.")],
};

/// `input.unknown`: A key no check reads, with the nearest one it does (information only).
pub static INPUT_UNKNOWN: RuleEntry = RuleEntry {
    rule: "input.unknown",
    source: (API_SOURCE, "Ukendte felter bliver ikke læst"),
    parameters: &[],
    also: &[],
    texts: &[
        t(
            "near",
            "Ukendt felt {field}; mente du {nearest}? Feltet bliver ikke læst.",
            "Unknown field {field}; did you mean {nearest}? The field is not read.",
        ),
        t(
            "unknown",
            "Ukendt felt {field}. Feltet bliver ikke læst.",
            "Unknown field {field}. The field is not read.",
        ),
    ],
};
