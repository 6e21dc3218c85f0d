//! `mestring`: the same checks as the forms, on files, offline.
//!
//! ```text
//! mestring check FILE [--kind referral|mentor|internship|supplier] [--as-of DATE]
//!                     [--lang da|en] [--format table|json|html] [--ruleset FILE]
//! mestring plan --start DATE [--profile recommended|playbook] [--lang da|en] [--format table|json|ics]
//! ```
//! FILE is JSON (one record or a list), NDJSON (`.ndjson`, `.jsonl`: one record a line) or CSV
//! (`.csv`: a header row of dotted field paths, comma or semicolon, UTF-8 or Windows-1252), or `-`
//! for NDJSON on standard input. Records are read and checked one at a time (`mestring::cli::records`),
//! so memory stays bounded however long the file; a record that cannot be read is reported with
//! its row number and the run goes on. When standard error is a terminal, a progress bar shows
//! the rate and the time left.
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
use mestring::Value;
use serde_json::{json, Value as J};

/// The same checks as the forms, on a municipality's exports, offline.
#[derive(Parser)]
#[command(name = "mestring", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check every record of a file: JSON (a record or a list), NDJSON (.ndjson, .jsonl: a
    /// record a line), CSV (.csv: a header row of dotted field paths), or - for NDJSON on
    /// standard input. Exit code 0: every record eligible or complete; 1: some are not, or there
    /// are none; 2: the arguments or the file cannot be used.
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
    Table,
    Json,
    Html,
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

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap's own wording and exit codes (2 for a usage error, 0 for --help and
            // --version); what the caller typed is shown escaped and cut, never raw.
            let rendered = e.render().to_string();
            let safe: Vec<String> = rendered.lines().map(shown).collect();
            let safe = safe.join("\n") + "\n";
            if e.use_stderr() {
                eprint!("{safe}");
            } else {
                print!("{safe}");
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
        let text = std::fs::read_to_string(path).map_err(|e| Fatal(format!("cannot read the ruleset {name}: {e}")))?;
        let rs = Value::parse_json(&text).map_err(|e| Fatal(format!("the ruleset {name} is not JSON (at byte {})", e.at)))?;
        o.set("ruleset", rs);
    }
    Ok(o)
}

// ---- checking ---------------------------------------------------------------------------------------

/// What one record came to.
struct Checked {
    row: usize,
    /// `eligible`, `not_eligible`, `incomplete`, `complete`, or `unreadable`.
    outcome: String,
    eligible_from: Option<String>,
    findings: Vec<J>,
}

fn check_one(kind: Kind, row: Row, as_of: Option<&str>, options: &Value) -> Checked {
    let Row { row, record } = row;
    let unreadable = |why: String| Checked { row, outcome: "unreadable".into(), eligible_from: None, findings: vec![json!({ "rule": "input.unreadable", "severity": "error", "field": null, "message": why })] };
    let mut v = match record {
        Ok(v) => v,
        Err(why) => return unreadable(why),
    };
    if let Some(d) = as_of {
        v.set(if kind == Kind::Supplier { "madeOn" } else { "referenceDate" }, Value::text(d));
    }
    let result = match kind {
        Kind::Referral => mestring::check_referral(&v, Some(options)).map(|r| serde_json::to_value(r).unwrap_or(J::Null)),
        Kind::Mentor => mestring::check_mentor_agreement(&v, Some(options)).map(|r| serde_json::to_value(r).unwrap_or(J::Null)),
        Kind::Internship => mestring::check_internship_agreement(&v, Some(options)).map(|r| serde_json::to_value(r).unwrap_or(J::Null)),
        Kind::Supplier => mestring::check_supplier_agreement(&v, Some(options)).map(|r| serde_json::to_value(r).unwrap_or(J::Null)),
    };
    match result {
        Err(e) => unreadable(format!("not a record: {e}")),
        Ok(r) => Checked {
            row,
            outcome: match r.get("outcome").and_then(J::as_str) {
                Some(o) => o.to_string(),
                None if r["complete"] == true => "complete".into(),
                None => "incomplete".into(),
            },
            eligible_from: r.get("eligibleFrom").and_then(J::as_str).map(str::to_string),
            findings: r["findings"].as_array().cloned().unwrap_or_default(),
        },
    }
}

/// A progress bar on standard error when it is a terminal (bytes of the file, the rate and the
/// time left; for standard input, the count and the rate); hidden otherwise.
fn progress(size: Option<u64>) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let (bar, template) = match size {
        Some(n) => (ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()), "{wide_bar} {percent:>3}%  {msg}  {binary_bytes_per_sec}  ETA {eta}"),
        None => (ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()), "{spinner} {msg}  {elapsed}"),
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

fn fine(outcome: &str) -> bool {
    outcome == "eligible" || outcome == "complete"
}

/// How many record details an HTML report lists; the counts always cover every record.
const HTML_DETAILS: usize = 2000;

