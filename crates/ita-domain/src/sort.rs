//! Sorting the app's short lists (ten indicators, a plan's measures, a workbook's years).
//!
//! The standard library's sorts are fast on long slices and large in code: each call site
//! with its own key type gets its own copy, several kilobytes each in the WebAssembly the
//! page downloads. The lists here are tens of items long at most, so a stable insertion sort
//! does the same work in a few hundred bytes. (The roll-up's thousands of rows keep the
//! standard sort.)

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        let mut seed = 7u32;
        for len in 0..60 {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|n| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) as u8 % 5, n)
                })
                .collect();
            let mut ours = items.clone();
            sort_small_by_key(&mut ours, |&(k, _)| k);
            let mut standard = items;
            standard.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, standard);
        }
    }
}
