//! The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
//! legal assistance), computed from the requests recorded as sent in this browser's log: how many,
//! to which country, of which type, for which offence category, with which outcome, the refusals'
//! reasons, and the median days to a confirmation of receipt and to an answer. Written as CSV for
//! the office's own reporting; the caller gives every label, translated, so nothing here is
//! display text. Nothing is sent anywhere.

use std::collections::BTreeMap;

use crate::draft::Draft;
use crate::summary::country_path;
use crate::template::{ReplyKind, Template};

/// A table of the statistics, as the CSV names it in its first column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// The number of requests recorded as sent.
    Total,
    /// By requested country (ISO code, "" when not given).
    Country,
    /// By request type (template id).
    Type,
    /// By offence category (a code of [`crate::tracking::CATEGORIES`], "" when not given).
    Category,
    /// By outcome (a [`crate::tracking::Status`] code).
    Status,
    /// Refusals by reason (a reason code), once per reason of each refusal.
    Refusal,
    /// Median days from sending to the confirmation of receipt.
    ToConfirmation,
    /// Median days from sending to an answer in substance.
    ToAnswer,
}

impl Table {
    /// Its code in the CSV.
    pub fn code(self) -> &'static str {
        match self {
            Table::Total => "total",
            Table::Country => "country",
            Table::Type => "type",
            Table::Category => "category",
            Table::Status => "status",
            Table::Refusal => "refusal-reason",
            Table::ToConfirmation => "median-days-to-confirmation",
            Table::ToAnswer => "median-days-to-answer",
        }
    }
}

/// The key of a median's row giving the median days.
pub const DAYS: &str = "days";
/// The key of a median's row giving the number of requests it is over.
pub const OVER: &str = "requests";

/// A median number of whole days, and how many requests it is over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Median {
    /// The median in tenths of a day (a median of an even count is the mean of the two middle
    /// values, so at most one decimal); `None` when no request gives a figure.
    pub tenths: Option<u64>,
    /// The number of requests it is over.
    pub over: usize,
}

impl Median {
    /// The median of some whole days. Put in order by insertion, as `summary::sorted` does: a
    /// standard sort's code would weigh kilobytes in the app shell for a log of a few hundred.
    pub fn of(list: Vec<u64>) -> Median {
        let mut days: Vec<u64> = Vec::with_capacity(list.len());
        for d in list {
            let at = days.partition_point(|x| *x <= d);
            days.insert(at, d);
        }
        let n = days.len();
        let tenths = match n {
            0 => None,
            _ if n % 2 == 1 => Some(days[n / 2] * 10),
            _ => Some((days[n / 2 - 1] + days[n / 2]) * 5),
        };
        Median { tenths, over: n }
    }

    /// The median as written: whole days, or with one decimal (`4`, `4.5`); `None` when there is
    /// no figure.
    pub fn text(&self) -> Option<String> {
        self.tenths.map(|t| match t % 10 {
            0 => (t / 10).to_string(),
            d => format!("{}.{d}", t / 10),
        })
    }
}

/// The statistics of a log. Each count is `(key, requests)`, most requests first, then by key.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    pub total: usize,
    pub by_country: Vec<(String, usize)>,
    pub by_type: Vec<(String, usize)>,
    pub by_category: Vec<(String, usize)>,
    pub by_status: Vec<(String, usize)>,
    pub refusals: Vec<(String, usize)>,
    pub to_confirmation: Median,
    pub to_answer: Median,
}

impl Stats {
    /// A count table's rows.
    pub fn table(&self, table: Table) -> &[(String, usize)] {
        match table {
            Table::Country => &self.by_country,
            Table::Type => &self.by_type,
            Table::Category => &self.by_category,
            Table::Status => &self.by_status,
            Table::Refusal => &self.refusals,
            Table::Total | Table::ToConfirmation | Table::ToAnswer => &[],
        }
    }
}

/// The count tables, in the order the screen and the CSV give them.
pub const COUNTS: [Table; 5] = [
    Table::Country,
    Table::Type,
    Table::Category,
    Table::Status,
    Table::Refusal,
];

