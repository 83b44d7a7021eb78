//! The preservation panel: in a preservation request through a State, when the preservation ends
//! (T-CY Rec 16); in any preservation request (through a State or to a service provider) the next
//! steps (extension, request for disclosure, calendar reminder); in any request, the requests it
//! is linked to. Every decision is `tandem_core`'s; this only shows it.

use chrono::{FixedOffset, NaiveDate};
use leptos::prelude::*;
use tandem_core::chain;
use tandem_core::datetime;
use tandem_core::draft::Link;
use tandem_core::files;
use tandem_core::ics::{self, Reminder};
use tandem_core::l10n::Arg;
use tandem_core::preservation::{self, End, Status, Warning};
use tandem_core::route::Route;
use tandem_core::{country, Catalog, Draft, L10nError, Lang};

use crate::context::{fresh_id, go, now_utc, AppContext, SaveState};
use crate::download::download;
use crate::storage;

/// The state of the panel.
#[derive(Clone, Copy)]
struct Panel {
    ctx: AppContext,
    status: Memo<Option<Status>>,
    /// The request type chosen to follow the preservation up, once the user chose one.
    target: StoredValue<Option<String>>,
    /// Why the calendar reminder could not be saved.
    failure: RwSignal<Option<String>>,
    /// The linked draft last clicked is no longer in this browser.
    missing: RwSignal<bool>,
}

/// The panel, below the form: the links to other drafts, and in a preservation request its
/// period and next steps. Each part follows only what it shows (not every keystroke).
#[component]
pub fn PreservationPanel() -> impl IntoView {
    let ctx = AppContext::get();
    let status = Memo::new(move |_| {
        ctx.template.with(|t| {
            ctx.draft
                .with(|d| preservation::status_for(t, d, office_today(d)))
        })
    });
    let panel = Panel {
        ctx,
        status,
        target: StoredValue::new(None),
        failure: RwSignal::new(None),
        missing: RwSignal::new(false),
    };
    // The message is about the last click; another draft starts without it.
    Effect::new(move |_| {
        ctx.draft.track();
        if panel.missing.get_untracked() {
            panel.missing.set(false);
        }
    });
    let links = Memo::new(move |_| ctx.draft.with(|d| d.links.clone()));
    let is_preservation = Memo::new(move |_| ctx.template.with(|t| chain::is_preservation(&t.id)));
    // Only a preservation through a State has a period the app knows (the T-CY table).
    let has_period = Memo::new(move |_| ctx.template.with(|t| t.id == preservation::TEMPLATE));
    let heading = move || {
        if has_period.get() {
            ctx.t("preservation-heading")
        } else {
            ctx.t("preservation-next-steps")
        }
    };
    view! {
        <div class="tandem-preservation-panel">
            {move || links.with(|links| (!links.is_empty()).then(|| panel.links(links)))}
            <Show when=move || is_preservation.get()>
                <section class="tandem-preservation" aria-labelledby="preservation-heading">
                    <h2 class="tandem-section__heading" id="preservation-heading">
                        {heading}
                    </h2>
                    {move || has_period.get().then(|| match status.get() {
                        None => view! {
                            <p class="tandem-field__hint" id="preservation-needs">{ctx.t("preservation-needs")}</p>
                        }
                        .into_any(),
                        Some(s) => period(ctx, &s).into_any(),
                    })}
                    {panel.next_steps()}
                </section>
            </Show>
        </div>
    }
}

/// How close the end of a preservation is (`none`, `soon`, `urgent` or `expired`), and the text
/// saying so: "expired", else the days left, if known.
pub(crate) fn days_left(ctx: AppContext, status: &Status) -> (&'static str, String) {
    match (status.warning, status.days_left) {
        (Warning::Expired, _) => ("expired", ctx.t("preservation-expired")),
        (w, Some(days)) => (
            match w {
                Warning::Urgent => "urgent",
                Warning::Soon => "soon",
                _ => "none",
            },
            ctx.t_args("preservation-days-left", &[("days", Arg::Num(days as f64))]),
        ),
        (_, None) => ("none", String::new()),
    }
}

