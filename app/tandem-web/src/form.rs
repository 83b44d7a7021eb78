//! The request form, drawn from the template with plain DOM calls: one numbered field per item,
//! with its hint and its issues, bound to the draft by answer path.
//!
//! A keystroke costs the same in a short form and a long one: the form's one `input`, `change`
//! and `click` listeners tell controls apart by their data attributes, and after an edit only
//! the controls of the answers that changed ([`AppContext::take_changed`]) are brought up to
//! date. Repeatable rows are keyed by their row ids, so adding, removing or moving a row never
//! re-creates the inputs of the others. The form is drawn again whole only when the UI language,
//! the catalog, the request type, the draft or document language B changes. User text only ever
//! goes in as text or as a control's value, never as markup.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use tandem_core::country::COUNTRIES;
use tandem_core::document::{
    same_path, translation_path, translation_status, untranslated, TranslationStatus,
};
use tandem_core::format::{self, parse_date_time, When, CURRENCIES};
use tandem_core::l10n::Arg;
use tandem_core::template::{
    detail_path, is_within, item_number, item_path, option_path, row_number, row_path,
    ChoiceOption, Item, ItemKind,
};
use tandem_core::validate::{is_shown, IDENTIFIER_TYPES};
use tandem_core::{timezone, Draft, Lang};
use wasm_bindgen::{JsCast, JsValue, UnwrapThrowExt};
use web_sys::{Element, Node};

use crate::context::{AppContext, Changed};
use crate::dom::{add, document, focus_later, listen, redraw};

/// The id of the input of an answer path (links from the error summary point here).
pub fn field_id(path: &str) -> String {
    format!("field-{path}")
}

/// Brings part of the form up to date with the draft after its answer changed.
type Watch = Rc<dyn Fn(&Form, &Draft)>;

/// A drawn form: what to bring up to date when an answer changes, and where issues go.
struct Form {
    ctx: AppContext,
    /// Document language B, which translations are written in.
    lang_b: Lang,
    /// By answer path: what depends on it, each with the scope (item, row, option) it was
    /// drawn for, so that it goes when that part of the form does.
    watches: RefCell<HashMap<String, Vec<(String, Watch)>>>,
    /// By answer path: where its issues are shown.
    slots: RefCell<HashMap<String, ErrorSlot>>,
    /// The issue messages shown, by answer path (none until a final export was tried).
    issues: RefCell<HashMap<String, Vec<&'static str>>>,
}

/// Where the issues of an answer path are shown.
struct ErrorSlot {
    /// The error line goes before this node.
    before: Node,
    /// The field marked as in error.
    field: Option<Element>,
    /// The control described by the error line (after its hint, if it has one), and whether it
    /// is marked invalid.
    control: Option<(Element, Option<String>, bool)>,
    /// The error line shown.
    line: Option<Element>,
}

/// The whole form into `parent`: its sections (`div.tandem-sections`) and the polite
/// announcements of row changes (`p[role=status]`). Its listeners and effects go away with the
/// reactive owner this is called under.
pub fn draw_form(ctx: AppContext, parent: &Element) {
    let root = add(parent, "div", &[("class", "tandem-sections")], "");
    let announcer = add(
        parent,
        "p",
        &[
            ("class", "tandem-visually-hidden"),
            ("role", "status"),
            ("aria-live", "polite"),
        ],
        "",
    );
    let form: Rc<RefCell<Option<Rc<Form>>>> = Rc::default();
    // What the whole form is drawn again for; anything else only brings controls up to date.
    let drawn_for = Memo::new(move |_| {
        let template = ctx.template.with(|t| t.id.clone());
        let (id, lang_b) = ctx.draft.with(|d| (d.id.clone(), d.langs[1]));
        (ctx.catalog_version(), template, id, lang_b)
    });
    {
        let (form, root) = (form.clone(), root.clone());
        crate::dom::effect(move || {
            let (template, lang_b) = drawn_for.with(|(_, t, _, lang_b)| (t.clone(), *lang_b));
            root.set_attribute("data-template", &template)
                .unwrap_throw();
            untrack(|| {
                let drawn = Rc::new(Form {
                    ctx,
                    lang_b,
                    watches: RefCell::default(),
                    slots: RefCell::default(),
                    issues: RefCell::new(issues_now(ctx)),
                });
                ctx.take_changed();
                ctx.draft
                    .with_untracked(|d| redraw(&root, &|root| drawn.sections(root, d)));
                *form.borrow_mut() = Some(drawn);
            });
        });
    }
    {
        let form = form.clone();
        crate::dom::effect(move || {
            ctx.draft.track();
            let changed = ctx.take_changed();
            let drawn = form.borrow().clone();
            if let Some(drawn) = drawn {
                untrack(|| ctx.draft.with_untracked(|d| drawn.patch(changed, d)));
            }
        });
    }
    crate::dom::effect(move || {
        let now = issues_now(ctx);
        let drawn = form.borrow().clone();
        if let Some(drawn) = drawn {
            untrack(|| drawn.show_issues(now));
        }
    });
    listen(&root, "input", move |ev| on_input(ctx, &ev));
    listen(&root, "change", move |ev| on_change(ctx, &ev));
    listen(&root, "click", move |ev| on_click(ctx, &announcer, &ev));
}

/// The count of answers still to be translated into `parent`, for the completeness panel: not
/// an error, the PDF says "not translated" where a translation is missing.
pub fn draw_untranslated(ctx: AppContext, parent: &Element) {
    let parent = parent.clone();
    Effect::new(move |shown: Option<Option<Element>>| {
        let count = ctx
            .template
            .with(|t| ctx.draft.with(|d| untranslated(t, d).len()));
        let shown = shown.flatten();
        if count == 0 {
            if let Some(line) = shown {
                line.remove();
            }
            return None;
        }
        let text = ctx.t_args("form-untranslated", &[("count", Arg::Num(count as f64))]);
        let line = shown.unwrap_or_else(|| {
            let attrs = [("class", "tandem-untranslated"), ("id", "untranslated")];
            add(&parent, "p", &attrs, "")
        });
        if line.text_content().as_deref() != Some(text.as_str()) {
            line.set_text_content(Some(&text));
        }
        Some(line)
    });
}

