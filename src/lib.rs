//! ITA Self-Check: an offline, in-browser self-assessment for Thailand's Integrity and
//! Transparency Assessment.
//!
//! [`domain`] (the `ita-domain` crate) holds every ITA rule as plain Rust with no web crates;
//! the rest is the Yew user interface, which uses the domain and never the other way round.

pub mod app;
pub mod browser;
pub mod components;
pub mod events;
pub mod hooks;
pub mod i18n;
pub mod offline;
pub mod pages;
pub mod rollup_loader;
pub mod rollup_state;
pub mod route;
pub mod state;
pub mod storage;

pub use app::App;
/// The ITA rules (the `ita-domain` crate), under the name the UI and the tests use.
pub use ita_domain as domain;
