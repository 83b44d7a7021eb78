//! An amount and its currency.

use leptos::html;
use leptos::prelude::*;
use tandem_core::format::CURRENCIES;

use super::input::{list_options, show_in_list};
use super::{events, field_id, Form};

/// An amount (`path`) and its currency (`path.currency`); `id` is the amount's.
#[component]
pub fn Money(path: String, id: String) -> impl IntoView {
    let form = expect_context::<Form>();
    let answers = form.answers;
    let currency_path = format!("{path}.currency");
    let currency_id = field_id(&currency_path);
    let list = NodeRef::<html::Select>::new();
    let shown = currency_path.clone();
    show_in_list(list, move || answers.text(&shown));
    let currencies = CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    let amount = path.clone();
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
                prop:value=move || answers.text(&amount)
                on:input=move |ev| events::type_text(form, &path, &event_target_value(&ev))
            />
            <label class="tandem-money__currency">
                <span>{form.ctx.t("app-currency")}</span>
                <select
                    node_ref=list
                    id=currency_id
                    class="tandem-input tandem-input--select"
                    on:change=move |ev| events::pick(form, &currency_path, &event_target_value(&ev))
                >
                    {list_options(form, currencies)}
                </select>
            </label>
        </div>
    }
}
