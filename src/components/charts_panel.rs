//! The charts section: every chart redrawn from the state on each edit.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::AppContext;
use crate::components::ChartFigure;
use crate::domain::charts::radar::SeriesKind;
use crate::domain::charts::{
    self, history_chart, indicator_chart, progress_chart, radar_chart, tools_chart, Chart,
    ChartContext, ChartError, RadarSeries, YearPoint,
};
use crate::domain::filename::safe_stem;
use crate::domain::plan::PlannedMeasure;
use crate::domain::{Indicator, Lang};
use crate::i18n::{self, texts};
use crate::state::Workbook;

/// Everything drawn for one state of the work.
#[derive(PartialEq)]
struct Drawn {
    indicators: Rc<Chart>,
    tools: Rc<Chart>,
    radar: Rc<Chart>,
    history: Option<Rc<Chart>>,
}

/// Draws every chart for `doc`; `None` where no framework is in effect.
fn draw_all(doc: &Workbook) -> Result<Option<Drawn>, ChartError> {
    let (Ok(evaluation), Ok(thresholds)) =
        (doc.current().evaluation(), doc.thresholds.thresholds())
    else {
        return Ok(None);
    };
    let lang = doc.lang;
    let context = ChartContext {
        lang,
        organisation: &doc.organisation.name,
        fiscal_year: doc.current().fiscal_year,
    };
    let mut series = vec![RadarSeries {
        name: i18n::series_current(lang, doc.current().fiscal_year),
        scores: doc.current().accepted_scores(),
        kind: SeriesKind::Current,
    }];
    if Indicator::ALL
        .iter()
        .any(|&i| matches!(doc.current().whatif_input(i), Ok(Some(_))))
    {
        series.push(RadarSeries {
            name: texts(lang).series_whatif.to_owned(),
            scores: doc.current().whatif_scores(),
            kind: SeriesKind::Target,
        });
    }
    if let Some(previous) = doc.year_before(doc.current().fiscal_year) {
        series.push(RadarSeries {
            name: i18n::series_current(lang, previous.fiscal_year),
            scores: previous.accepted_scores(),
            kind: SeriesKind::Past,
        });
    }
    let years: Vec<YearPoint> = doc
        .years
        .iter()
        .map(|a| YearPoint {
            year: a.fiscal_year,
            total: a.evaluation().ok().and_then(|e| e.total_rounded()),
            scores: a.accepted_scores(),
        })
        .collect();
    let with_totals = years.iter().filter(|y| y.total.is_some()).count();
    Ok(Some(Drawn {
        indicators: Rc::new(indicator_chart(&context, &evaluation, &thresholds)?),
        tools: Rc::new(tools_chart(&context, &evaluation)?),
        radar: Rc::new(radar_chart(&context, &series)?),
        history: match with_totals >= 2 {
            true => Some(Rc::new(history_chart(&context, &years)?)),
            false => None,
        },
    }))
}

/// What the measures' progress chart is drawn from: the language, the organisation, the fiscal
/// year and the measures.
type ProgressKey = (Lang, String, u16, Vec<PlannedMeasure>);

/// The measures' progress by round: drawn apart, as a score edit leaves it as it was (its
/// figure then keeps its DOM untouched).
fn draw_progress(
    (lang, organisation, fiscal_year, measures): &ProgressKey,
) -> Result<Option<Rc<Chart>>, ChartError> {
    if measures.is_empty() {
        return Ok(None);
    }
    let context = ChartContext {
        lang: *lang,
        organisation,
        fiscal_year: *fiscal_year,
    };
    Ok(Some(Rc::new(progress_chart(&context, measures)?)))
}

/// Indicator bars, tools and total, radar, measures progress and history.
#[component]
pub fn ChartsPanel() -> Html {
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    let lang = app.doc.lang;
    let t = texts(lang);
    let drawn = use_memo(app.doc.clone(), |doc| {
        draw_all(doc).map_err(|e| e.to_string())
    });
    let progress = use_memo(
        (
            lang,
            app.doc.organisation.name.clone(),
            app.doc.current().fiscal_year,
            app.doc.current().measures.clone(),
        ),
        |key| draw_progress(key).map_err(|e| e.to_string()),
    );
    let year = app.doc.current().fiscal_year.to_string();
    let stem = |chart: &str| safe_stem(&["ita", chart, &app.doc.organisation.name, &year]);
    let figure = |chart: &Rc<Chart>,
                  testid: &'static str,
                  kind: &str,
                  size: (u32, u32),
                  lang: Lang| {
        html! { <ChartFigure chart={chart.clone()} {testid} file_stem={stem(kind)} {size} {lang} /> }
    };

    let body = match (&*drawn, &*progress) {
        (Err(error), _) | (_, Err(error)) => {
            html! { <p class="callout error" role="alert">{ error.clone() }</p> }
        }
        (Ok(None), _) => html! { <p class="empty-note">{ t.no_total_without_framework }</p> },
        (Ok(Some(d)), Ok(progress)) => html! {
            <>
                { figure(&d.indicators, "chart-indicators", "indicators", charts::indicators::SIZE, lang) }
                { figure(&d.tools, "chart-tools", "tools", charts::tools::SIZE, lang) }
                { figure(&d.radar, "chart-radar", "radar", charts::radar::SIZE, lang) }
                if let Some(progress) = progress {
                    { figure(progress, "chart-progress", "measures", (640, charts::progress::height(app.doc.current().measures.len())), lang) }
                }
                if let Some(history) = &d.history {
                    { figure(history, "chart-history", "history", charts::history::SIZE, lang) }
                } else {
                    <p class="field-note">{ t.history_needs_years }</p>
                }
            </>
        },
    };
    html! {
        <section class="card" id="charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{ t.charts_heading }</h2>
            { body }
        </section>
    }
}
