//! ITA Self-Check: an offline, in-browser self-assessment for Thailand's Integrity and
//! Transparency Assessment.
//!
//! [`domain`] holds every ITA rule as plain Rust with no web crates.

pub mod domain;
