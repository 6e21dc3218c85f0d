//! Rendering: a rule's text in Danish or English with its arguments filled in, and the labels of
//! coded values. The texts themselves live with their rules in `crate::rules` (each rule's id,
//! source and texts in one entry); this module only reads them.
//!
//! Danish is the default language. Texts follow the DKFDS guidance: say what is wrong and what to
//! do ("Indtast ...", "Vælg ..."), not "Dette felt er påkrævet". A text names its arguments in
//! braces (`{age}`); [`render`] fills them in for the language. Target-group rules take their
//! source from the ruleset in use (a municipality that changes the age range cites its own
//! decision); the sources in the rules are the defaults shown by `messages(lang)`.

use serde::Serialize;

use chrono::Datelike;

use crate::date;
use crate::finding::{Arg, Source};
use crate::rules::Rule;
pub use crate::rules::{RuleEntry, Text, CATALOGUE};
use crate::Lang;

mod labels;

use labels::label_cow;
pub use labels::{label, noun, LABELS, NOUNS};

/// The catalogue's source for `rule`.
pub fn source(rule: Rule) -> Source {
    let e = rule.entry();
    Source::new(e.source.0, e.source.1)
}

/// What joins the last two labels of a list: "or" (`Arg::Labels`), "and" (`Arg::All`).
pub const OR: [&str; 2] = [" eller ", " or "];
/// See [`OR`].
pub const AND: [&str; 2] = [" og ", " and "];
/// The decimal separator.
pub const DECIMAL: [&str; 2] = [",", "."];
/// How often, in words, for the numbers of days that have words ("én gang om ugen" rather
/// than "hver 7. dag").
pub const EVERY: [(i64, [&str; 2]); 3] = [
    (1, ["hver dag", "every day"]),
    (7, ["én gang om ugen", "once a week"]),
    (14, ["hver anden uge", "every other week"]),
];
/// How often, for the other numbers of days.
pub const EVERY_N: [&str; 2] = ["hver {n}. dag", "every {n} days"];
/// The text of a rule whose text is missing (a test keeps that from happening).
pub const FALLBACK: [&str; 2] = ["Reglen {rule} er ikke opfyldt.", "Rule {rule} is not met."];

#[cfg(all(test, not(target_arch = "wasm32")))]
fn render_arg(arg: &Arg, lang: Lang) -> String {
    let mut out = String::new();
    push_arg(&mut out, arg, lang);
    out
}

/// A whole number in decimal, written without the formatting machinery (a message has a few).
fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_digits(out, n.unsigned_abs());
}

/// The digits of `v`, most significant first (each pushed as a character known to be ASCII).
fn push_digits(out: &mut String, v: u64) {
    if v >= 10 {
        push_digits(out, v / 10);
    }
    out.push(char::from(b'0' + (v % 10) as u8));
}

/// Writes `arg` in `lang` onto `out`: what `render_arg` returns, without a string of its own
/// per argument (rendering the messages was most of a failing check natively).
fn push_arg(out: &mut String, arg: &Arg, lang: Lang) {
    match arg {
        Arg::Int(n) => push_int(out, *n),
        Arg::Date(d) => {
            push_int(out, i64::from(d.day()));
            out.push_str(date::DAY_MARK[lang as usize]);
            out.push(' ');
            let months = if lang == Lang::Da { &date::MONTHS_DA } else { &date::MONTHS_EN };
            out.push_str(months[d.month0() as usize]);
            out.push(' ');
            push_int(out, i64::from(d.year()));
        }
        Arg::Text(s) => out.push_str(s),
        Arg::Labels(_) | Arg::All(_) | Arg::SharedLabels(_) => {
            let (last, codes) = match arg {
                Arg::All(c) => (AND[lang as usize], &c[..]),
                Arg::Labels(c) => (OR[lang as usize], &c[..]),
                Arg::SharedLabels(c) => (OR[lang as usize], &c[..]),
                _ => (OR[lang as usize], &[][..]),
            };
            for (i, c) in codes.iter().enumerate() {
                if i > 0 {
                    out.push_str(if i + 1 == codes.len() { last } else { ", " });
                }
                out.push_str(&label_cow(c, lang));
            }
        }
        Arg::Halves(n) => {
            if *n < 0 {
                out.push('-');
            }
            push_int(out, (n / 2).abs());
            if n % 2 != 0 {
                out.push_str(DECIMAL[lang as usize]);
                out.push('5');
            }
        }
        Arg::Count(n, key) => {
            push_int(out, *n);
            out.push(' ');
            out.push_str(noun(key, *n != 1, lang));
        }
        Arg::Range(lo, hi, key) => {
            push_int(out, *lo);
            if lo != hi {
                out.push('-');
                push_int(out, *hi);
            }
            out.push(' ');
            out.push_str(noun(key, lo != hi || *lo != 1, lang));
        }
        Arg::Amount(x, key) => {
            out.push_str(&decimal(*x, lang));
            out.push(' ');
            out.push_str(noun(key, (*x - 1.0).abs() > f64::EPSILON, lang));
        }
        Arg::Every(days) => out.push_str(&every(*days, lang)),
    }
}

