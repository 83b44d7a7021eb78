//! What a user action in the form does to the draft: typed text is stored when typing pauses,
//! a pick at once; rows are added, moved and removed with the focus following them and the
//! change announced politely.

use leptos::prelude::*;
use tandem_core::datetime;
use tandem_core::l10n::Arg;
use tandem_core::template::row_number;

use super::{field_id, Form};
use crate::focus::focus_later;

/// Typed text: stored when typing pauses.
pub fn type_text(form: Form, path: &str, text: &str) {
    form.ctx.edit_text(|d| d.set_text(path, text));
}

/// A pick from a list or a radio button: stored at once.
pub fn pick(form: Form, path: &str, value: &str) {
    form.ctx.edit(|d| d.set_text(path, value));
}

/// A tick box ticked or unticked: stored at once. An exclusive option ("none of the above") and
/// the others (`untick`) untick each other.
pub fn tick(form: Form, path: &str, on: bool, untick: &[String]) {
    form.ctx.edit(|d| {
        d.set_ticked(path, on);
        if on {
            for other in untick {
                d.set_ticked(other, false);
            }
        }
    });
}

/// A date-time from its two controls: the local date and time, and the zone the user chose.
/// Stored at once, as typed: without a chosen zone it has none (validation says so), never one
/// the user did not pick.
pub fn save_date_time(form: Form, path: &str, local: &str, zone: &str) {
    form.ctx
        .edit(|d| d.set_text(path, &datetime::join(local, zone)));
}

/// Says politely what happened to the row now at position `at` of the item numbered `number`.
fn announce(form: Form, message: &str, number: &str, at: usize) {
    let number = row_number(number, at);
    let text = form.ctx.t_args(message, &[("number", Arg::Str(&number))]);
    form.announcer.set(text);
}

/// Adds a row at the end of the repeatable item at `path`; the focus moves into it.
pub fn add_row(form: Form, path: &str, number: &str) {
    let mut row = String::new();
    form.ctx.edit(|d| row = d.add_row(path));
    let at = form.ctx.draft.with_untracked(|d| d.rows(path).len());
    announce(form, "form-row-added", number, at.saturating_sub(1));
    focus_later(field_id(&format!("{path}.{row}")), true);
}

/// Removes a row; the focus goes to the row taking its place, else to the one before, else to
/// the add button.
pub fn remove_row(form: Form, path: &str, row: &str, number: &str) {
    let before = form.ctx.draft.with_untracked(|d| d.rows(path));
    let Some(at) = before.iter().position(|r| r == row) else {
        return;
    };
    form.ctx.edit(|d| d.remove_row(path, row));
    announce(form, "form-row-removed", number, at);
    let next = before
        .get(at + 1)
        .or_else(|| at.checked_sub(1).and_then(|i| before.get(i)));
    match next {
        Some(next) => focus_later(field_id(&format!("{path}.{next}")), false),
        None => focus_later(format!("{}-add", field_id(path)), false),
    }
}

/// Moves a row up (`-1`) or down (`1`); the focus stays on the button pressed (`act`).
pub fn move_row(form: Form, path: &str, row: &str, number: &str, by: isize, act: &str) {
    let before = form.ctx.draft.with_untracked(|d| d.rows(path));
    let Some(at) = before.iter().position(|r| r == row) else {
        return;
    };
    form.ctx.edit(|d| d.move_row(path, row, by));
    let to = form
        .ctx
        .draft
        .with_untracked(|d| d.rows(path).iter().position(|r| r == row))
        .unwrap_or(at);
    announce(form, "form-row-moved", number, to);
    focus_later(
        format!("{}-{act}", field_id(&format!("{path}.{row}"))),
        false,
    );
}
