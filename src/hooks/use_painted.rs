//! Parts of a component that nobody sees in its first frame.

use yew::prelude::*;

use crate::browser;

/// False in a component's first render, true from the render after the browser has painted
/// it: for what is on the page but not in sight at first (a `<datalist>`, a closed section's
/// contents), which would only hold up the first paint.
#[hook]
pub fn use_painted() -> bool {
    let painted = use_state(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |()| {
            browser::after_paint(move || painted.set(true))
        });
    }
    *painted
}
