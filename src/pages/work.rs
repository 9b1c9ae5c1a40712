//! The agency's work: who it is, its years, scores and their reading, measures, targets,
//! comparison and files, with the live result beside them.

use yew::prelude::*;

use crate::app::AppContext;
use crate::browser;
use crate::components::{
    analysis_panel, example_offer, measure_suggestions, score_form, summary, targets_panel,
    working_panel, ChartsPanel, ComparePanel, FilesPanel, FrameworkPanel, OrganisationForm,
    YearsBar,
};

/// Props of [`WorkPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct WorkPageProps {
    /// Whether the address names a place on the page (`#targets`): then every section is
    /// there from the first render, so that the place can be brought into view.
    pub anchored: bool,
}

/// The work page: inputs on the left, the result in sight on the right (below on narrow
/// screens, with the total pinned to the bottom).
///
/// The score form and the result come first. The sections below the form (about two thirds
/// of the page's elements, with the charts) follow in three steps, each once the browser has
/// painted the one before, so that the form is on screen sooner on a slow computer and no
/// single step holds up typing for long.
#[component]
pub fn WorkPage(props: &WorkPageProps) -> Html {
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    let step = use_state(|| if props.anchored { LAST_STEP } else { 0 });
    {
        let step = step.clone();
        use_effect_with(*step, move |&now| {
            if now < LAST_STEP {
                browser::after_paint(move || step.set(now + 1));
            }
        });
    }
    let shown = if props.anchored { LAST_STEP } else { *step };
    let years: Vec<u16> = app.doc.years.iter().map(|a| a.fiscal_year).collect();
    html! {
        <div class="layout">
            <div class="inputs">
                { example_offer(&app, false) }
                <OrganisationForm organisation={app.doc.organisation.clone()} lang={app.doc.lang}
                    dispatcher={app.dispatcher()} />
                <YearsBar years={years.clone()}
                    open={app.doc.open_year} deleted={app.removed_year.as_ref().map(|r| r.assessment.fiscal_year)}
                    lang={app.doc.lang} dispatcher={app.dispatcher()} />
                <FrameworkPanel fiscal_year={app.doc.current().fiscal_year}
                    {years}
                    choice={app.doc.current().framework} custom={app.doc.current().custom.clone()}
                    lang={app.doc.lang} dispatcher={app.dispatcher()} />
                { score_form(&app) }
                if shown >= 1 {
                    { analysis_panel(&app) }
                    <ChartsPanel />
                }
                if shown >= 2 {
                    { measure_suggestions(&app) }
                    { targets_panel(&app) }
                }
                if shown >= LAST_STEP {
                    <ComparePanel />
                    <FilesPanel />
                }
            </div>
            <aside class="results">
                { summary(&app) }
                if shown >= LAST_STEP {
                    { working_panel(&app) }
                }
            </aside>
        </div>
    }
}

/// The step at which every section is on the page.
const LAST_STEP: u8 = 3;
