//! The request form, rendered from the template: one numbered field per item, with its hint and
//! its issues, bound to the draft by answer path. Repeatable rows are keyed by their row ids, so
//! adding, removing or moving a row never re-creates the inputs of the others.

use crate::dom::focus_later;
use leptos::prelude::*;
use tandem_core::country::COUNTRIES;
use tandem_core::document::{
    same_path, translation_path, translation_status, untranslated, TranslationStatus,
};
use tandem_core::format::{self, parse_date_time, When, CURRENCIES};
use tandem_core::l10n::Arg;
use tandem_core::template::{
    detail_path, item_number, option_path, row_number, row_path, ChoiceOption, Item, ItemKind,
};
use tandem_core::timezone;
use tandem_core::validate::{is_shown, IDENTIFIER_TYPES};

use crate::context::AppContext;

/// The id of the input of an answer path (links from the error summary point here).
pub fn field_id(path: &str) -> String {
    format!("field-{path}")
}

/// What the form last announced to screen readers (a row added, moved or removed).
#[derive(Clone, Copy)]
struct Announcer(RwSignal<String>);

/// The count of answers still to be translated, for the completeness panel: not an error, the
/// PDF says "not translated" where a translation is missing.
#[component]
pub fn UntranslatedCount() -> impl IntoView {
    let ctx = AppContext::get();
    let count = Memo::new(move |_| {
        ctx.template
            .with(|t| ctx.draft.with(|d| untranslated(t, d).len()))
    });
    move || {
        (count.get() > 0).then(|| {
            view! {
                <p class="tandem-untranslated" id="untranslated">
                    {ctx.t_args("form-untranslated", &[("count", Arg::Num(count.get() as f64))])}
                </p>
            }
        })
    }
}

/// The whole form, section by section, and the polite announcements of row changes.
#[component]
pub fn RequestForm() -> impl IntoView {
    let ctx = AppContext::get();
    let announcer = Announcer(RwSignal::new(String::new()));
    provide_context(announcer);
    let (template_id, sections) = ctx
        .template
        .with_untracked(|t| (t.id.clone(), t.sections.clone()));
    let sections = sections
        .into_iter()
        .map(|section| {
            let fields = section
                .items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let path = tandem_core::template::item_path(&section, item);
                    let number = item_number(&section, i);
                    let item = item.clone();
                    let shown = {
                        let item = item.clone();
                        Memo::new(move |_| ctx.draft.with(|d| is_shown(d, &item)))
                    };
                    move || shown.get().then(|| view! { <Field item=item.clone() path=path.clone() number=number.clone() /> })
                })
                .collect_view();
            // A section whose items are all hidden is not shown, heading and all.
            let items = section.items.clone();
            let any_shown =
                Memo::new(move |_| ctx.draft.with(|d| items.iter().any(|i| is_shown(d, i))));
            let hidden = move || !any_shown.get();
            match section.heading.clone() {
                Some(heading) => view! {
                    <fieldset class="tandem-section" class:tandem-hidden=hidden>
                        <legend class="tandem-section__heading">
                            {section.number.clone()} " " {move || ctx.t(&heading)}
                        </legend>
                        {fields}
                    </fieldset>
                }
                .into_any(),
                None => view! { <div class="tandem-section" class:tandem-hidden=hidden>{fields}</div> }.into_any(),
            }
        })
        .collect_view();
    view! {
        <div class="tandem-sections" data-template=template_id>{sections}</div>
        <p class="tandem-visually-hidden" role="status" aria-live="polite">
            {move || announcer.0.get()}
        </p>
    }
}

/// The issue messages at a path, once errors are shown.
fn errors_at(ctx: AppContext, path: String) -> Memo<Option<String>> {
    Memo::new(move |_| {
        if !ctx.show_errors.get() {
            return None;
        }
        let messages: Vec<&'static str> = ctx
            .report
            .with(|r| r.at(&path).map(|i| i.message).collect());
        (!messages.is_empty()).then(|| {
            messages
                .into_iter()
                .map(|m| ctx.t(m))
                .collect::<Vec<_>>()
                .join(" ")
        })
    })
}

/// The error line of a path (shown once errors are shown), with the id inputs point at.
fn error_line(error: Memo<Option<String>>, id: String) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! { <p class="tandem-field__error" id=id.clone()>{message}</p> }
        })
    }
}

