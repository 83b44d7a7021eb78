//! The request form, declared with Leptos components from the template: one numbered field per
//! item, with its hint and its issues, bound to the draft by answer path.
//!
//! A keystroke costs the same in a short form and a long one: every control reads its answer
//! through [`Answers`], one trigger per answer path, and an edit fires only the triggers of the
//! paths it changed ([`AppContext::take_changed`]). Repeatable rows are a `<For>` keyed by row
//! id, so adding, removing or moving a row never re-creates the controls of the others. The form
//! is drawn again whole only when the UI language, the catalog, the request type, the draft,
//! document language B or the legal basis picked (what the labels cite) changes. User text only ever goes in as text or as a control's value,
//! never as markup.
//!
//! One job per file: `answers` (the state controls read), `events` (what a user action does to
//! the draft), `field` (a numbered question and its label, hint and issues), `input`
//! (single-control kinds), `choices` (radio buttons, tick boxes and option details), `rows`
//! (repeatable rows and identifiers), `provider` (the service provider picker), `date_time` (a time and the zone the user chose), `money`,
//! `issues` (error lines), `translation` (wording in document language B and what is left),
//! `outline` (the sections, each with where it stands, and links to them).

mod answers;
mod choices;
mod date_time;
mod events;
mod field;
mod input;
mod issues;
mod money;
mod outline;
mod provider;
mod rows;
mod translation;

use leptos::prelude::*;
use tandem_core::form::{holds, is_shown};
use tandem_core::template::{item_number, item_path, Item};

use crate::context::AppContext;
pub use answers::Form;
use field::Field;
pub use outline::Outline;
use provider::ProviderPicker;
pub use translation::UntranslatedCount;

/// The id of the input of an answer path (links from the error summary point here).
pub fn field_id(path: &str) -> String {
    format!("field-{path}")
}

/// The sections' states ([`Outline`] and the section headings show them), made once per draft
/// screen.
pub fn section_states(ctx: AppContext) -> Memo<Vec<tandem_core::outline::Entry>> {
    outline::entries(ctx)
}

/// The whole form, section by section (`div.tandem-sections`), each heading with its state, and
/// the polite announcements of row changes (`p[role=status]`).
#[component]
pub fn RequestForm(
    ctx: AppContext,
    states: Memo<Vec<tandem_core::outline::Entry>>,
) -> impl IntoView {
    // What the whole form is drawn again for; anything else only brings controls up to date.
    // The route (the legal basis picked) changes what labels and hints cite. Language B does
    // not: the translation boxes follow it themselves.
    let drawn_for = Memo::new(move |_| {
        let template = ctx.template.with(|t| t.id.clone());
        let id = ctx.draft.with(|d| d.id.clone());
        let route = ctx.basis.with(|a| a.route.clone());
        (ctx.catalog_version(), template, id, route)
    });
    let announcer = RwSignal::new(String::new());
    let template_id = move || drawn_for.with(|(_, t, _, _)| t.clone());
    let sections = move || {
        drawn_for.track();
        // A control drawn again with the same id keeps the focus.
        let focused = focused_id();
        let sections = untrack(|| {
            let form = Form::new(ctx, announcer);
            provide_context(form);
            all_sections(form, states)
        });
        if let Some(id) = focused {
            crate::focus::focus_later(id, false);
        }
        sections
    };
    view! {
        <div class="tandem-sections" data-template=template_id>{sections}</div>
        <p class="tandem-visually-hidden" role="status" aria-live="polite">
            {move || announcer.get()}
        </p>
    }
}

/// The id of the form control that has the focus, if one has.
fn focused_id() -> Option<String> {
    let active = web_sys::window()?.document()?.active_element()?;
    active.closest(".tandem-sections").ok().flatten()?;
    Some(active.id()).filter(|id| !id.is_empty())
}

/// Every section: a fieldset named by its heading, or a plain block.
fn all_sections(form: Form, states: Memo<Vec<tandem_core::outline::Entry>>) -> impl IntoView {
    let sections = form.ctx.template.with_untracked(|t| t.sections.clone());
    sections
        .into_iter()
        .map(|section| {
            let items = section.items.clone();
            let fields = section
                .items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let path = item_path(&section, item);
                    let number = item_number(&section, i);
                    conditional_field(form, item.clone(), path, number)
                })
                .collect_view();
            // A section whose items are all hidden is not shown, heading and all.
            let any_shown = Memo::new(move |_| {
                items.iter().for_each(|i| form.answers.track_condition(i));
                form.ctx
                    .draft
                    .with_untracked(|d| items.iter().any(|i| is_shown(d, i)))
            });
            let hidden = move || !any_shown.get();
            let picker = section.provider.map(|purpose| {
                let items: Vec<String> = section.items.iter().map(|i| i.id.clone()).collect();
                let id = section.id.clone();
                let when = section.provider_when.clone();
                let offered = Memo::new(move |_| {
                    when.as_deref().is_none_or(|w| {
                        let path = w.split_once('=').map_or(w, |(p, _)| p);
                        form.answers.track(path);
                        form.ctx.draft.with_untracked(|d| holds(d, w))
                    })
                });
                view! {
                    <Show when=move || offered.get()>
                        <ProviderPicker section=id.clone() items=items.clone() purpose />
                    </Show>
                }
            });
            let id = outline::section_id(&section.id);
            match section.heading.clone() {
                Some(heading) => {
                    let legend = format!("{} {}", section.number, form.ctx.t_basis(&heading));
                    let state = {
                        let section = section.id.clone();
                        move || {
                            states.with(|all| {
                                let entry = all.iter().find(|e| e.section == section)?;
                                Some(view! {
                                    <span class=format!(
                                        "tandem-outline__state tandem-outline__state--{}",
                                        entry.state.key(),
                                    )>{outline::state_text(form.ctx, entry)}</span>
                                })
                            })
                        }
                    };
                    view! {
                        <fieldset class="tandem-section" class:tandem-hidden=hidden id=id>
                            <legend class="tandem-section__heading">{legend}" "{state}</legend>
                            {picker}
                            {fields}
                        </fieldset>
                    }
                    .into_any()
                }
                None => view! {
                    <div class="tandem-section" class:tandem-hidden=hidden id=id>
                        {fields}
                    </div>
                }
                .into_any(),
            }
        })
        .collect_view()
}

/// A numbered question, shown while its condition (if it has one) holds.
fn conditional_field(form: Form, item: Item, path: String, number: String) -> AnyView {
    if item.when.is_none() {
        return view! { <Field item path number /> }.into_any();
    }
    let shown = {
        let item = item.clone();
        Memo::new(move |_| {
            form.answers.track_condition(&item);
            form.ctx.draft.with_untracked(|d| is_shown(d, &item))
        })
    };
    view! {
        <Show when=move || shown.get()>
            <Field item=item.clone() path=path.clone() number=number.clone() />
        </Show>
    }
    .into_any()
}
