//! Repeatable rows: a group's fields, or typed identifiers. Rows are a `<For>` keyed by row id,
//! so one added, moved or removed leaves the others' controls as they are; each row's number
//! ("10.2", as in the PDF) follows its place.

use leptos::html;
use leptos::prelude::*;
use tandem_core::form::IDENTIFIER_TYPES;
use tandem_core::l10n::Arg;
use tandem_core::template::{row_number, row_path, Item};

use super::date_time::DateTime;
use super::field::Field;
use super::input::{list_options, show_in_list, TextInput};
use super::issues::{described_by, error_id, error_line, ErrorsAt};
use super::{events, field_id, Form};

/// The rows of a group's fields, and the button adding one.
#[component]
pub fn Rows(item: Item, path: String, number: String) -> impl IntoView {
    let fields = item.fields.clone();
    let (list, item_number) = (path.clone(), number.clone());
    let each = move |row: String, label: Signal<String>| {
        let fields = fields
            .iter()
            .map(|field| {
                let path = row_path(&list, &row, &field.id);
                view! { <Field item=field.clone() path number=String::new() /> }
            })
            .collect_view();
        view! { <Row path=list.clone() row number=item_number.clone() label>{fields}</Row> }
    };
    rows_view(path, number, "app-add-row", each)
}

/// Typed identifiers: kind, value, and for IP addresses the source port and the time of use;
/// each with an optional time range of the data sought.
#[component]
pub fn Identifiers(path: String, number: String) -> impl IntoView {
    let (list, item_number) = (path.clone(), number.clone());
    let each = move |row: String, label: Signal<String>| {
        let base = format!("{list}.{row}");
        view! {
            <Row path=list.clone() row number=item_number.clone() label>
                <Identifier base />
            </Row>
        }
    };
    rows_view(path, number, "app-add-identifier", each)
}

/// The list of rows (`ol.tandem-rows`) of the repeatable item at `path`, numbered `number`, and
/// the button adding one (`add_label`); `each` draws a row from its id and its number.
fn rows_view<V: IntoView + 'static>(
    path: String,
    number: String,
    add_label: &'static str,
    each: impl Fn(String, Signal<String>) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let form = expect_context::<Form>();
    let rows = {
        let path = path.clone();
        Memo::new(move |_| form.answers.rows(&path))
    };
    let row_number_of = {
        let number = number.clone();
        move |row: String| {
            let number = number.clone();
            Signal::derive(move || {
                let at = rows.with(|r| r.iter().position(|x| *x == row).unwrap_or(0));
                row_number(&number, at)
            })
        }
    };
    let add_id = format!("{}-add", field_id(&path));
    view! {
        <ol class="tandem-rows">
            <For
                each=move || rows.get()
                key=|row: &String| row.clone()
                children=move |row| each(row.clone(), row_number_of(row))
            />
        </ol>
        <button
            type="button"
            class="tandem-button"
            id=add_id
            on:click=move |_| events::add_row(form, &path, &number)
        >
            {form.ctx.t(add_label)}
        </button>
    }
}

/// The messages of a row's buttons, with the id suffix and the move each makes.
const ROW_TOOLS: [(&str, &str, isize); 3] = [
    ("up", "app-move-up", -1),
    ("down", "app-move-down", 1),
    ("remove", "app-remove-row", 0),
];

