//! Cutting a document into A4 pages from the heights its blocks take on screen: the preview
//! measures them and this decides, by the rules print follows too: a paragraph breaks between
//! lines and leaves at least two lines on each page (no orphans, no widows), other blocks never
//! split, a heading stays with what follows it, and a table breaks only between rows and
//! repeats its header rows on the next page. Only a row taller than a page breaks, between
//! the paragraphs of its cells, as a word processor breaks it.

use std::ops::Range;

/// How tall one block is, as laid out at the page's text width.
#[derive(Clone, Debug, PartialEq)]
pub enum Measured {
    /// A block that never splits; a heading keeps with the block after it.
    Whole {
        /// Its height, spacing after it included.
        height: f64,
        /// Whether it must stay on the page of the block that follows.
        keep_with_next: bool,
    },
    /// A paragraph that may break between its lines.
    Lines {
        /// How many lines it has.
        count: usize,
        /// The height of one line.
        line: f64,
        /// The spacing after it.
        after: f64,
    },
    /// A table: its header rows (repeated on every page) and each body row.
    Table {
        /// The header rows' height.
        header: f64,
        /// Each body row.
        rows: Vec<Row>,
        /// The spacing after the table.
        after: f64,
    },
    /// The next block starts a new page.
    Break,
}

/// A table's body row as measured.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    /// Its height.
    pub height: f64,
    /// For each cell, where each of its paragraphs ends, measured from the row's top (the
    /// cell's padding below the last one included in the last figure).
    pub cells: Vec<Vec<f64>>,
}

impl Row {
    /// A row whose cells are not measured (it can only go whole).
    pub fn whole(height: f64) -> Row {
        Row {
            height,
            cells: Vec::new(),
        }
    }
}

/// Part of a row taller than a page: for each cell, which of its paragraphs this page holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowPart {
    /// The row.
    pub row: usize,
    /// For each cell, the paragraphs on this page.
    pub paragraphs: Vec<Range<usize>>,
}

/// One piece of a page: a whole block, some rows of a table (with its header), part of a row
/// taller than a page, or some lines of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// The block's position in the document.
    pub block: usize,
    /// For a table, which body rows this page holds; for a paragraph broken across pages,
    /// which lines.
    pub rows: Option<Range<usize>>,
    /// For a row taller than a page, the part of it on this page (then `rows` is that row).
    pub part: Option<RowPart>,
}

/// The fewest lines of a paragraph left at the foot of a page or carried to the next.
pub const ORPHANS: usize = 2;

impl Measured {
    /// The least of this block that must go on a page with whatever keeps with it.
    fn first_part(&self) -> f64 {
        match self {
            Measured::Whole { height, .. } => *height,
            Measured::Lines { count, line, after } => {
                if *count > 2 * ORPHANS {
                    line * ORPHANS as f64
                } else {
                    line * *count as f64 + after
                }
            }
            Measured::Table { header, rows, .. } => header + rows.first().map_or(0.0, |r| r.height),
            Measured::Break => 0.0,
        }
    }
}

/// Adds a table row to the page: to the run of rows already there, or as a new piece.
fn push_row(pages: &mut [Vec<Piece>], block: usize, row: usize) {
    if let Some(current) = pages.last_mut() {
        match current.last_mut() {
            Some(Piece {
                block: b,
                rows: Some(rows),
                part: None,
            }) if *b == block && rows.end == row => rows.end += 1,
            _ => current.push(Piece {
                block,
                rows: Some(row..row + 1),
                part: None,
            }),
        }
    }
}

fn push(pages: &mut [Vec<Piece>], block: usize, rows: Option<Range<usize>>, part: Option<RowPart>) {
    if let Some(current) = pages.last_mut() {
        current.push(Piece { block, rows, part });
    }
}

