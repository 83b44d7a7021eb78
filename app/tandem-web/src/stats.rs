//! The office's statistics screen (`#/statistics`; T-CY Recommendation 2): the figures of
//! [`tandem_core::stats`] over the requests recorded as sent in this browser, as tables, exported
//! as CSV for the office's own reporting or printed on one page. Computed here from local storage;
//! nothing is sent anywhere.

use leptos::prelude::*;
use tandem_core::l10n::Arg;
use tandem_core::route::Route;
use tandem_core::stats::{self, Median, Stats, Table, OVER};
use tandem_core::tracking::Status;
use tandem_core::{country, Draft};

use crate::context::{today, AppContext};
use crate::download::download;
use crate::storage;
use crate::tracking::{category_message, reason_message, status_message};

/// The statistics of the drafts stored in this browser, their tables and their export.
#[component]
pub fn StatisticsScreen() -> impl IntoView {
    let ctx = AppContext::get();
    // Answers are kept as drafts too, but they are not requests: left out by the list's word
    // before their templates are in.
    let drafts: Vec<Draft> = storage::all_drafts()
        .into_iter()
        .map(|(d, _)| d)
        .filter(|d| d.tracking.sent.is_some() && !ctx.templates.is_reply(&d.template))
        .collect();
    // The requested country is read where each request type keeps it: its template.
    ctx.templates
        .request(drafts.iter().map(|d| d.template.clone()));
    let drafts = StoredValue::new(drafts);
    let figures = Memo::new(move |_| {
        drafts.with_value(|drafts| {
            let templates: Vec<_> = drafts
                .iter()
                .map(|d| ctx.templates.get(&d.template))
                .collect();
            stats::compute(drafts.iter().zip(templates.iter().map(Option::as_ref)))
        })
    });
    let failure = RwSignal::new(None::<String>);
    let export = move |_: leptos::ev::MouseEvent| {
        let csv = stats::csv(&figures.get_untracked(), |table, key| {
            label(ctx, table, key)
        });
        // A byte order mark, so that a spreadsheet reads the names in any script as UTF-8.
        let bytes = format!("\u{feff}{csv}");
        let name = format!("tandem-statistics-{}.csv", today());
        failure.set(download(bytes.as_bytes(), "text/csv", &name).err());
    };
    let print = move |_: leptos::ev::MouseEvent| {
        let _ = window().print();
    };
    let body = move || {
        let figures = figures.get();
        if figures.total == 0 {
            return view! { <p id="stats-none">{ctx.t("stats-none")}</p> }.into_any();
        }
        let total = ctx.t_args("stats-total", &[("count", Arg::Num(figures.total as f64))]);
        let tables = stats::COUNTS
            .into_iter()
            .filter(|table| !figures.table(*table).is_empty())
            .map(|table| view! { <CountTable figures=figures.clone() table /> })
            .collect_view();
        view! {
            <p class="tandem-stats__total" id="stats-total">{total}</p>
            {tables}
            <Times figures />
            <div class="tandem-actions tandem-stats__actions">
                <button type="button" class="tandem-button" id="stats-csv" on:click=export>
                    {ctx.text("stats-export-csv")}
                </button>
                <button type="button" class="tandem-button" id="stats-print" on:click=print>
                    {ctx.text("stats-print")}
                </button>
            </div>
            <p class="tandem-actions__error" role="alert">{move || failure.get()}</p>
        }
        .into_any()
    };
    view! {
        <nav class="tandem-breadcrumb">
            <a href=Route::Home.href() id="all-requests">{ctx.text("home-all-requests")}</a>
        </nav>
        <section class="tandem-stats" aria-labelledby="stats-heading">
            <h2 id="stats-heading">{ctx.text("stats-heading")}</h2>
            <p class="tandem-stats__intro">{ctx.text("stats-intro")}</p>
            {body}
        </section>
    }
}

/// A table of counts: what, and how many requests.
#[component]
fn CountTable(figures: Stats, table: Table) -> impl IntoView {
    let ctx = AppContext::get();
    let caption = match table {
        Table::Country => "stats-by-country",
        Table::Type => "stats-by-type",
        Table::Category => "stats-by-category",
        Table::Status => "stats-by-status",
        _ => "stats-refusals",
    };
    let rows = figures
        .table(table)
        .iter()
        .map(|(key, count)| {
            view! {
                <tr>
                    <th scope="row">{label(ctx, table, key)}</th>
                    <td>{count.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="tandem-stats__table" id=format!("stats-{}", table.code())>
            <caption>{ctx.t(caption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{ctx.t("stats-column-what")}</th>
                    <th scope="col">{ctx.t("stats-column-count")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The two medians, and how many requests each is over.
#[component]
fn Times(figures: Stats) -> impl IntoView {
    let ctx = AppContext::get();
    let row = |id: &'static str, message: &'static str, median: Median| {
        let days = median.text().unwrap_or_else(|| ctx.t("stats-no-figure"));
        view! {
            <tr id=id>
                <th scope="row">{ctx.t(message)}</th>
                <td>{days}</td>
                <td>{median.over.to_string()}</td>
            </tr>
        }
    };
    view! {
        <table class="tandem-stats__table" id="stats-times">
            <caption>{ctx.t("stats-times")}</caption>
            <thead>
                <tr>
                    <th scope="col">{ctx.t("stats-column-what")}</th>
                    <th scope="col">{ctx.t("stats-column-days")}</th>
                    <th scope="col">{ctx.t("stats-column-answered")}</th>
                </tr>
            </thead>
            <tbody>
                {row("stats-to-confirmation", "stats-median-confirmation", figures.to_confirmation)}
                {row("stats-to-answer", "stats-median-answer", figures.to_answer)}
            </tbody>
        </table>
    }
}

/// The label of a figure in the UI language: the name of a country, request type, category,
/// outcome or reason ("Not given" for an empty key; a code this version has no name for, as it
/// is), or what a total or median is.
fn label(ctx: AppContext, table: Table, key: &str) -> String {
    let named = |message: Option<String>| match message {
        _ if key.is_empty() => ctx.t("stats-not-given"),
        Some(id) => ctx.t(&id),
        None => key.to_string(),
    };
    // A median's two rows: its days ([`tandem_core::stats::DAYS`]), and the requests it is over.
    let median = |message: &str| {
        let column = if key == OVER {
            "stats-column-answered"
        } else {
            "stats-column-days"
        };
        format!("{} ({})", ctx.t(message), ctx.t(column))
    };
    match table {
        Table::Total => ctx.t("stats-column-count"),
        Table::Country => named(country::lookup(key).map(str::to_string)),
        Table::Type => named(ctx.title_of(key)),
        Table::Category => named(category_message(key).map(str::to_string)),
        Table::Status => named(Status::from_code(key).map(|s| status_message(s).to_string())),
        Table::Refusal => named(reason_message(key).map(str::to_string)),
        Table::ToConfirmation => median("stats-median-confirmation"),
        Table::ToAnswer => median("stats-median-answer"),
    }
}
