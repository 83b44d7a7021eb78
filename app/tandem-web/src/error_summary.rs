//! The GOV.UK-style error summary, shown before the form after a final export was refused: each
//! issue named like the form names its place, linking to its field.

use leptos::prelude::*;
use tandem_core::l10n::Arg;

use crate::context::AppContext;
use crate::focus::focus_later;
use crate::form::field_id;

/// The error summary, while errors are shown and there are any.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let ctx = AppContext::get();
    let issues = Memo::new(move |_| {
        if ctx.show_errors.get() {
            ctx.report.with(|r| r.issues.clone())
        } else {
            Vec::new()
        }
    });
    move || {
        ctx.template.track();
        issues.with(|issues| {
            (!issues.is_empty()).then(|| {
                let items = issues
                    .iter()
                    .map(|issue| {
                        let target = field_id(&issue.path);
                        let text = format!(
                            "{}: {}",
                            question_label(ctx, &issue.path).unwrap_or_else(|| issue.path.clone()),
                            ctx.t(issue.message)
                        );
                        let href = format!("#{target}");
                        // Focus moves to the field itself, whatever the page's address.
                        let go = move |ev: leptos::ev::MouseEvent| {
                            ev.prevent_default();
                            focus_later(target.clone(), false);
                        };
                        view! { <li><a href=href on:click=go>{text}</a></li> }
                    })
                    .collect_view();
                view! {
                    <div class="tandem-error-summary" id="error-summary" role="alert" tabindex="-1">
                        <h2 class="tandem-error-summary__title">{ctx.t("app-errors-heading")}</h2>
                        <ul class="tandem-error-summary__list">{items}</ul>
                    </div>
                }
            })
        })
    }
}

/// What the error summary calls the answer at `path`: its question's number and label, and the
/// row and part of it where the issue is ("Row 12.1.2 — Legal provision").
fn question_label(ctx: AppContext, path: &str) -> Option<String> {
    let place = ctx.draft.with_untracked(|d| {
        ctx.template
            .with_untracked(|t| tandem_core::form::place(t, d, path))
    })?;
    let question = match &place.row {
        Some(row) => ctx.t_args("app-row", &[("number", Arg::Str(row))]),
        None => format!("{} {}", place.number, ctx.t_basis(&place.label)),
    };
    Some(match &place.part {
        Some(part) => format!("{question} — {}", ctx.t_basis(part)),
        None => question,
    })
}