/// The issues of the draft by answer path, once errors are shown.
fn issues_now(ctx: AppContext) -> HashMap<String, Vec<&'static str>> {
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
}

/// Reads a property of a DOM object (a control's `value`, `checked`, `selectedIndex`).
fn prop(element: &Element, name: &str) -> JsValue {
    js_sys::Reflect::get(element, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Sets a property of a DOM object.
fn set_prop(element: &Element, name: &str, value: JsValue) {
    let _ = js_sys::Reflect::set(element, &name.into(), &value);
}

/// A control's value.
fn value_of(element: &Element) -> String {
    prop(element, "value").as_string().unwrap_or_default()
}

/// Sets a control's value, only if it differs (so that the caret never jumps); a select whose
/// options hold no such value shows its first option.
fn set_value(element: &Element, value: &str) {
    if value_of(element) != value {
        set_prop(element, "value", value.into());
    }
    if prop(element, "selectedIndex").as_f64() == Some(-1.0) {
        set_prop(element, "selectedIndex", 0.into());
    }
}

/// Ticks or unticks a tick box or radio button.
fn set_checked(element: &Element, on: bool) {
    if prop(element, "checked").as_bool() != Some(on) {
        set_prop(element, "checked", on.into());
    }
}

/// Sets an attribute, or removes it (`None`).
fn set_attr(element: &Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(value) => element.set_attribute(name, value),
        None => element.remove_attribute(name),
    };
}

/// Appends text (never markup).
fn text(parent: &Element, text: &str) {
    let _ = parent.append_with_str_1(text);
}

/// The element with this id.
fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// The element an event happened on.
fn target_of(ev: &web_sys::Event) -> Option<Element> {
    ev.target().and_then(|t| t.dyn_into::<Element>().ok())
}

/// Typed text: stored when typing pauses. A date-time's local part: at once.
fn on_input(ctx: AppContext, ev: &web_sys::Event) {
    let Some(control) = target_of(ev) else {
        return;
    };
    if let Some(path) = control.get_attribute("data-text") {
        let text = value_of(&control);
        ctx.edit_text(|d| d.set_text(&path, &text));
    } else if let Some(path) = control.get_attribute("data-date-time") {
        save_date_time(ctx, &path);
    }
}

/// A pick from a list, a radio button or a tick box: stored at once. An exclusive option ("none
/// of the above") and the others untick each other.
fn on_change(ctx: AppContext, ev: &web_sys::Event) {
    let Some(control) = target_of(ev) else {
        return;
    };
    if let Some(path) = control.get_attribute("data-pick") {
        let value = control
            .get_attribute("data-value")
            .unwrap_or_else(|| value_of(&control));
        ctx.edit(|d| d.set_text(&path, &value));
    } else if let Some(path) = control.get_attribute("data-tick") {
        let on = prop(&control, "checked").as_bool().unwrap_or(false);
        let others = control.get_attribute("data-untick").unwrap_or_default();
        ctx.edit(|d| {
            d.set_ticked(&path, on);
            if on {
                for other in others.split_whitespace() {
                    d.set_ticked(other, false);
                }
            }
        });
    } else if let Some(path) = control.get_attribute("data-zone") {
        save_date_time(ctx, &path);
    }
}

/// Stores a date-time from its two controls: the local date and time, and the time zone the user
/// picked. No zone is ever assumed: a time without one is stored as typed, and validation asks
/// for its zone (behind shared addresses, a log time off by hours names the wrong subscriber).
fn save_date_time(ctx: AppContext, path: &str) {
    let id = field_id(path);
    let part = |id: &str| by_id(id).map(|e| value_of(&e)).unwrap_or_default();
    let (local, offset) = (part(&id), part(&format!("{id}-zone")));
    let joined = if local.is_empty() {
        String::new()
    } else {
        format!("{local}{offset}")
    };
    ctx.edit(|d| d.set_text(path, &joined));
}

/// A row added, moved or removed. The focus follows the row (into a new one; after a removal to
/// the row taking its place, else to the add button) and the change is announced politely.
fn on_click(ctx: AppContext, announcer: &Element, ev: &web_sys::Event) {
    let Some(button) = target_of(ev).and_then(|t| t.closest("[data-act]").ok().flatten()) else {
        return;
    };
    let attr = |name: &str| button.get_attribute(name).unwrap_or_default();
    let (act, path, row, item_number) = (
        attr("data-act"),
        attr("data-list"),
        attr("data-row"),
        attr("data-number"),
    );
    let announce = |id: &str, at: usize| {
        let number = row_number(&item_number, at);
        let text = ctx.t_args(id, &[("number", Arg::Str(&number))]);
        announcer.set_text_content(Some(&text));
    };
    if act == "add" {
        let mut row = String::new();
        ctx.edit(|d| row = d.add_row(&path));
        let at = ctx.draft.with_untracked(|d| d.rows(&path).len());
        announce("form-row-added", at.saturating_sub(1));
        return focus_later(field_id(&format!("{path}.{row}")), true);
    }
    let before = ctx.draft.with_untracked(|d| d.rows(&path));
    let Some(at) = before.iter().position(|r| *r == row) else {
        return;
    };
    if act == "remove" {
        ctx.edit(|d| d.remove_row(&path, &row));
        announce("form-row-removed", at);
        let next = before
            .get(at + 1)
            .or_else(|| at.checked_sub(1).and_then(|i| before.get(i)));
        return match next {
            Some(next) => focus_later(field_id(&format!("{path}.{next}")), false),
            None => focus_later(format!("{}-add", field_id(&path)), false),
        };
    }
    ctx.edit(|d| d.move_row(&path, &row, if act == "up" { -1 } else { 1 }));
    let to = ctx
        .draft
        .with_untracked(|d| d.rows(&path).iter().position(|r| *r == row))
        .unwrap_or(at);
    announce("form-row-moved", to);
    focus_later(
        format!("{}-{act}", field_id(&format!("{path}.{row}"))),
        false,
    );
}

/// The office's time zone, offered first in every time-zone list: the answer of the template's
/// first time-zone item, else the browser's. Never written into an answer by itself.
fn office_offset(template: &tandem_core::Template, draft: &Draft) -> String {
    template
        .items()
        .filter(|(_, item, _, _)| item.kind == ItemKind::TimeZone)
        .map(|(_, _, path, _)| draft.text(&path).to_string())
        .find(|v| timezone::parse_offset(v).is_some())
        .or_else(|| {
            timezone::offset_for_minutes(crate::context::browser_offset_minutes())
                .map(str::to_string)
        })
        .unwrap_or_default()
}

/// Splits a stored date-time into its local part and its offset.
fn split_date_time(value: &str) -> (String, String) {
    match value.get(..16).zip(value.get(16..)) {
        Some((minutes, rest)) if value.get(10..11) == Some("T") => {
            let (seconds, offset) = match rest.strip_prefix(':') {
                Some(r) => (
                    format!(":{}", r.get(..2).unwrap_or("00")),
                    r.get(2..).unwrap_or(""),
                ),
                None => (String::new(), rest),
            };
            let offset = if offset == "Z" { "+00:00" } else { offset };
            (format!("{minutes}{seconds}"), offset.to_string())
        }
        _ => (value.to_string(), String::new()),
    }
}

/// The UTC equivalent of a stored date-time, if it has a time zone.
fn utc_line(ctx: AppContext, value: &str) -> String {
    match parse_date_time(value) {
        Some(When::Zoned(t)) => {
            let utc = t.naive_utc();
            format!(
                "{}: {} {} UTC",
                ctx.t("app-utc-equivalent"),
                format::iso_date(utc.date()),
                format::clock(utc.time(), true)
            )
        }
        _ => String::new(),
    }
}

/// Countries sorted by their name with the browser's collation rules for the UI language
/// (Ä with A in German, Ç after C in Turkish…), which also spares the app Unicode case tables.
fn country_options(ctx: AppContext) -> Vec<(String, String)> {
    let mut names: Vec<(String, String)> = COUNTRIES
        .iter()
        .map(|(code, id)| (code.to_string(), ctx.t(id)))
        .collect();
    let locales = js_sys::Array::of1(&ctx.ui.get_untracked().code().into());
    let compare = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new()).compare();
    names.sort_by(|(_, a), (_, b)| {
        let order = compare
            .call2(&JsValue::NULL, &a.into(), &b.into())
            .ok()
            .and_then(|n| n.as_f64())
            .unwrap_or(0.0);
        order.partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal)
    });
    names
}

