//! Charts drawn in Rust with plotters into SVG strings (STYLE.md, Charts).
//!
//! Every chart is a pure function of domain data that returns a [`Chart`]: the SVG (with a
//! `<title>` and `<desc>`, a `viewBox` so it is crisp at any size), its title and
//! description as text, and a [`DataTable`] holding every number it shows, so that no chart
//! is the only way to read a number. Layout is done here in pixel coordinates, never by
//! measuring text, so a chart is the same natively and in the browser and costs no reflow.
//!
//! User text (the organisation's name, measure names) reaches a chart only through
//! plotters' text drawing, which escapes it, and through [`canvas::escape_xml`] for the
//! `<title>` and `<desc>`: markup typed by a user is shown as text and never runs.

pub mod canvas;
pub mod distribution;
pub mod history;
pub mod indicators;
pub mod patch;
pub mod progress;
pub mod radar;
pub mod tools;

use thiserror::Error;

use crate::{Indicator, Lang};

pub use distribution::distribution_chart;
pub use history::{history_chart, YearPoint};
pub use indicators::indicator_chart;
pub use progress::progress_chart;
pub use radar::{radar_chart, RadarSeries};
pub use tools::tools_chart;

/// A drawn chart with everything needed to show, describe and tabulate it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    /// The chart's title, also drawn at its top and written into `<title>`.
    pub title: String,
    /// One or two sentences saying what it shows, written into `<desc>`.
    pub description: String,
    /// The SVG document.
    pub svg: String,
    /// The same numbers as a table.
    pub table: DataTable,
}

/// A plain table: the alternative to a chart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataTable {
    /// Column headings.
    pub columns: Vec<String>,
    /// Rows of cells, as text.
    pub rows: Vec<Vec<String>>,
}

/// Why a chart could not be drawn.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ChartError {
    /// plotters refused to draw (never expected with an in-memory SVG).
    #[error("the chart could not be drawn: {0}")]
    Drawing(String),
}

/// What every chart says about whose data it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartContext<'a> {
    /// Interface language.
    pub lang: Lang,
    /// The organisation's name as typed (user text: escaped wherever it goes).
    pub organisation: &'a str,
    /// Fiscal year (พ.ศ.).
    pub fiscal_year: u16,
}

impl ChartContext<'_> {
    /// "ชื่อหน่วยงาน · ปีงบประมาณ 2569", or just the year when there is no name.
    pub fn subtitle(&self) -> String {
        let year = self.lang.pick(
            format!("ปีงบประมาณ {}", self.fiscal_year),
            format!("fiscal year {}", self.fiscal_year),
        );
        match self.organisation.trim() {
            "" => year,
            name => format!("{name} · {year}"),
        }
    }
}

/// Short indicator names that fit a chart's label column.
pub fn short_name(indicator: Indicator, lang: Lang) -> &'static str {
    const SHORT: [(&str, &str); 10] = [
        ("ปฏิบัติหน้าที่", "Duty"),
        ("ใช้งบประมาณ", "Budget"),
        ("ใช้อำนาจ", "Authority"),
        ("ใช้ทรัพย์สินราชการ", "Assets"),
        ("แก้ไขปัญหาทุจริต", "Anti-corruption"),
        ("คุณภาพการดำเนินงาน", "Quality"),
        ("ประสิทธิภาพการสื่อสาร", "Communication"),
        ("ปรับปรุงการทำงาน", "Improvement"),
        ("เปิดเผยข้อมูล", "Disclosure"),
        ("ป้องกันการทุจริต", "Prevention"),
    ];
    let (th, en) = SHORT[indicator.index()];
    lang.pick(th, en)
}

/// "i7 ประสิทธิภาพการสื่อสาร": the label of an indicator on a chart.
pub fn label(indicator: Indicator, lang: Lang) -> String {
    format!("{} {}", indicator.code(), short_name(indicator, lang))
}
