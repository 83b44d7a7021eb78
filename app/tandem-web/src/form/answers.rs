//! What the form's controls read: one trigger per answer path, made as paths appear, fired only
//! for the paths an edit changed; the issues by path once errors are shown; the office's zone.

use std::collections::HashMap;

use leptos::prelude::*;
use tandem_core::template::Item;
use tandem_core::{datetime, Lang};

use crate::context::{AppContext, Changed};

/// One drawing of the form: the app's state and what its controls read. Provided as context to
/// every part of the form.
#[derive(Clone, Copy)]
pub struct Form {
    pub ctx: AppContext,
    pub answers: Answers,
    /// The issue messages by answer path (none until a final export was tried).
    pub issues: Memo<HashMap<String, Vec<&'static str>>>,
    /// The office's time zone, if the user chose it: offered first for every time.
    pub office: Memo<Option<&'static str>>,
    /// Document language B, which translations are written in: it changes under a drawn form
    /// (it follows the requested State), and only the translation boxes read it.
    pub lang_b: Memo<Lang>,
    /// What the form last announced to screen readers (a row added, moved or removed).
    pub announcer: RwSignal<String>,
}

impl Form {
    /// A new drawing of the form: from now on each edit fires the triggers of the paths it
    /// changed (every path for another version of the draft).
    pub fn new(ctx: AppContext, announcer: RwSignal<String>) -> Form {
        ctx.take_changed();
        let answers = Answers {
            ctx,
            triggers: StoredValue::new(HashMap::new()),
        };
        Effect::new(move |_| {
            ctx.draft.track();
            let changed = ctx.take_changed();
            untrack(|| answers.notify(changed));
        });
        let issues = Memo::new(move |_| {
            let mut issues: HashMap<String, Vec<&'static str>> = HashMap::new();
            if ctx.show_errors.get() {
                ctx.report.with(|r| {
                    for issue in &r.issues {
                        issues
                            .entry(issue.path.clone())
                            .or_default()
                            .push(issue.message);
                    }
                });
            }
            issues
        });
        let office = Memo::new(move |_| {
            answers.track(datetime::OFFICE_ZONE);
            ctx.draft.with_untracked(datetime::office_offset)
        });
        Form {
            ctx,
            answers,
            issues,
            office,
            lang_b: Memo::new(move |_| ctx.draft.with(|d| d.langs[1])),
            announcer,
        }
    }

    /// The issue messages at a path in the UI language, once errors are shown.
    pub fn errors_at(&self, path: String) -> Memo<Option<String>> {
        let (ctx, issues) = (self.ctx, self.issues);
        Memo::new(move |_| {
            issues.with(|all| {
                all.get(&path).map(|messages| {
                    messages
                        .iter()
                        .map(|m| ctx.t(m))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
            })
        })
    }
}

/// The draft's answers, read path by path: what reads one answer runs again only when that
/// answer changes, not on every edit anywhere in the draft (a long form holds thousands of
/// controls).
#[derive(Clone, Copy)]
pub struct Answers {
    ctx: AppContext,
    triggers: StoredValue<HashMap<String, ArcTrigger>>,
}

impl Answers {
    /// Subscribes what runs now to the answer at `path`.
    pub fn track(&self, path: &str) {
        let trigger = self.triggers.try_update_value(|triggers| {
            triggers
                .entry(path.to_string())
                .or_insert_with(ArcTrigger::new)
                .clone()
        });
        if let Some(trigger) = trigger {
            trigger.track();
        }
    }

    /// The text answer at `path`.
    pub fn text(&self, path: &str) -> String {
        self.track(path);
        self.ctx.draft.with_untracked(|d| d.text(path).to_string())
    }

    /// Whether the tick box at `path` is ticked.
    pub fn ticked(&self, path: &str) -> bool {
        self.track(path);
        self.ctx.draft.with_untracked(|d| d.ticked(path))
    }

    /// The row ids of the repeatable item at `path`, in order.
    pub fn rows(&self, path: &str) -> Vec<String> {
        self.track(path);
        self.ctx.draft.with_untracked(|d| d.rows(path))
    }

    /// Subscribes what runs now to the answer an item's condition reads (`when`).
    pub fn track_condition(&self, item: &Item) {
        if let Some(when) = item.when.as_deref() {
            for clause in when.split('&').map(str::trim) {
                self.track(clause.split_once('=').map_or(clause, |(path, _)| path));
            }
        }
    }

    /// Fires the triggers of the changed answers.
    fn notify(&self, changed: Changed) {
        let fired: Vec<ArcTrigger> = self.triggers.with_value(|triggers| match &changed {
            Changed::All => triggers.values().cloned().collect(),
            Changed::Paths(paths) => paths
                .iter()
                .filter_map(|p| triggers.get(p).cloned())
                .collect(),
        });
        for trigger in fired {
            trigger.notify();
        }
    }
}
