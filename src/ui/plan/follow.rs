//! Following today's session along (`#session`): one part at a time, in the plan's order, with a
//! counter and a pacer for each named exercise and a timer for minutes; the pain rule and Stop
//! always in view; the screen kept on. The domain decides everything (`assessment::Following`);
//! this screen draws it at the time now and makes one named change a tap. The session is kept in
//! this tab (`storage::following`), so a reload goes on where it was; the end leads to the
//! check-in, with what was done filled in.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::assessment::{next_session, plan_today, session_goes_on, EndedBy, FollowChange, Following, Moment, Part, Stay, PACE_STEP_MS};
use crate::content::pictures::picture;
use crate::content::plan::{activity, how_to, how_to_follow, measure, Exercise, Unit};
use crate::content::session::{self as words};
use crate::storage::following::{forget_followed, load_followed, load_following, save_followed, save_following};
use crate::ui::dates::{clock, now};
use crate::ui::heading::{focus_after_redraw, focus_heading_after_redraw, focused_heading, set_title};
use crate::ui::plan::label;
use crate::ui::route::{announce_hash_change, go, go_back_to, replace_hash, Screen};
use crate::ui::state::app_state;
use crate::wake_lock::{self, ScreenOn};

/// How often the screen redraws the time: the times themselves come from timestamps.
const REDRAW: Duration = Duration::from_millis(250);

/// The named exercise a counted part follows.
fn exercise_of(part: &Part) -> Option<&'static Exercise> {
    let Part::Counted { activity, exercise, .. } = part else { return None };
    how_to(activity)?.exercises.iter().find(|named| named.id == exercise.id)
}

