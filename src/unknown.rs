//! Input fields a check does not read: a misspelled column (`citizen.birthdate`) would otherwise
//! silently leave its criterion unknown. [`notes`] gives one `input.unknown` note (severity info:
//! a portal that passes a larger object is not shouted at) per unknown key, naming the nearest
//! known field; the command-line tool asks [`nearest`] for its column warnings.
//!
//! The walk allocates nothing for a known key, so a check pays almost nothing for it.

use crate::finding::{Arg, Note, Severity};
use crate::value::TRUNCATED;
use crate::Value;

/// A known field and the fields inside it (`*` for the items of a list).
pub struct Field {
    /// The key (`*`: any list index).
    pub name: &'static str,
    /// Its fields, when it is an object or a list.
    pub children: &'static [Field],
}

const fn leaf(name: &'static str) -> Field {
    Field { name, children: &[] }
}

/// Every field `checkReferral` reads.
pub static REFERRAL: &[Field] = &[
    leaf("referenceDate"),
    leaf("plannedEnd"),
    Field { name: "citizen", children: &[leaf("cpr"), leaf("birthDate"), leaf("benefit"), leaf("visitationCategory")] },
    Field { name: "barriers", children: &[Field { name: "*", children: &[leaf("kind"), leaf("severity")] }] },
    leaf("openToGroupWork"),
    leaf("canDescribeOwnBarriers"),
    Field { name: "substanceAbuse", children: &[leaf("present"), leaf("inTreatment"), leaf("treatmentStart"), leaf("treatmentEnd"), leaf("lastUse")] },
];