/// One numbered question (or a field of a row, with an empty number).
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
    let required = item.required.then(|| {
        view! { <span class="tandem-field__required">" (" {move || ctx.t("app-required")} ")"</span> }
    });
    let error = errors_at(ctx, path.clone());
    let has_error = move || error.get().is_some();
    let described_by = {
        let (has_hint, hint_id, error_id) = (item.hint, format!("{id}-hint"), error_id.clone());
        Signal::derive(move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    };
    let number_view = (!number.is_empty())
        .then(|| view! { <span class="tandem-field__number">{number.clone()}</span> " " });

    // Items answered with several controls are a group of their own, named by a legend.
    let grouped = matches!(
        item.kind,
        ItemKind::Choice
            | ItemKind::Ticks
            | ItemKind::Group
            | ItemKind::Identifiers
            | ItemKind::DateTime
            | ItemKind::TimeRange
            | ItemKind::Money
    );
    if grouped {
        let body = match item.kind {
            ItemKind::Choice => {
                view! { <Choice item=item.clone() path=path.clone() id=id.clone() /> }.into_any()
            }
            ItemKind::Ticks => view! { <Ticks item=item.clone() path=path.clone() /> }.into_any(),
            ItemKind::Group => {
                view! { <Rows item=item.clone() path=path.clone() number=number.clone() /> }
                    .into_any()
            }
            ItemKind::Identifiers => {
                view! { <Identifiers path=path.clone() number=number.clone() /> }.into_any()
            }
            ItemKind::TimeRange => view! {
                <div class="tandem-range">
                    <DateTime path=format!("{path}.from") label="identifier-from" />
                    <DateTime path=format!("{path}.to") label="identifier-to" />
                </div>
            }
            .into_any(),
            ItemKind::Money => view! { <Money path=path.clone() id=id.clone() /> }.into_any(),
            _ => view! { <DateTime path=path.clone() label="" /> }.into_any(),
        };
        // The error summary links to `field-<path>`: the fieldset carries it unless one of its
        // inputs does.
        let fieldset_id = match item.kind {
            ItemKind::DateTime | ItemKind::Money => format!("{id}-group"),
            _ => id.clone(),
        };
        return view! {
            <fieldset
                class="tandem-field tandem-field--group"
                class:tandem-field--error=has_error
                id=fieldset_id
                tabindex="-1"
                aria-describedby=described_by
            >
                <legend class="tandem-field__label" id=format!("{id}-label")>{number_view} {label} {required}</legend>
                {hint}
                {error_line(error, error_id)}
                {body}
            </fieldset>
        }
        .into_any();
    }

    let translation = (item.kind.is_free_text() && item.translate).then(|| {
        let path = path.clone();
        view! { <Translation path /> }
    });
    view! {
        <div class="tandem-field" class:tandem-field--error=has_error>
            <label class="tandem-field__label" for=id.clone()>
                {number_view} {label} {required}
            </label>
            {hint}
            {error_line(error, error_id)}
            <Input kind=item.kind path id described_by invalid=Signal::derive(has_error) />
            {translation}
        </div>
    }
    .into_any()
}

/// The text of an answer path, reactive. Backed by a memo, so what depends on it (an input's
/// value, every option of a select) runs again only when this answer changes, not on every edit
/// anywhere in the draft: with 50 identifier rows a form holds thousands of options.
fn text_of(ctx: AppContext, path: String) -> impl Fn() -> String + Clone + 'static {
    let text = Memo::new(move |_| ctx.draft.with(|d| d.text(&path).to_string()));
    move || text.get()
}

/// A select whose options are picked one by one (a value set before the options exist would not
/// stick).
fn options_view(
    current: impl Fn() -> String + Clone + Send + Sync + 'static,
    options: Vec<(String, Signal<String>)>,
) -> impl IntoView {
    options
        .into_iter()
        .map(|(value, text)| {
            let current = current.clone();
            let selected = {
                let value = value.clone();
                move || current() == value
            };
            view! { <option value=value prop:selected=selected>{move || text.get()}</option> }
        })
        .collect_view()
}

