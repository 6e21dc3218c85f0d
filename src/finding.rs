//! Findings: what a check says about one field (or the whole input), with rule id, severity,
//! message and source. Built as [`Note`]s (rule, variant, arguments) and rendered into a
//! language only at the end, so the message catalogue is the one place wording lives.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::messages;
use crate::rules::Rule;
use crate::Lang;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[repr(u8)]
pub enum Severity {
    /// Blocks: the criterion is not met or the value cannot be used.
    Error,
    /// Worth a look; never blocks.
    Warning,
    /// For information.
    Info,
}

/// Text that is cheap to clone: the catalogue's and the embedded ruleset's (static) or a
/// caller's ruleset's (shared). Every finding carries its source, and a source title is a long
/// text. Equal when the texts are, however they are held.
#[derive(Debug, Clone)]
pub enum Str {
    /// Text compiled in.
    Static(&'static str),
    /// Text read from a ruleset, shared by every finding that cites it.
    Shared(Arc<str>),
}

impl std::ops::Deref for Str {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Str::Static(s) => s,
            Str::Shared(s) => s,
        }
    }
}

impl PartialEq for Str {
    fn eq(&self, other: &Str) -> bool {
        **self == **other
    }
}

impl Eq for Str {}

impl From<String> for Str {
    fn from(s: String) -> Self {
        Str::Shared(s.into())
    }
}

impl Serialize for Str {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

/// Where a rule comes from: a document and a page or paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The document, e.g. `Inspirationskatalog ... figur 2`.
    pub title: Str,
    /// Page or paragraph, e.g. `s. 13` or `§ 167, stk. 1`.
    #[serde(rename = "ref")]
    pub reference: Str,
}

impl Source {
    /// A source from static text.
    pub fn new(title: &'static str, reference: &'static str) -> Self {
        Source { title: Str::Static(title), reference: Str::Static(reference) }
    }
}

/// One finding as the API returns it: `{ rule, severity, field, message, source }`.
///
/// Its message is rendered when it is asked for ([`Finding::message`], or when the finding is
/// serialized), not when the check runs: a native caller that only looks at rule ids and
/// severities pays for no text. A serializer that is not human-readable (the wasm binding's
/// tape) gets the finding in its compact form instead (see [`compact`]): the rule and text by
/// their indices in the catalogue, the field, the source when it is not the catalogue's, and the
/// arguments as values; the binding's JavaScript half renders the message from the catalogue,
/// with the same result (tested on every vector).
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Stable rule id, e.g. `target.age`.
    pub rule: &'static str,
    /// `error`, `warning` or `info`.
    pub severity: Severity,
    /// The note it renders.
    note: Note,
    /// The language it renders in.
    lang: Lang,
}

impl Finding {
    /// Dotted path into the input, or `None` for the input as a whole.
    pub fn field(&self) -> Option<&str> {
        self.note.field.as_deref()
    }

    /// The message in the finding's language.
    pub fn message(&self) -> String {
        messages::render(self.note.rule, self.note.variant, &self.note.args, self.lang)
    }

    /// Where the rule comes from.
    pub fn source(&self) -> Source {
        self.note.source.clone().unwrap_or_else(|| messages::source(self.note.rule))
    }

    /// The note before rendering.
    pub fn note(&self) -> &Note {
        &self.note
    }

    /// The language the message is rendered in.
    pub fn lang(&self) -> Lang {
        self.lang
    }
}

impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeStruct, SerializeTupleStruct};
        if s.is_human_readable() {
            let mut f = s.serialize_struct("Finding", 5)?;
            f.serialize_field("rule", self.rule)?;
            f.serialize_field("severity", &self.severity)?;
            f.serialize_field("field", &self.field())?;
            f.serialize_field("message", &self.message())?;
            f.serialize_field("source", &self.source())?;
            return f.end();
        }
        let n = &self.note;
        let entry = n.rule.entry();
        let mut f = s.serialize_tuple_struct(compact::NAME[self.lang as usize], 0)?;
        f.serialize_field(&(n.rule as u32))?;
        let variant = entry.texts.iter().position(|t| t.variant == n.variant);
        f.serialize_field(&variant.map_or(-1.0, |i| i as f64))?;
        f.serialize_field(&(self.severity as u32))?;
        match &n.field {
            Some(Cow::Borrowed(path)) => f.serialize_field(&Name(path))?,
            other => f.serialize_field(&other.as_deref())?,
        }
        // The catalogue's own source is known on the other side: only a ruleset's goes along.
        match &n.source {
            Some(src) if (&*src.title, &*src.reference) != entry.source => {
                f.serialize_field(&*src.title)?;
                f.serialize_field(&*src.reference)?;
            }
            _ => {
                f.serialize_field(&())?;
                f.serialize_field(&())?;
            }
        }
        for (name, arg) in &n.args {
            f.serialize_field(&Name(name))?;
            match arg {
                Arg::Int(v) => {
                    f.serialize_field(&compact::INT)?;
                    f.serialize_field(v)?;
                }
                Arg::Date(d) => {
                    use chrono::Datelike;
                    f.serialize_field(&compact::DATE)?;
                    f.serialize_field(&d.year())?;
                    f.serialize_field(&d.month())?;
                    f.serialize_field(&d.day())?;
                }
                Arg::Text(t) => {
                    f.serialize_field(&compact::TEXT)?;
                    f.serialize_field(t)?;
                }
                Arg::Labels(_) | Arg::All(_) | Arg::SharedLabels(_) => {
                    let (kind, codes) = match arg {
                        Arg::All(c) => (compact::ALL, &c[..]),
                        Arg::Labels(c) => (compact::LABELS, &c[..]),
                        Arg::SharedLabels(c) => (compact::LABELS, &c[..]),
                        _ => (compact::LABELS, &[][..]),
                    };
                    f.serialize_field(&kind)?;
                    f.serialize_field(&(codes.len() as u32))?;
                    for c in codes {
                        f.serialize_field(c)?;
                    }
                }
                Arg::Halves(v) => {
                    f.serialize_field(&compact::HALVES)?;
                    f.serialize_field(v)?;
                }
                Arg::Count(v, noun) => {
                    f.serialize_field(&compact::COUNT)?;
                    f.serialize_field(v)?;
                    f.serialize_field(&Name(noun))?;
                }
                Arg::Range(lo, hi, noun) => {
                    f.serialize_field(&compact::RANGE)?;
                    f.serialize_field(lo)?;
                    f.serialize_field(hi)?;
                    f.serialize_field(&Name(noun))?;
                }
                Arg::Amount(x, noun) => {
                    f.serialize_field(&compact::AMOUNT)?;
                    f.serialize_field(x)?;
                    f.serialize_field(&Name(noun))?;
                }
                Arg::Every(v) => {
                    f.serialize_field(&compact::EVERY)?;
                    f.serialize_field(v)?;
                }
            }
        }
        f.end()
    }
}

/// Serializes a name of the Rust types (a fixed field path, an argument's name) as a unit
/// variant: JSON writes it as its string, the binding's tape sends it once per instance.
pub fn name<S: serde::Serializer>(name: &&'static str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_unit_variant("Name", 0, name)
}

/// Serializes a record (see [`compact::RECORDS`]): `record!(serializer, index, &value, ...)`
/// with the values in the order of the record's keys.
#[macro_export]
#[doc(hidden)]
macro_rules! record {
    ($s:expr, $index:expr, $($v:expr),+ $(,)?) => {{
        use serde::ser::{SerializeStruct, SerializeTupleStruct};
        let (name, keys) = $crate::finding::compact::RECORDS[$index];
        if $s.is_human_readable() {
            let mut r = $s.serialize_struct(name, keys.len())?;
            let mut k = keys.iter();
            $( r.serialize_field(k.next().copied().unwrap_or(""), $v)?; )+
            r.end()
        } else {
            let mut r = $s.serialize_tuple_struct(name, keys.len())?;
            $( r.serialize_field($v)?; )+
            r.end()
        }
    }};
}

/// A name, serialized with [`name`].
pub struct Name<'a>(pub &'a &'static str);

impl Serialize for Name<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        name(self.0, s)
    }
}

/// The compact form of a [`Finding`], for a serializer that is not human-readable: a tuple
/// struct named `NAME``[lang]` (`0` Danish, `1` English) of
///
/// 1. the rule's index in [`crate::rules::CATALOGUE`],
/// 2. the text's index among the rule's texts (`-1`: none, the generic text),
/// 3. the severity (`0` error, `1` warning, `2` info),
/// 4. the field (a string or `null`),
/// 5. and 6. the source's title and reference, or two `null`s for the catalogue's source,
///
/// then per argument its name, its kind (the constants here) and its values: a number
/// (`INT`, `HALVES`, `EVERY`), year, month and day (`DATE`), a string (`TEXT`), a
/// count and that many codes (`LABELS`, `ALL`), a number and a noun key (`COUNT`,
/// `AMOUNT`), two numbers and a noun key (`RANGE`).
pub mod compact {
    /// Records: result types whose keys are fixed, written (by a serializer that is not
    /// human-readable) as a tuple struct of the name here with the values in the order of these
    /// keys. The binding's JavaScript half builds each as an object literal with these keys in
    /// this order (tested), which is several times cheaper than assigning key by key.
    pub const RECORDS: [(&str, &[&str]); 3] = [
        (
            "mestring.referralResult",
            &["outcome", "eligibleFrom", "criteria", "findings", "ruleset"],
        ),
        ("mestring.criterion", &["rule", "status", "field"]),
        ("mestring.stamp", &["id", "version", "asOf"]),
    ];