/// "07:40"
fn clock_words(ms: u64) -> String {
    let seconds = ms / 1_000;
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

#[component]
pub fn FollowSession() -> impl IntoView {
    let state = app_state();
    let clock = clock();
    let plan = state.plan.get_untracked();
    // This tab's session of this plan goes on (a reload after midnight too); any other starts afresh.
    let resumed = load_following(how_to_follow).filter(|following| {
        plan.as_ref().is_some_and(|plan| session_goes_on(plan.started_at, following.plan, following.started_at, clock.now))
            && !following.parts.is_empty()
    });
    let (steps, due) = plan.as_ref().map_or((None, false), |plan| {
        let (history, sessions, notes) = (state.history.get_untracked(), state.sessions.get_untracked(), state.plan_notes.get_untracked());
        (
            next_session(plan, &history, &sessions, &notes, measure, &clock).ok(),
            plan_today(plan, &history, &sessions, &notes, &clock).session_due,
        )
    });
    // A session that ended here lately and is not logged yet (Back from its check-in): its check-in.
    let ended = load_followed().is_some_and(|followed| {
        plan.as_ref().is_some_and(|plan| session_goes_on(plan.started_at, followed.plan, followed.ended_at, clock.now))
    });
    // No plan, none running, or no session due today and none begun: the plan page says why.
    let (Some(plan), Some(steps), false) = (plan, steps.filter(|_| due || resumed.is_some()), ended) else {
        replace_hash(&if ended { Screen::CheckIn } else { Screen::Plan });
        announce_hash_change();
        return view! { <main id="main" class="screen"></main> }.into_any();
    };
    let following = RwSignal::new(resumed.unwrap_or_else(|| {
        forget_followed();
        Following::start(plan.started_at, &steps, how_to_follow, clock.now)
    }));
    // Whether this tab keeps the session for a reload (its session storage may be blocked).
    let kept = RwSignal::new(save_following(&following.get_untracked()));

    let at = RwSignal::new(now());
    let redraw = set_interval_with_handle(move || at.set(now()), REDRAW).ok();
    let screen_on = RwSignal::new(None::<ScreenOn>);
    let ask_screen_on = move || spawn_local(async move { screen_on.set(Some(wake_lock::keep_screen_on().await)) });
    ask_screen_on();
    // The browser lets the lock go when the page is hidden: ask again when it shows, and redraw at once.
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        if !document().hidden() {
            at.set(now());
            ask_screen_on();
        }
    });
    on_cleanup(move || {
        if let Some(redraw) = redraw {
            redraw.clear();
        }
        visibility.remove();
        wake_lock::release();
    });

    let said = RwSignal::new(String::new());
    let buzz_on = RwSignal::new(false);
    let stopping = RwSignal::new(false);
    let change = move |change: FollowChange| {
        let time = now();
        following.update(|following| following.apply(change, time));
        at.set(time);
        kept.set(save_following(&following.get_untracked()));
        if matches!(change, FollowChange::Next | FollowChange::Back) {
            said.set(String::new());
            focus_heading_after_redraw();
        }
    };
    let end = move |ended_by: EndedBy| {
        let followed = following.with_untracked(|following| following.end(ended_by, now()));
        save_followed(&followed);
        wake_lock::release();
        go(Screen::CheckIn);
    };

    // Which part is shown changes only on Next and Back: a count or a tick redraws its own
    // words, never the buttons, so focus stays on the button pressed.
    let shown = Memo::new(move |_| following.with(|following| following.current));
    let current = move || shown.get();
    let part = move || following.with_untracked(|following| following.parts.get(shown.get()).cloned());
    let parts = following.with_untracked(|following| following.parts.len());

    // What screen readers hear at sensible moments, and a short buzz if the person asked: the
    // domain tells which moments (`Following::cue`).
    Effect::new(move |before: Option<Moment>| {
        let moment = following.with(|following| following.moment(at.get()));
        if let Some(before) = before {
            let cue = following.with_untracked(|following| following.cue(&before, &moment));
            if let Some(say) = cue.say {
                said.set(words::said(say));
            }
            if cue.buzz && buzz_on.get_untracked() {
                let _ = window().navigator().vibrate_with_duration(150);
            }
        }
        moment
    });

    let heading = focused_heading();
    Effect::new(move |_| {
        let title = part().map_or(words::TITLE, |part| exercise_of(&part).map_or_else(|| label(part.activity()), |exercise| exercise.name));
        set_title(&format!("{title} - {} - Backcheck", words::TITLE));
    });

    let named = move || part().and_then(|part| activity(part.activity())).is_some_and(|activity| activity.unit == Unit::TimesEach);
    let rule = move || if named() { words::RULE_NAMED } else { words::RULE_OTHER };
    let rule_source = move || if named() { words::RULE_NAMED_SOURCE } else { words::RULE_OTHER_SOURCE };
    let can_vibrate = js_sys::Reflect::has(&window().navigator(), &"vibrate".into()).unwrap_or(false);

    view! {
        <main id="main" class="screen follow">
            <p class="follow-where">
                <span class="follow-part">{move || words::part_of(current() + 1, parts)}</span>
                <span class="follow-activity">{move || part().map(|part| label(part.activity()))}</span>
            </p>
            <progress class="follow-progress" max=parts value=move || current() + 1 aria-hidden="true"></progress>
            <h1 tabindex="-1" node_ref=heading>
                {move || part().map(|part| exercise_of(&part).map_or_else(|| label(part.activity()), |exercise| exercise.name))}
            </h1>
            {move || match part() {
                Some(Part::Counted { exercise, times, .. }) => {
                    let named = exercise_of(&part().unwrap());
                    view! { <Counted exercise=named stay=exercise.stay per_side=exercise.per_side times=times following=following at=at change=change/> }.into_any()
                }
                Some(Part::Timed { activity, minutes }) => view! { <Timed activity=activity minutes=minutes following=following at=at change=change/> }.into_any(),
                Some(Part::Ticked { activity, amount }) => {
                    let ticked = move || following.with(|following| following.part_done(following.current, at.get()));
                    view! {
                        <p>{format!("{}: {}", label(&activity), super::amount_words(&activity, amount))}</p>
                        {how_to(&activity).map(|how_to| how_to.lines.iter().map(|line| view! { <p>{*line}</p> }).collect_view())}
                        <p class="small">{words::TICK_HINT}</p>
                        <p>
                            <button type="button" class="button button-secondary follow-tick" aria-pressed=move || ticked().to_string()
                                on:click=move |_| change(FollowChange::Tick(!ticked()))>{words::TICK}</button>
                        </p>
                    }.into_any()
                }
                None => view! { <p>{words::START_HINT}</p> }.into_any(),
            }}
            <div class="button-row follow-nav">
                <button type="button" class="button button-secondary" on:click=move |_| {
                    if current() == 0 { go_back_to(Screen::Plan) } else { change(FollowChange::Back) }
                }>{words::BACK}</button>
                {move || if current() + 1 >= parts {
                    view! { <button type="button" class="button button-primary" on:click=move |_| end(EndedBy::Finished)>{words::FINISH}</button> }.into_any()
                } else {
                    view! { <button type="button" class="button button-primary" on:click=move |_| change(FollowChange::Next)>{words::NEXT}</button> }.into_any()
                }}
            </div>
            {move || match part() {
                Some(part @ Part::Counted { .. }) => view! { <CountedHowTo exercise=exercise_of(&part) following=following change=change/> }.into_any(),
                _ => ().into_any(),
            }}
            {move || (!kept.get()).then(|| view! { <p class="notice notice-warning follow-not-kept">{words::NOT_KEPT}</p> })}
            <p class="small follow-screen">
                {move || match screen_on.get() {
                    Some(ScreenOn::Held) => words::SCREEN_ON,
                    Some(_) => words::SCREEN_MAY_DIM,
                    None => "",
                }}
            </p>
            {can_vibrate.then(|| view! {
                <div class="choice follow-buzz">
                    <input type="checkbox" id="follow-buzz" prop:checked=move || buzz_on.get() on:change=move |_| buzz_on.update(|on| *on = !*on)/>
                    <label for="follow-buzz">{words::BUZZ}</label>
                </div>
            })}
            <div class="follow-always" role="region" aria-label="When to stop">
                <p class="follow-rule"><strong>"When to stop: "</strong>{rule}</p>
                {move || if stopping.get() {
                    view! {
                        <div class="follow-stopping" role="group" aria-labelledby="follow-stop-title">
                            <p id="follow-stop-title" class="follow-stop-title" tabindex="-1">{words::STOP_TITLE}</p>
                            <div class="button-row">
                                <button type="button" class="button button-danger" on:click=move |_| end(EndedBy::Pain)>{words::STOP_PAIN}</button>
                                <button type="button" class="button button-secondary" on:click=move |_| end(EndedBy::StoppedEarly)>{words::STOP_DONE}</button>
                                <button type="button" class="button button-secondary" on:click=move |_| { stopping.set(false); focus_after_redraw(".follow-stop"); }>{words::STOP_CANCEL}</button>
                            </div>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="button button-danger follow-stop" on:click=move |_| {
                            // Nothing counts or times on while the person decides: what was done stays what it was.
                            change(FollowChange::Pause);
                            stopping.set(true);
                            focus_after_redraw("#follow-stop-title");
                        }>{words::STOP}</button>
                    }.into_any()
                }}
            </div>
            <p class="basis">{rule_source}</p>
            <p class="visually-hidden" aria-live="polite">{move || said.get()}</p>
        </main>
    }
    .into_any()
}

