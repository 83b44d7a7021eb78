//! The form's outline: a link to each section shown, with where it stands (done, answers
//! missing, to translate), and one to the export actions. Folded by default (one Tab stop on the
//! way into the form), kept at the top of the window while the form scrolls; a link moves the
//! focus to the section's first control, so keyboard and screen reader users land where they
//! jump.

use leptos::html;
use leptos::prelude::*;
use tandem_core::l10n::Arg;
use tandem_core::outline::{outline, Entry};

use crate::context::AppContext;
use crate::focus::focus_later;

/// The id of a section's fieldset (what an outline link points at).
pub fn section_id(section: &str) -> String {
    format!("section-{section}")
}

/// The sections of the draft's template, as the outline and the section headings show them.
/// Computed as the draft settles (with [`AppContext::report`]), drawn again only when a
/// section's state changes.
pub fn entries(ctx: AppContext) -> Memo<Vec<Entry>> {
    Memo::new(move |_| {
        ctx.template.with(|t| {
            ctx.draft
                .with_untracked(|d| ctx.report.with(|r| outline(t, d, r)))
        })
    })
}

/// "done", "answers missing" or "to translate", in the UI language.
pub fn state_text(ctx: AppContext, entry: &Entry) -> String {
    ctx.t_args(
        "form-outline-state",
        &[("state", Arg::Str(entry.state.key()))],
    )
}

/// The outline, above the form.
#[component]
pub fn Outline(entries: Memo<Vec<Entry>>) -> impl IntoView {
    let ctx = AppContext::get();
    let details = NodeRef::<html::Details>::new();
    // Folded again after a jump, so that it does not cover the section it opened.
    let jump = move |target: String, first_control: bool| {
        if let Some(d) = details.get_untracked() {
            let _ = d.remove_attribute("open");
        }
        focus_later(target, first_control);
    };
    let links = move || {
        entries
            .get()
            .into_iter()
            .map(|entry| {
                let target = section_id(&entry.section);
                let href = format!("#{target}");
                let title = format!("{} {}", entry.number, ctx.t_basis(&entry.heading));
                let state = state_text(ctx, &entry);
                let class = format!(
                    "tandem-outline__state tandem-outline__state--{}",
                    entry.state.key()
                );
                let go = move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    jump(target.clone(), true);
                };
                view! {
                    <li>
                        <a href=href on:click=go>
                            {title}
                            " "
                            <span class=class>{state}</span>
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    let to_export = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        jump("export-final".to_string(), false);
    };
    view! {
        <nav class="tandem-outline" aria-labelledby="outline-heading">
            <details class="tandem-outline__details" node_ref=details>
                <summary class="tandem-outline__summary" id="outline-heading">
                    {ctx.text("form-outline")}
                </summary>
                <ol class="tandem-outline__list" id="outline-list">
                    {links}
                    <li>
                        <a href="#export-final" id="outline-export" on:click=to_export>
                            {ctx.text("app-export-pdf")}
                        </a>
                    </li>
                </ol>
            </details>
        </nav>
    }
}
