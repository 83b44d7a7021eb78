//! The page: the header with the UI language menu, and the main area with the home screen or a
//! draft's screen, as the page's address says. Every part is a Leptos component; the app is
//! mounted once under `<body>` and lives as long as the page.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use tandem_core::route::Route;
use tandem_core::{Catalog, Draft, Lang, Template};
use wasm_bindgen::JsCast;

use crate::context::{current_route, preload_read, template_of, AppContext};
use crate::draft_screen::DraftScreen;
use crate::home::Home;
use crate::idle::{save_data, when_idle};
use crate::lang_menu::LanguageMenu;
use crate::received::ReceivedScreen;
use crate::stats::StatisticsScreen;
use crate::storage;

/// The interface language of a first visit (none stored yet): the first of the browser's
/// languages Tandem has, else English; remembered, so that it is only a default once.
fn first_visit_lang() -> Lang {
    let tags: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    let lang = Lang::from_browser(tags.iter().map(String::as_str)).unwrap_or(Lang::En);
    storage::save_ui_lang(lang);
    lang
}

/// Starts the app under `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(App);
}

/// The whole app: the home screen or a draft's form, as the page's address says.
#[component]
fn App() -> impl IntoView {
    // Messages are fetched per language; the screen appears once the UI language's are in.
    let catalog = Catalog::empty(true);
    // Replaced by the template and draft the address names before any form shows.
    let template = Template::default();
    let draft = Draft::new("", &template, [Lang::En, Lang::Ru]);
    let ui = storage::load_ui_lang().unwrap_or_else(first_visit_lang);
    let ctx = AppContext::new(catalog, template, draft, ui);
    provide_context(ctx);
    listen(ctx);
    ctx.check_persistence();

    // The page's own language and direction follow the UI language.
    Effect::new(move |_| {
        let lang = ctx.ui.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
            let dir = match lang.dir() {
                tandem_core::Dir::Ltr => "ltr",
                tandem_core::Dir::Rtl => "rtl",
            };
            let _ = root.set_attribute("dir", dir);
        }
    });

    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        // The request forms added from files in this browser, before any language's messages:
        // each language gets theirs as it is added.
        ctx.templates.load_packs().await;
        // The UI language's messages and the list of request types, side by side; with the
        // template and messages of the request type the address opens, when it names one (a
        // draft only the journal still holds is opened after).
        let opens = template_of(&current_route());
        let messages = async {
            if let Some(template) = &opens {
                ctx.ensure_template(ui, template).await;
            }
            ctx.ensure_lang(ui).await || (ui != Lang::En && ctx.ensure_lang(Lang::En).await)
        };
        // And what local storage lost in a crash, back from the journal, before it is read; and
        // the code of the screen the address names, if it is not the home screen.
        let (ok, list, (), ()) = futures::future::join4(
            messages,
            ctx.templates.fetch_list(),
            storage::recover(),
            preload_screen(current_route()),
        )
        .await;
        if let Err(reason) = list {
            leptos::logging::error!("{reason}");
            ctx.locale.error.set(Some(reason));
        }
        if ok && !ctx.catalog.with_value(|c| c.has_lang(ui)) {
            ctx.ui.set(Lang::En);
        }
        // The first screen appears whole: with the template and messages of the request it
        // opens, if any, else with the templates of the drafts it lists. (The address as it is
        // now: it may have changed meanwhile.)
        let route = current_route();
        if let Some(template) = template_of(&route) {
            ctx.ensure_template(ctx.ui.get_untracked(), &template).await;
        } else {
            // One after the other: a few, and from the service worker's cache but the first time.
            for (draft, _) in storage::all_drafts() {
                if ctx.templates.offered(&draft.template) {
                    if let Err(reason) = ctx.templates.ensure(&draft.template).await {
                        leptos::logging::error!("{reason}");
                    }
                }
            }
        }
        ctx.open(route);
        ready.set(ok);
        preload_when_idle();
    });

    view! {
        // Why messages could not be loaded, above the screen.
        {move || ctx.locale.error.get().map(|reason| view! {
            <p class="tandem-load-error" role="alert">{format!("Tandem: {reason}")}</p>
        })}
        <Show when=move || ready.get()>
            <Screen />
        </Show>
    }
}

/// Which screen the main area shows.
#[derive(Clone, Copy, PartialEq)]
enum Shown {
    Home,
    Statistics,
    /// A draft's screen (a request received's when `true`), once its request type's messages
    /// are in.
    Draft(bool),
    /// A draft's screen whose request type's messages are not in yet.
    Waiting,
}

/// The header and the main area, with the home screen, a draft's screen or the statistics in it.
#[component]
fn Screen() -> impl IntoView {
    let ctx = AppContext::get();
    let shown = Memo::new(move |_| match ctx.nav.route.get() {
        Route::Draft(_) | Route::Received(_) if !ctx.nav.template_ready.get() => Shown::Waiting,
        Route::Draft(_) => Shown::Draft(false),
        Route::Received(_) => Shown::Draft(true),
        Route::Statistics => Shown::Statistics,
        Route::Home | Route::New(_) => Shown::Home,
    });
    view! {
        <header class="tandem-header">
            <div class="tandem-header__brand">
                <h1 class="tandem-header__title">{ctx.text("app-name")}</h1>
                <p class="tandem-header__tagline">{ctx.text("app-tagline")}</p>
            </div>
            <LanguagePicker />
        </header>
        <main class="tandem-main" id="main">
            <p class="tandem-privacy">{ctx.text("app-privacy")}</p>
            {(!ctx.saving.storage_ok).then(|| view! {
                <p class="tandem-notice__error" role="alert" id="storage-unavailable">
                    {ctx.text("storage-unavailable")}
                </p>
            })}
            <TemplateStatus />
            {move || match shown.get() {
                Shown::Draft(false) => later(draft_screen()),
                Shown::Draft(true) => later(received_screen()),
                Shown::Waiting => ().into_any(),
                Shown::Statistics => later(statistics_screen()),
                Shown::Home => view! { <Home /> }.into_any(),
            }}
        </main>
    }
}

