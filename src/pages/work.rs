//! The agency's work: who it is, its years, scores and their reading, measures, targets,
//! comparison and files, with the live result beside them.

use yew::prelude::*;

use crate::components::{
    AnalysisPanel, ChartsPanel, ComparePanel, ExampleOffer, FilesPanel, FrameworkPanel,
    MeasureSuggestions, OrganisationForm, ScoreForm, Summary, TargetsPanel, WorkingPanel, YearsBar,
};

/// The work page: inputs on the left, the result in sight on the right (below on narrow
/// screens, with the total pinned to the bottom).
#[component]
pub fn WorkPage() -> Html {
    html! {
        <div class="layout">
            <div class="inputs">
                <ExampleOffer />
                <OrganisationForm />
                <YearsBar />
                <FrameworkPanel />
                <ScoreForm />
                <AnalysisPanel />
                <ChartsPanel />
                <MeasureSuggestions />
                <TargetsPanel />
                <ComparePanel />
                <FilesPanel />
            </div>
            <aside class="results">
                <Summary />
                <WorkingPanel />
            </aside>
        </div>
    }
}
