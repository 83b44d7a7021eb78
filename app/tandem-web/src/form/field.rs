//! One numbered question (or a field of a row): its label, hint and issues, and the controls of
//! its kind.

use leptos::prelude::*;
use tandem_core::template::{Item, ItemKind};

use super::choices::Options;
use super::date_time::DateTime;
use super::input::Input;
use super::issues::{described_by, error_id, error_line};
use super::money::Money;
use super::rows::{Identifiers, Rows};
use super::translation::Translation;
use super::{field_id, Form};

/// The label of a field: its number (none for a field of a row), its text and whether it must
/// be answered.
fn label(form: Form, item: &Item, number: &str) -> impl IntoView {
    let number = (!number.is_empty()).then(|| {
        view! { <span class="tandem-field__number">{number.to_string()}</span> " " }
    });
    let required = item.required.then(|| {
        let text = format!(" ({})", form.ctx.t("app-required"));
        view! { <span class="tandem-field__required">{text}</span> }
    });
    (number, form.ctx.t_basis(&item.label), required)
}

/// One numbered question (or a field of a row, with an empty number).
#[component]
pub fn Field(item: Item, path: String, number: String) -> impl IntoView {
    let form = expect_context::<Form>();
    let id = field_id(&path);
    let hint_id = item.hint.then(|| format!("{id}-hint"));
    let hint = hint_id.clone().map(|hint_id| {
        let text = form.ctx.t_basis(&format!("{}.hint", item.label));
        view! { <p class="tandem-field__hint" id=hint_id>{text}</p> }
    });
    let error = form.errors_at(path.clone());
    let error_id = error_id(&path);
    let has_error = move || error.with(Option::is_some);
    let described_by = described_by(hint_id, error, error_id.clone());

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
            ItemKind::Choice | ItemKind::Ticks => {
                view! { <Options item=item.clone() path=path.clone() /> }.into_any()
            }
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
                <legend class="tandem-field__label" id=format!("{id}-label")>
                    {label(form, &item, &number)}
                </legend>
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
    // A tick box is never marked invalid: its issues are about the answers it conditions.
    let invalid = item.kind != ItemKind::Tick;
    let invalid = Signal::derive(move || invalid && has_error());
    view! {
        <div class="tandem-field" class:tandem-field--error=has_error>
            <label class="tandem-field__label" for=id.clone()>
                {label(form, &item, &number)}
            </label>
            {hint}
            {error_line(error, error_id)}
            <Input kind=item.kind path id described_by invalid />
            {translation}
        </div>
    }
    .into_any()
}
