//! The preservation panel: in a preservation request, when the preservation ends (T-CY Rec 16)
//! and the next steps (extension, request for mutual legal assistance, calendar reminder); in any
//! request, the requests it is linked to. Every decision is `tandem_core`'s; this only shows it.
//!
//! Drawn with plain DOM calls like the home screen, to keep the app shell small, and drawn again
//! only when what it shows changes (not on every keystroke in the form); its buttons are handled
//! by one listener on its element. All user text goes in as text nodes, never as markup.

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, Utc};
use leptos::prelude::*;
use tandem_core::chain::{self, FOLLOW_UPS};
use tandem_core::draft::{Link, LinkKind};
use tandem_core::ics::{self, Reminder};
use tandem_core::l10n::Arg;
use tandem_core::preservation::{self, End, Status, Warning};
use tandem_core::route::Route;
use tandem_core::{country, registry, timezone, Catalog, Draft, L10nError, Lang};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};

use crate::context::{fresh_id, go, AppContext, SaveState};
use crate::dom::{self, add, clicked, focus_later};
use crate::download::{download, file_stem};
use crate::storage;

/// What the panel shows.
#[derive(Clone, PartialEq)]
struct Shown {
    links: Vec<Link>,
    /// In a preservation request, its preservation period once known; `None` in other requests.
    preservation: Option<Option<Status>>,
}

/// The state of the panel.
#[derive(Clone, Copy)]
struct Panel {
    ctx: AppContext,
    status: Memo<Option<Status>>,
    /// The request type chosen to follow the preservation up.
    target: StoredValue<String>,
    /// Why the calendar reminder could not be saved.
    failure: RwSignal<Option<String>>,
    /// The linked draft last clicked is no longer in this browser.
    missing: RwSignal<bool>,
}

