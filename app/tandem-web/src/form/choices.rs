//! Radio buttons for exactly one option (`choice`) or tick boxes for any number (`ticks`), each
//! with the detail box of a picked option.

use leptos::prelude::*;
use tandem_core::template::{detail_path, option_path, ChoiceOption, Item, ItemKind};

use super::input::TextInput;
use super::issues::{described_by, error_id, error_line};
use super::translation::Translation;
use super::{events, field_id, Form};

/// The options of a choice or ticks item.
#[component]
pub fn Options(item: Item, path: String) -> impl IntoView {
    let form = expect_context::<Form>();
    let id = field_id(&path);
    item.options
        .iter()
        .map(|option| {
            let label = form.ctx.t_basis(&option.label);
            let (control, picked) = if item.kind == ItemKind::Choice {
                let option_id = format!("{id}-{}", option.id);
                let (at, value) = (path.clone(), option.id.clone());
                let picked = Memo::new(move |_| form.answers.text(&at) == value);
                let (at, value) = (path.clone(), option.id.clone());
                let control = view! {
                    <input
                        type="radio"
                        class="tandem-choice__radio"
                        id=option_id.clone()
                        name=id.clone()
                        prop:checked=move || picked.get()
                        on:change=move |_| events::pick(form, &at, &value)
                    />
                    <label class="tandem-choice__label" for=option_id>{label}</label>
                };
                (control.into_any(), picked)
            } else {
                let tick_path = option_path(&path, option);
                let untick: Vec<String> = item
                    .options
                    .iter()
                    .filter(|o| o.id != option.id && (o.exclusive || option.exclusive))
                    .map(|o| option_path(&path, o))
                    .collect();
                let tick_id = field_id(&tick_path);
                let at = tick_path.clone();
                let picked = Memo::new(move |_| form.answers.ticked(&at));
                let control = view! {
                    <input
                        type="checkbox"
                        class="tandem-check"
                        id=tick_id.clone()
                        prop:checked=move || picked.get()
                        on:change=move |ev| {
                            events::tick(form, &tick_path, event_target_checked(&ev), &untick)
                        }
                    />
                    <label class="tandem-choice__label" for=tick_id>{label}</label>
                };
                (control.into_any(), picked)
            };
            view! {
                <div class="tandem-choice">{control}</div>
                {detail(option, &path, picked)}
            }
        })
        .collect_view()
}

/// The detail box of an option, after its control while the option is picked; re-created only
/// when the option is picked or unpicked, never while typing.
fn detail(option: &ChoiceOption, item_path: &str, picked: Memo<bool>) -> Option<impl IntoView> {
    let detail = option.detail.clone()?;
    let path = detail_path(item_path, option);
    Some(view! {
        <Show when=move || picked.get()>
            <Detail label=detail.label.clone() path=path.clone() translate=detail.translate />
        </Show>
    })
}

/// A picked option's detail: a line of text, with its translation when it needs one.
#[component]
fn Detail(label: String, path: String, translate: bool) -> impl IntoView {
    let form = expect_context::<Form>();
    let id = field_id(&path);
    let error = form.errors_at(path.clone());
    let error_id = error_id(&path);
    let described_by = described_by(None, error, error_id.clone());
    let invalid = Signal::derive(move || error.with(Option::is_some).then_some("true"));
    view! {
        <div class="tandem-field tandem-field--detail" class:tandem-field--error=move || error.with(Option::is_some)>
            <label class="tandem-field__label" for=id.clone()>{form.ctx.t_basis(&label)}</label>
            {error_line(error, error_id)}
            <TextInput
                path=path.clone()
                id
                input_type="text"
                autocomplete=None
                dir=None
                described_by
                invalid
            />
            {translate.then(|| view! { <Translation path /> })}
        </div>
    }
}
