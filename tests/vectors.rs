//! Walks the shared vectors (`tests/vectors/{referral,plan,agreements,workflow}/*.json`, their
//! fixtures expanded) through the native core. `pkg-tests/test/pkg/` walks the same files through
//! the built wasm package, so both must agree. The vectors' forms, the fixtures and what
//! `expected` means: tests/vectors/README.md; `compare` below is the one comparison.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use mestring::Value;
use serde_json::{json, Value as J};

#[path = "vectors/expand.rs"]
mod expand;

use expand::vectors;

fn run(input: &J, options: Option<&J>) -> Result<J, mestring::NotAnObject> {
    let opts = options.map(Value::from);
    mestring::check_referral(&Value::from(input), opts.as_ref())
        .map(|r| serde_json::to_value(r).expect("serialisable"))
}

/// `expected` is a part of `got`: objects by the keys given (a missing key is null), lists in
/// full, element by element, numbers by value (2 and 2.0 are the same).
fn subset(expected: &J, got: &J, path: &str, out: &mut Vec<String>) {
    match (expected, got) {
        (J::Object(e), J::Object(g)) => {
            for (k, v) in e {
                subset(v, g.get(k).unwrap_or(&J::Null), &format!("{path}.{k}"), out);
            }
        }
        (J::Array(e), J::Array(g)) if e.len() == g.len() => {
            for (i, (a, b)) in e.iter().zip(g).enumerate() {
                subset(a, b, &format!("{path}.{i}"), out);
            }
        }
        (J::Number(a), J::Number(b)) if a.as_f64() == b.as_f64() => {}
        (a, b) if a == b => {}
        (a, b) => out.push(format!("{path}: got {b}, expected {a}")),
    }
}

/// The keys an `expected` may have, and those of an expected finding.
const EXPECTED_KEYS: [&str; 10] = [
    "findings",
    "outcome",
    "eligibleFrom",
    "ok",
    "criteria",
    "match",
    "includes",
    "excludes",
    "lengths",
    "throws",
];
const FINDING_KEYS: [&str; 5] = ["rule", "severity", "field", "message", "sourceRef"];

/// The one comparison of a result with a vector's `expected`, for every kind of vector (the
/// meaning of each key: tests/vectors/README.md, "What `expected` means"; its JavaScript twin is
/// `compare` in pkg-tests/test/compare.js). Returns what differs.
fn compare(got: &J, expected: &J) -> Vec<String> {
    let mut out = Vec::new();
    let Some(e) = expected.as_object() else { return vec![format!("expected {expected}")] };
    for k in e.keys().filter(|k| !EXPECTED_KEYS.contains(&k.as_str())) {
        out.push(format!("unknown key {k} in expected"));
    }
    for key in ["outcome", "eligibleFrom", "ok"] {
        if let Some(want) = e.get(key) {
            if &got[key] != want {
                out.push(format!("{key}: got {}, expected {want}", got[key]));
            }
        }
    }
    for (rule, status) in e.get("criteria").and_then(J::as_object).into_iter().flatten() {
        let all = got["criteria"].as_array().cloned().unwrap_or_default();
        match all.iter().find(|c| c["rule"] == json!(rule)) {
            Some(c) if &c["status"] == status => {}
            Some(c) => {
                out.push(format!("criterion {rule}: got {}, expected {status}", c["status"]))
            }
            None => out.push(format!("criterion {rule} missing")),
        }
    }
    if let Some(m) = e.get("match") {
        subset(m, got, "", &mut out);
    }
    for (key, must) in [("includes", true), ("excludes", false)] {
        for (field, values) in e.get(key).and_then(J::as_object).into_iter().flatten() {
            let list = got[field].as_array().cloned().unwrap_or_default();
            for v in values.as_array().unwrap() {
                if list.contains(v) != must {
                    out.push(format!("{field} {} {v}", if must { "lacks" } else { "has" }));
                }
            }
        }
    }
    for (field, n) in e.get("lengths").and_then(J::as_object).into_iter().flatten() {
        let len = got[field].as_array().map_or(0, Vec::len);
        if Some(len as u64) != n.as_u64() {
            out.push(format!("{field} has {len} entries, expected {n}"));
        }
    }
    match (got["findings"].as_array(), e.get("findings").and_then(J::as_array)) {
        (Some(g), Some(want)) => compare_findings(g, want, &mut out),
        (g, want) => out.push(format!("findings: got {g:?}, expected {want:?}")),
    }
    out
}

