//! The service provider picker, above a section that names the provider a request goes to
//! (`provider = …` in the template): picking a provider's profile fills the section's addressee
//! (legal entity, address for legal process, portal, e-mail) and shows what the profile says for
//! the request — requirements, emergency route, preservation period, languages, what was not
//! found, its sources and the date they were read. The user can still pick "another service
//! provider" and type anything. What is picked is kept in the draft beside the section's answers
//! (`<section>#provider`, `#service`, `#users-in`, `#requesters-in`), never printed. Every
//! decision is `tandem_core::profile`'s; this only shows it.

use leptos::html;
use leptos::prelude::*;
use tandem_core::l10n::Arg;
use tandem_core::profile::{self, Addressee, Axis, Pick};
use tandem_core::provider::{Provider, Purpose, SourceKind};
use tandem_core::template::PROVIDER_ITEMS;
use tandem_core::{country, Draft};

use super::input::show_in_list;
use super::Form;

/// Where the picker keeps what was picked, beside the section's answers.
fn key(section: &str, what: &str) -> String {
    format!("{section}#{what}")
}

/// The profile and choices picked in a section, if a profile is picked.
fn picked(draft: &Draft, section: &str, providers: &[Provider]) -> Option<(usize, Pick)> {
    let id = draft.text(&key(section, "provider"));
    let index = providers.iter().position(|p| p.id == id)?;
    let region =
        |what: &str| Some(draft.text(&key(section, what)).to_string()).filter(|s| !s.is_empty());
    Some((
        index,
        Pick {
            service: region("service"),
            users_in: region("users-in"),
            requesters_in: region("requesters-in"),
        },
    ))
}

/// A pick completed with the profile's defaults: its first service, and along each axis the
/// profile distinguishes, the region offered first.
fn completed(provider: &Provider, mut pick: Pick) -> Pick {
    let known =
        |p: &Option<String>, regions: &[String]| p.as_ref().is_some_and(|r| regions.contains(r));
    if !pick
        .service
        .as_ref()
        .is_some_and(|s| provider.services.iter().any(|x| &x.id == s))
    {
        pick.service = provider.services.first().map(|s| s.id.clone());
    }
    let users = profile::regions(provider, Axis::Users);
    if !known(&pick.users_in, &users) {
        pick.users_in = profile::default_region(&users);
    }
    let requesters = profile::regions(provider, Axis::Requesters);
    if !known(&pick.requesters_in, &requesters) {
        pick.requesters_in = profile::default_region(&requesters);
    }
    pick
}

/// Stores the pick and fills the section's items from what the profile says; an item the
/// profile has no fact for keeps what it holds.
fn fill(
    draft: &mut Draft,
    section: &str,
    items: &[String],
    provider: &Provider,
    pick: &Pick,
    purpose: Purpose,
) {
    draft.set_text(&key(section, "provider"), &provider.id);
    draft.set_text(
        &key(section, "service"),
        pick.service.as_deref().unwrap_or(""),
    );
    draft.set_text(
        &key(section, "users-in"),
        pick.users_in.as_deref().unwrap_or(""),
    );
    draft.set_text(
        &key(section, "requesters-in"),
        pick.requesters_in.as_deref().unwrap_or(""),
    );
    let Some(a) = profile::addressee(provider, purpose, pick) else {
        return;
    };
    let facts = [
        ("name", a.entity.map(|e| e.name.clone())),
        ("service", Some(a.service.1.to_string())),
        ("country", a.address.map(|(_, c)| c.to_string())),
        ("address", a.address.map(|(lines, _)| lines.join("\n"))),
        ("portal", a.portal.map(|c| c.value.clone())),
        ("email", a.email.map(|c| c.value.clone())),
    ];
    for (item, value) in facts {
        if let Some(value) = value.filter(|_| items.iter().any(|i| i == item)) {
            draft.set_text(&format!("{section}.{item}"), &value);
        }
    }
}

/// Forgets the pick (the user types the provider); the answers stay as they are.
fn forget(draft: &mut Draft, section: &str) {
    for what in ["provider", "service", "users-in", "requesters-in"] {
        draft.set_text(&key(section, what), "");
    }
}