/// The input of a single-control item.
#[component]
fn Input(
    kind: ItemKind,
    path: String,
    id: String,
    described_by: Signal<Option<String>>,
    invalid: Signal<bool>,
) -> impl IntoView {
    let ctx = AppContext::get();
    let value = text_of(ctx, path.clone());
    let set = {
        let path = path.clone();
        move |text: String| ctx.edit(|d| d.set_text(&path, &text))
    };
    // Typed text is stored when typing pauses; a pick from a list at once.
    let type_text = {
        let path = path.clone();
        move |text: String| ctx.edit_text(|d| d.set_text(&path, &text))
    };
    let invalid = move || invalid.get().then_some("true");
    let select = |options: Vec<(String, Signal<String>)>| {
        let choose = (String::new(), Signal::derive(move || ctx.t("app-choose")));
        let options = std::iter::once(choose).chain(options).collect();
        let set = set.clone();
        view! {
            <select
                id=id.clone()
                class="tandem-input tandem-input--select"
                aria-describedby=described_by
                aria-invalid=invalid
                on:change=move |ev| set(event_target_value(&ev))
            >
                {options_view(value.clone(), options)}
            </select>
        }
        .into_any()
    };
    match kind {
        ItemKind::TimeZone => select(
            timezone::OFFSETS
                .iter()
                .map(|&o| (o.to_string(), Signal::derive(move || timezone::display(o))))
                .collect(),
        ),
        ItemKind::Country => select(country_options(ctx)),
        ItemKind::Tick => {
            let checked = {
                let path = path.clone();
                Memo::new(move |_| ctx.draft.with(|d| d.ticked(&path)))
            };
            view! {
                <input
                    type="checkbox"
                    class="tandem-check"
                    id=id.clone()
                    aria-describedby=described_by
                    prop:checked=checked
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        ctx.edit(|d| d.set_ticked(&path, on))
                    }
                />
            }
            .into_any()
        }
        ItemKind::LongText => view! {
            <textarea
                id=id
                class="tandem-input tandem-input--long"
                rows="5"
                aria-describedby=described_by
                aria-invalid=invalid
                prop:value=value
                on:input=move |ev| type_text(event_target_value(&ev))
            ></textarea>
        }
        .into_any(),
        _ => {
            let (input_type, autocomplete, dir) = match kind {
                ItemKind::Date => ("date", "off", None),
                ItemKind::Email => ("email", "email", Some("ltr")),
                ItemKind::Phone => ("tel", "tel", Some("ltr")),
                ItemKind::Url => ("url", "url", Some("ltr")),
                _ => ("text", "off", None),
            };
            view! {
                <input
                    id=id
                    class="tandem-input"
                    type=input_type
                    dir=dir
                    autocomplete=autocomplete
                    spellcheck="false"
                    aria-describedby=described_by
                    aria-invalid=invalid
                    prop:value=value
                    on:input=move |ev| type_text(event_target_value(&ev))
                />
            }
            .into_any()
        }
    }
}

/// Countries sorted by their name with the browser's collation rules for the UI language
/// (Ä with A in German, Ç after C in Turkish…), which also spares the app Unicode case tables.
fn country_options(ctx: AppContext) -> Vec<(String, Signal<String>)> {
    let mut names: Vec<(&str, String)> = COUNTRIES
        .iter()
        .map(|(code, id)| (*code, ctx.t(id)))
        .collect();
    let locales = js_sys::Array::of1(&ctx.ui.get_untracked().code().into());
    let compare = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new()).compare();
    names.sort_by(|(_, a), (_, b)| {
        let order = compare
            .call2(&wasm_bindgen::JsValue::NULL, &a.into(), &b.into())
            .ok()
            .and_then(|n| n.as_f64())
            .unwrap_or(0.0);
        order.partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal)
    });
    names
        .into_iter()
        .map(|(code, _)| {
            let id = COUNTRIES
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, id)| *id)
                .unwrap_or("");
            (code.to_string(), Signal::derive(move || ctx.t(id)))
        })
        .collect()
}

