//! The request form, rendered from the template: one numbered field per item, with its hint and
//! its issues, bound to the draft by answer path. Repeatable rows are keyed by their row ids, so
//! adding, removing or moving a row never re-creates the inputs of the others.

use leptos::prelude::*;
use tandem_core::country::COUNTRIES;
use tandem_core::format::{parse_date_time, When, CURRENCIES};
use tandem_core::template::{detail_path, option_path, row_path, ChoiceOption, Item, ItemKind};
use tandem_core::validate::{is_shown, IDENTIFIER_TYPES};
use tandem_core::{document::translation_path, timezone};

use crate::context::AppContext;

/// The id of the input of an answer path (links from the error summary point here).
pub fn field_id(path: &str) -> String {
    format!("field-{path}")
}

/// The whole form, section by section.
#[component]
pub fn RequestForm() -> impl IntoView {
    let ctx = AppContext::get();
    let sections = ctx.template.with_untracked(|t| t.sections.clone());
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
        .collect_view()
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
                <legend class="tandem-field__label">{number_view} {label} {required}</legend>
                {hint}
                {error_line(error, error_id)}
                {body}
            </fieldset>
        }
        .into_any();
    }

    let translation = (item.kind.is_free_text() && item.translate).then(|| {
        let path = translation_path(&path);
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

/// The text of an answer path, reactive.
fn text_of(ctx: AppContext, path: String) -> impl Fn() -> String + Clone + 'static {
    move || ctx.draft.with(|d| d.text(&path).to_string())
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
                move || ctx.draft.with(|d| d.ticked(&path))
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

/// Countries sorted by their name in the UI language.
fn country_options(ctx: AppContext) -> Vec<(String, Signal<String>)> {
    let mut names: Vec<(&str, String)> = COUNTRIES
        .iter()
        .map(|(code, id)| (*code, ctx.t(id)))
        .collect();
    names.sort_by_key(|(_, name)| name.to_lowercase());
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

/// The wording of a free-text answer in document language B.
#[component]
fn Translation(path: String) -> impl IntoView {
    let ctx = AppContext::get();
    let id = field_id(&path);
    let value = text_of(ctx, path.clone());
    let lang_b = move || ctx.draft.with(|d| d.langs[1]);
    view! {
        <div class="tandem-translation">
            <label class="tandem-translation__label" for=id.clone()>
                {move || ctx.t("app-translation")} " (" {move || lang_b().native_name()} ")"
            </label>
            <textarea
                id=id
                class="tandem-input tandem-input--translation"
                rows="2"
                lang=move || lang_b().code()
                dir=move || if lang_b().dir() == tandem_core::Dir::Rtl { "rtl" } else { "ltr" }
                prop:value=value
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    ctx.edit_text(|d| d.set_text(&path, &text))
                }
            ></textarea>
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
            Some(When::Zoned(t)) => Some(format!(
                "{}: {} UTC",
                ctx.t("app-utc-equivalent"),
                t.to_utc().format("%Y-%m-%d %H:%M:%S")
            )),
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
            let minutes_east = -(js_sys::Date::new_0().get_timezone_offset() as i32);
            timezone::offset_for_minutes(minutes_east).map(str::to_string)
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
                id=id
                class="tandem-input tandem-input--amount"
                type="text"
                inputmode="decimal"
                dir="ltr"
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
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            ctx.edit_text(|d| d.set_text(&path, &text))
                        }
                    />
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

/// Buttons to move and remove a row; `label` names the row for screen readers.
fn row_tools(ctx: AppContext, path: String, row: String, label: Signal<String>) -> impl IntoView {
    let act = move |what: &'static str| {
        let (path, row) = (path.clone(), row.clone());
        move |_| {
            ctx.edit(|d| match what {
                "up" => d.move_row(&path, &row, -1),
                "down" => d.move_row(&path, &row, 1),
                _ => d.remove_row(&path, &row),
            })
        }
    };
    let aria = move |id: &'static str| move || format!("{} — {}", ctx.t(id), label.get());
    view! {
        <div class="tandem-row__tools">
            <button type="button" class="tandem-button tandem-button--small" aria-label=aria("app-move-up") on:click=act("up")>
                {move || ctx.t("app-move-up")}
            </button>
            <button type="button" class="tandem-button tandem-button--small" aria-label=aria("app-move-down") on:click=act("down")>
                {move || ctx.t("app-move-down")}
            </button>
            <button type="button" class="tandem-button tandem-button--small" aria-label=aria("app-remove-row") on:click=act("remove")>
                {move || ctx.t("app-remove-row")}
            </button>
        </div>
    }
}

/// The row ids of a repeatable item, reactive.
fn rows_of(ctx: AppContext, path: String) -> Memo<Vec<String>> {
    Memo::new(move |_| ctx.draft.with(|d| d.rows(&path)))
}

/// "Row 10.2": the row's number from its position, reactive.
fn row_label(
    ctx: AppContext,
    rows: Memo<Vec<String>>,
    number: String,
    row: String,
) -> Signal<String> {
    Signal::derive(move || {
        let at = rows.with(|r| r.iter().position(|x| *x == row).map_or(0, |i| i + 1));
        let number = format!("{number}.{at}");
        ctx.t_args(
            "app-row",
            &[("number", tandem_core::l10n::Arg::Str(&number))],
        )
    })
}

/// Adds a row at the end of a repeatable item.
fn add_row(ctx: AppContext, path: String) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    move |_| {
        ctx.edit(|d| {
            d.add_row(&path);
        })
    }
}

/// Repeatable rows of a group's fields.
#[component]
fn Rows(item: Item, path: String, number: String) -> impl IntoView {
    let ctx = AppContext::get();
    let rows = rows_of(ctx, path.clone());
    let add = add_row(ctx, path.clone());
    let (fields, row_path_base) = (item.fields.clone(), path.clone());
    view! {
        <ol class="tandem-rows">
            <For
                each=move || rows.get()
                key=|row| row.clone()
                children=move |row| {
                    let label = row_label(ctx, rows, number.clone(), row.clone());
                    let fields = fields
                        .iter()
                        .map(|field| {
                            let path = row_path(&row_path_base, &row, &field.id);
                            view! { <Field item=field.clone() path number=String::new() /> }
                        })
                        .collect_view();
                    view! {
                        <li class="tandem-row">
                            <p class="tandem-row__number">{move || label.get()}</p>
                            {fields}
                            {row_tools(ctx, row_path_base.clone(), row.clone(), label)}
                        </li>
                    }
                }
            />
        </ol>
        <button type="button" class="tandem-button" on:click=add>{move || ctx.t("app-add-row")}</button>
    }
}

/// Repeatable typed identifiers: kind, value, and for IP addresses the source port and time of
/// use; each with an optional time range of the data sought.
#[component]
fn Identifiers(path: String, number: String) -> impl IntoView {
    let ctx = AppContext::get();
    let rows = rows_of(ctx, path.clone());
    let add = add_row(ctx, path.clone());
    let base = path.clone();
    view! {
        <ol class="tandem-rows">
            <For
                each=move || rows.get()
                key=|row| row.clone()
                children=move |row| {
                    let label = row_label(ctx, rows, number.clone(), row.clone());
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
                        <li class="tandem-row" id=field_id(&range_base) tabindex="-1">
                            <p class="tandem-row__number">{move || label.get()}</p>
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
                            {row_tools(ctx, base.clone(), row.clone(), label)}
                        </li>
                    }
                }
            />
        </ol>
        <button type="button" class="tandem-button" on:click=add>{move || ctx.t("app-add-identifier")}</button>
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