/// The statistics of drafts with their templates (`None` when the app does not have one: the
/// draft is then counted by its template id, its country not given). Only requests recorded as
/// sent count; answers (templates with a `reply`) never do. A day of confirmation or answer before
/// the day of sending is a typing error in the log, left out of the medians.
pub fn compute<'a>(log: impl IntoIterator<Item = (&'a Draft, Option<&'a Template>)>) -> Stats {
    let mut stats = Stats::default();
    let mut country = BTreeMap::new();
    let mut kind = BTreeMap::new();
    let mut category = BTreeMap::new();
    let mut status = BTreeMap::new();
    let mut refusals = BTreeMap::new();
    let (mut to_confirmation, mut to_answer) = (Vec::new(), Vec::new());
    for (draft, template) in log {
        let tracking = &draft.tracking;
        if tracking.sent.is_none() || template.is_some_and(|t| t.reply.is_some()) {
            continue;
        }
        stats.total += 1;
        let requested = template
            .and_then(country_path)
            .map(|p| draft.text(&p).trim().to_string())
            .unwrap_or_default();
        *country.entry(requested).or_insert(0) += 1;
        *kind.entry(draft.template.clone()).or_insert(0) += 1;
        *category.entry(tracking.category.clone()).or_insert(0) += 1;
        *status
            .entry(tracking.status().code().to_string())
            .or_insert(0) += 1;
        // Each reason once per request, however many refusals gave it.
        let mut reasons: Vec<&String> = Vec::new();
        for answer in tracking
            .answers
            .iter()
            .filter(|a| a.kind == ReplyKind::Refusal)
        {
            for reason in &answer.reasons {
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                    *refusals.entry(reason.clone()).or_insert(0) += 1;
                }
            }
        }
        let sent = tracking.sent_on();
        let days = |on: Option<chrono::NaiveDate>| {
            let days = (on? - sent?).num_days();
            u64::try_from(days).ok()
        };
        to_confirmation.extend(days(tracking.confirmed_on()));
        to_answer.extend(days(tracking.answered_on()));
    }
    stats.by_country = ranked(country);
    stats.by_type = ranked(kind);
    stats.by_category = ranked(category);
    stats.by_status = ranked(status);
    stats.refusals = ranked(refusals);
    stats.to_confirmation = Median::of(to_confirmation);
    stats.to_answer = Median::of(to_answer);
    stats
}

/// Counts, most first, then by key (the map gives them by key; each is inserted after those
/// with as many or more, so keys stay in order among equals).
fn ranked(counts: BTreeMap<String, usize>) -> Vec<(String, usize)> {
    let mut rows: Vec<(String, usize)> = Vec::with_capacity(counts.len());
    for (key, n) in counts {
        let at = rows.partition_point(|(_, m)| *m >= n);
        rows.insert(at, (key, n));
    }
    rows
}

/// The statistics as CSV (RFC 4180: CRLF line ends, quoted fields): a header, then one row per
/// figure, `table,key,label,count`, table by table: the total, each count table, then each
/// median as two rows (key [`DAYS`]: the median, empty when there is none; key [`OVER`]: the
/// number of requests it is over). `label` gives each row's label, translated, from its table
/// and key.
pub fn csv(stats: &Stats, label: impl Fn(Table, &str) -> String) -> String {
    let mut out = String::new();
    let mut row = |table: &str, key: &str, label: &str, count: &str| {
        let fields = [table, key, label, count].map(field);
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    };
    row("table", "key", "label", "count");
    row(
        Table::Total.code(),
        "",
        &label(Table::Total, ""),
        &stats.total.to_string(),
    );
    for table in COUNTS {
        for (key, count) in stats.table(table) {
            row(table.code(), key, &label(table, key), &count.to_string());
        }
    }
    for (table, median) in [
        (Table::ToConfirmation, stats.to_confirmation),
        (Table::ToAnswer, stats.to_answer),
    ] {
        let days = median.text().unwrap_or_default();
        row(table.code(), DAYS, &label(table, DAYS), &days);
        row(
            table.code(),
            OVER,
            &label(table, OVER),
            &median.over.to_string(),
        );
    }
    out
}

