//! รายงานการวิเคราะห์ผลการประเมิน ITA of year N: foreword, background, the result, the
//! indicator chart, the ten indicators ranked, strengths, urgent weaknesses with the rule
//! that made them urgent, issues to develop per tool, and the measures recommended for N + 1.

use crate::{
    numbered, result_phrase, Block, Cell, Clause, DocContext, DocKind, Document, Image, ParaStyle,
    Paragraph, Table, TableText,
};
use ita_domain::charts::{indicator_chart, ChartContext};
use ita_domain::{
    analyse, suggest, Analysis, Evaluation, Indicator, Lang, PlannedMeasure, Rhythm, Standing, Tool,
};

/// A measure row of the recommended measures table, from the plan or the catalogue.
struct MeasureRow {
    name: String,
    guideline: String,
    steps: Vec<String>,
    responsible: String,
    rhythm: Rhythm,
}

impl From<&PlannedMeasure> for MeasureRow {
    fn from(m: &PlannedMeasure) -> MeasureRow {
        MeasureRow {
            name: m.name.clone(),
            guideline: m.guideline.clone(),
            steps: m.steps.clone(),
            responsible: m.responsible.clone(),
            rhythm: m.rhythm,
        }
    }
}

pub(super) fn build(context: &DocContext) -> Document {
    let lang = context.lang;
    let pick = |th: &str, en: &str| lang.pick(th, en).to_owned();
    let (n, next) = (context.results_year(), context.plan_year());
    let title = pick(
        "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
        "Analysis of the Integrity and Transparency Assessment (ITA) results",
    );
    let mut blocks = vec![context.title(
        vec![
            title.clone(),
            lang.pick(
                format!("ประจำปีงบประมาณ พ.ศ. {n}"),
                format!("Fiscal year {n} B.E."),
            ),
        ],
        true,
    )];

    blocks.push(Block::Heading(pick("คำนำ", "Foreword")));
    blocks.extend(context.drafted_blocks("analysis.foreword"));
    blocks.push(Block::Heading(pick("1. หลักการและเหตุผล", "1. Background")));
    blocks.extend(context.drafted_blocks("analysis.rationale"));

    blocks.push(Block::Heading(pick("2. ผลการประเมิน", "2. The result")));
    let thresholds = context.book.thresholds.thresholds().ok();
    let analysis = context
        .evaluation
        .as_ref()
        .zip(thresholds.as_ref())
        .and_then(|(e, t)| analyse(e, t));
    match (&context.evaluation, context.outcome()) {
        (Some(evaluation), Some((total, outcome))) => {
            blocks.push(body(lang.pick(
                format!(
                    "ในการประเมินประจำปีงบประมาณ พ.ศ. {n} {}{} ตามกรอบการประเมิน {} ({})",
                    context.org(),
                    result_phrase(&total, &outcome, lang),
                    evaluation.framework.id,
                    outcome.rule.describe(lang)
                ),
                format!(
                    "In the assessment of fiscal year {n} B.E., {} {} under the {} framework ({}).",
                    context.org(),
                    result_phrase(&total, &outcome, lang),
                    evaluation.framework.id,
                    outcome.rule.describe(lang).to_ascii_lowercase()
                ),
            )));
            blocks.push(Block::Table(tools_table(evaluation, &total, lang)));
            for tool in evaluation.tools_below_pass_mark_despite_pass() {
                let average = tool.average().map(|a| a.to_string()).unwrap_or_default();
                blocks.push(body(lang.pick(
                    format!("ข้อสังเกต: แม้คะแนนรวมผ่านเกณฑ์ แต่คะแนนเฉลี่ยของ {} อยู่ที่ {average} คะแนน ต่ำกว่า 85 คะแนน", tool.tool.abbreviation()),
                    format!("Note: although the total passes, the {} averages {average}, below 85.", tool.tool.abbreviation()),
                )));
            }
        }
        _ => blocks.push(body(pick(
            "ยังคำนวณผลการประเมินไม่ได้ เนื่องจากยังกรอกคะแนนไม่ครบ 10 ตัวชี้วัด หรือยังไม่มีกรอบการประเมินที่ใช้ได้",
            "The result cannot be worked out yet: not all ten scores are entered, or there is no usable framework.",
        ))),
    }
    if let (Some(evaluation), Some(thresholds)) = (&context.evaluation, &thresholds) {
        let chart = ChartContext {
            lang,
            organisation: &context.book.organisation.name,
            fiscal_year: n,
        };
        if let Ok(chart) = indicator_chart(&chart, evaluation, thresholds) {
            blocks.push(Block::Image(Image {
                svg: chart.svg,
                size: ita_domain::charts::indicators::SIZE,
                alt: chart.description,
                width_percent: 100,
            }));
            blocks.push(Block::Paragraph(Paragraph::new(
                ParaStyle::Note,
                lang.pick(
                    format!("แผนภูมิที่ 1 คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. {n}"),
                    format!("Chart 1. Score by indicator, fiscal year {n} B.E."),
                ),
            )));
        }
    }

    match &analysis {
        Some(analysis) => readings(&mut blocks, context, analysis),
        None => {
            blocks.push(Block::Heading(pick(
                "3. คะแนนรายตัวชี้วัด",
                "3. Scores by indicator",
            )));
            blocks.push(body(pick(
                "ยังวิเคราะห์รายตัวชี้วัดไม่ได้จนกว่าจะกรอกคะแนนครบ 10 ตัวชี้วัดและเกณฑ์การวิเคราะห์ถูกต้อง",
                "The indicators can be read once all ten scores are entered and the thresholds are valid.",
            )));
        }
    }

    blocks.push(Block::Heading(lang.pick(
        format!("7. มาตรการที่เสนอสำหรับปีงบประมาณ พ.ศ. {next}"),
        format!("7. Measures recommended for fiscal year {next} B.E."),
    )));
    let plan = &context.year.measures;
    let rows: Vec<MeasureRow> = if plan.is_empty() {
        blocks.push(body(pick(
            "หน่วยงานยังไม่ได้เลือกมาตรการ ตารางนี้จึงแสดงมาตรการที่แนะนำตามตัวชี้วัดที่ต้องพัฒนา เรียงตามคะแนนที่เสียไป",
            "The agency has not adopted measures yet, so this table shows the measures suggested for the indicators to develop, by the points at stake.",
        )));
        analysis
            .as_ref()
            .map(|a| {
                // Each written out as adopting it would (the app builds documents once the
                // catalogue's texts are loaded: src/pages/documents.rs).
                suggest(a)
                    .into_iter()
                    .filter_map(|s| PlannedMeasure::adopt(s.measure, String::new(), lang, next))
                    .map(|m| MeasureRow::from(&m))
                    .collect()
            })
            .unwrap_or_default()
    } else {
        blocks.push(body(lang.pick(
            format!("จากผลการวิเคราะห์ข้างต้น {}กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {next} จำนวน {} มาตรการ ดังนี้", context.org(), plan.len()),
            format!("From this analysis, {} sets {} internal measures to promote integrity and transparency for fiscal year {next} B.E.:", context.org(), plan.len()),
        )));
        plan.iter().map(MeasureRow::from).collect()
    };
    blocks.push(Block::Table(measures_table(&rows, lang)));

    blocks.push(context.preparer_signature(&pick("ผู้จัดทำรายงาน", "Prepared by"), None));
    blocks.push(context.executive_signature(&pick("ผู้บริหาร", "Executive"), None));

    Document {
        kind: DocKind::Analysis,
        lang,
        title: lang.pick(
            format!("{title} ประจำปีงบประมาณ พ.ศ. {n}"),
            format!("{title}, fiscal year {n} B.E."),
        ),
        organisation: context.book.organisation.name.clone(),
        fiscal_year: n,
        thai_digits: false,
        landscape: false,
        blocks,
    }
}

