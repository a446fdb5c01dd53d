//! The screen tables of the second build's parts: what draws each screen of
//! `Screen::in_second_build`, by the part `Screen::second_build` names. Only those parts
//! (src/bin/plan_build.rs, session_build.rs, records_build.rs) link these, so the first load goes without
//! their screens; each part links only its own table, so it goes without the other's. A build
//! hands any address it has no screen for over to the build that does (app.rs,
//! `second_build_or_reload`).

use leptos::prelude::*;

use super::about::About;
use super::plan::CheckIn;
use super::plan::FollowSession;
use super::plan::PlanNew;
use super::plan::PlanOverview;
use super::progress::PainOverTime;
use super::route::Screen;
use super::summary::Summary;
use super::your_data::YourData;

/// The plan part's screens, for `App`'s `second_build`.
pub fn plan_screens(screen: &Screen) -> Option<AnyView> {
    Some(match screen {
        Screen::Plan => view! { <PlanOverview/> }.into_any(),
        Screen::PlanNew => view! { <PlanNew/> }.into_any(),
        Screen::CheckIn => view! { <CheckIn/> }.into_any(),
        _ => return None,
    })
}

/// The session part's screen, for `App`'s `second_build`.
pub fn session_screens(screen: &Screen) -> Option<AnyView> {
    Some(match screen {
        Screen::Session => view! { <FollowSession/> }.into_any(),
        _ => return None,
    })
}

/// The records part's screens, for `App`'s `second_build`.
pub fn records_screens(screen: &Screen) -> Option<AnyView> {
    Some(match screen {
        Screen::Data => view! { <YourData/> }.into_any(),
        Screen::About => view! { <About/> }.into_any(),
        Screen::PainOverTime => view! { <PainOverTime/> }.into_any(),
        Screen::Summary => view! { <Summary/> }.into_any(),
        _ => return None,
    })
}
