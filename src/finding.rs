//! Findings: what a check says about one field (or the whole input), with rule id, severity,
//! message and source. Built as [`Note`]s (rule, variant, arguments) and rendered into a
//! language only at the end, so the message catalogue is the one place wording lives.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::messages;
use crate::rules::Rule;
use crate::Lang;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Blocks: the criterion is not met or the value cannot be used.
    Error,
    /// Worth a look; never blocks.
    Warning,
    /// For information.
    Info,
}

/// Text that is cheap to clone: the catalogue's (static) or a ruleset's (shared). Every finding
/// carries its source, and a source title is a long text.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// One finding as the API returns it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable rule id, e.g. `target.age`.
    pub rule: &'static str,
    /// `error`, `warning` or `info`.
    pub severity: Severity,
    /// Dotted path into the input, or `None` for the input as a whole.
    pub field: Option<String>,
    /// The message in the requested language.
    pub message: String,
    /// Where the rule comes from.
    pub source: Source,
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
    /// Dotted path into the input.
    pub field: Option<String>,
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
            field: field.map(str::to_string),
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

    /// Renders the note in `lang`.
    pub fn render(&self, lang: Lang) -> Finding {
        Finding {
            rule: self.rule.id(),
            severity: self.severity,
            field: self.field.clone(),
            message: messages::render(self.rule, self.variant, &self.args, lang),
            source: self.source.clone().unwrap_or_else(|| messages::source(self.rule)),
        }
    }
}