/// The picker above the section `section` (whose items are `items`), for requests of `purpose`.
#[component]
pub fn ProviderPicker(section: String, items: Vec<String>, purpose: Purpose) -> impl IntoView {
    let form = expect_context::<Form>();
    let ctx = form.ctx;
    // Shown once the profiles are here (`Templates::ensure_providers`).
    let providers = StoredValue::new(ctx.templates.providers_untracked().unwrap_or_default());
    // Fill only the items the picker knows.
    let items: Vec<String> = items
        .into_iter()
        .filter(|i| PROVIDER_ITEMS.iter().any(|(id, _)| id == i))
        .collect();
    let state = {
        let section = section.clone();
        Memo::new(move |_| {
            for what in ["provider", "service", "users-in", "requesters-in"] {
                form.answers.track(&key(&section, what));
            }
            ctx.draft.with_untracked(|d| {
                providers.with_value(|ps| {
                    picked(d, &section, ps).map(|(i, pick)| (i, completed(&ps[i], pick)))
                })
            })
        })
    };
    let announce = RwSignal::new(String::new());
    let change = {
        let (section, items) = (section.clone(), items.clone());
        move |what: &'static str, value: String| {
            let Some((index, pick)) = (match what {
                "provider" => providers.with_value(|ps| {
                    ps.iter()
                        .position(|p| p.id == value)
                        .map(|i| (i, completed(&ps[i], Pick::default())))
                }),
                _ => state.get_untracked().map(|(i, mut pick)| {
                    let v = Some(value.clone()).filter(|v| !v.is_empty());
                    match what {
                        "service" => pick.service = v,
                        "users-in" => pick.users_in = v,
                        _ => pick.requesters_in = v,
                    }
                    (i, pick)
                }),
            }) else {
                ctx.edit(|d| forget(d, &section));
                announce.set(String::new());
                return;
            };
            providers.with_value(|ps| {
                let provider = &ps[index];
                ctx.edit(|d| fill(d, &section, &items, provider, &pick, purpose));
                announce.set(ctx.t_args(
                    "provider-picker-filled",
                    &[("provider", Arg::Str(&provider.name))],
                ));
            });
        }
    };
    let id = format!("provider-picker-{section}");
    let list = NodeRef::<html::Select>::new();
    show_in_list(list, move || {
        state
            .get()
            .map(|(i, _)| providers.with_value(|ps| ps[i].id.clone()))
            .unwrap_or_default()
    });
    let options = providers.with_value(|ps| {
        ps.iter()
            .map(|p| view! { <option value=p.id.clone()>{p.name.clone()}</option> })
            .collect_view()
    });
    let hint_id = format!("{id}-hint");
    let on_provider = {
        let change = change.clone();
        move |ev| change("provider", event_target_value(&ev))
    };
    let details = move || {
        state.get().map(|(i, pick)| {
            providers.with_value(|ps| {
                let provider = &ps[i];
                let chosen = selects(form, &section, provider, &pick, change.clone());
                let facts =
                    profile::addressee(provider, purpose, &pick).map(|a| profile_facts(form, &a));
                view! { <div class="tandem-provider__profile">{chosen}{facts}</div> }
            })
        })
    };
    view! {
        <div class="tandem-field tandem-provider">
            <label class="tandem-field__label" for=id.clone()>{ctx.t("provider-picker")}</label>
            <p class="tandem-field__hint" id=hint_id.clone()>{ctx.t_basis("provider-picker.hint")}</p>
            <select
                node_ref=list
                id=id
                class="tandem-input tandem-input--select tandem-input--wide"
                aria-describedby=hint_id
                on:change=on_provider
            >
                <option value="">{ctx.t("provider-picker-other")}</option>
                {options}
            </select>
            <p class="tandem-provider__filled" role="status" aria-live="polite">
                {move || announce.get()}
            </p>
            {details}
        </div>
    }
}

