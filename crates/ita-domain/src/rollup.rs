//! Roll-up of many organisations' files, for a supervising office: one row per organisation
//! and fiscal year, filters and sorting, the share passing 85 against the national target,
//! per-indicator averages, the distribution of totals, and CSV or JSON to take away.

use std::cmp::Ordering;

use serde_json::{json, Map, Value};

use crate::exchange::object;
use crate::fixed::div_round_half_up;
use crate::scoring::{evaluate, Outcome, PASS_MARK_CENTS};
use crate::workbook::Workbook;
use crate::{Fixed, Indicator, Lang, OrgType, Score};

/// The national target: at least 80 % of agencies score 85 or more.
pub const NATIONAL_TARGET_PERCENT: u64 = 80;

/// One organisation's result for one fiscal year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RollupRow {
    /// The file it came from.
    pub source: String,
    /// The organisation's name.
    pub name: String,
    /// [`thai_sort_key`] of the name, worked out once when the row is made: the table is
    /// sorted again as every batch of files arrives.
    pub name_key: String,
    /// Its kind.
    pub org_type: Option<OrgType>,
    /// Its province, as written.
    pub province: String,
    /// Fiscal year (พ.ศ.).
    pub fiscal_year: u16,
    /// The ten scores.
    pub scores: [Option<Score>; 10],
    /// The exact total (1/10 000 points), when all ten are in and a framework applies.
    pub total_units: Option<u64>,
    /// The result under the year's framework.
    pub outcome: Option<Outcome>,
    /// The lowest-scoring indicator (the heavier, then the first, when tied).
    pub weakest: Option<Indicator>,
}

impl RollupRow {
    /// The total rounded half up to two decimals.
    pub fn total(&self) -> Option<Fixed> {
        self.total_units.map(|u| Fixed::new(u, 4).rounded(2))
    }

    /// Whether the rounded total is 85.00 or more.
    pub fn passed(&self) -> Option<bool> {
        self.total().map(|t| t.units() >= PASS_MARK_CENTS)
    }
}

/// One row per assessment in a workbook.
pub fn rows(book: &Workbook, source: &str) -> Vec<RollupRow> {
    book.years
        .iter()
        .map(|year| {
            // The scores read once (the exchange keeps them as the text typed), for the row and
            // its total both: `Assessment::evaluation` would read them again.
            let scores = year.accepted_scores();
            let evaluation = year.framework().ok().map(|f| evaluate(&f, &scores));
            let weakest = evaluation.as_ref().and_then(|e| {
                e.lines
                    .iter()
                    .filter_map(|l| {
                        l.score
                            .map(|s| (s, std::cmp::Reverse(l.weight), l.indicator))
                    })
                    .min()
                    .map(|(_, _, indicator)| indicator)
            });
            let name = book.organisation.name.trim();
            RollupRow {
                source: source.to_owned(),
                name: name.to_owned(),
                name_key: thai_sort_key(name),
                org_type: book.organisation.org_type,
                province: book.organisation.province.trim().to_owned(),
                fiscal_year: year.fiscal_year,
                scores,
                total_units: evaluation
                    .as_ref()
                    .and_then(|e| e.total())
                    .map(Fixed::units),
                outcome: evaluation.as_ref().and_then(|e| e.outcome()),
                weakest,
            }
        })
        .collect()
}

/// Which results a filter keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ResultFilter {
    /// 85.00 or more.
    Passed,
    /// Below 85.00.
    NotPassed,
    /// Not all ten scores, or no framework.
    NoTotal,
}

/// What the table shows. Empty fields keep everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this fiscal year.
    pub fiscal_year: Option<u16>,
    /// Only this kind of organisation.
    pub org_type: Option<OrgType>,
    /// Only this province.
    pub province: Option<String>,
    /// Only these results.
    pub result: Option<ResultFilter>,
    /// Only names containing this text.
    pub search: String,
}

impl Filter {
    /// Whether a row passes the filter.
    pub fn keeps(&self, row: &RollupRow) -> bool {
        self.fiscal_year.is_none_or(|y| row.fiscal_year == y)
            && self.org_type.is_none_or(|t| row.org_type == Some(t))
            && self.province.as_deref().is_none_or(|p| row.province == p)
            && self.result.is_none_or(|r| match r {
                ResultFilter::Passed => row.passed() == Some(true),
                ResultFilter::NotPassed => row.passed() == Some(false),
                ResultFilter::NoTotal => row.passed().is_none(),
            })
            && (self.search.trim().is_empty() || row.name.contains(self.search.trim()))
    }
}

