//! `mestring`: the same checks as the forms, on files, offline.
//!
//! ```text
//! mestring check FILE [--kind referral|mentor|internship|supplier] [--as-of DATE]
//!                     [--lang da|en] [--format table|json|html|csv|xlsx] [--ruleset FILE]
//!                     [--id FIELD] [--show-cpr masked] [--only OUTCOME,...]
//! mestring plan --start DATE [--profile recommended|playbook] [--lang da|en] [--format table|json|ics]
//! ```
//! FILE is JSON (one record or a list), NDJSON (`.ndjson`, `.jsonl`: one record a line) or CSV
//! (`.csv`: a header row of dotted field paths, comma or semicolon, UTF-8 or Windows-1252), or `-`
//! for NDJSON on standard input. Records are read and checked one at a time (`mestring::cli::records`),
//! so memory stays bounded however long the file; a record that cannot be read is reported with
//! its row number and the run goes on. When standard error is a terminal, a progress bar shows
//! the rate and the time left.
//! Every output is in the chosen language (`--lang`), criteria named as the message catalogue
//! names them; `--id` names the column that identifies a record; a CPR number is only ever shown
//! masked, and only when asked for.
//! Exit code: 0 when every record is eligible or complete, 1 when some are not (or there are
//! none), 2 when the arguments or the file cannot be used.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;

use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use mestring::cli::records::{self, Row, Unusable};
use mestring::cli::shown;
use mestring::rules::Rule;
use mestring::Value;
use serde_json::{json, Value as J};

