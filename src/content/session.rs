//! The words of following a session along (src/ui/plan/follow.rs): starting it, the counter, the
//! pacer, the timer, keeping the screen on, stopping, and what the check-in then says. The pain
//! rules are `content::plan`'s, said short here with the same sources; the pace and the other
//! numbers are Backcheck's own (docs/plan-model.md, "Following a session").

use crate::assessment::{Said, Stay, BREATH_IN_MS, BREATH_OUT_MS, MOVE_MS};
use crate::content::words::count;

pub const TITLE: &str = "Today's session";
pub const START: &str = "Start today's session";
pub const GO_ON: &str = "Go on with today's session";
pub const START_HINT: &str = "One activity at a time, with a timer or a counter. Then log it in one or two taps.";

/// "Part 2 of 6"
pub fn part_of(part: usize, parts: usize) -> String {
    format!("Part {part} of {parts}")
}

/// "3 of 5", or "3 of 5 to each side"
pub fn counted(count: u16, times: u16, per_side: bool) -> String {
    if per_side {
        format!("{count} of {times}, to each side")
    } else {
        format!("{count} of {times}")
    }
}

pub const TO_EACH_SIDE: &str = "to each side";
pub const HOW_TO: &str = "How to do it";
/// Under the steps and their pictures (review S9).
pub const STEPS_SOURCE: &str = "The steps: NHS, Lower back pain exercises. The pictures are Backcheck's own, drawn from these steps.";
pub const COUNT_BUTTON_HINT: &str = "Tap the big button each time you finish one.";
pub const PER_SIDE_HINT: &str = "One to each side counts as one.";
pub const ONE_FEWER: &str = "One fewer";
pub const COUNT_FOR_ME: &str = "Count for me";
pub const SLOWER: &str = "Slower";
pub const FASTER: &str = "Faster";
/// "It counts one every 15 seconds."
pub fn pace_words(pace_ms: u64) -> String {
    format!("It counts one every {}.", count((pace_ms / 1_000) as usize, "second", "seconds"))
}
pub const PACE_OWN: &str = "This pace is Backcheck's own. Change it to suit you.";
pub const ALL_DONE: &str = "All done. Go on to the next part when you are ready.";

/// How long to stay, as the exercise's step says.
pub fn stay_words(stay: Stay) -> String {
    match stay {
        Stay::Breaths { least: 1, most: 1 } => "Stay there for one deep breath.".to_string(),
        Stay::Breaths { least, most } => format!("Hold for {least} to {most} breaths, then relax."),
        Stay::Seconds { least, most } => format!("Hold for {least} to {most} seconds, breathing as usual."),
    }
}
pub const GET_INTO_POSITION: &str = "Get into position.";
pub const OTHER_SIDE: &str = "Now the other side.";
pub const HOLD_NOW: &str = "Hold now.";
pub const BREATHE_IN: &str = "Breathe in";
pub const BREATHE_OUT: &str = "Breathe out";
/// "Breath 3 of 5", "3 of 5 seconds": the least stay, which the pacer leads.
pub fn stay_so_far(stay: Stay, so_far: u32) -> String {
    match stay {
        Stay::Breaths { least, .. } => format!("Breath {} of {least}", (so_far + 1).min(u32::from(least))),
        Stay::Seconds { least, .. } => format!("{} of {least} seconds", so_far.min(u32::from(least))),
    }
}
pub const STAY_ENOUGH: &str = "That is enough.";
/// What to do once the stay is done, as each exercise's step says.
pub fn stay_done(exercise_id: &str) -> &'static str {
    match exercise_id {
        "tummy-tightening" => "That is enough. Now relax.",
        "knee-rolls" => "That is enough. Now roll back to the middle.",
        _ => "That is enough. Now come back to the start.",
    }
}
pub fn breath_pace_own() -> String {
    format!(
        "Breathe at your own pace, or follow the circle. The circle's pace, {} in and {} out, is Backcheck's own. So is the {} to get into position.",
        count((BREATH_IN_MS / 1_000) as usize, "second", "seconds"),
        count((BREATH_OUT_MS / 1_000) as usize, "second", "seconds"),
        count((MOVE_MS / 1_000) as usize, "second", "seconds"),
    )
}
pub fn seconds_pace_own() -> String {
    format!("The {} to get into position are Backcheck's own.", count((MOVE_MS / 1_000) as usize, "second", "seconds"))
}