/// A column to sort by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// Name (Thai order).
    #[default]
    Name,
    /// Kind of organisation.
    Type,
    /// Province (Thai order).
    Province,
    /// Fiscal year.
    Year,
    /// Total.
    Total,
    /// Weakest indicator.
    Weakest,
}

/// Text reordered so that comparing it sorts Thai words as a dictionary does: a leading
/// vowel (เ แ โ ใ ไ) sorts after the consonant it is written before.
/// (Strings compare byte by byte, which in UTF-8 is code point by code point.)
pub fn thai_sort_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        let next = ('\u{0E40}'..='\u{0E44}')
            .contains(&c)
            .then(|| chars.next())
            .flatten();
        key.extend(next);
        key.push(c);
    }
    key
}

/// Sorts rows by a column; rows without a value go last either way.
pub fn sort_rows(rows: &mut [&RollupRow], key: SortKey, ascending: bool) {
    crate::sort::sort_by(rows, |a, b| compare_rows(a, b, key, ascending));
}

/// Positions of `rows`, sorted by a column as [`sort_rows`] would sort the rows themselves.
/// The provinces' Thai sort keys are worked out once per row, not once per comparison.
pub fn sort_positions(rows: &[RollupRow], positions: &mut [usize], key: SortKey, ascending: bool) {
    let province_keys: Vec<String> = match key {
        SortKey::Province => positions
            .iter()
            .map(|&p| thai_sort_key(&rows[p].province))
            .collect(),
        _ => Vec::new(),
    };
    let order = crate::sort::sorted_order(positions.len(), &mut |a, b| {
        let (ra, rb) = (&rows[positions[a]], &rows[positions[b]]);
        let ordered = |o: Ordering| if ascending { o } else { o.reverse() };
        let primary = match key {
            SortKey::Province => ordered(province_keys[a].cmp(&province_keys[b])),
            _ => compare_rows(ra, rb, key, ascending),
        };
        primary
            .then_with(|| ra.name_key.cmp(&rb.name_key))
            .then_with(|| ra.fiscal_year.cmp(&rb.fiscal_year))
    });
    let sorted: Vec<usize> = order.iter().map(|&n| positions[n]).collect();
    positions.copy_from_slice(&sorted);
}

/// The order of two rows by a column, then by name and year.
pub fn compare_rows(a: &RollupRow, b: &RollupRow, key: SortKey, ascending: bool) -> Ordering {
    let ordered = |o: Ordering| if ascending { o } else { o.reverse() };
    let primary = match key {
        SortKey::Name => ordered(a.name_key.cmp(&b.name_key)),
        // In the order the organisation form lists the kinds.
        SortKey::Type => none_last(a.org_type, b.org_type, ascending),
        SortKey::Province => ordered(thai_sort_key(&a.province).cmp(&thai_sort_key(&b.province))),
        SortKey::Year => ordered(a.fiscal_year.cmp(&b.fiscal_year)),
        SortKey::Total => none_last(a.total_units, b.total_units, ascending),
        SortKey::Weakest => none_last(a.weakest, b.weakest, ascending),
    };
    primary
        .then_with(|| a.name_key.cmp(&b.name_key))
        .then_with(|| a.fiscal_year.cmp(&b.fiscal_year))
}

/// Orders two optional values, missing ones last whichever the direction.
fn none_last<T: Ord>(a: Option<T>, b: Option<T>, ascending: bool) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) if ascending => x.cmp(&y),
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// The bins of the distribution of totals: below 50, then every 5 points to 100.
pub const DISTRIBUTION_BINS: [(u64, &str); 11] = [
    (0, "<50"),
    (5000, "50–55"),
    (5500, "55–60"),
    (6000, "60–65"),
    (6500, "65–70"),
    (7000, "70–75"),
    (7500, "75–80"),
    (8000, "80–85"),
    (8500, "85–90"),
    (9000, "90–95"),
    (9500, "95–100"),
];

