//! The domain and the documents stay plain Rust: no web crates, and no reaching up into the UI.
//! Each is a crate of its own (`crates/ita-domain`, `crates/ita-documents`), so the compiler
//! already refuses a UI module there; this checks their dependencies and sources for web crates.
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

/// The crates that must stay free of the web: the domain and the documents built from it.
const PLAIN: [&str; 2] = ["crates/ita-domain", "crates/ita-documents"];

#[test]
fn the_domain_crates_depend_on_no_web_crate() {
    for krate in PLAIN {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(krate)
            .join("Cargo.toml");
        let text = fs::read_to_string(manifest).expect("the crate's manifest");
        depends_on_no_web_crate(krate, &text);
    }
}

fn depends_on_no_web_crate(krate: &str, text: &str) {
    for name in ["yew", "gloo", "web-sys", "js-sys", "wasm-bindgen"] {
        let depends = text.lines().any(|line| {
            line.trim_start().starts_with(&format!("{name} "))
                || line.trim_start().starts_with(&format!("{name}="))
        });
        assert!(!depends, "{krate} must not depend on `{name}`");
    }
}

#[test]
fn the_domain_crates_use_no_web_crate_and_no_ui_module() {
    let mut files = Vec::new();
    for krate in PLAIN {
        let before = files.len();
        rust_files(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(krate)
                .join("src"),
            &mut files,
        );
        assert!(
            files.len() > before + 5,
            "{krate}: its module tree was found"
        );
    }
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
                    "{}:{}: the domain crates must not use `{name}`",
                    file.display(),
                    number + 1
                );
            }
        }
    }
}
