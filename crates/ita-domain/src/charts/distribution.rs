//! Chart 6 (roll-up): how the organisations' totals are spread, in five-point bins, with the
//! pass line and the share passing against the national target.

use crate::charts::canvas::{draw, palette, scale, Anchor};
use crate::charts::{Chart, ChartError, DataTable};
use crate::rollup::{Summary, DISTRIBUTION_BINS, NATIONAL_TARGET_PERCENT};
use crate::Lang;

/// The chart's size in SVG units.
pub const SIZE: (u32, u32) = (640, 380);
const PLOT_X: (i32, i32) = (56, 620);
const PLOT_Y: (i32, i32) = (320, 96);

/// Draws the distribution of totals in `summary`.
pub fn distribution_chart(summary: &Summary, lang: Lang) -> Result<Chart, ChartError> {
    let title = lang
        .pick("การกระจายของคะแนนรวม", "How the totals are spread")
        .to_owned();
    let share = summary
        .pass_share
        .map(|s| s.to_string())
        .unwrap_or_else(|| "—".into());
    let subtitle = lang.pick(
        format!(
            "{} หน่วยงานที่มีคะแนนรวม · ผ่าน 85 ขึ้นไป {share}% (เป้าหมายระดับชาติ {NATIONAL_TARGET_PERCENT}%)",
            summary.with_total
        ),
        format!(
            "{} organisations with a total · {share}% at 85 or more (national target {NATIONAL_TARGET_PERCENT}%)",
            summary.with_total
        ),
    );
    let description = lang.pick(
        format!(
            "แผนภูมิแท่งจำนวนหน่วยงานตามช่วงคะแนนรวม ช่วงละ 5 คะแนน: {}",
            bins_text(summary)
        ),
        format!(
            "Bar chart of organisations by total, in five-point bins: {}",
            bins_text(summary)
        ),
    );
    let highest = summary
        .distribution
        .iter()
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let bins = DISTRIBUTION_BINS.len() as i32;
    let width = (PLOT_X.1 - PLOT_X.0) / bins;

    let svg = draw("chart-distribution", SIZE, &title, &description, |pen| {
        pen.heading(&title, &subtitle)?;
        if summary.with_total == 0 {
            return pen.bold(
                lang.pick(
                    "ยังไม่มีข้อมูลพอ: โหลดไฟล์ที่มีคะแนนครบ 10 ตัวชี้วัด",
                    "Not enough data yet: load files with all ten scores",
                ),
                ((PLOT_X.0 + PLOT_X.1) / 2, (PLOT_Y.0 + PLOT_Y.1) / 2),
                14.0,
                &palette::MUTED,
                Anchor::Middle,
            );
        }
        pen.line(
            vec![(PLOT_X.0, PLOT_Y.0), (PLOT_X.1, PLOT_Y.0)],
            palette::INK,
            1,
        )?;
        for (n, ((from, label), count)) in DISTRIBUTION_BINS
            .iter()
            .zip(summary.distribution)
            .enumerate()
        {
            let x0 = PLOT_X.0 + width * n as i32;
            let top = scale(f64::from(count), (0.0, f64::from(highest)), PLOT_Y);
            let colour = if *from >= 8500 {
                palette::BLUE
            } else {
                palette::ORANGE
            };
            if count > 0 {
                pen.rect((x0 + 4, top), (x0 + width - 4, PLOT_Y.0), colour)?;
            }
            pen.bold(
                &count.to_string(),
                (x0 + width / 2, top - 4),
                12.0,
                &palette::INK,
                Anchor::Above,
            )?;
            pen.text(
                label,
                (x0 + width / 2, PLOT_Y.0 + 6),
                11.0,
                &palette::MUTED,
                Anchor::Below,
            )?;
        }
        // The pass line falls between the 80–85 and 85–90 bins.
        let pass = PLOT_X.0 + width * 8;
        pen.dashed(
            vec![(pass, PLOT_Y.1 - 10), (pass, PLOT_Y.0)],
            palette::INK,
            2,
        )?;
        pen.text(
            lang.pick("เกณฑ์ผ่าน 85", "pass line 85"),
            (pass + 4, PLOT_Y.1 - 14),
            12.0,
            &palette::INK,
            Anchor::Start,
        )
    })?;

    Ok(Chart {
        title,
        description,
        svg,
        table: DataTable {
            columns: vec![
                lang.pick("ช่วงคะแนนรวม", "Total").to_owned(),
                lang.pick("จำนวนหน่วยงาน", "Organisations").to_owned(),
            ],
            rows: DISTRIBUTION_BINS
                .iter()
                .zip(summary.distribution)
                .map(|((_, label), count)| vec![(*label).to_owned(), count.to_string()])
                .collect(),
        },
    })
}

fn bins_text(summary: &Summary) -> String {
    DISTRIBUTION_BINS
        .iter()
        .zip(summary.distribution)
        .filter(|(_, count)| *count > 0)
        .map(|((_, label), count)| format!("{label}: {count}"))
        .collect::<Vec<_>>()
        .join(", ")
}
