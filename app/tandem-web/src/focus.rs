//! Moving the keyboard focus to an element once the page shows it.

use wasm_bindgen::JsCast;

/// Moves the keyboard focus to the element with this id once the page shows it (it may appear
/// or move on the next render); with `first_control`, to the first control inside it.
pub fn focus_later(id: String, first_control: bool) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let element = document.get_element_by_id(&id).and_then(|e| {
            if first_control {
                e.query_selector("input, select, textarea, button")
                    .ok()
                    .flatten()
            } else {
                Some(e)
            }
        });
        if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0);
    }
}
