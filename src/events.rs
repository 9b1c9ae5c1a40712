//! Turning DOM events into the values components care about.

use yew::{Callback, Event, InputEvent, MouseEvent, TargetCast};

use crate::app::AppContext;
use crate::state::Action;

/// A callback for an `<input>`'s `oninput` that hands over the field's new text.
pub fn on_text(handle: impl Fn(String) + 'static) -> Callback<InputEvent> {
    Callback::from(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        handle(input.value());
    })
}

/// A callback for a `<select>`'s `onchange` that hands over the chosen option's value.
pub fn on_select(handle: impl Fn(String) + 'static) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        handle(select.value());
    })
}

/// A callback for a `<textarea>`'s `oninput` that hands over its new text.
pub fn on_text_area(handle: impl Fn(String) + 'static) -> Callback<InputEvent> {
    Callback::from(move |e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        handle(area.value());
    })
}

/// A callback for a checkbox's `onchange` that hands over whether it is now checked.
pub fn on_check(handle: impl Fn(bool) + 'static) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        handle(input.checked());
    })
}

/// A callback for a button's `onclick` that dispatches `action` to the app's state.
pub fn on_click_dispatch(app: &AppContext, action: Action) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_: MouseEvent| app.dispatch(action.clone()))
}
