//! The ITA domain: indicators, frameworks, exact scoring and the text that explains them.
//!
//! Plain Rust with no web crates, so that every rule is tested natively in seconds
//! (`tests/boundary.rs` checks that this stays true). The UI in `crate::components`
//! only ever calls into this tree, never the other way round.

pub mod fixed;
pub mod framework;
pub mod indicator;
pub mod lang;
pub mod organisation;
pub mod score;
pub mod scoring;
pub mod working;

pub use fixed::Fixed;
pub use framework::{
    CustomWeightsError, Framework, FrameworkEntry, ResultRule, Weights, FRAMEWORKS,
};
pub use indicator::{Indicator, Tool};
pub use lang::Lang;
pub use organisation::{OrgType, Province, PROVINCES};
pub use score::{Score, ScoreError};
pub use scoring::{evaluate, Evaluation, IndicatorLine, Level, Outcome, ToolSummary};
pub use working::{working, Working};
