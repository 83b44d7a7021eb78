//! Issues at the fields: the error line of an answer path (once a final export was tried), and
//! what a control is described by.

use leptos::prelude::*;

use super::{field_id, Form};

/// The id of the error line of an answer path.
pub fn error_id(path: &str) -> String {
    format!("{}-error", field_id(path))
}

/// The error line of a path, shown while it has issues, with the id controls point at.
pub fn error_line(error: Memo<Option<String>>, id: String) -> impl IntoView {
    move || {
        error
            .get()
            .map(|message| view! { <p class="tandem-field__error" id=id.clone()>{message}</p> })
    }
}

/// The error line of a path that has no control of its own (a row's time range, a time).
#[component]
pub fn ErrorsAt(path: String) -> impl IntoView {
    let form = expect_context::<Form>();
    let id = error_id(&path);
    error_line(form.errors_at(path), id)
}

/// What a control is described by: its hint (if it has one) and its error line while shown.
pub fn described_by(
    hint_id: Option<String>,
    error: Memo<Option<String>>,
    error_id: String,
) -> Signal<Option<String>> {
    Signal::derive(move || {
        let ids: Vec<&str> = hint_id
            .iter()
            .map(String::as_str)
            .chain(error.with(Option::is_some).then_some(error_id.as_str()))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    })
}
