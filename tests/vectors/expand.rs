//! Expands the fixture form of the shared vectors (tests/vectors/README.md, "Fixtures"). The
//! JavaScript twin is tests/vectors/expand.mjs; both run the cases in tests/vectors/expansion.json.
//! Included by the test crates that read vectors (`#[path = "vectors/expand.rs"] mod expand;`).
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value as J;

/// The folder of the shared vectors.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

/// `tests/vectors/fixtures/*.json` by name (the file name without `.json`).
pub fn fixtures(dir: &Path) -> BTreeMap<String, J> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("fixture folder") {
        let p = entry.expect("entry").path();
        if p.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&p).expect("readable");
            let v = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            out.insert(p.file_stem().unwrap().to_string_lossy().into_owned(), v);
        }
    }
    out
}

/// The raw vector files of one kind (`referral`, `plan`, `agreements`, `workflow`), in file order.
pub fn raw(kind: &str) -> Vec<(String, J)> {
    let dir = root().join(kind);
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).expect("vector folder").map(|e| e.expect("entry").path()).collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            let v: J =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.file_name().unwrap().to_string_lossy().into_owned(), v)
        })
        .collect()
}

/// The vectors of one kind with their fixtures expanded, in file order.
pub fn vectors(kind: &str) -> Vec<(String, J)> {
    let all = fixtures(&root().join("fixtures"));
    raw(kind)
        .into_iter()
        .map(|(file, v)| {
            let v = expand(&v, &all, &mut BTreeSet::new())
                .unwrap_or_else(|e| panic!("{kind}/{file}: {e}"));
            (file, v)
        })
        .collect()
}

/// `value` with every `{ "$fixture": name, "$set"?: { path: value }, "$unset"?: [path] }` replaced
/// by a copy of that fixture, its `$set` paths set and its `$unset` paths removed. A path is a JSON
/// Pointer (RFC 6901: `/citizen/birthDate`, `/barriers/0`, `~1` for a `/` in a key, `~0` for `~`). An error for an unknown fixture, an unknown key
/// beside `$fixture`, a path that does not exist (the last key of a `$set` may be new), or a
/// `$set` that changes nothing. `used` collects the names of the fixtures met.
pub fn expand(
    value: &J,
    all: &BTreeMap<String, J>,
    used: &mut BTreeSet<String>,
) -> Result<J, String> {
    match value {
        J::Array(items) => {
            items.iter().map(|v| expand(v, all, used)).collect::<Result<_, _>>().map(J::Array)
        }
        J::Object(o) if !o.contains_key("$fixture") => {
            let mut out = serde_json::Map::new();
            for (k, v) in o {
                out.insert(k.clone(), expand(v, all, used)?);
            }
            Ok(J::Object(out))
        }
        J::Object(o) => {
            let name = o["$fixture"].as_str().ok_or("$fixture is not a name")?;
            if let Some(k) =
                o.keys().find(|k| !["$fixture", "$set", "$unset"].contains(&k.as_str()))
            {
                return Err(format!("{name}: unknown key {k} beside $fixture"));
            }
            let fixture = all.get(name).ok_or_else(|| format!("unknown fixture {name:?}"))?;
            used.insert(name.to_string());
            let mut out = expand(fixture, all, used)?;
            if let Some(set) = o.get("$set") {
                let set =
                    set.as_object().ok_or_else(|| format!("{name}: $set is not an object"))?;
                for (path, v) in set {
                    let next = expand(v, all, used)?;
                    let slot = walk(&mut out, path, name, true)?;
                    if slot.as_ref() == Some(&next) {
                        return Err(format!("{name}: $set {path} changes nothing"));
                    }
                    put(&mut out, path, next);
                }
            }
            if let Some(unset) = o.get("$unset") {
                let unset =
                    unset.as_array().ok_or_else(|| format!("{name}: $unset is not a list"))?;
                for path in unset {
                    let path = path
                        .as_str()
                        .ok_or_else(|| format!("{name}: $unset {path} is not a path"))?;
                    walk(&mut out, path, name, false)?;
                    let (parent, key) = parent(&mut out, path);
                    match parent {
                        J::Array(a) => {
                            a.remove(key.parse::<usize>().unwrap());
                        }
                        J::Object(m) => {
                            m.remove(&key);
                        }
                        _ => unreachable!("walk checked the path"),
                    }
                }
            }
            Ok(out)
        }
        other => Ok(other.clone()),
    }
}

/// Checks that `path` exists in `root` (its last key may be new when `may_add`); the value there.
fn walk(root: &mut J, path: &str, name: &str, may_add: bool) -> Result<Option<J>, String> {
    let keys =
        pointer(path).ok_or_else(|| format!("{name}: {path} is not a JSON Pointer (/a/b)"))?;
    let mut at = &*root;
    for (i, k) in keys.iter().enumerate() {
        let last = i == keys.len() - 1;
        let next = match at {
            J::Array(a) if is_index(k) => a.get(k.parse::<usize>().unwrap()),
            J::Object(m) => m.get(k),
            _ => None,
        };
        match next {
            Some(v) if last => return Ok(Some(v.clone())),
            Some(v) => at = v,
            None if last && may_add && at.is_object() => return Ok(None),
            None => {
                let verb = if may_add { "set" } else { "unset" };
                return Err(format!("{name}: no {path} to {verb}"));
            }
        }
    }
    Err(format!("{name}: empty path"))
}

/// The keys of a JSON Pointer, unescaped.
fn pointer(path: &str) -> Option<Vec<String>> {
    let rest = path.strip_prefix('/')?;
    Some(rest.split('/').map(|k| k.replace("~1", "/").replace("~0", "~")).collect())
}

fn is_index(k: &str) -> bool {
    k == "0" || (!k.starts_with('0') && !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit()))
}

/// The object or list that holds the last key of `path` (which `walk` has checked), and that key.
fn parent<'a>(root: &'a mut J, path: &str) -> (&'a mut J, String) {
    let mut keys = pointer(path).expect("walk checked the path");
    let key = keys.pop().expect("walk checked the path");
    let mut at = root;
    for k in keys {
        at = match at {
            J::Array(a) => &mut a[k.parse::<usize>().unwrap()],
            J::Object(m) => m.get_mut(&k).unwrap(),
            _ => unreachable!("walk checked the path"),
        };
    }
    (at, key)
}

fn put(root: &mut J, path: &str, value: J) {
    match parent(root, path) {
        (J::Array(a), k) => a[k.parse::<usize>().unwrap()] = value,
        (J::Object(m), k) => {
            m.insert(k, value);
        }
        _ => unreachable!("walk checked the path"),
    }
}
