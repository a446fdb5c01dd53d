//! The session being followed along, and how it ended, in this tab's session storage: a reload
//! keeps them, closing the tab ends them. Neither is the person's data of record (a session is
//! kept only once its check-in is saved, in local storage), so they need no schema version of
//! their own: a value this version cannot read is dropped, and the session starts again.

use gloo_storage::{SessionStorage, Storage};
use serde::{Deserialize, Serialize};

use crate::assessment::{session_parts, AutoCount, Done, EndedBy, Followed, Following, HowToFollow, PartProgress, Stopwatch, Timestamp};

const FOLLOWING_KEY: &str = "backcheck.following";
const FOLLOWED_KEY: &str = "backcheck.followed";

/// Whether session storage can be used: gloo-storage throws (it cannot return an error) when it is blocked.
fn available() -> bool {
    web_sys::window().and_then(|window| window.session_storage().ok().flatten()).is_some()
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum StoredProgress {
    Count { count: u16, auto: Option<(Timestamp, u16)>, stay_since: Timestamp },
    Timer { banked_ms: u64, running_since: Option<Timestamp> },
    Tick { done: bool },
}

#[derive(Serialize, Deserialize)]
struct StoredFollowing {
    plan: Timestamp,
    started_at: Timestamp,
    steps: Vec<(String, u16)>,
    progress: Vec<StoredProgress>,
    current: usize,
    pace_ms: Vec<u64>,
}

#[derive(Serialize, Deserialize)]
struct StoredFollowed {
    plan: Timestamp,
    ended_at: Timestamp,
    ended_by: String,
    done: Vec<(String, u16)>,
}

/// Keeps the session being followed; returns whether it was kept.
pub fn save_following(following: &Following) -> bool {
    let progress = following
        .progress
        .iter()
        .map(|progress| match *progress {
            PartProgress::Count { count, auto, stay_since } => {
                StoredProgress::Count { count, auto: auto.map(|auto| (auto.since, auto.from)), stay_since }
            }
            PartProgress::Timer(stopwatch) => {
                StoredProgress::Timer { banked_ms: stopwatch.banked_ms, running_since: stopwatch.running_since }
            }
            PartProgress::Tick(done) => StoredProgress::Tick { done },
        })
        .collect();
    let stored = StoredFollowing {
        plan: following.plan,
        started_at: following.started_at,
        steps: following.steps.clone(),
        progress,
        current: following.current,
        pace_ms: following.pace_ms.clone(),
    };
    available() && SessionStorage::set(FOLLOWING_KEY, &stored).is_ok()
}

/// The session being followed in this tab, its parts made again from its steps by `how`; `None`
/// when there is none, or it no longer fits them.
pub fn load_following(how: impl Fn(&str) -> HowToFollow) -> Option<Following> {
    let stored: StoredFollowing = available().then(|| SessionStorage::get(FOLLOWING_KEY).ok()).flatten()?;
    let parts = session_parts(&stored.steps, how);
    let fits = parts.len() == stored.progress.len() && parts.len() == stored.pace_ms.len() && stored.current < parts.len().max(1);
    let progress = stored
        .progress
        .into_iter()
        .map(|progress| match progress {
            StoredProgress::Count { count, auto, stay_since } => {
                PartProgress::Count { count, auto: auto.map(|(since, from)| AutoCount { since, from }), stay_since }
            }
            StoredProgress::Timer { banked_ms, running_since } => PartProgress::Timer(Stopwatch { banked_ms, running_since }),
            StoredProgress::Tick { done } => PartProgress::Tick(done),
        })
        .collect::<Vec<_>>();
    let kinds_fit = parts.iter().zip(&progress).all(|(part, progress)| {
        matches!(
            (part, progress),
            (crate::assessment::Part::Counted { .. }, PartProgress::Count { .. })
                | (crate::assessment::Part::Timed { .. }, PartProgress::Timer(_))
                | (crate::assessment::Part::Ticked { .. }, PartProgress::Tick(_))
        )
    });
    (fits && kinds_fit).then_some(Following {
        plan: stored.plan,
        started_at: stored.started_at,
        steps: stored.steps,
        parts,
        progress,
        current: stored.current,
        pace_ms: stored.pace_ms,
    })
}

/// The plan and the start of the session being followed in this tab, if any: all the plan's page
/// needs to offer to go on with it, read without the rest.
pub fn begun() -> Option<(Timestamp, Timestamp)> {
    #[derive(Deserialize)]
    struct Begun {
        plan: Timestamp,
        started_at: Timestamp,
    }
    let begun: Begun = available().then(|| SessionStorage::get(FOLLOWING_KEY).ok()).flatten()?;
    Some((begun.plan, begun.started_at))
}

fn ended_by_id(ended_by: EndedBy) -> &'static str {
    match ended_by {
        EndedBy::Finished => "finished",
        EndedBy::StoppedEarly => "stopped",
        EndedBy::Pain => "pain",
    }
}

/// Keeps how the session ended, for the check-in, and forgets the session being followed.
pub fn save_followed(followed: &Followed) -> bool {
    let stored = StoredFollowed {
        plan: followed.plan,
        ended_at: followed.ended_at,
        ended_by: ended_by_id(followed.ended_by).to_string(),
        done: followed.done.iter().map(|done| (done.activity.clone(), done.amount)).collect(),
    };
    let kept = available() && SessionStorage::set(FOLLOWED_KEY, &stored).is_ok();
    if available() {
        SessionStorage::delete(FOLLOWING_KEY);
    }
    kept
}

/// How the last session followed in this tab ended, if it is not logged yet.
pub fn load_followed() -> Option<Followed> {
    let stored: StoredFollowed = available().then(|| SessionStorage::get(FOLLOWED_KEY).ok()).flatten()?;
    let ended_by = [EndedBy::Finished, EndedBy::StoppedEarly, EndedBy::Pain].into_iter().find(|by| ended_by_id(*by) == stored.ended_by)?;
    Some(Followed {
        plan: stored.plan,
        ended_at: stored.ended_at,
        ended_by,
        done: stored.done.into_iter().map(|(activity, amount)| Done { activity, amount }).collect(),
    })
}

/// Forgets both, once the check-in is saved (or the session is started again).
pub fn forget_followed() {
    if available() {
        SessionStorage::delete(FOLLOWED_KEY);
        SessionStorage::delete(FOLLOWING_KEY);
    }
}