/// The wording of a free-text answer (at `path`) in document language B, with its status:
/// translated (typed), the same in both languages (ticked), or still to be translated.
#[component]
fn Translation(path: String) -> impl IntoView {
    let ctx = AppContext::get();
    let (text_path, tick_path) = (translation_path(&path), same_path(&path));
    let id = field_id(&text_path);
    let tick_id = field_id(&tick_path);
    let status_id = format!("{id}-status");
    let value = text_of(ctx, text_path.clone());
    let same = {
        let tick_path = tick_path.clone();
        Memo::new(move |_| ctx.draft.with(|d| d.ticked(&tick_path)))
    };
    let status = {
        let path = path.clone();
        Memo::new(move |_| ctx.draft.with(|d| translation_status(d, &path)))
    };
    let status_text = move || {
        ctx.t(match status.get() {
            TranslationStatus::Translated => "form-status-translated",
            TranslationStatus::Same => "form-status-same",
            TranslationStatus::Pending => "form-status-pending",
        })
    };
    let lang_b = Memo::new(move |_| ctx.draft.with(|d| d.langs[1]));
    view! {
        <div class="tandem-translation">
            <label class="tandem-translation__label" for=id.clone()>
                {move || ctx.t("app-translation")} " (" {move || lang_b.get().native_name()} ")"
            </label>
            <textarea
                id=id
                class="tandem-input tandem-input--translation"
                rows="2"
                lang=move || lang_b.get().code()
                dir=move || if lang_b.get().dir() == tandem_core::Dir::Rtl { "rtl" } else { "ltr" }
                aria-describedby=status_id.clone()
                prop:value=value
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    ctx.edit_text(|d| d.set_text(&text_path, &text))
                }
            ></textarea>
            <div class="tandem-choice">
                <input
                    type="checkbox"
                    class="tandem-check"
                    id=tick_id.clone()
                    aria-describedby=status_id.clone()
                    prop:checked=same
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        ctx.edit(|d| d.set_ticked(&tick_path, on))
                    }
                />
                <label class="tandem-choice__label" for=tick_id>{move || ctx.t("form-same-in-both")}</label>
            </div>
            <p
                class="tandem-translation__status"
                class:tandem-translation__status--pending=move || status.get() == TranslationStatus::Pending
                id=status_id
            >
                {status_text}
            </p>
        </div>
    }
}

/// A date-time with its time zone: a local date and time and a UTC offset, kept as one answer
/// (`2026-11-20T14:03:11+04:00`), with its UTC equivalent shown.
#[component]
fn DateTime(path: String, label: &'static str) -> impl IntoView {
    let ctx = AppContext::get();
    let id = field_id(&path);
    let value = text_of(ctx, path.clone());
    let parts = {
        let value = value.clone();
        move || split_date_time(&value())
    };
    let save = {
        let path = path.clone();
        move |local: String, offset: String| {
            ctx.edit(|d| {
                let offset = if offset.is_empty() && !local.is_empty() {
                    ctx.template.with_untracked(|t| office_offset(t, d))
                } else {
                    offset
                };
                let joined = if local.is_empty() {
                    String::new()
                } else {
                    format!("{local}{offset}")
                };
                d.set_text(&path, &joined)
            })
        }
    };
    let utc = {
        let value = value.clone();
        move || match parse_date_time(&value()) {
            Some(When::Zoned(t)) => Some(format!("{}: {} UTC", ctx.t("app-utc-equivalent"), {
                let utc = t.naive_utc();
                format!(
                    "{} {}",
                    format::iso_date(utc.date()),
                    format::clock(utc.time(), true)
                )
            })),
            _ => None,
        }
    };
    let local = {
        let parts = parts.clone();
        move || parts().0
    };
    let offset = {
        let parts = parts.clone();
        move || parts().1
    };
    let zone_id = format!("{id}-zone");
    let heading = (!label.is_empty())
        .then(|| view! { <span class="tandem-datetime__label">{move || ctx.t(label)}</span> });
    let offsets: Vec<(String, Signal<String>)> =
        std::iter::once((String::new(), Signal::derive(move || ctx.t("app-choose"))))
            .chain(
                timezone::OFFSETS
                    .iter()
                    .map(|&o| (o.to_string(), Signal::derive(move || timezone::display(o)))),
            )
            .collect();
    let (save_local, save_offset) = (save.clone(), save);
    let (offset_now, local_now) = (offset.clone(), local.clone());
    view! {
        <div class="tandem-datetime">
            {heading}
            <div class="tandem-datetime__controls">
                <label class="tandem-datetime__part">
                    <span>{move || ctx.t("app-date")} " / " {move || ctx.t("app-time")}</span>
                    <input
                        id=id
                        class="tandem-input"
                        type="datetime-local"
                        step="1"
                        prop:value=local
                        on:input=move |ev| save_local(event_target_value(&ev), offset_now())
                    />
                </label>
                <label class="tandem-datetime__part">
                    <span>{move || ctx.t("app-time-zone")}</span>
                    <select
                        id=zone_id
                        class="tandem-input tandem-input--select"
                        on:change=move |ev| save_offset(local_now(), event_target_value(&ev))
                    >
                        {options_view(offset, offsets)}
                    </select>
                </label>
            </div>
            <p class="tandem-datetime__utc" aria-live="polite">{utc}</p>
        </div>
    }
}