/// The panel, below the form, drawn into `parent`.
pub(crate) fn preservation_panel(ctx: AppContext, parent: &Element) {
    let status = Memo::new(move |_| {
        ctx.template.with(|t| {
            ctx.draft
                .with(|d| preservation::status_for(t, d, office_today(d)))
        })
    });
    let panel = Panel {
        ctx,
        status,
        target: StoredValue::new(FOLLOW_UPS[1].to_string()),
        failure: RwSignal::new(None),
        missing: RwSignal::new(false),
    };
    let shown = Memo::new(move |_| Shown {
        links: ctx.draft.with(|d| d.links.clone()),
        preservation: ctx
            .template
            .with(|t| t.id == preservation::TEMPLATE)
            .then(|| status.get()),
    });
    // The message is about the last click; another draft starts without it.
    dom::effect(move || {
        ctx.draft.track();
        if panel.missing.get_untracked() {
            panel.missing.set(false);
        }
    });
    let root = add(parent, "div", &[("class", "tandem-preservation-panel")], "");
    dom::listen(&root, "click", move |ev| panel.on_click(ev.unchecked_ref()));
    dom::listen(&root, "change", move |ev| {
        if let Some(select) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            .filter(|s| s.id() == "preservation-follow-up-kind")
        {
            panel.target.set_value(select.value());
        }
    });
    dom::effect(move || {
        ctx.ui.track();
        panel.failure.track();
        panel.missing.track();
        shown.with(|shown| panel.draw(&root, shown));
    });
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
    /// Draws the whole panel into `root`, keeping the keyboard focus where it was.
    fn draw(self, root: &Element, shown: &Shown) {
        let ctx = self.ctx;
        let focused = root
            .owner_document()
            .and_then(|d| d.active_element())
            .filter(|e| root.contains(Some(e)))
            .map(|e| e.id())
            .filter(|id| !id.is_empty());
        root.set_text_content(None);
        if !shown.links.is_empty() {
            self.draw_links(root, &shown.links);
        }
        if let Some(status) = &shown.preservation {
            let section = add(
                root,
                "section",
                &[
                    ("class", "tandem-preservation"),
                    ("aria-labelledby", "preservation-heading"),
                ],
                "",
            );
            add(
                &section,
                "h2",
                &[
                    ("class", "tandem-section__heading"),
                    ("id", "preservation-heading"),
                ],
                &ctx.t("preservation-heading"),
            );
            match status {
                None => {
                    add(
                        &section,
                        "p",
                        &[
                            ("class", "tandem-field__hint"),
                            ("id", "preservation-needs"),
                        ],
                        &ctx.t("preservation-needs"),
                    );
                }
                Some(s) => draw_period(ctx, &section, s),
            }
            self.draw_next_steps(&section, status);
        }
        if let Some(id) = focused {
            focus_later(id, false);
        }
    }

    /// The requests this draft is linked to, each opening that draft.
    fn draw_links(self, root: &Element, links: &[Link]) {
        let ctx = self.ctx;
        let nav = add(
            root,
            "nav",
            &[
                ("class", "tandem-links"),
                ("aria-labelledby", "links-heading"),
            ],
            "",
        );
        add(
            &nav,
            "h2",
            &[
                ("class", "tandem-section__heading"),
                ("id", "links-heading"),
            ],
            &ctx.t("preservation-links"),
        );
        let list = add(&nav, "ul", &[("class", "tandem-links__list")], "");
        for link in links {
            let kind = match link.kind {
                LinkKind::ExtensionOf => "extension-of",
                LinkKind::ExtendedBy => "extended-by",
                LinkKind::FollowUpOf => "follow-up-of",
                LinkKind::FollowedUpBy => "followed-up-by",
            };
            let reference = if link.reference.is_empty() {
                "—"
            } else {
                &link.reference
            };
            let text = ctx.t_args(
                "preservation-link",
                &[("kind", Arg::Str(kind)), ("reference", Arg::Str(reference))],
            );
            let item = add(&list, "li", &[], "");
            add(
                &item,
                "button",
                &[
                    ("type", "button"),
                    (
                        "class",
                        "tandem-button tandem-button--small tandem-links__open",
                    ),
                    ("data-act", "open"),
                    ("data-id", &link.id),
                ],
                &text,
            );
        }
        if self.missing.get_untracked() {
            add(
                &nav,
                "p",
                &[("class", "tandem-actions__error"), ("role", "alert")],
                &ctx.t("preservation-link-missing"),
            );
        }
    }

    /// "Request an extension", "Prepare the mutual legal assistance request" and the calendar
    /// reminder.
    fn draw_next_steps(self, section: &Element, status: &Option<Status>) {
        let ctx = self.ctx;
        let button = |parent: &Element, id: &str, message: &str| {
            crate::dom::button(parent, "button", id, id, &ctx.t(message));
        };
        let actions = add(
            section,
            "div",
            &[("class", "tandem-actions tandem-preservation__actions")],
            "",
        );
        button(&actions, "preservation-extend", "preservation-extend");
        if status.is_some_and(|s| end_date(&s).is_some()) {
            button(&actions, "preservation-calendar", "preservation-calendar");
        }
        if let Some(reason) = self.failure.get_untracked() {
            add(
                &actions,
                "p",
                &[("class", "tandem-actions__error"), ("role", "alert")],
                &reason,
            );
        }
        let fieldset = add(
            section,
            "fieldset",
            &[("class", "tandem-field tandem-preservation__follow-up")],
            "",
        );
        add(
            &fieldset,
            "legend",
            &[("class", "tandem-field__label")],
            &ctx.t("preservation-follow-up"),
        );
        add(
            &fieldset,
            "label",
            &[
                ("class", "tandem-field__label"),
                ("for", "preservation-follow-up-kind"),
            ],
            &ctx.t("preservation-follow-up-kind"),
        );
        let select = add(
            &fieldset,
            "select",
            &[
                ("id", "preservation-follow-up-kind"),
                (
                    "class",
                    "tandem-input tandem-input--select tandem-input--wide",
                ),
            ],
            "",
        );
        for (id, title) in FOLLOW_UPS
            .iter()
            .filter_map(|id| registry::template(id).ok().map(|t| (*id, t.title)))
        {
            add(&select, "option", &[("value", id)], &ctx.t(&title));
        }
        select
            .unchecked_ref::<HtmlSelectElement>()
            .set_value(&self.target.get_value());
        let p = add(&fieldset, "p", &[], "");
        button(
            &p,
            "preservation-follow-up",
            "preservation-follow-up-create",
        );
    }

    /// A button of the panel: `data-act` says which, `data-id` which draft a link opens.
    fn on_click(self, ev: &web_sys::MouseEvent) {
        let Some((act, id)) = clicked(ev) else {
            return;
        };
        let ctx = self.ctx;
        match act.as_str() {
            "preservation-extend" => {
                let (previous, template) =
                    (ctx.draft.get_untracked(), ctx.template.get_untracked());
                let today = office_today(&previous);
                if let Some(next) = chain::extension_of(&previous, &template, &fresh_id(), today) {
                    open_new_draft(ctx, next);
                }
            }
            "preservation-follow-up" => {
                let previous = ctx.draft.get_untracked();
                let target = self.target.get_value();
                let today = office_today(&previous);
                if let Some(next) = chain::follow_up(&previous, &target, &fresh_id(), today) {
                    open_new_draft(ctx, next);
                }
            }
            "preservation-calendar" => self.remind(),
            "open" => match storage::load_draft(&id) {
                Some(draft) => go(&Route::Draft(draft.id)),
                // Locked: its address leads to the list, which asks for the passphrase.
                None if storage::stored_text(&id)
                    .is_some_and(|t| crate::lock::envelope(&t).is_some()) =>
                {
                    go(&Route::Draft(id))
                }
                None => self.missing.set(true),
            },
            _ => {}
        }
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
        self.failure
            .set(download(file.as_bytes(), "text/calendar", &name).err());
    }
}

