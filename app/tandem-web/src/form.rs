//! The request form, rendered from the template: one numbered field per item, with its hint and
//! its issues, bound to the draft by item path.

use leptos::prelude::*;
use tandem_core::template::{detail_path, ChoiceOption, Item, ItemKind};
use tandem_core::timezone;

use crate::context::AppContext;

/// The id of the input of an answer path (links from the error summary point here).
pub fn field_id(path: &str) -> String {
    format!("field-{path}")
}

/// The whole form, section by section.
#[component]
pub fn RequestForm() -> impl IntoView {
    let ctx = AppContext::get();
    let sections = ctx.template.with_value(|t| t.sections.clone());
    sections
        .into_iter()
        .map(|section| {
            let fields = section
                .items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let path = tandem_core::template::item_path(&section, item);
                    let number = match section.heading {
                        Some(_) => format!("{}.{}", section.number, i + 1),
                        None => section.number.clone(),
                    };
                    view! { <Field item=item.clone() path number /> }
                })
                .collect_view();
            match section.heading.clone() {
                Some(heading) => view! {
                    <fieldset class="tandem-section">
                        <legend class="tandem-section__heading">
                            {section.number.clone()} " " {move || ctx.t(&heading)}
                        </legend>
                        {fields}
                    </fieldset>
                }
                .into_any(),
                None => view! { <div class="tandem-section">{fields}</div> }.into_any(),
            }
        })
        .collect_view()
}

/// The issue messages at a path, once errors are shown.
fn errors_at(ctx: AppContext, path: String) -> Memo<Option<String>> {
    Memo::new(move |_| {
        if !ctx.show_errors.get() {
            return None;
        }
        let messages: Vec<String> = ctx
            .report
            .with(|r| r.at(&path).map(|i| i.message).collect::<Vec<_>>())
            .into_iter()
            .map(|m| ctx.t(m))
            .collect();
        (!messages.is_empty()).then(|| messages.join(" "))
    })
}

