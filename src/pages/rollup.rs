//! The roll-up for supervising offices, on a view of its own: it reads other agencies'
//! files and never touches the agency's own work.

use yew::prelude::*;

use crate::components::RollupPanel;

/// The roll-up view. It stays mounted (hidden) while other views are open, so that files
/// loaded into it are not lost by looking at something else.
#[component]
pub fn RollupPage() -> Html {
    html! {
        <div class="layout single">
            <RollupPanel />
        </div>
    }
}
