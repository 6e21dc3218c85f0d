//! Input fields a check does not read: a misspelled column (`citizen.birthdate`) would otherwise
//! silently leave its criterion unknown. [`notes`] gives one `input.unknown` note (severity info:
//! a portal that passes a larger object is not shouted at) per unknown key, naming the nearest
//! known field; the command-line tool asks [`nearest`] for its column warnings.
//!
//! The walk allocates nothing for a known key, so a check pays almost nothing for it.

use crate::finding::{Arg, Note, Severity};
use crate::rules::Rule;
use crate::value::TRUNCATED;
use crate::Value;

/// A known field and the fields inside it (`*` for the items of a list), declared with
/// [`field!`](crate::field!); natively also its TypeScript type and documentation, from which
/// the TypeScript declarations of the input are written.
pub struct Field {
    /// The key (`*`: any list index).
    pub name: &'static str,
    /// Its fields, when it is an object or a list.
    pub children: &'static [Field],
    /// Its TypeScript type (`IsoDate`, `boolean`, `Citizen`, `Barrier[]`, ...).
    #[cfg(not(target_arch = "wasm32"))]
    pub ts: &'static str,
    /// Its documentation.
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
}

/// Every field `checkReferral` reads (declared beside the target group's rules).
pub use crate::rules::target_group::REFERRAL;