pub const TIMER_START: &str = "Start the timer";
pub const TIMER_PAUSE: &str = "Pause";
pub const TIMER_GO_ON: &str = "Start the timer again";
/// "of 15 minutes"
pub fn timer_of(minutes: u16) -> String {
    format!("of {}", count(usize::from(minutes), "minute", "minutes"))
}
pub fn time_up(minutes: u16) -> String {
    format!("Your {} are up. That is your plan for today: stop now, then log it.", count(usize::from(minutes), "minute", "minutes"))
}
/// Said to screen readers every few minutes while the timer runs.
pub fn minutes_done(minutes: u64) -> String {
    format!("{} done.", count(minutes as usize, "minute", "minutes"))
}
pub const TIMER_PAUSED: &str = "Timer paused.";
pub const TIMER_RUNNING: &str = "Timer running.";
pub const TIMER_HINT: &str = "The timer keeps counting if the screen locks or you switch apps.";

pub const TICK: &str = "I have done this";
pub const TICK_HINT: &str = "Do your sets the way you have done them before, then tick this.";

pub const BACK: &str = "Back";
pub const NEXT: &str = "Next";
pub const FINISH: &str = "Finish and log it";
pub const STOP: &str = "Stop";
pub const STOP_TITLE: &str = "Stop the session?";
pub const STOP_PAIN: &str = "Stop because of pain";
pub const STOP_DONE: &str = "Stop and log what I did";
pub const STOP_CANCEL: &str = "Go on with the session";

/// The pain rules in brief, always in view; the plan page has them in full.
pub const RULE_NAMED: &str =
    "Stop an exercise that makes your pain or other symptoms worse, or causes new pain. If the pain is severe, stop and see a GP.";
pub const RULE_OTHER: &str = "Some discomfort is OK if it stays at 5 out of 10 or less. Stop if it goes above 5.";
pub const RULE_NAMED_SOURCE: &str = "NHS inform: Exercises for back pain (stop one that makes your symptoms worse or causes new pain). NHS: Lower back pain exercises (see a GP if one causes severe pain).";
pub const RULE_OTHER_SOURCE: &str = "The article, tip 3: do not work through the pain. Above 5 out of 10: pain monitoring (Silbernagel and others, 2007), adapted here for the back.";

/// Said when this tab cannot keep the session being followed (its session storage is blocked).
pub const NOT_KEPT: &str =
    "This browser is not keeping this session, so a reload starts it again. Your plan and the sessions you logged are not affected.";
pub const SCREEN_ON: &str = "The screen stays on during the session.";
pub const SCREEN_MAY_DIM: &str = "Your screen may dim or lock during the session. The timer and counter still keep time.";
pub const BUZZ: &str = "Buzz when it is time to breathe in or out, or the time is up";

/// Asked at every check-in, ticked already after Stop because of pain.
pub const STOPPED_FOR_PAIN: &str = "I stopped early because of pain";
pub const STOPPED_FOR_PAIN_HINT: &str =
    "A session you stopped because of pain counts as too much, so your plan goes down a step. This is Backcheck's own cautious choice.";

/// A session stopped because of pain before anything was done, as "Session saved: …" says it.
pub const NOTHING_DONE_SAVED: &str = "stopped because of pain before you did any of it";

/// What the check-in says when it starts from a session followed along.
pub const FILLED_IN: &str = "What the counter and timer show is filled in. Change it to what you really did, then answer the rest.";
pub const FILLED_IN_PAIN: &str =
    "You stopped because of pain. How bad was it? Then check what you did below. If you did none of it, leave it all unticked.";
pub const NOTHING_DONE: &str = "Nothing was counted or timed, so nothing is ticked. Tick what you did, if anything.";

/// The picture of an exercise's step, for screen readers when no picture is drawn.
pub fn step_label(step: usize, steps: usize) -> String {
    format!("Step {step} of {steps}")
}

/// What a screen reader is told at a moment the domain picks (`Following::cue`).
pub fn said(said: Said) -> String {
    match said {
        Said::Counted { count, times, per_side } => counted(count, times, per_side),
        Said::HoldNow => HOLD_NOW.to_string(),
        Said::OtherSide => OTHER_SIDE.to_string(),
        Said::StayEnough => STAY_ENOUGH.to_string(),
        Said::TimerRunning => TIMER_RUNNING.to_string(),
        Said::TimerPaused => TIMER_PAUSED.to_string(),
        Said::MinutesDone(minutes) => minutes_done(minutes),
        Said::TimeUp { minutes } => time_up(minutes),
    }
}