/// The date the preservation ends, when known.
fn end_date(status: &Status) -> Option<NaiveDate> {
    match status.end {
        End::On(date) | End::ConventionMinimum(date) => Some(date),
        End::NoTimeLimit => None,
    }
}

/// The end of the preservation, days left, renewal, the T-CY observation and the table's wording.
fn draw_period(ctx: AppContext, section: &Element, status: &Status) {
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
            .with_value(|c| f(status, c, lang))
            .unwrap_or_else(|e| e.to_string())
    };
    let facts = add(
        section,
        "dl",
        &[("class", "tandem-preservation__facts")],
        "",
    );
    add(&facts, "dt", &[], &ctx.t("preservation-end-label"));
    add(
        &facts,
        "dd",
        &[("id", "preservation-end")],
        &text(preservation::end_text),
    );
    add(&facts, "dt", &[], &ctx.t("preservation-renewal-label"));
    add(
        &facts,
        "dd",
        &[("id", "preservation-renewal")],
        &text(preservation::renewal_text),
    );
    if status.days_left.is_some() {
        let (level, left) = days_left(ctx, status);
        let class = format!("tandem-preservation__left tandem-preservation__left--{level}");
        let mut attrs = vec![("class", class.as_str()), ("id", "preservation-days-left")];
        if status.warning != Warning::None {
            attrs.push(("role", "alert"));
        }
        add(section, "p", &attrs, &left);
    }
    if status.impractical {
        add(
            section,
            "p",
            &[
                ("class", "tandem-preservation__warning"),
                ("id", "preservation-impractical"),
            ],
            &ctx.t("preservation-impractical"),
        );
    }
    let details = add(
        section,
        "details",
        &[("class", "tandem-preservation__details")],
        "",
    );
    add(&details, "summary", &[], &ctx.t("preservation-table"));
    let Some(p) = status.party else {
        add(&details, "p", &[], &ctx.t("preservation-table-missing"));
        return;
    };
    let table = add(
        &details,
        "dl",
        &[
            ("class", "tandem-preservation__table"),
            ("lang", "en"),
            ("dir", "ltr"),
        ],
        "",
    );
    let term = |message: &str| {
        add(&table, "dt", &[("lang", ui), ("dir", dir)], &ctx.t(message));
    };
    term("preservation-table-period");
    add(&table, "dd", &[], p.period_text);
    if !p.renewal_text.is_empty() {
        term("preservation-table-renewal");
        add(&table, "dd", &[], p.renewal_text);
    }
    let mut notes = preservation::notes(p.code).peekable();
    if notes.peek().is_some() {
        term("preservation-table-notes");
        for note in notes {
            add(&table, "dd", &[], note);
        }
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
