//! The views of the app, and on the work page links to its parts, so that an officer can
//! jump between them.

use yew::prelude::*;

use crate::app::AppContext;
use crate::domain::documents::DocKind;
use crate::i18n::texts;
use crate::route::Route;

/// View links (work, documents, roll-up) and, on the work page, in-page links.
pub fn section_nav(app: &AppContext, route: Route) -> Html {
    let t = texts(app.doc.lang);
    let documents = match route {
        Route::Documents(kind) => kind,
        _ => DocKind::Analysis,
    };
    let views = [
        (Route::Work, "nav-work", t.view_work),
        (
            Route::Documents(documents),
            "nav-documents",
            t.view_documents,
        ),
        (Route::Rollup, "nav-rollup", t.view_rollup),
    ];
    let sections = [
        ("#years", t.nav_years),
        ("#scores", t.nav_scores),
        ("#analysis", t.nav_analysis),
        ("#charts", t.nav_charts),
        ("#measures", t.nav_measures),
        ("#targets", t.nav_targets),
        ("#compare", t.nav_compare),
        ("#files", t.nav_files),
    ];
    html! {
        <div class="section-nav">
            <nav class="views" aria-label={t.views_label}>
                { for views.iter().map(|(target, testid, label)| html! {
                    <a href={target.href()} data-testid={*testid}
                        class={classes!("view-link", target.same_view(route).then_some("current"))}
                        aria-current={target.same_view(route).then_some("page")}>
                        { *label }
                    </a>
                }) }
            </nav>
            if route == Route::Work {
                <nav class="sections" aria-label={t.nav_label}>
                    { for sections.iter().map(|(href, label)| html! { <a href={*href}>{ *label }</a> }) }
                </nav>
            }
        </div>
    }
}
