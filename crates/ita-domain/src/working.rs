//! "Show the working": the formula written out with the user's own numbers, so an officer
//! can check the total by hand or copy it into a report.

use crate::scoring::{Evaluation, IndicatorLine, ToolSummary, PASS_MARK_CENTS};
use crate::{Fixed, Lang, ResultRule};

/// The lines of the working, in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Working {
    /// From the formula to the result, one step per line.
    pub total: Vec<String>,
    /// One line per tool: its subtotal and average.
    pub tools: Vec<String>,
}

/// Writes out how the total, the result and the tool subtotals come from the scores.
pub fn working(evaluation: &Evaluation, lang: Lang) -> Working {
    let mut total = vec![lang
        .pick(
            "คะแนนรวม = ผลรวมของ (น้ำหนัก × คะแนน) ÷ 100",
            "Total = sum of (weight × score) ÷ 100",
        )
        .to_owned()];
    total.push(format!("= ({}) ÷ 100", products(evaluation.lines.iter())));
    match evaluation.total() {
        None => total.push(lang.pick(
            format!(
                "กรอกแล้ว {} จาก 10 ตัวชี้วัด: คำนวณคะแนนรวมได้เมื่อกรอกครบ",
                evaluation.entered()
            ),
            format!(
                "{} of 10 indicators entered: the total is worked out once all are entered",
                evaluation.entered()
            ),
        )),
        Some(exact) => {
            let rounded = exact.rounded(2);
            total.push(format!("= {} ÷ 100", Fixed::new(exact.units(), 2)));
            total.push(format!("= {exact}"));
            total.push(lang.pick(
                format!("≈ {rounded} (ปัดเศษครึ่งขึ้นเป็นทศนิยม 2 ตำแหน่ง)"),
                format!("≈ {rounded} (rounded half up to two decimals)"),
            ));
            total.push(result_line(evaluation, rounded, lang));
        }
    }
    let tools = evaluation
        .tools
        .iter()
        .map(|t| tool_line(evaluation, t, lang))
        .collect();
    Working { total, tools }
}

/// `6 × 83.65 + 6 × ? + …`: each weight times its score, `?` where none is entered.
fn products<'a>(lines: impl Iterator<Item = &'a IndicatorLine>) -> String {
    lines
        .map(|line| match line.score {
            Some(score) => format!("{} × {score}", line.weight),
            None => format!("{} × ?", line.weight),
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

fn result_line(evaluation: &Evaluation, rounded: Fixed, lang: Lang) -> String {
    let Some(outcome) = evaluation.outcome() else {
        return String::new();
    };
    let (min, max) = outcome.level.band();
    let level = outcome.level.label();
    match outcome.rule {
        ResultRule::Levels => lang.pick(
            format!("{rounded} อยู่ในช่วง {min}–{max} → ระดับ {level}"),
            format!("{rounded} is within {min}–{max} → level {level}"),
        ),
        ResultRule::PassMark => {
            let pass_mark = Fixed::new(PASS_MARK_CENTS, 2);
            let comparison = if outcome.passed { "≥" } else { "<" };
            let label = outcome.label(lang);
            lang.pick(
                format!(
                    "{rounded} {comparison} {pass_mark} → {label} (ช่วงระดับ {level}: {min}–{max} ไว้อ้างอิง)"
                ),
                format!(
                    "{rounded} {comparison} {pass_mark} → {label} (level band {level}: {min}–{max}, for reference)"
                ),
            )
        }
    }
}

fn tool_line(evaluation: &Evaluation, tool: &ToolSummary, lang: Lang) -> String {
    let name = tool.tool.abbreviation();
    let of_tool = evaluation
        .lines
        .iter()
        .filter(|l| l.indicator.tool() == tool.tool);
    let formula = format!("{name} = ({}) ÷ 100", products(of_tool));
    match (tool.subtotal(), tool.average()) {
        (Some(subtotal), Some(average)) => lang.pick(
            format!(
                "{formula} = {subtotal} ≈ {} จาก {} คะแนน; เฉลี่ย = {subtotal} ÷ {} × 100 ≈ {average}",
                subtotal.rounded(2),
                tool.weight,
                tool.weight
            ),
            format!(
                "{formula} = {subtotal} ≈ {} of {} points; average = {subtotal} ÷ {} × 100 ≈ {average}",
                subtotal.rounded(2),
                tool.weight,
                tool.weight
            ),
        ),
        (Some(subtotal), None) => format!("{formula} = {subtotal}"),
        _ => lang.pick(
            format!("{formula}: กรอกแล้ว {} จาก {}", tool.entered, tool.count),
            format!("{formula}: {} of {} entered", tool.entered, tool.count),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, Framework, Score, Weights};

    #[test]
    fn writes_the_users_numbers_into_the_formula() {
        // 6 × (83.65 + 90 + 88 + 91 + 86.20) + 10 × (92 + 84.10 + 80) + 20 × (95 + 87.50)
        // = 6 × 438.85 + 10 × 256.10 + 20 × 182.50 = 2633.10 + 2561.00 + 3650.00 = 8844.10
        let scores = [8365, 9000, 8800, 9100, 8620, 9200, 8410, 8000, 9500, 8750]
            .map(Score::from_hundredths);
        let framework = Framework::custom(Weights::STANDARD, ResultRule::PassMark);
        let w = working(&evaluate(&framework, &scores), Lang::Th);
        assert!(w.total[1].starts_with("= (6 × 83.65 + 6 × 90.00"));
        assert!(w.total[1].ends_with("20 × 87.50) ÷ 100"));
        assert_eq!(w.total[2], "= 8844.10 ÷ 100");
        assert_eq!(w.total[3], "= 88.4410");
        assert!(w.total[4].starts_with("≈ 88.44"));
        assert!(w.total[5].starts_with("88.44 ≥ 85.00 → ผ่าน"));
        assert!(w.tools[0].contains("= 26.3310 ≈ 26.33 จาก 30"));
        assert!(w.tools[0].ends_with("≈ 87.77"));
    }

    #[test]
    fn says_how_many_are_missing() {
        let mut scores = [Score::from_hundredths(9000); 10];
        scores[9] = None;
        let framework = Framework::custom(Weights::STANDARD, ResultRule::Levels);
        let w = working(&evaluate(&framework, &scores), Lang::En);
        assert!(w.total[1].ends_with("20 × ?) ÷ 100"));
        assert!(w.total[2].starts_with("9 of 10 indicators entered"));
        assert!(w.tools[2].ends_with("1 of 2 entered"));
    }
}
