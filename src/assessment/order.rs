//! One way to put the app's short lists in order (guidance cards, triage findings, plan
//! sessions). The standard library's sorts are fast on long lists but large: each type they sort
//! adds its own copy to the download (measured here: the app's three sorts cost 12 KB of wasm,
//! 2.6 KB brotli, and one shared unstable sort still 2 KB). These lists hold tens of items, or a
//! few hundred sessions, so inserting each in place is quick enough and small.

/// Orders `items` by `rank`, smallest first; items of equal rank keep their order (stable).
pub fn sort_by_rank<T>(items: &mut Vec<T>, rank: impl Fn(&T) -> u64) {
    let mut sorted: Vec<T> = Vec::with_capacity(items.len());
    for item in items.drain(..) {
        let item_rank = rank(&item);
        let at = sorted.partition_point(|placed| rank(placed) <= item_rank);
        sorted.insert(at, item);
    }
    *items = sorted;
}
