//! Links to the parts of the long page, so that an officer can jump between them.

use yew::prelude::*;

use crate::app::AppContext;
use crate::i18n::texts;

/// In-page links: scores, analysis, measures, targets.
#[component]
pub fn SectionNav() -> Html {
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    let t = texts(app.doc.lang);
    let links = [
        ("#years", t.nav_years),
        ("#scores", t.nav_scores),
        ("#analysis", t.nav_analysis),
        ("#charts", t.nav_charts),
        ("#measures", t.nav_measures),
        ("#targets", t.nav_targets),
        ("#compare", t.nav_compare),
        ("#files", t.nav_files),
        ("#rollup", t.nav_rollup),
    ];
    html! {
        <nav class="section-nav" aria-label={t.nav_label}>
            { for links.iter().map(|(href, label)| html! { <a href={*href}>{ *label }</a> }) }
        </nav>
    }
}
