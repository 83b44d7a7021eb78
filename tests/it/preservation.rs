//! The T-CY table of preservation periods (`app/tandem-core/data/preservation.toml`): every row
//! says where in the report it stands, and every number of a classification is one the row's own
//! wording states.

use std::collections::BTreeSet;

use crate::root;

const SEED: &str = "003_bb7410292c5218d2.txt";

fn table() -> toml::Table {
    let path = root().join("app/tandem-core/data/preservation.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    toml::from_str(&text).unwrap()
}

fn rows(table: &toml::Table) -> Vec<&toml::Table> {
    let rows = table["party"].as_array().unwrap();
    rows.iter().map(|r| r.as_table().unwrap()).collect()
}

fn text<'a>(row: &'a toml::Table, key: &str) -> &'a str {
    row.get(key).and_then(|v| v.as_str()).unwrap_or_default()
}

/// The lines of seed 003 a source names ("003_….txt:786,789"), if it is one.
fn lines(source: &str) -> Option<Vec<usize>> {
    let lines = source.strip_prefix(SEED)?.strip_prefix(':')?;
    lines.split(',').map(|l| l.parse().ok()).collect()
}

#[test]
fn every_row_names_its_line_of_the_report_in_table_order() {
    let table = table();
    let mut last = 0;
    for row in rows(&table) {
        let code = text(row, "code");
        let Some(lines) = lines(text(row, "source")) else {
            panic!("{code}: source is not {SEED}:<line>[,<line>]");
        };
        assert!(lines[0] > last, "{code}: out of the table's order");
        last = *lines.last().unwrap();
    }
    let reported = table["no_renewal_reported"].as_table().unwrap();
    assert!(lines(text(reported, "source")).is_some());
}

#[test]
fn every_number_of_a_classification_is_in_the_rows_own_words() {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let mut checked = BTreeSet::new();
    for row in rows(&table()) {
        for (kind, column) in [("period", "period_text"), ("renewal", "renewal_text")] {
            let Some(class) = row[kind].as_table() else {
                continue;
            };
            let (unit, n) = class.iter().next().unwrap();
            let n = n.as_integer().unwrap() as usize;
            let words = text(row, column).to_lowercase();
            let said = words.contains(&n.to_string())
                || WORDS
                    .get(n)
                    .is_some_and(|w| words.contains(&format!("{w} ")))
                || (unit.ends_with("months") && n == 12 && words.contains("one year"));
            assert!(
                said,
                "{}: {kind} {unit} {n} not in {words:?}",
                text(row, "code")
            );
            checked.insert(text(row, "code").to_string());
        }
    }
    assert!(checked.len() > 20, "{checked:?}");
}

/// Where the project's copy of the report is beside the repository (`../shared/seeds`), each
/// source line holds its row: the Party's name, then the start of its column 2.
#[test]
fn the_source_lines_hold_their_rows_where_the_report_is_at_hand() {
    let seed = root().join("../shared/seeds").join(SEED);
    let Ok(report) = std::fs::read_to_string(seed) else {
        return;
    };
    let report: Vec<&str> = report.lines().collect();
    for row in rows(&table()) {
        let lines = lines(text(row, "source")).unwrap();
        let first = report[lines[0] - 1];
        let name = text(row, "name_in_table");
        assert!(first.starts_with(&format!("{name}\t")), "{name}: {first}");
        let start: String = text(row, "period_text").chars().take(20).collect();
        let cell = first[name.len() + 1..].trim_start_matches("<p>");
        assert!(cell.starts_with(&start), "{name}: {cell}");
        for &line in &lines[1..] {
            assert!(report[line - 1].starts_with('\t'), "{name}: line {line}");
        }
    }
}
