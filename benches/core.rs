//! `cargo bench`: the core alone, natively (no JavaScript boundary), in rounds with medians.
//! Parsing the input from JSON text is timed apart from the check itself, since a native caller
//! (the command-line tool, a server) may already hold the parsed value.
//!
//! The native target (1 M referral checks a second) is "check + report": the check and what a
//! server batch reads of the result to report it (outcome, and each finding's rule, field,
//! message and source; see `report`). The figures also go to `target/bench/native.json` (or
//! `$BENCH_OUT/native.json`) for `pkg-tests/bench/targets.mjs`.
use std::fmt::Write as _;
use std::time::Instant;

use mestring::Value;

const INPUTS: [(&str, &str); 3] = [
    (
        "eligible",
        r#"{"referenceDate":"2027-01-04","citizen":{"birthDate":"1999-03-15","benefit":"kontanthjaelp","visitationCategory":"aktivitetsparat"},"barriers":[{"kind":"anxiety","severity":"mild"}],"openToGroupWork":true,"canDescribeOwnBarriers":true,"substanceAbuse":{"present":true,"inTreatment":true,"treatmentStart":"2026-10-01","treatmentEnd":null,"lastUse":"2026-11-20"}}"#,
    ),
    (
        "ineligible",
        r#"{"referenceDate":"2027-01-04","citizen":{"birthDate":"2002-01-20","benefit":"kontanthjaelp"},"barriers":[{"kind":"depression","severity":"severe"}],"openToGroupWork":false,"canDescribeOwnBarriers":true,"substanceAbuse":{"present":false}}"#,
    ),
    (
        "half-filled",
        r#"{"referenceDate":"2027-01-04","citizen":{"birthDate":"1999-03-15"},"openToGroupWork":true}"#,
    ),
];

/// What a native caller reads to report one result: the outcome, and every finding with its
/// rule, field, message and source. The check keeps each message as a note and renders it on
/// demand (`Finding::message`), so the rendering is counted here.
fn report(r: &mestring::ReferralResult) -> usize {
    let findings: usize = r
        .findings
        .iter()
        .map(|f| {
            let source = f.source();
            f.rule.len()
                + f.field().map_or(0, str::len)
                + f.message().len()
                + source.title.len()
                + source.reference.len()
        })
        .sum();
    findings + r.criteria.len() + r.eligible_from.as_deref().map_or(0, str::len)
}

fn median_ns<F: FnMut() -> usize>(mut f: F) -> f64 {
    let mut rounds = Vec::new();
    let mut sink = 0;
    for _ in 0..15 {
        let n = 20_000;
        let t = Instant::now();
        for _ in 0..n {
            sink += f();
        }
        rounds.push(t.elapsed().as_nanos() as f64 / n as f64);
    }
    std::hint::black_box(sink);
    rounds.sort_by(|a, b| a.total_cmp(b));
    rounds[rounds.len() / 2]
}

fn main() {
    // `BENCH_PROFILE=<input> <the bench binary>`: for 5 seconds only what the wasm export does
    // with that input between its two crossings (parse, check, write the tape), for a sampling
    // profiler (`perf record`) to split the wasm's part of a check.
    if let Ok(only) = std::env::var("BENCH_PROFILE") {
        // `BENCH_PROFILE=<input>:report`: the native target instead (check + report, on the
        // parsed value).
        let (only, native) = match only.split_once(':') {
            Some((only, "report")) => (only.to_string(), true),
            _ => (only, false),
        };
        let (_, text) = INPUTS.iter().find(|(name, _)| *name == only).expect("an input's name");
        let (mut keys, mut tape) = Default::default();
        let parsed = Value::parse_json(text).expect("bench input is JSON");
        // `BENCH_ITERS=<n>`: exactly n thousand calls instead of 5 seconds (for an instruction
        // count, `valgrind --tool=callgrind`, which does not depend on the machine's load).
        let iters: Option<u32> = std::env::var("BENCH_ITERS").ok().and_then(|n| n.parse().ok());
        let (t, mut sink, mut done) = (Instant::now(), 0, 0);
        while iters.map_or(t.elapsed().as_secs() < 5, |n| done < n) {
            done += 1;
            for _ in 0..1000 {
                if native {
                    sink +=
                        mestring::check_referral(&parsed, None).map(|r| report(&r)).unwrap_or(0);
                    continue;
                }
                let v = mestring::wasm::parse::parse_js(text).expect("bench input");
                let r = mestring::check_referral(&v, None).expect("an object");
                mestring::wasm::tape::write_into(&r, &mut keys, &mut tape).expect("a tape");
                sink += tape.ops.len();
            }
        }
        std::hint::black_box(sink);
        return;
    }
    println!("\nNative core (release profile), median of 15 rounds");
    let mut keys = mestring::wasm::tape::Keys::default();
    let mut tape = mestring::wasm::tape::Tape::default();
    let mut json = String::new();
    for (name, text) in INPUTS {
        let parsed = Value::parse_json(text).expect("bench input is JSON");
        let check = median_ns(|| {
            mestring::check_referral(&parsed, None).map(|r| r.findings.len()).unwrap_or(0)
        });
        let reported =
            median_ns(|| mestring::check_referral(&parsed, None).map(|r| report(&r)).unwrap_or(0));
        let both = median_ns(|| {
            Value::parse_json(text)
                .ok()
                .and_then(|v| mestring::check_referral(&v, None).ok())
                .map(|r| r.findings.len())
                .unwrap_or(0)
        });
        // What the wasm export does between its two crossings: parse, check, write the tape.
        let binding = median_ns(|| {
            let v = mestring::wasm::parse::parse_js(text).expect("bench input");
            let r = mestring::check_referral(&v, None).expect("an object");
            mestring::wasm::tape::write_into(&r, &mut keys, &mut tape)
                .map(|()| tape.ops.len())
                .unwrap_or(0)
        });
        println!(
            "  {name:<12} check {:>6.2} µs ({:>5.2} M/s)   check + report {:>6.2} µs ({:>5.2} M/s)   parse + check {:>6.2} µs ({:>5.2} M/s)   parse + check + tape {:>6.2} µs",
            check / 1000.0,
            1000.0 / check,
            reported / 1000.0,
            1000.0 / reported,
            both / 1000.0,
            1000.0 / both,
            binding / 1000.0
        );
        let _ = write!(
            json,
            "{}{{\"input\":\"{name}\",\"checkNs\":{check:.1},\"checkReportNs\":{reported:.1},\"parseCheckNs\":{both:.1},\"parseCheckTapeNs\":{binding:.1}}}",
            if json.is_empty() { "" } else { "," },
        );
    }
    let out = std::env::var("BENCH_OUT")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench").to_string());
    let run = std::env::var("BENCH_RUN").map_or("null".to_string(), |r| format!("{r:?}"));
    let file = format!("{out}/native.json");
    let written = std::fs::create_dir_all(&out)
        .and_then(|()| std::fs::write(&file, format!("{{\"run\":{run},\"inputs\":[{json}]}}\n")));
    if let Err(e) = written {
        eprintln!("bench: cannot write {file}: {e}");
        std::process::exit(1);
    }
}