impl Form {
    /// Notes what to bring up to date when the answer at `path` changes, for the part of the
    /// form at `scope`; runs it once now.
    fn watch(&self, path: &str, scope: &str, d: &Draft, watch: impl Fn(&Form, &Draft) + 'static) {
        watch(self, d);
        self.watches
            .borrow_mut()
            .entry(path.to_string())
            .or_default()
            .push((scope.to_string(), Rc::new(watch)));
    }

    /// Forgets the part of the form at `scope` (a row removed, an item or detail hidden).
    fn forget(&self, scope: &str) {
        for watches in self.watches.borrow_mut().values_mut() {
            watches.retain(|(s, _)| !is_within(s, scope));
        }
        self.slots.borrow_mut().retain(|p, _| !is_within(p, scope));
    }

    /// Brings the controls of the changed answers up to date (not those of a part that went
    /// meanwhile: a row removed, an item hidden).
    fn patch(&self, changed: Changed, d: &Draft) {
        let watches: Vec<(String, Watch)> = {
            let all = self.watches.borrow();
            let of = |(path, watches): (&String, &Vec<(String, Watch)>)| {
                watches
                    .iter()
                    .map(|(_, w)| (path.clone(), w.clone()))
                    .collect::<Vec<_>>()
            };
            match &changed {
                Changed::All => all.iter().flat_map(of).collect(),
                Changed::Paths(paths) => paths
                    .iter()
                    .filter_map(|p| all.get_key_value(p))
                    .flat_map(of)
                    .collect(),
            }
        };
        for (path, watch) in watches {
            let live = self
                .watches
                .borrow()
                .get(&path)
                .is_some_and(|ws| ws.iter().any(|(_, w)| Rc::ptr_eq(w, &watch)));
            if live {
                watch(self, d);
            }
        }
    }

    /// Shows the issues whose messages changed.
    fn show_issues(&self, now: HashMap<String, Vec<&'static str>>) {
        let before = self.issues.replace(now);
        let issues = self.issues.borrow();
        let mut slots = self.slots.borrow_mut();
        for path in before.keys().chain(issues.keys()) {
            if before.get(path) != issues.get(path) {
                if let Some(slot) = slots.get_mut(path) {
                    self.show_slot(path, slot, issues.get(path));
                }
            }
        }
    }

    /// Notes where the issues of `path` go, and shows those there are.
    fn slot(&self, path: &str, mut slot: ErrorSlot) {
        if let Some(messages) = self.issues.borrow().get(path) {
            self.show_slot(path, &mut slot, Some(messages));
        }
        self.slots.borrow_mut().insert(path.to_string(), slot);
    }

