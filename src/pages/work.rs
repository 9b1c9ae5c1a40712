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
/// The score form and the result come first. The sections below the form (about two thirds
/// of the page's elements, with the charts) follow in three steps, each once the browser has
/// painted the one before, so that the form is on screen sooner on a slow computer and no
/// single step holds up typing for long.
#[component]
pub fn WorkPage(props: &WorkPageProps) -> Html {
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
    html! {
        <div class="layout">
            <div class="inputs">
                <ExampleOffer />
                <OrganisationForm />
                <YearsBar />
                <FrameworkPanel />
                <ScoreForm />
                if shown >= 1 {
                    <AnalysisPanel />
                    <ChartsPanel />
                }
                if shown >= 2 {
                    <MeasureSuggestions />
                    <TargetsPanel />
                }
                if shown >= LAST_STEP {
                    <ComparePanel />
                    <FilesPanel />
                }
            </div>
            <aside class="results">
                <Summary />
                if shown >= LAST_STEP {
                    <WorkingPanel />
                }
            </aside>
        </div>
    }
}

/// The step at which every section is on the page.
const LAST_STEP: u8 = 3;
