//! The app's views, one per route ([`crate::route::Route`]); each composes components and
//! none of the components knows which view it is on.

pub mod documents;
pub mod rollup;
pub mod work;

pub use documents::DocumentsPage;
pub use rollup::RollupPage;
pub use work::WorkPage;
