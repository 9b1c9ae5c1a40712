//! Small things the page asks of the browser: downloads, dialogs, the document language.

use gloo::file::{Blob, ObjectUrl};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;

use crate::domain::charts::patch::changes;
use crate::domain::Lang;
use crate::storage::js_text;

/// Offers `text` as a file download named `filename`.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    download_blob(filename, Blob::new_with_options(text, Some(mime)).into())
}

/// Asks the user to confirm; `false` when the browser cannot ask.
pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

/// Loads the page again (everything is saved, or the user was told it is not).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        // If the browser refuses, the page stays as it is.
        let _ = window.location().reload();
    }
}

/// Milliseconds from the page's start (`performance.now()`), for timings shown to the user.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Runs `then` once the browser has painted what is on the page now: in a task after the
/// next animation frame.
pub fn after_paint(then: impl FnOnce() + 'static) {
    let then = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    let later = then.clone();
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        Timeout::new(0, move || {
            if let Some(then) = later.take() {
                then();
            }
        })
        .forget();
    });
    let asked =
        web_sys::window().is_some_and(|w| w.request_animation_frame(frame.unchecked_ref()).is_ok());
    // A browser that will not schedule a frame gets it at once.
    match then.take() {
        Some(now) if !asked => now(),
        unused => then.set(unused),
    }
}

/// Sets `<html lang>` so that screen readers and fonts treat the text right.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // Failing to set an attribute leaves the old language: harmless.
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Offers a blob as a file download named `filename`.
pub fn download_blob(filename: &str, blob: web_sys::Blob) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "no document".to_owned())?;
    let url = ObjectUrl::from(blob);
    let anchor = document
        .create_element("a")
        .map_err(|e| js_text(&e))?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "could not create a link".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // Revoking the URL at once can cancel the download in some browsers: keep it a while.
    Timeout::new(60_000, move || drop(url)).forget();
    Ok(())
}

/// Renders an SVG document to a PNG `scale` times its own size, for print: the SVG is drawn
/// from a `data:` URL (no request leaves the page) onto a canvas.
pub async fn svg_to_png(
    svg: &str,
    (width, height): (u32, u32),
    scale: f64,
) -> Result<web_sys::Blob, String> {
    use wasm_bindgen_futures::JsFuture;

    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "no document".to_owned())?;
    let image = web_sys::HtmlImageElement::new().map_err(|e| js_text(&e))?;
    image.set_width(width);
    image.set_height(height);
    let source: String = js_sys::encode_uri_component(svg).into();
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{source}"));
    JsFuture::from(image.decode())
        .await
        .map_err(|e| js_text(&e))?;

    let canvas = document
        .create_element("canvas")
        .map_err(|e| js_text(&e))?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .map_err(|_| "could not create a canvas".to_owned())?;
    canvas.set_width((f64::from(width) * scale).round() as u32);
    canvas.set_height((f64::from(height) * scale).round() as u32);
    let context = canvas
        .get_context("2d")
        .map_err(|e| js_text(&e))?
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        .ok_or_else(|| "this browser cannot draw on a canvas".to_owned())?;
    context.scale(scale, scale).map_err(|e| js_text(&e))?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )
        .map_err(|e| js_text(&e))?;

    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let reject_at_once = reject.clone();
        let done =
            wasm_bindgen::closure::Closure::once_into_js(move |blob: wasm_bindgen::JsValue| {
                let _ = if blob.is_null() {
                    reject.call1(
                        &wasm_bindgen::JsValue::NULL,
                        &"the PNG could not be made".into(),
                    )
                } else {
                    resolve.call1(&wasm_bindgen::JsValue::NULL, &blob)
                };
            });
        if let Err(error) = canvas.to_blob(done.unchecked_ref()) {
            let _ = reject_at_once.call1(&wasm_bindgen::JsValue::NULL, &error);
        }
    });
    let blob = JsFuture::from(promise).await.map_err(|e| js_text(&e))?;
    blob.dyn_into::<web_sys::Blob>()
        .map_err(|_| "the PNG could not be made".to_owned())
}

/// Puts the SVG `svg` into `element`, which holds `old` (as put there by this function) or
/// nothing: in place, changing only what differs, when [`changes`] finds the same elements;
/// whole otherwise.
///
/// Safe to insert as markup: every piece of user text in a chart was escaped when drawn.
pub fn show_svg(element: &web_sys::Element, old: Option<&str>, svg: &str) {
    let patched = old
        .and_then(|old| changes(old, svg))
        .is_some_and(|changes| {
            let Ok(all) = element.query_selector_all("*") else {
                return false;
            };
            changes.iter().all(|change| {
                let Some(target) = all
                    .item(change.element as u32)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                else {
                    return false;
                };
                for (name, value) in &change.attributes {
                    if target.set_attribute(name, value).is_err() {
                        return false;
                    }
                }
                if let Some(text) = &change.text {
                    target.set_text_content(Some(text));
                }
                true
            })
        });
    if !patched {
        element.set_inner_html(svg);
    }
}