    /// Shows (or takes away) the error line of a path, and marks its field and control.
    fn show_slot(&self, path: &str, slot: &mut ErrorSlot, messages: Option<&Vec<&'static str>>) {
        let id = format!("{}-error", field_id(path));
        let text = messages.map(|m| {
            m.iter()
                .map(|m| self.ctx.t(m))
                .collect::<Vec<_>>()
                .join(" ")
        });
        match (&text, &slot.line) {
            (Some(text), Some(line)) => line.set_text_content(Some(text)),
            (Some(text), None) => {
                let line = document().create_element("p").unwrap_throw();
                line.set_attribute("class", "tandem-field__error")
                    .unwrap_throw();
                line.set_attribute("id", &id).unwrap_throw();
                line.set_text_content(Some(text));
                if let Some(parent) = slot.before.parent_node() {
                    let _ = parent.insert_before(&line, Some(&slot.before));
                }
                slot.line = Some(line);
            }
            (None, Some(line)) => {
                line.remove();
                slot.line = None;
            }
            (None, None) => {}
        }
        let error = text.is_some();
        if let Some(field) = &slot.field {
            let _ = field
                .class_list()
                .toggle_with_force("tandem-field--error", error);
        }
        if let Some((control, hint, invalid)) = &slot.control {
            let ids: Vec<&str> = hint
                .iter()
                .map(String::as_str)
                .chain(error.then_some(id.as_str()))
                .collect();
            let ids = ids.join(" ");
            set_attr(
                control,
                "aria-describedby",
                Some(&ids).filter(|i| !i.is_empty()).map(|s| s.as_str()),
            );
            if *invalid {
                set_attr(control, "aria-invalid", error.then_some("true"));
            }
        }
    }

    /// Every section, into the form's root.
    fn sections(&self, root: &Element, d: &Draft) {
        let ctx = self.ctx;
        let sections = ctx.template.with_untracked(|t| t.sections.clone());
        for section in sections {
            let element = match &section.heading {
                Some(heading) => {
                    let element = add(root, "fieldset", &[("class", "tandem-section")], "");
                    let legend = format!("{} {}", section.number, ctx.t(heading));
                    add(
                        &element,
                        "legend",
                        &[("class", "tandem-section__heading")],
                        &legend,
                    );
                    element
                }
                None => add(root, "div", &[("class", "tandem-section")], ""),
            };
            let items = Rc::new(section.items.clone());
            for (i, item) in section.items.iter().enumerate() {
                let path = item_path(&section, item);
                let number = item_number(&section, i);
                let Some(when) = item.when.as_deref() else {
                    self.field(&element, item, &path, &number, d);
                    continue;
                };
                // Shown only while its condition holds; drawn again when it holds again.
                let anchor = document().create_comment("");
                let _ = element.append_child(&anchor);
                let when = when.split_once('=').map_or(when, |(p, _)| p);
                let shown: RefCell<Option<Element>> = RefCell::default();
                let (item, parent) = (item.clone(), element.clone());
                self.watch(when, "", d, move |f, d| {
                    let show = is_shown(d, &item);
                    if show == shown.borrow().is_some() {
                        return;
                    }
                    match shown.take() {
                        Some(field) => {
                            field.remove();
                            f.forget(&path);
                        }
                        None => {
                            let field = f.field(&parent, &item, &path, &number, d);
                            let _ = parent.insert_before(&field, Some(&anchor));
                            *shown.borrow_mut() = Some(field);
                        }
                    }
                });
                // A section whose items are all hidden is not shown, heading and all.
                let (items, element) = (items.clone(), element.clone());
                self.watch(when, "", d, move |_, d| {
                    let hidden = !items.iter().any(|i| is_shown(d, i));
                    let _ = element
                        .class_list()
                        .toggle_with_force("tandem-hidden", hidden);
                });
            }
        }
    }

    /// The label of a field: its number (none for a field of a row), its text and whether it
    /// must be answered.
    fn label(&self, label: &Element, item: &Item, number: &str) {
        if !number.is_empty() {
            add(label, "span", &[("class", "tandem-field__number")], number);
            text(label, " ");
        }
        text(label, &self.ctx.t(&item.label));
        if item.required {
            let required = format!(" ({})", self.ctx.t("app-required"));
            add(
                label,
                "span",
                &[("class", "tandem-field__required")],
                &required,
            );
        }
    }

    /// One numbered question (or a field of a row, with an empty number), appended to `parent`.
    fn field(&self, parent: &Element, item: &Item, path: &str, number: &str, d: &Draft) -> Element {
        let ctx = self.ctx;
        let id = field_id(path);
        let hint_id = item.hint.then(|| format!("{id}-hint"));
        let hint = |field: &Element| {
            hint_id.as_ref().map(|hint_id| {
                let attrs = [("class", "tandem-field__hint"), ("id", hint_id.as_str())];
                add(field, "p", &attrs, &ctx.hint(&item.label))
            })
        };
        // Items answered with several controls are a group of their own, named by a legend.
        let grouped = matches!(
            item.kind,
            ItemKind::Choice
                | ItemKind::Ticks
                | ItemKind::Group
                | ItemKind::Identifiers
                | ItemKind::DateTime
                | ItemKind::TimeRange
                | ItemKind::Money
        );
        if grouped {
            // The error summary links to `field-<path>`: the fieldset carries it unless one of
            // its inputs does.
            let fieldset_id = match item.kind {
                ItemKind::DateTime | ItemKind::Money => format!("{id}-group"),
                _ => id.clone(),
            };
            let mut attrs = vec![
                ("class", "tandem-field tandem-field--group"),
                ("id", fieldset_id.as_str()),
                ("tabindex", "-1"),
            ];
            if let Some(hint_id) = &hint_id {
                attrs.push(("aria-describedby", hint_id));
            }
            let field = add(parent, "fieldset", &attrs, "");
            let label_id = format!("{id}-label");
            let legend = add(
                &field,
                "legend",
                &[("class", "tandem-field__label"), ("id", &label_id)],
                "",
            );
            self.label(&legend, item, number);
            let above = hint(&field).unwrap_or(legend);
            match item.kind {
                ItemKind::Choice | ItemKind::Ticks => self.options(&field, item, path, d),
                ItemKind::Group | ItemKind::Identifiers => self.rows(&field, item, path, number, d),
                ItemKind::TimeRange => {
                    let range = add(&field, "div", &[("class", "tandem-range")], "");
                    self.date_time(&range, &format!("{path}.from"), "identifier-from", d);
                    self.date_time(&range, &format!("{path}.to"), "identifier-to", d);
                }
                ItemKind::Money => self.money(&field, path, &id, d),
                _ => {
                    self.date_time(&field, path, "", d);
                }
            }
            if let Some(before) = above.next_sibling() {
                let control = (field.clone(), hint_id, false);
                let slot = ErrorSlot {
                    before,
                    field: Some(field.clone()),
                    control: Some(control),
                    line: None,
                };
                self.slot(path, slot);
            }
            return field;
        }

        let field = add(parent, "div", &[("class", "tandem-field")], "");
        let label = add(
            &field,
            "label",
            &[("class", "tandem-field__label"), ("for", &id)],
            "",
        );
        self.label(&label, item, number);
        hint(&field);
        let control = self.input(&field, item.kind, path, &id, hint_id.as_deref(), d);
        let invalid = item.kind != ItemKind::Tick;
        let slot = ErrorSlot {
            before: control.clone().into(),
            field: Some(field.clone()),
            control: Some((control, hint_id, invalid)),
            line: None,
        };
        self.slot(path, slot);
        if item.kind.is_free_text() && item.translate {
            self.translation(&field, path, d);
        }
        field
    }