fn body(text: String) -> Block {
    Block::Paragraph(Paragraph::new(ParaStyle::Body, text))
}

fn clause(number: String, text: String, depth: u8) -> Block {
    Block::Clause(Clause {
        number,
        text,
        depth,
        draft: None,
    })
}

fn tools_table(evaluation: &Evaluation, total: &str, lang: Lang) -> Table {
    let mut rows: Vec<Vec<Cell>> = Tool::ALL
        .iter()
        .map(|&tool| {
            let summary = evaluation.tool(tool);
            vec![
                Cell::text(format!("{} ({})", tool.name(lang), tool.abbreviation())),
                Cell::number(summary.weight.to_string()),
                Cell::number(summary.average().map(|a| a.to_string()).unwrap_or_default()),
                Cell::number(
                    summary
                        .subtotal()
                        .map(|s| s.rounded(2).to_string())
                        .unwrap_or_default(),
                ),
            ]
        })
        .collect();
    rows.push(vec![
        Cell::text(lang.pick("คะแนนรวม", "Total")).bold(),
        Cell::number("100").bold(),
        Cell::number(""),
        Cell::number(total).bold(),
    ]);
    Table {
        widths: vec![50, 14, 17, 19],
        header: vec![vec![
            Cell::header(lang.pick("เครื่องมือการประเมิน", "Tool")),
            Cell::header(lang.pick("น้ำหนัก (ร้อยละ)", "Weight (%)")),
            Cell::header(lang.pick("คะแนนเฉลี่ย", "Average")),
            Cell::header(lang.pick("คะแนนถ่วงน้ำหนัก", "Weighted score")),
        ]],
        rows,
        text: TableText::Small,
    }
}