/// How often, in words (see [`EVERY`]).
fn every(days: i64, lang: Lang) -> String {
    match EVERY.iter().find(|(n, _)| *n == days) {
        Some((_, words)) => words[lang as usize].to_string(),
        None => EVERY_N[lang as usize].replace("{n}", &days.to_string()),
    }
}

/// `7,5` in Danish, `7.5` in English; whole numbers without decimals; at most two decimals.
pub fn decimal(x: f64, lang: Lang) -> String {
    // Hundredths of the magnitude, NaN as 0, at most 9e15 (exact as an i64 and as a JavaScript
    // number, so the package's renderer writes the same), and the sign apart (-0,5 keeps it).
    let h = (x.abs() * 100.0).round();
    let h = if h.is_nan() { 0 } else { h.min(9.0e15) as i64 };
    let (whole, frac) = (h / 100, h % 100);
    let mut out = String::new();
    if x < 0.0 && h != 0 {
        out.push('-');
    }
    push_int(&mut out, whole);
    if frac != 0 {
        out.push_str(DECIMAL[lang as usize]);
        if frac % 10 == 0 {
            push_int(&mut out, frac / 10);
        } else {
            if frac < 10 {
                out.push('0');
            }
            push_int(&mut out, frac);
        }
    }
    out
}

/// The text of `rule`/`variant` in `lang` with its arguments filled in. Never fails: an unknown
/// rule or variant gives a generic text naming the rule (a test keeps that from happening).
pub fn render(rule: Rule, variant: &str, args: &[(&str, Arg)], lang: Lang) -> String {
    let Some(text) = rule.entry().texts.iter().find(|t| same(t.variant, variant)) else {
        return FALLBACK[lang as usize].replace("{rule}", rule.id());
    };
    let template = match lang {
        Lang::Da => text.da,
        Lang::En => text.en,
    };
    let mut text = fill(template, args, lang);
    capitalise(&mut text);
    text
}

/// A sentence may begin with an argument ("{event} er ikke mulig ..."): capitalise it, in
/// place. Arguments are Danish or English words: ASCII and æ, ø, å (no Unicode case tables).
fn capitalise(text: &mut String) {
    let upper = match text.chars().next() {
        Some(c @ 'a'..='z') => Some((c.len_utf8(), c.to_ascii_uppercase())),
        Some(c @ 'æ') => Some((c.len_utf8(), 'Æ')),
        Some(c @ 'ø') => Some((c.len_utf8(), 'Ø')),
        Some(c @ 'å') => Some((c.len_utf8(), 'Å')),
        _ => None,
    };
    if let Some((len, c)) = upper {
        text.replace_range(..len, c.encode_utf8(&mut [0; 4]));
    }
}

/// Where `byte` is in `s`, eight bytes at a time (a word whose bytes equal `byte` has a zero byte
/// after the xor; the lowest flagged byte is the first match). `str::find` with a `char` looked
/// for it with `memchr` and then compared each hit with `memcmp`, and a plain loop over the
/// bytes was no faster: either was a sixth of a failing referral's check and report natively.
fn find_byte(s: &str, byte: u8) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word) ^ (ONES * u64::from(byte));
        let found = x.wrapping_sub(ONES) & !x & HIGH;
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&b| b == byte).map(|i| at + i)
}

