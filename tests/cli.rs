//! The command-line tool, driven as a user would: the shared vectors as a file, broken files,
//! every format. Built with `--features cli` (`make test` passes `--all-features`).
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value as J;

#[path = "vectors/expand.rs"]
mod expand;

fn bin() -> Command {
    // MESTRING_CLI lets these tests drive another build (an older one, to see a test fail).
    Command::new(
        std::env::var_os("MESTRING_CLI").unwrap_or_else(|| env!("CARGO_BIN_EXE_mestring").into()),
    )
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn temp(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mestring-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

fn temp_bytes(name: &str, content: &[u8]) -> PathBuf {
    let p = temp(name, "");
    std::fs::write(&p, content).unwrap();
    p
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs with a deadline: a run that loops or grows forever fails the test instead of hanging it.
fn run_within(args: &[&str], stdin: Option<std::fs::File>, seconds: u64) -> Output {
    use std::process::Stdio;
    let mut c = bin();
    c.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    c.stdin(stdin.map_or_else(Stdio::null, Stdio::from));
    let mut child = c.spawn().unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed().as_secs() >= seconds {
            child.kill().unwrap();
            panic!("{args:?} still running after {seconds} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn json_lines(o: &Output) -> Vec<J> {
    text(o).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const ELIGIBLE: &str = r#"{"referenceDate":"2027-01-04","citizen":{"birthDate":"1999-03-15","benefit":"kontanthjaelp"},"barriers":[{"kind":"anxiety","severity":"mild"}],"openToGroupWork":true,"canDescribeOwnBarriers":true,"substanceAbuse":{"present":false}}"#;
const TOO_YOUNG: &str = r#"{"referenceDate":"2027-01-04","citizen":{"birthDate":"2002-01-20","benefit":"kontanthjaelp"},"barriers":[{"kind":"anxiety","severity":"mild"}],"openToGroupWork":true,"canDescribeOwnBarriers":true,"substanceAbuse":{"present":false}}"#;

#[test]
fn an_eligible_row_an_ineligible_row_and_a_line_that_is_not_json() {
    let f = temp("mixed.ndjson", &format!("{ELIGIBLE}\n{TOO_YOUNG}\nthis is not json\n"));
    let o = run(&["check", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o);
    for expected in ["i målgruppen", "ikke i målgruppen (fra 20. januar 2027)", "kan ikke læses", "ikke JSON (ved byte 0)", "3 poster: 1 er i målgruppen, 1 bliver det inden for 3 måneder, 0 mangler oplysninger, 0 er ikke i målgruppen og 1 kan ikke læses"] {
        assert!(out.contains(expected), "{expected} missing in\n{out}");
    }
}

#[test]
fn the_shared_referral_vectors_give_the_same_outcomes() {
    let mut lines = Vec::new();
    let mut expected = Vec::new();
    for (_, v) in expand::vectors("referral") {
        // The options (a language, a ruleset) are the command's, not the file's.
        if v.get("options").is_some() || v["expected"].get("throws").is_some() {
            continue;
        }
        lines.push(v["input"].to_string());
        expected.push((v["expected"]["outcome"].clone(), v["expected"]["eligibleFrom"].clone()));
    }
    let f = temp("vectors.ndjson", &lines.join("\n"));
    let o = run(&["check", f.to_str().unwrap(), "--format", "json"]);
    let out = text(&o);
    let rows: Vec<J> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), expected.len() + 1, "one line a record and a summary");
    for (row, (outcome, from)) in rows.iter().zip(&expected) {
        assert_eq!(&row["outcome"], outcome, "{row}");
        assert_eq!(&row["eligibleFrom"], from, "{row}");
    }
    assert_eq!(rows.last().unwrap()["summary"]["records"], expected.len());
    assert_eq!(o.status.code(), Some(1), "some vectors are not eligible");
}

#[test]
fn every_record_eligible_exits_0_and_a_json_list_is_read() {
    let f = temp("two.json", &format!("[{ELIGIBLE},{ELIGIBLE}]"));
    let o = run(&["check", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(text(&o).contains("2 poster: 2 er i målgruppen"), "{}", text(&o));
}

#[test]
fn as_of_overrides_each_records_reference_date() {
    let f = temp("young.ndjson", TOO_YOUNG);
    let o = run(&["check", f.to_str().unwrap(), "--as-of", "2027-01-20", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(text(&o).contains(r#""outcome":"eligible""#));
}

#[test]
fn csv_columns_are_dotted_field_paths() {
    let f = temp(
        "referrals.csv",
        "referenceDate,citizen.cpr,citizen.benefit,barriers.0.kind,barriers.0.severity,openToGroupWork,canDescribeOwnBarriers,substanceAbuse.present\n\
         2027-01-04,150399-1000,kontanthjaelp,anxiety,mild,true,true,false\n\
         2027-01-04,\"1503\",kontanthjaelp,adhd,severe,ja,nej,nej\n\
         2027-01-04,too,few\n",
    );
    let o = run(&["check", f.to_str().unwrap(), "--format", "json", "--lang", "en"]);
    let out = text(&o);
    let rows: Vec<J> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows[0]["outcome"], "eligible");
    assert_eq!(
        (rows[0]["row"].as_u64(), rows[1]["row"].as_u64(), rows[2]["row"].as_u64()),
        (Some(2), Some(3), Some(4)),
        "rows count the header"
    );
    assert_eq!(rows[1]["outcome"], "not_eligible");
    assert!(rows[1]["findings"].to_string().contains("cpr.format"));
    assert_eq!(rows[2]["outcome"], "unreadable");
    assert!(!out.contains("150399-1000") && !out.contains("1503\""), "no CPR number in the output");
}

#[test]
fn agreements_by_kind() {
    let f = temp("mentor.ndjson", "{}\n");
    let o = run(&["check", f.to_str().unwrap(), "--kind", "mentor", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let first: J = serde_json::from_str(text(&o).lines().next().unwrap()).unwrap();
    assert_eq!(first["outcome"], "incomplete");
    assert_eq!(first["findings"].as_array().unwrap().len(), 8);
}

#[test]
fn the_html_report_is_one_self_contained_file_with_a_chart() {
    let f = temp("mixed2.ndjson", &format!("{ELIGIBLE}\n{TOO_YOUNG}\n"));
    let o = run(&["check", f.to_str().unwrap(), "--format", "html"]);
    let html = text(&o);
    assert!(
        html.starts_with("<!doctype html>") && html.contains("<svg") && html.contains(">Alder<")
    );
    assert!(
        !html.contains("src=") && !html.contains("href=\"http"),
        "nothing loaded from elsewhere"
    );
}

#[test]
fn unusable_arguments_and_files_exit_2() {
    let f = temp("ok.ndjson", ELIGIBLE);
    let path = f.to_str().unwrap();
    for args in [
        vec!["check"],
        vec!["check", "/no/such/file.ndjson"],
        vec!["check", path, "--kind", "pension"],
        vec!["check", path, "--as-of", "2027-02-30"],
        vec!["check", path, "--colour", "red"],
        vec!["check", temp("x.txt", "").to_str().unwrap()],
        vec!["check", temp("bad.json", "[1,").to_str().unwrap()],
        vec!["check", path, "--ruleset", "/no/such/ruleset.json"],
        vec!["plan"],
        vec!["frobnicate"],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(!String::from_utf8_lossy(&o.stderr).is_empty(), "{args:?} says why");
    }
}

#[test]
fn plan_prints_the_dated_plan_and_writes_a_calendar() {
    let o =
        run(&["plan", "--start", "2027-03-01", "--profile", "recommended", "--preparation", "2"]);
    assert_eq!(o.status.code(), Some(0));
    // In the chosen language throughout: phases by their names, nouns that agree, no rule ids.
    let t = text(&o);
    assert!(t.contains("Undervisning              2027-03-15 - 2027-04-11  4 uger"), "{t}");
    assert!(t.contains("(18 uger,") && t.contains("Oplysning: ") && !t.contains("law."), "{t}");
    let o = run(&["plan", "--start", "2027-03-01", "--preparation", "2", "--lang", "en"]);
    assert!(
        text(&o).contains("Teaching                  2027-03-15 - 2027-04-11  4 weeks"),
        "{}",
        text(&o)
    );
    let o = run(&["plan", "--start", "2027-03-01", "--format", "ics"]);
    let ics = text(&o);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(
        ics.contains("UID:teaching-20270330@mestring")
            && !ics.contains("UID:teaching-20270329@mestring"),
        "no teaching on 2. påskedag"
    );
    assert!(ics.contains("SUMMARY:Statusmøde"));
}

#[test]
fn a_long_file_streams() {
    let rows = 20_000;
    let mut content = String::with_capacity(rows * 260);
    for i in 0..rows {
        content.push_str(if i % 2 == 0 { ELIGIBLE } else { TOO_YOUNG });
        content.push('\n');
    }
    let f = temp("long.ndjson", &content);
    let o = run(&["check", f.to_str().unwrap(), "--format", "json"]);
    let last = text(&o).lines().last().unwrap().to_string();
    let summary: J = serde_json::from_str(&last).unwrap();
    assert_eq!(summary["summary"]["records"], rows);
    assert_eq!(summary["summary"]["outcomes"]["eligible"], rows / 2);
}

// ---- issue 12: nothing a file does can lose a record or break the run ----------------------------

#[test]
fn a_json_list_of_2345_records_is_checked_to_the_last_record() {
    let list: Vec<&str> =
        (0..2345).map(|i| if i % 5 == 0 { TOO_YOUNG } else { ELIGIBLE }).collect();
    let f = temp("list.json", &format!("[{}]", list.join(",\n")));
    let o = run(&["check", f.to_str().unwrap(), "--format", "json"]);
    let rows = json_lines(&o);
    assert_eq!(rows.len(), 2346, "a line for each record and the summary");
    for (i, row) in rows[..2345].iter().enumerate() {
        assert_eq!(row["row"], i + 1);
        assert_eq!(row["outcome"], if i % 5 == 0 { "not_eligible" } else { "eligible" }, "{row}");
    }
    let summary = &rows[2345]["summary"];
    assert_eq!(
        (
            summary["records"].as_u64(),
            summary["outcomes"]["eligible"].as_u64(),
            summary["outcomes"]["not_eligible"].as_u64()
        ),
        (Some(2345), Some(1876), Some(469))
    );
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_record_that_cannot_be_read_is_named_and_the_others_are_checked() {
    let big = format!(r#"{{"referenceDate":"2027-01-04","note":"{}"}}"#, "x".repeat(5 << 20));
    let f = temp("holes.json", &format!("[{ELIGIBLE},{big},{{\"a\":tru}},{ELIGIBLE}]"));
    let o = run(&["check", f.to_str().unwrap(), "--format", "json"]);
    let rows = json_lines(&o);
    let outcomes: Vec<&str> = rows[..4].iter().map(|r| r["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["eligible", "unreadable", "unreadable", "eligible"]);
    assert!(
        rows[1]["findings"][0]["message"].as_str().unwrap().contains("større end 4 MiB"),
        "{}",
        rows[1]
    );
    assert_eq!(rows[4]["summary"]["unreadable"], serde_json::json!([2, 3]));
    assert!(err(&o).contains("2 of 4 records") && err(&o).contains("rows 2, 3"), "{}", err(&o));
    assert_eq!(o.status.code(), Some(1));
    // A list that is cut off: what was read is checked, the run says where it stopped, exit 2.
    let f = temp("cut.json", &format!("[{ELIGIBLE},{ELIGIBLE},{{\"referenceDate\""));
    let o = run(&["check", f.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(json_lines(&o)[2]["summary"]["records"], 2);
    assert!(
        err(&o).contains("cut off") && err(&o).contains("stopped after 2 records"),
        "{}",
        err(&o)
    );
}

const MENTOR_HEADER: &str = "madeOn;goal;start;end;hoursPerWeek;mentor.name;mentor.contact;tasks.0;tasks.1;contactIntervalDays;cannotTakePartInOtherOffers";

#[test]
fn a_danish_spreadsheet_export_semicolons_windows_1252_and_decimal_commas() {
    let row = "2026-02-01;Støtte borgeren i at møde stabilt i praktik;2026-02-01;2026-07-31;2,5;Mentor Ærø;mentor@eksempel.dk, 12 34 56 78;Ledsage borgeren;Ugentlige samtaler om mestring af angst;7;ja";
    let latin: Vec<u8> = format!("{MENTOR_HEADER}\r\n{row}\r\n")
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect();
    let f = temp_bytes("mentor-1252.csv", &latin);
    let o = run(&["check", f.to_str().unwrap(), "--kind", "mentor", "--format", "json"]);
    let rows = json_lines(&o);
    assert_eq!(rows[0]["outcome"], "complete", "{}", text(&o));
    assert_eq!(rows[0]["findings"], serde_json::json!([]));
    assert_eq!(o.status.code(), Some(0));
    // The same in UTF-8 with a byte-order mark, as Excel saves "CSV UTF-8".
    let f =
        temp_bytes("mentor-bom.csv", format!("\u{feff}{MENTOR_HEADER}\r\n{row}\r\n").as_bytes());
    let o = run(&["check", f.to_str().unwrap(), "--kind", "mentor", "--format", "json"]);
    assert_eq!(json_lines(&o)[0]["outcome"], "complete", "{}", text(&o));
}

#[test]
fn a_quoted_line_break_is_part_of_its_cell() {
    let f = temp(
        "quoted.csv",
        "referenceDate,citizen.birthDate,citizen.benefit,barriers.0.kind,barriers.0.severity,openToGroupWork,canDescribeOwnBarriers,substanceAbuse.present,note\n\
         2027-01-04,1999-03-15,kontanthjaelp,anxiety,mild,true,true,false,\"first line\nsecond line, \"\"quoted\"\"\"\n\
         2027-01-04,2002-01-20,kontanthjaelp,anxiety,mild,true,true,false,\n",
    );
    let o = run(&["check", f.to_str().unwrap(), "--format", "json"]);
    let rows = json_lines(&o);
    assert_eq!(rows.len(), 3, "two records and the summary:\n{}", text(&o));
    assert_eq!((rows[0]["outcome"].as_str(), rows[0]["row"].as_u64()), (Some("eligible"), Some(2)));
    assert_eq!(
        (rows[1]["outcome"].as_str(), rows[1]["row"].as_u64()),
        (Some("not_eligible"), Some(3))
    );
}

#[test]
fn a_header_key_proto_is_an_ordinary_field() {
    let f = temp(
        "proto.csv",
        "__proto__.polluted,referenceDate,citizen.__proto__.x,citizen.birthDate,citizen.benefit,constructor.prototype.y,barriers.0.kind,barriers.0.severity,openToGroupWork,canDescribeOwnBarriers,substanceAbuse.present\n\
         yes,2027-01-04,1,1999-03-15,kontanthjaelp,2,anxiety,mild,true,true,false\n",
    );
    let o = run(&["check", f.to_str().unwrap(), "--format", "json"]);
    assert_eq!(json_lines(&o)[0]["outcome"], "eligible", "{}{}", text(&o), err(&o));
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn csv_cells_and_rows_have_the_json_limits() {
    let header = "referenceDate,citizen.birthDate,citizen.benefit,barriers.0.kind,barriers.0.severity,openToGroupWork,canDescribeOwnBarriers,substanceAbuse.present";
    let long = "k".repeat(10_001);
    let f = temp(
        "long-cell.csv",
        &format!("{header}\n2027-01-04,1999-03-15,{long},anxiety,mild,true,true,false\n"),
    );
    let o = run(&["check", f.to_str().unwrap(), "--format", "json", "--lang", "en"]);
    let first = &json_lines(&o)[0];
    let invalid: Vec<&J> = first["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "input.invalid")
        .collect();
    assert_eq!(invalid.len(), 1, "{first}");
    assert_eq!(invalid[0]["field"], "citizen.benefit");
    // A row over 4 MiB stops the run with its row number, in bounded memory.
    let huge = "h".repeat(5 << 20);
    let f = temp("huge-row.csv", &format!("{header}\n2027-01-04,1999-03-15,kontanthjaelp,anxiety,mild,true,true,false\n2027-01-04,\"{huge}\",x,x,x,x,x,x\n"));
    let o = run_within(&["check", f.to_str().unwrap(), "--format", "json"], None, 20);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("row 3") && err(&o).contains("larger than 4 MiB"), "{}", err(&o));
    assert_eq!(json_lines(&o)[0]["outcome"], "eligible");
    // A list index past the entry limit is refused at the header.
    let f = temp("index.csv", "referenceDate,barriers.5000.kind\n2027-01-04,anxiety\n");
    let o = run(&["check", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}

#[test]
fn a_header_of_70000_dotted_parts_and_one_of_100000_columns_are_refused_at_once() {
    let deep = vec!["a"; 70_000].join(".");
    let f = temp("deep.csv", &format!("{deep}\n1\n"));
    let o = run_within(&["check", f.to_str().unwrap()], None, 10);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(err(&o).contains("at most 32 parts"), "{}", err(&o));
    let wide: Vec<String> = (0..100_000).map(|i| format!("c{i}")).collect();
    let cells = vec!["1"; 100_000].join(",");
    let f = temp("wide.csv", &format!("{}\n{cells}\n", wide.join(",")));
    let start = std::time::Instant::now();
    let o = run_within(&["check", f.to_str().unwrap()], None, 10);
    assert!(start.elapsed().as_secs() < 3, "{:?}", start.elapsed());
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("100000 columns"), "{}", err(&o));
}

#[test]
fn a_directory_is_named_as_one_on_a_path_and_on_standard_input() {
    let dir = temp("x", "").with_file_name("records.ndjson");
    std::fs::create_dir_all(&dir).unwrap();
    for ext in ["records.ndjson", "records.csv", "records.json"] {
        let d = dir.with_file_name(ext);
        std::fs::create_dir_all(&d).unwrap();
        let o = run_within(&["check", d.to_str().unwrap()], None, 10);
        assert_eq!(o.status.code(), Some(2), "{ext}");
        assert!(
            err(&o).contains("is a directory") && !err(&o).contains("empty"),
            "{ext}: {}",
            err(&o)
        );
    }
    let o = run_within(&["check", "-"], Some(std::fs::File::open(&dir).unwrap()), 10);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("is a directory"), "{}", err(&o));
    assert!(err(&o).lines().count() <= 3, "one message, not a loop: {}", err(&o));
}

#[test]
fn dev_zero_and_binary_files_stop_at_once() {
    let o = run_within(&["check", "-"], Some(std::fs::File::open("/dev/zero").unwrap()), 10);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("not a text file"), "{}", err(&o));
    for ext in ["ndjson", "json", "csv"] {
        let link = temp("x", "").with_file_name(format!("zero.{ext}"));
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        let o = run_within(&["check", link.to_str().unwrap()], None, 10);
        assert_eq!(o.status.code(), Some(2), "{ext}");
        assert!(err(&o).contains("not a text file (a NUL byte at byte 0)"), "{ext}: {}", err(&o));
        let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
        let f = temp_bytes(&format!("binary.{ext}"), &binary);
        let o = run_within(&["check", f.to_str().unwrap()], None, 10);
        assert_eq!(o.status.code(), Some(2), "{ext}");
        assert!(
            err(&o).contains("not a text file") && !err(&o).contains("empty"),
            "{ext}: {}",
            err(&o)
        );
    }
}

#[test]
fn empty_input_exits_1_and_says_so() {
    for (name, content) in [
        ("empty.csv", ""),
        ("header-only.csv", "referenceDate,citizen.cpr\n"),
        ("empty.ndjson", "\n\n"),
        ("empty.json", ""),
        ("empty-list.json", " [ ] "),
    ] {
        let f = temp(name, content);
        let o = run(&["check", f.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", err(&o));
        assert!(err(&o).contains("holds no records"), "{name}: {}", err(&o));
    }
}

#[test]
fn the_file_name_is_escaped_in_the_html_report() {
    let f = temp("<b>a&b.ndjson", ELIGIBLE);
    let o = run(&["check", f.to_str().unwrap(), "--format", "html"]);
    let html = text(&o);
    assert!(!html.contains("<b>a&b"), "{html}");
    let title = &html[html.find("<title>").unwrap()..html.find("</title>").unwrap()];
    assert!(title.contains("&lt;b&gt;a&amp;b.ndjson"), "{title}");
    let h1 = &html[html.find("<h1>").unwrap()..html.find("</h1>").unwrap()];
    assert!(h1.contains("&lt;b&gt;a&amp;b.ndjson"), "{h1}");
}

#[test]
fn arguments_follow_clap_conventions_and_are_never_repeated_raw() {
    let f = temp("args.ndjson", ELIGIBLE);
    let path = f.to_str().unwrap();
    let o = run(&["check", path, "--kind", "\u{1b}[2J\u{1b}[31mevil"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!err(&o).contains('\u{1b}'), "raw escape in {:?}", err(&o));
    assert!(
        err(&o).contains("\\u{1b}[2J")
            && err(&o).contains("possible values: referral, mentor, internship, supplier"),
        "{}",
        err(&o)
    );
    let o = run(&["check", path, "--kind", "a\nb"]);
    assert!(
        err(&o).contains("invalid value 'a\\nb' for '--kind <KIND>'"),
        "a line break in an argument stays escaped: {}",
        err(&o)
    );
    let o = run(&["check", path, "--as-of", "2027-02-30"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("invalid value '2027-02-30' for '--as-of <YYYY-MM-DD>'"),
        "{}",
        err(&o)
    );
    let o = run(&["check", path, &format!("--colour\u{7}{}", "x".repeat(5000))]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!err(&o).contains('\u{7}') && err(&o).len() < 2000, "{}", err(&o));
    let o = run(&["check", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        text(&o).contains("Usage: mestring check [OPTIONS] <FILE>")
            && text(&o).contains("--as-of <YYYY-MM-DD>"),
        "{}",
        text(&o)
    );
    let o = run(&["--version"]);
    assert_eq!(
        (o.status.code(), text(&o).trim()),
        (Some(0), format!("mestring {}", env!("CARGO_PKG_VERSION")).as_str())
    );
    let o = run(&["check", "/no/such/\u{1b}]0;x\u{7}.ndjson"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!err(&o).contains('\u{1b}') && err(&o).contains("cannot open"), "{}", err(&o));
}

#[test]
fn progress_goes_to_a_terminal_only_with_rate_and_eta() {
    let content = format!("{ELIGIBLE}\n").repeat(3000);
    let f = temp("progress.ndjson", &content);
    let o = run(&["check", f.to_str().unwrap(), "--format", "json"]);
    assert!(err(&o).is_empty(), "no progress when standard error is not a terminal: {}", err(&o));
    // Under a pseudo-terminal (util-linux `script`), standard error is one.
    if std::path::Path::new("/usr/bin/script").exists() {
        let exe =
            std::env::var("MESTRING_CLI").unwrap_or_else(|_| env!("CARGO_BIN_EXE_mestring").into());
        let cmd = format!("{exe} check {} --format json > /dev/null", f.to_str().unwrap());
        let o = Command::new("/usr/bin/script").args(["-qec", &cmd, "/dev/null"]).output().unwrap();
        let shown = text(&o);
        assert!(
            shown.contains("ETA") && shown.contains("MiB/s") && shown.contains("poster"),
            "{shown:?}"
        );
    }
}

#[test]
fn the_calendar_is_rfc_5545() {
    let o = run(&["plan", "--start", "2027-03-01", "--format", "ics"]);
    let ics = text(&o);
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n'), "a bare line feed in {line:?}");
    }
    let unfolded = ics.replace("\r\n ", "");
    let description = unfolded.lines().find(|l| l.starts_with("DESCRIPTION:")).unwrap();
    assert!(
        description.contains("Undervisningsdag\\; det anbefalede forløb\\, 2027-03-01"),
        "{description}"
    );
    assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), unfolded.matches("END:VEVENT").count());
}

// ---- issue 17: batch checks a back office can act on -------------------------------------------

/// The CSV export of the README's worked example, so the README stays true.
fn readme_example() -> PathBuf {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let start = readme.find("```csv\n").expect("a csv block in README.md") + 7;
    let end = start + readme[start..].find("```").unwrap();
    temp("henvisninger.csv", &readme[start..end])
}

/// Runs `mestring check henvisninger.csv --id sagsnummer ARGS` where the example is, as the
/// README does.
fn run_example(args: &[&str]) -> Output {
    let f = readme_example();
    let mut all = vec!["check", "henvisninger.csv", "--id", "sagsnummer"];
    all.extend_from_slice(args);
    bin().args(&all).current_dir(f.parent().unwrap()).output().unwrap()
}

const RULE_IDS: [&str; 8] = [
    "target.",
    "abuse.",
    "not_eligible",
    "\"error\"",
    ">error",
    ">warning",
    "input.unknown",
    "cpr.",
];

#[test]
fn the_readme_example_reads_in_danish_and_in_english() {
    let o = run_example(&[]);
    assert_eq!(o.status.code(), Some(1));
    let da = text(&o);
    for expected in ["1 er i målgruppen, 2 bliver det inden for 3 måneder, 1 mangler oplysninger og 4 er ikke i målgruppen", "2027-0102     ikke i målgruppen (fra 20. januar 2027)", "mangler oplysninger (mangler: evnen til at beskrive egne barrierer)", "fejl (alder) citizen.birthDate: Borgeren er 36 år.", "Kriterium", "Åbenhed over for gruppearbejde", "Fund pr. kriterium"] {
        assert!(da.contains(expected), "{expected} missing in\n{da}");
    }
    let o = run_example(&["--lang", "en"]);
    let en = text(&o);
    for expected in ["1 is in the target group, 2 will be within 3 months, 1 lack information and 4 are not in the target group", "2027-0102     not eligible (from 20 January 2027)", "error (age) citizen.birthDate: The citizen is 36.", "Criterion", "Openness to group work", "Findings per criterion"] {
        assert!(en.contains(expected), "{expected} missing in\n{en}");
    }
    for out in [&da, &en] {
        for code in ["target.", "abuse.", "not_eligible", "input."] {
            assert!(!out.contains(code), "{code} in\n{out}");
        }
    }
    assert!(
        !da.contains("error") && !da.contains("eligible") && !da.contains("incomplete"),
        "English words in the Danish table"
    );
    assert!(
        !en.contains("fejl") && !en.contains("målgruppen"),
        "Danish words in the English table"
    );

    for (lang, words) in [
        (
            "da",
            [
                "<html lang=\"da\">",
                "Kontrol af",
                "1 er i målgruppen, 2 bliver det inden for 3 måneder",
                "<th>Kriterium</th>",
                ">Alder<",
                "Fejl (alder)",
                "20. januar 2027",
                "<th>I målgruppen fra</th>",
            ],
        ),
        (
            "en",
            [
                "<html lang=\"en\">",
                "Check of",
                "1 is in the target group, 2 will be within 3 months",
                "<th>Criterion</th>",
                ">Age<",
                "Error (age)",
                "20 January 2027",
                "<th>Eligible from</th>",
            ],
        ),
    ] {
        let o = run_example(&["--format", "html", "--lang", lang]);
        let html = text(&o);
        for w in words {
            assert!(html.contains(w), "{lang}: {w} missing");
        }
        for code in RULE_IDS {
            assert!(!html.contains(code), "{lang}: the code {code} in the report");
        }
        if lang == "da" {
            assert!(
                !html.contains("incomplete")
                    && !html.contains("eligible")
                    && !html.contains("Error"),
                "English in the Danish report"
            );
        }
        for id in 1..=8 {
            assert!(html.contains(&format!("<td>2027-010{id}</td>")), "{lang}: case 2027-010{id}");
        }
        if lang == "da" {
            let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/readme-example");
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("rapport.html"), &html).unwrap();
            // The README's screenshot, when asked for (headless Chromium).
            if let Ok(png) = std::env::var("MESTRING_SCREENSHOT") {
                let status = Command::new("chromium")
                    .args([
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--hide-scrollbars",
                        &format!("--screenshot={png}"),
                        "--window-size=1200,1400",
                        &format!("file://{}", dir.join("rapport.html").display()),
                    ])
                    .status()
                    .unwrap();
                assert!(status.success());
            }
        }
    }
}

#[test]
fn id_on_every_record_and_the_cpr_only_masked_when_asked() {
    let with_cpr = |cpr: &str, id: &str| {
        ELIGIBLE.replace(r#""citizen":{"#, &format!(r#""sag":"{id}","citizen":{{"cpr":"{cpr}","#))
    };
    let f = temp(
        "ids.ndjson",
        &[
            with_cpr("150399-1000", "K-1"),
            with_cpr("2001021234", "K-2"),
            TOO_YOUNG.replace(r#""citizen":{"#, r#""sag":"200102-1234","citizen":{"#),
        ]
        .join("\n"),
    );
    let path = f.to_str().unwrap();
    for format in ["table", "json", "html", "csv"] {
        let o = run(&["check", path, "--id", "sag", "--format", format]);
        let out = text(&o);
        assert!(out.contains("K-1") && out.contains("K-2"), "{format}: the ids\n{out}");
        assert!(
            out.contains("xxxxxx-xxxx"),
            "{format}: an id that looks like a CPR number is masked\n{out}"
        );
        for digits in ["150399", "200102", "1503991000", "2001021234", "1000", "1234"] {
            assert!(!out.contains(digits), "{format}: {digits} shown\n{out}");
        }
        let o = run(&["check", path, "--id", "sag", "--format", format, "--show-cpr", "masked"]);
        let out = text(&o);
        assert!(
            out.contains("150399-xxxx") && out.contains("200102-xxxx"),
            "{format}: masked when asked\n{out}"
        );
        assert!(
            !out.contains("150399-1000") && !out.contains("2001021234"),
            "{format}: never in full"
        );
    }
    let rows = json_lines(&run(&["check", path, "--id", "sag", "--format", "json"]));
    assert_eq!(rows[0]["id"], "K-1");
    assert!(
        rows[0]["findings"].as_array().unwrap().iter().all(|f| f["field"] != "sag"),
        "the id field is not checked: {}",
        rows[0]
    );
    let o = run(&["check", path, "--id", "citizen.cpr"]);
    assert_eq!(o.status.code(), Some(2), "the CPR number is not an id");
    assert!(err(&o).contains("--show-cpr masked"), "{}", err(&o));
    let o = run(&["check", path, "--show-cpr", "full"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn only_lists_the_outcomes_asked_for_and_the_summary_counts_all() {
    let o = run_example(&["--format", "json", "--only", "not_eligible,incomplete"]);
    let rows = json_lines(&o);
    let listed: Vec<&str> =
        rows[..rows.len() - 1].iter().map(|r| r["outcome"].as_str().unwrap()).collect();
    assert_eq!(
        listed,
        [
            "not_eligible",
            "incomplete",
            "not_eligible",
            "not_eligible",
            "not_eligible",
            "not_eligible",
            "not_eligible"
        ]
    );
    assert_eq!(rows.last().unwrap()["summary"]["records"], 8);
    let table = text(&run_example(&["--only", "eligible"]));
    assert!(table.contains("2027-0101") && !table.contains("2027-0102"), "{table}");
    assert!(table.contains("1 er i målgruppen, 2 bliver det inden for 3 måneder"), "{table}");
    let o = run_example(&["--only", "maybe"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o)
            .contains("possible values: eligible, not_eligible, incomplete, complete, unreadable"),
        "{}",
        err(&o)
    );
}

#[test]
fn csv_output_opens_as_columns_in_danish_excel() {
    let o = run_example(&["--format", "csv"]);
    let bytes = o.stdout.clone();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a byte-order mark, so Excel reads UTF-8");
    let body = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(body.contains("\r\n"), "Windows line ends");
    // As Danish Excel splits it: on semicolons, quotes as in RFC 4180.
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(body.as_bytes());
    let head: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        head,
        [
            "Række",
            "sagsnummer",
            "Resultat",
            "I målgruppen fra",
            "Mangler oplysninger om",
            "Alder",
            "Psykiske barrierer",
            "Åbenhed over for gruppearbejde",
            "Evnen til at beskrive egne barrierer",
            "Ydelse",
            "Misbrugsbehandling",
            "Seneste misbrug",
            "Fund"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 8);
    assert!(rows.iter().all(|r| r.len() == head.len()));
    assert_eq!(
        (&rows[1][1], &rows[1][2], &rows[1][3], &rows[1][5]),
        ("2027-0102", "ikke i målgruppen", "2027-01-20", "ikke opfyldt")
    );
    assert_eq!(
        (&rows[2][2], &rows[2][4], &rows[2][8]),
        ("mangler oplysninger", "evnen til at beskrive egne barrierer", "ukendt")
    );
    assert!(rows[3][12].starts_with("fejl (alder): Borgeren er 36 år."), "{}", &rows[3][12]);
    let en = text(&run_example(&["--format", "csv", "--lang", "en"]));
    assert!(
        en.starts_with("\u{feff}Row;sagsnummer;Outcome;Eligible from;Missing information on;Age;"),
        "{en}"
    );
    assert!(en.contains(";not eligible;2027-01-20;"), "{en}");
}

#[cfg(feature = "xlsx")]
#[test]
fn xlsx_output_reads_back_one_row_a_record_one_column_a_criterion() {
    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
    let o = run_example(&["--format", "xlsx"]);
    assert_eq!(o.status.code(), Some(1));
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(o.stdout)).unwrap();
    assert_eq!(book.sheet_names(), ["Poster", "Opsummering"]);
    let sheet = book.worksheet_range("Poster").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Float(f) => f.to_string(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect();
    assert_eq!(rows.len(), 9, "a header and 8 records");
    assert_eq!(
        rows[0][..6],
        ["Række", "sagsnummer", "Resultat", "I målgruppen fra", "Mangler oplysninger om", "Alder"]
    );
    assert_eq!(rows[0].len(), 13);
    assert_eq!(
        rows[2][..6],
        ["3", "2027-0102", "ikke i målgruppen", "2027-01-20", "", "ikke opfyldt"]
    );
    assert_eq!(rows[1][2], "i målgruppen");
    let summary = book.worksheet_range("Opsummering").unwrap();
    assert_eq!(summary.get_value((0, 0)).unwrap().to_string(), "1 er i målgruppen, 2 bliver det inden for 3 måneder, 1 mangler oplysninger og 4 er ikke i målgruppen.");
    let o = run_example(&["--format", "xlsx", "--lang", "en"]);
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(o.stdout)).unwrap();
    assert_eq!(book.sheet_names(), ["Records", "Summary"]);
    assert_eq!(
        book.worksheet_range("Records").unwrap().get_value((0, 2)).unwrap().to_string(),
        "Outcome"
    );
}

#[test]
fn an_unknown_column_is_warned_once_with_the_nearest_known_name() {
    let o = run_example(&[]);
    let warnings: Vec<&str> = std::str::from_utf8(&o.stderr)
        .unwrap()
        .lines()
        .filter(|l| l.contains("advarsel"))
        .collect();
    assert_eq!(warnings, ["mestring: advarsel (kolonne 5): Ukendt felt citizen.visitationcategory; mente du citizen.visitationCategory? Feltet bliver ikke læst."]);
    let o = run_example(&["--lang", "en"]);
    assert!(err(&o).contains("mestring: warning (column 5): Unknown field citizen.visitationcategory; did you mean citizen.visitationCategory? The field is not read."), "{}", err(&o));
    // The id column is not unknown: it is the id.
    assert!(!err(&o).contains("sagsnummer"));
    // In JSON records: once per field, however many records have it; the records still get it
    // as an info finding in the JSON output.
    let misspelled = ELIGIBLE.replace("birthDate", "birthdate");
    let f = temp(
        "misspelled.ndjson",
        &[misspelled.as_str(), misspelled.as_str(), misspelled.as_str()].join("\n"),
    );
    let o = run(&["check", f.to_str().unwrap(), "--format", "json"]);
    let warnings: Vec<&str> = std::str::from_utf8(&o.stderr)
        .unwrap()
        .lines()
        .filter(|l| l.contains("Ukendt felt"))
        .collect();
    assert_eq!(warnings, ["mestring: advarsel (række 1): Ukendt felt citizen.birthdate; mente du citizen.birthDate? Feltet bliver ikke læst."]);
    let rows = json_lines(&o);
    assert_eq!(rows[2]["outcome"], "incomplete");
    assert!(rows[2]["findings"].as_array().unwrap().iter().any(|f| f["rule"] == "input.unknown"
        && f["severity"] == "info"
        && f["field"] == "citizen.birthdate"));
}

/// A spreadsheet writes "Ja" and "TRUE"; one record is "1 post", not "1 poster".
#[test]
fn yes_and_no_in_any_case_and_one_record_in_the_singular() {
    let row = "2026-02-01;Støtte borgeren i at møde stabilt i praktik;2026-02-01;2026-07-31;2,5;Mentor Ærø;mentor@eksempel.dk;Ledsage borgeren;Ugentlige samtaler;7;Ja";
    let f = temp_bytes("mentor-ja.csv", format!("{MENTOR_HEADER}\r\n{row}\r\n").as_bytes());
    let o = run(&["check", f.to_str().unwrap(), "--kind", "mentor"]);
    assert!(text(&o).contains("1 post: 1 er fuldstændig"), "{}", text(&o));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    for yes in ["TRUE", "JA", "yes"] {
        let f = temp_bytes(
            "mentor-yes.csv",
            format!("{MENTOR_HEADER}\r\n{}\r\n", row.replace(";Ja", &format!(";{yes}"))).as_bytes(),
        );
        let o = run(&["check", f.to_str().unwrap(), "--kind", "mentor", "--lang", "en"]);
        assert!(text(&o).contains("1 record: 1 is complete"), "{yes}: {}", text(&o));
    }
}
