//! One chart on the page: its SVG, a table with the same numbers, and downloads.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::domain::charts::Chart;
use crate::domain::Lang;
use crate::i18n::{self, texts};

/// Props of [`ChartFigure`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChartFigureProps {
    /// The drawn chart.
    pub chart: Rc<Chart>,
    /// `data-testid` of the figure (e.g. `chart-indicators`).
    pub testid: &'static str,
    /// File name for downloads, without extension.
    pub file_stem: AttrValue,
    /// The SVG's size, for the PNG.
    pub size: (u32, u32),
    /// Interface language.
    pub lang: Lang,
}

/// Print resolution: 640 units × 3 ≈ 1 900 pixels, 16 cm wide at 300 dpi.
const PNG_SCALE: f64 = 3.0;

/// Props of [`ChartSvg`].
#[derive(Properties, PartialEq)]
struct ChartSvgProps {
    chart: Rc<Chart>,
}

/// The chart's SVG. A redrawn chart whose elements are the same as before (a score edit moves
/// a bar and changes its label) is updated in place, only the attributes and texts that
/// changed; any other is put in whole. Both ways give the same page: parsing the whole SVG
/// again on every keystroke took about a quarter of an edit's time.
#[component]
fn ChartSvg(props: &ChartSvgProps) -> Html {
    let node = use_node_ref();
    // The chart now on the page, to compare the next one with.
    let shown = use_mut_ref(|| None::<Rc<Chart>>);
    {
        let node = node.clone();
        use_effect_with(props.chart.clone(), move |chart| {
            if let Some(element) = node.cast::<web_sys::Element>() {
                let mut shown = shown.borrow_mut();
                let old = shown.as_ref().map(|c| c.svg.as_str());
                browser::show_svg(&element, old, &chart.svg);
                *shown = Some(chart.clone());
            }
        });
    }
    html! { <div class="chart-svg-box" ref={node}></div> }
}

/// A `<figure>` with the chart, "see as a table", and SVG and PNG downloads.
#[component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let t = texts(props.lang);
    let error = use_state(|| None::<String>);
    let chart = &props.chart;

    let on_svg = {
        let (chart, name, error) = (
            chart.clone(),
            format!("{}.svg", props.file_stem),
            error.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            error.set(
                browser::download_text(&name, "image/svg+xml;charset=utf-8", &chart.svg).err(),
            );
        })
    };
    let on_png = {
        let (chart, name, error, size, lang) = (
            chart.clone(),
            format!("{}.png", props.file_stem),
            error.clone(),
            props.size,
            props.lang,
        );
        Callback::from(move |_: MouseEvent| {
            let (chart, name, error) = (chart.clone(), name.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let made = browser::svg_to_png(&chart.svg, size, PNG_SCALE).await;
                let result = made.and_then(|blob| browser::download_blob(&name, blob));
                error.set(result.err().map(|e| i18n::png_failed(lang, &e)));
            });
        })
    };

    html! {
        <figure class="chart" data-testid={props.testid}>
            <ChartSvg chart={chart.clone()} />
            <figcaption>
                <p class="chart-desc">{ chart.description.clone() }</p>
                <div class="actions">
                    <button type="button" data-testid={format!("{}-svg", props.testid)} onclick={on_svg}>{ t.download_svg }</button>
                    <button type="button" data-testid={format!("{}-png", props.testid)} onclick={on_png}>{ t.download_png }</button>
                </div>
                if let Some(message) = &*error {
                    <p class="field-error" role="alert">{ message.clone() }</p>
                }
                <details class="chart-table">
                    <summary data-testid={format!("{}-table-toggle", props.testid)}>{ t.show_table }</summary>
                    <table data-testid={format!("{}-table", props.testid)}>
                        <caption>{ chart.title.clone() }</caption>
                        <thead>
                            <tr>{ for chart.table.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }</tr>
                        </thead>
                        <tbody>
                            { for chart.table.rows.iter().map(|row| html! {
                                <tr>
                                    { for row.iter().enumerate().map(|(n, cell)| if n == 0 {
                                        html! { <th scope="row">{ cell }</th> }
                                    } else {
                                        html! { <td>{ cell }</td> }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            </figcaption>
        </figure>
    }
}
