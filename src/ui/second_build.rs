//! The second build's screen table: what draws each screen of `Screen::in_second_build`. Only the
//! second build (src/bin/second_build.rs) links it, so the first load goes without these screens;
//! the first build hands their addresses over to it (app.rs, `second_build_or_reload`).

use leptos::prelude::*;

use super::about::About;
use super::plan::CheckIn;
use super::plan::PlanNew;
use super::plan::PlanOverview;
use super::progress::PainOverTime;
use super::route::Screen;
use super::summary::Summary;
use super::your_data::YourData;

/// The second build's screens, for `App`'s `second_build`.
pub fn screen(screen: &Screen) -> Option<AnyView> {
    Some(match screen {
        Screen::Plan => view! { <PlanOverview/> }.into_any(),
        Screen::PlanNew => view! { <PlanNew/> }.into_any(),
        Screen::CheckIn => view! { <CheckIn/> }.into_any(),
        Screen::Data => view! { <YourData/> }.into_any(),
        Screen::About => view! { <About/> }.into_any(),
        Screen::PainOverTime => view! { <PainOverTime/> }.into_any(),
        Screen::Summary => view! { <Summary/> }.into_any(),
        _ => return None,
    })
}