/// Row numbers for a message: the first 20, then how many more.
fn row_list(rows: &[usize]) -> String {
    let mut s = rows.iter().take(20).map(usize::to_string).collect::<Vec<_>>().join(", ");
    if rows.len() > 20 {
        s.push_str(&format!(" and {} more", rows.len() - 20));
    }
    s
}

fn check(a: &CheckArgs) -> Result<ExitCode, Fatal> {
    let options = check_options(a.ruleset.as_ref(), a.lang)?;
    let read = Rc::new(Cell::new(0u64));
    let rows = records::open(&a.file, read.clone())?;
    let size = if a.file == "-" { None } else { std::fs::metadata(&a.file).ok().filter(|m| m.is_file()).map(|m| m.len()) };
    let lang = a.lang.code();
    let kind = match a.kind {
        Kind::Referral => "referral",
        Kind::Mentor => "mentor",
        Kind::Internship => "internship",
        Kind::Supplier => "supplier",
    };

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let bar = progress(size);
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    let mut rules: BTreeMap<String, usize> = BTreeMap::new();
    let mut details: Vec<Checked> = Vec::new();
    let mut unreadable: Vec<usize> = Vec::new();
    let mut total = 0usize;
    let mut stopped: Option<Unusable> = None;
    let w = |e: io::Error| Fatal(format!("cannot write the output: {e}"));

    if a.format == CheckFormat::Table {
        writeln!(out, "{:>6}  {:<13}  findings", "row", "outcome").map_err(w)?;
    }
    for row in rows {
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                stopped = Some(e);
                break;
            }
        };
        let c = check_one(a.kind, row, a.as_of.as_deref(), &options);
        total += 1;
        if c.outcome == "unreadable" {
            unreadable.push(c.row);
        }
        *outcomes.entry(c.outcome.clone()).or_default() += 1;
        for f in &c.findings {
            *rules.entry(f["rule"].as_str().unwrap_or("?").to_string()).or_default() += 1;
        }
        match a.format {
            CheckFormat::Json => writeln!(out, "{}", json!({ "row": c.row, "outcome": c.outcome, "eligibleFrom": c.eligible_from, "findings": c.findings })).map_err(w)?,
            CheckFormat::Table => {
                let from = c.eligible_from.as_ref().map(|d| format!(" (from {d})")).unwrap_or_default();
                writeln!(out, "{:>6}  {:<13}  {}", c.row, format!("{}{from}", c.outcome), c.findings.len()).map_err(w)?;
                for f in &c.findings {
                    writeln!(out, "{:>6}  {:<13}  {} {} {}: {}", "", "", f["severity"].as_str().unwrap_or(""), f["rule"].as_str().unwrap_or(""), f["field"].as_str().unwrap_or("-"), f["message"].as_str().unwrap_or("")).map_err(w)?;
                }
            }
            CheckFormat::Html => {
                if details.len() < HTML_DETAILS && (!c.findings.is_empty() || !fine(&c.outcome)) {
                    details.push(c);
                }
            }
        }
        if total.is_multiple_of(256) {
            bar.set_position(read.get());
            bar.set_message(format!("{total} records"));
        }
    }
    bar.finish_and_clear();
    let all_fine = outcomes.iter().all(|(o, _)| fine(o));
    match a.format {
        CheckFormat::Json => writeln!(out, "{}", json!({ "summary": { "records": total, "outcomes": outcomes, "rules": rules, "unreadable": unreadable, "complete": stopped.is_none() } })).map_err(w)?,
        CheckFormat::Table => {
            writeln!(out, "\n{total} records: {}", outcomes.iter().map(|(o, n)| format!("{n} {o}")).collect::<Vec<_>>().join(", ")).map_err(w)?;
            for (rule, n) in &rules {
                writeln!(out, "  {n:>8}  {rule}").map_err(w)?;
            }
        }
        CheckFormat::Html => html(&mut out, &a.file, kind, lang, total, &outcomes, &rules, &details).map_err(w)?,
    }
    out.flush().map_err(w)?;
    let name = shown(&a.file);
    if !unreadable.is_empty() {
        eprintln!("mestring: {} of {total} records in {name} could not be read and were not checked: rows {}", unreadable.len(), row_list(&unreadable));
    }
    if let Some(Unusable(why)) = stopped {
        return Err(Fatal(format!("{why}\nmestring: the run stopped after {total} records; the rest of {name} was not checked")));
    }
    if total == 0 {
        eprintln!("mestring: {name} holds no records");
    }
    Ok(if all_fine && total > 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[allow(clippy::too_many_arguments)]
fn html(out: &mut impl Write, file: &str, kind: &str, lang: &str, total: usize, outcomes: &BTreeMap<String, usize>, rules: &BTreeMap<String, usize>, details: &[Checked]) -> io::Result<()> {
    let title = if lang == "da" { "Kontrol af" } else { "Check of" };
    writeln!(out, "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title} {} ({kind})</title>", escape(file))?;
    writeln!(out, "<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}}table{{border-collapse:collapse;width:100%}}td,th{{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}}.error{{color:#a01c07}}.warning{{color:#8a5a00}}svg text{{font-size:12px}}</style></head><body>")?;
    writeln!(out, "<h1>{title} {}</h1><p>{total} {}: {}</p>", escape(file), if lang == "da" { "poster" } else { "records" }, outcomes.iter().map(|(o, n)| format!("{n} {}", escape(o))).collect::<Vec<_>>().join(", "))?;
    // A bar chart of findings per rule, as inline SVG (the report is one self-contained file).
    let max = rules.values().copied().max().unwrap_or(1).max(1);
    let height = 24 * rules.len() + 10;
    writeln!(out, "<h2>{}</h2><svg role=\"img\" aria-label=\"{}\" width=\"720\" height=\"{height}\" viewBox=\"0 0 720 {height}\">", if lang == "da" { "Fund pr. regel" } else { "Findings per rule" }, if lang == "da" { "Antal fund pr. regel" } else { "Number of findings per rule" })?;
    for (i, (rule, n)) in rules.iter().enumerate() {
        let y = 5 + i * 24;
        let w = 400 * n / max;
        writeln!(out, "<text x=\"0\" y=\"{}\">{}</text><rect x=\"230\" y=\"{y}\" width=\"{w}\" height=\"18\" fill=\"#004993\"/><text x=\"{}\" y=\"{}\">{n}</text>", y + 13, escape(rule), 236 + w, y + 13)?;
    }
    writeln!(out, "</svg><h2>{}</h2>", if lang == "da" { "Poster med fund" } else { "Records with findings" })?;
    if details.len() == HTML_DETAILS {
        writeln!(out, "<p>{}</p>", if lang == "da" { "De første 2000 poster med fund vises." } else { "The first 2000 records with findings are shown." })?;
    }
    writeln!(out, "<table><tr><th>row</th><th>outcome</th><th>findings</th></tr>")?;
    for c in details {
        let items: Vec<String> = c
            .findings
            .iter()
            .map(|f| format!("<div class=\"{}\">{} <code>{}</code> {}: {}</div>", escape(f["severity"].as_str().unwrap_or("")), escape(f["severity"].as_str().unwrap_or("")), escape(f["rule"].as_str().unwrap_or("")), escape(f["field"].as_str().unwrap_or("-")), escape(f["message"].as_str().unwrap_or(""))))
            .collect();
        writeln!(out, "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", c.row, escape(&c.outcome), items.join(""))?;
    }
    writeln!(out, "</table></body></html>")
}

// ---- the plan ---------------------------------------------------------------------------------------

fn plan(a: &PlanArgs) -> Result<ExitCode, Fatal> {
    let mut weeks = Value::Object(Vec::new());
    for (phase, n) in [("preparation", a.preparation), ("teaching", a.teaching), ("internship", a.internship)] {
        if let Some(n) = n {
            weeks.set(phase, Value::Number(n));
        }
    }
    let profile = match a.profile {
        Profile::Recommended => "recommended",
        Profile::Playbook => "playbook",
    };
    let input = Value::Object(vec![("start".into(), Value::text(a.start.as_str())), ("profile".into(), Value::text(profile)), ("weeks".into(), weeks)]);
    let options = check_options(a.ruleset.as_ref(), a.lang)?;
    let p = mestring::plan_course(&input, Some(&options)).map_err(|e| Fatal(e.to_string()))?;
    let mut out = BufWriter::new(io::stdout().lock());
    let w = |e: io::Error| Fatal(format!("cannot write the output: {e}"));
    match a.format {
        PlanFormat::Json => writeln!(out, "{}", serde_json::to_value(&p).map_err(|e| Fatal(e.to_string()))?).map_err(w)?,
        PlanFormat::Ics => {
            let lang = if a.lang == Lang::En { mestring::Lang::En } else { mestring::Lang::Da };
            write!(out, "{}", mestring::cli::ics::plan(&p, lang)).map_err(w)?
        }
        PlanFormat::Table => {
            writeln!(out, "{} {} - {} ({} weeks, {} teaching days)", profile, p.start.as_deref().unwrap_or("?"), p.end.as_deref().unwrap_or("?"), p.total_weeks, p.teaching_days.len()).map_err(w)?;
            for ph in &p.phases {
                writeln!(out, "  {:<12} {} - {}  {} weeks", ph.phase, ph.start, ph.end, ph.weeks).map_err(w)?;
            }
            writeln!(out, "  teaching days: {}", p.teaching_days.join(" ")).map_err(w)?;
            writeln!(out, "  status meetings: {}", p.status_meetings.join(" ")).map_err(w)?;
            writeln!(out, "  mentor reports: {}", p.mentor_reports.join(" ")).map_err(w)?;
            for f in &p.findings {
                writeln!(out, "  {:?} {}: {}", f.severity, f.rule, f.message).map_err(w)?;
            }
        }
    }
    out.flush().map_err(w)?;
    let errors = p.findings.iter().any(|f| f.severity == mestring::finding::Severity::Error);
    Ok(if errors { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
