//! Suggested measures for the indicators to develop, each with why, and the year's plan.

use yew::prelude::*;

use crate::app::AppContext;
use crate::components::{catalogue_status, measure_plan, SuggestionItem};
use crate::domain::{suggest, Indicator};
use crate::i18n::{self, texts};
use crate::state::Catalogue;

/// The measures section (`measures` hook): suggestions first, then the plan. Out of line, as
/// the sections below the form come with the later module (src/pages/work.rs).
#[inline(never)]
pub fn measure_suggestions(app: &AppContext) -> Html {
    let doc = &app.doc;
    let lang = doc.lang;
    let t = texts(lang);
    let suggestions = doc.analysis().map(|a| suggest(&a));
    let loaded = app.catalogue == Catalogue::Loaded;

    let list = match &suggestions {
        None => html! { <p class="empty-note">{ t.analysis_needs_scores }</p> },
        Some(suggestions) => html! {
            <>
                <p class="field-note">{ t.suggestions_note }</p>
                { catalogue_status(app) }
                <ul class="suggestions" data-testid="measures">
                    { for suggestions.iter().map(|s| {
                        let why = if s.addresses.is_empty() {
                            t.always_suggested.to_owned()
                        } else {
                            let codes = s.addresses.iter().map(|i| i.code()).collect::<Vec<_>>().join(", ");
                            i18n::suggestion_reason(lang, &codes, &s.stake().to_trimmed(2))
                        };
                        html! {
                            <SuggestionItem key={s.measure.id} measure={s.measure} addresses={s.addresses.clone()}
                                {why} adopted={doc.current().has_adopted(s.measure.id)} {lang} {loaded}
                                plan_year={doc.current().plan_year()} dispatcher={app.dispatcher()} />
                        }
                    }) }
                </ul>
            </>
        },
    };

    html! {
        <section class="card" id="measures" aria-labelledby="measures-heading">
            <h2 id="measures-heading">{ t.measures_heading }</h2>
            <h3>{ t.suggestions_heading }</h3>
            { list }
            { measure_plan(app) }
        </section>
    }
}

/// `"i9 i7"`: the codes for a `data-indicators` attribute.
pub fn codes(indicators: &[Indicator]) -> String {
    indicators
        .iter()
        .map(|i| i.code())
        .collect::<Vec<_>>()
        .join(" ")
}