/// The same checks as the forms, on a municipality's exports, offline.
#[derive(Parser)]
#[command(name = "mestring", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check every record of a file
    ///
    /// FILE is JSON (a record or a list), NDJSON (.ndjson, .jsonl: a record a line), CSV (.csv:
    /// a header row of dotted field paths; comma or semicolon; UTF-8 or Windows-1252), or - for
    /// NDJSON on standard input. Exit code 0: every record eligible or complete; 1: some are not,
    /// or there are none; 2: the arguments or the file cannot be used.
    Check(CheckArgs),
    /// A dated course plan, as a table, JSON or an iCalendar file.
    Plan(PlanArgs),
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Kind {
    Referral,
    Mentor,
    Internship,
    Supplier,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Lang {
    Da,
    En,
}

impl Lang {
    fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    /// A table for the terminal
    Table,
    /// One JSON line a record (the API's codes), then a summary line
    Json,
    /// One self-contained report
    Html,
    /// For a spreadsheet: semicolons, UTF-8 with a byte-order mark (Danish Excel)
    Csv,
    /// An Excel workbook (write it to a file)
    #[cfg(feature = "xlsx")]
    Xlsx,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ShowCpr {
    /// As 150399-xxxx: the date part only
    Masked,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
enum OutcomeName {
    #[value(name = "eligible")]
    Eligible,
    #[value(name = "not_eligible")]
    NotEligible,
    #[value(name = "incomplete")]
    Incomplete,
    #[value(name = "complete")]
    Complete,
    #[value(name = "unreadable")]
    Unreadable,
}

impl OutcomeName {
    fn code(self) -> &'static str {
        match self {
            OutcomeName::Eligible => "eligible",
            OutcomeName::NotEligible => "not_eligible",
            OutcomeName::Incomplete => "incomplete",
            OutcomeName::Complete => "complete",
            OutcomeName::Unreadable => "unreadable",
        }
    }
}

#[derive(clap::Args)]
struct CheckArgs {
    /// The file to check (- for NDJSON on standard input)
    #[arg(value_name = "FILE")]
    file: String,
    /// What each record is
    #[arg(long, value_enum, default_value_t = Kind::Referral)]
    kind: Kind,
    /// Judge every record as of this date (sets referenceDate; madeOn for supplier agreements)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = iso_date)]
    as_of: Option<String>,
    /// The language of the messages
    #[arg(long, value_enum, default_value_t = Lang::Da)]
    lang: Lang,
    /// The output
    #[arg(long, value_enum, default_value_t = CheckFormat::Table)]
    format: CheckFormat,
    /// A ruleset (JSON) to judge by instead of the embedded one
    #[arg(long, value_name = "FILE")]
    ruleset: Option<PathBuf>,
    /// A field that identifies each record (a case number column), shown on every record and
    /// not checked
    #[arg(long, value_name = "FIELD")]
    id: Option<String>,
    /// Show the citizen's CPR number, masked (the date part only); never shown otherwise
    #[arg(long, value_enum, value_name = "FORM")]
    show_cpr: Option<ShowCpr>,
    /// List only records with these outcomes (the summary still counts every record)
    #[arg(long, value_enum, value_delimiter = ',', value_name = "OUTCOMES")]
    only: Vec<OutcomeName>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Profile {
    Recommended,
    Playbook,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PlanFormat {
    Table,
    Json,
    Ics,
}

#[derive(clap::Args)]
struct PlanArgs {
    /// The first day of the course
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = iso_date)]
    start: String,
    /// Whose phase lengths to use
    #[arg(long, value_enum, default_value_t = Profile::Recommended)]
    profile: Profile,
    /// The language of the messages
    #[arg(long, value_enum, default_value_t = Lang::Da)]
    lang: Lang,
    /// The output
    #[arg(long, value_enum, default_value_t = PlanFormat::Table)]
    format: PlanFormat,
    /// A ruleset (JSON) to plan by instead of the embedded one
    #[arg(long, value_name = "FILE")]
    ruleset: Option<PathBuf>,
    /// Weeks of preparation
    #[arg(long, value_name = "WEEKS")]
    preparation: Option<f64>,
    /// Weeks of teaching
    #[arg(long, value_name = "WEEKS")]
    teaching: Option<f64>,
    /// Weeks of internship
    #[arg(long, value_name = "WEEKS")]
    internship: Option<f64>,
}

fn iso_date(s: &str) -> Result<String, String> {
    match mestring::date::parse_iso(s) {
        Ok(_) => Ok(s.to_string()),
        Err(_) => Err("expected a date as YYYY-MM-DD".to_string()),
    }
}

/// A usage or file error: message to stderr, exit code 2.
struct Fatal(String);

impl From<Unusable> for Fatal {
    fn from(u: Unusable) -> Fatal {
        Fatal(u.0)
    }
}

/// The tool's own rule id for a record it cannot read (bad JSON, a line over the limit): not a
/// rule of the core's catalogue, since the core never sees such a record.
const UNREADABLE: &str = "input.unreadable";

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap's own wording and exit codes (2 for a usage error, 0 for --help and
            // --version); what the caller typed is shown escaped and cut, never raw.
            let rendered = e.render().to_string();
            if e.use_stderr() {
                // Every argument that clap may quote is put back escaped and cut (a line break,
                // a terminal escape or a megabyte in an argument stay out of the terminal).
                let mut safe = rendered;
                let mut args: Vec<String> =
                    std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
                args.sort_by_key(|a| std::cmp::Reverse(a.len()));
                for a in args.iter().filter(|a| shown(a) != **a) {
                    safe = safe.replace(a.as_str(), &shown(a));
                }
                eprint!("{safe}");
            } else {
                // --help and --version: our own text, nothing the caller typed.
                print!("{rendered}");
            }
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    let result = match cli.command {
        Command::Check(a) => check(&a),
        Command::Plan(a) => plan(&a),
    };
    result.unwrap_or_else(|Fatal(message)| {
        eprintln!("mestring: {message}");
        ExitCode::from(2)
    })
}

/// The options object every check takes: language and, when given, a ruleset from a file.
fn check_options(ruleset: Option<&PathBuf>, lang: Lang) -> Result<Value, Fatal> {
    let mut o = Value::Object(vec![("lang".into(), Value::text(lang.code()))]);
    if let Some(path) = ruleset {
        let name = shown(&path.to_string_lossy());
        let text = std::fs::read_to_string(path)
            .map_err(|e| Fatal(format!("cannot read the ruleset {name}: {e}")))?;
        let rs = Value::parse_json(&text)
            .map_err(|e| Fatal(format!("the ruleset {name} is not JSON (at byte {})", e.at)))?;
        o.set("ruleset", rs);
    }
    Ok(o)
}

// ---- checking ---------------------------------------------------------------------------------------

/// What one record came to.
struct Checked {
    row: usize,
    /// The `--id` field's value, as it may be shown.
    id: Option<String>,
    /// The masked CPR number, when `--show-cpr masked` asks for it.
    cpr: Option<String>,
    /// `eligible`, `not_eligible`, `incomplete`, `complete`, or `unreadable`.
    outcome: String,
    eligible_from: Option<String>,
    /// The reference date the record was judged as of.
    as_of: Option<String>,
    /// Each criterion (referrals) and its status: `met`, `not_met`, `unknown`.
    criteria: Vec<(String, String)>,
    /// Every finding, `input.unknown` included.
    findings: Vec<J>,
}

impl Checked {
    /// The findings a person reads on the record: unknown fields are reported once for the
    /// run, not on every record.
    fn shown_findings(&self) -> impl Iterator<Item = &J> {
        self.findings.iter().filter(|f| f["rule"] != Rule::InputUnknown.id())
    }

    fn unknown_criteria(&self) -> impl Iterator<Item = &str> {
        self.criteria.iter().filter(|(_, s)| s == "unknown").map(|(r, _)| r.as_str())
    }
}

/// Takes the value at a dotted path out of a record (it identifies the record; it is not
/// checked). Only a text or a number is an id.
fn take_id(v: &mut Value, path: &str) -> Option<String> {
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    let Value::Object(entries) = v else { return None };
    let i = entries.iter().position(|(k, _)| k == head)?;
    match rest {
        Some(r) => take_id(&mut entries[i].1, r),
        None => {
            let id = match &entries[i].1 {
                Value::String(s) => s.to_string(),
                Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
                Value::Number(n) => n.to_string(),
                _ => return None,
            };
            entries.remove(i);
            // Never a CPR number, even in a case number column.
            Some(mestring::unknown::shown(&id))
        }
    }
}

fn check_one(a: &CheckArgs, row: Row, options: &Value) -> Checked {
    let Row { row, record } = row;
    let mut c = Checked {
        row,
        id: None,
        cpr: None,
        outcome: "unreadable".into(),
        eligible_from: None,
        as_of: None,
        criteria: Vec::new(),
        findings: Vec::new(),
    };
    let mut v = match record {
        Ok(v) => v,
        Err(why) => {
            c.findings.push(json!({ "rule": UNREADABLE, "severity": "error", "field": null, "message": reason(&why, a.lang) }));
            return c;
        }
    };
    if let Some(path) = &a.id {
        c.id = take_id(&mut v, path);
    }
    if a.show_cpr == Some(ShowCpr::Masked) {
        let cpr = match a.kind {
            Kind::Internship => {
                v.get("citizen").or_else(|| v.get("internship")).and_then(|x| x.get("cpr"))
            }
            _ => v.get("citizen").and_then(|x| x.get("cpr")),
        };
        if let Some(Value::String(s)) = cpr {
            c.cpr = Some(mestring::cpr::mask(s));
        }
    }
    if let Some(d) = &a.as_of {
        v.set(
            if a.kind == Kind::Supplier { "madeOn" } else { "referenceDate" },
            Value::text(d.as_str()),
        );
    }
    let result = match a.kind {
        Kind::Referral => mestring::check_referral(&v, Some(options))
            .map(|r| serde_json::to_value(r).unwrap_or(J::Null)),
        Kind::Mentor => mestring::check_mentor_agreement(&v, Some(options))
            .map(|r| serde_json::to_value(r).unwrap_or(J::Null)),
        Kind::Internship => mestring::check_internship_agreement(&v, Some(options))
            .map(|r| serde_json::to_value(r).unwrap_or(J::Null)),
        Kind::Supplier => mestring::check_supplier_agreement(&v, Some(options))
            .map(|r| serde_json::to_value(r).unwrap_or(J::Null)),
    };
    match result {
        Err(e) => c.findings.push(json!({ "rule": UNREADABLE, "severity": "error", "field": null, "message": reason(&format!("not a record: {e}"), a.lang) })),
        Ok(r) => {
            c.outcome = match r.get("outcome").and_then(J::as_str) {
                Some(o) => o.to_string(),
                None if r["complete"] == true => "complete".into(),
                None => "incomplete".into(),
            };
            c.eligible_from = r.get("eligibleFrom").and_then(J::as_str).map(str::to_string);
            c.as_of = r["ruleset"]["asOf"].as_str().map(str::to_string);
            c.criteria = r["criteria"].as_array().map(|cs| cs.iter().map(|x| (x["rule"].as_str().unwrap_or("").to_string(), x["status"].as_str().unwrap_or("").to_string())).collect()).unwrap_or_default();
            c.findings = r["findings"].as_array().cloned().unwrap_or_default();
        }
    }
    c
}

/// Why a record could not be read, in the report's language (the readers say it in English).
fn reason(why: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return why.to_string();
    }
    let at = |rest: &str| rest.trim_start_matches(" (at byte ").trim_end_matches(')').to_string();
    if let Some(rest) = why.strip_prefix("not JSON") {
        format!("ikke JSON (ved byte {})", at(rest))
    } else if let Some(rest) = why.strip_prefix("not UTF-8") {
        format!("ikke UTF-8 (ved byte {})", at(rest))
    } else if why.starts_with("larger than") {
        format!("større end {} MiB, ikke læst", records::MAX_RECORD_BYTES >> 20)
    } else if why.starts_with("not a record") {
        "ikke en post (et JSON-objekt)".to_string()
    } else if let Some((cells, header)) = why.split_once(" cells, the header has ") {
        format!("{cells} celler, overskriftsrækken har {header}")
    } else {
        why.to_string()
    }
}

