//! The request log's filters above the drafts list: status, requested country, request type,
//! only those whose confirmation of receipt is overdue, and the days to wait for one (kept in
//! this browser).

use leptos::prelude::*;
use tandem_core::country;
use tandem_core::summary::{self, Filter};
use tandem_core::tracking::Status;

use super::HomeState;
use crate::storage;
use crate::tracking::status_message;

#[component]
pub(super) fn LogFilters(state: HomeState) -> impl IntoView {
    let ctx = state.ctx;
    let all = move || ctx.t("tracking-filter-all");
    let set = move |change: &dyn Fn(&mut Filter)| state.filter.update(|f| change(f));
    let statuses = Status::ALL
        .into_iter()
        .map(|s| view! { <option value=s.code()>{ctx.text(status_message(s))}</option> })
        .collect_view();
    // The countries the stored drafts name, read again when the drafts or templates change.
    let countries = move || {
        state.version.track();
        // A set: in order, once each, without a standard sort's code in the app shell.
        let codes: std::collections::BTreeSet<String> = storage::all_drafts()
            .iter()
            .filter_map(|(d, _)| {
                let template = ctx.templates.get(&d.template)?;
                let code = d
                    .text(&summary::country_path(&template)?)
                    .trim()
                    .to_uppercase();
                (!code.is_empty()).then_some(code)
            })
            .collect();
        codes
            .into_iter()
            .map(|code| {
                let name = country::lookup(&code).map_or_else(|| code.clone(), |m| ctx.t(m));
                let selected = {
                    let code = code.clone();
                    move || state.filter.with(|f| f.country == code)
                };
                view! { <option value=code prop:selected=selected>{name}</option> }
            })
            .collect_view()
    };
    let types = ctx
        .templates
        .list
        .get_untracked()
        .into_iter()
        .filter(|l| !l.reply)
        .map(|l| view! { <option value=l.id>{ctx.text_of(l.title)}</option> })
        .collect_view();
    view! {
        <fieldset class="tandem-log-filters">
            <div class="tandem-log-filters__item">
                <label class="tandem-field__label" for="log-status">{ctx.text("tracking-filter-status")}</label>
                <select
                    id="log-status"
                    class="tandem-input tandem-input--select"
                    on:change=move |ev| {
                        let code = event_target_value(&ev);
                        set(&|f| f.status = Status::from_code(&code));
                    }
                >
                    <option value="">{all}</option>
                    {statuses}
                </select>
            </div>
            <div class="tandem-log-filters__item">
                <label class="tandem-field__label" for="log-country">{ctx.text("tracking-filter-country")}</label>
                <select
                    id="log-country"
                    class="tandem-input tandem-input--select"
                    on:change=move |ev| {
                        let code = event_target_value(&ev);
                        set(&|f| f.country = code.clone());
                    }
                >
                    <option value="">{all}</option>
                    {countries}
                </select>
            </div>
            <div class="tandem-log-filters__item">
                <label class="tandem-field__label" for="log-type">{ctx.text("tracking-filter-type")}</label>
                <select
                    id="log-type"
                    class="tandem-input tandem-input--select"
                    on:change=move |ev| {
                        let id = event_target_value(&ev);
                        set(&|f| f.template = id.clone());
                    }
                >
                    <option value="">{all}</option>
                    {types}
                </select>
            </div>
            <div class="tandem-choice">
                <input
                    type="checkbox"
                    id="log-overdue"
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        set(&|f| f.overdue = on);
                    }
                />
                <label for="log-overdue">{ctx.text("tracking-filter-overdue")}</label>
            </div>
            <div class="tandem-log-filters__item">
                <label class="tandem-field__label" for="log-days">{ctx.text("tracking-confirm-days")}</label>
                <input
                    type="number"
                    id="log-days"
                    class="tandem-input tandem-input--narrow"
                    min="1"
                    max="365"
                    prop:value=move || state.days.get().to_string()
                    on:change=move |ev| {
                        if let Ok(days) = event_target_value(&ev).trim().parse::<u32>() {
                            if (1..=365).contains(&days) {
                                storage::save_confirm_days(days);
                                state.days.set(days);
                            }
                        }
                    }
                />
            </div>
        </fieldset>
    }
}
