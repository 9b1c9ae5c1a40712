//! "Download as Word": the document shown, written as a `.docx` from the same model, with its
//! charts drawn as PNG at print resolution and its parts deflated by the browser.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::documents::docx;
use crate::documents::zip;
use crate::documents::{Block, Document};
use crate::domain::Lang;
use crate::i18n::{self, texts};

/// Props of [`DocxButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct DocxButtonProps {
    /// The document to write.
    pub document: Rc<Document>,
    /// Interface language.
    pub lang: Lang,
}

/// Charts at 3× their size: 640 units become 1 920 pixels, 16 cm at 300 dpi.
const PNG_SCALE: f64 = 3.0;

/// The Word file of a document, or why it could not be made.
async fn word_file(document: &Document) -> Result<Vec<u8>, String> {
    let mut pngs = Vec::new();
    for block in &document.blocks {
        if let Block::Image(image) = block {
            let blob = browser::svg_to_png(&image.svg, image.size, PNG_SCALE).await?;
            pngs.push(browser::blob_bytes(&blob).await?);
        }
    }
    let now = browser::now_unix();
    let parts = docx::package(document, &pngs, now);
    let mut deflated = Vec::with_capacity(parts.len());
    for part in &parts {
        deflated.push(if part.compressible {
            browser::deflate_raw(&part.data).await
        } else {
            None
        });
    }
    let entries: Vec<zip::Entry> = parts
        .iter()
        .zip(&deflated)
        .map(|(part, deflated)| zip::Entry {
            name: &part.name,
            data: &part.data,
            deflated: deflated.as_deref(),
        })
        .collect();
    zip::write(&entries, now).map_err(|e| e.to_string())
}

/// The download button, busy while the file is made, with any failure said beside it.
#[component]
pub fn DocxButton(props: &DocxButtonProps) -> Html {
    let t = texts(props.lang);
    let busy = use_state(|| false);
    let error = use_state(|| None::<String>);
    let onclick = {
        let (document, busy, error, lang) = (
            props.document.clone(),
            busy.clone(),
            error.clone(),
            props.lang,
        );
        Callback::from(move |_: MouseEvent| {
            let (document, busy, error) = (document.clone(), busy.clone(), error.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let made = word_file(&document).await.and_then(|bytes| {
                    let blob = gloo::file::Blob::new_with_options(
                        bytes.as_slice(),
                        Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                    );
                    browser::download_blob(&docx::file_name(&document), blob.into())
                });
                error.set(made.err().map(|e| i18n::docx_failed(lang, &e)));
                busy.set(false);
            });
        })
    };
    let testid = format!("docx-{}", props.document.kind.code());
    html! {
        <>
            <button type="button" data-testid={testid} {onclick} disabled={*busy} aria-busy={busy.to_string()}>
                { if *busy { t.docs_docx_busy } else { t.docs_docx } }
            </button>
            if let Some(message) = &*error {
                <p class="field-error" role="alert">{ message.clone() }</p>
            }
        </>
    }
}