/// Breaks a row taller than a page between the paragraphs of its cells: each page takes, in
/// every cell, the paragraphs that fit (under the header, which every page of the table
/// shows); at least one paragraph goes on an empty page whatever its height.
#[allow(clippy::too_many_arguments)]
fn split_row(
    pages: &mut Vec<Vec<Piece>>,
    used: &mut f64,
    block: usize,
    index: usize,
    row: &Row,
    header: f64,
    page: f64,
    mut header_here: bool,
) {
    let mut from: Vec<usize> = vec![0; row.cells.len()];
    // Where each cell's next paragraph starts, from the row's top.
    let top = |cell: &[f64], k: usize| if k == 0 { 0.0 } else { cell[k - 1] };
    loop {
        let header_needed = if header_here { 0.0 } else { header };
        let room = page - *used - header_needed;
        let mut to = from.clone();
        for (c, cell) in row.cells.iter().enumerate() {
            let base = top(cell, from[c]);
            while to[c] < cell.len() && cell[to[c]] - base <= room {
                to[c] += 1;
            }
        }
        if to == from {
            if *used > 0.0 {
                new_page_of(pages, used);
                header_here = false;
                continue;
            }
            // Nothing fits on an empty page: the next paragraph of each cell goes all the same.
            for (c, cell) in row.cells.iter().enumerate() {
                to[c] = (from[c] + 1).min(cell.len());
            }
        }
        let height = row
            .cells
            .iter()
            .enumerate()
            .filter(|(c, _)| to[*c] > from[*c])
            .map(|(c, cell)| cell[to[c] - 1] - top(cell, from[c]))
            .fold(0.0, f64::max);
        let paragraphs = from.iter().zip(&to).map(|(&f, &t)| f..t).collect();
        push(
            pages,
            block,
            Some(index..index + 1),
            Some(RowPart {
                row: index,
                paragraphs,
            }),
        );
        *used += header_needed + height;
        from = to;
        if row
            .cells
            .iter()
            .enumerate()
            .all(|(c, cell)| from[c] >= cell.len())
        {
            return;
        }
        new_page_of(pages, used);
        header_here = false;
    }
}

fn new_page_of(pages: &mut Vec<Vec<Piece>>, used: &mut f64) {
    if pages.last().is_some_and(|p| !p.is_empty()) {
        pages.push(Vec::new());
    }
    *used = 0.0;
}

