//! A date-time and the time zone the user chose for it, kept as one answer
//! (`2026-11-20T14:03:11+04:00`), with its UTC equivalent once date, time and zone are given.
//!
//! No zone is ever assumed: the zone list starts empty ("Choose the time zone…"), offers the
//! office's zone first when the user chose one, then every offset. A time typed without a zone
//! is stored as typed; validation reports it and a final export waits for the zone.

use leptos::html;
use leptos::prelude::*;
use tandem_core::datetime;
use tandem_core::timezone;

use super::input::show_in_list;
use super::{events, field_id, Form};

/// A date-time at `path`, under its `label` (a Fluent ID, or "" for none).
#[component]
pub fn DateTime(path: String, label: &'static str) -> impl IntoView {
    let form = expect_context::<Form>();
    let ctx = form.ctx;
    let id = field_id(&path);
    let zone_id = format!("{id}-zone");
    let stored = {
        let path = path.clone();
        Memo::new(move |_| form.answers.text(&path))
    };
    // The zone picked, kept here too while there is no date and time to store it with.
    let zone = RwSignal::new(datetime::split(&stored.get_untracked()).1);
    Effect::new(move |_| {
        let (local, offset) = stored.with(|v| datetime::split(v));
        if !local.is_empty() && zone.get_untracked() != offset {
            zone.set(offset);
        }
    });
    let list = NodeRef::<html::Select>::new();
    show_in_list(list, move || {
        form.office.track();
        zone.get()
    });
    let utc = move || {
        stored
            .with(|v| datetime::utc_text(v))
            .map(|utc| format!("{}: {utc} UTC", ctx.t("app-utc-equivalent")))
    };
    let heading = (!label.is_empty())
        .then(|| view! { <span class="tandem-datetime__label">{ctx.t(label)}</span> });
    let office = move || {
        form.office.get().map(|offset| {
            let zone = timezone::display(offset);
            let text = ctx.t_args(
                "app-time-zone-office",
                &[("zone", tandem_core::l10n::Arg::Str(&zone))],
            );
            view! { <option value=offset>{text}</option> }
        })
    };
    let offsets = timezone::OFFSETS
        .iter()
        .map(|offset| view! { <option value=*offset>{timezone::display(offset)}</option> })
        .collect_view();
    let save_path = path.clone();
    view! {
        <div class="tandem-datetime">
            {heading}
            <div class="tandem-datetime__controls">
                <label class="tandem-datetime__part">
                    <span>{format!("{} / {}", ctx.t("app-date"), ctx.t("app-time"))}</span>
                    <input
                        id=id
                        class="tandem-input"
                        type="datetime-local"
                        step="1"
                        prop:value=move || stored.with(|v| datetime::split(v).0)
                        on:input=move |ev| {
                            let local = event_target_value(&ev);
                            events::save_date_time(form, &save_path, &local, &zone.get_untracked())
                        }
                    />
                </label>
                <label class="tandem-datetime__part">
                    <span>{ctx.t("app-time-zone")}</span>
                    <select
                        node_ref=list
                        id=zone_id
                        class="tandem-input tandem-input--select"
                        on:change=move |ev| {
                            let picked = event_target_value(&ev);
                            zone.set(picked.clone());
                            let local = stored.with_untracked(|v| datetime::split(v).0);
                            events::save_date_time(form, &path, &local, &picked)
                        }
                    >
                        <option value="">{ctx.t("app-choose-time-zone")}</option>
                        {office}
                        {offsets}
                    </select>
                </label>
            </div>
            <p class="tandem-datetime__utc" aria-live="polite">{utc}</p>
        </div>
    }
}
