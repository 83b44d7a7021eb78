//! The preservation panel: in a preservation request, when the preservation ends (T-CY Rec 16)
//! and the next steps (extension, request for mutual legal assistance, calendar reminder); in any
//! request, the requests it is linked to. Every decision is `tandem_core`'s; this only shows it.

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, Utc};
use leptos::prelude::*;
use tandem_core::chain::{self, LinkKind, FOLLOW_UPS};
use tandem_core::ics::{self, Reminder};
use tandem_core::l10n::Arg;
use tandem_core::preservation::{self, End, Status, Warning};
use tandem_core::route::Route;
use tandem_core::{country, registry, timezone, Catalog, Draft, L10nError, Lang};

use crate::context::{fresh_id, go, AppContext, SaveState};
use crate::download::{download, file_stem};
use crate::storage;

/// The panel, below the form.
#[component]
pub fn PreservationPanel() -> impl IntoView {
    let ctx = AppContext::get();
    let status = Memo::new(move |_| {
        ctx.template.with(|t| {
            ctx.draft
                .with(|d| preservation::status_for(t, d, office_today(d)))
        })
    });
    let is_preservation = move || ctx.template.with(|t| t.id == preservation::TEMPLATE);
    view! {
        <Links />
        {move || {
            is_preservation()
                .then(|| {
                    view! {
                        <section class="tandem-preservation" aria-labelledby="preservation-heading">
                            <h2 class="tandem-section__heading" id="preservation-heading">
                                {move || ctx.t("preservation-heading")}
                            </h2>
                            {move || {
                                ctx.ui.track();
                                match status.get() {
                                None => {
                                    view! {
                                        <p class="tandem-field__hint" id="preservation-needs">
                                            {ctx.t("preservation-needs")}
                                        </p>
                                    }
                                        .into_any()
                                }
                                Some(s) => view! { <Period status=s /> }.into_any(),
                            }
                            }}
                            <NextSteps status=status />
                        </section>
                    }
                })
        }}
    }
}

/// The end of the preservation, days left, renewal, the T-CY observation and the table's wording.
#[component]
fn Period(status: Status) -> impl IntoView {
    let ctx = AppContext::get();
    let lang = ctx.ui.get_untracked();
    let (ui, dir) = (
        lang.code(),
        match lang.dir() {
            tandem_core::Dir::Ltr => "ltr",
            tandem_core::Dir::Rtl => "rtl",
        },
    );
    type Text = fn(&Status, &Catalog, Lang) -> Result<String, L10nError>;
    let text = |f: Text| {
        ctx.catalog
            .with_value(|c| f(&status, c, lang))
            .unwrap_or_else(|e| e.to_string())
    };
    let left = status.days_left.map(|days| {
        let (class, text) = match status.warning {
            Warning::Expired => ("expired", ctx.t("preservation-expired")),
            w => (
                match w {
                    Warning::Urgent => "urgent",
                    Warning::Soon => "soon",
                    _ => "none",
                },
                ctx.t_args("preservation-days-left", &[("days", Arg::Num(days as f64))]),
            ),
        };
        let role = (status.warning != Warning::None).then_some("alert");
        view! {
            <p class=format!("tandem-preservation__left tandem-preservation__left--{class}") id="preservation-days-left" role=role>
                {text}
            </p>
        }
    });
    let table = match status.party {
        Some(p) => {
            let notes: Vec<&'static str> = preservation::notes(p.code).collect();
            view! {
                <dl class="tandem-preservation__table" lang="en" dir="ltr">
                    <dt lang=ui dir=dir>{ctx.t("preservation-table-period")}</dt>
                    <dd>{p.period_text}</dd>
                    {(!p.renewal_text.is_empty()).then(|| view! {
                        <dt lang=ui dir=dir>{ctx.t("preservation-table-renewal")}</dt>
                        <dd>{p.renewal_text}</dd>
                    })}
                    {(!notes.is_empty()).then(|| view! {
                        <dt lang=ui dir=dir>{ctx.t("preservation-table-notes")}</dt>
                        {notes.into_iter().map(|n| view! { <dd>{n}</dd> }).collect_view()}
                    })}
                </dl>
            }
            .into_any()
        }
        None => view! { <p>{ctx.t("preservation-table-missing")}</p> }.into_any(),
    };
    view! {
        <dl class="tandem-preservation__facts">
            <dt>{ctx.t("preservation-end-label")}</dt>
            <dd id="preservation-end">{text(preservation::end_text)}</dd>
            <dt>{ctx.t("preservation-renewal-label")}</dt>
            <dd id="preservation-renewal">{text(preservation::renewal_text)}</dd>
        </dl>
        {left}
        {status.impractical.then(|| view! {
            <p class="tandem-preservation__warning" id="preservation-impractical">
                {ctx.t("preservation-impractical")}
            </p>
        })}
        <details class="tandem-preservation__details">
            <summary>{ctx.t("preservation-table")}</summary>
            {table}
        </details>
    }
}