/// A named exercise: the counter, counting by itself, and the pacer for its stay.
#[component]
fn Counted(
    exercise: Option<&'static Exercise>,
    stay: Option<Stay>,
    per_side: bool,
    times: u16,
    following: RwSignal<Following>,
    at: RwSignal<u64>,
    change: impl Fn(FollowChange) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let index = following.with_untracked(|following| following.current);
    let stay_now = move || following.with(|following| following.stay_at(index, at.get()));
    let count = move || following.with(|following| following.count(index, at.get()));
    let auto = move || following.with(|following| following.counting_by_itself(index, at.get()));
    let done = move || count() >= times;
    view! {
        {per_side.then(|| view! { <p class="small">{words::PER_SIDE_HINT}</p> })}
        <button type="button" class="follow-counter" aria-disabled=move || done().to_string() aria-describedby="follow-counter-hint"
            on:click=move |_| if !done() { change(FollowChange::CountOne) }>
            <span class="follow-count">{move || words::counted(count(), times, false)}</span>
            {per_side.then(|| view! { <span class="follow-count-side">{words::TO_EACH_SIDE}</span> })}
        </button>
        <p id="follow-counter-hint" class="small">{move || if done() { words::ALL_DONE } else { words::COUNT_BUTTON_HINT }}</p>
        // Drawn once for the part, so the circle grows and shrinks between its two sizes.
        {stay.map(|stay| {
            let breaths = matches!(stay, Stay::Breaths { .. });
            let done_words = exercise.map_or(words::STAY_ENOUGH, |exercise| words::stay_done(exercise.id));
            let phase = move || match stay_now() {
                Some((_, now)) if now.getting_ready => "ready",
                Some((_, now)) if now.enough => "done",
                Some((_, now)) if now.breathing_in => "in",
                _ => "out",
            };
            view! {
                <div class="pacer" hidden=move || stay_now().is_none() data-phase=phase data-stay=if breaths { "breaths" } else { "seconds" }>
                    <div class="pacer-circle" aria-hidden="true"></div>
                    <p class="pacer-words">
                        {move || stay_now().map(|(stay, now)| {
                            if now.enough {
                                view! { <strong>{done_words}</strong> }.into_any()
                            } else if now.getting_ready {
                                view! { <strong>{if now.side > 0 { words::OTHER_SIDE } else { words::GET_INTO_POSITION }}</strong> }.into_any()
                            } else {
                                view! {
                                    {breaths.then(|| view! { <strong>{if now.breathing_in { words::BREATHE_IN } else { words::BREATHE_OUT }}</strong> " · " })}
                                    {words::stay_so_far(stay, now.so_far)}
                                }.into_any()
                            }
                        })}
                    </p>
                </div>
            }
        })}
        {stay.map(|stay| view! {
            <p class="small">{words::stay_words(stay)}</p>
            <p class="basis">{if matches!(stay, Stay::Breaths { .. }) { words::breath_pace_own() } else { words::seconds_pace_own() }}</p>
        })}
        <div class="button-row follow-count-controls">
            // aria-disabled, not disabled: a button that takes focus away when it is pressed loses the person's place.
            <button type="button" class="button button-secondary" aria-disabled=move || (count() == 0).to_string()
                on:click=move |_| { if count() > 0 { change(FollowChange::UncountOne) } }>{words::ONE_FEWER}</button>
            // One button, so focus stays on it as it turns on and off.
            // A toggle keeps its name; aria-pressed says whether it is on.
            <button type="button" class="button button-secondary follow-auto" aria-pressed=move || auto().to_string()
                aria-disabled=move || (done() && !auto()).to_string()
                on:click=move |_| { if auto() { change(FollowChange::StopAutoCount) } else if !done() { change(FollowChange::StartAutoCount) } }>
                {words::COUNT_FOR_ME}
            </button>
        </div>
    }
}