    /// A select of `options` (value, text) after "Choose…", showing the answer at `path`.
    fn select(
        &self,
        parent: &Element,
        attrs: &[(&str, &str)],
        options: impl IntoIterator<Item = (String, String)>,
        path: &str,
        d: &Draft,
    ) -> Element {
        let select = add(parent, "select", attrs, "");
        add(
            &select,
            "option",
            &[("value", "")],
            &self.ctx.t("app-choose"),
        );
        for (value, text) in options {
            add(&select, "option", &[("value", &value)], &text);
        }
        let (shown, path_) = (select.clone(), path.to_string());
        self.watch(path, path, d, move |_, d| set_value(&shown, d.text(&path_)));
        select
    }

    /// The control of a single-control item.
    fn input(
        &self,
        parent: &Element,
        kind: ItemKind,
        path: &str,
        id: &str,
        hint_id: Option<&str>,
        d: &Draft,
    ) -> Element {
        let ctx = self.ctx;
        let mut attrs = vec![("id", id)];
        if let Some(hint_id) = hint_id {
            attrs.push(("aria-describedby", hint_id));
        }
        match kind {
            ItemKind::TimeZone | ItemKind::Country => {
                attrs.extend([
                    ("class", "tandem-input tandem-input--select"),
                    ("data-pick", path),
                ]);
                let options: Vec<(String, String)> = if kind == ItemKind::Country {
                    country_options(ctx)
                } else {
                    timezone::OFFSETS
                        .iter()
                        .map(|o| (o.to_string(), timezone::display(o)))
                        .collect()
                };
                self.select(parent, &attrs, options, path, d)
            }
            ItemKind::Tick => {
                attrs.extend([
                    ("type", "checkbox"),
                    ("class", "tandem-check"),
                    ("data-tick", path),
                ]);
                let tick = add(parent, "input", &attrs, "");
                let (shown, path_) = (tick.clone(), path.to_string());
                self.watch(path, path, d, move |_, d| {
                    set_checked(&shown, d.ticked(&path_))
                });
                tick
            }
            _ => {
                let (tag, input_type, autocomplete, dir) = match kind {
                    ItemKind::LongText => ("textarea", "", "", None),
                    ItemKind::Date => ("input", "date", "off", None),
                    ItemKind::Email => ("input", "email", "email", Some("ltr")),
                    ItemKind::Phone => ("input", "tel", "tel", Some("ltr")),
                    ItemKind::Url => ("input", "url", "url", Some("ltr")),
                    _ => ("input", "text", "off", None),
                };
                if tag == "textarea" {
                    attrs.extend([("class", "tandem-input tandem-input--long"), ("rows", "5")]);
                } else {
                    attrs.extend([
                        ("class", "tandem-input"),
                        ("type", input_type),
                        ("autocomplete", autocomplete),
                        ("spellcheck", "false"),
                    ]);
                }
                if let Some(dir) = dir {
                    attrs.push(("dir", dir));
                }
                attrs.push(("data-text", path));
                self.text_input(parent, tag, &attrs, path, d)
            }
        }
    }

    /// A text input or text area showing the answer at `path`.
    fn text_input(
        &self,
        parent: &Element,
        tag: &str,
        attrs: &[(&str, &str)],
        path: &str,
        d: &Draft,
    ) -> Element {
        let input = add(parent, tag, attrs, "");
        let (shown, path_) = (input.clone(), path.to_string());
        self.watch(path, path, d, move |_, d| set_value(&shown, d.text(&path_)));
        input
    }

