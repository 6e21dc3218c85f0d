//! The command-line tool, driven as a user would: the shared vectors as a file, broken files,
//! every format. Built with `--features cli` (`make test` passes `--all-features`).
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value as J;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mestring"))
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
    for expected in ["eligible", "not_eligible (from 2027-01-20)", "unreadable", "not JSON", "3 records: 1 eligible, 1 not_eligible, 1 unreadable"] {
        assert!(out.contains(expected), "{expected} missing in\n{out}");
    }
}

#[test]
fn the_shared_referral_vectors_give_the_same_outcomes() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/referral");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut lines = Vec::new();
    let mut expected = Vec::new();
    for f in files {
        let v: J = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
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
    assert!(text(&o).contains("2 records: 2 eligible"));
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
    assert_eq!((rows[0]["row"].as_u64(), rows[1]["row"].as_u64(), rows[2]["row"].as_u64()), (Some(2), Some(3), Some(4)), "rows count the header");
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
    assert!(html.starts_with("<!doctype html>") && html.contains("<svg") && html.contains("target.age"));
    assert!(!html.contains("src=") && !html.contains("href=\"http"), "nothing loaded from elsewhere");
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
    let o = run(&["plan", "--start", "2027-03-01", "--profile", "recommended", "--preparation", "2"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(text(&o).contains("teaching     2027-03-15 - 2027-04-11  4 weeks"), "{}", text(&o));
    let o = run(&["plan", "--start", "2027-03-01", "--format", "ics"]);
    let ics = text(&o);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("UID:teaching-20270330@mestring") && !ics.contains("UID:teaching-20270329@mestring"), "no teaching on 2. påskedag");
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