/// Makes every list (`<select>`) under `root` show the option the page marks `selected`.
///
/// The `selected` attribute only sets an option's default: once the user has picked in a
/// list, the browser no longer follows it, so a list whose choice the work changes (another
/// year opened, a file imported, an undo) would go on showing the old one, or the first.
pub fn show_selected_options(root: &web_sys::Element) {
    let Ok(options) = root.query_selector_all("select option[selected]") else {
        return;
    };
    for n in 0..options.length() {
        let option = options
            .item(n)
            .and_then(|node| node.dyn_into::<web_sys::HtmlOptionElement>().ok());
        if let Some(option) = option.filter(|option| !option.selected()) {
            option.set_selected(true);
        }
    }
}

/// Today's date on this computer, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The bytes of a file the user chose or dropped.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let blob = gloo::file::Blob::from(web_sys::Blob::from(file.clone()));
    gloo::file::futures::read_as_bytes(&blob)
        .await
        .map_err(|e| e.to_string())
}

/// The files of a file list (an `<input type=file>` or a drop).
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|n| list.get(n)).collect()
}

/// The `onchange` of an `<input type=file>`: hands the picked files to `start`, then empties
/// the input so that picking the same files again starts again.
pub fn on_files_picked(start: &yew::Callback<Vec<web_sys::File>>) -> yew::Callback<yew::Event> {
    let start = start.clone();
    yew::Callback::from(move |e: yew::Event| {
        let input: web_sys::HtmlInputElement = yew::TargetCast::target_unchecked_into(&e);
        start.emit(files_of(input.files()));
        input.set_value("");
    })
}

/// The element with this id, if the page has it.
fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Moves the keyboard focus to the element with this id, scrolling it into view.
pub fn focus(id: &str) {
    if let Some(element) = element(id) {
        // An element that cannot take focus is still scrolled to.
        let _ = element.focus();
        element.scroll_into_view();
    }
}

/// Brings a place of the page into view, opening the `<details>` it is or is in.
pub fn reveal(id: &str) {
    let Some(element) = element(id) else {
        return;
    };
    let mut node: Option<web_sys::Element> = Some(element.clone().into());
    while let Some(current) = node {
        if current.tag_name().eq_ignore_ascii_case("details") {
            // Opening is best effort: a closed section is still scrolled to.
            let _ = current.set_attribute("open", "");
        }
        node = current.parent_element();
    }
    element.scroll_into_view();
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        // A browser that cannot print leaves the page as it is.
        let _ = window.print();
    }
}

/// The page's title.
pub fn title() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.title())
        .unwrap_or_default()
}

/// Sets the page's title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's `CompressionStream` (not yet in web-sys's stable set).
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, wasm_bindgen::JsValue>;

    /// A `ReadableStream`, as far as piping it through a transform goes.
    #[wasm_bindgen(js_name = ReadableStream)]
    type Stream;
    #[wasm_bindgen(method, catch, js_name = pipeThrough)]
    fn pipe_through(
        this: &Stream,
        transform: &CompressionStream,
    ) -> Result<web_sys::ReadableStream, wasm_bindgen::JsValue>;
}

/// `data` deflated by the browser (raw DEFLATE, as ZIP stores it), or `None` where the
/// browser cannot (the file is then stored uncompressed: larger, just as valid).
pub async fn deflate_raw(data: &[u8]) -> Option<Vec<u8>> {
    use wasm_bindgen_futures::JsFuture;
    let compressor = CompressionStream::new("deflate-raw").ok()?;
    let bytes = js_sys::Uint8Array::from(data);
    let parts = js_sys::Array::of1(&bytes);
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let stream: Stream = blob.stream().unchecked_into();
    let compressed = stream.pipe_through(&compressor).ok()?;
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&compressed)).ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Once the fonts the page has asked for are loaded (or have failed): what is fetched after
/// them does not hold up the page's own text on a slow connection.
pub async fn fonts_settled() {
    let ready = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.fonts().ready().ok());
    if let Some(ready) = ready {
        let _ = wasm_bindgen_futures::JsFuture::from(ready).await;
    }
}

/// The text of a file beside the page, checked with the server (`no-cache`: never a copy a
/// cache kept from an earlier build), or why not.
pub async fn fetch_text(file: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(file, &init))
        .await
        .map_err(|e| js_text(&e))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{file}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| js_text(&e))?)
        .await
        .map_err(|e| js_text(&e))?;
    text.as_string().ok_or_else(|| format!("{file}: not text"))
}

/// The bytes of a blob.
pub async fn blob_bytes(blob: &web_sys::Blob) -> Result<Vec<u8>, String> {
    let blob = gloo::file::Blob::from(blob.clone());
    gloo::file::futures::read_as_bytes(&blob)
        .await
        .map_err(|e| e.to_string())
}

/// The time now, in seconds since 1970 (UTC).
pub fn now_unix() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}