    /// `RECORDS` index of `ReferralResult`.
    pub const REFERRAL_RESULT: usize = 0;
    /// `RECORDS` index of `Criterion`.
    pub const CRITERION: usize = 1;
    /// `RECORDS` index of `Stamp`.
    pub const STAMP: usize = 2;

    /// The tuple struct's name per language (`Lang as usize`).
    pub const NAME: [&str; 2] = ["mestring.finding.da", "mestring.finding.en"];
    /// `Arg::Int`.
    pub const INT: u32 = 0;
    /// `Arg::Date`.
    pub const DATE: u32 = 1;
    /// `Arg::Text`.
    pub const TEXT: u32 = 2;
    /// `Arg::Labels`.
    pub const LABELS: u32 = 3;
    /// `Arg::All`.
    pub const ALL: u32 = 4;
    /// `Arg::Halves`.
    pub const HALVES: u32 = 5;
    /// `Arg::Count`.
    pub const COUNT: u32 = 6;
    /// `Arg::Range`.
    pub const RANGE: u32 = 7;
    /// `Arg::Amount`.
    pub const AMOUNT: u32 = 8;
    /// `Arg::Every`.
    pub const EVERY: u32 = 9;
}

/// A value a message refers to, rendered per language.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A whole number.
    Int(i64),
    /// A date, written out (`20. januar 2027`).
    Date(NaiveDate),
    /// Text shown as it is (technical names, paths).
    Text(String),
    /// Coded values (`anxiety`, `mild`, ...) shown by their labels and joined with "or".
    Labels(Vec<String>),
    /// Coded values shown by their labels and joined with "and".
    All(Vec<String>),
    /// As `Labels`, for a list the ruleset holds: shared, so a note does not copy it.
    SharedLabels(std::sync::Arc<[String]>),
    /// A number of halves (55 is 27.5, written `27,5` in Danish).
    Halves(i64),
    /// A number with its noun, which agrees with it: `1 uge`, `2 uger` (the noun is a key of
    /// `messages::noun`: `week`, `participant`, `citizen`, ...).
    Count(i64, &'static str),
    /// A range with its noun in the plural unless it is exactly one: `8-10 deltagere`, `12 uger`.
    Range(i64, i64, &'static str),
    /// A decimal amount with its noun (`7,5 borgere`, `1 time`).
    Amount(f64, &'static str),
    /// How often, from a number of days: `én gang om ugen`, `hver anden uge`, `hver 10. dag`.
    Every(i64),
}

/// A finding before rendering: which text of the catalogue, with which arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// The rule.
    pub rule: Rule,
    /// Which of the rule's texts (`tooYoung`, `dateFormat`, ...).
    pub variant: &'static str,
    /// Severity.
    pub severity: Severity,
    /// Dotted path into the input: borrowed where it is a fixed path, so most notes allocate
    /// none.
    pub field: Option<Cow<'static, str>>,
    /// Named arguments of the text.
    pub args: Vec<(&'static str, Arg)>,
    /// The source, when it comes from the ruleset rather than the catalogue.
    pub source: Option<Source>,
}

impl Note {
    /// A note with no arguments and the catalogue's source.
    pub fn new(rule: Rule, variant: &'static str, severity: Severity, field: Option<&str>) -> Self {
        Note {
            rule,
            variant,
            severity,
            field: field.map(|f| Cow::Owned(f.to_string())),
            args: Vec::new(),
            source: None,
        }
    }

    /// A note on a fixed path (no allocation for the path).
    pub fn at(rule: Rule, variant: &'static str, severity: Severity, field: &'static str) -> Self {
        Note {
            rule,
            variant,
            severity,
            field: Some(Cow::Borrowed(field)),
            args: Vec::new(),
            source: None,
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    /// Sets the source (from the ruleset).
    pub fn source(mut self, source: &Source) -> Self {
        self.source = Some(source.clone());
        self
    }

    /// The finding this note gives in `lang` (its message is rendered when asked for).
    pub fn render(self, lang: Lang) -> Finding {
        Finding { rule: self.rule.id(), severity: self.severity, note: self, lang }
    }
}
