//! Work done ahead, once the page is idle, so that what the user asks for next is ready: never
//! when the browser says the connection is metered. And work done once a frame is drawn, so
//! that the frame does not wait for it.

use leptos::prelude::window;
use wasm_bindgen::JsCast;

/// Runs `work` once the page is idle (`requestIdleCallback`), or after a short timer in a
/// browser without it (Safari), so that what is being drawn is drawn first.
pub fn when_idle(work: impl FnOnce() + 'static) {
    let work = wasm_bindgen::closure::Closure::once_into_js(work);
    let window = window();
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let scheduled = match idle {
        Some(idle) => idle.call1(&window, &work).is_ok(),
        None => false,
    };
    if !scheduled {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(work.unchecked_ref(), 1000);
    }
}

/// Runs `work` once the next frame is drawn (a timer queued from `requestAnimationFrame`), or
/// after a timer in a hidden page, which draws no frame.
pub fn after_frame(work: impl FnOnce() + 'static) {
    let window = window();
    let work = wasm_bindgen::closure::Closure::once_into_js(work);
    let hidden = window.document().is_some_and(|d| d.hidden());
    let later = {
        let window = window.clone();
        wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(work.unchecked_ref(), 0);
        })
    };
    if hidden
        || window
            .request_animation_frame(later.unchecked_ref())
            .is_err()
    {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 0);
    }
}

/// Whether the browser says the user asked to save data (a metered connection): then nothing
/// is fetched ahead.
pub fn save_data() -> bool {
    let navigator = window().navigator();
    js_sys::Reflect::get(&navigator, &"connection".into())
        .ok()
        .filter(|c| c.is_object())
        .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}