    /// The wording of a free-text answer (at `path`) in document language B, with its status:
    /// translated (typed), the same in both languages (ticked), or still to be translated.
    fn translation(&self, parent: &Element, path: &str, d: &Draft) {
        let ctx = self.ctx;
        let (text_path, tick_path) = (translation_path(path), same_path(path));
        let (id, tick_id) = (field_id(&text_path), field_id(&tick_path));
        let status_id = format!("{id}-status");
        let box_ = add(parent, "div", &[("class", "tandem-translation")], "");
        let label = format!(
            "{} ({})",
            ctx.t("app-translation"),
            self.lang_b.native_name()
        );
        let attrs = [("class", "tandem-translation__label"), ("for", id.as_str())];
        add(&box_, "label", &attrs, &label);
        let dir = if self.lang_b.dir() == tandem_core::Dir::Rtl {
            "rtl"
        } else {
            "ltr"
        };
        let attrs = [
            ("id", id.as_str()),
            ("class", "tandem-input tandem-input--translation"),
            ("rows", "2"),
            ("lang", self.lang_b.code()),
            ("dir", dir),
            ("aria-describedby", &status_id),
            ("data-text", &text_path),
        ];
        self.text_input(&box_, "textarea", &attrs, &text_path, d);
        let choice = add(&box_, "div", &[("class", "tandem-choice")], "");
        let attrs = [
            ("type", "checkbox"),
            ("class", "tandem-check"),
            ("id", tick_id.as_str()),
            ("aria-describedby", &status_id),
            ("data-tick", &tick_path),
        ];
        let tick = add(&choice, "input", &attrs, "");
        let attrs = [("class", "tandem-choice__label"), ("for", tick_id.as_str())];
        add(&choice, "label", &attrs, &ctx.t("form-same-in-both"));
        let tick_path_ = tick_path.clone();
        self.watch(&tick_path, &tick_path, d, move |_, d| {
            set_checked(&tick, d.ticked(&tick_path_))
        });
        let status = add(&box_, "p", &[("id", &status_id)], "");
        let shown: Rc<std::cell::Cell<Option<TranslationStatus>>> = Rc::default();
        for watched in [&text_path, &tick_path] {
            let (status, path, shown) = (status.clone(), path.to_string(), shown.clone());
            self.watch(watched, watched, d, move |f, d| {
                let now = translation_status(d, &path);
                if shown.replace(Some(now)) == Some(now) {
                    return;
                }
                let class = match now {
                    TranslationStatus::Pending => {
                        "tandem-translation__status tandem-translation__status--pending"
                    }
                    _ => "tandem-translation__status",
                };
                status.set_attribute("class", class).unwrap_throw();
                let message = match now {
                    TranslationStatus::Translated => "form-status-translated",
                    TranslationStatus::Same => "form-status-same",
                    TranslationStatus::Pending => "form-status-pending",
                };
                status.set_text_content(Some(&f.ctx.t(message)));
            });
        }
    }

    /// A date-time with its time zone: a local date and time and a UTC offset, kept as one
    /// answer (`2026-11-20T14:03:11+04:00`), with its UTC equivalent shown.
    fn date_time(&self, parent: &Element, path: &str, label: &str, d: &Draft) -> Element {
        let ctx = self.ctx;
        let id = field_id(path);
        let zone_id = format!("{id}-zone");
        let box_ = add(parent, "div", &[("class", "tandem-datetime")], "");
        if !label.is_empty() {
            add(
                &box_,
                "span",
                &[("class", "tandem-datetime__label")],
                &ctx.t(label),
            );
        }
        let controls = add(&box_, "div", &[("class", "tandem-datetime__controls")], "");
        let part = add(
            &controls,
            "label",
            &[("class", "tandem-datetime__part")],
            "",
        );
        let text = format!("{} / {}", ctx.t("app-date"), ctx.t("app-time"));
        add(&part, "span", &[], &text);
        let attrs = [
            ("id", id.as_str()),
            ("class", "tandem-input"),
            ("type", "datetime-local"),
            ("step", "1"),
            ("data-date-time", path),
        ];
        let local = add(&part, "input", &attrs, "");
        let part = add(
            &controls,
            "label",
            &[("class", "tandem-datetime__part")],
            "",
        );
        add(&part, "span", &[], &ctx.t("app-time-zone"));
        let zone = add(
            &part,
            "select",
            &[
                ("id", &zone_id),
                ("class", "tandem-input tandem-input--select"),
                ("data-zone", path),
            ],
            "",
        );
        add(&zone, "option", &[("value", "")], &ctx.t("app-choose"));
        // The office's zone first, then every zone: the user still picks it.
        let office = ctx.template.with_untracked(|t| office_offset(t, d));
        let first = timezone::OFFSETS.iter().filter(|o| **o == office);
        for offset in first.chain(timezone::OFFSETS.iter().filter(|o| **o != office)) {
            add(
                &zone,
                "option",
                &[("value", offset)],
                &timezone::display(offset),
            );
        }
        let utc = add(
            &box_,
            "p",
            &[("class", "tandem-datetime__utc"), ("aria-live", "polite")],
            "",
        );
        let path_ = path.to_string();
        self.watch(path, path, d, move |f, d| {
            let value = d.text(&path_);
            let (day, offset) = split_date_time(value);
            set_value(&local, &day);
            set_value(&zone, &offset);
            let line = utc_line(f.ctx, value);
            if utc.text_content().unwrap_or_default() != line {
                utc.set_text_content(Some(&line).filter(|l| !l.is_empty()).map(|s| s.as_str()));
            }
        });
        box_
    }

    /// An amount and its currency.
    fn money(&self, parent: &Element, path: &str, id: &str, d: &Draft) {
        let ctx = self.ctx;
        let box_ = add(parent, "div", &[("class", "tandem-money")], "");
        let label_id = format!("{id}-label");
        let attrs = [
            ("id", id),
            ("class", "tandem-input tandem-input--amount"),
            ("type", "text"),
            ("inputmode", "decimal"),
            ("dir", "ltr"),
            // The question names the amount; the currency has its own label.
            ("aria-labelledby", &label_id),
            ("data-text", path),
        ];
        self.text_input(&box_, "input", &attrs, path, d);
        let label = add(&box_, "label", &[("class", "tandem-money__currency")], "");
        add(&label, "span", &[], &ctx.t("app-currency"));
        let currency_path = format!("{path}.currency");
        let currency_id = field_id(&currency_path);
        let attrs = [
            ("id", currency_id.as_str()),
            ("class", "tandem-input tandem-input--select"),
            ("data-pick", &currency_path),
        ];
        let options = CURRENCIES.iter().map(|c| (c.to_string(), c.to_string()));
        self.select(&label, &attrs, options, &currency_path, d);
    }

