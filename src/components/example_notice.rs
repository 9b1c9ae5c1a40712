//! The example to try: offered on a blank workbook, and while open, said on every view with
//! one click back to the user's own work.

use yew::prelude::*;

use crate::app::AppContext;
use crate::i18n::texts;
use crate::state::Action;

/// A welcome card on a blank workbook, with "try with example data" (`try-example`).
#[component]
pub fn ExampleOffer() -> Html {
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    if !app.doc.is_blank() || app.example.is_some() {
        return Html::default();
    }
    let t = texts(app.doc.lang);
    let onclick = Callback::from(move |_: MouseEvent| app.dispatch(Action::OpenExample));
    html! {
        <section class="card welcome" aria-labelledby="welcome-heading">
            <h2 id="welcome-heading">{ t.example_welcome_heading }</h2>
            <p>{ t.example_welcome_body }</p>
            <button type="button" class="primary" data-testid="try-example" {onclick}>{ t.example_try }</button>
        </section>
    }
}

/// While the example is open: a banner on every view (`example-banner`) with the way back
/// (`close-example`).
#[component]
pub fn ExampleBanner() -> Html {
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    if app.example.is_none() {
        return Html::default();
    }
    let t = texts(app.doc.lang);
    let onclick = Callback::from(move |_: MouseEvent| app.dispatch(Action::CloseExample));
    html! {
        <div class="example-banner" role="status" data-testid="example-banner">
            <span>{ t.example_banner }</span>
            <button type="button" data-testid="close-example" {onclick}>{ t.example_close }</button>
        </div>
    }
}
