//! The roll-up for supervising offices, on a view of its own: it reads other agencies'
//! files and never touches the agency's own work.

use yew::prelude::*;

use crate::components::RollupPanel;
use crate::domain::Lang;

/// Props of [`RollupPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct RollupPageProps {
    /// Interface language.
    pub lang: Lang,
}

/// The roll-up view. It stays mounted (hidden) while other views are open, so that files
/// loaded into it are not lost by looking at something else; it renders again only when the
/// language changes, not at every change of the agency's work.
#[component]
pub fn RollupPage(props: &RollupPageProps) -> Html {
    html! {
        <div class="layout single">
            <RollupPanel lang={props.lang} />
        </div>
    }
}
