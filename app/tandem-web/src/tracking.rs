//! The request's log on its screen ("After sending"): its status, when and how it was sent, the
//! confirmation of receipt due (with a calendar reminder), the answers received (read from their
//! PDFs on the home screen, or entered here by hand), the offence category for the office's
//! statistics, and closing. Kept in the draft ([`tandem_core::tracking`]); never printed.

use leptos::prelude::*;
use tandem_core::ics::{self, Reminder};
use tandem_core::l10n::Arg;
use tandem_core::reply;
use tandem_core::template::ReplyKind;
use tandem_core::tracking::{self, Answer, Channel, Sent, Status, CATEGORIES};

use crate::context::{now_utc, today, AppContext};
use crate::download::download;
use crate::storage;

/// The Fluent ID of a status.
pub fn status_message(status: Status) -> &'static str {
    match status {
        Status::Draft => "tracking-status-draft",
        Status::Sent => "tracking-status-sent",
        Status::ReceiptConfirmed => "tracking-status-receipt-confirmed",
        Status::Executed => "tracking-status-executed",
        Status::Answered => "tracking-status-answered",
        Status::ClarificationAsked => "tracking-status-clarification-asked",
        Status::Refused => "tracking-status-refused",
        Status::Closed => "tracking-status-closed",
    }
}

/// The Fluent ID of the title of a kind of answer (the reply template's title).
pub fn answer_message(kind: ReplyKind) -> &'static str {
    match kind {
        ReplyKind::Receipt => "reply-receipt-title",
        ReplyKind::Preserved => "reply-preserved-title",
        ReplyKind::Action => "reply-action-title",
        ReplyKind::Clarification => "reply-clarification-title",
        ReplyKind::Refusal => "reply-refusal-title",
    }
}

fn channel_message(channel: Channel) -> &'static str {
    match channel {
        Channel::Email => "tracking-channel-email",
        Channel::Portal => "tracking-channel-portal",
        Channel::Post => "tracking-channel-post",
        Channel::Diplomatic => "tracking-channel-diplomatic",
        Channel::Other => "tracking-channel-other",
    }
}

/// The Fluent ID of a refusal's reason (the option ids of `reasons.reasons`).
pub fn reason_message(code: &str) -> Option<&'static str> {
    Some(match code {
        "incomplete" => "tracking-reason-incomplete",
        "wrong-addressee" => "tracking-reason-wrong-addressee",
        "identification" => "tracking-reason-identification",
        "not-held" => "tracking-reason-not-held",
        "retention-expired" => "tracking-reason-retention-expired",
        "legal-obstacle" => "tracking-reason-legal-obstacle",
        "dual-criminality" => "tracking-reason-dual-criminality",
        "other" => "tracking-reason-other",
        _ => return None,
    })
}

/// The reasons' codes, in the order of the refusal's form.
pub const REASONS: [&str; 8] = [
    "incomplete",
    "wrong-addressee",
    "identification",
    "not-held",
    "retention-expired",
    "legal-obstacle",
    "dual-criminality",
    "other",
];

/// The Fluent ID of an offence category.
pub fn category_message(code: &str) -> Option<&'static str> {
    Some(match code {
        "confidentiality" => "tracking-category-confidentiality",
        "computer-related" => "tracking-category-computer-related",
        "content" => "tracking-category-content",
        "copyright" => "tracking-category-copyright",
        "other" => "tracking-category-other",
        _ => return None,
    })
}

/// "After sending", under the form of a request (not of an answer).
#[component]
pub fn TrackingPanel() -> impl IntoView {
    let ctx = AppContext::get();
    let is_request = move || ctx.template.with(|t| !t.id.is_empty() && t.reply.is_none());
    view! {
        <Show when=is_request>
            <Panel />
        </Show>
    }
}

#[component]
fn Panel() -> impl IntoView {
    let ctx = AppContext::get();
    let log = Memo::new(move |_| ctx.draft.with(|d| d.tracking.clone()));
    let days = storage::load_confirm_days();
    let status = move || ctx.t(status_message(log.with(tracking::Tracking::status)));
    view! {
        <section class="tandem-panel tandem-tracking" aria-labelledby="tracking-heading">
            <h2 id="tracking-heading">{ctx.text("tracking-heading")}</h2>
            <p>{ctx.text("tracking-intro")}</p>
            <p id="tracking-status">
                <strong>{ctx.text("tracking-status")}": "</strong>
                {status}
            </p>
            <fieldset class="tandem-tracking__all" disabled=move || ctx.frozen()>
                {move || match log.get().sent {
                    None => view! { <SendForm /> }.into_any(),
                    Some(sent) => sent_facts(ctx, &log.get(), &sent, days).into_any(),
                }}
                <AnswerList log />
                <EnterAnswer />
                <Category log />
                <Closing log />
            </fieldset>
        </section>
    }
}

