//! The draft screen's lock: lock the draft with a passphrase, or remove the lock. Drawn with
//! plain DOM calls like the home screen, to keep the app shell small; the ciphers and the keys
//! are in the lock worker (`lock.rs`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::context::AppContext;
use crate::dom::{self, add, focus_later};

/// What the panel shows while the draft is not locked.
#[derive(Clone, Debug, PartialEq)]
enum Panel {
    Closed,
    /// The passphrase form, with the Fluent id of why the last try failed, if it did.
    Form(Option<String>),
    /// The key is being derived (about a second).
    Locking,
}

/// The lock panel of the draft screen, drawn into `parent`.
pub(crate) fn lock_panel(ctx: AppContext, parent: &Element) {
    let panel = RwSignal::new(Panel::Closed);
    let root = add(parent, "div", &[("class", "tandem-lock")], "");
    dom::listen(&root, "click", move |ev| {
        let act = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.get_attribute("data-act"));
        match act.as_deref() {
            Some("start") => {
                panel.set(Panel::Form(None));
                focus_later("lock-passphrase".to_string(), false);
            }
            Some("cancel") => {
                panel.set(Panel::Closed);
                focus_later("lock-start".to_string(), false);
            }
            Some("remove") => {
                let confirmed = web_sys::window()
                    .and_then(|w| w.confirm_with_message(&ctx.t("lock-remove-confirm")).ok())
                    .unwrap_or(false);
                if confirmed {
                    ctx.unlock_for_good();
                    panel.set(Panel::Closed);
                    focus_later("lock-start".to_string(), false);
                }
            }
            _ => {}
        }
    });
    dom::listen(&root, "submit", move |ev| {
        ev.prevent_default();
        let value = |id: &str| {
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(id))
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default()
        };
        let (passphrase, repeat) = (value("lock-passphrase"), value("lock-repeat"));
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
    });
    dom::effect(move || {
        ctx.ui.track();
        ctx.locked.track();
        panel.track();
        draw(ctx, &root, panel.get_untracked());
    });
}

fn draw(ctx: AppContext, root: &Element, panel: Panel) {
    root.set_text_content(None);
    let button = |parent: &Element, id: &str, act: &str, kind: &str, message: &str| {
        crate::dom::button(parent, kind, id, act, &ctx.t(message));
    };
    if ctx.locked.get_untracked() {
        add(
            root,
            "p",
            &[("class", "tandem-lock__state"), ("id", "lock-state")],
            &ctx.t("lock-locked"),
        );
        return button(root, "lock-remove", "remove", "button", "lock-remove");
    }
    let error = match panel {
        Panel::Closed => return button(root, "lock-start", "start", "button", "lock-action"),
        Panel::Locking => {
            add(root, "p", &[("role", "status")], &ctx.t("lock-locking"));
            return;
        }
        Panel::Form(error) => error,
    };
    let form = add(root, "form", &[("class", "tandem-lock__form")], "");
    for (id, label) in [
        ("lock-passphrase", "lock-passphrase"),
        ("lock-repeat", "lock-repeat"),
    ] {
        add(
            &form,
            "label",
            &[("class", "tandem-field__label"), ("for", id)],
            &ctx.t(label),
        );
        let mut attrs = vec![
            ("type", "password"),
            ("class", "tandem-input"),
            ("id", id),
            ("autocomplete", "new-password"),
        ];
        if error.is_some() {
            attrs.push(("aria-describedby", "lock-error"));
        }
        add(&form, "input", &attrs, "");
    }
    add(
        &form,
        "p",
        &[("class", "tandem-lock__warning")],
        &ctx.t("lock-no-recovery"),
    );
    if let Some(message) = &error {
        add(
            &form,
            "p",
            &[
                ("class", "tandem-notice__error"),
                ("role", "alert"),
                ("id", "lock-error"),
            ],
            &ctx.t(message),
        );
    }
    button(&form, "lock-submit", "", "submit", "lock-submit");
    button(&form, "lock-cancel", "cancel", "button", "home-cancel");
}
