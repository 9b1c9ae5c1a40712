//! The title bar with the language toggle.

use yew::prelude::*;

use crate::app::AppContext;
use crate::i18n::texts;
use crate::state::Action;

/// App name, what it is for, and the Thai ⇄ English toggle.
pub fn header(app: &AppContext) -> Html {
    let lang = app.doc.lang;
    let t = texts(lang);
    let app = app.clone();
    let onclick = Callback::from(move |_| app.dispatch(Action::ToggleLang));
    html! {
        <header class="app-header">
            <div class="brand">
                <h1>{ "ITA Self-Check" }</h1>
                <p class="subtitle">{ t.app_subtitle }</p>
                <p class="privacy">{ t.privacy_note }</p>
            </div>
            <button
                type="button"
                class="lang-toggle"
                data-testid="lang-toggle"
                lang={lang.toggled().code()}
                title={t.lang_toggle_title}
                {onclick}
            >
                { t.lang_toggle }
            </button>
        </header>
    }
}
