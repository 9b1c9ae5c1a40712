//! The ITA domain: indicators, frameworks, exact scoring and the text that explains them.
//!
//! Plain Rust with no web crates, so that every rule is tested natively in seconds
//! (`tests/boundary.rs` checks that this stays true). The UI in `crate::components`
//! only ever calls into this tree, never the other way round.

pub mod analysis;
pub mod charts;
pub mod compare;
pub mod documents;
pub mod example;
pub mod exchange;
pub mod filename;
pub mod fixed;
pub mod framework;
pub mod indicator;
pub mod lang;
pub mod list_map;
pub mod measures;
pub mod organisation;
pub mod paste;
pub mod plan;
pub mod rollup;
pub mod score;
pub mod scoring;
pub mod sort;
pub mod stored;
pub mod targets;
pub mod text;
pub mod workbook;
pub mod working;

pub use analysis::{analyse, Analysis, Reading, Standing, Thresholds};
pub use fixed::Fixed;
pub use framework::{
    CustomWeightsError, Framework, FrameworkEntry, ResultRule, Weights, FRAMEWORKS,
};
pub use indicator::{Indicator, Tool};
pub use lang::Lang;
pub use measures::{suggest, CatalogueMeasure, Period, Rhythm, Suggestion, CATALOGUE};
pub use organisation::{OrgType, Province, PROVINCES};
pub use plan::{MeasureEdit, PlannedMeasure, Progress, RoundEdit, RoundReport, Status};
pub use score::{Score, ScoreError};
pub use scoring::{evaluate, Evaluation, IndicatorLine, Level, Outcome, ToolSummary};
pub use text::Text;
pub use working::{working, Working};
