//! The agency's work: who it is, its years, scores and their reading, measures, targets,
//! comparison and files, with the live result beside them.

use yew::prelude::*;

use crate::app::AppContext;
use crate::browser;
use crate::components::{
    analysis_panel, example_offer, load_status, measure_suggestions, score_form, summary,
    targets_panel, working_panel, ChartsPanel, ComparePanel, FilesPanel, FrameworkPanel,
    OrganisationForm, YearsBar,
};
use crate::hooks::use_later;
use crate::i18n::texts;
use crate::later::{self, Later};

/// Props of [`WorkPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct WorkPageProps {
    /// The place on the page the address names (`#targets` → `targets`), if any: then every
    /// section is there at once (from the first render, or once the later module is in), so
    /// that the place can be brought into view.
    pub anchor: Option<AttrValue>,
}

/// The work page: inputs on the left, the result in sight on the right (below on narrow
/// screens, with the total pinned to the bottom).
///
/// The score form and the result come first. The sections below the form (about two thirds
/// of the page's elements, with the charts) follow in three steps, each once the browser has
/// painted the one before, so that the form is on screen sooner on a slow computer and no
/// single step holds up typing for long. Their code is in the release build's later module
/// (src/later.rs): on a first visit they start once it is in, and a line says so until then.
#[component]
pub fn WorkPage(props: &WorkPageProps) -> Html {
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    let later = use_later();
    let step = use_state(|| if props.anchor.is_some() { LAST_STEP } else { 0 });
    {
        let step = step.clone();
        use_effect_with((*step, later), move |&(now, later)| {
            if now < LAST_STEP && later == Later::In {
                browser::after_paint(move || step.set(now + 1));
            }
        });
    }
    {
        // A place on the page asked for before its section was there is brought into view
        // once it is, and again once the sections' first frame is painted: what they draw
        // after it (hooks::use_painted) moves the place down.
        let asked = use_mut_ref(|| later != Later::In);
        let anchor = props.anchor.clone();
        use_effect_with(later, move |&later| {
            if later == Later::In && std::mem::take(&mut *asked.borrow_mut()) {
                if let Some(id) = anchor {
                    browser::reveal(&id);
                    browser::after_paint(move || browser::reveal(&id));
                }
            }
        });
    }
    let shown = match later {
        Later::In if props.anchor.is_some() => LAST_STEP,
        Later::In => *step,
        _ => 0,
    };
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
                if later != Later::In {
                    { sections_waiting(&app, later) }
                }
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

/// In place of the sections below the form while their code is not in: that it is coming, or
/// that it could not be fetched, with "try again".
fn sections_waiting(app: &AppContext, later: Later) -> Html {
    let t = texts(app.doc.lang);
    let failed =
        (later == Later::Failed).then(|| Callback::from(|_: MouseEvent| later::try_again()));
    load_status(
        "sections",
        failed,
        t.sections_loading,
        t.sections_failed,
        t.try_again,
    )
}
