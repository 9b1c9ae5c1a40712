//! A document as A4 sheets: the Yew HTML renderer of the document model.
//!
//! The blocks are first laid out, hidden, at the page's text width and measured; the domain's
//! [`paginate`] then cuts them into pages by the rules print follows too, and each page is a
//! sheet. Printing prints the sheets, one per page, with the browser's page numbers.

use std::ops::Range;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::documents::paginate::{paginate, Measured, Piece, Row};
use crate::documents::{
    Align, Block, Cell, Clause, Document, ParaStyle, Paragraph, Signature, Table, TableText,
};
use crate::i18n;

/// Props of [`DocumentSheets`].
#[derive(Properties, PartialEq, Clone)]
pub struct DocumentSheetsProps {
    /// The document.
    pub document: Rc<Document>,
    /// `data-testid` of the container (`doc-analysis`…).
    pub testid: AttrValue,
    /// Whether page numbers are Thai digits.
    #[prop_or_default]
    pub thai_digits: bool,
    /// Called with the draft id of a drafted paragraph the user clicks.
    #[prop_or_default]
    pub on_draft: Callback<&'static str>,
}

/// The pages of one document, as last measured.
#[derive(Clone, PartialEq)]
struct Laid {
    document: Rc<Document>,
    pages: Vec<Vec<Piece>>,
    /// For each paragraph that may break across pages, where each of its lines starts (in
    /// UTF-16 units of its text, as the DOM counts).
    line_starts: Vec<Vec<u32>>,
}

/// The sheets of a document, paginated from measured heights.
#[component]
pub fn DocumentSheets(props: &DocumentSheetsProps) -> Html {
    let measure_ref = use_node_ref();
    let laid = use_state(|| None::<Laid>);
    // Set once the sheets' font has loaded: text measured in a fallback font has other heights.
    // (A font face loads only once text uses it, so it is asked for here rather than awaited
    // through `document.fonts.ready`, which may already be settled.)
    let fonts_loaded = use_state(|| false);
    {
        let fonts_loaded = fonts_loaded.clone();
        use_effect_with((), move |()| {
            if let Some(fonts) = web_sys::window()
                .and_then(|w| w.document())
                .map(|d| d.fonts())
            {
                let loads: Vec<js_sys::Promise> = ["400", "700"]
                    .iter()
                    .map(|weight| {
                        fonts.load_with_text(&format!("{weight} 16px \"ITA Sarabun\""), "กขA1")
                    })
                    .collect();
                let all = js_sys::Promise::all(&loads.into_iter().collect::<js_sys::Array>());
                wasm_bindgen_futures::spawn_local(async move {
                    // Loaded or not (a browser without the font), measure again now.
                    let _ = wasm_bindgen_futures::JsFuture::from(all).await;
                    fonts_loaded.set(true);
                });
            }
        });
    }
    {
        let (measure_ref, laid) = (measure_ref.clone(), laid.clone());
        use_effect_with(
            (props.document.clone(), *fonts_loaded),
            move |(document, _)| {
                if let Some(root) = measure_ref.cast::<web_sys::Element>() {
                    let (blocks, line_starts, page) = measure(&root, document);
                    let pages = paginate(&blocks, page);
                    let next = Laid {
                        document: document.clone(),
                        pages,
                        line_starts,
                    };
                    if laid.as_ref() != Some(&next) {
                        laid.set(Some(next));
                    }
                }
            },
        );
    }

    let document = &props.document;
    let lang = document.lang;
    let on_draft = &props.on_draft;
    // Until the document is measured (or while a new version is), the last pages stand; blocks
    // they do not reach go on the last page.
    let pages: Vec<Vec<Piece>> = match &*laid {
        Some(laid) => fit(&laid.pages, document),
        None => vec![(0..document.blocks.len())
            .map(|block| Piece {
                block,
                rows: matches!(document.blocks[block], Block::Table(_)).then(|| 0..usize::MAX),
                part: None,
            })
            .collect()],
    };
    let count = pages.len();
    // Whether the sheets shown were cut from this very document (benchmarks and tests wait
    // for it): until then, earlier pages stand in.
    let laid_out = laid.as_ref().is_some_and(|l| l.document == *document);
    let no_starts = Vec::new();
    let line_starts = laid.as_ref().map_or(&no_starts, |l| &l.line_starts);
    html! {
        <div class={classes!("doc-sheets", props.thai_digits.then_some("thai-digits"), document.landscape.then_some("landscape"))}
            data-testid={props.testid.clone()} lang={lang.code()}
            data-laid={laid_out.to_string()} data-sheets={count.to_string()}>
            <div class="sheet-measure" aria-hidden="true" ref={measure_ref}>
                <div class="page-probe"></div>
                <div class="sheet-body">
                    { for document.blocks.iter().map(|block| html! {
                        <div class="blk">{ block_html(block, None, document, true, on_draft) }</div>
                    }) }
                </div>
            </div>
            { for pages.iter().enumerate().map(|(n, page)| html! {
                <article class="sheet" aria-label={i18n::page_n_of(lang, n + 1, count)}>
                    if n > 0 {
                        <p class="sheet-number" aria-hidden="true">{ page_number(n + 1, props.thai_digits) }</p>
                    }
                    <div class="sheet-body">
                        { for runs(page).into_iter().filter_map(|run| {
                            let first = run.first()?;
                            let block = document.blocks.get(first.block)?;
                            let part = match (block, &first.rows) {
                                (Block::Paragraph(p), Some(lines)) => {
                                    let starts = line_starts.get(first.block).map_or(&[][..], Vec::as_slice);
                                    paragraph_lines(p, lines.clone(), starts, on_draft)
                                }
                                (Block::Table(table), _) => table_html(table, &run),
                                _ => block_html(block, first.rows.clone(), document, false, on_draft),
                            };
                            Some(html! { <div class="blk">{ part }</div> })
                        }) }
                    </div>
                </article>
            }) }
        </div>
    }
}