/// One CSV field: a field a spreadsheet would read as a formula (starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return) gets a leading apostrophe, so that a name typed in a request
/// cannot run in the office's spreadsheet; a field holding a comma, quote or line break is quoted,
/// its quotes doubled.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::registry;
    use crate::tracking::{Answer, Channel, Sent};

    fn answer(kind: ReplyKind, on: &str, reasons: &[&str]) -> Answer {
        Answer {
            kind,
            on: on.into(),
            reference: String::new(),
            fingerprint: String::new(),
            preserved_on: String::new(),
            ends_on: String::new(),
            reasons: reasons.iter().map(|r| r.to_string()).collect(),
        }
    }

    /// A request of `template` to `country`, sent on `sent` (not sent when `None`), with answers.
    fn request(
        template: &Template,
        country: &str,
        category: &str,
        sent: Option<&str>,
        answers: Vec<Answer>,
    ) -> Draft {
        let mut d = Draft::new("d", template, [Lang::En, Lang::Ru]);
        if !country.is_empty() {
            d.set_text(&country_path(template).unwrap(), country);
        }
        d.tracking.sent = sent.map(|on| Sent {
            on: on.into(),
            channel: Channel::Email,
        });
        d.tracking.answers = answers;
        d.tracking.category = category.into();
        d
    }

    fn rows(list: &[(&str, usize)]) -> Vec<(String, usize)> {
        list.iter().map(|(k, n)| (k.to_string(), *n)).collect()
    }

    /// The seeded log: five requests sent (one of a type this version does not know), one not
    /// sent, one answer.
    fn seeded() -> (Vec<(Draft, Option<Template>)>, Stats) {
        use ReplyKind::*;
        let art29 = registry::template("art29-preservation").unwrap();
        let art31 = registry::template("art31-subscriber").unwrap();
        let reply = registry::TEMPLATES
            .iter()
            .filter_map(|(id, _)| registry::template(id).ok())
            .find(|t| t.reply.is_some())
            .unwrap();
        let mut unknown = request(&art29, "", "", Some("2026-03-01"), vec![]);
        unknown.template = "gone-type".into();
        let mut answered = request(&reply, "", "", Some("2026-03-01"), vec![]);
        answered.tracking.answers = vec![answer(Receipt, "2026-03-02", &[])];
        let log = vec![
            // Confirmed after 2 days, refused after 10 for two reasons (one given again in a
            // second refusal: counted once for the request).
            request(
                &art29,
                "GE",
                "content",
                Some("2026-01-01"),
                vec![
                    answer(Receipt, "2026-01-03", &[]),
                    answer(Refusal, "2026-01-11", &["not-held", "legal-obstacle"]),
                    answer(Refusal, "2026-01-12", &["not-held"]),
                ],
            ),
            // Confirmed by its answer after 4 days, answered after 4.
            request(
                &art29,
                "GE",
                "content",
                Some("2026-02-01"),
                vec![answer(Action, "2026-02-05", &[])],
            ),
            // Confirmed after 7 days, refused after 20 for one reason.
            request(
                &art31,
                "FR",
                "other",
                Some("2026-01-10"),
                vec![
                    answer(Receipt, "2026-01-17", &[]),
                    answer(Refusal, "2026-01-30", &["not-held"]),
                ],
            ),
            // Sent, nothing yet.
            request(&art31, "", "", Some("2026-04-01"), vec![]),
            // Not sent: not counted.
            request(&art31, "DE", "content", None, vec![]),
        ];
        let mut log: Vec<_> = log
            .into_iter()
            .map(|d| {
                let t = registry::template(&d.template).ok();
                (d, t)
            })
            .collect();
        log.push((unknown, None));
        log.push((answered, Some(reply)));
        let expected = Stats {
            total: 5,
            by_country: rows(&[("", 2), ("GE", 2), ("FR", 1)]),
            by_type: rows(&[
                ("art29-preservation", 2),
                ("art31-subscriber", 2),
                ("gone-type", 1),
            ]),
            by_category: rows(&[("", 2), ("content", 2), ("other", 1)]),
            // Ties are ordered by key.
            by_status: rows(&[("refused", 2), ("sent", 2), ("answered", 1)]),
            refusals: rows(&[("not-held", 2), ("legal-obstacle", 1)]),
            // 2, 4, 7: odd count.
            to_confirmation: Median {
                tenths: Some(40),
                over: 3,
            },
            // 4, 10, 20: odd count.
            to_answer: Median {
                tenths: Some(100),
                over: 3,
            },
        };
        (log, expected)
    }

    fn compute_seeded(log: &[(Draft, Option<Template>)]) -> Stats {
        compute(log.iter().map(|(d, t)| (d, t.as_ref())))
    }

    #[test]
    fn a_seeded_log_gives_the_expected_counts_and_medians() {
        let (log, expected) = seeded();
        assert_eq!(compute_seeded(&log), expected);
    }

    #[test]
    fn a_median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        assert_eq!(Median::of(vec![]).text(), None);
        assert_eq!(Median::of(vec![]).over, 0);
        assert_eq!(Median::of(vec![9, 1, 4]).text().as_deref(), Some("4"));
        assert_eq!(Median::of(vec![10, 2, 7, 4]).text().as_deref(), Some("5.5"));
        assert_eq!(Median::of(vec![3, 5]).text().as_deref(), Some("4"));
        // A fourth confirmation, after 12 days: 2, 4, 7, 12.
        let (mut log, _) = seeded();
        let last = &mut log[3].0.tracking;
        last.answers
            .push(answer(ReplyKind::Receipt, "2026-04-13", &[]));
        // And a confirmation dated before sending: left out.
        log[5].0.tracking.answers = vec![answer(ReplyKind::Receipt, "2025-12-31", &[])];
        let stats = compute_seeded(&log);
        assert_eq!(
            stats.to_confirmation,
            Median {
                tenths: Some(55),
                over: 4
            }
        );
        assert_eq!(stats.to_confirmation.text().as_deref(), Some("5.5"));
        assert_eq!(stats.to_answer.over, 3);
    }

    #[test]
    fn nothing_sent_gives_no_figures() {
        let t = registry::template("art29-preservation").unwrap();
        let d = request(&t, "GE", "content", None, vec![]);
        let stats = compute([(&d, Some(&t))]);
        assert_eq!(stats, Stats::default());
        assert_eq!(stats.to_answer.text(), None);
    }

    #[test]
    fn the_csv_has_a_row_per_figure_with_the_callers_labels() {
        let (log, _) = seeded();
        let stats = compute_seeded(&log);
        let csv = csv(&stats, |table, key| format!("{}:{key}", table.code()));
        let expected = [
            "table,key,label,count",
            "total,,total:,5",
            "country,,country:,2",
            "country,GE,country:GE,2",
            "country,FR,country:FR,1",
            "type,art29-preservation,type:art29-preservation,2",
            "type,art31-subscriber,type:art31-subscriber,2",
            "type,gone-type,type:gone-type,1",
            "category,,category:,2",
            "category,content,category:content,2",
            "category,other,category:other,1",
            "status,refused,status:refused,2",
            "status,sent,status:sent,2",
            "status,answered,status:answered,1",
            "refusal-reason,not-held,refusal-reason:not-held,2",
            "refusal-reason,legal-obstacle,refusal-reason:legal-obstacle,1",
            "median-days-to-confirmation,days,median-days-to-confirmation:days,4",
            "median-days-to-confirmation,requests,median-days-to-confirmation:requests,3",
            "median-days-to-answer,days,median-days-to-answer:days,10",
            "median-days-to-answer,requests,median-days-to-answer:requests,3",
            "",
        ]
        .join("\r\n");
        assert_eq!(csv, expected);
        // No figure: an empty field.
        let none = super::csv(&Stats::default(), |_, _| "x".into());
        assert!(none.contains("median-days-to-answer,days,x,\r\n"), "{none}");
    }

    #[test]
    fn csv_fields_are_quoted_and_formulas_neutralised() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=1+2"), "'=1+2");
        assert_eq!(field("+31"), "'+31");
        assert_eq!(field("-5"), "'-5");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("\rx"), "\"'\rx\"");
        assert_eq!(
            field("=HYPERLINK(\"x\",\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
        );
        let (log, _) = seeded();
        let mut log = log;
        let path = country_path(log[0].1.as_ref().unwrap()).unwrap();
        log[0].0.set_text(&path, "=cmd|' /C calc'!A0");
        let stats = compute_seeded(&log);
        let csv = csv(&stats, |_, key| key.to_string());
        assert!(
            csv.contains("\r\ncountry,'=cmd|' /C calc'!A0,'=cmd|' /C calc'!A0,1\r\n"),
            "{csv}"
        );
        assert!(csv.ends_with("\r\n") && !csv.contains("\n\n"));
    }
}
