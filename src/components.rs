//! The page's components, one per file.

pub mod custom_weights;
pub mod framework_panel;
pub mod header;
pub mod organisation_form;
pub mod score_field;
pub mod score_form;
pub mod storage_notice;
pub mod summary;
pub mod working_panel;

pub use custom_weights::CustomWeights;
pub use framework_panel::FrameworkPanel;
pub use header::Header;
pub use organisation_form::OrganisationForm;
pub use score_field::ScoreField;
pub use score_form::ScoreForm;
pub use storage_notice::StorageNotice;
pub use summary::Summary;
pub use working_panel::WorkingPanel;