/// Splits a stored date-time into its local part and its offset.
fn split_date_time(value: &str) -> (String, String) {
    match value.get(..16).zip(value.get(16..)) {
        Some((minutes, rest)) if value.get(10..11) == Some("T") => {
            let (seconds, offset) = match rest.strip_prefix(':') {
                Some(r) => (
                    format!(":{}", r.get(..2).unwrap_or("00")),
                    r.get(2..).unwrap_or(""),
                ),
                None => (String::new(), rest),
            };
            let offset = if offset == "Z" { "+00:00" } else { offset };
            (format!("{minutes}{seconds}"), offset.to_string())
        }
        _ => (value.to_string(), String::new()),
    }
}

/// The office's time zone: the answer of the template's first time-zone item, else the
/// browser's.
fn office_offset(template: &tandem_core::Template, draft: &tandem_core::Draft) -> String {
    template
        .items()
        .filter(|(_, item, _, _)| item.kind == ItemKind::TimeZone)
        .map(|(_, _, path, _)| draft.text(&path).to_string())
        .find(|v| timezone::parse_offset(v).is_some())
        .or_else(|| {
            timezone::offset_for_minutes(crate::context::browser_offset_minutes())
                .map(str::to_string)
        })
        .unwrap_or_default()
}

/// An amount and its currency.
#[component]
fn Money(path: String, id: String) -> impl IntoView {
    let ctx = AppContext::get();
    let amount = text_of(ctx, path.clone());
    let currency_path = format!("{path}.currency");
    let currency = text_of(ctx, currency_path.clone());
    let currency_id = field_id(&currency_path);
    let options: Vec<(String, Signal<String>)> =
        std::iter::once((String::new(), Signal::derive(move || ctx.t("app-choose"))))
            .chain(
                CURRENCIES
                    .iter()
                    .map(|&c| (c.to_string(), Signal::derive(move || c.to_string()))),
            )
            .collect();
    view! {
        <div class="tandem-money">
            <input
                id=id.clone()
                class="tandem-input tandem-input--amount"
                type="text"
                inputmode="decimal"
                dir="ltr"
                // The question names the amount; the currency has its own label.
                aria-labelledby=format!("{id}-label")
                prop:value=amount
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    ctx.edit_text(|d| d.set_text(&path, &text))
                }
            />
            <label class="tandem-money__currency">
                <span>{move || ctx.t("app-currency")}</span>
                <select
                    id=currency_id
                    class="tandem-input tandem-input--select"
                    on:change=move |ev| {
                        let code = event_target_value(&ev);
                        ctx.edit(|d| d.set_text(&currency_path, &code))
                    }
                >
                    {options_view(currency, options)}
                </select>
            </label>
        </div>
    }
}

/// The detail box of a picked or ticked option.
fn detail_view(
    ctx: AppContext,
    option: &ChoiceOption,
    item_path: &str,
    picked: Memo<bool>,
) -> Option<impl IntoView> {
    let detail = option.detail.clone()?;
    let path = detail_path(item_path, option);
    let translate = detail.translate;
    let id = field_id(&path);
    let error_id = format!("{id}-error");
    // Re-created only when the option is picked or unpicked, never while typing.
    Some(move || {
        picked.get().then(|| {
            let error = errors_at(ctx, path.clone());
            let value = text_of(ctx, path.clone());
            let path = path.clone();
            let label = detail.label.clone();
            let described_by = {
                let error_id = error_id.clone();
                move || error.get().map(|_| error_id.clone())
            };
            view! {
                <div class="tandem-field tandem-field--detail" class:tandem-field--error=move || error.get().is_some()>
                    <label class="tandem-field__label" for=id.clone()>{move || ctx.t(&label)}</label>
                    {error_line(error, error_id.clone())}
                    <input
                        id=id.clone()
                        class="tandem-input"
                        type="text"
                        spellcheck="false"
                        aria-describedby=described_by
                        aria-invalid=move || error.get().map(|_| "true")
                        prop:value=value
                        on:input={
                            let path = path.clone();
                            move |ev| {
                                let text = event_target_value(&ev);
                                ctx.edit_text(|d| d.set_text(&path, &text))
                            }
                        }
                    />
                    {translate.then(|| view! { <Translation path=path.clone() /> })}
                </div>
            }
        })
    })
}