/// A progress bar on standard error when it is a terminal (bytes of the file, the rate and the
/// time left; for standard input, the count and the rate); hidden otherwise.
fn progress(size: Option<u64>) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let (bar, template) = match size {
        Some(n) => (
            ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
            "{wide_bar} {percent:>3}%  {msg}  {binary_bytes_per_sec}  ETA {eta}",
        ),
        None => (
            ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
            "{spinner} {msg}  {elapsed}",
        ),
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

fn fine(outcome: &str) -> bool {
    outcome == "eligible" || outcome == "complete"
}

/// How many records an HTML report lists; the counts always cover every record.
const HTML_DETAILS: usize = 2000;

/// Row numbers for a message: the first 20, then how many more.
fn row_list(rows: &[usize]) -> String {
    let mut s = rows.iter().take(20).map(usize::to_string).collect::<Vec<_>>().join(", ");
    if rows.len() > 20 {
        s.push_str(&format!(" and {} more", rows.len() - 20));
    }
    s
}

// ---- words ------------------------------------------------------------------------------------------

/// The words of the reports in one language; criteria by their names from the catalogue.
struct Words {
    lang: Lang,
    names: BTreeMap<&'static str, &'static str>,
}

impl Words {
    fn new(lang: Lang) -> Words {
        let core = if lang == Lang::En { mestring::Lang::En } else { mestring::Lang::Da };
        let names = mestring::messages::catalogue(core)
            .rules
            .into_iter()
            .filter_map(|r| r.texts.0.iter().find(|(v, _)| *v == "name").map(|(_, t)| (r.rule, *t)))
            .collect();
        Words { lang, names }
    }

    fn da(&self) -> bool {
        self.lang == Lang::Da
    }

    /// "1 post", "2 poster" ("1 record", "2 records").
    fn records(&self, n: usize) -> String {
        let noun = match (self.da(), n == 1) {
            (true, true) => "post",
            (true, false) => "poster",
            (false, true) => "record",
            (false, false) => "records",
        };
        format!("{n} {noun}")
    }

    fn pick<'a>(&self, da: &'a str, en: &'a str) -> &'a str {
        if self.da() {
            da
        } else {
            en
        }
    }

    fn outcome(&self, o: &str) -> String {
        match o {
            "eligible" => self.pick("i målgruppen", "eligible"),
            "not_eligible" => self.pick("ikke i målgruppen", "not eligible"),
            "incomplete" => self.pick("mangler oplysninger", "incomplete"),
            "complete" => self.pick("fuldstændig", "complete"),
            "unreadable" => self.pick("kan ikke læses", "unreadable"),
            other => other,
        }
        .to_string()
    }

    fn severity(&self, s: &str) -> String {
        match s {
            "error" => self.pick("fejl", "error"),
            "warning" => self.pick("advarsel", "warning"),
            "info" => self.pick("oplysning", "information"),
            other => other,
        }
        .to_string()
    }

    fn status(&self, s: &str) -> String {
        match s {
            "met" => self.pick("opfyldt", "met"),
            "not_met" => self.pick("ikke opfyldt", "not met"),
            "unknown" => self.pick("ukendt", "unknown"),
            other => other,
        }
        .to_string()
    }

    /// A rule by its criterion's name, or else by what it is about.
    fn rule(&self, rule: &str) -> String {
        if let Some(name) = self.names.get(rule) {
            return name.to_string();
        }
        let group = rule.split('.').next().unwrap_or("");
        match group {
            "target" | "abuse" => self.pick("målgruppen", "the target group"),
            "cpr" => self.pick("cpr-nummer", "CPR number"),
            "input" => match Rule::from_id(rule) {
                Some(Rule::InputUnknown) => self.pick("ukendte felter", "unknown fields"),
                Some(Rule::InputRequired) => self.pick("påkrævede felter", "required fields"),
                None if rule == UNREADABLE => self.pick("kan ikke læses", "unreadable"),
                _ => self.pick("ugyldige felter", "invalid fields"),
            },
            "mentor" => self.pick("mentoraftale", "mentor agreement"),
            "internship" => self.pick("praktikaftale", "internship agreement"),
            "supplier" => self.pick("leverandøraftale", "supplier agreement"),
            "ruleset" => self.pick("regelsæt", "ruleset"),
            "law" => self.pick("lovgrundlag", "legal basis"),
            "plan" => self.pick("forløbsplan", "course plan"),
            "workflow" => self.pick("forløb", "participant's course"),
            "caseload" => self.pick("mentorens sagsstamme", "mentor's caseload"),
            "extension" => self.pick("praktikaftale", "internship agreement"),
            _ => rule,
        }
        .to_string()
    }

    fn date(&self, iso: &str) -> String {
        match mestring::date::parse_iso(iso) {
            Ok(d) => mestring::date::long(
                d,
                if self.da() { mestring::Lang::Da } else { mestring::Lang::En },
            ),
            Err(_) => iso.to_string(),
        }
    }

    fn kind(&self, k: Kind) -> &'static str {
        match (k, self.da()) {
            (Kind::Referral, true) => "henvisninger",
            (Kind::Referral, false) => "referrals",
            (Kind::Mentor, true) => "mentoraftaler",
            (Kind::Mentor, false) => "mentor agreements",
            (Kind::Internship, true) => "praktikaftaler",
            (Kind::Internship, false) => "internship agreements",
            (Kind::Supplier, true) => "leverandøraftaler",
            (Kind::Supplier, false) => "supplier agreements",
        }
    }

    /// The column heads of the record tables (table, HTML, CSV, XLSX).
    fn heads(&self, a: &CheckArgs, criteria: &[String]) -> Vec<String> {
        let mut h = vec![self.pick("Række", "Row").to_string()];
        if let Some(id) = &a.id {
            h.push(shown(id));
        }
        if a.show_cpr.is_some() {
            h.push(self.pick("Cpr-nr. (maskeret)", "CPR no. (masked)").to_string());
        }
        h.push(self.pick("Resultat", "Outcome").to_string());
        h.push(self.pick("I målgruppen fra", "Eligible from").to_string());
        h.push(self.pick("Mangler oplysninger om", "Missing information on").to_string());
        h.extend(criteria.iter().map(|r| capitalised(&self.rule(r))));
        h.push(self.pick("Fund", "Findings").to_string());
        h
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// A field path with its list indexes as `*`: `barriers.0.x` and `barriers.1.x` are one field.
fn pattern(field: &str) -> String {
    field
        .split('.')
        .map(|s| if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) { "*" } else { s })
        .collect::<Vec<_>>()
        .join(".")
}

/// What the run came to, counted over every record.
#[derive(Default)]
struct Totals {
    records: usize,
    outcomes: BTreeMap<String, usize>,
    /// Not eligible now, eligible within three months of the reference date.
    soon: usize,
    /// Per criterion: met, not met, unknown.
    criteria: Vec<(String, [usize; 3])>,
    /// Findings per rule.
    rules: BTreeMap<String, usize>,
    unreadable: Vec<usize>,
    /// Unknown fields: their first message and how many records had them.
    unknown: BTreeMap<String, (String, usize)>,
}

impl Totals {
    fn add(&mut self, c: &Checked) {
        self.records += 1;
        *self.outcomes.entry(c.outcome.clone()).or_default() += 1;
        if c.outcome == "unreadable" {
            self.unreadable.push(c.row);
        }
        if c.outcome == "not_eligible" {
            let soon = c
                .eligible_from
                .as_deref()
                .and_then(|f| mestring::date::parse_iso(f).ok())
                .zip(c.as_of.as_deref().and_then(|d| mestring::date::parse_iso(d).ok()));
            if soon.is_some_and(|(from, as_of)| {
                as_of.checked_add_months(chrono::Months::new(3)).is_some_and(|limit| from <= limit)
            }) {
                self.soon += 1;
            }
        }
        for (rule, status) in &c.criteria {
            let i = match self.criteria.iter().position(|(r, _)| r == rule) {
                Some(i) => i,
                None => {
                    self.criteria.push((rule.clone(), [0; 3]));
                    self.criteria.len() - 1
                }
            };
            let slot = match status.as_str() {
                "met" => 0,
                "not_met" => 1,
                _ => 2,
            };
            self.criteria[i].1[slot] += 1;
        }
        for f in &c.findings {
            let rule = f["rule"].as_str().unwrap_or("?");
            if rule == Rule::InputUnknown {
                // Once per field, list indexes aside (barriers.0.x and barriers.1.x are one).
                let entry = self
                    .unknown
                    .entry(pattern(f["field"].as_str().unwrap_or("")))
                    .or_insert_with(|| (f["message"].as_str().unwrap_or("").to_string(), 0));
                entry.1 += 1;
            } else {
                *self.rules.entry(rule.to_string()).or_default() += 1;
            }
        }
    }

    fn count(&self, o: &str) -> usize {
        self.outcomes.get(o).copied().unwrap_or(0)
    }

    /// The line a caseworker reads first.
    fn summary(&self, w: &Words, kind: Kind) -> String {
        let mut parts = Vec::new();
        let da = w.da();
        if kind == Kind::Referral {
            parts.push(format!(
                "{} {}",
                self.count("eligible"),
                w.pick(
                    "er i målgruppen",
                    if self.count("eligible") == 1 {
                        "is in the target group"
                    } else {
                        "are in the target group"
                    }
                )
            ));
            parts.push(format!(
                "{} {}",
                self.soon,
                if da { "bliver det inden for 3 måneder" } else { "will be within 3 months" }
            ));
            parts.push(format!(
                "{} {}",
                self.count("incomplete"),
                w.pick("mangler oplysninger", "lack information")
            ));
            parts.push(format!(
                "{} {}",
                self.count("not_eligible") - self.soon,
                w.pick(
                    "er ikke i målgruppen",
                    if self.count("not_eligible") - self.soon == 1 {
                        "is not in the target group"
                    } else {
                        "are not in the target group"
                    }
                )
            ));
        } else {
            parts.push(format!(
                "{} {}",
                self.count("complete"),
                match self.count("complete") {
                    1 => w.pick("er fuldstændig", "is complete"),
                    _ => w.pick("er fuldstændige", "are complete"),
                }
            ));
            parts.push(format!(
                "{} {}",
                self.count("incomplete"),
                w.pick("mangler oplysninger", "lack information")
            ));
        }
        if !self.unreadable.is_empty() {
            parts.push(format!(
                "{} {}",
                self.unreadable.len(),
                w.pick("kan ikke læses", "cannot be read")
            ));
        }
        let last = parts.pop().unwrap_or_default();
        format!("{} {} {last}", parts.join(", "), w.pick("og", "and"))
    }
}

fn check(a: &CheckArgs) -> Result<ExitCode, Fatal> {
    if let Some(id) = &a.id {
        if id.rsplit('.').next() == Some("cpr") {
            return Err(Fatal(format!(
                "--id {}: a CPR number is never shown as an id; --show-cpr masked adds it masked",
                shown(id)
            )));
        }
    }
    #[cfg(feature = "xlsx")]
    if a.format == CheckFormat::Xlsx && io::stdout().is_terminal() {
        return Err(Fatal(
            "--format xlsx writes a workbook: send it to a file (> rapport.xlsx)".into(),
        ));
    }
    let options = check_options(a.ruleset.as_ref(), a.lang)?;
    let read = Rc::new(Cell::new(0u64));
    let input = records::open(&a.file, read.clone())?;
    let rows = input.rows;
    let size = if a.file == "-" {
        None
    } else {
        std::fs::metadata(&a.file).ok().filter(|m| m.is_file()).map(|m| m.len())
    };
    let w = Words::new(a.lang);
    let listed = |c: &Checked| a.only.is_empty() || a.only.iter().any(|o| o.code() == c.outcome);

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let bar = progress(size);
    let mut totals = Totals::default();
    let mut kept: Vec<Checked> = Vec::new();
    let mut stopped: Option<Unusable> = None;
    let werr = |e: io::Error| Fatal(format!("cannot write the output: {e}"));
    // Unknown columns: said once each, before the first record.
    let mut warned: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    if let (Kind::Referral, Some(columns)) = (a.kind, &input.columns) {
        let core = if a.lang == Lang::En { mestring::Lang::En } else { mestring::Lang::Da };
        for (i, path) in columns.iter().enumerate() {
            if path.is_empty()
                || a.id.as_deref() == Some(path.as_str())
                || mestring::unknown::is_known(path, mestring::unknown::REFERRAL)
            {
                continue;
            }
            let message =
                mestring::unknown::note(path, mestring::unknown::REFERRAL).render(core).message();
            eprintln!(
                "mestring: {} ({} {}): {}",
                w.pick("advarsel", "warning"),
                w.pick("kolonne", "column"),
                i + 1,
                message
            );
            totals.unknown.insert(pattern(path), (message, 0));
            warned.insert(pattern(path));
        }
    }

    if a.format == CheckFormat::Table {
        let mut line = format!("{:>6}", w.pick("række", "row"));
        if let Some(id) = &a.id {
            line.push_str(&format!("  {:<12}", shown(id)));
        }
        if a.show_cpr.is_some() {
            line.push_str(&format!("  {:<11}", w.pick("cpr-nr.", "CPR no.")));
        }
        writeln!(
            out,
            "{line}  {:<40}  {}",
            w.pick("resultat", "outcome"),
            w.pick("fund", "findings")
        )
        .map_err(werr)?;
    }
    // The criteria columns: a referral's criteria, always the same and in the same order.
    let criteria: Vec<String> = match a.kind {
        Kind::Referral => mestring::check_referral(&Value::Object(Vec::new()), Some(&options))
            .map(|r| r.criteria.iter().map(|c| c.rule.to_string()).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    if a.format == CheckFormat::Csv {
        out.write_all(b"\xEF\xBB\xBF").map_err(werr)?;
        out.write_all(&csv_line(&w.heads(a, &criteria))?).map_err(werr)?;
    }
    for row in rows {
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                stopped = Some(e);
                break;
            }
        };
        let c = check_one(a, row, &options);
        totals.add(&c);
        // An unknown field: said once, when it is first met.
        for f in c.findings.iter().filter(|f| f["rule"] == Rule::InputUnknown.id()) {
            if warned.len() < 50 && warned.insert(pattern(f["field"].as_str().unwrap_or(""))) {
                // Above the progress bar, not through it.
                bar.suspend(|| {
                    eprintln!(
                        "mestring: {} ({} {}): {}",
                        w.pick("advarsel", "warning"),
                        w.pick("række", "row"),
                        c.row,
                        f["message"].as_str().unwrap_or("")
                    )
                });
            }
        }
        if listed(&c) {
            match a.format {
                CheckFormat::Json => {
                    let mut line = json!({ "row": c.row, "outcome": c.outcome, "eligibleFrom": c.eligible_from, "findings": c.findings });
                    if a.id.is_some() {
                        line["id"] = json!(c.id);
                    }
                    if a.show_cpr.is_some() {
                        line["cprMasked"] = json!(c.cpr);
                    }
                    writeln!(out, "{line}").map_err(werr)?
                }
                CheckFormat::Table => table_row(&mut out, a, &w, &c).map_err(werr)?,
                CheckFormat::Csv => {
                    out.write_all(&csv_line(&cells(a, &w, &c, &criteria))?).map_err(werr)?
                }
                CheckFormat::Html => {
                    if kept.len() < HTML_DETAILS {
                        kept.push(c);
                    }
                }
                // A worksheet holds 1 048 576 rows.
                #[cfg(feature = "xlsx")]
                CheckFormat::Xlsx => {
                    if kept.len() < 1_048_000 {
                        kept.push(c);
                    }
                }
            }
        }
        if totals.records.is_multiple_of(256) {
            bar.set_position(read.get());
            bar.set_message(w.records(totals.records));
        }
    }
    bar.finish_and_clear();
    let total = totals.records;
    let all_fine = totals.outcomes.keys().all(|o| fine(o));
    match a.format {
        CheckFormat::Json => writeln!(out, "{}", json!({ "summary": { "records": total, "outcomes": totals.outcomes, "rules": totals.rules, "unreadable": totals.unreadable, "complete": stopped.is_none(), "text": totals.summary(&w, a.kind) } })).map_err(werr)?,
        CheckFormat::Table => table_end(&mut out, a, &w, &totals).map_err(werr)?,
        CheckFormat::Html => html(&mut out, a, &w, &totals, &kept).map_err(werr)?,
        CheckFormat::Csv => {}
        #[cfg(feature = "xlsx")]
        CheckFormat::Xlsx => xlsx(&mut out, a, &w, &totals, &criteria, &kept)?,
    }
    out.flush().map_err(werr)?;
    let name = shown(&a.file);
    if !totals.unreadable.is_empty() {
        eprintln!("mestring: {} of {total} records in {name} could not be read and were not checked: rows {}", totals.unreadable.len(), row_list(&totals.unreadable));
    }
    if let Some(Unusable(why)) = stopped {
        return Err(Fatal(format!("{why}\nmestring: the run stopped after {total} records; the rest of {name} was not checked")));
    }
    if total == 0 {
        eprintln!("mestring: {name} holds no records");
    }
    Ok(if all_fine && total > 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// One CSV row as Danish Excel reads it: semicolons, quotes where needed, CRLF.
fn csv_line(fields: &[String]) -> Result<Vec<u8>, Fatal> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(fields).map_err(|e| Fatal(e.to_string()))?;
    writer.into_inner().map_err(|e| Fatal(e.to_string()))
}

/// A record's cells for a spreadsheet, in the order of [`Words::heads`].
fn cells(a: &CheckArgs, w: &Words, c: &Checked, criteria: &[String]) -> Vec<String> {
    let mut v = vec![c.row.to_string()];
    if a.id.is_some() {
        v.push(c.id.clone().unwrap_or_default());
    }
    if a.show_cpr.is_some() {
        v.push(c.cpr.clone().unwrap_or_default());
    }
    v.push(w.outcome(&c.outcome));
    v.push(c.eligible_from.clone().unwrap_or_default());
    v.push(c.unknown_criteria().map(|r| w.rule(r)).collect::<Vec<_>>().join(", "));
    for rule in criteria {
        v.push(
            c.criteria
                .iter()
                .find(|(r, _)| r == rule)
                .map(|(_, s)| w.status(s))
                .unwrap_or_default(),
        );
    }
    v.push(c.shown_findings().map(|f| finding_text(w, f)).collect::<Vec<_>>().join("\n"));
    v
}

/// `fejl, alder: Borgeren er 24 år ...`
fn finding_text(w: &Words, f: &J) -> String {
    format!(
        "{} ({}): {}",
        w.severity(f["severity"].as_str().unwrap_or("")),
        w.rule(f["rule"].as_str().unwrap_or("")),
        f["message"].as_str().unwrap_or("")
    )
}

fn table_row(out: &mut impl Write, a: &CheckArgs, w: &Words, c: &Checked) -> io::Result<()> {
    let mut line = format!("{:>6}", c.row);
    if a.id.is_some() {
        line.push_str(&format!("  {:<12}", c.id.as_deref().unwrap_or("-")));
    }
    if a.show_cpr.is_some() {
        line.push_str(&format!("  {:<11}", c.cpr.as_deref().unwrap_or("-")));
    }
    let mut outcome = w.outcome(&c.outcome);
    if let Some(d) = &c.eligible_from {
        outcome.push_str(&format!(" ({} {})", w.pick("fra", "from"), w.date(d)));
    }
    let missing: Vec<String> = c.unknown_criteria().map(|r| w.rule(r)).collect();
    if !missing.is_empty() {
        outcome.push_str(&format!(" ({}: {})", w.pick("mangler", "missing"), missing.join(", ")));
    }
    writeln!(out, "{line}  {outcome:<40}  {}", c.shown_findings().count())?;
    for f in c.shown_findings() {
        let (severity, rule) = (
            w.severity(f["severity"].as_str().unwrap_or("")),
            w.rule(f["rule"].as_str().unwrap_or("")),
        );
        writeln!(
            out,
            "{:>6}  {severity} ({rule}) {}: {}",
            "",
            f["field"].as_str().unwrap_or("-"),
            f["message"].as_str().unwrap_or("")
        )?;
    }
    Ok(())
}

fn table_end(out: &mut impl Write, a: &CheckArgs, w: &Words, t: &Totals) -> io::Result<()> {
    writeln!(out, "\n{}: {}.", w.records(t.records), t.summary(w, a.kind))?;
    if !t.criteria.is_empty() {
        writeln!(
            out,
            "\n{:<42} {:>10} {:>14} {:>10}",
            w.pick("Kriterium", "Criterion"),
            w.status("met"),
            w.status("not_met"),
            w.status("unknown")
        )?;
        for (rule, [met, not, unknown]) in &t.criteria {
            writeln!(out, "{:<42} {met:>10} {not:>14} {unknown:>10}", capitalised(&w.rule(rule)))?;
        }
    }
    if !t.rules.is_empty() {
        writeln!(out, "\n{}", w.pick("Fund pr. kriterium", "Findings per criterion"))?;
        for (label, n) in by_label(w, t) {
            writeln!(out, "  {n:>8}  {label}")?;
        }
    }
    Ok(())
}

/// Findings counted by what they are about (a criterion's name, or a group: CPR number, ...).
fn by_label(w: &Words, t: &Totals) -> Vec<(String, usize)> {
    let mut m: BTreeMap<String, usize> = BTreeMap::new();
    for (rule, n) in &t.rules {
        *m.entry(capitalised(&w.rule(rule))).or_default() += n;
    }
    let mut v: Vec<(String, usize)> = m.into_iter().collect();
    v.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    v
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// One self-contained page: the summary first, then the criteria, a chart of findings per
/// criterion, unknown fields, and the records.
fn html(
    out: &mut impl Write,
    a: &CheckArgs,
    w: &Words,
    t: &Totals,
    records: &[Checked],
) -> io::Result<()> {
    let lang = a.lang.code();
    let title = format!(
        "{} {} ({})",
        w.pick("Kontrol af", "Check of"),
        escape(&shown(&a.file)),
        w.kind(a.kind)
    );
    writeln!(out, "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>")?;
    writeln!(out, "<style>body{{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}}table{{border-collapse:collapse;width:100%;margin-bottom:1.5rem}}td,th{{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}}.n{{text-align:right}}table.counts{{width:auto;min-width:36rem}}.summary{{font-size:1.25rem;font-weight:600;background:#eef4fa;border-left:4px solid #004993;padding:.75rem 1rem}}.sev-e{{color:#a01c07}}.sev-w{{color:#8a5a00}}.yes{{color:#0a6b2d;font-weight:600}}.no{{color:#a01c07;font-weight:600}}.open{{color:#8a5a00;font-weight:600}}.unknown{{background:#fff7e0;padding:.5rem 1rem}}svg text{{font-size:12px}}</style></head><body>")?;
    writeln!(out, "<h1>{title}</h1>")?;
    writeln!(
        out,
        "<p class=\"summary\">{}.</p><p>{} {}{}</p>",
        escape(&capitalised(&t.summary(w, a.kind))),
        w.records(t.records),
        w.pick("i alt", "in all"),
        a.as_of
            .as_deref()
            .map(|d| format!(", {} {}", w.pick("vurderet pr.", "judged as of"), w.date(d)))
            .unwrap_or_default()
    )?;
    if !t.unknown.is_empty() {
        writeln!(
            out,
            "<div class=\"unknown\"><h2>{}</h2><ul>",
            w.pick("Felter, der ikke bliver læst", "Fields that are not read")
        )?;
        for (msg, n) in t.unknown.values() {
            writeln!(out, "<li>{} ({})</li>", escape(msg), w.records(*n))?;
        }
        writeln!(out, "</ul></div>")?;
    }
    if !t.criteria.is_empty() {
        writeln!(out, "<h2>{}</h2><table class=\"counts\"><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr>", w.pick("Kriterier", "Criteria"), w.pick("Kriterium", "Criterion"), capitalised(&w.status("met")), capitalised(&w.status("not_met")), capitalised(&w.status("unknown")))?;
        for (rule, [met, not, unknown]) in &t.criteria {
            writeln!(out, "<tr><td>{}</td><td class=\"n\">{met}</td><td class=\"n\">{not}</td><td class=\"n\">{unknown}</td></tr>", escape(&capitalised(&w.rule(rule))))?;
        }
        writeln!(out, "</table>")?;
    }
    // A bar chart of findings per criterion, as inline SVG (the report is one self-contained file).
    let bars = by_label(w, t);
    if !bars.is_empty() {
        let max = bars.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1);
        let height = 24 * bars.len() + 10;
        writeln!(out, "<h2>{}</h2><svg role=\"img\" aria-label=\"{}\" width=\"760\" height=\"{height}\" viewBox=\"0 0 760 {height}\">", w.pick("Fund pr. kriterium", "Findings per criterion"), w.pick("Antal fund pr. kriterium", "Number of findings per criterion"))?;
        for (i, (label, n)) in bars.iter().enumerate() {
            let y = 5 + i * 24;
            let width = 400 * n / max;
            writeln!(out, "<text x=\"0\" y=\"{}\">{}</text><rect x=\"290\" y=\"{y}\" width=\"{width}\" height=\"18\" fill=\"#004993\"/><text x=\"{}\" y=\"{}\">{n}</text>", y + 13, escape(label), 296 + width, y + 13)?;
        }
        writeln!(out, "</svg>")?;
    }
    let only = if a.only.is_empty() {
        String::new()
    } else {
        format!(
            " ({}: {})",
            w.pick("kun", "only"),
            a.only.iter().map(|o| w.outcome(o.code())).collect::<Vec<_>>().join(", ")
        )
    };
    writeln!(out, "<h2>{}{}</h2>", w.pick("Poster", "Records"), escape(&only))?;
    if records.len() == HTML_DETAILS {
        writeln!(
            out,
            "<p>{}</p>",
            w.pick("De første 2000 poster vises.", "The first 2000 records are shown.")
        )?;
    }
    let heads = w.heads(a, &[]);
    writeln!(
        out,
        "<table><tr>{}</tr>",
        heads.iter().map(|h| format!("<th>{}</th>", escape(h))).collect::<String>()
    )?;
    for c in records {
        let mut cells = vec![c.row.to_string()];
        if a.id.is_some() {
            cells.push(escape(c.id.as_deref().unwrap_or("")));
        }
        if a.show_cpr.is_some() {
            cells.push(escape(c.cpr.as_deref().unwrap_or("")));
        }
        let class = match c.outcome.as_str() {
            "eligible" | "complete" => "yes",
            "not_eligible" => "no",
            _ => "open",
        };
        cells.push(format!("<span class=\"{class}\">{}</span>", escape(&w.outcome(&c.outcome))));
        cells.push(c.eligible_from.as_deref().map(|d| escape(&w.date(d))).unwrap_or_default());
        cells.push(escape(&c.unknown_criteria().map(|r| w.rule(r)).collect::<Vec<_>>().join(", ")));
        cells.push(
            c.shown_findings()
                .map(|f| {
                    let code = f["severity"].as_str().unwrap_or("");
                    let severity = w.severity(code);
                    format!(
                        "<div class=\"sev-{}\">{} ({}): {}</div>",
                        code.chars().next().unwrap_or('i'),
                        escape(&capitalised(&severity)),
                        escape(&w.rule(f["rule"].as_str().unwrap_or(""))),
                        escape(f["message"].as_str().unwrap_or(""))
                    )
                })
                .collect(),
        );
        writeln!(
            out,
            "<tr>{}</tr>",
            cells.iter().map(|x| format!("<td>{x}</td>")).collect::<String>()
        )?;
    }
    writeln!(out, "</table></body></html>")
}

#[cfg(feature = "xlsx")]
/// An Excel workbook: a sheet of records (one row per record, one column per criterion, a filter
/// on every column) and a sheet with the summary and the counts per criterion.
fn xlsx(
    out: &mut impl Write,
    a: &CheckArgs,
    w: &Words,
    t: &Totals,
    criteria: &[String],
    records: &[Checked],
) -> Result<(), Fatal> {
    use rust_xlsxwriter::{Format, Workbook};
    let x = |e: rust_xlsxwriter::XlsxError| Fatal(format!("cannot write the workbook: {e}"));
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    let sheet = book.add_worksheet();
    sheet.set_name(w.pick("Poster", "Records")).map_err(x)?;
    let heads = w.heads(a, criteria);
    for (col, h) in heads.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, h, &bold).map_err(x)?;
        sheet
            .set_column_width(col as u16, if col + 1 == heads.len() { 80 } else { 16 })
            .map_err(x)?;
    }
    for (i, c) in records.iter().enumerate() {
        let row = i as u32 + 1;
        for (col, v) in cells(a, w, c, criteria).iter().enumerate() {
            if col == 0 {
                sheet.write_number(row, 0, c.row as f64).map_err(x)?;
            } else if col + 1 == heads.len() {
                sheet.write_string_with_format(row, col as u16, v, &wrap).map_err(x)?;
            } else {
                sheet.write_string(row, col as u16, v).map_err(x)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(x)?;
    sheet.autofilter(0, 0, records.len() as u32, heads.len() as u16 - 1).map_err(x)?;
    let summary = book.add_worksheet();
    summary.set_name(w.pick("Opsummering", "Summary")).map_err(x)?;
    summary
        .write_string_with_format(0, 0, format!("{}.", capitalised(&t.summary(w, a.kind))), &bold)
        .map_err(x)?;
    summary
        .write_string(1, 0, format!("{} {}", w.records(t.records), w.pick("i alt", "in all")))
        .map_err(x)?;
    summary.set_column_width(0, 42).map_err(x)?;
    for (col, h) in [
        w.pick("Kriterium", "Criterion").to_string(),
        capitalised(&w.status("met")),
        capitalised(&w.status("not_met")),
        capitalised(&w.status("unknown")),
    ]
    .iter()
    .enumerate()
    {
        summary.write_string_with_format(3, col as u16, h, &bold).map_err(x)?;
    }
    for (i, (rule, counts)) in t.criteria.iter().enumerate() {
        let row = 4 + i as u32;
        summary.write_string(row, 0, capitalised(&w.rule(rule))).map_err(x)?;
        for (j, n) in counts.iter().enumerate() {
            summary.write_number(row, 1 + j as u16, *n as f64).map_err(x)?;
        }
    }
    let bytes = book.save_to_buffer().map_err(x)?;
    out.write_all(&bytes).map_err(|e| Fatal(format!("cannot write the output: {e}")))
}

// ---- the plan ---------------------------------------------------------------------------------------

fn plan(a: &PlanArgs) -> Result<ExitCode, Fatal> {
    let mut weeks = Value::Object(Vec::new());
    for (phase, n) in
        [("preparation", a.preparation), ("teaching", a.teaching), ("internship", a.internship)]
    {
        if let Some(n) = n {
            weeks.set(phase, Value::Number(n));
        }
    }
    let profile = match a.profile {
        Profile::Recommended => "recommended",
        Profile::Playbook => "playbook",
    };
    let input = Value::Object(vec![
        ("start".into(), Value::text(a.start.as_str())),
        ("profile".into(), Value::text(profile)),
        ("weeks".into(), weeks),
    ]);
    let options = check_options(a.ruleset.as_ref(), a.lang)?;
    let p = mestring::plan_course(&input, Some(&options)).map_err(|e| Fatal(e.to_string()))?;
    let mut out = BufWriter::new(io::stdout().lock());
    let w = |e: io::Error| Fatal(format!("cannot write the output: {e}"));
    match a.format {
        PlanFormat::Json => {
            writeln!(out, "{}", serde_json::to_value(&p).map_err(|e| Fatal(e.to_string()))?)
                .map_err(w)?
        }
        PlanFormat::Ics => {
            let lang = if a.lang == Lang::En { mestring::Lang::En } else { mestring::Lang::Da };
            write!(out, "{}", mestring::cli::ics::plan(&p, lang)).map_err(w)?
        }
        PlanFormat::Table => {
            let words = Words::new(a.lang);
            let lang = if a.lang == Lang::En { mestring::Lang::En } else { mestring::Lang::Da };
            let count = |n: usize, key: &str| {
                format!("{n} {}", mestring::messages::noun(key, n != 1, lang))
            };
            writeln!(
                out,
                "{} {} - {} ({}, {})",
                capitalised(&mestring::messages::label(profile, lang)),
                p.start.as_deref().unwrap_or("?"),
                p.end.as_deref().unwrap_or("?"),
                count(p.total_weeks as usize, "week"),
                count(p.teaching_days.len(), "teachingDay")
            )
            .map_err(w)?;
            for ph in &p.phases {
                let name = capitalised(&mestring::messages::label(ph.phase, lang));
                let weeks = count(ph.weeks as usize, "week");
                writeln!(out, "  {name:<25} {} - {}  {weeks}", ph.start, ph.end).map_err(w)?;
            }
            let line = |da: &str, en: &str, dates: &[String]| {
                format!("  {}: {}", words.pick(da, en), dates.join(" "))
            };
            writeln!(out, "{}", line("undervisningsdage", "teaching days", &p.teaching_days))
                .map_err(w)?;
            writeln!(out, "{}", line("statusmøder", "status meetings", &p.status_meetings))
                .map_err(w)?;
            writeln!(
                out,
                "{}",
                line("mentorens afrapportering", "mentor reports", &p.mentor_reports)
            )
            .map_err(w)?;
            for f in &p.findings {
                use mestring::finding::Severity;
                let code = match f.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Info => "info",
                };
                let severity = words.severity(code);
                writeln!(out, "  {}: {}", capitalised(&severity), f.message()).map_err(w)?;
            }
        }
    }
    out.flush().map_err(w)?;
    let errors = p.findings.iter().any(|f| f.severity == mestring::finding::Severity::Error);
    Ok(if errors { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
