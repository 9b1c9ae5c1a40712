//! Mounts the app into the page.

fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            // The static "loading" text stays until the app is ready to replace it.
            root.set_inner_html("");
            yew::Renderer::<ita_selfcheck::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<ita_selfcheck::App>::new().render();
        }
    }
}
