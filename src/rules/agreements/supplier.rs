//! The cooperation agreement with an external supplier (Inspirationskatalog, s. 28-29). The
//! logic is in `crate::agreements`.

use crate::rules::*;

/// This file's rules in the catalogue's order, each a `Rule` variant and its entry: `rules/mod.rs`
/// collects every file's list into the `Rule` enum, so a new rule is one line here.
macro_rules! supplier_rules {
    ($then:ident [$($done:tt)*] $($next:ident)*) => {
        $then! { [$($done)*
            SupplierRequired => agreements::supplier::REQUIRED,
        ] $($next)* }
    };
}

/// `supplier.required`: "I alle tre jobcentre [...] har man erfaret vigtigheden af en meget klar og
/// detaljeret samarbejdsaftale med den eksterne leverandør" (Inspirationskatalog (Marselisborg
/// 2013), s. 28).
pub static REQUIRED: RuleEntry = RuleEntry {
    rule: "supplier.required",
    source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), samarbejde med ekstern leverandør", "s. 28-29"),
    parameters: &[],
    also: &[SUPPLIER, SUPPLIER_PHONE],
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
};

// Citations for single texts of these rules, where a text rests on another passage than the
// rule's own source.

/// Where `supplier.required` cites the catalogue's requirements of the agreement.
pub const SUPPLIER: (&str, &str) = ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), samarbejde med ekstern leverandør: \"Der bør derfor udarbejdes en helt klar aftale [...] Aftalen bør bl.a. inkludere\"; anbefaling: \"Indgå en klar og detaljeret skriftlig samarbejdsaftale\"", "s. 28-29");

/// Where `supplier.required` cites the catalogue's example of a weekly phone meeting.
pub const SUPPLIER_PHONE: (&str, &str) = ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013), samarbejde med ekstern leverandør: \"fx et fast ugentligt telefonmøde\" (et eksempel)", "s. 28-29");
