//! `sort_by_rank`, the one sort the app uses, against the standard library's stable sort.

use backcheck::assessment::sort_by_rank;
use proptest::prelude::*;

#[test]
fn equal_ranks_keep_their_order() {
    let mut items = vec![("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 0)];
    sort_by_rank(&mut items, |(_, rank)| *rank);
    assert_eq!(items, vec![("e", 0), ("a", 1), ("d", 1), ("b", 2), ("c", 2)]);
}

proptest! {
    #[test]
    fn sorts_as_the_standard_stable_sort_does(items in prop::collection::vec((0u64..5, any::<u16>()), 0..40)) {
        let mut expected = items.clone();
        expected.sort_by_key(|(rank, _)| *rank);
        let mut sorted = items;
        sort_by_rank(&mut sorted, |(rank, _)| *rank);
        prop_assert_eq!(sorted, expected);
    }
}
