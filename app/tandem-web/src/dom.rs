//! Plain DOM calls for the parts of the screen drawn without Leptos views (the home screen, the
//! panels, the form): a Leptos view costs the app shell far more code than the same elements
//! made with these few helpers. User text only ever goes in as text nodes, never as markup.

use leptos::prelude::{on_cleanup, Effect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Document, Element, EventTarget};

/// The page's document.
pub(crate) fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).unwrap_throw()
}

/// Appends an element with attributes and (as text, never markup) its text.
#[inline(never)]
pub(crate) fn add(parent: &Element, tag: &str, attrs: &[(&str, &str)], text: &str) -> Element {
    let element = document().create_element(tag).unwrap_throw();
    for (name, value) in attrs {
        element.set_attribute(name, value).unwrap_throw();
    }
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    parent.append_child(&element).unwrap_throw();
    element
}

pub(crate) use crate::focus::focus_later;

/// Listens to `event` on `target` until the reactive owner this is called under is cleaned up
/// (the part is drawn again or leaves the screen).
pub(crate) fn listen(
    target: &EventTarget,
    event: &'static str,
    handler: impl FnMut(web_sys::Event) + 'static,
) {
    listen_with(target, event, Closure::new(handler));
}

// One copy of the listening and its cleanup for every listener, rather than one per closure.
fn listen_with(
    target: &EventTarget,
    event: &'static str,
    handler: Closure<dyn FnMut(web_sys::Event)>,
) {
    let _ = target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    let target = send_wrapper::SendWrapper::new((target.clone(), handler));
    on_cleanup(move || {
        let (target, handler) = target.take();
        let _ = target.remove_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    });
}

/// Runs `draw`, which draws part of `within` again; the control in it that had the focus (found
/// by its id) has it again.
pub(crate) fn keep_focus(within: &Element, draw: impl FnOnce()) {
    let focused = document()
        .active_element()
        .filter(|e| within.contains(Some(e)))
        .map(|e| e.id());
    draw();
    if let Some(element) = focused
        .filter(|id| !id.is_empty())
        .and_then(|id| document().get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Draws a part again into `root`, keeping the focus (see [`keep_focus`]).
pub(crate) fn redraw(root: &Element, draw: &dyn Fn(&Element)) {
    keep_focus(root, || {
        root.set_text_content(None);
        draw(root);
    });
}

/// Runs `run` on the next tick, then again whenever a signal it read changes. What a run makes
/// (effects, listeners) lives under the effect's reactive owner, cleaned up before the next run
/// and when the part that made the effect leaves the screen.
pub(crate) fn effect(run: impl FnMut() + 'static) {
    boxed_effect(Box::new(run));
}

// One copy of the effect's machinery for every part, rather than one per closure.
fn boxed_effect(mut run: Box<dyn FnMut()>) {
    Effect::new(move |_| run());
}
