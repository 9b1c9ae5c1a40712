//! Custom hooks.

pub mod use_file_drop;
pub mod use_later;
pub mod use_offline;
pub mod use_painted;
pub mod use_persistence;
pub mod use_route;
pub mod use_selected_options;

pub use use_file_drop::use_file_drop;
pub use use_later::use_later;
pub use use_offline::use_offline;
pub use use_painted::use_painted;
pub use use_persistence::use_persistence;
pub use use_route::use_route;
pub use use_selected_options::use_selected_options;
