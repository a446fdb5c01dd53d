//! "About this check": who it is for, that it does not diagnose, what it is based on, and when
//! it was last reviewed. Linked from the footer of every screen.

use leptos::prelude::*;

use super::heading::screen_heading;
use super::route::{go, Screen};
use crate::content::about::{LAST_REVIEWED, NOT_A_DIAGNOSIS, PRIVACY, REVIEW_COVERS, WHO_FOR};
use crate::content::source::ARTICLE;
use crate::content::sources::Source;

#[component]
pub fn About() -> impl IntoView {
    let heading = screen_heading("About this check - Backcheck");
    view! {
        <main id="main" class="screen about">
            <h1 tabindex="-1" node_ref=heading>"About this check"</h1>
            <h2>"Who it is for"</h2>
            <p>{WHO_FOR}</p>
            <h2>"What it is not"</h2>
            <p>{NOT_A_DIAGNOSIS}</p>
            <h2>"What it is based on"</h2>
            <p>
                "The exercise tips come from the article “" {ARTICLE.title} "” from the " {ARTICLE.author} " ("
                {ARTICLE.date} "), written here in our own words. Each tip names the part of the article it comes from."
            </p>
            <p>"Every piece of advice names its source. These are all of them, with what each one supports:"</p>
            <ul class="references">
                {Source::ALL.map(Source::entry).into_iter().map(|reference| view! {
                    <li>
                        {if reference.url.is_empty() {
                            view! { <strong>{reference.title}</strong> }.into_any()
                        } else {
                            view! { <a href=reference.url rel="noopener noreferrer">{reference.title}</a> }.into_any()
                        }}
                        ": " {reference.supports}
                    </li>
                }).collect_view()}
            </ul>
            <h2>"Your privacy"</h2>
            <p>{PRIVACY}</p>
            <p class="reviewed">"Content last reviewed: " <time>{LAST_REVIEWED}</time> ". " {REVIEW_COVERS}</p>
            <p class="no-print">
                <button type="button" class="button button-primary" on:click=|_| go(Screen::Landing)>"Back to the start"</button>
            </p>
        </main>
    }
}