/// Radio buttons for exactly one option, with the detail box of the picked option.
#[component]
fn Choice(item: Item, path: String, id: String) -> impl IntoView {
    let ctx = AppContext::get();
    item.options
        .iter()
        .map(|option| {
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
                    <label class="tandem-choice__label" for=option_id>{move || ctx.t(&label)}</label>
                </div>
                {detail_view(ctx, option, &path, picked)}
            }
        })
        .collect_view()
}

/// Tick boxes for any number of options; an exclusive option ("none of the above") and the
/// others untick each other.
#[component]
fn Ticks(item: Item, path: String) -> impl IntoView {
    let ctx = AppContext::get();
    let options = item.options.clone();
    item.options
        .iter()
        .map(|option| {
            let tick_path = option_path(&path, option);
            let id = field_id(&tick_path);
            let picked = {
                let tick_path = tick_path.clone();
                Memo::new(move |_| ctx.draft.with(|d| d.ticked(&tick_path)))
            };
            let toggle = {
                let (options, path, option) = (options.clone(), path.clone(), option.clone());
                move |ev| {
                    let on = event_target_checked(&ev);
                    ctx.edit(|d| {
                        d.set_ticked(&option_path(&path, &option), on);
                        if on {
                            for other in options.iter().filter(|o| o.id != option.id && (o.exclusive || option.exclusive)) {
                                d.set_ticked(&option_path(&path, other), false);
                            }
                        }
                    })
                }
            };
            let label = option.label.clone();
            view! {
                <div class="tandem-choice">
                    <input type="checkbox" class="tandem-check" id=id.clone() prop:checked=picked on:change=toggle />
                    <label class="tandem-choice__label" for=id>{move || ctx.t(&label)}</label>
                </div>
                {detail_view(ctx, option, &path, picked)}
            }
        })
        .collect_view()
}

/// Buttons to move and remove a row of the item numbered `number`; `label` is the row's own
/// number. The focus follows the moved row (after a removal it goes to the row taking its place,
/// else to the add button) and the change is announced politely.
fn row_tools(
    ctx: AppContext,
    path: String,
    row: String,
    number: String,
    label: Signal<String>,
) -> impl IntoView {
    let announcer = expect_context::<Announcer>();
    let row_id = field_id(&format!("{path}.{row}"));
    let button_id = {
        let row_id = row_id.clone();
        move |what: &str| format!("{row_id}-{what}")
    };
    let act = move |what: &'static str| {
        let (path, row, row_id, item_number) =
            (path.clone(), row.clone(), row_id.clone(), number.clone());
        move |_| {
            let before = ctx.draft.with_untracked(|d| d.rows(&path));
            let Some(at) = before.iter().position(|r| *r == row) else {
                return;
            };
            if what == "remove" {
                ctx.edit(|d| d.remove_row(&path, &row));
                let number = row_number(&item_number, at);
                announcer
                    .0
                    .set(ctx.t_args("form-row-removed", &[("number", Arg::Str(&number))]));
                let next = before
                    .get(at + 1)
                    .or_else(|| at.checked_sub(1).and_then(|i| before.get(i)));
                match next {
                    Some(next) => focus_later(field_id(&format!("{path}.{next}")), false),
                    None => focus_later(format!("{}-add", field_id(&path)), false),
                }
                return;
            }
            ctx.edit(|d| d.move_row(&path, &row, if what == "up" { -1 } else { 1 }));
            let to = ctx
                .draft
                .with_untracked(|d| d.rows(&path).iter().position(|r| *r == row))
                .unwrap_or(at);
            let number = row_number(&item_number, to);
            announcer
                .0
                .set(ctx.t_args("form-row-moved", &[("number", Arg::Str(&number))]));
            focus_later(format!("{row_id}-{what}"), false);
        }
    };
    let name = move |id: &'static str| {
        move || {
            let row = ctx.t_args("app-row", &[("number", Arg::Str(&label.get()))]);
            format!("{} — {row}", ctx.t(id))
        }
    };
    view! {
        <div class="tandem-row__tools">
            <button type="button" class="tandem-button tandem-button--small" id=button_id("up") aria-label=name("app-move-up") on:click=act("up")>
                {move || ctx.t("app-move-up")}
            </button>
            <button type="button" class="tandem-button tandem-button--small" id=button_id("down") aria-label=name("app-move-down") on:click=act("down")>
                {move || ctx.t("app-move-down")}
            </button>
            <button type="button" class="tandem-button tandem-button--small" id=button_id("remove") aria-label=name("app-remove-row") on:click=act("remove")>
                {move || ctx.t("app-remove-row")}
            </button>
        </div>
    }
}

