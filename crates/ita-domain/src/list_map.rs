//! A short map kept as a list sorted by key: a measure's reports by round, a year's rewritten
//! drafts and document dates. A `BTreeMap` of each pair of key and value types would carry its
//! own copy of the B-tree code into the wasm; these maps hold a few entries, and their readers
//! insert keys in order (each at the end of the list), so a list does the work.

use std::borrow::Borrow;
use std::ops::Index;

use serde::Serialize;

/// Values by key, in the order of the keys, one value per key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for ListMap<K, V> {
    fn default() -> Self {
        ListMap(Vec::new())
    }
}

impl<K: Ord, V> ListMap<K, V> {
    fn position<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0
            .binary_search_by(|(known, _)| known.borrow().cmp(key))
    }

    /// The value of a key.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.position(key).ok().map(|at| &self.0[at].1)
    }

    /// Sets the value of a key; the value it replaces, if any.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.position(&key) {
            Ok(at) => Some(std::mem::replace(&mut self.0[at].1, value)),
            Err(at) => {
                self.0.insert(at, (key, value));
                None
            }
        }
    }

    /// The value of a key, a default one put in its place if it had none.
    pub fn get_or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let at = match self.position(&key) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (key, V::default()));
                at
            }
        };
        &mut self.0[at].1
    }

    /// Removes a key; its value, if it had one.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.position(key).ok().map(|at| self.0.remove(at).1)
    }

    /// The keys up to `last`, included, with their values, in order.
    pub fn up_to<Q: Ord + ?Sized>(&self, last: &Q) -> impl DoubleEndedIterator<Item = (&K, &V)>
    where
        K: Borrow<Q>,
    {
        let end = self.position(last).map_or_else(|at| at, |at| at + 1);
        self.0[..end].iter().map(|(key, value)| (key, value))
    }
}

impl<K, V> ListMap<K, V> {
    /// How many keys have a value.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no key has a value.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Removes every key.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(key, _)| key)
    }

    /// The keys and their values, in the order of the keys.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> {
        self.0.iter().map(|(key, value)| (key, value))
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for ListMap<K, V> {
    /// The values by key; of a key given twice, the last value.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        let mut map = ListMap::default();
        for (key, value) in pairs {
            map.insert(key, value);
        }
        map
    }
}

impl<K: Ord + Borrow<Q>, Q: Ord + ?Sized, V> Index<&Q> for ListMap<K, V> {
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no value for this key")
    }
}

/// Written as a JSON object, in the order of the keys (`{"6": {…}, "12": {…}}`).
impl<K: Serialize, V: Serialize> Serialize for ListMap<K, V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_value_per_key_in_key_order() {
        let mut map: ListMap<String, String> = [("b", "2"), ("a", "1"), ("c", "3"), ("a", "one")]
            .into_iter()
            .map(|(k, t)| (k.to_owned(), t.to_owned()))
            .collect();
        assert_eq!(map.len(), 3);
        assert_eq!(map["a"], "one");
        assert_eq!(map.insert("b".into(), "two".into()), Some("2".into()));
        assert_eq!(map.remove("c"), Some("3".into()));
        assert_eq!(map.remove("c"), None);
        assert_eq!(map.get("zz"), None);
        let pairs: Vec<(&str, &str)> = map.iter().map(|(k, t)| (k.as_str(), t.as_str())).collect();
        assert_eq!(pairs, [("a", "one"), ("b", "two")]);
        map.remove("a");
        map.remove("b");
        assert!(map.is_empty());
    }

    #[test]
    fn the_keys_up_to_one_and_a_default_put_in_place() {
        let mut map: ListMap<u8, u32> = [(12, 4), (3, 1), (9, 3), (6, 2)].into_iter().collect();
        let up_to = |map: &ListMap<u8, u32>, last: u8| {
            map.up_to(&last).map(|(k, _)| *k).collect::<Vec<_>>()
        };
        assert_eq!(up_to(&map, 9), [3, 6, 9]);
        assert_eq!(up_to(&map, 8), [3, 6]);
        assert_eq!(up_to(&map, 2), Vec::<u8>::new());
        assert_eq!(up_to(&map, 200), [3, 6, 9, 12]);
        assert_eq!(map.up_to(&12).next_back(), Some((&12, &4)));
        *map.get_or_default(1) += 10;
        *map.get_or_default(6) += 10;
        assert_eq!(
            map.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(),
            [(1, 10), (3, 1), (6, 12), (9, 3), (12, 4)]
        );
        assert_eq!(
            serde_json::to_string(&map).unwrap_or_default(),
            r#"{"1":10,"3":1,"6":12,"9":3,"12":4}"#
        );
        map.clear();
        assert!(map.is_empty());
    }
}
