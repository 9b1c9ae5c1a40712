//! Files dropped anywhere on the page.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::files_of;

/// Calls `on_drop` with the files dropped anywhere on the page (a drop zone that handles its
/// own drops stops them first), and returns whether files are being dragged over the page.
#[hook]
pub fn use_file_drop(on_drop: Callback<Vec<web_sys::File>>) -> bool {
    let dragging = use_state(|| false);
    {
        let dragging = dragging.clone();
        use_effect_with(on_drop, move |on_drop| {
            let window = web_sys::window();
            let active = EventListenerOptions::enable_prevent_default();
            let listeners: Vec<EventListener> = window
                .map(|window| {
                    let over = {
                        let dragging = dragging.clone();
                        EventListener::new_with_options(&window, "dragover", active, move |event| {
                            let carries_files = event
                                .dyn_ref::<web_sys::DragEvent>()
                                .and_then(|e| e.data_transfer())
                                .is_some_and(|t| t.types().includes(&"Files".into(), 0));
                            if carries_files {
                                event.prevent_default();
                                dragging.set(true);
                            }
                        })
                    };
                    let leave = {
                        let dragging = dragging.clone();
                        EventListener::new(&window, "dragleave", move |event| {
                            // Leaving the window itself: no element is entered next.
                            let left = event
                                .dyn_ref::<web_sys::DragEvent>()
                                .is_some_and(|e| e.related_target().is_none());
                            if left {
                                dragging.set(false);
                            }
                        })
                    };
                    let drop = {
                        let (dragging, on_drop) = (dragging.clone(), on_drop.clone());
                        EventListener::new_with_options(&window, "drop", active, move |event| {
                            event.prevent_default();
                            dragging.set(false);
                            let files = files_of(
                                event
                                    .dyn_ref::<web_sys::DragEvent>()
                                    .and_then(|e| e.data_transfer())
                                    .and_then(|t| t.files()),
                            );
                            if !files.is_empty() {
                                on_drop.emit(files);
                            }
                        })
                    };
                    vec![over, leave, drop]
                })
                .unwrap_or_default();
            move || drop(listeners)
        });
    }
    *dragging
}
