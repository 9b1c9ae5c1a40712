//! What an import does to the work in the app: years in the file are added or replace the
//! same years; years only in the app stay (an untouched blank year goes); the organisation and
//! thresholds come from the file when it has them. The plan is shown before it is applied.

use crate::exchange::Imported;
use crate::workbook::{Organisation, Workbook};

/// What an import will change, and the work it will leave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergePlan {
    /// Years in the file that the app does not have.
    pub added: Vec<u16>,
    /// Years in both: the file's replace the app's.
    pub replaced: Vec<u16>,
    /// Years only in the app, kept.
    pub kept: Vec<u16>,
    /// The organisation's name in the app before, if it will change.
    pub renamed_from: Option<String>,
    /// The work after the import.
    pub result: Workbook,
}

fn is_empty(organisation: &Organisation) -> bool {
    organisation.name.trim().is_empty()
        && organisation.org_type.is_none()
        && organisation.province.trim().is_empty()
        && organisation.district.trim().is_empty()
        && organisation.prepared_by.is_empty()
        && organisation.approved_by.is_empty()
}

/// Plans importing `imported` into `current`.
pub fn merge(current: &Workbook, imported: Imported) -> MergePlan {
    let file = imported.book;
    let mut result = current.clone();
    let (mut added, mut replaced) = (Vec::new(), Vec::new());
    for year in &file.years {
        match result
            .years
            .iter_mut()
            .find(|a| a.fiscal_year == year.fiscal_year)
        {
            Some(slot) => {
                *slot = year.clone();
                replaced.push(year.fiscal_year);
            }
            None => {
                result.years.push(year.clone());
                added.push(year.fiscal_year);
            }
        }
    }
    // A year the user never touched (the blank one a fresh app starts with) is not worth keeping.
    result
        .years
        .retain(|a| !a.is_blank() || file.year(a.fiscal_year).is_some());
    let kept: Vec<u16> = result
        .years
        .iter()
        .map(|a| a.fiscal_year)
        .filter(|y| file.year(*y).is_none())
        .collect();
    let mut renamed_from = None;
    if !is_empty(&file.organisation) {
        let before = current.organisation.name.trim();
        if !before.is_empty() && before != file.organisation.name.trim() {
            renamed_from = Some(current.organisation.name.clone());
        }
        result.organisation = file.organisation;
    }
    if imported.thresholds_given {
        result.thresholds = file.thresholds;
    }
    result.extra.extend(file.extra);
    result.open_year = file
        .years
        .iter()
        .map(|a| a.fiscal_year)
        .max()
        .unwrap_or(result.open_year);
    result.normalise();
    MergePlan {
        added,
        replaced,
        kept,
        renamed_from,
        result,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::{read, write, ExportOptions};
    use crate::workbook::Assessment;

    fn with_years(name: &str, years: &[(u16, &str)]) -> Workbook {
        let mut book = Workbook::default();
        book.organisation.name = name.into();
        book.years = years
            .iter()
            .map(|&(y, first)| {
                let mut a = Assessment::new(y);
                a.scores[0] = first.into();
                a
            })
            .collect();
        book.normalise();
        book
    }

    fn imported(book: &Workbook) -> Imported {
        read(write(book, &ExportOptions::default()).as_bytes()).expect("reads")
    }

    #[test]
    fn file_years_are_added_or_replace_and_the_others_stay() {
        let current = with_years("อบต. ก", &[(2566, "70"), (2567, "75")]);
        let file = with_years("อบต. ก", &[(2567, "80"), (2568, "85")]);
        let plan = merge(&current, imported(&file));
        assert_eq!(plan.added, [2568]);
        assert_eq!(plan.replaced, [2567]);
        assert_eq!(plan.kept, [2566]);
        assert_eq!(plan.renamed_from, None);
        let years: Vec<(u16, &str)> = plan
            .result
            .years
            .iter()
            .map(|a| (a.fiscal_year, a.scores[0].as_str()))
            .collect();
        assert_eq!(years, [(2566, "70"), (2567, "80"), (2568, "85")]);
        assert_eq!(plan.result.open_year, 2568);
    }

    #[test]
    fn a_fresh_apps_blank_year_gives_way_and_names_are_compared() {
        let fresh = Workbook::default();
        let file = with_years("เทศบาลตำบล ข", &[(2566, "70")]);
        let plan = merge(&fresh, imported(&file));
        assert_eq!(plan.result.years.len(), 1, "the untouched 2569 is not kept");
        assert!(plan.kept.is_empty());
        let mine = with_years("เทศบาลตำบล ค", &[(2566, "60")]);
        let plan = merge(&mine, imported(&file));
        assert_eq!(plan.renamed_from.as_deref(), Some("เทศบาลตำบล ค"));
        assert_eq!(plan.result.organisation.name, "เทศบาลตำบล ข");
    }

    #[test]
    fn thresholds_come_only_from_a_file_that_has_them() {
        let mut current = with_years("ก", &[(2568, "80")]);
        current.thresholds.strength = "80.00".into();
        let bare = br#"{"format":"ita-selfcheck","version":1,"assessments":[{"fiscal_year":2568,"scores":{"i1":90}}]}"#;
        let plan = merge(&current, read(bare).expect("reads"));
        assert_eq!(plan.result.thresholds.strength, "80.00");
        assert_eq!(
            plan.result.organisation.name, "ก",
            "an empty organisation in the file changes nothing"
        );
        let plan = merge(&current, imported(&with_years("ก", &[(2568, "90")])));
        assert_eq!(plan.result.thresholds.strength, "85.00");
    }

    #[test]
    fn a_district_alone_is_an_organisation_in_the_file() {
        let current = with_years("", &[(2568, "80")]);
        let file = r#"{"format":"ita-selfcheck","version":1,"organisation":{"district":"สันทราย"},"assessments":[{"fiscal_year":2568}]}"#;
        let plan = merge(&current, read(file.as_bytes()).expect("reads"));
        assert_eq!(plan.result.organisation.district, "สันทราย");
    }
}