/// The row ids of a repeatable item, reactive.
fn rows_of(ctx: AppContext, path: String) -> Memo<Vec<String>> {
    Memo::new(move |_| ctx.draft.with(|d| d.rows(&path)))
}

/// The number of a row from its position ("10.2", as in the PDF), reactive.
fn row_label(rows: Memo<Vec<String>>, number: String, row: String) -> Signal<String> {
    Signal::derive(move || {
        let at = rows.with(|r| r.iter().position(|x| *x == row).unwrap_or(0));
        row_number(&number, at)
    })
}

/// A row's heading, "Row 10.2", which also names the row.
fn row_heading(ctx: AppContext, id: String, number: Signal<String>) -> impl IntoView {
    view! {
        <p class="tandem-row__number" id=id>
            {move || ctx.t_args("app-row", &[("number", Arg::Str(&number.get()))])}
        </p>
    }
}

/// The button adding a row at the end of a repeatable item; the focus moves into the new row,
/// which is announced.
fn add_button(ctx: AppContext, path: String, number: String, label: &'static str) -> impl IntoView {
    let announcer = expect_context::<Announcer>();
    let id = format!("{}-add", field_id(&path));
    let add = move |_| {
        let mut row = String::new();
        ctx.edit(|d| row = d.add_row(&path));
        let at = ctx
            .draft
            .with_untracked(|d| d.rows(&path).len())
            .saturating_sub(1);
        let number = row_number(&number, at);
        announcer
            .0
            .set(ctx.t_args("form-row-added", &[("number", Arg::Str(&number))]));
        focus_later(field_id(&format!("{path}.{row}")), true);
    };
    view! { <button type="button" class="tandem-button" id=id on:click=add>{move || ctx.t(label)}</button> }
}

/// Repeatable rows of a group's fields.
#[component]
fn Rows(item: Item, path: String, number: String) -> impl IntoView {
    let ctx = AppContext::get();
    let rows = rows_of(ctx, path.clone());
    let add = add_button(ctx, path.clone(), number.clone(), "app-add-row");
    let (fields, row_path_base) = (item.fields.clone(), path.clone());
    view! {
        <ol class="tandem-rows">
            <For
                each=move || rows.get()
                key=|row| row.clone()
                children=move |row| {
                    let label = row_label(rows, number.clone(), row.clone());
                    let row_id = field_id(&format!("{row_path_base}.{row}"));
                    let heading_id = format!("{row_id}-heading");
                    let fields = fields
                        .iter()
                        .map(|field| {
                            let path = row_path(&row_path_base, &row, &field.id);
                            view! { <Field item=field.clone() path number=String::new() /> }
                        })
                        .collect_view();
                    view! {
                        <li class="tandem-row" id=row_id tabindex="-1" aria-labelledby=heading_id.clone()>
                            {row_heading(ctx, heading_id.clone(), label)}
                            {fields}
                            {row_tools(ctx, row_path_base.clone(), row.clone(), number.clone(), label)}
                        </li>
                    }
                }
            />
        </ol>
        {add}
    }
}

