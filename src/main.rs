//! Mounts the app into the page.

// Reading thousands of files for a roll-up makes millions of small allocations.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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
