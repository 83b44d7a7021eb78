//! The form over `form.rs`'s plain DOM drawing, until the form itself is made of Leptos
//! components (branch ui-form): then the draft screen mounts the form's own components and this
//! file goes.

use leptos::html;
use leptos::prelude::*;

use crate::context::AppContext;

/// Draws every item of the draft's template into the form's fieldset, again when another draft
/// is opened; what a drawing made goes with the next one.
pub fn draw_form_into(ctx: AppContext, fieldset: NodeRef<html::Fieldset>, draft_id: Memo<String>) {
    Effect::new(move |_| {
        draft_id.track();
        if let Some(fieldset) = fieldset.get() {
            fieldset.set_text_content(None);
            untrack(|| crate::form::draw_form(ctx, &fieldset));
        }
    });
}

/// The count of answers still to be translated.
#[component]
pub fn UntranslatedCount() -> impl IntoView {
    let ctx = AppContext::get();
    let root = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(root) = root.get() {
            untrack(|| crate::form::draw_untranslated(ctx, &root));
        }
    });
    view! { <div node_ref=root class="tandem-completeness__untranslated"></div> }
}
