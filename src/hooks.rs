//! Custom hooks.

pub mod use_persistence;

pub use use_persistence::use_persistence;