fn indicator_label(indicator: Indicator, lang: Lang) -> String {
    format!("{} {}", indicator.code(), indicator.name(lang))
}

fn points(text: String, lang: Lang) -> String {
    lang.pick(format!("{text} คะแนน"), format!("{text} points"))
}

/// Sections 3 to 6: the ranking, strengths, urgent weaknesses and issues to develop.
fn readings(blocks: &mut Vec<Block>, context: &DocContext, analysis: &Analysis) {
    let lang = context.lang;
    let pick = |th: &str, en: &str| lang.pick(th, en).to_owned();
    let lines = context.evaluation.as_ref().map(|e| e.lines);
    let thresholds = &analysis.thresholds;

    blocks.push(Block::Heading(pick(
        "3. คะแนนรายตัวชี้วัด เรียงจากมากไปน้อย",
        "3. Scores by indicator, highest first",
    )));
    let rows = analysis
        .ranking
        .iter()
        .map(|r| {
            let lost = lines
                .and_then(|l| l[r.indicator.index()].lost())
                .map(|l| l.rounded(2).to_string())
                .unwrap_or_default();
            vec![
                Cell::centred(r.rank.to_string()),
                Cell::text(indicator_label(r.indicator, lang)),
                Cell::centred(r.indicator.tool().abbreviation()),
                Cell::number(r.score.to_string()),
                Cell::number(r.weight.to_string()),
                Cell::number(lost),
                Cell::centred(standing_label(r.standing, r.urgent.is_some(), lang)),
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        widths: vec![7, 33, 11, 11, 10, 12, 16],
        header: vec![vec![
            Cell::header(pick("ลำดับ", "Rank")),
            Cell::header(pick("ตัวชี้วัด", "Indicator")),
            Cell::header(pick("เครื่องมือ", "Tool")),
            Cell::header(pick("คะแนน", "Score")),
            Cell::header(pick("น้ำหนัก", "Weight")),
            Cell::header(pick("คะแนนที่เสียไป", "Points lost")),
            Cell::header(pick("สถานะ", "Standing")),
        ]],
        rows,
        text: TableText::Small,
    }));
    blocks.push(Block::Paragraph(Paragraph::new(
        ParaStyle::Note,
        pick(
            "น้ำหนักเป็นร้อยละของคะแนนรวม คะแนนที่เสียไป = น้ำหนัก × (100 − คะแนน) ÷ 100 คือคะแนนรวมที่เสียไปที่ตัวชี้วัดนั้น",
            "Weights are percent of the total. Points lost = weight × (100 − score) ÷ 100: what the total loses at that indicator.",
        ),
    )));

    blocks.push(Block::Heading(pick("4. จุดแข็ง", "4. Strengths")));
    blocks.push(body(lang.pick(
        format!(
            "ตัวชี้วัดที่ได้คะแนนตั้งแต่ {} คะแนนขึ้นไปถือเป็นจุดแข็ง และตั้งแต่ {} คะแนนขึ้นไปถือว่าดีเยี่ยม",
            thresholds.strength, thresholds.excellent
        ),
        format!(
            "An indicator scoring {} or more is a strength, and {} or more is excellent.",
            thresholds.strength, thresholds.excellent
        ),
    )));
    let strengths = analysis.strengths();
    if strengths.is_empty() {
        blocks.push(body(pick(
            "ไม่มีตัวชี้วัดที่ถึงเกณฑ์จุดแข็ง",
            "No indicator reaches the strength line.",
        )));
    }
    for (k, r) in strengths.iter().enumerate() {
        let excellent = r.standing == Standing::Excellent;
        blocks.push(clause(
            format!("4.{}", k + 1),
            format!(
                "{} {}{}",
                indicator_label(r.indicator, lang),
                points(r.score.to_string(), lang),
                if excellent {
                    lang.pick(" (ดีเยี่ยม)", " (excellent)")
                } else {
                    ""
                }
            ),
            1,
        ));
    }

    blocks.push(Block::Heading(pick(
        "5. ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน",
        "5. Weaknesses to fix urgently",
    )));
    let rule = if thresholds.lowest_is_urgent {
        lang.pick(
            format!("เกณฑ์: ตัวชี้วัดที่ได้คะแนนต่ำที่สุด และทุกตัวชี้วัดที่ได้คะแนนต่ำกว่า {} คะแนน ถือเป็นจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน เรียงตามคะแนนรวมที่เสียไปเทียบกับเกณฑ์ {} คะแนน", thresholds.urgent, thresholds.strength),
            format!("Rule: the lowest-scoring indicator, and every indicator below {}, is a weakness to fix urgently; they are ordered by the points the total loses against {}.", thresholds.urgent, thresholds.strength),
        )
    } else {
        lang.pick(
            format!("เกณฑ์: ทุกตัวชี้วัดที่ได้คะแนนต่ำกว่า {} คะแนน ถือเป็นจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน เรียงตามคะแนนรวมที่เสียไปเทียบกับเกณฑ์ {} คะแนน", thresholds.urgent, thresholds.strength),
            format!("Rule: every indicator below {} is a weakness to fix urgently; they are ordered by the points the total loses against {}.", thresholds.urgent, thresholds.strength),
        )
    };
    blocks.push(body(rule));
    let urgent = analysis.urgent();
    if urgent.is_empty() {
        blocks.push(body(pick(
            "ไม่มีตัวชี้วัดที่เข้าเกณฑ์เร่งด่วน",
            "No indicator is urgent under this rule.",
        )));
    }
    for (k, r) in urgent.iter().enumerate() {
        let mut why: Vec<String> = Vec::new();
        if let Some(reasons) = r.urgent {
            if reasons.lowest {
                why.push(pick("คะแนนต่ำที่สุด", "the lowest score"));
            }
            if reasons.below_line {
                why.push(lang.pick(
                    format!("ต่ำกว่า {} คะแนน", thresholds.urgent),
                    format!("below {}", thresholds.urgent),
                ));
            }
        }
        let gap = r.weighted_gap().rounded(2).to_string();
        blocks.push(clause(
            format!("5.{}", k + 1),
            lang.pick(
                format!(
                    "{} {} ({}) คะแนนรวมเสียไป {gap} คะแนนเทียบกับเกณฑ์ {}",
                    indicator_label(r.indicator, lang),
                    points(r.score.to_string(), lang),
                    why.join("และ"),
                    thresholds.strength
                ),
                format!(
                    "{}: {} ({}); the total loses {gap} points against {}",
                    indicator_label(r.indicator, lang),
                    points(r.score.to_string(), lang),
                    why.join(" and "),
                    thresholds.strength
                ),
            ),
            1,
        ));
        blocks.push(clause(
            String::new(),
            r.indicator.asks_about(lang).unwrap_or_default().to_owned(),
            2,
        ));
    }

    blocks.push(Block::Heading(pick(
        "6. ประเด็นที่ต้องพัฒนาให้ดีขึ้น",
        "6. Issues to develop",
    )));
    blocks.push(body(lang.pick(
        format!("ตัวชี้วัดที่ได้คะแนนต่ำกว่า {} คะแนนเป็นประเด็นที่ต้องพัฒนา แยกตามเครื่องมือการประเมิน โดยตัวชี้วัดที่ได้คะแนนต่ำที่สุดของแต่ละเครื่องมือเป็นจุดที่ควรพัฒนาก่อน", thresholds.strength),
        format!("Indicators below {} are issues to develop, by tool; the lowest-scoring indicator of each tool comes first.", thresholds.strength),
    )));
    for (k, tool) in Tool::ALL.iter().enumerate() {
        blocks.push(clause(
            format!("6.{}", k + 1),
            format!("{} ({})", tool.name(lang), tool.abbreviation()),
            0,
        ));
        let focus = analysis
            .tool_focus
            .iter()
            .find(|f| f.tool == *tool)
            .map(|f| f.indicator);
        let rows = tool
            .indicators()
            .filter_map(|i| analysis.reading(i))
            .map(|r| {
                let develop = if r.standing == Standing::ToDevelop {
                    let mut text = r.indicator.to_develop(lang).unwrap_or_default().to_owned();
                    if focus == Some(r.indicator) {
                        text = lang.pick(
                            format!("(ควรพัฒนาก่อนในเครื่องมือนี้) {text}"),
                            format!("(First to develop in this tool) {text}"),
                        );
                    }
                    text
                } else {
                    lang.pick(
                        format!(
                            "คะแนนถึงเกณฑ์ {} แล้ว ให้รักษามาตรฐานการดำเนินงานไว้",
                            thresholds.strength
                        ),
                        format!("At or above {}: keep up the standard.", thresholds.strength),
                    )
                };
                vec![
                    Cell::lines(vec![
                        indicator_label(r.indicator, lang),
                        points(r.score.to_string(), lang),
                    ]),
                    Cell::text(r.indicator.asks_about(lang).unwrap_or_default()),
                    Cell::text(develop),
                ]
            })
            .collect();
        blocks.push(Block::Table(Table {
            widths: vec![24, 40, 36],
            header: vec![vec![
                Cell::header(pick("ตัวชี้วัด", "Indicator")),
                Cell::header(pick("ประเด็นการประเมิน", "What the tool asks")),
                Cell::header(pick("ประเด็นที่ควรพัฒนา", "What to develop")),
            ]],
            rows,
            text: TableText::Small,
        }));
    }
}

