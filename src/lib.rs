//! ITA Self-Check: an offline, in-browser self-assessment for Thailand's Integrity and
//! Transparency Assessment.
//!
//! [`domain`] (the `ita-domain` crate) holds every ITA rule as plain Rust with no web crates,
//! and [`documents`] (the `ita-documents` crate) builds and writes the documents from it; the
//! rest is the Yew user interface, which uses both and never the other way round.

pub mod app;
pub mod browser;
pub mod components;
pub mod events;
pub mod hooks;
pub mod i18n;
pub mod later;
pub mod offline;
pub mod pages;
pub mod rollup_loader;
pub mod rollup_state;
pub mod route;
pub mod state;
pub mod storage;

pub use app::App;
/// The four documents and their Word files (the `ita-documents` crate).
pub use ita_documents as documents;
/// The ITA rules (the `ita-domain` crate), under the name the UI and the tests use.
pub use ita_domain as domain;
