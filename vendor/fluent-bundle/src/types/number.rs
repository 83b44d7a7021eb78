use std::borrow::Cow;
use std::default::Default;
use std::str::FromStr;

use intl_pluralrules::operands::PluralOperands;

use crate::args::FluentArgs;
use crate::types::FluentValue;

#[derive(Clone, Copy, Debug, Default, Eq, Hash, PartialEq)]
pub enum FluentNumberType {
    #[default]
    Cardinal,
    Ordinal,
}

impl From<&str> for FluentNumberType {
    fn from(input: &str) -> Self {
        match input {
            "cardinal" => Self::Cardinal,
            "ordinal" => Self::Ordinal,
            _ => Self::default(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, Eq, Hash, PartialEq)]
pub enum FluentNumberStyle {
    #[default]
    Decimal,
    Currency,
    Percent,
}

impl From<&str> for FluentNumberStyle {
    fn from(input: &str) -> Self {
        match input {
            "decimal" => Self::Decimal,
            "currency" => Self::Currency,
            "percent" => Self::Percent,
            _ => Self::default(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, Eq, Hash, PartialEq)]
pub enum FluentNumberCurrencyDisplayStyle {
    #[default]
    Symbol,
    Code,
    Name,
}

impl From<&str> for FluentNumberCurrencyDisplayStyle {
    fn from(input: &str) -> Self {
        match input {
            "symbol" => Self::Symbol,
            "code" => Self::Code,
            "name" => Self::Name,
            _ => Self::default(),
        }
    }
}

#[derive(Clone, Debug, Eq, Hash, PartialEq)]
pub struct FluentNumberOptions {
    pub r#type: FluentNumberType,
    pub style: FluentNumberStyle,
    pub currency: Option<String>,
    pub currency_display: FluentNumberCurrencyDisplayStyle,
    pub use_grouping: bool,
    pub minimum_integer_digits: Option<usize>,
    pub minimum_fraction_digits: Option<usize>,
    pub maximum_fraction_digits: Option<usize>,
    pub minimum_significant_digits: Option<usize>,
    pub maximum_significant_digits: Option<usize>,
}

impl Default for FluentNumberOptions {
    fn default() -> Self {
        Self {
            r#type: Default::default(),
            style: Default::default(),
            currency: None,
            currency_display: Default::default(),
            use_grouping: true,
            minimum_integer_digits: None,
            minimum_fraction_digits: None,
            maximum_fraction_digits: None,
            minimum_significant_digits: None,
            maximum_significant_digits: None,
        }
    }
}

impl FluentNumberOptions {
    pub fn merge(&mut self, opts: &FluentArgs) {
        for (key, value) in opts.iter() {
            match (key, value) {
                ("type", FluentValue::String(n)) => {
                    self.r#type = n.as_ref().into();
                }
                ("style", FluentValue::String(n)) => {
                    self.style = n.as_ref().into();
                }
                ("currency", FluentValue::String(n)) => {
                    self.currency = Some(n.to_string());
                }
                ("currencyDisplay", FluentValue::String(n)) => {
                    self.currency_display = n.as_ref().into();
                }
                ("useGrouping", FluentValue::String(n)) => {
                    self.use_grouping = n != "false";
                }
                ("minimumIntegerDigits", FluentValue::Number(n)) => {
                    self.minimum_integer_digits = Some(n.into());
                }
                ("minimumFractionDigits", FluentValue::Number(n)) => {
                    self.minimum_fraction_digits = Some(n.into());
                }
                ("maximumFractionDigits", FluentValue::Number(n)) => {
                    self.maximum_fraction_digits = Some(n.into());
                }
                ("minimumSignificantDigits", FluentValue::Number(n)) => {
                    self.minimum_significant_digits = Some(n.into());
                }
                ("maximumSignificantDigits", FluentValue::Number(n)) => {
                    self.maximum_significant_digits = Some(n.into());
                }
                _ => {}
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FluentNumber {
    pub value: f64,
    pub options: FluentNumberOptions,
}

impl FluentNumber {
    pub const fn new(value: f64, options: FluentNumberOptions) -> Self {
        Self { value, options }
    }

    pub fn as_string(&self) -> Cow<'static, str> {
        let mut val = plain_decimal(self.value);
        if let Some(minfd) = self.options.minimum_fraction_digits {
            if let Some(pos) = val.find('.') {
                let frac_num = val.len() - pos - 1;
                let missing = minfd.saturating_sub(frac_num);
                val = format!("{}{}", val, "0".repeat(missing));
            } else {
                val = format!("{}.{}", val, "0".repeat(minfd));
            }
        }
        val.into()
    }
}

/// A number written as `<f64 as Display>` writes it: sign, the shortest digits that read back as
/// the same number, no exponent ("-0", "1.5", "0.0000001", "100000000000000000000"); where two
/// texts are as short, as close and 16 digits or more, zmij may pick the other one. Tandem's
/// patch: whole numbers through the integer formatter, others through `zmij` (already linked by
/// serde_json), so that core's float formatting is not linked into the app.
fn plain_decimal(value: f64) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.into();
    }
    if value.fract() == 0.0 && value.abs() < 1e15 {
        let sign = if value.is_sign_negative() && value == 0.0 { "-" } else { "" };
        return format!("{sign}{}", value as i64);
    }
    let mut buffer = zmij::Buffer::new();
    let short = buffer.format_finite(value);
    let (sign, short) = match short.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", short),
    };
    let (mantissa, exponent) = match short.split_once('e') {
        Some((m, e)) => (m, e.parse::<isize>().unwrap_or(0)),
        None => (short, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = [int, frac].concat();
    // Where the decimal point stands among `digits`.
    let point = int.len() as isize + exponent;
    let (int, frac) = if point <= 0 {
        (String::new(), "0".repeat(point.unsigned_abs()) + &digits)
    } else if point as usize >= digits.len() {
        (digits.clone() + &"0".repeat(point as usize - digits.len()), String::new())
    } else {
        (digits[..point as usize].to_string(), digits[point as usize..].to_string())
    };
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// Powers of ten a double holds exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A number as Fluent writes its literals, `-?[0-9]+(\.[0-9]+)?`: the value and how many
/// fraction digits it was written with. Tandem's patch: read without `f64::from_str`. Exact
/// (correctly rounded) up to 2^53 significant and 22 fraction digits, the fast path of every
/// float parser; beyond, within a rounding step.
fn parse_decimal(input: &str) -> Option<(f64, Option<usize>)> {
    let (negative, unsigned) = match input.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, input),
    };
    let (int, frac) = match unsigned.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (unsigned, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(int) || !frac.map_or(true, all_digits) {
        return None;
    }
    let frac_digits = frac.unwrap_or("");
    let mut mantissa: u64 = 0;
    let mut exact = true;
    let mut approximate = 0.0_f64;
    for b in int.bytes().chain(frac_digits.bytes()) {
        let digit = u64::from(b - b'0');
        approximate = approximate * 10.0 + digit as f64;
        match mantissa.checked_mul(10).and_then(|m| m.checked_add(digit)) {
            Some(m) if m <= 1 << 53 => mantissa = m,
            _ => exact = false,
        }
    }
    let scale = frac_digits.len();
    let value = if exact && scale < POW10.len() {
        mantissa as f64 / POW10[scale]
    } else {
        let mut value = approximate;
        for _ in 0..scale {
            value /= 10.0;
        }
        value
    };
    Some((if negative { -value } else { value }, frac.map(str::len)))
}

/// A number Fluent could not read (see [`FluentNumber`]'s `FromStr`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseNumberError;

impl FromStr for FluentNumber {
    type Err = ParseNumberError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let (n, mfd) = parse_decimal(input).ok_or(ParseNumberError)?;
        let opts = FluentNumberOptions {
            minimum_fraction_digits: mfd,
            ..Default::default()
        };
        Ok(Self::new(n, opts))
    }
}

impl From<FluentNumber> for FluentValue<'_> {
    fn from(input: FluentNumber) -> Self {
        FluentValue::Number(input)
    }
}

macro_rules! from_num {
    ($num:ty) => {
        impl From<$num> for FluentNumber {
            fn from(n: $num) -> Self {
                Self {
                    value: n as f64,
                    options: FluentNumberOptions::default(),
                }
            }
        }
        impl From<&$num> for FluentNumber {
            fn from(n: &$num) -> Self {
                Self {
                    value: *n as f64,
                    options: FluentNumberOptions::default(),
                }
            }
        }
        impl From<FluentNumber> for $num {
            fn from(input: FluentNumber) -> Self {
                input.value as $num
            }
        }
        impl From<&FluentNumber> for $num {
            fn from(input: &FluentNumber) -> Self {
                input.value as $num
            }
        }
        impl From<$num> for FluentValue<'_> {
            fn from(n: $num) -> Self {
                FluentValue::Number(n.into())
            }
        }
        impl From<&$num> for FluentValue<'_> {
            fn from(n: &$num) -> Self {
                FluentValue::Number(n.into())
            }
        }
    };
    ($($num:ty)+) => {
        $(from_num!($num);)+
    };
}

impl From<&FluentNumber> for PluralOperands {
    fn from(input: &FluentNumber) -> Self {
        // Tandem's patch: the operands from the number as written (`plain_decimal`), as
        // intl_pluralrules reads them from `<f64 as Display>`, without core's float formatting.
        let written = plain_decimal(input.value.abs());
        let (int, frac) = written.split_once('.').unwrap_or((&written, ""));
        let visible = frac.trim_end_matches('0');
        let mut operands = PluralOperands {
            n: input.value.abs(),
            i: if frac.is_empty() {
                input.value.abs() as u64
            } else {
                int.parse().unwrap_or(0)
            },
            v: frac.len(),
            w: visible.len(),
            f: frac.parse().unwrap_or(0),
            t: visible.parse().unwrap_or(0),
        };
        if let Some(mfd) = input.options.minimum_fraction_digits {
            if mfd > operands.v {
                operands.f *= 10_u64.pow(mfd as u32 - operands.v as u32);
                operands.v = mfd;
            }
        }
        // XXX: Add support for other options.
        operands
    }
}

from_num!(i8 i16 i32 i64 i128 isize);
from_num!(u8 u16 u32 u64 u128 usize);
from_num!(f32 f64);

#[cfg(test)]
mod tests {
    use crate::types::FluentValue;

    #[test]
    fn value_from_copy_ref() {
        let x = 1i16;
        let y = &x;
        let z: FluentValue = y.into();
        assert_eq!(z, FluentValue::try_number("1"));
    }
}
