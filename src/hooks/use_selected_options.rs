//! Lists that keep showing what the work says is chosen.

use yew::prelude::*;

use crate::browser;

/// A reference for a part's root element: after each render of the part, every list in it
/// shows the option the render marked `selected` ([`browser::show_selected_options`]).
#[hook]
pub fn use_selected_options() -> NodeRef {
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect(move || {
            if let Some(root) = root.cast::<web_sys::Element>() {
                browser::show_selected_options(&root);
            }
        });
    }
    root
}
