//! The root component: holds the one state, saves it, and lays out the page.

use yew::prelude::*;

use crate::browser;
use crate::components::{
    AnalysisPanel, ChartsPanel, ComparePanel, FilesPanel, FrameworkPanel, Header,
    MeasureSuggestions, OfflineStatus, OrganisationForm, RollupPanel, ScoreForm, SectionNav,
    StorageNotice, Summary, TargetsPanel, UpdateNotice, WorkingPanel, YearsBar,
};
use crate::hooks::{use_offline, use_persistence};
use crate::i18n::texts;
use crate::state::State;
use crate::storage;

/// What every component reads the state from and dispatches actions to.
pub type AppContext = UseReducerHandle<State>;

/// ITA Self-Check.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let (doc, storage) = storage::load();
        State {
            doc,
            storage,
            ..State::default()
        }
    });
    use_persistence(&state);
    let offline = use_offline();
    let lang = state.doc.lang;
    use_effect_with(lang, |lang| browser::set_document_lang(*lang));

    html! {
        <ContextProvider<AppContext> context={state}>
            <Header />
            <SectionNav />
            <UpdateNotice status={offline} />
            <StorageNotice />
            <main class="layout">
                <div class="inputs">
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
                    <RollupPanel />
                </div>
                <aside class="results">
                    <Summary />
                    <WorkingPanel />
                </aside>
            </main>
            <footer class="app-footer">
                <p>{ texts(lang).footer }</p>
                <OfflineStatus status={offline} />
            </footer>
        </ContextProvider<AppContext>>
    }
}