/// Recording the request as sent: the day (today unless changed) and the channel.
#[component]
fn SendForm() -> impl IntoView {
    let ctx = AppContext::get();
    let on = RwSignal::new(today());
    let channel = RwSignal::new(Channel::Email);
    let wrong = RwSignal::new(false);
    let options = Channel::ALL
        .into_iter()
        .map(|c| view! { <option value=c.code()>{ctx.text(channel_message(c))}</option> })
        .collect_view();
    let send = move |_| {
        let day = on.get_untracked();
        if tracking::date(&day).is_none() {
            wrong.set(true);
            return;
        }
        wrong.set(false);
        ctx.edit(|d| {
            d.tracking.sent = Some(Sent {
                on: day,
                channel: channel.get_untracked(),
            })
        });
    };
    view! {
        <div class="tandem-tracking__row">
            <label class="tandem-field__label" for="tracking-sent-on">{ctx.text("tracking-sent-on")}</label>
            <input
                type="date"
                id="tracking-sent-on"
                class="tandem-input"
                prop:value=move || on.get()
                on:input=move |ev| on.set(event_target_value(&ev))
            />
            <label class="tandem-field__label" for="tracking-channel">{ctx.text("tracking-channel")}</label>
            <select
                id="tracking-channel"
                class="tandem-input tandem-input--select"
                on:change=move |ev| {
                    if let Some(c) = Channel::from_code(&event_target_value(&ev)) {
                        channel.set(c);
                    }
                }
            >
                {options}
            </select>
            <button type="button" class="tandem-button" id="tracking-mark-sent" on:click=send>
                {ctx.text("tracking-mark-sent")}
            </button>
            <p class="tandem-field__error" role="alert">
                {move || wrong.get().then(|| ctx.t("tracking-date-needed"))}
            </p>
        </div>
    }
}

/// When and how it was sent, the confirmation due or overdue, its reminder, and a confirmed
/// preservation's end.
fn sent_facts(ctx: AppContext, log: &tracking::Tracking, sent: &Sent, days: u32) -> impl IntoView {
    let line = ctx.t_args(
        "tracking-sent",
        &[
            ("date", Arg::Str(&sent.on)),
            ("channel", Arg::Str(&ctx.t(channel_message(sent.channel)))),
        ],
    );
    let today = tracking::date(&today());
    let overdue = today.is_some_and(|t| log.overdue(t, days));
    let due = log.confirmation_due(days);
    let due_line = match (overdue, due) {
        (true, _) => Some(ctx.t_args("tracking-overdue", &[("days", Arg::Num(f64::from(days)))])),
        (false, Some(due)) => Some(ctx.t_args(
            "tracking-due",
            &[("date", Arg::Str(&tandem_core::format::iso_date(due)))],
        )),
        (false, None) => None,
    };
    let until = log.preserved_until().map(|d| {
        ctx.t_args(
            "tracking-preserved-until",
            &[("date", Arg::Str(&tandem_core::format::iso_date(d)))],
        )
    });
    let failure = RwSignal::new(None::<String>);
    let remind = move |_| {
        let Some(due) = due else { return };
        let (id, reference, on, name) = ctx.draft.with_untracked(|d| {
            let on = d
                .tracking
                .sent
                .as_ref()
                .map(|s| s.on.clone())
                .unwrap_or_default();
            (
                d.id.clone(),
                d.text("reference.reference").trim().to_string(),
                on,
                tandem_core::files::confirmation_ics_file_name(d),
            )
        });
        let args = [("reference", Arg::Str(&reference)), ("date", Arg::Str(&on))];
        let summary = ctx.t_args("tracking-ics-summary", &args);
        let description = ctx.t_args("tracking-ics-description", &args);
        let uid = format!("{id}-confirmation@tandem");
        let file = ics::calendar(&Reminder {
            uid: &uid,
            stamp: now_utc(),
            date: due,
            summary: &summary,
            description: &description,
        });
        failure.set(download(file.as_bytes(), "text/calendar", &name).err());
    };
    view! {
        <p id="tracking-sent">{line}</p>
        {due_line.map(|text| {
            let class = if overdue { "tandem-warning" } else { "" };
            view! {
                <p id="tracking-due" class=class>{text}</p>
                <button type="button" class="tandem-button" id="tracking-reminder" on:click=remind>
                    {ctx.text("tracking-reminder")}
                </button>
            }
        })}
        {until.map(|text| view! { <p id="tracking-until">{text}</p> })}
        <p class="tandem-field__error" role="alert">{move || failure.get()}</p>
    }
}

