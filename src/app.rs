//! The root component: holds the one state, saves it, follows the address to the view it
//! names, and lays out what every view shares.

use yew::prelude::*;

use crate::browser;
use crate::components::{
    example_banner, example_offer, header, offline_status, section_nav, update_notice,
    StorageNotice,
};
use crate::domain::measures::texts as catalogue_texts;
use crate::hooks::{use_offline, use_persistence, use_route};
use crate::i18n::texts;
use crate::pages::{DocumentsPage, RollupPage, WorkPage};
use crate::route::{anchor, Route};
use crate::state::{Action, Catalogue, State};
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
    {
        // The catalogue's long texts (domain::measures::texts), fetched once the page is painted,
        // its fonts are in and the release build's later module, whose sections and documents
        // read them, is in (src/later.rs); and again when the user asks after a failure.
        let dispatcher = state.dispatcher();
        use_effect_with(state.catalogue, move |catalogue| {
            if *catalogue == Catalogue::Loading {
                browser::after_paint(move || {
                    wasm_bindgen_futures::spawn_local(async move {
                        browser::fonts_settled().await;
                        crate::later::arrived().await;
                        let loaded =
                            browser::fetch_text(catalogue_texts::FILE)
                                .await
                                .and_then(|file| {
                                    catalogue_texts::load(file).map_err(|e| e.to_string())
                                });
                        if let Err(why) = &loaded {
                            web_sys::console::warn_1(
                                &format!("{}: {why}", catalogue_texts::FILE).into(),
                            );
                        }
                        let catalogue = match loaded {
                            Ok(()) => Catalogue::Loaded,
                            Err(_) => Catalogue::Failed,
                        };
                        dispatcher.dispatch(Action::SetCatalogue(catalogue));
                    });
                });
            }
        });
    }
    let offline = use_offline();
    let (route, hash) = use_route();
    let lang = state.doc.lang;
    let t = texts(lang);
    use_effect_with(lang, |lang| browser::set_document_lang(*lang));
    {
        // The page's title names the view, so that history and tabs say where each one is;
        // the work page keeps the title the page was served with.
        let served = use_memo((), |()| match browser::title() {
            title if title.trim().is_empty() => "ITA Self-Check".to_owned(),
            title => title,
        });
        let title = match route {
            Route::Work => (*served).clone(),
            Route::Documents(kind) => format!("{} · {served}", kind.name(lang)),
            Route::Rollup => format!("{} · {served}", t.view_rollup),
        };
        use_effect_with(title, |title| browser::set_title(title));
    }
    {
        // A place on the work page (#scores) is brought into view once the page is there; a
        // new view starts at its top with the focus on its content.
        let first = use_mut_ref(|| true);
        use_effect_with((route, hash.clone()), move |(route, hash)| {
            let first_render = std::mem::replace(&mut *first.borrow_mut(), false);
            match anchor(hash) {
                Some(id) if *route == Route::Work => browser::reveal(id),
                _ if !first_render => browser::focus("main"),
                _ => {}
            }
        });
    }
    let rollup_opened = {
        let opened = use_mut_ref(|| false);
        let mut opened = opened.borrow_mut();
        *opened |= route == Route::Rollup;
        *opened
    };
    let on_skip = Callback::from(|e: MouseEvent| {
        // The hash stays the view's: "#main" is not a route.
        e.prevent_default();
        browser::focus("main");
    });

    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <a class="skip-link" href="#main" onclick={on_skip}>{ t.skip_link }</a>
            { header(&state) }
            { section_nav(&state, route) }
            { example_banner(&state) }
            { update_notice(&state, offline) }
            <StorageNotice />
            <main id="main" tabindex="-1" class={classes!("view", view_class(route))}>
                { match route {
                    Route::Work => html! { <WorkPage anchor={anchor(&hash).map(|id| AttrValue::from(id.to_owned()))} /> },
                    Route::Documents(kind) => html! { <DocumentsPage {kind} /> },
                    Route::Rollup => Html::default(),
                } }
                // The roll-up is made when it is first opened, and then keeps the files loaded
                // into it while other views are open.
                if rollup_opened {
                    <div hidden={route != Route::Rollup}>
                        <RollupPage {lang} />
                    </div>
                }
            </main>
            <footer class="app-footer">
                <p>{ t.footer }</p>
                { example_offer(&state, true) }
                { offline_status(&state, offline) }
            </footer>
        </ContextProvider<AppContext>>
    }
}

fn view_class(route: Route) -> &'static str {
    match route {
        Route::Work => "view-work",
        Route::Documents(_) => "view-documents",
        Route::Rollup => "view-rollup",
    }
}