/// The pieces of a page, with consecutive pieces of one table together (a row broken across
/// pages and the rows after it share one table and one header).
fn runs(page: &[Piece]) -> Vec<Vec<Piece>> {
    let mut out: Vec<Vec<Piece>> = Vec::new();
    for piece in page {
        match out.last_mut() {
            Some(run)
                if run.last().is_some_and(|last| {
                    last.block == piece.block && (last.part.is_some() || piece.part.is_some())
                }) =>
            {
                run.push(piece.clone());
            }
            _ => out.push(vec![piece.clone()]),
        }
    }
    out
}

/// "- 2 -", in Thai digits when asked.
fn page_number(n: usize, thai: bool) -> String {
    let text = format!("- {n} -");
    if thai {
        crate::documents::thai::thai_digits(&text)
    } else {
        text
    }
}

/// Pages measured for an earlier version of the document, fitted to this one: pieces it no
/// longer has are dropped, and blocks the pages do not reach go on the last page.
fn fit(pages: &[Vec<Piece>], document: &Document) -> Vec<Vec<Piece>> {
    let blocks = document.blocks.len();
    let mut out: Vec<Vec<Piece>> = pages
        .iter()
        .map(|page| {
            page.iter()
                .filter(|p| p.block < blocks)
                .cloned()
                .collect::<Vec<_>>()
        })
        .filter(|page| !page.is_empty())
        .collect();
    let reached = out.iter().flatten().map(|p| p.block + 1).max().unwrap_or(0);
    let rest: Vec<Piece> = (reached..blocks)
        .map(|block| Piece {
            block,
            rows: matches!(document.blocks[block], Block::Table(_)).then(|| 0..usize::MAX),
            part: None,
        })
        .collect();
    match out.last_mut() {
        Some(last) => last.extend(rest),
        None => out.push(rest),
    }
    out
}

/// The height of an element in CSS pixels, fractions kept.
fn height(element: &web_sys::Element) -> f64 {
    element.get_bounding_client_rect().height()
}

