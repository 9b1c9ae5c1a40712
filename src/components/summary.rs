//! The live result: total, result, each tool's weighted subtotal, and warnings.

use yew::prelude::*;

use crate::app::AppContext;
use crate::domain::{Outcome, ResultRule, Tool};
use crate::i18n::{self, texts};
use crate::state::FrameworkProblem;

/// The class that colours a result: pass, fail, or its level.
pub fn result_class(outcome: Option<Outcome>) -> String {
    match outcome {
        None => "pending".to_owned(),
        Some(o) if o.rule == ResultRule::PassMark => {
            if o.passed { "pass" } else { "fail" }.to_owned()
        }
        Some(o) => format!("level-{}", o.level.label().to_ascii_lowercase()),
    }
}

/// Total with two decimals, the result under the framework's rule, tool subtotals, and
/// a warning when a tool averages below 85 although the total passes.
pub fn summary(app: &AppContext) -> Html {
    let doc = &app.doc;
    let lang = doc.lang;
    let t = texts(lang);
    let evaluation = doc.current().evaluation();
    let evaluation = match evaluation {
        Ok(evaluation) => evaluation,
        Err(problem) => {
            let message = match problem {
                FrameworkProblem::NoFrameworkForYear(year) => {
                    i18n::no_framework_for_year(lang, year)
                }
                FrameworkProblem::CustomWeights(_) => t.no_total_without_framework.to_owned(),
            };
            return html! {
                <section class="card summary" aria-labelledby="summary-heading">
                    <h2 id="summary-heading">{ t.summary_heading }</h2>
                    <div class="headline">
                        <div class="total-block">
                            <span class="label">{ t.total }</span>
                            <span class="total" data-testid="total-score">{ t.not_yet }</span>
                        </div>
                        <div class="result-block">
                            <span class="label">{ t.result }</span>
                            <span class="result" data-testid="result-label">{ t.not_yet }</span>
                        </div>
                    </div>
                    <p class="callout warn" role="status" data-testid="framework-problem">{ message }</p>
                    { for Tool::ALL.into_iter().map(|tool| html! {
                        <span hidden=true data-testid={format!("tool-{}", tool.code())}>{ t.not_yet }</span>
                    }) }
                </section>
            };
        }
    };

    let total = evaluation.total_rounded();
    let outcome = evaluation.outcome();
    let total_text = total.map_or_else(|| t.not_yet.to_owned(), |v| v.to_string());
    let result_text = outcome.map_or(t.not_yet, |o| o.label(lang));
    let result_class = result_class(outcome);
    let band = |level: crate::domain::Level| {
        let (min, max) = level.band();
        format!("{} ({min}–{max})", level.label())
    };

    let tool_row = |tool: Tool| {
        let summary = evaluation.tool(tool);
        let subtotal = summary.subtotal().map(|s| s.rounded(2).to_string());
        // Length of the bar in thousandths of the tool's maximum, for the eye only. (An SVG
        // attribute, not an inline style: the page's Content-Security-Policy allows no inline
        // styles.)
        let fill = summary
            .subtotal()
            .filter(|_| summary.weight > 0)
            .map_or(0, |s| {
                (s.units() * 10 / u64::from(summary.weight)).min(1000)
            });
        html! {
            <li class={classes!("tool-row", summary.below_pass_mark().then_some("low"))}>
                <span class="tool-code">{ tool.abbreviation() }</span>
                <span class="tool-score">
                    <span data-testid={format!("tool-{}", tool.code())}>
                        { subtotal.unwrap_or_else(|| t.not_yet.to_owned()) }
                    </span>
                    { format!(" / {}", summary.weight) }
                </span>
                <span class="tool-detail">
                    { match summary.average() {
                        Some(average) => lang.pick(format!("เฉลี่ย {average}"), format!("average {average}")),
                        None => i18n::entered(lang, summary.entered, summary.count),
                    } }
                </span>
                <svg class="bar" aria-hidden="true" viewBox="0 0 1000 10" preserveAspectRatio="none">
                    <rect class="fill" width={fill.to_string()} height="10" />
                    // The 85 line: where a tool's average reaches the pass mark.
                    <rect class="pass-line" x="849" width="4" height="10" />
                </svg>
            </li>
        }
    };
    let warnings = evaluation.tools_below_pass_mark_despite_pass();

    html! {
        <section class="card summary" id="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ t.summary_heading }</h2>
            <div class="headline" aria-live="polite">
                <div class="total-block">
                    <span class="label">{ t.total }</span>
                    <span class="total" data-testid="total-score">{ total_text.clone() }</span>
                    <span class="entered">{ i18n::entered(lang, evaluation.entered(), 10) }</span>
                </div>
                <div class={classes!("result-block", result_class.clone())}>
                    <span class="label">{ t.result }</span>
                    <span class="result" data-testid="result-label">{ result_text }</span>
                    if let Some(o) = outcome {
                        <span class="level-ref" data-testid="level-band">
                            if o.rule == ResultRule::PassMark {
                                { format!("{}: {}", t.level_for_reference, band(o.level)) }
                            } else {
                                { band(o.level) }
                            }
                        </span>
                    }
                </div>
            </div>
            <h3>{ t.tools_heading }</h3>
            <ul class="tools">{ for Tool::ALL.into_iter().map(tool_row) }</ul>
            if !warnings.is_empty() {
                <div class="callout warn" role="status" data-testid="tool-warning">
                    <ul>
                        { for warnings.iter().map(|w| html! {
                            <li>{ i18n::tool_below_pass_mark(
                                lang,
                                w.tool.abbreviation(),
                                &w.average().map(|a| a.to_string()).unwrap_or_default(),
                            ) }</li>
                        }) }
                    </ul>
                    <p class="field-note">{ t.tool_warning_note }</p>
                </div>
            }
        </section>
    }
}