/// `a == b` for short names, comparing the length and the first byte before calling `memcmp`
/// (a text's variant and argument names are looked up on every message).
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

fn fill(template: &str, args: &[(&str, Arg)], lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = find_byte(rest, b'{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match find_byte(after, b'}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| same(n, name)) {
                    Some((_, a)) => push_arg(&mut out, a, lang),
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

/// Everything a renderer needs besides a finding's own values, in one language: what the wasm
/// binding hands its JavaScript half once per instance and language, so that findings cross
/// the boundary in their compact form ([`crate::finding::compact`]) and the JavaScript side
/// renders the same texts as [`render`] (tested on every vector). Taken from the tables here,
/// in `labels` and in `date`, so no word is kept twice.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Renderer {
    /// Per rule, in the catalogue's order: id, source title, source reference, and its texts
    /// in the order of its variants.
    pub rules: Vec<(&'static str, &'static str, &'static str, Vec<&'static str>)>,
    /// Code and label of every coded value with a label.
    pub labels: Vec<(&'static str, &'static str)>,
    /// `period:1`, and `period:<n>` with `{n}`.
    pub period: [&'static str; 2],
    /// Key, singular and plural of every counted noun.
    pub nouns: Vec<(&'static str, &'static str, &'static str)>,
    /// The months' names.
    pub months: [&'static str; 12],
    /// What follows the day in a long date.
    pub day_mark: &'static str,
    /// See [`OR`], [`AND`], [`DECIMAL`].
    pub or: &'static str,
    /// See [`AND`].
    pub and: &'static str,
    /// See [`DECIMAL`].
    pub decimal: &'static str,
    /// See [`EVERY`]: days and words.
    pub every: Vec<(i64, &'static str)>,
    /// See [`EVERY_N`].
    pub every_n: &'static str,
    /// See [`FALLBACK`].
    pub fallback: &'static str,
}

/// The [`Renderer`] tables in `lang`.
pub fn renderer(lang: Lang) -> Renderer {
    let l = lang as usize;
    let pick = |t: &Text| if lang == Lang::Da { t.da } else { t.en };
    Renderer {
        rules: CATALOGUE
            .iter()
            .map(|e| (e.rule, e.source.0, e.source.1, e.texts.iter().map(pick).collect()))
            .collect(),
        labels: labels::LABELS.iter().map(|&(c, da, en)| (c, [da, en][l])).collect(),
        period: [labels::PERIOD_ONE[l], labels::PERIOD[l]],
        nouns: labels::NOUNS.iter().map(|n| (n.0, [n.1, n.3][l], [n.2, n.4][l])).collect(),
        months: if lang == Lang::Da { date::MONTHS_DA } else { date::MONTHS_EN },
        day_mark: date::DAY_MARK[l],
        or: OR[l],
        and: AND[l],
        decimal: DECIMAL[l],
        every: EVERY.iter().map(|(n, w)| (*n, w[l])).collect(),
        every_n: EVERY_N[l],
        fallback: FALLBACK[l],
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

    /// The edges the package's renderer must write alike (tests/vectors/compact.json carries the
    /// finite ones to it; JSON has no NaN or infinity): the sign of a small negative amount,
    /// a clamp beyond what both languages hold exactly, NaN as 0.
    #[test]
    fn decimals_keep_their_sign_and_stay_bounded() {
        assert_eq!(decimal(-0.5, Lang::Da), "-0,5");
        assert_eq!(decimal(-0.004, Lang::Da), "0");
        assert_eq!(decimal(-7.25, Lang::En), "-7.25");
        assert_eq!(decimal(1.05, Lang::Da), "1,05");
        assert_eq!(decimal(f64::INFINITY, Lang::Da), "90000000000000");
        assert_eq!(decimal(f64::NEG_INFINITY, Lang::Da), "-90000000000000");
        assert_eq!(decimal(f64::NAN, Lang::Da), "0");
        assert_eq!(render_arg(&Arg::Halves(-1), Lang::Da), "-0,5");
        assert_eq!(render_arg(&Arg::Halves(-4), Lang::Da), "-2");
        for n in [0, 7, -7, 10, 2027, -100, i64::MAX, i64::MIN] {
            assert_eq!(render_arg(&Arg::Int(n), Lang::Da), n.to_string());
        }
    }

    /// The word-at-a-time search finds the first match at every position of a word and in the
    /// tail, next to bytes of multi-byte characters, and nothing where there is none.
    #[test]
    fn find_byte_finds_the_first_match() {
        for len in 0..40 {
            for at in 0..=len {
                let mut s: String = "æ".repeat(len / 2) + &"x".repeat(len % 2);
                if at < s.len() && s.is_char_boundary(at) {
                    s.insert(at, '{');
                    s.push('{');
                    assert_eq!(find_byte(&s, b'{'), Some(at), "{s:?}");
                }
                let plain = "ø".repeat(len);
                assert_eq!(find_byte(&plain, b'{'), None);
                assert_eq!(find_byte(&plain, b'}'), None);
            }
        }
        assert_eq!(find_byte("}{", b'{'), Some(1));
        assert_eq!(find_byte("abcdefgh}", b'}'), Some(8));
        assert_eq!(find_byte("abcdefg}", b'}'), Some(7));
    }

    #[test]
    fn a_sentence_that_begins_with_an_argument_is_capitalised() {
        for (before, after) in [
            ("æble", "Æble"),
            ("øst", "Øst"),
            ("å", "Å"),
            ("start er ikke mulig", "Start er ikke mulig"),
            ("Allerede stort", "Allerede stort"),
            ("1 uge", "1 uge"),
            ("é", "é"),
            ("", ""),
        ] {
            let mut text = before.to_string();
            capitalise(&mut text);
            assert_eq!(text, after);
        }
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
            render(Rule::TargetAge, "tooYoung", &args, Lang::Da),
            "Borgeren er 24 år og fylder 25 år den 20. januar 2027. Målgruppen er 25-30 år."
        );
        assert_eq!(
            render(Rule::TargetAge, "tooYoung", &args, Lang::En),
            "The citizen is 24 and turns 25 on 20 January 2027. The target group is aged 25 to 30."
        );
        let kinds = Arg::Labels(vec!["adhd".into(), "anxiety".into(), "depression".into()]);
        assert_eq!(render_arg(&kinds, Lang::Da), "ADHD, angst eller depression");
        assert_eq!(render(Rule::TargetAge, "nope", &[], Lang::En), "Rule target.age is not met.");
        assert_eq!(fill("a {missing} b {", &[], Lang::Da), "a {missing} b {");
    }

    /// Every `Note::new(rule, variant, ..)` in the checks has its text (a missing one would
    /// render the generic fallback).
    #[test]
    fn every_variant_the_checks_use_has_a_text() {
        let sources = [
            include_str!("../referral.rs"),
            include_str!("../plan/mod.rs"),
            include_str!("../plan/check.rs"),
            include_str!("../plan/team.rs"),
            include_str!("../agreements.rs"),
            include_str!("../caseload.rs"),
            include_str!("../workflow.rs"),
            include_str!("../ruleset.rs"),
            include_str!("../lib.rs"),
        ];
        let mut n = 0;
        for src in sources {
            // `Note::new(Rule::TargetAge, "tooYoung", ..)`, possibly split over lines.
            for part in src.split("Note::new(").chain(src.split("Note::at(").skip(1)).skip(1) {
                let part = part.trim_start();
                let Some(part) = part.strip_prefix("Rule::") else { continue };
                let Some((name, rest)) = part.split_once(',') else { continue };
                let Some(rest) = rest.trim_start().strip_prefix('"') else { continue };
                let variant = rest.split('"').next().unwrap_or("");
                let rule = Rule::ALL.iter().find(|r| format!("{r:?}") == name);
                let found =
                    rule.is_some_and(|r| r.entry().texts.iter().any(|t| t.variant == variant));
                assert!(found, "{name} {variant} has no text");
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
                        let text = render(Rule::from_id(e.rule).unwrap(), t.variant, &args, lang);
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