/// The service, and the regions along each axis the profile distinguishes.
fn selects(
    form: Form,
    section: &str,
    provider: &Provider,
    pick: &Pick,
    change: impl Fn(&'static str, String) + Clone + 'static,
) -> impl IntoView {
    let ctx = form.ctx;
    let list = |what: &'static str,
                label: &'static str,
                options: Vec<(String, String)>,
                chosen: Option<String>| {
        let id = format!("provider-picker-{section}-{what}");
        let change = change.clone();
        let chosen = chosen.unwrap_or_default();
        let options = options
            .into_iter()
            .map(|(value, text)| {
                let selected = value == chosen;
                view! { <option value=value selected=selected>{text}</option> }
            })
            .collect_view();
        view! {
            <p>
                <label class="tandem-field__label" for=id.clone()>{ctx.t(label)}</label>
                <select
                    id=id
                    class="tandem-input tandem-input--select"
                    on:change=move |ev| change(what, event_target_value(&ev))
                >
                    {options}
                </select>
            </p>
        }
    };
    let services: Vec<(String, String)> = provider
        .services
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    let service = (services.len() > 1).then(|| {
        list(
            "service",
            "provider-picker-service",
            services,
            pick.service.clone(),
        )
    });
    let region_list = |axis: Axis| -> Vec<(String, String)> {
        profile::regions(provider, axis)
            .into_iter()
            .map(|code| {
                let name = region_name(form, &code);
                (code, name)
            })
            .collect()
    };
    let users = region_list(Axis::Users);
    let users = (!users.is_empty()).then(|| {
        list(
            "users-in",
            "provider-picker-region",
            users,
            pick.users_in.clone(),
        )
    });
    let requesters = region_list(Axis::Requesters);
    let requesters = (!requesters.is_empty()).then(|| {
        list(
            "requesters-in",
            "provider-picker-requesters",
            requesters,
            pick.requesters_in.clone(),
        )
    });
    (service, users, requesters)
}

/// A region's name in the UI language: a region group's message, or the country's name.
fn region_name(form: Form, code: &str) -> String {
    profile::region_message(code)
        .or_else(|| country::lookup(code))
        .map_or_else(|| code.to_string(), |id| form.ctx.t(id))
}

/// What the profile says for the request: how old it is, the requirements, the emergency route,
/// the preservation period, the languages, what was not found and the sources.
fn profile_facts(form: Form, a: &Addressee<'_>) -> impl IntoView {
    let ctx = form.ctx;
    let lang = ctx.ui.get_untracked();
    let date = |d: chrono::NaiveDate| lang.format_date(d);
    let read = a.read.map(|d| {
        let text = ctx.t_args("provider-profile-read", &[("date", Arg::Str(&date(d)))]);
        view! { <p class="tandem-provider__read" id="provider-profile-read">{text}</p> }
    });
    let items = |texts: Vec<String>| {
        texts
            .into_iter()
            .map(|t| view! { <li>{t}</li> })
            .collect_view()
    };
    let requirements = if a.requirements.is_empty() {
        view! { <p>{ctx.t("provider-profile-no-requirements")}</p> }.into_any()
    } else {
        let texts = a
            .requirements
            .iter()
            .map(|c| ctx.t(profile::requirement_message(*c)))
            .collect();
        view! { <ul class="tandem-provider__requirements">{items(texts)}</ul> }.into_any()
    };
    let emergency = if a.emergency.is_empty() {
        view! { <p>{ctx.t("provider-profile-no-emergency")}</p> }.into_any()
    } else {
        let texts = a
            .emergency
            .iter()
            .map(|c| {
                ctx.t_args(
                    profile::contact_message(c.kind),
                    &[("value", Arg::Str(&c.value))],
                )
            })
            .collect();
        view! { <ul>{items(texts)}</ul> }.into_any()
    };
    let preservation = if a.preservation.is_empty() {
        view! { <p>{ctx.t("provider-profile-no-preservation")}</p> }.into_any()
    } else {
        let mut texts = Vec::new();
        for p in &a.preservation {
            let extendable = match p.extendable {
                Some(true) => "yes",
                Some(false) => "no",
                None => "unknown",
            };
            texts.push(ctx.t_args(
                "provider-profile-preservation-days",
                &[
                    ("days", Arg::Num(f64::from(p.days))),
                    ("extendable", Arg::Str(extendable)),
                ],
            ));
            if let Some(days) = p.extension_days {
                texts.push(ctx.t_args(
                    "provider-profile-preservation-extension",
                    &[("days", Arg::Num(f64::from(days)))],
                ));
            }
            if let Some(count) = p.max_extensions {
                texts.push(ctx.t_args(
                    "provider-profile-preservation-max-extensions",
                    &[("count", Arg::Num(f64::from(count)))],
                ));
            }
        }
        view! { <ul>{items(texts)}</ul> }.into_any()
    };
    let languages = (!a.languages.is_empty()).then(|| {
        let codes = a
            .languages
            .iter()
            .flat_map(|l| l.codes.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(", ");
        view! { <p>{ctx.t_args("provider-profile-languages", &[("codes", Arg::Str(&codes))])}</p> }
    });
    let not_found = (!a.not_found.is_empty()).then(|| {
        let kinds = a
            .not_found
            .iter()
            .map(|k| ctx.t(profile::fact_message(*k)))
            .collect::<Vec<_>>()
            .join(", ");
        view! { <p>{ctx.t_args("provider-profile-not-found", &[("kinds", Arg::Str(&kinds))])}</p> }
    });
    let sources = a
        .provider
        .sources
        .iter()
        .map(|s| {
            let message = match s.kind {
                SourceKind::Secondary => "provider-profile-source-secondary",
                _ => "provider-profile-source",
            };
            ctx.t_args(
                message,
                &[
                    ("title", Arg::Str(&s.title)),
                    ("date", Arg::Str(&date(s.read))),
                    ("url", Arg::Str(s.url.as_deref().unwrap_or(""))),
                ],
            )
        })
        .collect();
    view! {
        {read}
        <h3 class="tandem-provider__heading">{ctx.t("provider-profile-requirements")}</h3>
        {requirements}
        <h3 class="tandem-provider__heading">{ctx.t("provider-profile-emergency")}</h3>
        {emergency}
        <h3 class="tandem-provider__heading">{ctx.t("provider-profile-preservation")}</h3>
        {preservation}
        {languages}
        {not_found}
        <details class="tandem-provider__sources">
            <summary>{ctx.t("provider-profile-sources")}</summary>
            <ul>{items(sources)}</ul>
        </details>
    }
}
