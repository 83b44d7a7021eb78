//! A language menu: the interface language and each document language are chosen with it. Forty
//! languages are grouped by the script they are written in, each under its own name, and a
//! search field narrows the list as one types a code or part of a name; Enter there picks the
//! language of the code typed, or else the first language left.

use leptos::prelude::*;
use tandem_core::Lang;

use crate::context::AppContext;

/// What was typed into a search, trimmed and in lower case, as [`Lang::matches`] takes it:
/// lowered by the browser's own `toLowerCase`, as `str::to_lowercase` would bring Unicode's case
/// tables into the app shell (about 4 kB brotli).
fn lowered(typed: &str) -> String {
    js_sys::JsString::from(typed.trim()).to_lower_case().into()
}

/// `id` is the select's (its search field is `<id>-search`); `label` the Fluent message of its
/// label; `chosen` the language shown as selected; `pick` is called with the language chosen;
/// `mark_drafts` adds "machine translation" to every language not yet reviewed; `only`, if given,
/// the languages offered (a request form added from a file offers its own).
#[component]
pub fn LanguageMenu(
    id: &'static str,
    label: &'static str,
    #[prop(into)] chosen: Signal<Lang>,
    pick: Callback<Lang>,
    #[prop(optional)] mark_drafts: bool,
    #[prop(optional, into)] only: Option<Signal<Option<Vec<Lang>>>>,
) -> AnyView {
    let ctx = AppContext::get();
    let offered = move |lang: &Lang| {
        only.is_none_or(|only| only.with(|o| o.as_ref().is_none_or(|o| o.contains(lang))))
    };
    let typed = RwSignal::new(String::new());
    let search_id = format!("{id}-search");
    // Drawn again when the search, the choice or the interface language changes: forty
    // options are cheap, and the select itself (and its focus) stays.
    let groups = move || {
        let typed = lowered(&typed.read());
        let chosen = chosen.get();
        Lang::menu()
            .into_iter()
            .filter_map(|(group, langs)| {
                let options = langs
                    .into_iter()
                    .filter(|l| l.matches(&typed) && offered(l))
                    .map(|lang| {
                        let name = lang.native_name();
                        let text = if mark_drafts && !lang.is_reviewed() {
                            format!("{name} — {}", ctx.t("app-machine-translation"))
                        } else {
                            name.to_string()
                        };
                        view! {
                            <option
                                value=lang.code()
                                lang=lang.code()
                                selected=chosen == lang
                            >
                                {text}
                            </option>
                        }
                        .into_any()
                    })
                    .collect::<Vec<_>>();
                (!options.is_empty()).then(|| {
                    view! { <optgroup label=ctx.t(group.message_id())>{options}</optgroup> }
                        .into_any()
                })
            })
            .collect::<Vec<_>>()
    };
    let nothing = move || {
        let t = lowered(&typed.read());
        Lang::ALL.iter().all(|l| !l.matches(&t) || !offered(l))
    };
    view! {
        <div class="tandem-lang-menu">
            <label class="tandem-lang-menu__label" for=id>{ctx.text(label)}</label>
            <input
                type="search"
                id=search_id.clone()
                class="tandem-input tandem-lang-menu__search"
                aria-label=move || ctx.t("app-language-search")
                placeholder=move || ctx.t("app-language-search")
                aria-controls=id
                autocomplete="off"
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        // A code typed in full wins; else the first name left.
                        let text = lowered(&typed.get_untracked());
                        let first = Lang::from_code(&text).filter(offered).or_else(|| {
                            Lang::menu()
                                .into_iter()
                                .flat_map(|(_, langs)| langs)
                                .find(|l| l.matches(&text) && offered(l))
                        });
                        if let Some(lang) = first {
                            typed.set(String::new());
                            pick.run(lang);
                        }
                    }
                }
            />
            <select
                id=id
                class="tandem-input tandem-input--select"
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                        typed.set(String::new());
                        pick.run(lang);
                    }
                }
            >
                {groups}
            </select>
            <p class="tandem-lang-menu__none" role="status">
                {move || nothing().then(|| ctx.t("app-language-none"))}
            </p>
        </div>
    }
    // One erased type for the three menus' callers.
    .into_any()
}

/// The two document languages' menus side by side, `ids` theirs (A, B), labelled as the form
/// labels them; `pick` gets the side (0: A, 1: B) and the language picked.
#[component]
pub fn LanguagePair(
    ids: [&'static str; 2],
    #[prop(into)] chosen: Signal<[Lang; 2]>,
    pick: Callback<(usize, Lang)>,
    #[prop(into)] only: Signal<Option<Vec<Lang>>>,
) -> impl IntoView {
    let labels = ["app-document-language-a", "app-document-language-b"];
    [0, 1]
        .into_iter()
        .map(|side| {
            view! {
                <div class="tandem-doc-langs__item">
                    <LanguageMenu
                        id=ids[side]
                        label=labels[side]
                        chosen=Signal::derive(move || chosen.get()[side])
                        pick=Callback::new(move |lang| pick.run((side, lang)))
                        only=only
                    />
                </div>
            }
        })
        .collect_view()
}