/// Figures over a set of rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Rows counted.
    pub rows: usize,
    /// Rows with a total.
    pub with_total: usize,
    /// Rows whose total is 85.00 or more.
    pub passed: usize,
    /// `passed ÷ with_total` in percent, rounded half up to two decimals.
    pub pass_share: Option<Fixed>,
    /// The mean total, rounded half up to two decimals.
    pub average_total: Option<Fixed>,
    /// The mean of each indicator over the rows where it is entered.
    pub averages: [Option<Fixed>; 10],
    /// How many totals fall in each bin of [`DISTRIBUTION_BINS`].
    pub distribution: [u32; 11],
}

impl Summary {
    /// Whether the share passing meets the national target of 80 %.
    pub fn meets_target(&self) -> Option<bool> {
        self.pass_share
            .map(|s| s.units() >= NATIONAL_TARGET_PERCENT * 100)
    }
}

/// Sums and counts over the rows, exactly.
pub fn summarise<'a>(rows: impl IntoIterator<Item = &'a RollupRow>) -> Summary {
    let mut summary = Summary {
        rows: 0,
        with_total: 0,
        passed: 0,
        pass_share: None,
        average_total: None,
        averages: [None; 10],
        distribution: [0; 11],
    };
    let mut total_units = 0u64;
    let mut sums = [(0u64, 0u64); 10];
    for row in rows {
        summary.rows += 1;
        for (slot, score) in sums.iter_mut().zip(&row.scores) {
            if let Some(score) = score {
                slot.0 += u64::from(score.hundredths());
                slot.1 += 1;
            }
        }
        if let (Some(units), Some(total)) = (row.total_units, row.total()) {
            summary.with_total += 1;
            total_units += units;
            if total.units() >= PASS_MARK_CENTS {
                summary.passed += 1;
            }
            let bin = DISTRIBUTION_BINS
                .iter()
                .rposition(|(from, _)| total.units() >= *from)
                .unwrap_or(0);
            summary.distribution[bin] += 1;
        }
    }
    let count = summary.with_total as u64;
    if count > 0 {
        summary.pass_share = Some(Fixed::new(
            div_round_half_up(summary.passed as u64 * 10_000, count),
            2,
        ));
        summary.average_total = Some(Fixed::new(div_round_half_up(total_units, count * 100), 2));
    }
    summary.averages =
        sums.map(|(sum, n)| (n > 0).then(|| Fixed::new(div_round_half_up(sum, n), 2)));
    summary
}

