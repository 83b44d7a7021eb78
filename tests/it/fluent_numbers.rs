//! The patched fluent-bundle (`vendor/fluent-bundle`, which writes and reads numbers without
//! core's float formatting and parsing) gives what the original gives: a number's text is
//! `<f64 as Display>`'s (for up to 15 significant digits; beyond, as short, reading back as the
//! same double), its plural operands are intl_pluralrules's, and a number literal reads as
//! `f64::from_str` reads it.

use std::str::FromStr;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use intl_pluralrules::operands::PluralOperands;
use proptest::prelude::*;

const SAMPLES: &[f64] = &[
    0.0,
    -0.0,
    1.0,
    -1.0,
    2.0,
    7.0,
    21.0,
    100.0,
    1234.0,
    0.5,
    1.5,
    -2.25,
    0.1,
    0.2,
    0.3,
    1e-7,
    1.5e-7,
    123.456,
    1e15,
    1e16,
    1.5e20,
    1e21,
    1e22,
    1e23,
    9007199254740993.0,
    4.35,
    0.000123,
    1.7976931348623157e308,
    5e-324,
    2.2250738585072014e-308,
    299_792_458.0,
    3.0e-5,
];

fn assert_same(value: f64) {
    let number = FluentNumber::new(value, FluentNumberOptions::default());
    assert_eq!(number.as_string(), value.to_string(), "text of {value:e}");
    let ours = PluralOperands::from(&number);
    let theirs = PluralOperands::try_from(value).expect("operands");
    assert_eq!(ours, theirs, "plural operands of {value:e}");
}

#[test]
fn numbers_are_written_as_display_writes_them() {
    for &value in SAMPLES {
        assert_same(value);
        assert_same(-value);
    }
    for (value, text) in [
        (f64::NAN, "NaN"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
    ] {
        let number = FluentNumber::new(value, FluentNumberOptions::default());
        assert_eq!(number.as_string(), text);
    }
}

#[test]
fn minimum_fraction_digits_pad_as_before() {
    let padded = |value: f64, digits: usize| {
        let options = FluentNumberOptions {
            minimum_fraction_digits: Some(digits),
            ..Default::default()
        };
        FluentNumber::new(value, options).as_string().into_owned()
    };
    assert_eq!(padded(1.0, 2), "1.00");
    assert_eq!(padded(1.5, 3), "1.500");
    assert_eq!(padded(1.25, 1), "1.25");
}

#[test]
fn literals_read_as_from_str_reads_them() {
    for text in [
        "0",
        "-0",
        "1",
        "-7",
        "0.1",
        "1.50",
        "3.141569",
        "9007199254740992",
        "0.0000000000000000000001",
    ] {
        let ours = FluentNumber::from_str(text).unwrap_or_else(|_| panic!("{text}"));
        assert_eq!(
            ours.value.to_bits(),
            f64::from_str(text).unwrap().to_bits(),
            "{text}"
        );
        assert_eq!(
            ours.options.minimum_fraction_digits,
            text.find('.').map(|p| text.len() - p - 1)
        );
    }
    for text in ["", "-", "1.", ".5", "a", "1e5", "1.2.3", "--1"] {
        assert!(FluentNumber::from_str(text).is_err(), "{text}");
    }
    // Beyond 2^53 significant digits: within a rounding step.
    for text in [
        "123456789012345678901234",
        "0.30000000000000004",
        "1000000000000.1730",
    ] {
        let ours = FluentNumber::from_str(text).unwrap().value;
        let exact = f64::from_str(text).unwrap();
        assert!(
            (ours - exact).abs() <= exact.abs() * 4.0 * f64::EPSILON,
            "{text}"
        );
    }
}

#[test]
fn plural_selection_and_number_literals_work_in_a_bundle() {
    let source =
        "n = { $n ->\n    [0] none\n    [one] one { $n }\n   *[other] { $n } of { 2.50 }\n}\n";
    let mut bundle = FluentBundle::new(vec!["en".parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(FluentResource::try_new(source.into()).unwrap())
        .unwrap();
    let pattern = bundle.get_message("n").unwrap().value().unwrap();
    let say = |n: f64| {
        let mut args = FluentArgs::new();
        args.set("n", n);
        bundle
            .format_pattern(pattern, Some(&args), &mut vec![])
            .into_owned()
    };
    assert_eq!(say(0.0), "none");
    assert_eq!(say(1.0), "one 1");
    assert_eq!(say(1.5), "1.5 of 2.50");
    assert_eq!(say(12.0), "12 of 2.50");
}

/// How many significant digits a number's text has.
fn significant(text: &str) -> usize {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    digits
        .trim_start_matches('0')
        .trim_end_matches('0')
        .len()
        .max(1)
}

proptest! {
    /// Any double is written with the shortest digits that read back as it, as many as
    /// `<f64 as Display>` writes. Not always the same digits: where the double lies exactly
    /// halfway between two texts as short (-847547463073422.25 between …422.2 and …422.3, both
    /// 16 digits), zmij and core break the tie apart. Either reads back as the same double.
    #[test]
    fn any_double_reads_back_from_its_text(bits in any::<u64>()) {
        let value = f64::from_bits(bits);
        prop_assume!(value.is_finite());
        let ours = FluentNumber::new(value, FluentNumberOptions::default()).as_string();
        prop_assert_eq!(f64::from_str(&ours).unwrap().to_bits(), value.to_bits(), "{} reads back", ours);
        prop_assert_eq!(significant(&ours), significant(&value.to_string()), "{}", ours);
    }

    /// A number of up to 15 significant digits (every count, size and amount Tandem's messages
    /// show) is written exactly as Display writes it, plural operands and all: no two texts of
    /// 15 digits or fewer read as the same double, so there is no tie to break.
    #[test]
    fn any_number_of_up_to_15_digits_is_written_as_display_writes_it(
        digits in -999_999_999_999_999_i64..=999_999_999_999_999,
        exponent in -30_i32..=30,
    ) {
        assert_same(f64::from_str(&format!("{digits}e{exponent}")).unwrap());
    }

    #[test]
    fn any_literal_reads_as_from_str_reads_it(int in "-?[0-9]{1,9}", frac in proptest::option::of("[0-9]{1,6}")) {
        let text = match frac {
            Some(frac) => format!("{int}.{frac}"),
            None => int,
        };
        let ours = FluentNumber::from_str(&text).unwrap();
        prop_assert_eq!(ours.value.to_bits(), f64::from_str(&text).unwrap().to_bits());
    }
}