/// Findings by rule, severity and field, no more and no fewer, in any order; `message` and
/// `sourceRef` where given; every finding returned well-formed.
fn compare_findings(got: &[J], expected: &[J], out: &mut Vec<String>) {
    let key = |f: &J| format!("{} {} {}", f["rule"], f["severity"], f["field"]);
    let mut got_f: Vec<String> = got.iter().map(key).collect();
    let mut exp_f: Vec<String> = expected.iter().map(key).collect();
    got_f.sort();
    exp_f.sort();
    if got_f != exp_f {
        out.push(format!("findings: got {got_f:?}, expected {exp_f:?}"));
    }
    for e in expected {
        let same: Vec<&J> = got.iter().filter(|f| key(f) == key(e)).collect();
        for k in e.as_object().into_iter().flatten().map(|(k, _)| k) {
            if !FINDING_KEYS.contains(&k.as_str()) {
                out.push(format!("unknown key {k} in the expected finding {}", key(e)));
            }
        }
        if let Some(msg) = e.get("message") {
            let found: Vec<&J> = same.iter().map(|f| &f["message"]).collect();
            if !found.contains(&msg) {
                out.push(format!("message of {}: expected {msg}, got {found:?}", key(e)));
            }
        }
        if let Some(r) = e.get("sourceRef") {
            let refs: Vec<&J> = same.iter().map(|f| &f["source"]["ref"]).collect();
            if !refs.contains(&r) {
                out.push(format!("source of {}: expected ref {r}, got {refs:?}", key(e)));
            }
        }
    }
    for f in got {
        let mut keys: Vec<&str> =
            f.as_object().into_iter().flatten().map(|(k, _)| k.as_str()).collect();
        keys.sort_unstable();
        let filled = |v: &J| v.as_str().is_some_and(|s| !s.is_empty());
        if keys != ["field", "message", "rule", "severity", "source"]
            || !filled(&f["message"])
            || !filled(&f["source"]["title"])
            || !filled(&f["source"]["ref"])
        {
            out.push(format!("a finding not well-formed: {f}"));
        }
    }
}

/// One call of the public API by its JavaScript name.
fn call(name: &str, input: &Value, options: Option<&Value>) -> J {
    let r = match name {
        "planCourse" => serde_json::to_value(mestring::plan_course(input, options).unwrap()),
        "checkPlan" => serde_json::to_value(mestring::check_plan(input, options).unwrap()),
        "checkTeam" => serde_json::to_value(mestring::check_team(input, options).unwrap()),
        "checkMentorAgreement" => {
            serde_json::to_value(mestring::check_mentor_agreement(input, options).unwrap())
        }
        "checkInternshipAgreement" => {
            serde_json::to_value(mestring::check_internship_agreement(input, options).unwrap())
        }
        "checkSupplierAgreement" => {
            serde_json::to_value(mestring::check_supplier_agreement(input, options).unwrap())
        }
        "checkCaseload" => serde_json::to_value(mestring::check_caseload(input, options).unwrap()),
        other => panic!("unknown call {other}"),
    };
    r.unwrap()
}