impl Panel {
    /// The requests this draft is linked to, each opening that draft.
    fn links(self, links: &[Link]) -> impl IntoView {
        let ctx = self.ctx;
        let template = ctx.template.with_untracked(|t| t.id.clone());
        let items = links
            .iter()
            .map(|link| {
                let (message, kind) = chain::link_message(&template, link.kind);
                // The linked request's reference as it is now: it is often given after the link.
                let now = storage::load_draft(&link.id)
                    .map(|d| d.text(tandem_core::summary::REFERENCE).trim().to_string())
                    .filter(|r| !r.is_empty());
                let reference = match now {
                    Some(r) => r,
                    None if link.reference.is_empty() => "—".to_string(),
                    None => link.reference.clone(),
                };
                let text = move || {
                    let args = [
                        ("kind", Arg::Str(kind)),
                        ("reference", Arg::Str(&reference)),
                    ];
                    ctx.t_args(message, &args)
                };
                let id = link.id.clone();
                view! {
                    <li>
                        <button
                            type="button"
                            class="tandem-button tandem-button--small tandem-links__open"
                            on:click=move |_| self.open(&id)
                        >
                            {text}
                        </button>
                    </li>
                }
            })
            .collect_view();
        let missing = move || {
            self.missing.get().then(|| {
                view! {
                    <p class="tandem-actions__error" role="alert">{ctx.t("preservation-link-missing")}</p>
                }
            })
        };
        view! {
            <nav class="tandem-links" aria-labelledby="links-heading">
                <h2 class="tandem-section__heading" id="links-heading">{ctx.text("preservation-links")}</h2>
                <ul class="tandem-links__list">{items}</ul>
                {missing}
            </nav>
        }
    }

    /// "Request an extension", the calendar reminder (once the end is known), and "Prepare the
    /// mutual legal assistance request" of the chosen type.
    fn next_steps(self) -> impl IntoView {
        let ctx = self.ctx;
        let has_end = Memo::new(move |_| {
            self.status
                .with(|s| s.as_ref().and_then(end_date).is_some())
        });
        let calendar = move || {
            has_end.get().then(|| {
                view! {
                    <button
                        type="button"
                        class="tandem-button"
                        id="preservation-calendar"
                        on:click=move |_| self.remind()
                    >
                        {ctx.text("preservation-calendar")}
                    </button>
                }
            })
        };
        let failure = move || {
            self.failure.get().map(|reason| {
                view! { <p class="tandem-actions__error" role="alert">{reason}</p> }
            })
        };
        let template = ctx.template.with_untracked(|t| t.id.clone());
        let chosen = self.chosen(&template);
        let legend = if template == preservation::TEMPLATE {
            "preservation-follow-up"
        } else {
            "preservation-follow-up-disclosure"
        };
        let options = chain::follow_ups(&template)
            .iter()
            .filter_map(|id| ctx.title_of(id).map(|title| (*id, title)))
            .map(|(id, title)| {
                let selected = id == chosen;
                view! { <option value=id selected=selected>{ctx.text_of(title)}</option> }
            })
            .collect_view();
        view! {
            <div class="tandem-actions tandem-preservation__actions">
                <button
                    type="button"
                    class="tandem-button"
                    id="preservation-extend"
                    on:click=move |_| self.extend()
                >
                    {ctx.text("preservation-extend")}
                </button>
                {calendar}
                {failure}
            </div>
            <fieldset class="tandem-field tandem-preservation__follow-up">
                <legend class="tandem-field__label">{ctx.text(legend)}</legend>
                <label class="tandem-field__label" for="preservation-follow-up-kind">
                    {ctx.text("preservation-follow-up-kind")}
                </label>
                <select
                    id="preservation-follow-up-kind"
                    class="tandem-input tandem-input--select tandem-input--wide"
                    on:change=move |ev| self.target.set_value(Some(event_target_value(&ev)))
                >
                    {options}
                </select>
                <p>
                    <button
                        type="button"
                        class="tandem-button"
                        id="preservation-follow-up"
                        on:click=move |_| self.follow_up()
                    >
                        {ctx.text("preservation-follow-up-create")}
                    </button>
                </p>
            </fieldset>
        }
    }

    /// The request type chosen to follow the preservation up: the user's choice, else traffic
    /// data through a State (the data most often sought), else the first offered.
    fn chosen(self, template: &str) -> String {
        let offered = chain::follow_ups(template);
        self.target
            .get_value()
            .filter(|t| offered.contains(&t.as_str()))
            .or_else(|| {
                let default = if template == preservation::TEMPLATE {
                    offered.get(1)
                } else {
                    offered.first()
                };
                default.map(|t| t.to_string())
            })
            .unwrap_or_default()
    }

    /// Opens a linked draft, or says it is no longer here.
    fn open(self, id: &str) {
        match storage::load_draft(id) {
            Some(draft) => go(&Route::Draft(draft.id)),
            // Locked: its address leads to the list, which asks for the passphrase.
            None if storage::stored_text(id)
                .is_some_and(|t| crate::lock::envelope(&t).is_some()) =>
            {
                go(&Route::Draft(id.to_string()))
            }
            None => self.missing.set(true),
        }
    }