/// The dotted paths of the keys of `input` that `known` does not have, the first of each (a key
/// unknown in every item of a list is reported on the first item only).
pub fn unknown_paths(input: &Value, known: &'static [Field]) -> Vec<String> {
    // The path is a chain of frames on the call stack, joined only for an unknown key: a check
    // pays no allocation for the keys it knows.
    #[derive(Clone, Copy)]
    enum Step<'v> {
        Key(&'v str),
        Index(usize),
    }
    struct Frame<'a, 'v> {
        step: Step<'v>,
        parent: Option<&'a Frame<'a, 'v>>,
    }
    fn join(frame: Option<&Frame>, last: &str, indexes_as_star: bool) -> String {
        let mut steps = Vec::new();
        let mut at = frame;
        while let Some(f) = at {
            steps.push(match f.step {
                Step::Key(k) => k.to_string(),
                Step::Index(_) if indexes_as_star => "*".to_string(),
                Step::Index(i) => i.to_string(),
            });
            at = f.parent;
        }
        steps.reverse();
        steps.push(last.to_string());
        steps.join(".")
    }
    fn walk<'v>(
        v: &'v Value,
        known: &'static [Field],
        frame: Option<&Frame<'_, 'v>>,
        seen: &mut Vec<String>,
        out: &mut Vec<String>,
    ) {
        match v {
            Value::Object(entries) => {
                for (k, x) in entries {
                    let k = k.as_str();
                    // Most keys are known: look them up before asking whether the key is the
                    // mark of a cut object, and compare a name's length and first byte before
                    // its bytes (a call to `memcmp` per name was most of the walk).
                    let found = known.iter().find(|f| {
                        f.name.len() == k.len()
                            && f.name.as_bytes().first() == k.as_bytes().first()
                            && f.name == k
                    });
                    if found.is_none() && k == TRUNCATED {
                        continue;
                    }
                    match found {
                        Some(f) if !f.children.is_empty() => walk(
                            x,
                            f.children,
                            Some(&Frame { step: Step::Key(k), parent: frame }),
                            seen,
                            out,
                        ),
                        Some(_) => {}
                        None => {
                            let pattern = join(frame, k, true);
                            if !seen.contains(&pattern) {
                                seen.push(pattern);
                                out.push(join(frame, k, false));
                            }
                        }
                    }
                }
            }
            Value::Array(items) => {
                if let Some(f) = known.iter().find(|f| f.name == "*") {
                    for (i, x) in items.iter().enumerate() {
                        walk(
                            x,
                            f.children,
                            Some(&Frame { step: Step::Index(i), parent: frame }),
                            seen,
                            out,
                        );
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(input, known, None, &mut Vec::new(), &mut out);
    out
}

/// Whether `known` has the field at a dotted path (list indexes as numbers: `barriers.0.kind`).
pub fn is_known(path: &str, known: &'static [Field]) -> bool {
    let mut fields = known;
    for seg in path.split('.') {
        let name =
            if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) { "*" } else { seg };
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
        Some(n) => Note::new(Rule::InputUnknown, "near", Severity::Info, Some(&field))
            .arg("field", Arg::Text(field.clone()))
            .arg("nearest", Arg::Text(n)),
        None => Note::new(Rule::InputUnknown, "unknown", Severity::Info, Some(&field))
            .arg("field", Arg::Text(field.clone())),
    }
}

/// The fields at a dotted path (list indexes as numbers), when `known` has that path.
fn fields_at(path: &str, known: &'static [Field]) -> Option<&'static [Field]> {
    let mut fields = known;
    for seg in path.split('.').filter(|s| !s.is_empty()) {
        let name = if seg.bytes().all(|b| b.is_ascii_digit()) { "*" } else { seg };
        fields = fields.iter().find(|f| f.name == name)?.children;
    }
    Some(fields)
}

/// Edit distance over bytes, ignoring ASCII case (field names are ASCII; a non-ASCII name is
/// simply far).
fn distance(a: &[u8], b: &[u8]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(!ca.eq_ignore_ascii_case(cb)))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The known field nearest to `path`: a typo of a field next to it (`citizen.birthdate` →
/// `citizen.birthDate`, list indexes kept), else a known field of the same name elsewhere
/// (`birthDate` → `citizen.birthDate`); `None` when nothing is near. Runs only for a key that is
/// not known, and compares only a handful of short names.
pub fn nearest(path: &str, known: &'static [Field]) -> Option<String> {
    if path.len() > 200 {
        return None;
    }
    let (parent, last) = path.rsplit_once('.').unwrap_or(("", path));
    let with_parent =
        |name: &str| if parent.is_empty() { name.to_string() } else { format!("{parent}.{name}") };
    if let Some(siblings) = fields_at(parent, known) {
        let limit = (last.len() / 4).clamp(1, 3);
        let best = siblings
            .iter()
            .filter(|f| f.name != "*")
            .map(|f| (distance(last.as_bytes(), f.name.as_bytes()), f.name))
            .min_by_key(|(d, _)| *d);
        if let Some((_, name)) = best.filter(|(d, _)| *d <= limit) {
            return Some(with_parent(name));
        }
    }
    // A known name in the wrong place: its path is built only once it is found.
    fn find(fields: &'static [Field], name: &str) -> Option<Vec<&'static str>> {
        for f in fields {
            let step = if f.name == "*" { "0" } else { f.name };
            if f.name.eq_ignore_ascii_case(name) {
                return Some(vec![step]);
            }
            if let Some(mut below) = find(f.children, name) {
                below.insert(0, step);
                return Some(below);
            }
        }
        None
    }
    find(known, last).map(|steps| steps.join("."))
}

/// A key as it may be shown: cut after 100 characters, and never a CPR number (ten digits, with
/// or without a dash after six, are replaced by `x`s).
pub fn shown(path: &str) -> String {
    let cut: String = path.chars().take(100).collect();
    let b = cut.as_bytes();
    let mut out = String::with_capacity(cut.len());
    let mut i = 0;
    while i < b.len() {
        let digits = |from: usize, n: usize| {
            b.get(from..from + n).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        };
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
        assert_eq!(
            unknown_paths(&v, REFERRAL),
            ["citizen.birthdate", "barriers.0.sevrity", "birthDate", "zzz"]
        );
        assert_eq!(nearest("citizen.birthdate", REFERRAL).as_deref(), Some("citizen.birthDate"));
        assert_eq!(nearest("barriers.3.sevrity", REFERRAL).as_deref(), Some("barriers.3.severity"));
        assert_eq!(nearest("birthDate", REFERRAL).as_deref(), Some("citizen.birthDate"));
        assert_eq!(nearest("zzz", REFERRAL), None);
        assert_eq!(nearest("sagsnummer", REFERRAL), None);
        assert!(
            is_known("barriers.12.kind", REFERRAL)
                && is_known("citizen", REFERRAL)
                && !is_known("citizen.birthdate", REFERRAL)
        );
    }

    #[test]
    fn a_key_never_shows_a_cpr_number() {
        assert_eq!(shown("citizen.150399-1000"), "citizen.xxxxxx-xxxx");
        assert_eq!(shown("x1503991000y"), "xxxxxxxxxxxy");
        assert_eq!(shown("æ12345"), "æ12345");
    }
}
