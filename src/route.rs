//! The app's views and their addresses: hash routes (`#/documents/report`), so that `dist/`
//! works from any folder of any server and offline, and so that back, forward and reload keep
//! the view. A hash that is not a route (`#scores`) is a place on the agency's work page.

use crate::domain::documents::DocKind;

/// A view of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Route {
    /// The agency's work: organisation, scores, analysis, measures, targets, files.
    #[default]
    Work,
    /// The documents to publish, one shown at a time.
    Documents(DocKind),
    /// The roll-up of many agencies' files, for supervising offices.
    Rollup,
}

impl Route {
    /// The view a location hash (`#/…`, `#scores` or empty) names.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let Some(path) = path.strip_prefix('/') else {
            return Route::Work;
        };
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        match (parts.next(), parts.next()) {
            (Some("documents"), kind) => {
                Route::Documents(kind.and_then(DocKind::from_code).unwrap_or_default())
            }
            (Some("rollup"), _) => Route::Rollup,
            _ => Route::Work,
        }
    }

    /// The hash that opens this view.
    pub fn href(self) -> String {
        match self {
            Route::Work => "#/".to_owned(),
            Route::Documents(kind) => format!("#/documents/{}", kind.code()),
            Route::Rollup => "#/rollup".to_owned(),
        }
    }

    /// Whether two routes are the same view (any document is the documents view).
    pub fn same_view(self, other: Route) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }
}

/// The place on the work page a hash points at (`#scores` → `scores`), if any.
pub fn anchor(hash: &str) -> Option<&str> {
    let target = hash.strip_prefix('#')?;
    (!target.is_empty() && !target.starts_with('/')).then_some(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_name_views_and_anything_else_is_the_work_page() {
        assert_eq!(Route::from_hash(""), Route::Work);
        assert_eq!(Route::from_hash("#/"), Route::Work);
        assert_eq!(Route::from_hash("#scores"), Route::Work);
        assert_eq!(Route::from_hash("#/rollup"), Route::Rollup);
        assert_eq!(
            Route::from_hash("#/documents"),
            Route::Documents(DocKind::Analysis)
        );
        assert_eq!(
            Route::from_hash("#/documents/report"),
            Route::Documents(DocKind::Report)
        );
        assert_eq!(
            Route::from_hash("#/documents/nonsense"),
            Route::Documents(DocKind::Analysis)
        );
        assert_eq!(Route::from_hash("#/elsewhere"), Route::Work);
        for route in [
            Route::Work,
            Route::Rollup,
            Route::Documents(DocKind::Declaration),
        ] {
            assert_eq!(Route::from_hash(&route.href()), route);
        }
        assert_eq!(anchor("#scores"), Some("scores"));
        assert_eq!(anchor("#/rollup"), None);
        assert_eq!(anchor("#"), None);
    }
}