/// Cell text safe from spreadsheet formulas: a cell a spreadsheet would run (`=`, `+`, `-`,
/// `@`) is written with a leading apostrophe.
fn cell(text: &str) -> String {
    let guarded = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

fn result_text(row: &RollupRow, lang: Lang) -> String {
    row.outcome
        .map(|o| o.label(lang).to_owned())
        .unwrap_or_default()
}

/// The rows as CSV that Excel opens with Thai intact: UTF-8 with a byte order mark, CRLF.
/// With `anonymise`, names and file names are left out and rows are numbered instead.
pub fn to_csv(rows: &[&RollupRow], lang: Lang, anonymise: bool) -> String {
    let mut header: Vec<String> = [
        lang.pick("ลำดับ", "No."),
        lang.pick("ชื่อหน่วยงาน", "Organisation"),
        lang.pick("ประเภท", "Type"),
        lang.pick("จังหวัด", "Province"),
        lang.pick("ปีงบประมาณ", "Fiscal year"),
        lang.pick("คะแนนรวม", "Total"),
        lang.pick("ผล", "Result"),
        lang.pick("ระดับ", "Level"),
        lang.pick("ตัวชี้วัดที่ต่ำสุด", "Weakest indicator"),
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    header.extend(Indicator::ALL.iter().map(|i| i.code().to_owned()));
    header.push(lang.pick("ไฟล์", "File").to_owned());
    let mut out = String::from("\u{FEFF}");
    out.push_str(&header.iter().map(|h| cell(h)).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    for (n, row) in rows.iter().enumerate() {
        let mut cells = vec![
            (n + 1).to_string(),
            if anonymise {
                String::new()
            } else {
                row.name.clone()
            },
            row.org_type
                .map(|t| t.label(lang).to_owned())
                .unwrap_or_default(),
            row.province.clone(),
            row.fiscal_year.to_string(),
            row.total().map(|t| t.to_string()).unwrap_or_default(),
            result_text(row, lang),
            row.outcome
                .map(|o| o.level.label().to_owned())
                .unwrap_or_default(),
            row.weakest.map(|i| i.code().to_owned()).unwrap_or_default(),
        ];
        cells.extend(
            row.scores
                .iter()
                .map(|s| s.map(|s| s.to_string()).unwrap_or_default()),
        );
        cells.push(if anonymise {
            String::new()
        } else {
            row.source.clone()
        });
        out.push_str(&cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// The rows and their summary as JSON.
pub fn to_json(rows: &[&RollupRow], summary: &Summary, anonymise: bool) -> String {
    let number = |f: Option<Fixed>| f.map(Fixed::to_f64);
    let rows: Vec<Value> = rows
        .iter()
        .enumerate()
        .map(|(n, row)| {
            let mut out = Map::new();
            out.insert("no".into(), (n + 1).into());
            if !anonymise {
                out.insert("name".into(), row.name.clone().into());
                out.insert("file".into(), row.source.clone().into());
            }
            out.insert("type".into(), row.org_type.map(|t| t.code()).into());
            out.insert("province".into(), row.province.clone().into());
            out.insert("fiscal_year".into(), row.fiscal_year.into());
            out.insert("total".into(), number(row.total()).into());
            out.insert("passed".into(), row.passed().into());
            out.insert("level".into(), row.outcome.map(|o| o.level.label()).into());
            out.insert("weakest".into(), row.weakest.map(|i| i.code()).into());
            let scores = object(Indicator::ALL.iter().filter_map(|&i| {
                Some((
                    i.code().to_owned(),
                    serde_json::to_value(row.scores[i.index()]?).ok()?,
                ))
            }));
            out.insert("scores".into(), Value::Object(scores));
            Value::Object(out)
        })
        .collect();
    let averages = object(Indicator::ALL.iter().map(|&i| {
        (
            i.code().to_owned(),
            number(summary.averages[i.index()]).into(),
        )
    }));
    let distribution = object(
        DISTRIBUTION_BINS
            .iter()
            .zip(summary.distribution)
            .map(|((_, label), count)| ((*label).to_owned(), count.into())),
    );
    let document = json!({
        "summary": {
            "rows": summary.rows,
            "with_total": summary.with_total,
            "passed": summary.passed,
            "pass_share_percent": number(summary.pass_share),
            "national_target_percent": NATIONAL_TARGET_PERCENT,
            "meets_target": summary.meets_target(),
            "average_total": number(summary.average_total),
            "indicator_averages": averages,
            "distribution": distribution,
        },
        "rows": rows,
    });
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbook::Assessment;

    fn book(name: &str, province: &str, years: &[(u16, [u16; 10])]) -> Workbook {
        let mut book = Workbook::default();
        book.organisation.name = name.into();
        book.organisation.province = province.into();
        book.organisation.org_type = Some(OrgType::SubdistrictAdministration);
        book.years = years
            .iter()
            .map(|&(year, points)| {
                let mut a = Assessment::new(year);
                a.scores = points.map(|p| p.to_string());
                a
            })
            .collect();
        book.normalise();
        book
    }

    #[test]
    fn rows_carry_total_result_and_weakest() {
        let rows = rows(
            &book(
                "อบต. ก",
                "น่าน",
                &[(2568, [90, 90, 90, 90, 70, 90, 90, 90, 90, 90])],
            ),
            "a.json",
        );
        assert_eq!(rows.len(), 1);
        // 90 everywhere but i5 at 70: 9000 × 100 − 6 × 2000 = 888 000 → 88.80, passed.
        assert_eq!(
            rows[0].total().map(|t| t.to_string()).as_deref(),
            Some("88.80")
        );
        assert_eq!(rows[0].passed(), Some(true));
        assert_eq!(rows[0].weakest, Some(Indicator::I5));
    }

    #[test]
    fn summary_counts_averages_and_the_share_passing_exactly() {
        let all: Vec<RollupRow> = [
            book("ก", "น่าน", &[(2568, [90; 10])]),
            book("ข", "น่าน", &[(2568, [80; 10])]),
            book("ค", "แพร่", &[(2568, [85; 10])]),
        ]
        .iter()
        .flat_map(|b| rows(b, "x.json"))
        .collect();
        let s = summarise(&all);
        assert_eq!((s.rows, s.with_total, s.passed), (3, 3, 2));
        // 2 of 3 = 66.666…% → 66.67; below the 80 % target.
        assert_eq!(
            s.pass_share.map(|p| p.to_string()).as_deref(),
            Some("66.67")
        );
        assert_eq!(s.meets_target(), Some(false));
        assert_eq!(
            s.average_total.map(|t| t.to_string()).as_deref(),
            Some("85.00")
        );
        assert_eq!(
            s.averages[0].map(|a| a.to_string()).as_deref(),
            Some("85.00")
        );
        assert_eq!(s.distribution[7..10], [1, 1, 1]);
        let nan = Filter {
            province: Some("น่าน".into()),
            ..Filter::default()
        };
        let kept: Vec<&RollupRow> = all.iter().filter(|r| nan.keeps(r)).collect();
        assert_eq!(kept.len(), 2);
        let passed = Filter {
            result: Some(ResultFilter::Passed),
            ..Filter::default()
        };
        assert_eq!(all.iter().filter(|r| passed.keeps(r)).count(), 2);
    }

    #[test]
    fn sort_key_puts_each_leading_vowel_after_the_letter_it_is_written_before() {
        assert_eq!(thai_sort_key("เทศบาล"), "ทเศบาล");
        assert_eq!(thai_sort_key("ไก่ แม่"), "กไ่ มแ่");
        // A leading vowel with nothing after it stays; one after another swaps as a pair.
        assert_eq!(thai_sort_key("กเ"), "กเ");
        assert_eq!(thai_sort_key("เเก"), "เเก");
        assert_eq!(thai_sort_key("Town 1"), "Town 1");
        assert_eq!(thai_sort_key(""), "");
    }

    #[test]
    fn sorting_follows_thai_order_and_puts_missing_totals_last() {
        let all: Vec<RollupRow> = [
            book("เทศบาลตำบลบ้านใหม่", "น่าน", &[(2568, [80; 10])]),
            book("กาญจนบุรี", "น่าน", &[(2568, [90; 10])]),
            book("ตาก", "น่าน", &[]),
        ]
        .iter()
        .flat_map(|b| rows(b, "x.json"))
        .collect();
        let mut view: Vec<&RollupRow> = all.iter().collect();
        sort_rows(&mut view, SortKey::Name, true);
        let names: Vec<&str> = view.iter().map(|r| r.name.as_str()).collect();
        // ก < ต < ท (เทศบาล sorts under ท, not under เ).
        assert_eq!(names, ["กาญจนบุรี", "ตาก", "เทศบาลตำบลบ้านใหม่"]);
        sort_rows(&mut view, SortKey::Total, false);
        assert_eq!(view.last().map(|r| r.total_units), Some(None));
        assert_eq!(view[0].name, "กาญจนบุรี");
        // Sorting positions gives the same order as sorting the rows.
        for key in [
            SortKey::Name,
            SortKey::Type,
            SortKey::Province,
            SortKey::Year,
            SortKey::Total,
            SortKey::Weakest,
        ] {
            for ascending in [true, false] {
                let mut rows_sorted: Vec<&RollupRow> = all.iter().collect();
                sort_rows(&mut rows_sorted, key, ascending);
                let mut positions: Vec<usize> = (0..all.len()).collect();
                sort_positions(&all, &mut positions, key, ascending);
                let by_position: Vec<&RollupRow> = positions.iter().map(|&p| &all[p]).collect();
                assert_eq!(by_position, rows_sorted, "{key:?} {ascending}");
            }
        }
    }

    #[test]
    fn csv_has_a_bom_thai_headers_and_no_live_formulas() {
        let mut hostile = book("=HYPERLINK(\"http://x\")", "น่าน", &[(2568, [90; 10])]);
        hostile.organisation.name = "=HYPERLINK(\"http://x\"),\"a\"".into();
        let all = rows(&hostile, "x.json");
        let view: Vec<&RollupRow> = all.iter().collect();
        let csv = to_csv(&view, Lang::Th, false);
        assert!(csv.starts_with("\u{FEFF}ลำดับ,ชื่อหน่วยงาน,"));
        assert!(csv.contains("\r\n1,\"'=HYPERLINK(\"\"http://x\"\"),\"\"a\"\"\","));
        let anonymous = to_csv(&view, Lang::En, true);
        assert!(!anonymous.contains("HYPERLINK") && !anonymous.contains("x.json"));
        let json = to_json(&view, &summarise(view.iter().copied()), true);
        assert!(!json.contains("HYPERLINK"));
        assert!(json.contains("\"pass_share_percent\": 100.0"));
    }
}
