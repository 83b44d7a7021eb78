//! The controls of single-control items: text of every kind, a tick box, and lists (country,
//! time zone). Also the one way the form fills a list and shows its answer.

use leptos::html;
use leptos::prelude::*;
use tandem_core::country::COUNTRIES;
use tandem_core::template::ItemKind;
use tandem_core::timezone;
use wasm_bindgen::JsValue;

use super::{events, Form};

/// Shows `value` in a list once its options are in (a value set before them would not stick);
/// a list whose options hold no such value shows its first option. Runs again when `value`
/// changes.
pub fn show_in_list(list: NodeRef<html::Select>, value: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let value = value();
        if let Some(list) = list.get() {
            if list.value() != value {
                list.set_value(&value);
            }
            if list.selected_index() == -1 {
                list.set_selected_index(0);
            }
        }
    });
}

/// The options of a list: "Choose…" first, then each (value, text).
pub fn list_options(form: Form, options: Vec<(String, String)>) -> impl IntoView {
    let choose = form.ctx.t("app-choose");
    (
        view! { <option value="">{choose}</option> },
        options
            .into_iter()
            .map(|(value, text)| view! { <option value=value>{text}</option> })
            .collect_view(),
    )
}

/// The control of a single-control item.
#[component]
pub fn Input(
    kind: ItemKind,
    path: String,
    id: String,
    described_by: Signal<Option<String>>,
    invalid: Signal<bool>,
) -> impl IntoView {
    let form = expect_context::<Form>();
    let answers = form.answers;
    let invalid = Signal::derive(move || invalid.get().then_some("true"));
    match kind {
        ItemKind::TimeZone | ItemKind::Country => {
            let options: Vec<(String, String)> = if kind == ItemKind::Country {
                country_options(form)
            } else {
                timezone::OFFSETS
                    .iter()
                    .map(|o| (o.to_string(), timezone::display(o)))
                    .collect()
            };
            let list = NodeRef::<html::Select>::new();
            let shown = path.clone();
            show_in_list(list, move || answers.text(&shown));
            view! {
                <select
                    node_ref=list
                    id=id
                    class="tandem-input tandem-input--select"
                    aria-describedby=described_by
                    aria-invalid=invalid
                    on:change=move |ev| events::pick(form, &path, &event_target_value(&ev))
                >
                    {list_options(form, options)}
                </select>
            }
            .into_any()
        }
        ItemKind::Tick => {
            let shown = path.clone();
            view! {
                <input
                    id=id
                    type="checkbox"
                    class="tandem-check"
                    aria-describedby=described_by
                    prop:checked=move || answers.ticked(&shown)
                    on:change=move |ev| events::tick(form, &path, event_target_checked(&ev), &[])
                />
            }
            .into_any()
        }
        ItemKind::LongText => {
            let shown = path.clone();
            view! {
                <textarea
                    id=id
                    class="tandem-input tandem-input--long"
                    rows="5"
                    aria-describedby=described_by
                    aria-invalid=invalid
                    prop:value=move || answers.text(&shown)
                    on:input=move |ev| events::type_text(form, &path, &event_target_value(&ev))
                ></textarea>
            }
            .into_any()
        }
        _ => {
            let (input_type, autocomplete, dir) = match kind {
                ItemKind::Date => ("date", "off", None),
                ItemKind::Email => ("email", "email", Some("ltr")),
                ItemKind::Phone => ("tel", "tel", Some("ltr")),
                ItemKind::Url => ("url", "url", Some("ltr")),
                _ => ("text", "off", None),
            };
            let autocomplete = Some(autocomplete);
            view! { <TextInput path id input_type autocomplete dir described_by invalid /> }
                .into_any()
        }
    }
}

/// A one-line text input showing the answer at `path`.
#[component]
pub fn TextInput(
    path: String,
    id: String,
    input_type: &'static str,
    autocomplete: Option<&'static str>,
    dir: Option<&'static str>,
    described_by: Signal<Option<String>>,
    invalid: Signal<Option<&'static str>>,
) -> impl IntoView {
    let form = expect_context::<Form>();
    let shown = path.clone();
    view! {
        <input
            id=id
            class="tandem-input"
            type=input_type
            autocomplete=autocomplete
            spellcheck="false"
            dir=dir
            aria-describedby=described_by
            aria-invalid=invalid
            prop:value=move || form.answers.text(&shown)
            on:input={
                let path = path.clone();
                move |ev| {
                    // A date typed segment by segment reads as empty until it is whole: storing
                    // that would write the empty value back and wipe the segments typed so far.
                    if !is_partial_date(&ev) {
                        events::type_text(form, &path, &event_target_value(&ev));
                    }
                }
            }
            on:blur=move |ev| {
                // Left half typed: the answer is gone, as the field shows.
                if is_partial_date(&ev) {
                    events::type_text(form, &path, "");
                }
            }
        />
    }
}

/// Whether the event's input is a date field with some but not all of its parts typed.
fn is_partial_date(ev: &web_sys::Event) -> bool {
    let input = event_target::<web_sys::HtmlInputElement>(ev);
    input.type_() == "date" && input.validity().bad_input()
}

/// Countries sorted by their name with the browser's collation rules for the UI language
/// (Ä with A in German, Ç after C in Turkish…), which also spares the app Unicode case tables.
fn country_options(form: Form) -> Vec<(String, String)> {
    let ctx = form.ctx;
    let locales = js_sys::Array::of1(&ctx.ui.get_untracked().code().into());
    let compare = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new()).compare();
    // Whether `a` sorts after `b`.
    let after = |a: &str, b: &str| {
        compare
            .call2(&JsValue::NULL, &a.into(), &b.into())
            .ok()
            .and_then(|n| n.as_f64())
            .is_some_and(|order| order > 0.0)
    };
    // Each put in place by binary search (as many comparisons as a sort), rather than a
    // standard sort, whose code would weigh kilobytes in the app shell.
    let mut names: Vec<(String, String)> = Vec::with_capacity(COUNTRIES.len());
    for (code, id) in COUNTRIES {
        let name = ctx.t(id);
        let at = names.partition_point(|(_, placed)| !after(placed, &name));
        names.insert(at, (code.to_string(), name));
    }
    names
}
