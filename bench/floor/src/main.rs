//! The floor app: a heading, one score field and one small bar chart drawn by plotters into an
//! SVG string. The least a Yew + plotters app can be while showing a usable score form.

use plotters::prelude::*;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Draws one bar per score into an SVG string.
fn chart(scores: &[f64]) -> Result<String, String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (320, 160)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let mut chart = ChartBuilder::on(&root)
            .margin(8)
            .x_label_area_size(20)
            .y_label_area_size(30)
            .build_cartesian_2d(0..scores.len(), 0.0..100.0)
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .draw()
            .map_err(|e| e.to_string())?;
        chart
            .draw_series(scores.iter().enumerate().map(|(i, &score)| {
                Rectangle::new([(i, 0.0), (i + 1, score.clamp(0.0, 100.0))], BLUE.filled())
            }))
            .map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

#[component]
fn App() -> Html {
    let score = use_state(|| String::from("80"));
    let oninput = {
        let score = score.clone();
        Callback::from(move |e: InputEvent| {
            score.set(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let first = score.trim().parse::<f64>().unwrap_or(0.0);
    let svg = chart(&[first, 72.5, 91.0]).unwrap_or_else(|e| e);
    html! {
        <main>
            <h1>{ "Floor app" }</h1>
            <label for="score-i1">{ "Score" }</label>
            <input id="score-i1" data-testid="score-i1" inputmode="decimal" value={(*score).clone()} {oninput} />
            <figure>{ Html::from_html_unchecked(AttrValue::from(svg)) }</figure>
        </main>
    }
}

fn main() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root(root).render();
    }
}
