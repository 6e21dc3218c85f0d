//! Invariants of the source tree's layout (ARCHITECTURE.md, "Invariants").

use std::fs;
use std::path::{Path, PathBuf};

/// Every file under `dir`, recursively.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source tree") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// What names a JavaScript binding crate in Rust source.
const JAVASCRIPT: [&str; 4] = ["wasm_bindgen", "wasm-bindgen", "js_sys", "web_sys"];

/// Only `src/wasm/` knows JavaScript: no other source file names the binding crates, and the
/// binding's JavaScript half lives there too. The core stays plain Rust, tested natively.
#[test]
fn only_the_binding_knows_javascript() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let binding = src.join("wasm");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut offenders = Vec::new();
    let mut scanned = 0;
    for path in all.iter().filter(|p| !p.starts_with(&binding)) {
        let shown = path.strip_prefix(src.parent().unwrap_or(&src)).unwrap_or(path).display();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if matches!(ext, "js" | "mjs" | "cjs") {
            offenders.push(format!("{shown}: JavaScript outside src/wasm/"));
            continue;
        }
        if ext != "rs" {
            continue;
        }
        scanned += 1;
        let text = fs::read_to_string(path).expect("UTF-8 source");
        for (i, line) in text.lines().enumerate() {
            if let Some(name) = JAVASCRIPT.iter().find(|n| line.contains(*n)) {
                offenders.push(format!("{shown}:{}: {name}", i + 1));
            }
        }
    }
    assert!(offenders.is_empty(), "outside src/wasm/:\n{}", offenders.join("\n"));
    // The scan reads what it should: the core's files, and the binding does use the crates.
    assert!(scanned > 10, "only {scanned} Rust files outside src/wasm/");
    let bind = fs::read_to_string(binding.join("bind.rs")).expect("src/wasm/bind.rs");
    assert!(JAVASCRIPT.iter().all(|n| n.contains('-') || n == &"web_sys" || bind.contains(n)));
    assert!(binding.join("boundary.js").is_file());
}
