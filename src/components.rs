//! The page's parts, one per file. A part that keeps state of its own (a hook), is repeated
//! with props that mostly stay equal (a score field, a measure card), or shows a part of the
//! work that a score edit leaves alone (the organisation, the years, the framework) is a
//! component whose props hold only what it shows: yew then passes it by when they are equal.
//! A part that reads what every edit changes is a plain function of the app's state
//! (`summary(&app)`), rendered with its parent: each component costs about 1.5 KB of code that
//! yew generates for it, and one that reads the whole state re-renders with every change of it.
//!
//! What a first visit does not show (a storage problem, a second year to compare, a paste's
//! or an import's preview) is built in a function of its own, kept out of line with
//! `#[inline(never)]`: the release build splits the WebAssembly by function
//! (scripts/wasm-split.mjs), so that code travels in the later module, not in the one the first
//! visit waits for.

pub mod analysis_panel;
pub mod catalogue_status;
pub mod chart_figure;
pub mod charts_panel;
pub mod compare_panel;
pub mod custom_weights;
pub mod document_sheets;
pub mod docx_button;
pub mod draft_editor;
pub mod example_notice;
pub mod files_panel;
pub mod framework_panel;
pub mod header;
pub mod indicator_field;
pub mod measure_plan;
pub mod measure_suggestions;
pub mod organisation_form;
pub mod paste_panel;
pub mod planned_measure_card;
pub mod rollup_panel;
pub mod score_field;
pub mod score_form;
pub mod section_nav;
pub mod storage_notice;
pub mod suggestion_item;
pub mod summary;
pub mod targets_panel;
pub mod text_field;
pub mod threshold_settings;
pub mod update_notice;
pub mod what_if_panel;
pub mod working_panel;
pub mod years_bar;

pub use analysis_panel::analysis_panel;
pub use catalogue_status::{catalogue_status, load_status};
pub use chart_figure::ChartFigure;
pub use charts_panel::ChartsPanel;
pub use compare_panel::ComparePanel;
pub use custom_weights::custom_weights;
pub use document_sheets::DocumentSheets;
pub use docx_button::DocxButton;
pub use draft_editor::DraftEditor;
pub use example_notice::{example_banner, example_offer};
pub use files_panel::FilesPanel;
pub use framework_panel::FrameworkPanel;
pub use header::header;
pub use indicator_field::IndicatorField;
pub use measure_plan::measure_plan;
pub use measure_suggestions::measure_suggestions;
pub use organisation_form::OrganisationForm;
pub use paste_panel::PastePanel;
pub use planned_measure_card::PlannedMeasureCard;
pub use rollup_panel::RollupPanel;
pub use score_field::ScoreField;
pub use score_form::score_form;
pub use section_nav::section_nav;
pub use storage_notice::StorageNotice;
pub use suggestion_item::SuggestionItem;
pub use summary::summary;
pub use targets_panel::targets_panel;
pub use text_field::TextField;
pub use threshold_settings::ThresholdSettings;
pub use update_notice::{offline_status, update_notice};
pub use what_if_panel::what_if_panel;
pub use working_panel::working_panel;
pub use years_bar::YearsBar;