/// "Request an extension", "Prepare the mutual legal assistance request" and the calendar
/// reminder.
#[component]
fn NextSteps(status: Memo<Option<Status>>) -> impl IntoView {
    let ctx = AppContext::get();
    let target = RwSignal::new(FOLLOW_UPS[1].to_string());
    let extend = move |_| {
        let (previous, template) = (ctx.draft.get_untracked(), ctx.template.get_untracked());
        let id = fresh_id();
        if let Some(next) = chain::extension_of(&previous, &template, &id, office_today(&previous))
        {
            open_new_draft(ctx, next);
        }
    };
    let follow_up = move |_| {
        let previous = ctx.draft.get_untracked();
        let target = target.get_untracked();
        let id = fresh_id();
        if let Some(next) = chain::follow_up(&previous, &target, &id, office_today(&previous)) {
            open_new_draft(ctx, next);
        }
    };
    let failure = RwSignal::new(None::<String>);
    let remind = move |_| {
        let Some(s) = status.get_untracked() else {
            return;
        };
        let (End::On(date) | End::ConventionMinimum(date)) = s.end else {
            return;
        };
        let (id, reference) = ctx.draft.with_untracked(|d| {
            let reference = d.text(preservation::REFERENCE).trim().to_string();
            (d.id.clone(), reference)
        });
        let lang = ctx.ui.get_untracked();
        let country = country::lookup(s.country).map_or(s.country.to_string(), |id| ctx.t(id));
        let shown = lang.format_date(date);
        let args = [
            ("reference", Arg::Str(&reference)),
            ("country", Arg::Str(&country)),
            ("date", Arg::Str(&shown)),
        ];
        let summary = ctx.t_args("preservation-ics-summary", &args);
        let description = ctx.t_args("preservation-ics-description", &args);
        let uid = format!("{id}-preservation-end@tandem");
        let file = ics::calendar(&Reminder {
            uid: &uid,
            stamp: now(),
            date,
            summary: &summary,
            description: &description,
        });
        let name = format!("{}.ics", file_stem(&reference));
        failure.set(download(file.as_bytes(), "text/calendar", &name).err());
    };
    let has_end = move || {
        status.with(|s| s.is_some_and(|s| matches!(s.end, End::On(_) | End::ConventionMinimum(_))))
    };
    view! {
        <div class="tandem-actions tandem-preservation__actions">
            <button type="button" class="tandem-button" id="preservation-extend" on:click=extend>
                {move || ctx.t("preservation-extend")}
            </button>
            {move || has_end().then(|| view! {
                <button type="button" class="tandem-button" id="preservation-calendar" on:click=remind>
                    {ctx.t("preservation-calendar")}
                </button>
            })}
            {move || failure.get().map(|reason| view! {
                <p class="tandem-actions__error" role="alert">{reason}</p>
            })}
        </div>
        <fieldset class="tandem-field tandem-preservation__follow-up">
            <legend class="tandem-field__label">{move || ctx.t("preservation-follow-up")}</legend>
            <label class="tandem-field__label" for="preservation-follow-up-kind">
                {move || ctx.t("preservation-follow-up-kind")}
            </label>
            <select
                id="preservation-follow-up-kind"
                class="tandem-input tandem-input--select tandem-input--wide"
                on:change=move |ev| target.set(event_target_value(&ev))
            >
                {FOLLOW_UPS
                    .iter()
                    .filter_map(|id| registry::template(id).ok().map(|t| (*id, t.title)))
                    .map(|(id, title)| {
                        view! {
                            <option value=id prop:selected=move || target.with(|t| t.as_str() == id)>
                                {move || ctx.t(&title)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <p>
                <button type="button" class="tandem-button" id="preservation-follow-up" on:click=follow_up>
                    {move || ctx.t("preservation-follow-up-create")}
                </button>
            </p>
        </fieldset>
    }
}

/// The requests this draft is linked to, each opening that draft.
#[component]
fn Links() -> impl IntoView {
    let ctx = AppContext::get();
    let missing = RwSignal::new(false);
    // The message is about the last click; another draft starts without it.
    Effect::new(move |_| {
        ctx.draft.track();
        missing.set(false);
    });
    move || {
        let links = ctx.draft.with(|d| d.links.clone());
        (!links.is_empty()).then(|| {
            view! {
                <nav class="tandem-links" aria-labelledby="links-heading">
                    <h2 class="tandem-section__heading" id="links-heading">{ctx.t("preservation-links")}</h2>
                    <ul class="tandem-links__list">
                        {links
                            .into_iter()
                            .map(|link| {
                                let kind = match link.kind {
                                    LinkKind::ExtensionOf => "extension-of",
                                    LinkKind::ExtendedBy => "extended-by",
                                    LinkKind::FollowUpOf => "follow-up-of",
                                    LinkKind::FollowedUpBy => "followed-up-by",
                                };
                                let reference = if link.reference.is_empty() {
                                    "—".to_string()
                                } else {
                                    link.reference.clone()
                                };
                                let text = ctx.t_args(
                                    "preservation-link",
                                    &[("kind", Arg::Str(kind)), ("reference", Arg::Str(&reference))],
                                );
                                let id = link.id.clone();
                                let open = move |_| match storage::load_draft(&id) {
                                    Some(draft) => go(&Route::Draft(draft.id)),
                                    // Locked: its address leads to the list, which asks for
                                    // the passphrase.
                                    None if storage::stored_text(&id)
                                        .is_some_and(|t| crate::lock::envelope(&t).is_some()) =>
                                    {
                                        go(&Route::Draft(id.clone()))
                                    }
                                    None => missing.set(true),
                                };
                                view! {
                                    <li>
                                        <button type="button" class="tandem-button tandem-button--small tandem-links__open" on:click=open>
                                            {text}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    {move || missing.get().then(|| view! {
                        <p class="tandem-actions__error" role="alert">{ctx.t("preservation-link-missing")}</p>
                    })}
                </nav>
            }
        })
    }
}

/// Links the current draft to `draft`, a new one made from it, stores both and opens the new one
/// at its own address (so the browser's back button returns to the first).
pub fn open_new_draft(ctx: AppContext, draft: Draft) {
    ctx.edit(|current| chain::link_back(current, &draft));
    if ctx.locked.get_untracked() {
        return ctx.open_new_locked(draft);
    }
    match storage::save_draft(&draft) {
        Ok(_) => go(&Route::Draft(draft.id.clone())),
        Err(e) => ctx.save.set(SaveState::Failed(e.reason())),
    }
}

/// Now, from the browser's clock.
fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// Today in the requesting office's time zone (its answer in the draft, else the browser's).
pub fn office_today(draft: &Draft) -> NaiveDate {
    let browser = || FixedOffset::east_opt(crate::context::browser_offset_minutes() * 60);
    let offset = timezone::parse_offset(draft.text("requesting-authority.time-zone"))
        .or_else(browser)
        .unwrap_or_else(|| Utc.fix());
    preservation::today_in(now(), offset)
}