/// The lines of a paragraph's text as laid out: where each line starts (UTF-16 offsets), found
/// from the tops of the text's line boxes.
fn line_starts(text: &web_sys::Node, length: u32) -> Option<Vec<u32>> {
    let document = web_sys::window()?.document()?;
    let range = document.create_range().ok()?;
    let top_of = |offset: u32| -> Option<f64> {
        range.set_start(text, offset).ok()?;
        range.set_end(text, (offset + 1).min(length)).ok()?;
        Some(range.get_bounding_client_rect().top())
    };
    range.set_start(text, 0).ok()?;
    range.set_end(text, length).ok()?;
    let rects = range.get_client_rects()?;
    // Runs in different fonts give several boxes on one line: keep one top per line.
    let mut tops: Vec<f64> = (0..rects.length())
        .filter_map(|k| rects.get(k))
        .filter(|r| r.width() > 0.0)
        .map(|r| r.top())
        .collect();
    crate::domain::sort::sort_by(&mut tops, f64::total_cmp);
    tops.dedup_by(|a, b| (*a - *b).abs() < 4.0);
    let mut starts = vec![0];
    for &top in tops.iter().skip(1) {
        // The first offset whose character sits on this line or below.
        let (mut low, mut high) = (*starts.last()?, length);
        while low < high {
            let mid = (low + high) / 2;
            if top_of(mid)? >= top - 2.0 {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        if low >= length || low <= *starts.last()? {
            return None;
        }
        starts.push(low);
    }
    Some(starts)
}

/// Measures each block laid out in the hidden copy, and the page's text height. Paragraphs
/// of one text may break between lines; where each of their lines starts is kept.
fn measure(root: &web_sys::Element, document: &Document) -> (Vec<Measured>, Vec<Vec<u32>>, f64) {
    let page = root
        .query_selector(".page-probe")
        .ok()
        .flatten()
        .map_or(952.0, |probe| height(&probe));
    let wrappers = root
        .query_selector(".sheet-body")
        .ok()
        .flatten()
        .map(|body| body.children());
    let mut measured = Vec::with_capacity(document.blocks.len());
    let mut all_starts = vec![Vec::new(); document.blocks.len()];
    for (n, block) in document.blocks.iter().enumerate() {
        let wrapper = wrappers.as_ref().and_then(|w| w.item(n as u32));
        let whole = wrapper.as_ref().map_or(0.0, height);
        let find = |selector: &str| -> Vec<web_sys::Element> {
            let Some(list) = wrapper
                .as_ref()
                .and_then(|w| w.query_selector_all(selector).ok())
            else {
                return Vec::new();
            };
            (0..list.length())
                .filter_map(|k| list.item(k)?.dyn_into::<web_sys::Element>().ok())
                .collect()
        };
        measured.push(match block {
            Block::PageBreak => Measured::Break,
            Block::Table(_) => {
                let header = find("thead").first().map_or(0.0, height);
                let rows: Vec<Row> = find("tbody > tr").iter().map(measure_row).collect();
                let table = find("table").first().map_or(whole, height);
                Measured::Table {
                    header,
                    rows,
                    after: (whole - table).max(0.0),
                }
            }
            Block::Paragraph(p) if breakable(p) => {
                let element = find("p").into_iter().next();
                let starts = element.as_ref().and_then(|e| {
                    let text = e.first_child()?;
                    let length = p.text.encode_utf16().count() as u32;
                    line_starts(&text, length)
                });
                match (element, starts) {
                    (Some(element), Some(starts)) if starts.len() > 1 => {
                        let own = height(&element);
                        let count = starts.len();
                        all_starts[n] = starts;
                        Measured::Lines {
                            count,
                            line: own / count as f64,
                            after: (whole - own).max(0.0),
                        }
                    }
                    _ => Measured::Whole {
                        height: whole,
                        keep_with_next: document.keeps_with_next(n),
                    },
                }
            }
            _ => Measured::Whole {
                height: whole,
                keep_with_next: document.keeps_with_next(n),
            },
        });
    }
    // A little room for rounding between the preview's layout and print's.
    (measured, all_starts, page - 2.0)
}

/// A body row: its height, and where each paragraph of each cell ends from the row's top
/// (with the cell's bottom padding), so that a row taller than a page can break between them.
fn measure_row(row: &web_sys::Element) -> Row {
    let top = row.get_bounding_client_rect().top();
    let cells = row.children();
    let cells = (0..cells.length())
        .filter_map(|c| cells.item(c))
        .map(|cell| {
            let cell_bottom = cell.get_bounding_client_rect().bottom();
            let paragraphs = cell.children();
            let count = paragraphs.length();
            (0..count)
                .filter_map(|k| paragraphs.item(k))
                .enumerate()
                .map(|(k, p)| {
                    if k + 1 == count as usize {
                        cell_bottom - top
                    } else {
                        p.get_bounding_client_rect().bottom() - top
                    }
                })
                .collect()
        })
        .collect();
    Row {
        height: height(row),
        cells,
    }
}

/// Body text of one line-less run may break across pages.
fn breakable(p: &Paragraph) -> bool {
    matches!(p.style, ParaStyle::Body | ParaStyle::Plain) && !p.text.contains('\n')
}

/// Some lines of a paragraph broken across pages.
fn paragraph_lines(
    p: &Paragraph,
    lines: Range<usize>,
    starts: &[u32],
    on_draft: &Callback<&'static str>,
) -> Html {
    let units: Vec<u16> = p.text.encode_utf16().collect();
    let at = |line: usize| -> usize {
        starts
            .get(line)
            .map_or(units.len(), |&s| (s as usize).min(units.len()))
    };
    let (from, to) = (at(lines.start), at(lines.end).max(at(lines.start)));
    let part = Paragraph {
        text: String::from_utf16_lossy(&units[from..to]),
        ..p.clone()
    };
    let html = paragraph(&part, on_draft);
    if lines.start > 0 {
        html! { <div class="cont">{ html }</div> }
    } else {
        html
    }
}

/// Text with its line breaks.
fn lines(text: &str) -> Html {
    let mut parts = text.split('\n');
    let first = parts.next().unwrap_or_default().to_owned();
    html! {
        <>
            { first }
            { for parts.map(|line| html! { <><br />{ line.to_owned() }</> }) }
        </>
    }
}

fn block_html(
    block: &Block,
    rows: Option<Range<usize>>,
    document: &Document,
    measuring: bool,
    on_draft: &Callback<&'static str>,
) -> Html {
    match block {
        Block::Title(title) => html! {
            <div class="doc-title">
                { for title.iter().enumerate().map(|(k, line)| if k == 0 {
                    html! { <h2 class="doc-title-main">{ lines(line) }</h2> }
                } else {
                    html! { <p>{ lines(line) }</p> }
                }) }
            </div>
        },
        Block::Rule => html! { <hr class="doc-rule" /> },
        Block::Heading(text) => html! { <h3 class="doc-heading">{ text.clone() }</h3> },
        Block::Paragraph(p) => paragraph(p, on_draft),
        Block::Clause(c) => clause(c, on_draft),
        Block::Table(table) => table_html(
            table,
            &[Piece {
                block: 0,
                rows,
                part: None,
            }],
        ),
        Block::Image(image) => {
            let (w, h) = image.size;
            if measuring {
                // Only the chart's shape is needed to measure: no second copy of its ids.
                html! {
                    <figure class="doc-figure">
                        <svg class="doc-chart" viewBox={format!("0 0 {w} {h}")} aria-hidden="true"></svg>
                    </figure>
                }
            } else {
                html! {
                    <figure class="doc-figure">
                        // Safe as markup: every piece of user text in a chart was escaped when drawn.
                        { Html::from_html_unchecked(AttrValue::from(image.svg.clone())) }
                    </figure>
                }
            }
        }
        Block::Signature(signature) => signature_html(signature, document),
        Block::PageBreak => Html::default(),
    }
}

fn draft_click(
    draft: Option<&'static str>,
    on_draft: &Callback<&'static str>,
) -> Option<Callback<MouseEvent>> {
    let id = draft?;
    let on_draft = on_draft.clone();
    Some(Callback::from(move |_: MouseEvent| on_draft.emit(id)))
}

fn paragraph(p: &Paragraph, on_draft: &Callback<&'static str>) -> Html {
    let style = match p.style {
        ParaStyle::Body => "body",
        ParaStyle::Plain => "plain",
        ParaStyle::Centred => "centred",
        ParaStyle::DateLine => "date-line",
        ParaStyle::Note => "note",
    };
    html! {
        <p class={classes!("doc-p", style, p.draft.map(|_| "drafted"))} data-draft={p.draft}
            onclick={draft_click(p.draft, on_draft)}>
            { lines(&p.text) }
        </p>
    }
}

fn clause(c: &Clause, on_draft: &Callback<&'static str>) -> Html {
    html! {
        <div class={classes!("doc-clause", format!("depth-{}", c.depth.min(2)), c.draft.map(|_| "drafted"))}
            data-draft={c.draft} onclick={draft_click(c.draft, on_draft)}>
            <span class="num">{ c.number.clone() }</span>
            <span class="text">{ lines(&c.text) }</span>
        </div>
    }
}

fn cell_html(cell: &Cell, header: bool, paragraphs: Option<Range<usize>>) -> Html {
    let align = match cell.align {
        Align::Left => None,
        Align::Centre => Some("c"),
        Align::Right => Some("r"),
    };
    let class = classes!(align, cell.bold.then_some("b"));
    let colspan = (cell.cols > 1).then(|| cell.cols.to_string());
    let rowspan = (cell.rows > 1).then(|| cell.rows.to_string());
    let range = paragraphs.unwrap_or(0..cell.paragraphs.len());
    let range = range.start.min(cell.paragraphs.len())..range.end.min(cell.paragraphs.len());
    let content = html! {
        { for cell.paragraphs[range].iter().map(|p| html! { <p>{ p.clone() }</p> }) }
    };
    if header {
        html! { <th scope="col" {class} {colspan} {rowspan}>{ content }</th> }
    } else {
        html! { <td {class} {colspan} {rowspan}>{ content }</td> }
    }
}

/// A table with the rows of `pieces`: all of them, some, or part of a row taller than a page
/// (each cell showing the paragraphs of the piece's part).
fn table_html(table: &Table, pieces: &[Piece]) -> Html {
    let rows = |piece: &Piece| -> Range<usize> {
        let range = piece.rows.clone().unwrap_or(0..table.rows.len());
        range.start.min(table.rows.len())..range.end.min(table.rows.len())
    };
    let small = (table.text == TableText::Small).then_some("small");
    html! {
        <table class={classes!("doc-table", small)}>
            <colgroup>
                // A presentational width attribute: the page's Content-Security-Policy allows
                // no inline styles.
                { for table.shares().iter().map(|share| html! {
                    <col width={format!("{}.{}%", share / 10, share % 10)} />
                }) }
            </colgroup>
            <thead>
                { for table.header.iter().map(|row| html! {
                    <tr>{ for row.iter().map(|cell| cell_html(cell, true, None)) }</tr>
                }) }
            </thead>
            <tbody>
                { for pieces.iter().flat_map(|piece| {
                    let part = piece.part.as_ref();
                    table.rows[rows(piece)].iter().map(move |row| html! {
                        <tr>
                            { for row.iter().enumerate().map(|(c, cell)| {
                                let paragraphs = part.and_then(|p| p.paragraphs.get(c).cloned());
                                cell_html(cell, false, paragraphs)
                            }) }
                        </tr>
                    })
                }) }
            </tbody>
        </table>
    }
}

fn signature_html(signature: &Signature, document: &Document) -> Html {
    html! {
        <div class="doc-signature">
            { for signature.lines(document.lang).into_iter().map(|line| html! { <p>{ line }</p> }) }
        </div>
    }
}
