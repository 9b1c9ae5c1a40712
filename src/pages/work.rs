//! The agency's work: who it is, its years, scores and their reading, measures, targets,
//! comparison and files, with the live result beside them.

use yew::prelude::*;

use crate::browser;
use crate::components::{
    AnalysisPanel, ChartsPanel, ComparePanel, ExampleOffer, FilesPanel, FrameworkPanel,
    MeasureSuggestions, OrganisationForm, ScoreForm, Summary, TargetsPanel, WorkingPanel, YearsBar,
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
/// The score form and the result come first: the sections below the form (about two thirds
/// of the page's elements, with the charts) are rendered once the browser has painted those,
/// so that the form is on screen sooner on a slow computer.
#[component]
pub fn WorkPage(props: &WorkPageProps) -> Html {
    let whole = use_state(|| props.anchored);
    {
        let whole = whole.clone();
        use_effect_with((), move |()| {
            if !*whole {
                browser::after_paint(move || whole.set(true));
            }
        });
    }
    let below = (props.anchored || *whole).then(|| {
        html! {
            <>
                <AnalysisPanel />
                <ChartsPanel />
                <MeasureSuggestions />
                <TargetsPanel />
                <ComparePanel />
                <FilesPanel />
            </>
        }
    });
    html! {
        <div class="layout">
            <div class="inputs">
                <ExampleOffer />
                <OrganisationForm />
                <YearsBar />
                <FrameworkPanel />
                <ScoreForm />
                { for below }
            </div>
            <aside class="results">
                <Summary />
                if props.anchored || *whole {
                    <WorkingPanel />
                }
            </aside>
        </div>
    }
}