/// A named exercise's counting pace and how to do it, below the way on: the counter and Next are
/// what a person on the floor looks for.
#[component]
fn CountedHowTo(
    exercise: Option<&'static Exercise>,
    following: RwSignal<Following>,
    change: impl Fn(FollowChange) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let index = following.with_untracked(|following| following.current);
    let pace = move || following.with(|following| following.pace_ms[index]);
    view! {
        <div class="follow-pace">
            <p class="small" aria-live="polite">{move || words::pace_words(pace())}</p>
            <p class="basis">{words::PACE_OWN}</p>
            <div class="button-row">
                <button type="button" class="button button-secondary" on:click=move |_| change(FollowChange::SetPace(pace() + PACE_STEP_MS))>{words::SLOWER}</button>
                <button type="button" class="button button-secondary" on:click=move |_| change(FollowChange::SetPace(pace().saturating_sub(PACE_STEP_MS)))>{words::FASTER}</button>
            </div>
        </div>
        {exercise.map(|exercise| view! {
            <h2 class="follow-how">{words::HOW_TO}</h2>
            <ol class="follow-steps">
                {exercise.steps.iter().enumerate().map(|(index, step)| view! {
                    <li class="follow-step">
                        <div class="follow-step-body">
                            {picture(exercise.id, index).map(|picture| view! {
                                <img class="follow-picture" src=picture.file alt=picture.alt width="320" height="180"/>
                            })}
                            <span>{*step}</span>
                        </div>
                    </li>
                }).collect_view()}
            </ol>
            <p class="small">{exercise.feel}</p>
            <p class="basis">{words::STEPS_SOURCE}</p>
        })}
    }
}

/// Minutes of an activity: the timer toward them, pause and go on.
#[component]
fn Timed(
    activity: String,
    minutes: u16,
    following: RwSignal<Following>,
    at: RwSignal<u64>,
    change: impl Fn(FollowChange) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lines = how_to(&activity).map(|how_to| how_to.lines).unwrap_or_default();
    let index = following.with_untracked(|following| following.current);
    let stopwatch = move || following.with(|following| following.stopwatch(index)).unwrap_or_default();
    let elapsed = move || stopwatch().elapsed_ms(at.get());
    let running = move || stopwatch().running_since.is_some();
    let up = move || following.with(|following| following.time_up(index, at.get()));
    view! {
        {lines.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}
        <div class="follow-timer" data-running=move || running().to_string()>
                <p class="timer-time" role="timer" aria-live="off">{move || clock_words(elapsed())}</p>
                <p class="timer-of">{words::timer_of(minutes)}</p>
                {move || up().then(|| view! { <p class="notice notice-saved">{words::time_up(minutes)}</p> })}
                <p>
                    // One button, so focus stays on it from Start to Pause to Go on.
                    <button type="button" class="button button-primary follow-timer-button"
                        on:click=move |_| change(if running() { FollowChange::PauseTimer } else { FollowChange::StartTimer })>
                        {move || if running() { words::TIMER_PAUSE } else if elapsed() == 0 { words::TIMER_START } else { words::TIMER_GO_ON }}
                    </button>
                </p>
                <p class="small">{words::TIMER_HINT}</p>
            </div>
    }
}