fn standing_label(standing: Standing, urgent: bool, lang: Lang) -> String {
    let label = standing.label(lang);
    if urgent {
        format!("{label} · {}", lang.pick("เร่งด่วน", "urgent"))
    } else {
        label.to_owned()
    }
}

fn measures_table(rows: &[MeasureRow], lang: Lang) -> Table {
    let body = rows
        .iter()
        .map(|m| {
            let steps = numbered(&m.steps);
            vec![
                Cell::text(non_empty(&m.name, lang)),
                Cell::text(&m.guideline),
                Cell::lines(steps),
                Cell::text(&m.responsible),
                Cell::text(m.rhythm.describe(lang)),
            ]
        })
        .collect();
    Table {
        widths: vec![16, 22, 40, 11, 11],
        header: vec![vec![
            Cell::header(lang.pick("มาตรการ", "Measure")),
            Cell::header(lang.pick("แนวทางการปฏิบัติ", "Guideline")),
            Cell::header(lang.pick("ขั้นตอน/วิธีการปฏิบัติ", "Steps")),
            Cell::header(lang.pick("ผู้รับผิดชอบ", "Responsible")),
            Cell::header(lang.pick("การกำกับติดตาม", "Monitoring")),
        ]],
        rows: body,
        text: TableText::Small,
    }
}

/// A measure's name, or "(untitled)".
pub(super) fn non_empty(name: &str, lang: Lang) -> String {
    match name.trim() {
        "" => lang.pick("(ยังไม่ได้ตั้งชื่อ)", "(untitled)").to_owned(),
        name => name.to_owned(),
    }
}