/// The dotted paths of the keys of `input` that `known` does not have, the first of each (a key
/// unknown in every item of a list is reported on the first item only).
pub fn unknown_paths(input: &Value, known: &'static [Field]) -> Vec<String> {
    fn walk(v: &Value, known: &'static [Field], path: &mut Vec<String>, seen: &mut Vec<String>, out: &mut Vec<String>) {
        match v {
            Value::Object(entries) => {
                for (k, x) in entries {
                    if k == TRUNCATED {
                        continue;
                    }
                    match known.iter().find(|f| f.name == k.as_str()) {
                        Some(f) if !f.children.is_empty() => {
                            path.push(k.to_string());
                            walk(x, f.children, path, seen, out);
                            path.pop();
                        }
                        Some(_) => {}
                        None => {
                            let mut full = path.clone();
                            full.push(k.to_string());
                            let pattern: Vec<&str> = full.iter().map(|s| if s.bytes().all(|b| b.is_ascii_digit()) { "*" } else { s.as_str() }).collect();
                            let pattern = pattern.join(".");
                            if !seen.contains(&pattern) {
                                seen.push(pattern);
                                out.push(full.join("."));
                            }
                        }
                    }
                }
            }
            Value::Array(items) => {
                if let Some(f) = known.iter().find(|f| f.name == "*") {
                    for (i, x) in items.iter().enumerate() {
                        path.push(i.to_string());
                        walk(x, f.children, path, seen, out);
                        path.pop();
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(input, known, &mut Vec::new(), &mut Vec::new(), &mut out);
    out
}

/// Whether `known` has the field at a dotted path (list indexes as numbers: `barriers.0.kind`).
pub fn is_known(path: &str, known: &'static [Field]) -> bool {
    let mut fields = known;
    for seg in path.split('.') {
        let name = if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) { "*" } else { seg };
        match fields.iter().find(|f| f.name == name) {
            Some(f) => fields = f.children,
            None => return false,
        }
    }
    true
}

/// The `input.unknown` note for a field `known` does not have.
pub fn note(path: &str, known: &'static [Field]) -> Note {
    let field = shown(path);
    match nearest(path, known) {
        Some(n) => Note::new("input.unknown", "near", Severity::Info, Some(&field)).arg("field", Arg::Text(field.clone())).arg("nearest", Arg::Text(n)),
        None => Note::new("input.unknown", "unknown", Severity::Info, Some(&field)).arg("field", Arg::Text(field.clone())),
    }
}

/// Every known path, list items as `0` (`barriers.0.kind`).
fn known_paths(known: &'static [Field]) -> Vec<String> {
    fn walk(fields: &'static [Field], prefix: &str, out: &mut Vec<String>) {
        for f in fields {
            let name = if f.name == "*" { "0" } else { f.name };
            let mut path = prefix.to_string();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(name);
            out.push(path.clone());
            walk(f.children, &path, out);
        }
    }
    let mut out = Vec::new();
    walk(known, "", &mut out);
    out
}

/// Edit distance over bytes (field names are ASCII; a non-ASCII name is simply far).
fn distance(a: &[u8], b: &[u8]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(ca != cb)).min(row[j] + 1).min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The known field nearest to `path` (`citizen.birthdate` → `citizen.birthDate`; a known field
/// in the wrong place, `birthDate` → `citizen.birthDate`), list indexes kept; `None` when
/// nothing is near.
pub fn nearest(path: &str, known: &'static [Field]) -> Option<String> {
    if path.len() > 200 {
        return None;
    }
    // List indexes as 0, to compare with the known paths, and put back afterwards.
    let indexes: Vec<&str> = path.split('.').filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).collect();
    let normal: String = path.split('.').map(|s| if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) { "0" } else { s }).collect::<Vec<_>>().join(".").to_ascii_lowercase();
    let last = normal.rsplit('.').next().unwrap_or("");
    let candidates = known_paths(known);
    let best = candidates
        .iter()
        .map(|c| {
            let lower = c.to_ascii_lowercase();
            let d = distance(normal.as_bytes(), lower.as_bytes());
            // A known name in the wrong place is as near as a typo.
            let moved = lower.rsplit('.').next() == Some(last) && !last.is_empty();
            (if moved { d.min(1) } else { d }, c)
        })
        .min_by_key(|(d, _)| *d)?;
    let limit = (normal.len() / 4).clamp(1, 3);
    if best.0 > limit {
        return None;
    }
    let mut indexes = indexes.into_iter();
    Some(best.1.split('.').map(|s| if s == "0" { indexes.next().unwrap_or("0") } else { s }).collect::<Vec<_>>().join("."))
}

/// A key as it may be shown: cut after 100 characters, and never a CPR number (ten digits, with
/// or without a dash after six, are replaced by `x`s).
pub fn shown(path: &str) -> String {
    let cut: String = path.chars().take(100).collect();
    let b = cut.as_bytes();
    let mut out = String::with_capacity(cut.len());
    let mut i = 0;
    while i < b.len() {
        let digits = |from: usize, n: usize| b.get(from..from + n).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
        if digits(i, 6) && (digits(i + 6, 4) || (b.get(i + 6) == Some(&b'-') && digits(i + 7, 4))) {
            let n = if b[i + 6] == b'-' { 11 } else { 10 };
            out.push_str(if n == 11 { "xxxxxx-xxxx" } else { "xxxxxxxxxx" });
            i += n;
        } else {
            let c = cut[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    if path.chars().count() > 100 {
        out.push('…');
    }
    out
}

/// One `input.unknown` note (severity info) per unknown key of `input`, on its path.
pub fn notes(input: &Value, known: &'static [Field]) -> Vec<Note> {
    unknown_paths(input, known).iter().map(|p| note(p, known)).collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_once_each_with_the_nearest_known_field() {
        let v = Value::parse_json(r#"{"referenceDate":"2027-01-04","citizen":{"birthdate":"1999-03-15","cpr":{"x":1}},"barriers":[{"kind":"adhd","sevrity":"mild"},{"sevrity":"x"}],"birthDate":"x","zzz":1,"substanceAbuse":{"present":false}}"#).unwrap();
        assert_eq!(unknown_paths(&v, REFERRAL), ["citizen.birthdate", "barriers.0.sevrity", "birthDate", "zzz"]);
        assert_eq!(nearest("citizen.birthdate", REFERRAL).as_deref(), Some("citizen.birthDate"));
        assert_eq!(nearest("barriers.3.sevrity", REFERRAL).as_deref(), Some("barriers.3.severity"));
        assert_eq!(nearest("birthDate", REFERRAL).as_deref(), Some("citizen.birthDate"));
        assert_eq!(nearest("zzz", REFERRAL), None);
        assert_eq!(nearest("sagsnummer", REFERRAL), None);
        assert!(is_known("barriers.12.kind", REFERRAL) && is_known("citizen", REFERRAL) && !is_known("citizen.birthdate", REFERRAL));
    }

    #[test]
    fn a_key_never_shows_a_cpr_number() {
        assert_eq!(shown("citizen.150399-1000"), "citizen.xxxxxx-xxxx");
        assert_eq!(shown("x1503991000y"), "xxxxxxxxxxxy");
        assert_eq!(shown("æ12345"), "æ12345");
    }
}