/// One row (`li`) of the repeatable item at `path`: its heading ("Row 10.2", which names it),
/// its fields, and its buttons to move and remove it.
#[component]
fn Row(
    path: String,
    row: String,
    /// The item's number ("10"); `label` is the row's ("10.2").
    number: String,
    label: Signal<String>,
    children: Children,
) -> impl IntoView {
    let form = expect_context::<Form>();
    let ctx = form.ctx;
    let row_id = field_id(&format!("{path}.{row}"));
    let heading_id = format!("{row_id}-heading");
    let heading_id_ = heading_id.clone();
    let name = move || ctx.t_args("app-row", &[("number", Arg::Str(&label.get()))]);
    let tools = ROW_TOOLS
        .iter()
        .map(|&(act, message, by)| {
            let (path, row, number) = (path.clone(), row.clone(), number.clone());
            let text = ctx.t(message);
            let aria = {
                let text = text.clone();
                move || format!("{text} — {}", name())
            };
            let press = move |_| {
                if by == 0 {
                    events::remove_row(form, &path, &row, &number)
                } else {
                    events::move_row(form, &path, &row, &number, by, act)
                }
            };
            view! {
                <button
                    type="button"
                    class="tandem-button tandem-button--small"
                    id=format!("{row_id}-{act}")
                    aria-label=aria
                    on:click=press
                >
                    {text}
                </button>
            }
        })
        .collect_view();
    view! {
        <li class="tandem-row" id=row_id tabindex="-1" aria-labelledby=heading_id.clone()>
            <p class="tandem-row__number" id=heading_id_>{name}</p>
            {children()}
            <div class="tandem-row__tools">{tools}</div>
        </li>
    }
}

/// The fields of an identifier row at `base` (`section.item.row`).
#[component]
fn Identifier(base: String) -> impl IntoView {
    let form = expect_context::<Form>();
    let (ctx, answers) = (form.ctx, form.answers);
    let at = |f: &str| format!("{base}.{f}");
    let type_path = at("type");
    let type_id = field_id(&type_path);
    let type_error = form.errors_at(type_path.clone());
    let kind = {
        let type_path = type_path.clone();
        Memo::new(move |_| answers.text(&type_path))
    };
    let is_ip = Memo::new(move |_| kind.with(|k| k == "ip"));
    let list = NodeRef::<html::Select>::new();
    show_in_list(list, move || kind.get());
    let kinds = IDENTIFIER_TYPES
        .iter()
        .map(|&(id, message)| (id.to_string(), ctx.t(message)))
        .collect();
    let port_path = at("port");
    view! {
        <div class="tandem-field" class:tandem-field--error=move || type_error.with(Option::is_some)>
            <label class="tandem-field__label" for=type_id.clone()>{ctx.t("identifier-type")}</label>
            {error_line(type_error, error_id(&type_path))}
            <select
                node_ref=list
                id=type_id
                class="tandem-input tandem-input--select"
                on:change=move |ev| events::pick(form, &type_path, &event_target_value(&ev))
            >
                {list_options(form, kinds)}
            </select>
        </div>
        <IdentifierPart path=at("value") label="identifier-value" />
        <Show when=move || is_ip.get()>
            <IdentifierPart path=port_path.clone() label="identifier-port" />
        </Show>
        <ErrorsAt path=at("at") />
        <DateTime path=at("at") label="identifier-at" />
        <ErrorsAt path=base.clone() />
        <div class="tandem-range">
            <DateTime path=at("from") label="identifier-from" />
            <DateTime path=at("to") label="identifier-to" />
        </div>
    }
}

/// The value or port of an identifier row. Identifiers read the same in both languages and left
/// to right (an IP address, an e-mail address, an account number), also in a right-to-left form;
/// their labels and issues follow the page's direction.
#[component]
fn IdentifierPart(path: String, label: &'static str) -> impl IntoView {
    let form = expect_context::<Form>();
    let id = field_id(&path);
    let error = form.errors_at(path.clone());
    let error_id = error_id(&path);
    let has_error = move || error.with(Option::is_some);
    let described_by = described_by(None, error, error_id.clone());
    let invalid = Signal::derive(move || has_error().then_some("true"));
    view! {
        <div class="tandem-identifier">
            <div class="tandem-field" class:tandem-field--error=has_error>
                <label class="tandem-field__label" for=id.clone()>{form.ctx.t(label)}</label>
                {error_line(error, error_id)}
                <TextInput
                    path
                    id
                    input_type="text"
                    autocomplete=Some("off")
                    dir=Some("ltr")
                    described_by
                    invalid
                />
            </div>
        </div>
    }
}