// The screens other than home are split from the app shell: each function marked `wasm_split`
// is a wasm module of its own (scripts/split-web), fetched the first time it is called, or ahead
// (`preload_screen`); each is the only place its screen is named, so that the screen's code is in
// no other module. A module that cannot be fetched is an `Err`, said in the UI language.

/// A draft's screen, in its own wasm module.
#[wasm_split(draft_screen, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_draft_screen))]
fn draft_screen() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <DraftScreen /> }.into_any())
}

/// A request received's screen, in its own wasm module.
#[wasm_split(received_screen, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_received_screen))]
fn received_screen() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ReceivedScreen /> }.into_any())
}

/// The statistics screen, in its own wasm module.
#[wasm_split(statistics_screen, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_statistics_screen))]
fn statistics_screen() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <StatisticsScreen /> }.into_any())
}

/// A screen whose code arrives later: shown once its module is in (nothing before: it is a
/// moment, from the service worker's cache after the first visit), or why it could not be.
/// Built under the owner this is called in, as if it had been drawn at once; never built once
/// that owner is gone. (Not `<Suspense>`: the screen's own waits, an export's, would make it
/// hide the whole screen.)
pub(crate) fn later(
    screen: impl std::future::Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
) -> AnyView {
    let ready = RwSignal::new(false);
    let view = StoredValue::new_local(None::<AnyView>);
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        let shown = screen.await.unwrap_or_else(|_| {
            let text = AppContext::get().text("app-load-failed");
            view! { <p class="tandem-notice__error" role="alert" id="load-failed">{text}</p> }
                .into_any()
        });
        view.set_value(Some(shown));
        ready.set(true);
    });
    (move || {
        ready
            .get()
            .then(|| view.try_update_value(Option::take).flatten())
    })
    .into_any()
}

/// Fetches ahead the code of the screen an address shows, when it is not the home screen's,
/// with the template reader when it opens a request. One that cannot be fetched now is fetched
/// again when shown.
async fn preload_screen(route: Route) {
    use futures::future::join;
    let _ = match route {
        Route::Draft(_) | Route::New(_) => join(preload_draft_screen(), preload_read()).await.0,
        Route::Received(_) => join(preload_received_screen(), preload_read()).await.0,
        Route::Statistics => preload_statistics_screen().await,
        Route::Home => Ok(()),
    };
}

/// Once the first screen is shown and the page is idle, fetches the code of a draft's screen, of
/// its panels and export, and of the template reader (and so the modules they share with the
/// other screens), so that opening a draft on a first visit does not wait for it; not on a
/// metered connection.
fn preload_when_idle() {
    if save_data() {
        return;
    }
    when_idle(|| {
        leptos::task::spawn_local(async {
            preload_screen(Route::New(String::new())).await;
            let _ = crate::draft_screen::preload_draft_tools().await;
        })
    });
}

/// Whether the request type asked for is being fetched, or could not be.
#[component]
fn TemplateStatus() -> impl IntoView {
    let ctx = AppContext::get();
    move || {
        if ctx.templates.failed.get() {
            let text = ctx.text("app-template-failed");
            Some(view! { <p class="tandem-notice__error" role="alert" id="template-failed">{text}</p> }.into_any())
        } else if ctx.templates.loading.get() {
            let text = ctx.text("app-template-loading");
            Some(
                view! {
                    <div class="tandem-notice">
                        <p role="status" id="template-loading">{text}</p>
                    </div>
                }
                .into_any(),
            )
        } else {
            None
        }
    }
}

/// The UI language menu (separate from the document languages).
#[component]
fn LanguagePicker() -> impl IntoView {
    let ctx = AppContext::get();
    view! {
        <div class="tandem-lang">
            <LanguageMenu
                id="ui-lang"
                label="app-ui-language"
                chosen=ctx.ui
                pick=Callback::new(move |lang| ctx.set_ui_lang(lang))
                mark_drafts=true
            />
        </div>
    }
}

/// Follows the page's address (links, back and forward), and stores typed text at once when
/// the page is hidden or closed: listeners for the page's whole life.
fn listen(ctx: AppContext) {
    // Their handles are dropped: the listeners stay as long as the page.
    let _ = window_event_listener_untyped("hashchange", move |_| ctx.open(current_route()));
    let _ = window_event_listener_untyped("pagehide", move |_| ctx.flush());
    // Another tab stored a draft: if it is the one open here, this tab may have to stop saving.
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if let Some(id) = ev.key().as_deref().and_then(storage::changed_draft) {
            ctx.changed_elsewhere(id, ev.new_value());
        }
    });
    let on_visibility = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            ctx.flush();
        }
    });
    let _ = document().add_event_listener_with_callback(
        "visibilitychange",
        on_visibility.as_ref().unchecked_ref(),
    );
    on_visibility.forget();
}
