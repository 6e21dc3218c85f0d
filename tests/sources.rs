//! A finding cites its rule's one source: the rule's entry (`messages(lang)` shows the same), the
//! ruleset value or dated parameter the entry says it reads (a municipality's decision, the law as
//! of a date), or a passage the entry names in `also` (an element of a written agreement that
//! another passage requires). Walks every finding of every shared vector natively.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use mestring::rules::Rule;
use mestring::Value;
use serde_json::Value as J;

#[path = "vectors/expand.rs"]
mod expand;

use expand::vectors;

/// Every `source` object in the ruleset at `path` and below it (a dated parameter's values).
fn sources_at(ruleset: &J, path: &str, out: &mut Vec<(String, String)>) {
    fn walk(v: &J, out: &mut Vec<(String, String)>) {
        match v {
            J::Object(o) => {
                if let Some(s) = o.get("source") {
                    out.push((
                        s["title"].as_str().unwrap_or("").into(),
                        s["ref"].as_str().unwrap_or("").into(),
                    ));
                }
                o.iter().filter(|(k, _)| *k != "source").for_each(|(_, x)| walk(x, out));
            }
            J::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    // A dated parameter by id, else a dotted path: every source inside the value there, or the
    // source of the nearest object above it that has one.
    if let Some(p) = ruleset["parameters"].get(path) {
        return walk(p, out);
    }
    let mut steps: Vec<&str> = path.split('.').collect();
    if let Some(v) = steps.iter().try_fold(ruleset, |v, k| v.get(*k)) {
        let n = out.len();
        walk(v, out);
        if out.len() > n {
            return;
        }
    }
    while !steps.is_empty() {
        let v = steps.iter().try_fold(ruleset, |v, k| v.get(*k));
        if let Some(v) = v.filter(|v| v.get("source").is_some()) {
            return walk(v, out);
        }
        steps.pop();
    }
}

/// Each finding of every vector, with the ruleset in use.
fn findings() -> Vec<(String, J, J)> {
    let default: J = serde_json::from_str(mestring::ruleset::DEFAULT_JSON).unwrap();
    let mut out = Vec::new();
    let ruleset =
        |v: &J| v["options"].get("ruleset").filter(|r| r.is_object()).unwrap_or(&default).clone();
    for (file, v) in vectors("referral") {
        let options = v.get("options").map(Value::from);
        if let Ok(r) = mestring::check_referral(&Value::from(&v["input"]), options.as_ref()) {
            let got = serde_json::to_value(r).unwrap();
            for f in got["findings"].as_array().unwrap() {
                out.push((format!("referral/{file}"), f.clone(), ruleset(&v)));
            }
        }
    }
    for kind in ["plan", "agreements"] {
        for (file, v) in vectors(kind) {
            let (input, options) = (Value::from(&v["input"]), v.get("options").map(Value::from));
            let options = options.as_ref();
            let got = match v["call"].as_str().unwrap() {
                "planCourse" => {
                    serde_json::to_value(mestring::plan_course(&input, options).unwrap())
                }
                "checkPlan" => serde_json::to_value(mestring::check_plan(&input, options).unwrap()),
                "checkTeam" => serde_json::to_value(mestring::check_team(&input, options).unwrap()),
                "checkMentorAgreement" => {
                    serde_json::to_value(mestring::check_mentor_agreement(&input, options).unwrap())
                }
                "checkInternshipAgreement" => serde_json::to_value(
                    mestring::check_internship_agreement(&input, options).unwrap(),
                ),
                "checkSupplierAgreement" => serde_json::to_value(
                    mestring::check_supplier_agreement(&input, options).unwrap(),
                ),
                "checkCaseload" => {
                    serde_json::to_value(mestring::check_caseload(&input, options).unwrap())
                }
                other => panic!("unknown call {other}"),
            }
            .unwrap();
            for f in got["findings"].as_array().unwrap() {
                out.push((format!("{kind}/{file}"), f.clone(), ruleset(&v)));
            }
        }
    }
    for (file, v) in vectors("workflow") {
        let options = v.get("options").map(Value::from);
        let got = mestring::transition(
            &Value::from(&v["state"]),
            &Value::from(&v["event"]),
            options.as_ref(),
        )
        .unwrap();
        let got = serde_json::to_value(got).unwrap();
        for f in got["findings"].as_array().unwrap() {
            out.push((format!("workflow/{file}"), f.clone(), ruleset(&v)));
        }
    }
    out
}

#[test]
fn every_finding_cites_its_rules_one_source() {
    let all = findings();
    assert!(all.len() > 300, "{}", all.len());
    let mut differ = BTreeSet::new();
    for (file, f, ruleset) in &all {
        let id = f["rule"].as_str().unwrap();
        let rule = Rule::ALL.iter().find(|r| r.id() == id).unwrap_or_else(|| panic!("{id}"));
        let entry = rule.entry();
        let got = (
            f["source"]["title"].as_str().unwrap().to_string(),
            f["source"]["ref"].as_str().unwrap().to_string(),
        );
        let mut allowed: Vec<(String, String)> = std::iter::once(&entry.source)
            .chain(entry.also)
            .map(|(t, r)| (t.to_string(), r.to_string()))
            .collect();
        for p in entry.parameters {
            sources_at(ruleset, p, &mut allowed);
        }
        if !allowed.contains(&got) {
            differ.insert(format!("{id} in {file}: {:?} ({:?})", got.0, got.1));
        }
    }
    let differ: Vec<_> = differ.into_iter().collect();
    assert!(
        differ.is_empty(),
        "{} findings cite another source than their rule's:\n{}",
        differ.len(),
        differ.join("\n")
    );
}
