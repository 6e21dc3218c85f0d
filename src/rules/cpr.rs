//! The CPR number on a referral or an agreement: format, date, modulus 11, substitute numbers,
//! and agreement with the date of birth (CPR-kontoret, "Personnummeret i CPR-systemet"). The
//! logic is in `crate::cpr`.

use crate::rules::*;

/// This file's rules in the catalogue's order, each a `Rule` variant and its entry: `rules/mod.rs`
/// collects every file's list into the `Rule` enum, so a new rule is one line here.
macro_rules! cpr_rules {
    ($then:ident [$($done:tt)*] $($next:ident)*) => {
        $then! { [$($done)*
            CprFormat => cpr::FORMAT,
            CprDate => cpr::DATE,
            CprChecksum => cpr::CHECKSUM,
            CprSubstitute => cpr::SUBSTITUTE,
            CprMismatch => cpr::MISMATCH,
        ] $($next)* }
    };
}

/// `cpr.format`: Ten digits, DDMMÅÅ-XXXX (CPR-kontoret, "Personnummerets opbygning").
pub static FORMAT: RuleEntry = RuleEntry {
    rule: "cpr.format",
    source: (CPR_SOURCE, "Personnummerets opbygning"),
    parameters: &[],
    also: &[],
    texts: &[t(
        "format",
        "Indtast cpr-nummeret med 10 cifre som DDMMÅÅ-XXXX.",
        "Enter the CPR number as 10 digits, DDMMYY-XXXX.",
    )],
};

/// `cpr.date`: The first six digits are a date of birth, the seventh gives the century
/// (CPR-kontoret).
pub static DATE: RuleEntry = RuleEntry {
    rule: "cpr.date",
    source: (CPR_SOURCE, "Personnummerets opbygning: fødselsdato og århundrede"),
    parameters: &[],
    also: &[],
    texts: &[t("noSuchDay", "Cpr-nummerets første 6 cifre er ikke en fødselsdato, der findes. Tjek cpr-nummeret.", "The first 6 digits of the CPR number are not a date of birth that exists. Check the CPR number.")],
};

/// `cpr.checksum`: Modulus 11, not required of numbers issued from 1 October 2007: a warning
/// (CPR-kontoret).
pub static CHECKSUM: RuleEntry = RuleEntry {
    rule: "cpr.checksum",
    source: (CPR_SOURCE, "Modulus 11-kontrol (ikke krævet for numre udstedt fra 1. oktober 2007)"),
    parameters: &[],
    also: &[],
    texts: &[t("mod11", "Cpr-nummeret består ikke modulus 11-kontrollen. Det kan godt være gyldigt, da der siden 1. oktober 2007 er udstedt gyldige numre, der ikke opfylder modulus 11-kontrollen, men tjek, at det er tastet rigtigt.", "The CPR number fails the modulus 11 check. It may still be valid, since valid numbers that fail the modulus 11 check have been issued since 1 October 2007, but check that it was typed correctly.")],
};

/// `cpr.substitute`: A substitute number (erstatningspersonnummer) gives no date of birth
/// (CPR-kontoret).
pub static SUBSTITUTE: RuleEntry = RuleEntry {
    rule: "cpr.substitute",
    source: (CPR_SOURCE, "Erstatningspersonnummer"),
    parameters: &[],
    also: &[],
    texts: &[t("substitute", "Nummeret er et erstatningspersonnummer, ikke et cpr-nummer. Alderen beregnes ikke ud fra det. Indtast borgerens fødselsdato.", "The number is a substitute number (erstatningspersonnummer), not a CPR number. The age is not computed from it. Enter the citizen's date of birth.")],
};

/// `cpr.mismatch`: The CPR number and the date of birth must give the same date.
pub static MISMATCH: RuleEntry = RuleEntry {
    rule: "cpr.mismatch",
    source: (CPR_SOURCE, "Personnummerets opbygning"),
    parameters: &[],
    also: &[],
    texts: &[t("mismatch", "Cpr-nummeret og fødselsdatoen passer ikke sammen: cpr-nummeret angiver den {date}. Ret cpr-nummeret eller fødselsdatoen.", "The CPR number and the date of birth do not match: the CPR number gives {date}. Correct the CPR number or the date of birth.")],
};
