//! The roll-up's own state: rows loaded from many files, what failed, progress, and how the
//! table is filtered, sorted and paged. Session only: it is never saved on the device.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::exchange::ImportError;
use crate::domain::rollup::{summarise, Filter, RollupRow, SortKey};
use crate::domain::Lang;

/// Rows per page of the table.
pub const PAGE_ROWS: usize = 50;

/// Why a file did not load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FailureReason {
    /// The browser could not read it.
    Unreadable(String),
    /// It was read and refused.
    Refused(ImportError),
}

impl FailureReason {
    /// The reason in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FailureReason::Unreadable(reason) => lang.pick(
                format!("อ่านไฟล์ไม่ได้: {reason}"),
                format!("could not be read: {reason}"),
            ),
            FailureReason::Refused(error) => error.message(lang),
        }
    }
}

/// A file that did not load, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The file's name.
    pub file: String,
    /// Why.
    pub reason: FailureReason,
}

/// How long loading took, for the user and the benchmark.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timing {
    /// Files loaded (good and refused).
    pub files: usize,
    /// From the first read to the last row, and its summary.
    pub total_ms: f64,
    /// Reading the files' bytes.
    pub read_ms: f64,
    /// Checking, parsing and scoring.
    pub parse_ms: f64,
    /// Summarising every row of this load once (timed when the load finishes).
    pub summary_ms: f64,
    /// Rows this load added (the last ones of [`RollupState::rows`]).
    pub rows: usize,
    /// The wasm memory at the end, in bytes (it only grows, so this is its peak).
    pub wasm_memory: f64,
}

/// The roll-up panel's state.
#[derive(Clone, Debug, PartialEq)]
pub struct RollupState {
    /// Every row loaded so far.
    pub rows: Rc<Vec<RollupRow>>,
    /// Every file that failed so far.
    pub failures: Rc<Vec<Failure>>,
    /// Files skipped because they are not .json.
    pub skipped: usize,
    /// `(done, total)` while loading.
    pub progress: Option<(usize, usize)>,
    /// The last load's timing.
    pub timing: Option<Timing>,
    /// What the table shows.
    pub filter: Filter,
    /// The sort column and whether ascending.
    pub sort: (SortKey, bool),
    /// The page of the table, from 0.
    pub page: usize,
}

impl Default for RollupState {
    fn default() -> Self {
        RollupState {
            rows: Rc::default(),
            failures: Rc::default(),
            skipped: 0,
            progress: None,
            timing: None,
            filter: Filter::default(),
            // Names from ก, as a supervisor's list reads.
            sort: (SortKey::Name, true),
            page: 0,
        }
    }
}

/// What changes the roll-up.
#[derive(Clone, Debug, PartialEq)]
pub enum RollupAction {
    /// Loading `total` files has started (`skipped` were not .json).
    Started { total: usize, skipped: usize },
    /// A batch of files is done.
    Batch {
        rows: Vec<RollupRow>,
        failures: Vec<Failure>,
        done: usize,
    },
    /// Loading ended (finished or stopped).
    Finished(Option<Timing>),
    /// Forget everything loaded.
    Clear,
    /// Change the filter (back to the first page).
    Filter(Filter),
    /// Sort by a column; the same column again reverses it.
    Sort(SortKey),
    /// Show another page.
    Page(usize),
}

impl Reducible for RollupState {
    type Action = RollupAction;

    fn reduce(self: Rc<Self>, action: RollupAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            RollupAction::Started { total, skipped } => {
                next.progress = Some((0, total));
                next.skipped += skipped;
                next.timing = None;
            }
            RollupAction::Batch {
                rows,
                failures,
                done,
            } => {
                Rc::make_mut(&mut next.rows).extend(rows);
                Rc::make_mut(&mut next.failures).extend(failures);
                next.progress = next.progress.map(|(_, total)| (done, total));
            }
            RollupAction::Finished(timing) => {
                next.progress = None;
                next.timing = timing.map(|mut timing| {
                    // The summary of every row loaded, timed over the rows already in the
                    // state: the view works out the summary of the rows it shows.
                    let loaded = &next.rows[next.rows.len().saturating_sub(timing.rows)..];
                    let started = crate::browser::now();
                    std::hint::black_box(summarise(loaded));
                    timing.summary_ms = crate::browser::now() - started;
                    timing.total_ms += timing.summary_ms;
                    timing
                });
                if next.filter.fiscal_year.is_none() {
                    // Supervisors look at one year: start with the latest loaded.
                    next.filter.fiscal_year = next.rows.iter().map(|r| r.fiscal_year).max();
                }
            }
            RollupAction::Clear => next = RollupState::default(),
            RollupAction::Filter(filter) => {
                next.filter = filter;
                next.page = 0;
            }
            RollupAction::Sort(key) => {
                next.sort = match next.sort {
                    (current, ascending) if current == key => (key, !ascending),
                    // Totals read best highest first; names from ก.
                    _ => (key, key != SortKey::Total),
                };
                next.page = 0;
            }
            RollupAction::Page(page) => next.page = page,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_starts_sorted_by_name_from_kor_kai() {
        assert_eq!(RollupState::default().sort, (SortKey::Name, true));
    }

    #[test]
    fn sorting_the_same_column_twice_reverses_it() {
        let state = Rc::new(RollupState::default());
        let state = state.reduce(RollupAction::Sort(SortKey::Total));
        assert_eq!(state.sort, (SortKey::Total, false));
        let state = state.reduce(RollupAction::Sort(SortKey::Total));
        assert_eq!(state.sort, (SortKey::Total, true));
        let state = state
            .reduce(RollupAction::Page(3))
            .reduce(RollupAction::Sort(SortKey::Name));
        assert_eq!((state.sort, state.page), ((SortKey::Name, true), 0));
    }

    #[test]
    fn progress_counts_up_and_ends() {
        let state = Rc::new(RollupState::default())
            .reduce(RollupAction::Started {
                total: 3,
                skipped: 1,
            })
            .reduce(RollupAction::Batch {
                rows: Vec::new(),
                failures: Vec::new(),
                done: 2,
            });
        assert_eq!(state.progress, Some((2, 3)));
        assert_eq!(state.skipped, 1);
        let state = state.reduce(RollupAction::Finished(None));
        assert_eq!(state.progress, None);
    }
}
