//! The example to try: offered on a blank workbook, and while open, said on every view with
//! one click back to the user's own work.

use yew::prelude::*;

use crate::app::AppContext;
use crate::i18n::texts;
use crate::state::Action;

/// Props of [`ExampleOffer`].
#[derive(Properties, PartialEq, Clone)]
pub struct ExampleOfferProps {
    /// The welcome card on a blank workbook, or the quiet link at the foot of the page once
    /// there is work (one of the two shows at a time).
    #[prop_or_default]
    pub quiet: bool,
}

/// "Try with example data" (`try-example`): a welcome card on a blank workbook, a link at the
/// foot of every view otherwise.
#[component]
pub fn ExampleOffer(props: &ExampleOfferProps) -> Html {
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    if app.example.is_some() || app.doc.is_blank() == props.quiet {
        return Html::default();
    }
    let t = texts(app.doc.lang);
    let onclick = Callback::from(move |_: MouseEvent| app.dispatch(Action::OpenExample));
    if props.quiet {
        return html! {
            <p>
                <button type="button" class="link" data-testid="try-example" {onclick}>{ t.example_try }</button>
            </p>
        };
    }
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
