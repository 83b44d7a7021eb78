//! The draft screen's lock: lock the draft with a passphrase, or remove the lock; and the label a
//! locked draft may carry in clear for the list of drafts, chosen when locking or later, under a
//! warning that it is not encrypted. The ciphers and the keys are in the lock worker (`lock.rs`).

use leptos::html;
use leptos::prelude::*;

use crate::context::AppContext;
use crate::focus::focus_later;

/// What the panel shows while the draft is not locked.
#[derive(Clone, Debug, PartialEq)]
enum Panel {
    Closed,
    /// The passphrase form, with the Fluent id of why the last try failed, if it did.
    Form(Option<String>),
    /// The key is being derived (about a second).
    Locking,
}

/// The lock panel of the draft screen.
#[component]
pub fn LockPanel() -> impl IntoView {
    let ctx = AppContext::get();
    let panel = RwSignal::new(Panel::Closed);
    let remove = move |_| {
        let confirmed = window()
            .confirm_with_message(&ctx.t("lock-remove-confirm"))
            .unwrap_or(false);
        if confirmed {
            ctx.unlock_for_good();
            panel.set(Panel::Closed);
            focus_later("lock-start".to_string(), false);
        }
    };
    let start = move |_| {
        panel.set(Panel::Form(None));
        focus_later("lock-passphrase".to_string(), false);
    };
    let shown = move || {
        if ctx.locked.get() {
            return view! {
                <p class="tandem-lock__state" id="lock-state">{ctx.t("lock-locked")}</p>
                <LabelForm />
                <button type="button" class="tandem-button" id="lock-remove" on:click=remove>
                    {ctx.t("lock-remove")}
                </button>
            }
            .into_any();
        }
        match panel.get() {
            Panel::Closed => view! {
                <button type="button" class="tandem-button" id="lock-start" on:click=start>
                    {ctx.t("lock-action")}
                </button>
            }
            .into_any(),
            Panel::Locking => view! { <p role="status">{ctx.t("lock-locking")}</p> }.into_any(),
            Panel::Form(error) => lock_form(ctx, panel, error).into_any(),
        }
    };
    view! { <div class="tandem-lock">{shown}</div> }
}

/// The label of a locked draft: its field, the warning that it is not encrypted, and a button
/// that stores it (sealed again with the label in the envelope's clear header).
#[component]
fn LabelForm() -> impl IntoView {
    let ctx = AppContext::get();
    let input = NodeRef::<html::Input>::new();
    let saved = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let label = input.get_untracked().map(|i| i.value()).unwrap_or_default();
        ctx.edit(|d| d.label = label.trim().to_string());
        saved.set(true);
    };
    let label = ctx.draft.with_untracked(|d| d.label.clone());
    view! {
        <form class="tandem-lock__form" on:submit=submit>
            {label_field(ctx, input, label)}
            <button type="submit" class="tandem-button" id="lock-label-save">
                {ctx.t("lock-label-save")}
            </button>
            <p role="status" id="lock-label-status">
                {move || saved.get().then(|| ctx.t("lock-label-saved"))}
            </p>
        </form>
    }
}

/// The label's field and the warning it is described by.
fn label_field(ctx: AppContext, input: NodeRef<html::Input>, value: String) -> impl IntoView {
    view! {
        <label class="tandem-field__label" for="lock-label">{ctx.t("lock-label")}</label>
        <p class="tandem-lock__warning" id="lock-label-warning">{ctx.t("lock-label-warning")}</p>
        <input
            type="text"
            class="tandem-input"
            id="lock-label"
            autocomplete="off"
            maxlength="120"
            aria-describedby="lock-label-warning"
            prop:value=value
            node_ref=input
        />
    }
}

/// The passphrase, twice, the optional label, and why the last try failed, if it did.
fn lock_form(ctx: AppContext, panel: RwSignal<Panel>, error: Option<String>) -> impl IntoView {
    let passphrase = NodeRef::<html::Input>::new();
    let repeat = NodeRef::<html::Input>::new();
    let label = NodeRef::<html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = |input: NodeRef<html::Input>| {
            input.get_untracked().map(|i| i.value()).unwrap_or_default()
        };
        lock(ctx, panel, value(passphrase), value(repeat), value(label));
    };
    let cancel = move |_| {
        panel.set(Panel::Closed);
        focus_later("lock-start".to_string(), false);
    };
    let described = error.is_some().then_some("lock-error");
    let input = move |id: &'static str, node: NodeRef<html::Input>| {
        view! {
            <label class="tandem-field__label" for=id>{ctx.t(id)}</label>
            <input
                type="password"
                class="tandem-input"
                id=id
                autocomplete="new-password"
                aria-describedby=described
                node_ref=node
            />
        }
    };
    let error = error.map(|message| {
        view! { <p class="tandem-notice__error" role="alert" id="lock-error">{ctx.t(&message)}</p> }
    });
    view! {
        <form class="tandem-lock__form" on:submit=submit>
            {input("lock-passphrase", passphrase)}
            {input("lock-repeat", repeat)}
            <p class="tandem-lock__warning">{ctx.t("lock-no-recovery")}</p>
            {label_field(ctx, label, String::new())}
            {error}
            <button type="submit" class="tandem-button" id="lock-submit">{ctx.t("lock-submit")}</button>
            <button type="button" class="tandem-button" id="lock-cancel" on:click=cancel>
                {ctx.t("home-cancel")}
            </button>
        </form>
    }
}

/// Locks the draft with `passphrase` (typed twice the same) and `label` in clear: the lock worker
/// derives the key and keeps it; from then on every save is sealed.
fn lock(
    ctx: AppContext,
    panel: RwSignal<Panel>,
    passphrase: String,
    repeat: String,
    label: String,
) {
    let refused = if passphrase.is_empty() {
        Some("lock-empty-passphrase")
    } else if passphrase != repeat {
        Some("lock-mismatch")
    } else {
        None
    };
    if let Some(message) = refused {
        panel.set(Panel::Form(Some(message.to_string())));
        return focus_later("lock-passphrase".to_string(), false);
    }
    panel.set(Panel::Locking);
    let id = ctx.draft.with_untracked(|d| d.id.clone());
    crate::lock::send(
        "create",
        &id.clone(),
        &[("passphrase", &passphrase)],
        move |answer| match answer {
            Ok(_) if ctx.draft.with_untracked(|d| d.id == id) => {
                ctx.template
                    .with_untracked(|t| crate::storage::drop_current(&t.id, &id));
                panel.set(Panel::Closed);
                // In the draft before the panel shows it; stored by the first seal.
                ctx.draft
                    .update_untracked(|d| d.label = label.trim().to_string());
                ctx.locked.set(true);
                ctx.edit(|_| {});
                focus_later("lock-remove".to_string(), false);
            }
            Ok(_) => panel.set(Panel::Closed),
            Err(message) => {
                panel.set(Panel::Form(Some(message)));
                focus_later("lock-passphrase".to_string(), false);
            }
        },
    );
}
