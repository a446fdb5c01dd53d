//! This week, Monday to Sunday: what was done, missed, is due today or is still to come, and the
//! days without a session, which say to keep moving.

use leptos::prelude::*;

use crate::assessment::{weekday, Clock, DayStatus, Plan, Session};
use crate::calendar::year_month_day;
use crate::content::plan::{KEEP_MOVING, KEEP_MOVING_SOURCE};
use crate::ui::plan::days::DAY_NAMES;

fn words(status: DayStatus) -> &'static str {
    match status {
        DayStatus::Done => "Done",
        DayStatus::Today => "Today",
        DayStatus::Planned => "Planned",
        DayStatus::Missed => "Missed",
        DayStatus::OtherDay => "Keep moving",
        DayStatus::Paused => "Paused",
        DayStatus::Held => "On hold",
        DayStatus::OutsidePlan => "Not in plan",
    }
}

/// `plan` with its held days counted (`PlanToday::schedule`), so they show as on hold.
/// `keep_moving`: not under a hold, whose advice may be not to exercise at all.
#[component]
pub fn WeekView(plan: Plan, sessions: Vec<Session>, clock: Clock, keep_moving: bool) -> impl IntoView {
    let days = plan.week_view(&sessions, &clock);
    view! {
        <section class="week-view" aria-labelledby="week-title">
            <h2 id="week-title">"This week"</h2>
            <ol class="week-days">
                {days.into_iter().map(|(day, status)| {
                    let (_, _, day_of_month) = year_month_day(day);
                    let name = DAY_NAMES[usize::from(weekday(day))];
                    let today = day == clock.today();
                    view! {
                        <li class=format!("week-day day-{}", status.id()) data-status=status.id() aria-current=today.then_some("date")>
                            <span class="week-day-name"><abbr title=name>{&name[..3]}</abbr>" " {day_of_month.to_string()}</span>
                            <span class="week-day-status">{words(status)}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            {keep_moving.then(|| view! {
                <p class="hint">{KEEP_MOVING}</p>
                <p class="basis">{KEEP_MOVING_SOURCE}</p>
            })}
        </section>
    }
}
