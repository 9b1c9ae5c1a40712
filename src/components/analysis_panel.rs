//! Reading the scores: the ranking, strengths, indicators to develop, urgent weaknesses and
//! each tool's focus, with what the tool asks about where an indicator is weak.

use yew::prelude::*;

use crate::app::AppContext;
use crate::components::ThresholdSettings;
use crate::domain::analysis::Reading;
use crate::domain::{Indicator, Lang, Standing};
use crate::i18n::{self, texts};

/// The analysis section (`strengths`, `to-develop`, `urgent` hooks).
pub fn analysis_panel(app: &AppContext) -> Html {
    let lang = app.doc.lang;
    let t = texts(lang);
    let analysis = app.doc.analysis();

    let body = match &analysis {
        None if app.doc.thresholds.thresholds().is_err() => Html::default(),
        None => {
            html! { <p class="empty-note" data-testid="analysis-empty">{ t.analysis_needs_scores }</p> }
        }
        Some(analysis) => {
            let urgent_line = analysis.thresholds.urgent.to_string();
            let urgent_reasons = |r: &Reading| {
                let Some(reasons) = r.urgent else {
                    return String::new();
                };
                let mut words = Vec::new();
                if reasons.lowest {
                    words.push(t.urgent_lowest.to_owned());
                }
                if reasons.below_line {
                    words.push(i18n::below_line(lang, &urgent_line));
                }
                words.join(", ")
            };
            let strengths = analysis.strengths();
            let to_develop = analysis.to_develop();
            let urgent = analysis.urgent();
            html! {
                <>
                    <div class="table-scroll">
                    <table class="ranking" data-testid="ranking">
                        <caption>{ t.ranking_heading }</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="num">{ t.col_rank }</th>
                                <th scope="col">{ t.col_indicator }</th>
                                <th scope="col" class="num">{ t.col_score }</th>
                                <th scope="col" class="num">{ t.col_weight }</th>
                                <th scope="col" class="num">{ t.col_gap }</th>
                                <th scope="col">{ t.col_standing }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for analysis.ranking.iter().map(|r| html! {
                                <tr data-indicator={r.indicator.code()}>
                                    <td class="num">{ r.rank }</td>
                                    <th scope="row">{ indicator_name(r.indicator, lang) }</th>
                                    <td class="num">{ r.score.to_string() }</td>
                                    <td class="num">{ r.weight }</td>
                                    <td class="num">{ gap_text(r) }</td>
                                    <td>{ standing_badges(r, lang) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    </div>

                    <div class="marks">
                        <section aria-labelledby="strengths-heading">
                            <h3 id="strengths-heading">{ t.strengths_heading }</h3>
                            if strengths.is_empty() {
                                <p class="empty-note">{ t.strengths_none }</p>
                            }
                            <ul class="mark-list" data-testid="strengths">
                                { for strengths.iter().map(|r| html! {
                                    <li data-indicator={r.indicator.code()}>
                                        <span class="mark-name">{ indicator_name(r.indicator, lang) }</span>
                                        <span class="mark-score">{ r.score.to_string() }</span>
                                        if r.standing == Standing::Excellent {
                                            <span class="badge good">{ Standing::Excellent.label(lang) }</span>
                                        }
                                    </li>
                                }) }
                            </ul>
                        </section>

                        <section aria-labelledby="urgent-heading">
                            <h3 id="urgent-heading">{ t.urgent_heading }</h3>
                            if urgent.is_empty() {
                                <p class="empty-note">{ t.urgent_none }</p>
                            }
                            <ul class="mark-list weak" data-testid="urgent">
                                { for urgent.iter().map(|r| html! {
                                    <li data-indicator={r.indicator.code()}>
                                        <span class="mark-name">{ indicator_name(r.indicator, lang) }</span>
                                        <span class="mark-score">{ r.score.to_string() }</span>
                                        <span class="badge bad">{ urgent_reasons(r) }</span>
                                        if let Some(asks) = r.indicator.asks_about(lang) {
                                            <p class="asks">{ asks }</p>
                                        }
                                    </li>
                                }) }
                            </ul>
                        </section>
                    </div>

                    <section aria-labelledby="develop-heading">
                        <h3 id="develop-heading">{ t.to_develop_heading }</h3>
                        <p class="field-note">{ t.weakness_order }</p>
                        if to_develop.is_empty() {
                            <p class="empty-note">{ t.to_develop_none }</p>
                        }
                        <ol class="mark-list weak" data-testid="to-develop">
                            { for to_develop.iter().map(|r| html! {
                                <li data-indicator={r.indicator.code()}>
                                    <span class="mark-name">{ indicator_name(r.indicator, lang) }</span>
                                    <span class="mark-score">{ r.score.to_string() }</span>
                                    <span class="mark-gap">{ format!("−{}", gap_text(r)) }</span>
                                    if let Some(asks) = r.indicator.asks_about(lang) {
                                        <p class="asks">{ asks }</p>
                                    }
                                </li>
                            }) }
                        </ol>
                    </section>

                    <section aria-labelledby="focus-heading">
                        <h3 id="focus-heading">{ t.tool_focus_heading }</h3>
                        <ul class="tool-focus" data-testid="tool-focus">
                            { for analysis.tool_focus.iter().map(|f| {
                                let score = analysis.reading(f.indicator).map(|r| r.score.to_string()).unwrap_or_default();
                                html! {
                                    <li data-tool={f.tool.code()} data-indicator={f.indicator.code()}>
                                        <span class="tool-code">{ f.tool.abbreviation() }</span>
                                        { format!(" {} ({score})", indicator_name(f.indicator, lang)) }
                                        if !f.needs_development {
                                            <span class="field-note">{ format!(" · {}", t.tool_focus_fine) }</span>
                                        }
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                </>
            }
        }
    };

    html! {
        <section class="card" id="analysis" aria-labelledby="analysis-heading">
            <h2 id="analysis-heading">{ t.analysis_heading }</h2>
            <ThresholdSettings inputs={app.doc.thresholds.clone()} {lang} dispatcher={app.dispatcher()} />
            { body }
        </section>
    }
}

/// "i7 ประสิทธิภาพการสื่อสาร".
pub fn indicator_name(indicator: Indicator, lang: Lang) -> String {
    format!("{} {}", indicator.code(), indicator.name(lang))
}

/// The weighted gap without trailing zeros: `0.60`, `0.036`.
fn gap_text(reading: &Reading) -> String {
    reading.weighted_gap().to_trimmed(2)
}

fn standing_badges(reading: &Reading, lang: Lang) -> Html {
    let class = match reading.standing {
        Standing::ToDevelop => "badge warn",
        _ => "badge good",
    };
    html! {
        <>
            <span class={class}>{ reading.standing.label(lang) }</span>
            if reading.urgent.is_some() {
                { " " }<span class="badge bad">{ lang.pick("เร่งด่วน", "Urgent") }</span>
            }
        </>
    }
}
