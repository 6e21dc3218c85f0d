//! The words a message is built from besides its text: the labels of coded values (`anxiety` →
//! `angst`, `holiday:juledag` → `juledag`) and counted nouns in the singular and plural.

use crate::Lang;

/// `period:1` in Danish and English.
pub const PERIOD_ONE: [&str; 2] = ["den seneste måned", "the last month"];
/// `period:<n>` for other numbers of months.
pub const PERIOD: [&str; 2] = ["de seneste {n} måneder", "the last {n} months"];

/// The labels of coded values: code, Danish, English. Unknown codes are shown as they are.
/// Bare codes (as `unknownValue` lists them) by their Danish labels, never API codes.
pub const LABELS: &[(&str, &str, &str)] = &[
    ("adhd", "ADHD", "ADHD"),
    ("anxiety", "angst", "anxiety"),
    ("depression", "depression", "depression"),
    ("other", "andre barrierer", "other barriers"),
    ("mild", "let", "mild"),
    ("moderate", "moderat", "moderate"),
    ("severe", "svær", "severe"),
    ("kontanthjaelp", "kontanthjælp", "cash benefit (kontanthjælp)"),
    ("uddannelseshjaelp", "uddannelseshjælp", "education benefit (uddannelseshjælp)"),
    ("ordinaryHours", "ordinære løntimer", "ordinary paid hours"),
    ("skills", "oplæring i konkrete færdigheder", "training specific skills"),
    (
        "clarification",
        "afklaring af job- eller uddannelsesmål",
        "clarifying a job or education goal",
    ),
    ("mon", "mandag", "Monday"),
    ("tue", "tirsdag", "Tuesday"),
    ("wed", "onsdag", "Wednesday"),
    ("thu", "torsdag", "Thursday"),
    ("fri", "fredag", "Friday"),
    ("sat", "lørdag", "Saturday"),
    ("sun", "søndag", "Sunday"),
    ("preparation", "forberedelse", "preparation"),
    ("teaching", "undervisning", "teaching"),
    ("internship", "praktik og opfølgning", "internship and follow-up"),
    ("aftercare", "efterværn", "aftercare"),
    ("playbook", "drejebogen", "the playbook"),
    ("recommended", "katalogets anbefalede forløb", "the catalogue's recommended course"),
    ("referred", "henvist", "referred"),
    ("preparing", "i forberedelse", "in preparation"),
    ("interning", "i praktik", "in the internship"),
    ("completed", "afsluttet", "completed"),
    ("referredBack", "tilbagevisiteret", "referred back"),
    ("droppedOut", "faldet fra", "dropped out"),
    ("startPreparation", "start af forberedelse", "start of preparation"),
    ("startTeaching", "start af undervisning", "start of teaching"),
    ("startInternship", "start af praktik", "start of the internship"),
    ("startAftercare", "start af efterværn", "start of aftercare"),
    ("complete", "afslutning", "completion"),
    ("referBack", "tilbagevisitering", "referral back"),
    ("dropOut", "frafald", "dropping out"),
    ("holiday:nytaarsdag", "nytårsdag", "New Year's Day"),
    ("holiday:skaertorsdag", "skærtorsdag", "Maundy Thursday"),
    ("holiday:langfredag", "langfredag", "Good Friday"),
    ("holiday:paaskedag", "påskedag", "Easter Sunday"),
    ("holiday:anden_paaskedag", "2. påskedag", "Easter Monday"),
    ("holiday:store_bededag", "store bededag", "Great Prayer Day"),
    ("holiday:kristi_himmelfartsdag", "Kristi himmelfartsdag", "Ascension Day"),
    ("holiday:pinsedag", "pinsedag", "Whit Sunday"),
    ("holiday:anden_pinsedag", "2. pinsedag", "Whit Monday"),
    ("holiday:juledag", "juledag", "Christmas Day"),
    ("holiday:anden_juledag", "2. juledag", "Boxing Day"),
    ("phase:preparation", "forberedelsen", "preparation"),
    ("phase:teaching", "undervisningen", "teaching"),
    ("phase:internship", "praktikken og opfølgningen", "internship and follow-up"),
    ("phase:aftercare", "efterværnet", "aftercare"),
    ("event:startPreparation", "start af forberedelse", "start of preparation"),
    ("event:startTeaching", "start af undervisning", "start of teaching"),
    ("event:startInternship", "start af praktik", "start of the internship"),
    ("event:startAftercare", "start af efterværn", "start of aftercare"),
    ("event:complete", "afslutning", "completion"),
    ("event:referBack", "tilbagevisitering", "referral back"),
    ("event:dropOut", "frafald", "dropping out"),
    ("participant:referred", "henvist", "referred"),
    ("participant:preparing", "i forberedelse", "in preparation"),
    ("participant:teaching", "i undervisning", "in teaching"),
    ("participant:interning", "i praktik", "in the internship"),
    ("participant:aftercare", "i efterværn", "in aftercare"),
    ("participant:completed", "afsluttet", "completed"),
    ("participant:referredBack", "tilbagevisiteret", "referred back"),
    ("participant:droppedOut", "faldet fra", "dropped out"),
    ("party:citizen", "borgeren", "the citizen"),
    ("party:teacher", "underviseren", "the teacher"),
    ("party:caseworker", "sagsbehandleren", "the caseworker"),
    ("profile:playbook", "drejebogen", "the playbook"),
    ("profile:recommended", "katalogets anbefalede forløb", "the catalogue's recommended course"),
    ("jobparat", "jobparat", "job-ready (jobparat)"),
    (
        "jobparatWithoutExperience",
        "jobparat uden erhvervserfaring",
        "job-ready without work experience",
    ),
    ("aktivitetsparat", "aktivitetsparat", "activity-ready (aktivitetsparat)"),
    ("uddannelsesparat", "uddannelsesparat", "education-ready (uddannelsesparat)"),
    ("ikke_visiteret", "ikke visiteret", "not yet assessed"),
    ("null", "tom", "empty"),
    ("boolean", "ja/nej", "yes/no"),
    ("number", "et tal", "a number"),
    ("string", "tekst", "text"),
    ("array", "en liste", "a list"),
    ("object", "en gruppe af felter", "a group of fields"),
    ("function", "en funktion", "a function"),
    ("symbol", "et symbol", "a symbol"),
    ("bigint", "et BigInt", "a BigInt"),
    ("Date object", "et Date-objekt", "a Date object"),
    ("too large", "for stort", "too large"),
    ("too deeply nested", "for dybt indlejret", "too deeply nested"),
];

