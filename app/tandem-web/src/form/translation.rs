//! The wording of free text in document language B, and the count of answers still to be
//! translated.

use leptos::prelude::*;
use tandem_core::document::{
    left_path, same_path, translation_path, translation_status, untranslated, TranslationStatus,
};
use tandem_core::l10n::Arg;

use super::{events, field_id, Form};
use crate::context::AppContext;

/// The wording of a free-text answer (at `path`) in document language B, with its status:
/// translated (typed), the same in both languages (ticked), left untranslated on purpose
/// (ticked: the PDF says so), or still to be translated. An empty answer has no status: there
/// is nothing to translate.
#[component]
pub fn Translation(path: String) -> impl IntoView {
    let form = expect_context::<Form>();
    let (ctx, answers, lang_b) = (form.ctx, form.answers, form.lang_b);
    let (text_path, tick_path, left_path) =
        (translation_path(&path), same_path(&path), left_path(&path));
    let id = field_id(&text_path);
    let status_id = format!("{id}-status");
    let status = {
        let paths = [
            path.clone(),
            text_path.clone(),
            tick_path.clone(),
            left_path.clone(),
        ];
        Memo::new(move |_| {
            for p in &paths {
                answers.track(p);
            }
            ctx.draft.with_untracked(|d| {
                (!d.text(&paths[0]).trim().is_empty()).then(|| translation_status(d, &paths[0]))
            })
        })
    };
    let status_text = move || {
        status.get().map(|status| {
            ctx.t(match status {
                TranslationStatus::Translated => "form-status-translated",
                TranslationStatus::Same => "form-status-same",
                TranslationStatus::Left => "form-status-untranslated",
                TranslationStatus::Pending => "form-status-pending",
            })
        })
    };
    let label = move || {
        format!(
            "{} ({})",
            ctx.t("app-translation"),
            lang_b.get().native_name()
        )
    };
    let dir = move || {
        if lang_b.get().dir() == tandem_core::Dir::Rtl {
            "rtl"
        } else {
            "ltr"
        }
    };
    let shown_text = text_path.clone();
    view! {
        <div class="tandem-translation">
            <label class="tandem-translation__label" for=id.clone()>{label}</label>
            <textarea
                id=id
                class="tandem-input tandem-input--translation"
                rows="2"
                lang=move || lang_b.get().code()
                dir=dir
                aria-describedby=status_id.clone()
                prop:value=move || answers.text(&shown_text)
                on:input=move |ev| events::type_text(form, &text_path, &event_target_value(&ev))
            ></textarea>
            {choice(form, tick_path, "form-same-in-both", status_id.clone())}
            {choice(form, left_path, "form-leave-untranslated", status_id.clone())}
            <p
                class="tandem-translation__status"
                class:tandem-translation__status--pending=move || {
                    status.get() == Some(TranslationStatus::Pending)
                }
                id=status_id
            >
                {status_text}
            </p>
        </div>
    }
}

/// A tick under the translation box ("same in both languages", "leave untranslated") at `path`.
fn choice(form: Form, path: String, label: &'static str, status_id: String) -> impl IntoView {
    let (answers, id, shown) = (form.answers, field_id(&path), path.clone());
    view! {
        <div class="tandem-choice">
            <input
                type="checkbox"
                class="tandem-check"
                id=id.clone()
                aria-describedby=status_id
                prop:checked=move || answers.ticked(&shown)
                on:change=move |ev| events::tick(form, &path, event_target_checked(&ev), &[])
            />
            <label class="tandem-choice__label" for=id>{form.ctx.t(label)}</label>
        </div>
    }
}

/// The count of answers still to be translated, for the completeness panel: a final request
/// waits for them (each is an error at its answer); a draft for consultation says "not
/// translated" where a translation is missing.
#[component]
pub fn UntranslatedCount(ctx: AppContext) -> impl IntoView {
    // As the draft settles, as the report does: not in a keystroke's frame.
    let count = Memo::new(move |_| {
        ctx.track_settled();
        ctx.template
            .with(|t| ctx.draft.with_untracked(|d| untranslated(t, d).len()))
    });
    let text = move || {
        ctx.t_args(
            "form-untranslated",
            &[("count", Arg::Num(count.get() as f64))],
        )
    };
    view! {
        <Show when=move || { count.get() > 0 }>
            <p class="tandem-untranslated" id="untranslated">{text}</p>
        </Show>
    }
}