/// The answers recorded, oldest first.
#[component]
fn AnswerList(log: Memo<tracking::Tracking>) -> impl IntoView {
    let ctx = AppContext::get();
    let lines = move || {
        let log = log.get();
        if log.answers.is_empty() {
            return view! { <p id="tracking-answers-none">{ctx.t("tracking-answers-none")}</p> }
                .into_any();
        }
        let items = log
            .answers
            .iter()
            .map(|a| answer_line(ctx, a))
            .collect_view();
        view! { <ul id="tracking-answers" class="tandem-tracking__answers">{items}</ul> }.into_any()
    };
    view! {
        <h3>{ctx.text("tracking-answers")}</h3>
        {lines}
    }
}

fn answer_line(ctx: AppContext, a: &Answer) -> impl IntoView {
    let head = ctx.t_args(
        "tracking-answer-line",
        &[
            ("kind", Arg::Str(&ctx.t(answer_message(a.kind)))),
            ("date", Arg::Str(&a.on)),
        ],
    );
    let reference = (!a.reference.is_empty()).then(|| {
        ctx.t_args(
            "tracking-answer-their-reference",
            &[("reference", Arg::Str(&a.reference))],
        )
    });
    let reasons = (!a.reasons.is_empty()).then(|| {
        let names: Vec<String> = a
            .reasons
            .iter()
            .map(|r| reason_message(r).map_or_else(|| r.clone(), |id| ctx.t(id)))
            .collect();
        ctx.t_args(
            "tracking-answer-reasons-given",
            &[("reasons", Arg::Str(&names.join(", ")))],
        )
    });
    let source = match a.fingerprint.is_empty() {
        true => ctx.t("tracking-answer-by-hand"),
        false => ctx.t("tracking-answer-from-pdf"),
    };
    view! {
        <li class="tandem-tracking__answer">
            <strong>{head}</strong>
            {reference.map(|r| view! { <br /> {r} })}
            {reasons.map(|r| view! { <br /> {r} })}
            <br />
            <small>{source}</small>
        </li>
    }
}