    /// Radio buttons for exactly one option (`choice`) or tick boxes for any number (`ticks`),
    /// each with the detail box of a picked option.
    fn options(&self, parent: &Element, item: &Item, path: &str, d: &Draft) {
        let ctx = self.ctx;
        let id = field_id(path);
        for option in &item.options {
            let choice = add(parent, "div", &[("class", "tandem-choice")], "");
            let (control, picked_at) = if item.kind == ItemKind::Choice {
                let option_id = format!("{id}-{}", option.id);
                let attrs = [
                    ("type", "radio"),
                    ("class", "tandem-choice__radio"),
                    ("id", option_id.as_str()),
                    ("name", &id),
                    ("data-pick", path),
                    ("data-value", &option.id),
                ];
                (add(&choice, "input", &attrs, ""), path.to_string())
            } else {
                let tick_path = option_path(path, option);
                let untick: Vec<String> = item
                    .options
                    .iter()
                    .filter(|o| o.id != option.id && (o.exclusive || option.exclusive))
                    .map(|o| option_path(path, o))
                    .collect();
                let tick_id = field_id(&tick_path);
                let attrs = [
                    ("type", "checkbox"),
                    ("class", "tandem-check"),
                    ("id", tick_id.as_str()),
                    ("data-tick", &tick_path),
                    ("data-untick", &untick.join(" ")),
                ];
                (add(&choice, "input", &attrs, ""), tick_path)
            };
            let attrs = [("class", "tandem-choice__label"), ("for", &control.id())];
            add(&choice, "label", &attrs, &ctx.t(&option.label));
            let (kind, value) = (item.kind, option.id.clone());
            let picked = move |d: &Draft, at: &str| match kind {
                ItemKind::Choice => d.text(at) == value,
                _ => d.ticked(at),
            };
            let at = picked_at.clone();
            let picked_now = picked.clone();
            self.watch(&picked_at, &picked_at, d, move |_, d| {
                set_checked(&control, picked_now(d, &at))
            });
            self.detail(&choice, option, path, &picked_at, picked, d);
        }
    }

    /// The detail box of an option, after its control while the option is picked.
    fn detail(
        &self,
        choice: &Element,
        option: &ChoiceOption,
        item_path: &str,
        picked_at: &str,
        picked: impl Fn(&Draft, &str) -> bool + 'static,
        d: &Draft,
    ) {
        let Some(detail) = option.detail.clone() else {
            return;
        };
        let path = detail_path(item_path, option);
        let (choice, at) = (choice.clone(), picked_at.to_string());
        let shown: RefCell<Option<Element>> = RefCell::default();
        self.watch(picked_at, picked_at, d, move |f, d| {
            let show = picked(d, &at);
            if show == shown.borrow().is_some() {
                return;
            }
            if let Some(field) = shown.take() {
                field.remove();
                return f.forget(&path);
            }
            let id = field_id(&path);
            let parent = choice.parent_element().unwrap_throw();
            let field = add(
                &parent,
                "div",
                &[("class", "tandem-field tandem-field--detail")],
                "",
            );
            let attrs = [("class", "tandem-field__label"), ("for", id.as_str())];
            add(&field, "label", &attrs, &f.ctx.t(&detail.label));
            let attrs = [
                ("id", id.as_str()),
                ("class", "tandem-input"),
                ("type", "text"),
                ("spellcheck", "false"),
                ("data-text", &path),
            ];
            let input = f.text_input(&field, "input", &attrs, &path, d);
            let slot = ErrorSlot {
                before: input.clone().into(),
                field: Some(field.clone()),
                control: Some((input, None, true)),
                line: None,
            };
            f.slot(&path, slot);
            if detail.translate {
                f.translation(&field, &path, d);
            }
            let _ = choice.after_with_node_1(&field);
            *shown.borrow_mut() = Some(field);
        });
    }

    /// The rows of a repeatable item (a group's fields, or typed identifiers) and the button
    /// adding one. Rows are kept by id: one added, moved or removed leaves the others' controls
    /// as they are.
    fn rows(&self, parent: &Element, item: &Item, path: &str, number: &str, d: &Draft) {
        let ctx = self.ctx;
        let list = add(parent, "ol", &[("class", "tandem-rows")], "");
        let add_label = if item.kind == ItemKind::Identifiers {
            "app-add-identifier"
        } else {
            "app-add-row"
        };
        let add_id = format!("{}-add", field_id(path));
        let attrs = [
            ("type", "button"),
            ("class", "tandem-button"),
            ("id", add_id.as_str()),
            ("data-act", "add"),
            ("data-list", path),
            ("data-number", number),
        ];
        add(parent, "button", &attrs, &ctx.t(add_label));
        let drawn: RefCell<Vec<(String, Row)>> = RefCell::default();
        let (item, path_, number) = (item.clone(), path.to_string(), number.to_string());
        self.watch(path, path, d, move |f, d| {
            let rows = d.rows(&path_);
            let mut drawn = drawn.borrow_mut();
            drawn.retain(|(row, shown)| {
                let keep = rows.contains(row);
                if !keep {
                    shown.li.remove();
                    f.forget(&format!("{path_}.{row}"));
                }
                keep
            });
            for (at, row) in rows.iter().enumerate() {
                let label = row_number(&number, at);
                let shown = match drawn.iter().position(|(r, _)| r == row) {
                    Some(i) => drawn.remove(i).1,
                    None => f.row(&list, &item, &path_, row, &number, d),
                };
                let next = list.children().item(at as u32);
                if next.as_ref() != Some(&shown.li) {
                    let _ = list.insert_before(&shown.li, next.as_ref().map(|n| n.as_ref()));
                }
                if shown.label != label {
                    f.number_row(&shown, &label);
                }
                drawn.insert(at, (row.clone(), Row { label, ..shown }));
            }
        });
    }

