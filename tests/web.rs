//! Browser tests: the real app mounted in headless Chromium, driven through its DOM.
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test web` and
//! `CHROMEDRIVER=$(command -v chromedriver)`.
#![cfg(target_arch = "wasm32")]

use ita_selfcheck::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "web/analysis.rs"]
mod analysis;
#[path = "web/charts.rs"]
mod charts;
#[path = "web/documents.rs"]
mod documents;
#[path = "web/scoring.rs"]
mod scoring;

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

pub fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("local storage")
}

/// A mounted app in its own element, removed when dropped.
pub struct Mounted {
    pub root: Element,
    handle: Option<yew::AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

/// Mounts a fresh app on top of whatever is in storage now, with every section of the page.
pub async fn mount() -> Mounted {
    let app = mount_first_render().await;
    app.whole_page().await;
    app
}

/// Mounts a fresh app and returns after its first render: on the work page, the score form
/// and the result, before the sections below the form.
pub async fn mount_first_render() -> Mounted {
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    Mounted {
        root,
        handle: Some(handle),
    }
}

/// Mounts a fresh app on empty storage.
pub async fn mount_clean() -> Mounted {
    storage().clear().expect("storage cleared");
    mount().await
}

impl Mounted {
    /// Waits until the work page has rendered the sections below the score form (it does
    /// over the frames after its first paint); at once on another view.
    pub async fn whole_page(&self) {
        for _ in 0..200 {
            let work = self
                .root
                .query_selector(".view-work")
                .ok()
                .flatten()
                .is_some();
            if !work || self.root.query_selector("#files").ok().flatten().is_some() {
                return;
            }
            gloo::timers::future::TimeoutFuture::new(10).await;
            yew::scheduler::flush().await;
        }
        panic!("the work page's sections below the score form never came");
    }

    pub fn find(&self, testid: &str) -> Option<Element> {
        self.root
            .query_selector(&format!("[data-testid=\"{testid}\"]"))
            .expect("a valid selector")
    }

    pub fn get(&self, testid: &str) -> Element {
        self.find(testid)
            .unwrap_or_else(|| panic!("no element with data-testid {testid}"))
    }

    pub fn text(&self, testid: &str) -> String {
        self.get(testid)
            .text_content()
            .unwrap_or_default()
            .trim()
            .to_owned()
    }

    pub fn is_visible(&self, testid: &str) -> bool {
        self.find(testid)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|e| e.offset_width() > 0 && e.offset_height() > 0)
    }

    /// Types into an input as a user would: set the value, fire `input`.
    pub async fn type_into(&self, testid: &str, text: &str) {
        let input: HtmlInputElement = self.get(testid).dyn_into().expect("an input");
        input.set_value(text);
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        let event =
            web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("an event");
        input.dispatch_event(&event).expect("dispatched");
        yew::scheduler::flush().await;
    }

    pub async fn select(&self, testid: &str, value: &str) {
        let select: HtmlSelectElement = self.get(testid).dyn_into().expect("a select");
        select.set_value(value);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict("change", &init).expect("an event");
        select.dispatch_event(&event).expect("dispatched");
        yew::scheduler::flush().await;
    }

    pub async fn click(&self, testid: &str) {
        let element: web_sys::HtmlElement = self.get(testid).dyn_into().expect("clickable");
        element.click();
        yew::scheduler::flush().await;
    }

    pub async fn enter_scores(&self, scores: [&str; 10]) {
        for (n, score) in scores.iter().enumerate() {
            self.type_into(&format!("score-i{}", n + 1), score).await;
        }
    }

    /// The `data-indicator` of each item of a list, in order.
    pub fn indicators_in(&self, testid: &str) -> Vec<String> {
        self.attribute_of_items(testid, "data-indicator")
    }

    /// One attribute of each `<li>` of the list with this test id, in order.
    pub fn attribute_of_items(&self, testid: &str, attribute: &str) -> Vec<String> {
        let items = self
            .get(testid)
            .query_selector_all(":scope > li")
            .expect("a valid selector");
        (0..items.length())
            .filter_map(|n| items.item(n))
            .filter_map(|node| node.dyn_into::<Element>().ok())
            .filter_map(|e| e.get_attribute(attribute))
            .collect()
    }

    /// The value of an input, select or text area.
    pub fn value(&self, testid: &str) -> String {
        let element = self.get(testid);
        if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
            return input.value();
        }
        if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
            return select.value();
        }
        element
            .dyn_ref::<web_sys::HtmlTextAreaElement>()
            .map(|area| area.value())
            .unwrap_or_default()
    }

    /// Types into a text area as a user would.
    pub async fn type_into_area(&self, testid: &str, text: &str) {
        let area: web_sys::HtmlTextAreaElement = self.get(testid).dyn_into().expect("a text area");
        area.set_value(text);
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        let event =
            web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("an event");
        area.dispatch_event(&event).expect("dispatched");
        yew::scheduler::flush().await;
    }

    pub fn label_of(&self, id: &str) -> String {
        self.root
            .query_selector(&format!("label[for=\"{id}\"]"))
            .expect("a valid selector")
            .and_then(|l| l.text_content())
            .unwrap_or_default()
    }
}