/// The pages of a document whose blocks measure `blocks`, on pages `page` tall.
pub fn paginate(blocks: &[Measured], page: f64) -> Vec<Vec<Piece>> {
    let mut pages: Vec<Vec<Piece>> = vec![Vec::new()];
    let mut used = 0.0;
    let new_page = new_page_of;
    for (n, block) in blocks.iter().enumerate() {
        match block {
            Measured::Break => new_page(&mut pages, &mut used),
            Measured::Whole {
                height,
                keep_with_next,
            } => {
                let mut need = *height;
                if *keep_with_next {
                    // A run of headings keeps with the first block that is not one.
                    for later in &blocks[n + 1..] {
                        match later {
                            Measured::Whole {
                                height,
                                keep_with_next: true,
                            } => need += height,
                            other => {
                                need += other.first_part();
                                break;
                            }
                        }
                    }
                }
                if used > 0.0 && used + need.min(page) > page {
                    new_page(&mut pages, &mut used);
                }
                push(&mut pages, n, None, None);
                used += height;
            }
            Measured::Lines { count, line, after } => {
                let height = line * *count as f64 + after;
                if *count <= 2 * ORPHANS || used + height <= page {
                    // Too short to break, or it fits: a whole block.
                    if used > 0.0 && used + height.min(page) > page {
                        new_page(&mut pages, &mut used);
                    }
                    push(&mut pages, n, None, None);
                    used += height;
                    continue;
                }
                let mut start = 0;
                while start < *count {
                    let left = *count - start;
                    let room = ((page - used) / line).floor().max(0.0) as usize;
                    let take = if left <= room {
                        left
                    } else if room >= ORPHANS && left - room >= ORPHANS {
                        room
                    } else if room > ORPHANS && left > 2 * ORPHANS {
                        // Leave enough for the next page.
                        room.min(left - ORPHANS)
                    } else {
                        0
                    };
                    if take == 0 {
                        if used > 0.0 {
                            new_page(&mut pages, &mut used);
                            continue;
                        }
                        // A page too short for two lines: take what fits, at least one.
                        let take = room.max(1).min(left);
                        push(&mut pages, n, Some(start..start + take), None);
                        start += take;
                        used += line * take as f64;
                        if start < *count {
                            new_page(&mut pages, &mut used);
                        }
                        continue;
                    }
                    push(
                        &mut pages,
                        n,
                        (start > 0 || take < *count).then_some(start..start + take),
                        None,
                    );
                    start += take;
                    used += line * take as f64;
                    if start < *count {
                        new_page(&mut pages, &mut used);
                    }
                }
                used += after;
            }
            Measured::Table {
                header,
                rows,
                after,
            } => {
                if rows.is_empty() {
                    if used > 0.0 && used + header > page {
                        new_page(&mut pages, &mut used);
                    }
                    push(&mut pages, n, Some(0..0), None);
                    used += header + after;
                    continue;
                }
                // Whether the page being filled already shows this table's header.
                let mut header_here = false;
                for (index, row) in rows.iter().enumerate() {
                    if header + row.height > page && !row.cells.is_empty() {
                        split_row(
                            &mut pages,
                            &mut used,
                            n,
                            index,
                            row,
                            *header,
                            page,
                            header_here,
                        );
                        header_here = true;
                        continue;
                    }
                    let need = row.height + if header_here { 0.0 } else { *header };
                    if used > 0.0 && used + need > page {
                        new_page(&mut pages, &mut used);
                        header_here = false;
                    }
                    if !header_here {
                        used += header;
                        header_here = true;
                    }
                    // A row taller than a page whose cells were not measured goes whole.
                    used += row.height;
                    push_row(&mut pages, n, index);
                }
                used += after;
            }
        }
    }
    if pages.len() > 1 && pages.last().is_some_and(Vec::is_empty) {
        pages.pop();
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(height: f64) -> Measured {
        Measured::Whole {
            height,
            keep_with_next: false,
        }
    }

    fn heading(height: f64) -> Measured {
        Measured::Whole {
            height,
            keep_with_next: true,
        }
    }

    fn piece(block: usize) -> Piece {
        Piece {
            block,
            rows: None,
            part: None,
        }
    }

    fn rows(block: usize, rows: Range<usize>) -> Piece {
        Piece {
            block,
            rows: Some(rows),
            part: None,
        }
    }

    #[test]
    fn blocks_fill_a_page_then_move_whole_to_the_next() {
        let pages = paginate(&[whole(40.0), whole(50.0), whole(20.0)], 100.0);
        assert_eq!(pages, [vec![piece(0), piece(1)], vec![piece(2)]]);
    }

    #[test]
    fn a_heading_goes_with_what_follows_it() {
        let pages = paginate(&[whole(70.0), heading(10.0), whole(30.0)], 100.0);
        assert_eq!(pages, [vec![piece(0)], vec![piece(1), piece(2)]]);
    }

    #[test]
    fn a_table_breaks_between_rows_and_repeats_its_header() {
        let table = Measured::Table {
            header: 10.0,
            rows: vec![Row::whole(30.0); 5],
            after: 0.0,
        };
        let pages = paginate(&[whole(50.0), table], 100.0);
        // Page 1: 50 + header 10 + one row 30 = 90; page 2: header + 3 rows = 100; page 3: the last.
        assert_eq!(
            pages,
            [
                vec![piece(0), rows(1, 0..1)],
                vec![rows(1, 1..4)],
                vec![rows(1, 4..5)]
            ]
        );
    }

    #[test]
    fn breaks_start_pages_and_oversized_blocks_still_get_one() {
        let pages = paginate(
            &[whole(10.0), Measured::Break, whole(250.0), whole(10.0)],
            100.0,
        );
        assert_eq!(pages, [vec![piece(0)], vec![piece(2)], vec![piece(3)]]);
        let table = Measured::Table {
            header: 10.0,
            rows: vec![Row::whole(150.0), Row::whole(10.0)],
            after: 0.0,
        };
        assert_eq!(
            paginate(&[table], 100.0),
            [vec![rows(0, 0..1)], vec![rows(0, 1..2)]]
        );
        assert_eq!(paginate(&[], 100.0), [Vec::<Piece>::new()]);
    }

    fn lines(count: usize) -> Measured {
        Measured::Lines {
            count,
            line: 10.0,
            after: 0.0,
        }
    }

    #[test]
    fn a_paragraph_breaks_between_lines_leaving_two_on_each_page() {
        // 6 lines of room: 6 of 10 here, 4 on the next page.
        assert_eq!(
            paginate(&[whole(40.0), lines(10)], 100.0),
            [vec![piece(0), rows(1, 0..6)], vec![rows(1, 6..10)]]
        );
        // 8 lines of room, 9 lines: one would be a widow, so 7 and 2.
        assert_eq!(
            paginate(&[whole(20.0), lines(9)], 100.0),
            [vec![piece(0), rows(1, 0..7)], vec![rows(1, 7..9)]]
        );
        // 1 line of room: no orphan, the paragraph moves.
        assert_eq!(
            paginate(&[whole(90.0), lines(5)], 100.0),
            [vec![piece(0)], vec![piece(1)]]
        );
        // Short paragraphs never break; long ones run over several pages.
        assert_eq!(
            paginate(&[whole(70.0), lines(4)], 100.0),
            [vec![piece(0)], vec![piece(1)]]
        );
        assert_eq!(
            paginate(&[lines(25)], 100.0),
            [
                vec![rows(0, 0..10)],
                vec![rows(0, 10..20)],
                vec![rows(0, 20..25)]
            ]
        );
        // A heading keeps with the first two lines only.
        assert_eq!(
            paginate(&[whole(60.0), heading(10.0), lines(8)], 100.0),
            [vec![piece(0), piece(1), rows(2, 0..3)], vec![rows(2, 3..8)]]
        );
    }

    #[test]
    fn only_a_row_taller_than_a_page_breaks_between_the_paragraphs_of_its_cells() {
        // Two cells: five paragraphs of 30 and one of 20; the row is 152 tall on pages of 100.
        let tall = Row {
            height: 152.0,
            cells: vec![vec![30.0, 60.0, 90.0, 120.0, 152.0], vec![20.0]],
        };
        let table = Measured::Table {
            header: 10.0,
            rows: vec![Row::whole(20.0), tall, Row::whole(20.0)],
            after: 0.0,
        };
        let pages = paginate(&[whole(30.0), table], 100.0);
        let part = |from: [usize; 2], to: [usize; 2]| Piece {
            block: 1,
            rows: Some(1..2),
            part: Some(RowPart {
                row: 1,
                paragraphs: vec![from[0]..to[0], from[1]..to[1]],
            }),
        };
        assert_eq!(
            pages,
            [
                // 30 + header 10 + row 0 (20) leaves 40 under the header for the tall row:
                // one paragraph of the first cell and the whole second cell.
                vec![piece(0), rows(1, 0..1), part([0, 0], [1, 1])],
                vec![part([1, 1], [4, 1])],
                vec![part([4, 1], [5, 1]), rows(1, 2..3)],
            ]
        );
    }

    #[test]
    fn every_row_is_placed_once_in_order() {
        let heights: Vec<f64> = (0..40).map(|k| 5.0 + f64::from(k % 7) * 9.0).collect();
        let table = Measured::Table {
            header: 12.0,
            rows: heights.iter().map(|&h| Row::whole(h)).collect(),
            after: 4.0,
        };
        let pages = paginate(&[heading(8.0), table, whole(30.0)], 120.0);
        let placed: Vec<usize> = pages
            .iter()
            .flatten()
            .filter_map(|p| p.rows.clone())
            .flatten()
            .collect();
        assert_eq!(placed, (0..40).collect::<Vec<_>>());
        for page in &pages {
            let height: f64 = page
                .iter()
                .map(|p| match &p.rows {
                    Some(r) => 12.0 + heights[r.clone()].iter().sum::<f64>(),
                    None => {
                        if p.block == 0 {
                            8.0
                        } else {
                            30.0
                        }
                    }
                })
                .sum();
            assert!(height <= 120.0 + 4.0, "{height}");
        }
    }
}