    /// One row of a repeatable item, appended to `list` (numbered by the caller).
    fn row(
        &self,
        list: &Element,
        item: &Item,
        path: &str,
        row: &str,
        number: &str,
        d: &Draft,
    ) -> Row {
        let base = format!("{path}.{row}");
        let row_id = field_id(&base);
        let heading_id = format!("{row_id}-heading");
        let attrs = [
            ("class", "tandem-row"),
            ("id", row_id.as_str()),
            ("tabindex", "-1"),
            ("aria-labelledby", &heading_id),
        ];
        let li = add(list, "li", &attrs, "");
        let heading = add(
            &li,
            "p",
            &[("class", "tandem-row__number"), ("id", &heading_id)],
            "",
        );
        if item.kind == ItemKind::Identifiers {
            self.identifier(&li, &base, d);
        } else {
            for field in &item.fields {
                self.field(&li, field, &row_path(path, row, &field.id), "", d);
            }
        }
        let tools = add(&li, "div", &[("class", "tandem-row__tools")], "");
        let buttons = ["up", "down", "remove"].map(|act| {
            let id = format!("{row_id}-{act}");
            let attrs = [
                ("type", "button"),
                ("class", "tandem-button tandem-button--small"),
                ("id", id.as_str()),
                ("data-act", act),
                ("data-list", path),
                ("data-row", row),
                ("data-number", number),
            ];
            add(&tools, "button", &attrs, "")
        });
        for (button, message) in buttons.iter().zip(ROW_TOOLS) {
            button.set_text_content(Some(&self.ctx.t(message)));
        }
        Row {
            li,
            heading,
            buttons,
            label: String::new(),
        }
    }

    /// Writes a row's number ("10.2", as in the PDF) in its heading and its buttons' names.
    fn number_row(&self, row: &Row, label: &str) {
        let ctx = self.ctx;
        let name = ctx.t_args("app-row", &[("number", Arg::Str(label))]);
        row.heading.set_text_content(Some(&name));
        for (button, message) in row.buttons.iter().zip(ROW_TOOLS) {
            let text = format!("{} — {name}", ctx.t(message));
            button.set_attribute("aria-label", &text).unwrap_throw();
        }
    }

    /// A typed identifier: kind, value, and for IP addresses the source port and time of use;
    /// with an optional time range of the data sought.
    fn identifier(&self, li: &Element, base: &str, d: &Draft) {
        let ctx = self.ctx;
        let at = |f: &str| format!("{base}.{f}");
        let type_path = at("type");
        let type_id = field_id(&type_path);
        let field = add(li, "div", &[("class", "tandem-field")], "");
        let attrs = [("class", "tandem-field__label"), ("for", type_id.as_str())];
        add(&field, "label", &attrs, &ctx.t("identifier-type"));
        let attrs = [
            ("id", type_id.as_str()),
            ("class", "tandem-input tandem-input--select"),
            ("data-pick", &type_path),
        ];
        let kinds = IDENTIFIER_TYPES
            .iter()
            .map(|&(id, message)| (id.to_string(), ctx.t(message)));
        let select = self.select(&field, &attrs, kinds, &type_path, d);
        let slot = ErrorSlot {
            before: select.into(),
            field: Some(field),
            control: None,
            line: None,
        };
        self.slot(&type_path, slot);
        let value = add(li, "div", &[("class", "tandem-identifier")], "");
        let value_item = simple_item("value", "identifier-value");
        self.field(&value, &value_item, &at("value"), "", d);
        left_to_right_input(&value);
        let port_path = at("port");
        let shown: RefCell<Option<Element>> = RefCell::default();
        let (port_item, li_) = (simple_item("port", "identifier-port"), li.clone());
        let type_path_ = type_path.clone();
        self.watch(&type_path, &type_path, d, move |f, d| {
            let show = d.text(&type_path_) == "ip";
            if show == shown.borrow().is_some() {
                return;
            }
            if let Some(port) = shown.take() {
                port.remove();
                return f.forget(&port_path);
            }
            let port = add(&li_, "div", &[("class", "tandem-identifier")], "");
            f.field(&port, &port_item, &port_path, "", d);
            left_to_right_input(&port);
            let _ = value.after_with_node_1(&port);
            *shown.borrow_mut() = Some(port);
        });
        // The time the identifier was used, then the time range, each with its issues.
        let at_path = at("at");
        let at_box = self.date_time(li, &at_path, "identifier-at", d);
        self.slot(
            &at_path,
            ErrorSlot {
                before: at_box.into(),
                field: None,
                control: None,
                line: None,
            },
        );
        let range = add(li, "div", &[("class", "tandem-range")], "");
        self.date_time(&range, &at("from"), "identifier-from", d);
        self.date_time(&range, &at("to"), "identifier-to", d);
        self.slot(
            base,
            ErrorSlot {
                before: range.into(),
                field: None,
                control: None,
                line: None,
            },
        );
    }
}

/// The messages of a row's buttons, in their order.
const ROW_TOOLS: [&str; 3] = ["app-move-up", "app-move-down", "app-remove-row"];

/// A row drawn: its element, heading and buttons, and the number they show.
struct Row {
    li: Element,
    heading: Element,
    buttons: [Element; 3],
    label: String,
}

/// An item made on the spot for a fixed field of an identifier row.
fn simple_item(id: &str, label: &str) -> Item {
    Item {
        id: id.to_string(),
        kind: ItemKind::Text,
        label: label.to_string(),
        hint: false,
        required: false,
        translate: false,
        options: Vec::new(),
        fields: Vec::new(),
        when: None,
        meaning: None,
        printed: true,
    }
}

/// Identifiers read the same in both languages and left to right (an IP address, an e-mail
/// address, an account number), also in a right-to-left form; their labels and issues follow the
/// page's direction.
fn left_to_right_input(field: &Element) {
    if let Ok(Some(input)) = field.query_selector("input") {
        let _ = input.set_attribute("dir", "ltr");
    }
}