/// The label of a coded value (`anxiety` → `angst`); unknown codes are shown as they are.
pub fn label(code: &str, lang: Lang) -> String {
    label_cow(code, lang).into_owned()
}

/// [`label`], borrowing the catalogue's text where it can (messages render labels on every check).
pub(super) fn label_cow(code: &str, lang: Lang) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if let Some(n) = code.strip_prefix("period:") {
        return match n {
            "1" => Cow::Borrowed(PERIOD_ONE[lang as usize]),
            n => Cow::Owned(PERIOD[lang as usize].replace("{n}", n)),
        };
    }
    let (da, en) = match LABELS.iter().find(|(c, _, _)| *c == code) {
        Some(&(_, da, en)) => (da, en),
        None => (code, code),
    };
    Cow::Borrowed(match lang {
        Lang::Da => da,
        Lang::En => en,
    })
}

/// The counted nouns by key: Danish singular and plural, English singular and plural.
pub const NOUNS: &[(&str, &str, &str, &str, &str)] = &[
    ("week", "uge", "uger", "week", "weeks"),
    ("participant", "deltager", "deltagere", "participant", "participants"),
    ("citizen", "borger", "borgere", "citizen", "citizens"),
    ("teachingDay", "undervisningsdag", "undervisningsdage", "teaching day", "teaching days"),
    ("month", "måned", "måneder", "month", "months"),
    ("day", "dag", "dage", "day", "days"),
    ("hour", "time", "timer", "hour", "hours"),
    ("year", "år", "år", "year", "years"),
    ("error", "fejl", "fejl", "error", "errors"),
];

/// A counted noun in the singular or the plural. Danish nouns whose plural is the singular
/// (`år`) are listed like the others, so no noun is ever guessed.
pub fn noun(key: &str, plural: bool, lang: Lang) -> &'static str {
    let (_, da1, da2, en1, en2) =
        NOUNS.iter().find(|n| n.0 == key).copied().unwrap_or(("", "", "", "", ""));
    match (lang, plural) {
        (Lang::Da, false) => da1,
        (Lang::Da, true) => da2,
        (Lang::En, false) => en1,
        (Lang::En, true) => en2,
    }
}