/// Repeatable typed identifiers: kind, value, and for IP addresses the source port and time of
/// use; each with an optional time range of the data sought.
#[component]
fn Identifiers(path: String, number: String) -> impl IntoView {
    let ctx = AppContext::get();
    let rows = rows_of(ctx, path.clone());
    let add = add_button(ctx, path.clone(), number.clone(), "app-add-identifier");
    let base = path.clone();
    view! {
        <ol class="tandem-rows">
            <For
                each=move || rows.get()
                key=|row| row.clone()
                children=move |row| {
                    let label = row_label(rows, number.clone(), row.clone());
                    let heading_id = format!("{}-heading", field_id(&format!("{base}.{row}")));
                    let at = |f: &str| format!("{base}.{row}.{f}");
                    let (type_path, value_path, port_path) = (at("type"), at("value"), at("port"));
                    let kind = text_of(ctx, type_path.clone());
                    let is_ip = {
                        let kind = kind.clone();
                        Memo::new(move |_| kind() == "ip")
                    };
                    let kinds: Vec<(String, Signal<String>)> = std::iter::once((String::new(), Signal::derive(move || ctx.t("app-choose"))))
                        .chain(IDENTIFIER_TYPES.iter().map(|&(id, message)| (id.to_string(), Signal::derive(move || ctx.t(message)))))
                        .collect();
                    let type_id = field_id(&type_path);
                    let type_error = errors_at(ctx, type_path.clone());
                    let set_type = {
                        let type_path = type_path.clone();
                        move |ev| {
                            let kind = event_target_value(&ev);
                            ctx.edit(|d| d.set_text(&type_path, &kind))
                        }
                    };
                    let value_item = simple_item("value", ItemKind::Text, "identifier-value");
                    let port_item = simple_item("port", ItemKind::Text, "identifier-port");
                    let range_base = format!("{base}.{row}");
                    let at_path = at("at");
                    view! {
                        <li class="tandem-row" id=field_id(&range_base) tabindex="-1" aria-labelledby=heading_id.clone()>
                            {row_heading(ctx, heading_id.clone(), label)}
                            <div class="tandem-field" class:tandem-field--error=move || type_error.get().is_some()>
                                <label class="tandem-field__label" for=type_id.clone()>{move || ctx.t("identifier-type")}</label>
                                {error_line(type_error, format!("{type_id}-error"))}
                                <select id=type_id.clone() class="tandem-input tandem-input--select" on:change=set_type>
                                    {options_view(kind.clone(), kinds)}
                                </select>
                            </div>
                            <IdentifierValue item=value_item path=value_path />
                            {move || is_ip.get().then(|| view! { <IdentifierValue item=port_item.clone() path=port_path.clone() /> })}
                            <IdentifierTime path=at_path />
                            <ErrorsAt path=range_base.clone() />
                            <div class="tandem-range">
                                <DateTime path=format!("{range_base}.from") label="identifier-from" />
                                <DateTime path=format!("{range_base}.to") label="identifier-to" />
                            </div>
                            {row_tools(ctx, base.clone(), row.clone(), number.clone(), label)}
                        </li>
                    }
                }
            />
        </ol>
        {add}
    }
}

/// An item made on the spot for a fixed field of an identifier row.
fn simple_item(id: &str, kind: ItemKind, label: &str) -> Item {
    Item {
        id: id.to_string(),
        kind,
        label: label.to_string(),
        hint: false,
        required: false,
        translate: false,
        options: Vec::new(),
        fields: Vec::new(),
        when: None,
    }
}

/// A value or port of an identifier row: identifiers read the same in both languages.
#[component]
fn IdentifierValue(item: Item, path: String) -> impl IntoView {
    view! { <div class="tandem-identifier" dir="ltr"><Field item path number=String::new() /></div> }
}

/// The time an identifier was used, with its issues.
#[component]
fn IdentifierTime(path: String) -> impl IntoView {
    view! {
        <ErrorsAt path=path.clone() />
        <DateTime path label="identifier-at" />
    }
}

/// The issues at a path that has no input of its own (a row's range, a date-time).
#[component]
fn ErrorsAt(path: String) -> impl IntoView {
    let ctx = AppContext::get();
    let id = format!("{}-error", field_id(&path));
    error_line(errors_at(ctx, path), id)
}

/// Temporary adapter, replaced at the merge by the form drawn with plain DOM calls: mounts the
/// form's Leptos view into `parent` until the current reactive owner is cleaned up.
pub(crate) fn draw_form(_ctx: AppContext, parent: &web_sys::Element) {
    mount_until_cleanup(parent, RequestForm);
}

/// Temporary adapter, replaced at the merge like [`draw_form`]: the untranslated count.
pub(crate) fn draw_untranslated(_ctx: AppContext, parent: &web_sys::Element) {
    mount_until_cleanup(parent, UntranslatedCount);
}

fn mount_until_cleanup<V: IntoView + 'static>(parent: &web_sys::Element, view: fn() -> V) {
    use wasm_bindgen::JsCast;
    let handle = leptos::mount::mount_to(parent.clone().unchecked_into(), view);
    let handle = send_wrapper::SendWrapper::new(handle);
    on_cleanup(move || drop(handle.take()));
}