    /// A request to extend the preservation, made from this one.
    fn extend(self) {
        let ctx = self.ctx;
        let (previous, template) = (ctx.draft.get_untracked(), ctx.template.get_untracked());
        let today = office_today(&previous);
        if let Some(next) = chain::extension_of(&previous, &template, &fresh_id(), today) {
            open_new_draft(ctx, next);
        }
    }

    /// The request of the chosen type following the preservation up, made from this one (its
    /// template fetched first if no request of that type was open in this page).
    fn follow_up(self) {
        let ctx = self.ctx;
        let (previous, source) = (ctx.draft.get_untracked(), ctx.template.get_untracked());
        let target = self.chosen(&previous.template);
        leptos::task::spawn_local(async move {
            let fetched = ctx.templates.ensure(&target).await;
            let Some(target) = ctx.templates.peek(&target) else {
                if let Err(reason) = fetched {
                    leptos::logging::error!("{reason}");
                }
                return self.failure.set(Some(ctx.t("app-template-failed")));
            };
            let today = office_today(&previous);
            if let Some(next) = chain::follow_up(&previous, &source, &target, &fresh_id(), today) {
                open_new_draft(ctx, next);
            }
        });
    }

    /// Saves a calendar reminder of the end of the preservation.
    fn remind(self) {
        let ctx = self.ctx;
        let Some((s, date)) = self
            .status
            .get_untracked()
            .and_then(|s| end_date(&s).map(|date| (s, date)))
        else {
            return;
        };
        let (id, reference, name) = ctx.draft.with_untracked(|d| {
            let reference = d.text(preservation::REFERENCE).trim().to_string();
            (d.id.clone(), reference, files::ics_file_name(d))
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
            stamp: now_utc(),
            date,
            summary: &summary,
            description: &description,
        });
        self.failure
            .set(download(file.as_bytes(), "text/calendar", &name).err());
    }
}

/// The date the preservation ends, when known.
fn end_date(status: &Status) -> Option<NaiveDate> {
    match status.end {
        End::On(date) | End::ConventionMinimum(date) => Some(date),
        End::NoTimeLimit | End::NotFixed => None,
    }
}

/// The end of the preservation, days left, renewal, the T-CY observation and the table's wording.
fn period(ctx: AppContext, status: &Status) -> impl IntoView {
    let lang = ctx.ui.get();
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
            .with_value(|c| f(status, c, lang))
            .unwrap_or_else(|e| e.to_string())
    };
    let left = status.days_left.map(|_| {
        let (level, left) = days_left(ctx, status);
        let class = format!("tandem-preservation__left tandem-preservation__left--{level}");
        let role = (status.warning != Warning::None).then_some("alert");
        view! { <p class=class id="preservation-days-left" role=role>{left}</p> }
    });
    let impractical = status.impractical.then(|| {
        view! {
            <p class="tandem-preservation__warning" id="preservation-impractical">
                {ctx.t("preservation-impractical")}
            </p>
        }
    });
    let table = match status.party {
        None => view! { <p>{ctx.t("preservation-table-missing")}</p> }.into_any(),
        Some(p) => {
            let term = |message: &str| view! { <dt lang=ui dir=dir>{ctx.t(message)}</dt> };
            let renewal = (!p.renewal_text.is_empty()).then(|| {
                view! { {term("preservation-table-renewal")}<dd>{p.renewal_text}</dd> }
            });
            let notes: Vec<&str> = preservation::notes(p.code).collect();
            let notes = (!notes.is_empty()).then(|| {
                let notes = notes
                    .into_iter()
                    .map(|note| view! { <dd>{note}</dd> })
                    .collect_view();
                view! { {term("preservation-table-notes")}{notes} }
            });
            view! {
                <dl class="tandem-preservation__table" lang="en" dir="ltr">
                    {term("preservation-table-period")}
                    <dd>{p.period_text}</dd>
                    {renewal}
                    {notes}
                </dl>
            }
            .into_any()
        }
    };
    view! {
        <dl class="tandem-preservation__facts">
            <dt>{ctx.t("preservation-end-label")}</dt>
            <dd id="preservation-end">{text(preservation::end_text)}</dd>
            <dt>{ctx.t("preservation-renewal-label")}</dt>
            <dd id="preservation-renewal">{text(preservation::renewal_text)}</dd>
        </dl>
        {left}
        {impractical}
        <details class="tandem-preservation__details">
            <summary>{ctx.t("preservation-table")}</summary>
            {table}
        </details>
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
        Err(e) => ctx.saving.state.set(SaveState::Failed(e.reason())),
    }
}

/// Today in the requesting office's time zone (its answer in the draft, else the browser's).
pub fn office_today(draft: &Draft) -> NaiveDate {
    let browser = FixedOffset::east_opt(crate::context::browser_offset_minutes() * 60);
    datetime::office_today(draft, now_utc(), browser)
}
