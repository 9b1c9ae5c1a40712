//! Targets: the least raise that passes or reaches the next level, under ceilings the user
//! can lower, and the what-if fields.

use yew::prelude::*;

use crate::app::AppContext;
use crate::components::analysis_panel::indicator_name;
use crate::components::indicator_field::{FieldKind, IndicatorField};
use crate::components::what_if_panel;
use crate::domain::scoring::Level;
use crate::domain::targets::{least_raise, next_level, Goal, TargetPlan};
use crate::domain::{Indicator, Lang, ResultRule, Score};
use crate::i18n::{self, texts};
use crate::state::Action;

/// The targets section (`target-plan` hook).
pub fn targets_panel(app: &AppContext) -> Html {
    let doc = &app.doc;
    let lang = doc.lang;
    let t = texts(lang);

    let ceilings: [Result<Score, _>; 10] = Indicator::ALL.map(|i| doc.current().ceiling(i));
    let plans = match (doc.current().framework(), doc.current().evaluation()) {
        (Ok(framework), Ok(evaluation)) => {
            let scores: Option<Vec<Score>> = evaluation.lines.iter().map(|l| l.score).collect();
            let outcome = evaluation.outcome();
            match (scores, outcome) {
                (Some(scores), Some(outcome)) => {
                    let scores: [Score; 10] = std::array::from_fn(|n| scores[n]);
                    // A refused ceiling keeps the default of 100 until it is corrected.
                    let caps: [Score; 10] =
                        std::array::from_fn(|n| *ceilings[n].as_ref().unwrap_or(&Score::MAX));
                    let plans = goals_for(outcome.level, outcome.passed)
                        .into_iter()
                        .map(|g| (g, least_raise(&framework, &scores, &caps, g)))
                        .collect::<Vec<_>>();
                    Some((framework.rule, plans))
                }
                _ => None,
            }
        }
        _ => None,
    };

    let ceiling_field = |indicator: Indicator| {
        html! {
            <IndicatorField {indicator} {lang} kind={FieldKind::Ceiling} purpose={t.ceiling_purpose}
                placeholder="100" value={doc.current().ceilings[indicator.index()].clone()}
                error={ceilings[indicator.index()].as_ref().err().map(|e| AttrValue::from(e.message(lang)))}
                dispatcher={app.dispatcher()} />
        }
    };

    html! {
        <section class="card" id="targets" aria-labelledby="targets-heading">
            <h2 id="targets-heading">{ t.targets_heading }</h2>
            <p class="field-note">{ t.targets_method }</p>
            <details class="settings" open={ceilings.iter().any(|c| c.is_err())}>
                <summary>{ t.ceilings_summary }</summary>
                <p class="field-note">{ t.ceilings_hint }</p>
                <div class="weights-grid">{ for Indicator::ALL.into_iter().map(ceiling_field) }</div>
            </details>
            <div data-testid="target-plan" class="target-plans">
                { match plans {
                    None => html! { <p class="empty-note">{ t.analysis_needs_scores }</p> },
                    Some((_, plans)) if plans.is_empty() => html! { <p class="callout good">{ t.goal_reached }</p> },
                    Some((rule, plans)) => plans
                        .into_iter()
                        .map(|(goal, plan)| plan_view(app, lang, rule, goal, plan))
                        .collect::<Html>(),
                } }
            </div>
            { what_if_panel(app) }
        </section>
    }
}

/// What to plan for from a level: the pass line (85.00) while the total does not pass, and
/// the next level, unless that is level A, whose floor is the pass line itself.
fn goals_for(level: Level, passed: bool) -> Vec<Goal> {
    let mut goals = Vec::new();
    if !passed {
        goals.push(Goal::Pass);
    }
    if let Some(next) = next_level(level).filter(|&l| l != Level::A || passed) {
        goals.push(Goal::Level(next));
    }
    goals
}

fn plan_view(app: &AppContext, lang: Lang, rule: ResultRule, goal: Goal, plan: TargetPlan) -> Html {
    let t = texts(lang);
    let testid = goal_testid(goal);
    let heading = match goal {
        Goal::Pass if rule == ResultRule::Levels => t.goal_85_levels.to_owned(),
        Goal::Pass => t.goal_pass.to_owned(),
        Goal::Level(level) => i18n::goal_level(lang, level.label(), &level.band().0.to_string()),
    };
    let body = match plan {
        TargetPlan::Reached => html! { <p>{ t.goal_reached }</p> },
        TargetPlan::Unreachable { best } => html! {
            <p class="callout warn" role="status" data-testid="target-unreachable">
                { i18n::unreachable_sentence(lang, &best.to_string()) }
            </p>
        },
        TargetPlan::Plan {
            raises,
            points,
            total,
        } => {
            let targets: Vec<(Indicator, Score)> =
                raises.iter().map(|r| (r.indicator, r.to)).collect();
            let onclick = {
                let app = app.clone();
                Callback::from(move |_: MouseEvent| {
                    app.dispatch(Action::FillWhatIf(targets.clone()))
                })
            };
            html! {
                <>
                    <p class="plan-sentence">{ i18n::plan_sentence(lang, &points.to_string(), &total.to_string()) }</p>
                    <div class="table-scroll">
                    <table class="plan-table">
                        <thead>
                            <tr>
                                <th scope="col">{ t.col_indicator }</th>
                                <th scope="col" class="num">{ t.col_weight }</th>
                                <th scope="col" class="num">{ t.col_from }</th>
                                <th scope="col" class="num">{ t.col_to }</th>
                                <th scope="col" class="num">{ t.col_raise }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for raises.iter().map(|r| html! {
                                <tr data-indicator={r.indicator.code()}>
                                    <th scope="row">{ indicator_name(r.indicator, lang) }</th>
                                    <td class="num">{ app.doc.current().shown_weight(r.indicator).unwrap_or_default() }</td>
                                    <td class="num">{ r.from.to_string() }</td>
                                    <td class="num">{ r.to.to_string() }</td>
                                    <td class="num">{ format!("+{}", r.points()) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    </div>
                    <button type="button" data-testid={format!("{testid}-use")} {onclick}>{ t.use_plan }</button>
                </>
            }
        }
    };
    html! {
        <div class="target" data-testid={testid}>
            <h3>{ heading }</h3>
            { body }
        </div>
    }
}

/// `target-pass`, `target-level-a`, …
fn goal_testid(goal: Goal) -> String {
    match goal {
        Goal::Pass => "target-pass".to_owned(),
        Goal::Level(level) => format!("target-level-{}", level.label().to_ascii_lowercase()),
    }
}
