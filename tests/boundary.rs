//! The domain stays plain Rust: no web crates, and no reaching up into the UI. It is a crate of
//! its own (`crates/ita-domain`), so the compiler already refuses a UI module there; this
//! checks its dependencies and its sources for web crates.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

const FORBIDDEN: [&str; 10] = [
    "yew",
    "gloo",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "crate::app",
    "crate::components",
    "crate::hooks",
    "crate::storage",
    "crate::browser",
];

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn the_domain_crate_depends_on_no_web_crate() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/ita-domain/Cargo.toml");
    let text = fs::read_to_string(manifest).expect("the domain's manifest");
    for name in ["yew", "gloo", "web-sys", "js-sys", "wasm-bindgen"] {
        let depends = text.lines().any(|line| {
            line.trim_start().starts_with(&format!("{name} "))
                || line.trim_start().starts_with(&format!("{name}="))
        });
        assert!(!depends, "the domain must not depend on `{name}`");
    }
}

#[test]
fn the_domain_uses_no_web_crate_and_no_ui_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/ita-domain/src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(files.len() > 5, "the domain module tree was found");
    for file in files {
        let text = fs::read_to_string(&file).expect("readable source");
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for name in FORBIDDEN {
                let used = code.contains(&format!("{name}::"))
                    || code.contains(&format!("use {name}"))
                    || code.contains(&format!("extern crate {name}"));
                assert!(
                    !used,
                    "{}:{}: the domain must not use `{name}`",
                    file.display(),
                    number + 1
                );
            }
        }
    }
}