/// One numbered question.
#[component]
fn Field(item: Item, path: String, number: String) -> impl IntoView {
    let ctx = AppContext::get();
    let id = field_id(&path);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let label_id = item.label.clone();
    let label = move || ctx.t(&label_id);
    let hint = item.hint.then(|| {
        let label = item.label.clone();
        view! { <p class="tandem-field__hint" id=hint_id.clone()>{move || ctx.hint(&label)}</p> }
    });
    let required = item
        .required
        .then(|| view! { <span class="tandem-field__required">" (" {move || ctx.t("app-required")} ")"</span> });
    let error = errors_at(ctx, path.clone());
    let has_error = move || error.get().is_some();
    let described_by = {
        let has_hint = item.hint;
        let (hint_id, error_id) = (format!("{id}-hint"), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if has_error() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let error_view = {
        let error_id = error_id.clone();
        move || {
            error.get().map(|message| {
                view! { <p class="tandem-field__error" id=error_id.clone()>{message}</p> }
            })
        }
    };

    if item.kind == ItemKind::Choice {
        return view! {
            <fieldset
                class="tandem-field tandem-field--choice"
                class:tandem-field--error=has_error
                aria-describedby=described_by
            >
                <legend class="tandem-field__label">
                    <span class="tandem-field__number">{number}</span> " " {label} {required}
                </legend>
                {hint}
                {error_view}
                <Choice item path id />
            </fieldset>
        }
        .into_any();
    }

    view! {
        <div class="tandem-field" class:tandem-field--error=has_error>
            <label class="tandem-field__label" for=id.clone()>
                <span class="tandem-field__number">{number}</span> " " {label} {required}
            </label>
            {hint}
            {error_view}
            <Input kind=item.kind path id described_by=Signal::derive(described_by) invalid=Signal::derive(has_error) />
        </div>
    }
    .into_any()
}

/// The input of a text-like item.
#[component]
fn Input(
    kind: ItemKind,
    path: String,
    id: String,
    described_by: Signal<Option<String>>,
    invalid: Signal<bool>,
) -> impl IntoView {
    let ctx = AppContext::get();
    let value = {
        let path = path.clone();
        move || ctx.draft.with(|d| d.text(&path).to_string())
    };
    let set = move |text: String| ctx.edit(|d| d.set_text(&path, &text));
    let invalid = move || invalid.get().then_some("true");
    match kind {
        ItemKind::LongText => view! {
            <textarea
                id=id
                class="tandem-input tandem-input--long"
                rows="5"
                aria-describedby=described_by
                aria-invalid=invalid
                prop:value=value
                on:input=move |ev| set(event_target_value(&ev))
            ></textarea>
        }
        .into_any(),
        ItemKind::TimeZone => {
            // Options are selected one by one: a select's value set before its options exist
            // would not stick.
            let selected = move |offset: &'static str| {
                let value = value.clone();
                move || value() == offset
            };
            view! {
                <select
                    id=id
                    class="tandem-input tandem-input--select"
                    aria-describedby=described_by
                    aria-invalid=invalid
                    on:change=move |ev| set(event_target_value(&ev))
                >
                    <option value="" prop:selected=selected("")>{move || ctx.t("app-choose")}</option>
                    {timezone::OFFSETS
                        .iter()
                        .map(|&o| view! { <option value=o prop:selected=selected(o)>{timezone::display(o)}</option> })
                        .collect_view()}
                </select>
            }
            .into_any()
        }
        _ => {
            let (input_type, autocomplete) = match kind {
                ItemKind::Date => ("date", "off"),
                ItemKind::Email => ("email", "email"),
                _ => ("text", "off"),
            };
            view! {
                <input
                    id=id
                    class="tandem-input"
                    type=input_type
                    autocomplete=autocomplete
                    spellcheck="false"
                    aria-describedby=described_by
                    aria-invalid=invalid
                    prop:value=value
                    on:input=move |ev| set(event_target_value(&ev))
                />
            }
            .into_any()
        }
    }
}

/// Radio buttons for exactly one option, with the detail box of the picked option.
#[component]
fn Choice(item: Item, path: String, id: String) -> impl IntoView {
    let ctx = AppContext::get();
    item.options
        .into_iter()
        .map(|option: ChoiceOption| {
            let option_id = format!("{id}-{}", option.id);
            let picked = {
                let (path, value) = (path.clone(), option.id.clone());
                Memo::new(move |_| ctx.draft.with(|d| d.text(&path) == value))
            };
            let pick = {
                let (path, value) = (path.clone(), option.id.clone());
                move |_| ctx.edit(|d| d.set_text(&path, &value))
            };
            let label = option.label.clone();
            let detail = option.detail.clone().map(|detail| {
                let detail_path = detail_path(&path, &option);
                let detail_id = field_id(&detail_path);
                let error_id = format!("{detail_id}-error");
                // Re-created only when the option is picked or unpicked, never while typing.
                move || {
                    picked.get().then(|| {
                        let error = errors_at(ctx, detail_path.clone());
                        let has_error = move || error.get().is_some();
                        let value = {
                            let detail_path = detail_path.clone();
                            move || ctx.draft.with(|d| d.text(&detail_path).to_string())
                        };
                        let detail_path = detail_path.clone();
                        let label = detail.label.clone();
                        let error_id = error_id.clone();
                        let described_by = {
                            let error_id = error_id.clone();
                            move || has_error().then(|| error_id.clone())
                        };
                        view! {
                            <div class="tandem-field tandem-field--detail" class:tandem-field--error=has_error>
                                <label class="tandem-field__label" for=detail_id.clone()>
                                    {move || ctx.t(&label)}
                                </label>
                                {move || error.get().map(|m| view! { <p class="tandem-field__error" id=error_id.clone()>{m}</p> })}
                                <input
                                    id=detail_id.clone()
                                    class="tandem-input"
                                    type="text"
                                    spellcheck="false"
                                    aria-describedby=described_by
                                    aria-invalid=move || has_error().then_some("true")
                                    prop:value=value
                                    on:input=move |ev| {
                                        let text = event_target_value(&ev);
                                        ctx.edit(|d| d.set_text(&detail_path, &text))
                                    }
                                />
                            </div>
                        }
                    })
                }
            });
            view! {
                <div class="tandem-choice">
                    <input
                        type="radio"
                        class="tandem-choice__radio"
                        id=option_id.clone()
                        name=id.clone()
                        prop:checked=picked
                        on:change=pick
                    />
                    <label class="tandem-choice__label" for=option_id>
                        {move || ctx.t(&label)}
                    </label>
                </div>
                {detail}
            }
        })
        .collect_view()
}
