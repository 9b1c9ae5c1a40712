//! Sorting, small in code.
//!
//! The standard library's sorts are fast on long slices and large in code: each call site
//! with its own item type gets its own copy, 3 KB each in the WebAssembly the page downloads
//! (so does each `collect()` into a `BTreeMap`, which sorts first). Here the short lists (ten
//! indicators, a plan's measures, a workbook's years) take a stable insertion sort of a few
//! hundred bytes, and long ones (the roll-up's thousands of rows) one merge sort of positions
//! shared by every caller: only the comparison is the caller's.

use std::cmp::Ordering;

/// Sorts `items` by `key`, stably (equal keys keep their order). For short slices only: the
/// work grows with the square of the length.
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` by `compare`, stably, in O(n log n) time; one copy of the sorting code
/// serves every item type.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    permute(items, &order);
}

/// The positions `0..len` in the order that sorts them by `compare`, stably: a bottom-up merge
/// sort.
pub fn sorted_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                let take_left = right == end
                    || (left < middle && compare(order[left], order[right]) != Ordering::Greater);
                *slot = if take_left { order[left] } else { order[right] };
                if take_left {
                    left += 1;
                } else {
                    right += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Rearranges `items` so that position `k` holds the item that was at `order[k]`.
fn permute<T>(items: &mut [T], order: &[usize]) {
    // holder[p]: the original position of the item now at p; place[i]: where item i is now.
    let mut holder: Vec<usize> = (0..items.len()).collect();
    let mut place = holder.clone();
    for (k, &wanted) in order.iter().enumerate() {
        let from = place[wanted];
        items.swap(k, from);
        let displaced = holder[k];
        holder[from] = displaced;
        place[displaced] = from;
        holder[k] = wanted;
        place[wanted] = k;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `len` items keyed `0..keys` pseudo-randomly, each with its position (to see stability).
    fn items(len: usize, keys: u16, seed: &mut u32) -> Vec<(u16, usize)> {
        (0..len)
            .map(|n| {
                *seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((*seed >> 16) as u16 % keys, n)
            })
            .collect()
    }

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        let mut seed = 7;
        for len in 0..60 {
            let items = items(len, 5, &mut seed);
            let mut ours = items.clone();
            sort_small_by_key(&mut ours, |&(k, _)| k);
            let mut standard = items;
            standard.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, standard);
        }
    }

    #[test]
    fn the_merge_sort_sorts_stably_like_the_standard_sort() {
        let mut seed = 11;
        for len in (0..70).chain([255, 256, 257, 1000, 8317]) {
            let items = items(len, 97, &mut seed);
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut standard = items;
            standard.sort_by_key(|a| a.0);
            assert_eq!(ours, standard, "length {len}");
        }
    }

    #[test]
    fn the_merge_sort_moves_items_it_cannot_copy() {
        let mut names: Vec<String> = ["ค", "ก", "ข", "ก"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        sort_by(&mut names, |a, b| a.cmp(b));
        assert_eq!(names, ["ก", "ก", "ข", "ค"]);
    }
}