/// `tests/vectors/plan/` and `tests/vectors/agreements/`: `{ name, call, input, options?, expected }`.
#[test]
fn call_vectors() {
    let mut failures = Vec::new();
    for kind in ["plan", "agreements"] {
        let all = vectors(kind);
        assert!(all.len() >= 20, "only {} {kind} vectors", all.len());
        for (file, v) in &all {
            let options = v.get("options").map(Value::from);
            let got =
                call(v["call"].as_str().unwrap(), &Value::from(&v["input"]), options.as_ref());
            let mut out = compare(&got, &v["expected"]);
            if let Some(cpr) = v["input"]["citizen"]["cpr"].as_str() {
                if got.to_string().contains(cpr) {
                    out.push("CPR number in the output".into());
                }
            }
            failures.extend(out.into_iter().map(|d| format!("{kind}/{file}: {d}")));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn workflow_vectors() {
    let all = vectors("workflow");
    assert!(all.len() >= 20, "only {} workflow vectors", all.len());
    let mut failures = Vec::new();
    for (file, v) in &all {
        let options = v.get("options").map(Value::from);
        let got = serde_json::to_value(
            mestring::transition(
                &Value::from(&v["state"]),
                &Value::from(&v["event"]),
                options.as_ref(),
            )
            .unwrap(),
        )
        .unwrap();
        let mut out = compare(&got, &v["expected"]);
        if v["expected"].get("ok").is_none() {
            out.push("a workflow vector gives ok".into());
        }
        if got["ok"] == false {
            let mut same = Vec::new();
            subset(&v["state"], &got["state"], "state", &mut same);
            subset(&got["state"], &v["state"], "state", &mut same);
            out.extend(same.into_iter().map(|d| format!("refused, but the state changed: {d}")));
        }
        failures.extend(out.into_iter().map(|d| format!("{file}: {d}")));
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// Every guard of the workflow has a vector that refuses and one that passes.
#[test]
fn every_guarded_event_is_refused_and_passed_by_some_vector() {
    let all = vectors("workflow");
    for event in
        ["startPreparation", "startTeaching", "startInternship", "startAftercare", "referBack"]
    {
        for ok in [true, false] {
            assert!(
                all.iter().any(|(_, v)| v["event"]["type"] == event && v["expected"]["ok"] == ok),
                "no vector where {event} is {}",
                if ok { "allowed" } else { "refused" }
            );
        }
    }
}

#[test]
fn referral_vectors() {
    let all = vectors("referral");
    assert!(all.len() >= 50, "only {} referral vectors", all.len());
    let mut failures = Vec::new();
    for (file, v) in &all {
        let expected = &v["expected"];
        let result = run(&v["input"], v.get("options"));
        match (result, expected.get("throws")) {
            (Err(_), Some(t)) if t == "TypeError" => {}
            (Err(e), _) => failures.push(format!("{file}: threw {e}")),
            (Ok(_), Some(_)) => failures.push(format!("{file}: did not throw")),
            (Ok(got), None) => {
                for key in ["outcome", "eligibleFrom"] {
                    if expected.get(key).is_none() {
                        failures.push(format!("{file}: a referral vector gives {key}"));
                    }
                }
                for f in expected["findings"].as_array().into_iter().flatten() {
                    if f.get("sourceRef").is_none() {
                        failures.push(format!("{file}: no sourceRef for the expected {f}"));
                    }
                }
                for d in compare(&got, expected) {
                    failures.push(format!("{file}: {d}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// Every result, for every vector: well-formed findings and no CPR number in any output string.
#[test]
fn every_finding_has_a_message_and_a_source_and_no_cpr_leaks() {
    for (file, v) in vectors("referral") {
        let Ok(got) = run(&v["input"], v.get("options")) else { continue };
        for f in got["findings"].as_array().unwrap() {
            for k in ["rule", "severity", "message"] {
                assert!(f[k].as_str().is_some_and(|s| !s.is_empty()), "{file}: {k} in {f}");
            }
            assert!(
                f["source"]["title"].as_str().is_some_and(|s| !s.is_empty()),
                "{file}: source in {f}"
            );
            assert!(
                f["source"]["ref"].as_str().is_some_and(|s| !s.is_empty()),
                "{file}: source ref in {f}"
            );
            assert!(
                !f["message"].as_str().unwrap().contains("Reglen "),
                "{file}: generic fallback text in {f}"
            );
        }
        if let Some(cpr) = v["input"]["citizen"]["cpr"].as_str() {
            let digits: String = cpr.chars().filter(char::is_ascii_digit).collect();
            let text = got.to_string();
            if digits.len() >= 7 {
                assert!(
                    !text.contains(cpr.trim()) && !text.contains(&digits),
                    "{file}: CPR number in output"
                );
            }
        }
    }
}

/// `eligibleFrom = D` means: the same referral as of D is eligible.
#[test]
fn eligible_from_is_really_eligible() {
    let mut checked = 0;
    for (file, v) in vectors("referral") {
        let Ok(got) = run(&v["input"], v.get("options")) else { continue };
        let Some(d) = got["eligibleFrom"].as_str() else { continue };
        let mut later = v["input"].clone();
        later["referenceDate"] = json!(d);
        let again = run(&later, v.get("options")).unwrap();
        assert_eq!(again["outcome"], "eligible", "{file}: not eligible on {d}");
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} vectors have an eligibleFrom");
}

/// The English texts are complete too: every vector in English renders without the fallback.
#[test]
fn english_messages_for_every_vector() {
    for (file, v) in vectors("referral") {
        let mut options = v.get("options").cloned().unwrap_or(json!({}));
        options["lang"] = json!("en");
        let Ok(got) = run(&v["input"], Some(&options)) else { continue };
        for f in got["findings"].as_array().unwrap() {
            let m = f["message"].as_str().unwrap();
            assert!(!m.starts_with("Rule ") && !m.contains('{'), "{file}: {m}");
            assert!(
                !m.contains('æ') && !m.contains('ø') || m.contains("kontanthjælp"),
                "{file}: Danish text in English: {m}"
            );
        }
    }
}

/// The plan and workflow vectors in English: every message has its text (no fallback, no
/// unfilled argument) and no Danish letters outside names.
#[test]
fn english_messages_for_plan_agreement_and_workflow_vectors() {
    let en = |v: &J| {
        let mut o = v.get("options").cloned().unwrap_or(serde_json::json!({}));
        o["lang"] = serde_json::json!("en");
        Value::from(&o)
    };
    let mut results = Vec::new();
    for (file, v) in vectors("plan").into_iter().chain(vectors("agreements")) {
        results.push((
            file.clone(),
            call(v["call"].as_str().unwrap(), &Value::from(&v["input"]), Some(&en(&v))),
        ));
    }
    for (file, v) in vectors("workflow") {
        let got = mestring::transition(
            &Value::from(&v["state"]),
            &Value::from(&v["event"]),
            Some(&en(&v)),
        )
        .unwrap();
        results.push((file, serde_json::to_value(got).unwrap()));
    }
    for (file, got) in results {
        for f in got["findings"].as_array().unwrap() {
            let m = f["message"].as_str().unwrap();
            assert!(!m.starts_with("Rule ") && !m.contains('{'), "{file}: {m}");
            // Text quoted from the input (a mentor's tasks) may be Danish.
            let own: String = m.split('"').step_by(2).collect();
            assert!(
                !own.contains(['æ', 'ø', 'å']) || own.contains("kontanthjælp"),
                "{file}: Danish in English: {m}"
            );
        }
    }
}

/// The wasm binding hands results over as a tape (src/tape.rs): read back as the JavaScript side
/// reads it, every vector's result is exactly the JSON the native API gives. One set of names is
/// shared across all calls, as in one wasm instance.
#[test]
fn every_result_reads_back_from_the_tape() {
    use mestring::wasm::tape;
    let mut keys = tape::Keys::default();
    let mut names = std::collections::HashMap::new();
    let mut check = |file: &str, result: &dyn erased::Result| {
        let (tape, json) = result.both(&mut keys);
        let (got, want) = (tape::to_json(&tape, &mut names), whole_numbers(json));
        assert!(got == want, "{file}: {}", first_difference(&got, &want, "").unwrap_or_default());
    };
    for (file, v) in vectors("referral") {
        let options = v.get("options").map(Value::from);
        if let Ok(r) = mestring::check_referral(&Value::from(&v["input"]), options.as_ref()) {
            check(&file, &r);
        }
    }
    for kind in ["plan", "agreements"] {
        for (file, v) in vectors(kind) {
            let (input, options) = (Value::from(&v["input"]), v.get("options").map(Value::from));
            let options = options.as_ref();
            match v["call"].as_str().unwrap() {
                "planCourse" => check(&file, &mestring::plan_course(&input, options).unwrap()),
                "checkPlan" => check(&file, &mestring::check_plan(&input, options).unwrap()),
                "checkTeam" => check(&file, &mestring::check_team(&input, options).unwrap()),
                "checkMentorAgreement" => {
                    check(&file, &mestring::check_mentor_agreement(&input, options).unwrap())
                }
                "checkInternshipAgreement" => {
                    check(&file, &mestring::check_internship_agreement(&input, options).unwrap())
                }
                "checkSupplierAgreement" => {
                    check(&file, &mestring::check_supplier_agreement(&input, options).unwrap())
                }
                "checkCaseload" => {
                    check(&file, &mestring::check_caseload(&input, options).unwrap())
                }
                other => panic!("unknown call {other}"),
            }
        }
    }
    for (file, v) in vectors("workflow") {
        let options = v.get("options").map(Value::from);
        check(
            &file,
            &mestring::transition(
                &Value::from(&v["state"]),
                &Value::from(&v["event"]),
                options.as_ref(),
            )
            .unwrap(),
        );
    }
    check("catalogue", &mestring::messages::catalogue(mestring::Lang::En));
}

/// JavaScript has one number type: `15.0` is `15`.
fn whole_numbers(v: J) -> J {
    match v {
        J::Number(n) => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 9e15 => J::from(f as i64),
            _ => J::Number(n),
        },
        J::Array(items) => J::Array(items.into_iter().map(whole_numbers).collect()),
        J::Object(o) => J::Object(o.into_iter().map(|(k, v)| (k, whole_numbers(v))).collect()),
        other => other,
    }
}

/// Serialisation of any result type through one object-safe trait.
mod erased {
    pub trait Result {
        fn both(
            &self,
            keys: &mut mestring::wasm::tape::Keys,
        ) -> (mestring::wasm::tape::Tape, serde_json::Value);
    }
    impl<T: serde::Serialize> Result for T {
        fn both(
            &self,
            keys: &mut mestring::wasm::tape::Keys,
        ) -> (mestring::wasm::tape::Tape, serde_json::Value) {
            (mestring::wasm::tape::write(self, keys).unwrap(), serde_json::to_value(self).unwrap())
        }
    }
}

fn first_difference(got: &J, want: &J, path: &str) -> Option<String> {
    match (got, want) {
        (J::Object(a), J::Object(b)) => {
            for k in a.keys().chain(b.keys()) {
                match (a.get(k), b.get(k)) {
                    (Some(x), Some(y)) => {
                        if let Some(d) = first_difference(x, y, &format!("{path}.{k}")) {
                            return Some(d);
                        }
                    }
                    (x, y) => return Some(format!("{path}.{k}: {x:?} vs {y:?}")),
                }
            }
            None
        }
        (J::Array(a), J::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(x, y, &format!("{path}.{i}"))),
        _ => (got != want).then(|| format!("{path}: {got} vs {want}")),
    }
}

/// The expansion itself: the shared cases of `tests/vectors/expansion.json`.
#[test]
fn fixture_expansion_cases() {
    let text = std::fs::read_to_string(expand::root().join("expansion.json")).unwrap();
    let spec: J = serde_json::from_str(&text).unwrap();
    let fixtures = spec["fixtures"].as_object().unwrap().clone().into_iter().collect();
    let cases = spec["cases"].as_array().unwrap();
    assert!(cases.len() >= 8);
    for case in cases {
        let got = expand::expand(&case["given"], &fixtures, &mut BTreeSet::new());
        match (got, case.get("expected"), case["error"].as_str()) {
            (Ok(got), Some(want), None) => assert_eq!(&got, want, "{}", case["name"]),
            (Err(e), None, Some(want)) => assert!(e.contains(want), "{}: {e}", case["name"]),
            (got, _, _) => panic!("{}: got {got:?}", case["name"]),
        }
    }
}

/// Every vector expands, and every fixture is used by some vector (an unused one would rot).
#[test]
fn every_vector_expands_and_every_fixture_is_used() {
    let fixtures = expand::fixtures(&expand::root().join("fixtures"));
    let mut used = BTreeSet::new();
    let mut count = 0;
    for kind in ["referral", "plan", "agreements", "workflow"] {
        for (file, v) in expand::raw(kind) {
            let got = expand::expand(&v, &fixtures, &mut used);
            let got = got.unwrap_or_else(|e| panic!("{kind}/{file}: {e}"));
            assert!(!got.to_string().contains("\"$fixture\""), "{kind}/{file}");
            count += 1;
        }
    }
    assert!(count >= 200, "only {count} vectors");
    let unused: Vec<_> = fixtures.keys().filter(|k| !used.contains(*k)).collect();
    assert!(unused.is_empty(), "fixtures no vector uses: {unused:?}");
}

/// The call a vector makes, with `options` given: its findings in full.
fn findings_of(kind: &str, v: &J, options: &Value) -> Option<Vec<mestring::finding::Finding>> {
    let input = Value::from(v.get("input").unwrap_or(&J::Null));
    let o = Some(options);
    match kind {
        "referral" => mestring::check_referral(&input, o).ok().map(|r| r.findings),
        "workflow" => {
            let (state, event) = (Value::from(&v["state"]), Value::from(&v["event"]));
            mestring::transition(&state, &event, o).ok().map(|r| r.findings)
        }
        _ => match v["call"].as_str()? {
            "planCourse" => mestring::plan_course(&input, o).ok().map(|r| r.findings),
            "checkPlan" => mestring::check_plan(&input, o).ok().map(|r| r.findings),
            "checkTeam" => mestring::check_team(&input, o).ok().map(|r| r.findings),
            "checkMentorAgreement" => {
                mestring::check_mentor_agreement(&input, o).ok().map(|r| r.findings)
            }
            "checkInternshipAgreement" => {
                mestring::check_internship_agreement(&input, o).ok().map(|r| r.findings)
            }
            "checkSupplierAgreement" => {
                mestring::check_supplier_agreement(&input, o).ok().map(|r| r.findings)
            }
            "checkCaseload" => mestring::check_caseload(&input, o).ok().map(|r| r.findings),
            other => panic!("unknown call {other}"),
        },
    }
}

/// One renderer is the truth: the message of every finding of every vector, in Danish and in
/// English, as the Rust renderer writes it, is what `tests/vectors/messages.json` holds, and
/// `pkg-tests/test/pkg/messages.test.js` requires the package (whose JavaScript half renders
/// findings from their compact form) to write exactly the same. The vectors reach every kind
/// of argument (dates, labels joined with "eller"/"og", halves, counts, ranges, amounts, "every
/// n days") and a text that begins with an argument (capitalised). After a change of wording:
/// `MESTRING_WRITE_MESSAGES=1 cargo test --test vectors` rewrites the file.
#[test]
fn every_message_is_the_one_the_package_renders() {
    use mestring::finding::Arg;
    let mut all = serde_json::Map::new();
    let mut kinds = BTreeSet::new();
    let mut capitalised = 0;
    for kind in ["referral", "plan", "agreements", "workflow"] {
        for (file, v) in vectors(kind) {
            let options = match v.get("options") {
                None | Some(J::Null) => serde_json::Map::new(),
                Some(J::Object(o)) => o.clone(),
                Some(_) => continue,
            };
            let mut per_lang = serde_json::Map::new();
            for lang in ["da", "en"] {
                let mut o = options.clone();
                o.insert("lang".into(), json!(lang));
                let Some(found) = findings_of(kind, &v, &Value::from(&J::Object(o))) else {
                    continue;
                };
                let mut messages = Vec::new();
                for f in &found {
                    for (_, a) in &f.note().args {
                        kinds.insert(match a {
                            Arg::Int(_) => "int",
                            Arg::Date(_) => "date",
                            Arg::Text(_) => "text",
                            Arg::Labels(_) | Arg::SharedLabels(_) => "labels",
                            Arg::All(_) => "all",
                            Arg::Halves(_) => "halves",
                            Arg::Count(..) => "count",
                            Arg::Range(..) => "range",
                            Arg::Amount(..) => "amount",
                            Arg::Every(_) => "every",
                        });
                    }
                    let text =
                        f.note().rule.entry().texts.iter().find(|t| t.variant == f.note().variant);
                    let template = text.map(|t| if lang == "da" { t.da } else { t.en });
                    if template.is_some_and(|t| t.starts_with('{')) {
                        capitalised += 1;
                    }
                    messages.push(json!(f.message()));
                }
                // In the order of their text: the order of findings follows the order of an
                // input's keys, which serde_json's map does not keep.
                messages.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
                per_lang.insert(lang.into(), J::Array(messages));
            }
            if !per_lang.is_empty() {
                all.insert(format!("{kind}/{file}"), J::Object(per_lang));
            }
        }
    }
    assert_eq!(kinds.len(), 10, "the vectors reach only {kinds:?}");
    assert!(capitalised > 0, "no vector has a text that begins with an argument");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/messages.json");
    let text = serde_json::to_string_pretty(&J::Object(all)).expect("JSON") + "\n";
    if std::env::var_os("MESTRING_WRITE_MESSAGES").is_some() {
        std::fs::write(path, &text).expect("writable");
    }
    let stored = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        stored == text,
        "tests/vectors/messages.json is not what the Rust renderer writes: rerun with \
         MESTRING_WRITE_MESSAGES=1 and review the difference"
    );
}

/// Arguments the vectors reach with few values (decimals with a leading zero, halves, "every n
/// days", ranges of one, periods, unknown codes, lists of one to three): findings made here,
/// written as the binding's tape and with their messages as the Rust renderer writes them, to
/// `tests/vectors/compact.json`, which `pkg-tests/test/pkg/messages.test.js` decodes with
/// `src/wasm/boundary.js` and compares. `MESTRING_WRITE_MESSAGES=1` rewrites it.
#[test]
fn compact_findings_of_every_argument_kind_render_the_same() {
    use mestring::finding::{Arg, Note, Severity};
    use mestring::rules::Rule;
    use mestring::wasm::tape;
    let note = |rule, variant| Note::at(rule, variant, Severity::Warning, "x.y");
    let mut notes = Vec::new();
    for (d, max) in [(1, 7), (7, 14), (14, 1), (10, 3), (3, 10), (21, 28)] {
        notes.push(
            note(Rule::MentorContact, "law").arg("days", Arg::Every(d)).arg("max", Arg::Every(max)),
        );
    }
    for x in [
        7.05, 0.5, 1.0, 37.0, 2.999, 12.345, -0.5, -7.25, 0.0, 1.004, 99.995, -0.004, 1e16, 1e300,
        -1e300,
    ] {
        notes.push(note(Rule::InternshipHours, "overFullWeek").arg("max", Arg::Amount(x, "hour")));
    }
    for (median, limit) in [(55, 1), (54, 2), (1, 0), (-3, 5), (-1, 3), (0, 10)] {
        notes.push(
            note(Rule::PlanTeamComposition, "older")
                .arg("number", Arg::Int(1))
                .arg("age", Arg::Int(40))
                .arg("median", Arg::Halves(median))
                .arg("limit", Arg::Count(limit, "year")),
        );
    }
    for (lo, hi, noun) in
        [(1, 1, "participant"), (8, 10, "participant"), (2, 2, "week"), (1, 1, "week")]
    {
        notes.push(
            note(Rule::PlanTeamSize, "outsideProfile").arg("range", Arg::Range(lo, hi, noun)),
        );
    }
    let codes = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    for lost in [
        &["holiday:juledag"][..],
        &["holiday:juledag", "holiday:anden_juledag"],
        &["holiday:juledag", "no-such-code", "holiday:langfredag"],
    ] {
        notes.push(
            Note::new(Rule::PlanShortWeek, "holidays", Severity::Info, None)
                .arg("week", Arg::Int(52))
                .arg("date", Arg::Date(chrono::NaiveDate::from_ymd_opt(2027, 12, 20).unwrap()))
                .arg("actual", Arg::Count(1, "teachingDay"))
                .arg("planned", Arg::Int(3))
                .arg("holidays", Arg::All(codes(lost))),
        );
    }
    for period in ["period:1", "period:3", "period:12"] {
        notes.push(
            note(Rule::AbuseSobriety, "notMet")
                .arg("period", Arg::Labels(codes(&[period])))
                .arg("date", Arg::Date(chrono::NaiveDate::from_ymd_opt(2028, 2, 29).unwrap())),
        );
    }
    notes.push(
        note(Rule::TargetBarrier, "notMet")
            .arg("kinds", Arg::Labels(codes(&["adhd", "anxiety", "depression", "other"])))
            .arg("severities", Arg::Labels(codes(&["mild"]))),
    );
    notes.push(note(Rule::InputUnknown, "near").arg("near", Arg::Text("citizen.birthDate".into())));
    notes.push(Note::new(
        Rule::PlanHolidayTeaching,
        "noSuchText",
        Severity::Error,
        Some("dynamic.0.path"),
    ));
    let mut cases = Vec::new();
    for lang in [mestring::Lang::Da, mestring::Lang::En] {
        let findings: Vec<_> = notes.iter().map(|n| n.clone().render(lang)).collect();
        let t = tape::write(&findings, &mut tape::Keys::default()).expect("a tape");
        let messages: Vec<String> = findings.iter().map(|f| f.message()).collect();
        cases.push(
            json!({ "lang": lang.code(), "ops": t.ops, "text": t.text, "messages": messages }),
        );
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/compact.json");
    let text = serde_json::to_string(&J::Array(cases)).expect("JSON") + "\n";
    if std::env::var_os("MESTRING_WRITE_MESSAGES").is_some() {
        std::fs::write(path, &text).expect("writable");
    }
    let stored = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        stored == text,
        "tests/vectors/compact.json is not what the Rust side writes: rerun with \
         MESTRING_WRITE_MESSAGES=1 and review the difference"
    );
}