/// An answer received on paper, by e-mail or by telephone, entered by hand.
#[component]
fn EnterAnswer() -> impl IntoView {
    let ctx = AppContext::get();
    let kind = RwSignal::new(ReplyKind::Receipt);
    let on = RwSignal::new(today());
    let reference = RwSignal::new(String::new());
    let ends_on = RwSignal::new(String::new());
    let reasons = RwSignal::new(Vec::<&'static str>::new());
    let wrong = RwSignal::new(false);
    let preservation = move || ctx.template.with(reply::is_preservation);
    let kinds = move || {
        ReplyKind::ALL
            .into_iter()
            .filter(|k| reply::offered(*k, preservation()))
            .map(|k| view! { <option value=k.code()>{ctx.t(answer_message(k))}</option> })
            .collect_view()
    };
    let reason_boxes = REASONS
        .into_iter()
        .map(|code| {
            let id = format!("tracking-reason-{code}");
            let label = reason_message(code).unwrap_or_default();
            let toggle = move |ev: web_sys::Event| {
                let on = event_target_checked(&ev);
                reasons.update(|r| {
                    r.retain(|c| *c != code);
                    if on {
                        r.push(code);
                    }
                });
            };
            view! {
                <div class="tandem-choice">
                    <input type="checkbox" id=id.clone() on:change=toggle />
                    <label for=id>{ctx.text(label)}</label>
                </div>
            }
        })
        .collect_view();
    let record = move |_| {
        let k = kind.get_untracked();
        let (day, end) = (on.get_untracked(), ends_on.get_untracked());
        let end_wrong = k == ReplyKind::Preserved && tracking::date(&end).is_none();
        if tracking::date(&day).is_none() || end_wrong {
            wrong.set(true);
            return;
        }
        wrong.set(false);
        let answer = Answer {
            kind: k,
            on: day,
            reference: reference.get_untracked().trim().to_string(),
            fingerprint: String::new(),
            preserved_on: String::new(),
            ends_on: if k == ReplyKind::Preserved {
                end
            } else {
                String::new()
            },
            reasons: match k {
                ReplyKind::Refusal => REASONS
                    .into_iter()
                    .filter(|c| reasons.with_untracked(|r| r.contains(c)))
                    .map(str::to_string)
                    .collect(),
                _ => Vec::new(),
            },
        };
        let template = ctx.template.get_untracked();
        ctx.edit(|d| {
            reply::record(&template, d, answer);
        });
        reference.set(String::new());
    };
    view! {
        <details class="tandem-tracking__enter" id="tracking-enter">
            <summary>{ctx.text("tracking-enter")}</summary>
            <div class="tandem-tracking__row">
                <label class="tandem-field__label" for="tracking-answer-kind">{ctx.text("tracking-answer-kind")}</label>
                <select
                    id="tracking-answer-kind"
                    class="tandem-input tandem-input--select tandem-input--wide"
                    on:change=move |ev| {
                        if let Some(k) = ReplyKind::from_code(&event_target_value(&ev)) {
                            kind.set(k);
                        }
                    }
                >
                    {kinds}
                </select>
                <label class="tandem-field__label" for="tracking-answer-date">{ctx.text("tracking-answer-date")}</label>
                <input
                    type="date"
                    id="tracking-answer-date"
                    class="tandem-input"
                    prop:value=move || on.get()
                    on:input=move |ev| on.set(event_target_value(&ev))
                />
                <label class="tandem-field__label" for="tracking-answer-reference">{ctx.text("tracking-answer-reference")}</label>
                <input
                    type="text"
                    id="tracking-answer-reference"
                    class="tandem-input"
                    prop:value=move || reference.get()
                    on:input=move |ev| reference.set(event_target_value(&ev))
                />
                <Show when=move || kind.get() == ReplyKind::Preserved>
                    <label class="tandem-field__label" for="tracking-answer-ends-on">{ctx.text("tracking-answer-ends-on")}</label>
                    <input
                        type="date"
                        id="tracking-answer-ends-on"
                        class="tandem-input"
                        prop:value=move || ends_on.get()
                        on:input=move |ev| ends_on.set(event_target_value(&ev))
                    />
                </Show>
                <fieldset class="tandem-fieldset" hidden=move || kind.get() != ReplyKind::Refusal>
                    <legend>{ctx.text("tracking-answer-reasons")}</legend>
                    {reason_boxes}
                </fieldset>
                <button type="button" class="tandem-button" id="tracking-record" on:click=record>
                    {ctx.text("tracking-record")}
                </button>
                <p class="tandem-field__error" role="alert">
                    {move || wrong.get().then(|| ctx.t("tracking-date-needed"))}
                </p>
            </div>
        </details>
    }
}

/// The offence category the office files the request under, for its statistics.
#[component]
fn Category(log: Memo<tracking::Tracking>) -> impl IntoView {
    let ctx = AppContext::get();
    let options = std::iter::once(("", "tracking-category-none"))
        .chain(
            CATEGORIES
                .iter()
                .filter_map(|c| category_message(c).map(|m| (*c, m))),
        )
        .map(|(code, message)| {
            let selected = move || log.with(|l| l.category == code);
            view! { <option value=code prop:selected=selected>{ctx.text(message)}</option> }
        })
        .collect_view();
    view! {
        <label class="tandem-field__label" for="tracking-category">{ctx.text("tracking-category")}</label>
        <select
            id="tracking-category"
            class="tandem-input tandem-input--select tandem-input--wide"
            on:change=move |ev| {
                let code = event_target_value(&ev);
                if code.is_empty() || CATEGORIES.contains(&code.as_str()) {
                    ctx.edit(|d| d.tracking.category = code);
                }
            }
        >
            {options}
        </select>
    }
}

/// Closing the request (today), or reopening it.
#[component]
fn Closing(log: Memo<tracking::Tracking>) -> impl IntoView {
    let ctx = AppContext::get();
    let closed = move || log.with(|l| l.closed.clone());
    view! {
        {move || {
            let on = closed();
            (!on.is_empty()).then(|| view! {
                <p id="tracking-closed">{ctx.t_args("tracking-closed", &[("date", Arg::Str(&on))])}</p>
            })
        }}
        <button
            type="button"
            class="tandem-button"
            id="tracking-close"
            on:click=move |_| {
                let open = closed().is_empty();
                ctx.edit(|d| d.tracking.closed = if open { today() } else { String::new() });
            }
        >
            {move || match closed().is_empty() {
                true => ctx.t("tracking-close"),
                false => ctx.t("tracking-reopen"),
            }}
        </button>
    }
}
