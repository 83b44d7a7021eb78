//! The route guide ("Which request do I need?"): five questions, each a radio group that can be
//! changed at any time (the browser keeps which radio is checked; the signals follow it), and
//! the recommendation of `tandem_core::guide` with a link that opens a new draft of each
//! recommended request type. The answers live in this component's signals only: nothing is
//! stored or sent.

use leptos::either::Either;
use leptos::prelude::*;
use tandem_core::guide::{advise, Advice, Answers, Basis, Data, Reach, Step};
use tandem_core::route::Route;

use crate::context::AppContext;

/// The options of a question: the end of each radio's id, and its Fluent id.
type Options = &'static [(&'static str, &'static str)];

/// Yes first: the index of the answer is 0 for yes.
const YES_NO: Options = &[("yes", "guide-yes"), ("no", "guide-no")];
/// In the order of `Data::ALL`.
const DATA: Options = &[
    ("subscriber", "guide-data-subscriber"),
    ("traffic", "guide-data-traffic"),
    ("content", "guide-data-content"),
];
/// In the order of `Reach::ALL`.
const REACH: Options = &[
    ("direct", "guide-reach-direct"),
    ("state", "guide-reach-state"),
    ("unsure", "guide-reach-unsure"),
];
/// In the order of `Basis::ALL`.
const BASIS: Options = &[
    ("budapest", "guide-basis-budapest"),
    ("treaty", "guide-basis-treaty"),
    ("reciprocity", "guide-basis-reciprocity"),
];

/// The guide, folded until opened.
#[component]
pub fn Guide() -> impl IntoView {
    let ctx = AppContext::get();
    // The index of each picked option, none until answered.
    let [data, emergency, reach, preserved, basis] = [(); 5].map(|_| RwSignal::new(None::<usize>));
    let answers = move || {
        Some(Answers {
            data: Data::ALL[data.get()?],
            emergency: emergency.get()? == 0,
            reach: Reach::ALL[reach.get()?],
            preserved: preserved.get()? == 0,
            basis: Basis::ALL[basis.get()?],
        })
    };
    let advice = move || match answers() {
        Some(a) => Either::Left(advice_view(ctx, advise(&a))),
        None => Either::Right(view! { <p>{ctx.text("guide-incomplete")}</p> }),
    };
    view! {
        <details class="tandem-guide">
            <summary id="guide-title" class="tandem-guide__title">{ctx.text("guide-title")}</summary>
            <p class="tandem-guide__intro">{ctx.text("guide-intro")}</p>
            {question(ctx, "data", "guide-data", DATA, data)}
            {question(ctx, "emergency", "guide-emergency", YES_NO, emergency)}
            {question(ctx, "reach", "guide-reach", REACH, reach)}
            {question(ctx, "preserved", "guide-preserved", YES_NO, preserved)}
            {question(ctx, "basis", "guide-basis", BASIS, basis)}
            <div class="tandem-guide__advice" id="guide-advice" aria-live="polite">{advice}</div>
            <p class="tandem-guide__intro">{ctx.text("guide-disclaimer")}</p>
        </details>
    }
}

/// One question: a fieldset of radios named `guide-<name>`, each `guide-<name>-<option>`; the
/// question `guide-reach` has a hint.
fn question(
    ctx: AppContext,
    name: &'static str,
    legend: &'static str,
    options: Options,
    picked: RwSignal<Option<usize>>,
) -> impl IntoView {
    let group = format!("guide-{name}");
    let hint_id = (name == "reach").then(|| format!("{group}-hint"));
    let hint = hint_id.clone().map(|id| {
        view! { <p class="tandem-field__hint" id=id>{move || ctx.t_basis(&format!("{legend}.hint"))}</p> }
    });
    let radios = options
        .iter()
        .enumerate()
        .map(|(i, (key, label))| {
            let id = format!("{group}-{key}");
            view! {
                <label class="tandem-choice">
                    <input
                        type="radio"
                        class="tandem-choice__radio"
                        id=id
                        name=group.clone()
                        on:change=move |_| picked.set(Some(i))
                    />
                    {ctx.text(label)}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="tandem-guide__question" aria-describedby=hint_id>
            <legend class="tandem-guide__legend">{ctx.text(legend)}</legend>
            {hint}
            {radios}
        </fieldset>
    }
}

/// The recommended requests in order, the fallback if any, and the notes.
fn advice_view(ctx: AppContext, advice: Advice) -> impl IntoView {
    let steps = advice
        .steps
        .into_iter()
        .map(|s| item(ctx, s))
        .collect_view();
    let fallback = advice.fallback.map(|s| {
        view! {
            <h3 class="tandem-guide__then">{ctx.text("guide-fallback")}</h3>
            <ul class="tandem-guide__steps tandem-guide__fallback">{item(ctx, s)}</ul>
        }
    });
    let notes = advice
        .notes
        .into_iter()
        .map(|n| view! { <li>{ctx.text(n)}</li> })
        .collect_view();
    view! {
        <h3 class="tandem-guide__then">{ctx.text("guide-advice")}</h3>
        <ol class="tandem-guide__steps">{steps}</ol>
        {fallback}
        <ul class="tandem-guide__notes">{notes}</ul>
    }
}

/// A recommended request: its title, why, and the link that opens a new draft of it.
fn item(ctx: AppContext, step: Step) -> impl IntoView {
    let title_id = format!("guide-type-{}", step.template);
    view! {
        <li class="tandem-guide__step">
            <p class="tandem-guide__type" id=title_id.clone()>
                {ctx.text_of(format!("{}-title", step.template))}
            </p>
            <p class="tandem-guide__why">{ctx.text(step.reason)}</p>
            <a
                class="tandem-button"
                id=format!("guide-open-{}", step.template)
                href=Route::New(step.template.to_string()).href()
                aria-describedby=title_id
            >
                {ctx.text("guide-open")}
            </a>
        </li>
    }
}
