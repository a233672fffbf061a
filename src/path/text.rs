//! Reading a value typed by a person (`--set`, the wizard) into the TOML value of its key.

use toml_edit::{Array, Value};

use super::{Kind, nearest};
use crate::brief::{Date, Number, Region, country_code};

/// Reads `text` as a value of `kind`. Empty text means "clear" (`Ok(None)`).
/// The error is a plain sentence for the person who typed it.
#[expect(clippy::too_many_lines, reason = "one arm per value kind")]
pub(crate) fn parse_value(kind: Kind, text: &str) -> Result<Option<Value>, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() && !matches!(kind, Kind::LongText) {
        return Ok(None);
    }
    if kind == Kind::LongText && text.trim().is_empty() {
        return Ok(None);
    }
    let value = match kind {
        Kind::Text => Value::from(trimmed),
        Kind::Handle => Value::from(handle(trimmed).as_ref()),
        Kind::Languages => array(split_items(text, &[',', ';'])?),
        Kind::Handles => array(list(text)?.iter().map(|h| handle(h).into_owned()).collect()),
        Kind::LongText => Value::from(text.trim_end()),
        Kind::Email => {
            if !trimmed.contains('@') || trimmed.contains(char::is_whitespace) {
                return Err(format!("`{trimmed}` is not an e-mail address"));
            }
            Value::from(trimmed)
        }
        Kind::Url => {
            // "lumenskin.com" is read as https://lumenskin.com; anything else needs its scheme.
            let with_scheme = format!("https://{trimmed}");
            let bare_domain = trimmed
                .split('/')
                .next()
                .is_some_and(|host| host.contains('.') && !host.contains([':', '@']))
                && !trimmed.contains(char::is_whitespace);
            if is_web_address(trimmed) {
                Value::from(trimmed)
            } else if bare_domain && is_web_address(&with_scheme) {
                Value::from(with_scheme)
            } else {
                return Err(format!(
                    "`{trimmed}` is not a full web address; start it with https://"
                ));
            }
        }
        Kind::Count => count(trimmed)?,
        Kind::Money | Kind::Number | Kind::Percent => number(kind, trimmed)?,
        Kind::Date => Value::from(
            Date::parse(trimmed)
                .ok_or_else(|| format!("`{trimmed}` is not a date on the calendar; write it as year-month-day, e.g. 2026-03-01"))?
                .to_toml(),
        ),
        Kind::DateTime => Value::from(
            trimmed
                .parse::<toml::value::Datetime>()
                .map_err(|_| format!("`{trimmed}` is not a date and time"))?,
        ),
        Kind::Bool => Value::from(boolean(trimmed)?),
        Kind::OneOf(values) => Value::from(choice(values, trimmed)?),
        Kind::ManyOf(values) => {
            let items = list(trimmed)?
                .iter()
                .map(|item| choice(values, item))
                .collect::<Result<Vec<_>, _>>()?;
            array(items)
        }
        Kind::TextList | Kind::Assignees => array(list(text)?),
        Kind::Countries => array(
            codes(trimmed)?
                .iter()
                .map(|c| {
                    country_code(c).ok_or_else(|| {
                        format!("`{c}` is not a two-letter country code (e.g. US, GB, DE)")
                    })
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
        Kind::Regions => array(
            codes(trimmed)?
                .iter()
                .map(|c| {
                    Region::parse(c).map(|r| r.to_string()).ok_or_else(|| {
                        format!("`{c}` is not a country code (e.g. US, GB) or \"worldwide\"")
                    })
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
        Kind::Currency => {
            let code = trimmed.to_ascii_uppercase();
            if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
                return Err(format!(
                    "`{trimmed}` is not a currency code; use three letters such as EUR, USD or GBP"
                ));
            }
            Value::from(code)
        }
        Kind::Table(_) | Kind::Rows(_) => {
            return Err("a table is set one key at a time; name a key inside it".to_string());
        }
    };
    Ok(Some(value))
}

/// An http(s) address with a host (`foohttps://x` or `mailto:` are not web addresses).
pub(crate) fn is_web_address(text: &str) -> bool {
    url::Url::parse(text)
        .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
}

/// Commas are read only as thousands separators (`1,200`, `12,500.50`); `3,5` is refused
/// rather than read as 35.
/// A partner handle as typed: one bare word ("priyamakes") gets its "@"; a URL, text with
/// "@", "/" or ":" in it, or more than one word stays as typed.
pub(crate) fn handle(text: &str) -> std::borrow::Cow<'_, str> {
    let word = text.trim();
    let bare = !word.is_empty()
        && !word.contains(|c: char| c == '@' || c == '/' || c == ':' || c.is_whitespace());
    if bare {
        format!("@{word}").into()
    } else {
        text.into()
    }
}

fn thousands_ok(text: &str) -> bool {
    let whole = text
        .split('.')
        .next()
        .unwrap_or(text)
        .trim_start_matches('-');
    if !whole.contains(',') {
        return true;
    }
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or_default();
    (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
}

/// "42k" → ("42", 1,000), "1.2M" → ("1.2", 1,000,000): how marketers write followers and
/// budgets. Anything else is itself times one.
fn scale(text: &str) -> (&str, f64) {
    let factor = match text.chars().last() {
        Some('k' | 'K') => 1e3,
        Some('m' | 'M') => 1e6,
        _ => return (text, 1.0),
    };
    (text[..text.len() - 1].trim_end(), factor)
}

/// A whole number of things: `1200`, `1,200`, `42k`, `1.2M`.
fn count(text: &str) -> Result<Value, String> {
    let (base, factor) = scale(text);
    let not_whole = || format!("`{text}` is not a whole number (0 or more)");
    let n = if factor == 1.0 {
        let digits: String = base.chars().filter(|c| !matches!(c, '_' | ',')).collect();
        if !thousands_ok(base) || digits.is_empty() {
            return Err(not_whole());
        }
        if !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(not_whole());
        }
        digits.parse::<u64>().unwrap_or(u64::MAX)
    } else {
        let n = base
            .replace([',', '_'], "")
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite() && *n >= 0.0 && thousands_ok(base))
            .ok_or_else(not_whole)?
            * factor;
        if n.fract() != 0.0 {
            return Err(not_whole());
        }
        n.min(u64::MAX as f64) as u64
    };
    let n = u32::try_from(n)
        .map_err(|_| format!("`{text}` is too large; a count goes up to 4,294,967,295"))?;
    Ok(Value::from(i64::from(n)))
}

fn number(kind: Kind, text: &str) -> Result<Value, String> {
    // "$5k", "€1,200": the currency is the campaign's, so a symbol in front is dropped.
    let (digits, factor) = match kind {
        Kind::Money => scale(text.trim_start_matches(['$', '€', '£', '¥']).trim_start()),
        _ => (text, 1.0),
    };
    let bare = digits.trim_end_matches('%').trim();
    if !thousands_ok(bare) {
        return Err(format!(
            "`{text}` is not a number; write decimals with a dot (3.5) and thousands with commas (1,200)"
        ));
    }
    let cleaned: String = bare
        .chars()
        .filter(|c| !matches!(c, '_' | ',' | ' '))
        .collect();
    let n = cleaned
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or_else(|| match kind {
            Kind::Money => format!("`{text}` is not an amount; write it like 12000, 12,000 or 12k"),
            _ => format!("`{text}` is not a number"),
        })?
        * factor;
    if n.abs() > super::MAX_NUMBER {
        return Err(format!(
            "`{text}` is too large; numbers here go up to {} either way",
            super::MAX_NUMBER_TEXT
        ));
    }
    if n < 0.0 && kind != Kind::Number {
        return Err(format!("`{text}` is negative; use 0 or more"));
    }
    if kind == Kind::Percent && n > 100.0 {
        return Err(format!(
            "`{text}` is over 100; a percentage runs from 0 to 100"
        ));
    }
    Ok(match Number(n).as_whole() {
        Some(i) => Value::from(i),
        None => Value::from(n),
    })
}

fn boolean(text: &str) -> Result<bool, String> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "yes" | "y" => Ok(true),
        "false" | "no" | "n" => Ok(false),
        _ => Err(format!("`{text}` is not yes or no (true/false)")),
    }
}

fn choice(values: &[&'static str], text: &str) -> Result<&'static str, String> {
    let wanted = text.trim().to_ascii_lowercase();
    if let Some(v) = values.iter().find(|v| **v == wanted) {
        return Ok(v);
    }
    let hint = match nearest(&wanted, values.iter().copied()) {
        Some(near) => format!("; did you mean `{near}`?"),
        None => format!("; choose one of: {}", values.join(", ")),
    };
    Err(format!("`{}` is not a valid choice{hint}", text.trim()))
}

/// A TOML array of strings (`["a, b", "c"]`), else comma-separated text, else one per line.
/// Country codes, as a list whose items may hold several (`["US, UK"]`, `US UK`).
fn codes(text: &str) -> Result<Vec<String>, String> {
    split_items(text, &[',', ' ', ';'])
}

/// A list whose items may hold several values between `separators`, one value each.
fn split_items(text: &str, separators: &[char]) -> Result<Vec<String>, String> {
    Ok(list(text)?
        .iter()
        .flat_map(|item| item.split(separators))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect())
}

fn list(text: &str) -> Result<Vec<String>, String> {
    let trimmed = text.trim();
    if trimmed.starts_with('[') {
        let parsed: Value = trimmed
            .parse()
            .map_err(|_| format!("`{trimmed}` is not a TOML list like [\"a\", \"b\"]"))?;
        let arr = parsed
            .as_array()
            .ok_or_else(|| format!("`{trimmed}` is not a list"))?;
        return arr
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| "every item of the list must be text in quotes".to_string())
            })
            .collect();
    }
    let sep = if trimmed.contains('\n') { '\n' } else { ',' };
    Ok(trimmed
        .split(sep)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect())
}

fn array<S: Into<String>>(items: Vec<S>) -> Value {
    let mut arr = Array::new();
    for item in items {
        arr.push(item.into());
    }
    Value::Array(arr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_toml_or_commas() {
        let v = parse_value(Kind::TextList, r#"["a, b", "c"]"#)
            .unwrap()
            .unwrap();
        assert_eq!(v.to_string(), r#"["a, b", "c"]"#);
        let v = parse_value(Kind::TextList, "a, b").unwrap().unwrap();
        assert_eq!(v.to_string(), r#"["a", "b"]"#);
    }

    #[test]
    fn numbers_past_the_limit_are_refused_and_whole_ones_stay_exact() {
        for text in [
            "99999999999999999999999999",
            "1000000000000001",
            "-2e15",
            "1e300",
        ] {
            let err = parse_value(Kind::Number, text).unwrap_err();
            assert!(err.contains("10^15"), "{text}: {err}");
        }
        let max = parse_value(Kind::Money, "1,000,000,000,000,000").unwrap();
        assert_eq!(max.map(|v| v.to_string()), Some("1000000000000000".into()));
        let err = parse_value(Kind::Count, "99999999999").unwrap_err();
        assert!(err.contains("4,294,967,295"), "{err}");
        let exact = parse_value(Kind::Money, "999999999999999").unwrap();
        assert_eq!(exact.map(|v| v.to_string()), Some("999999999999999".into()));
    }

    #[test]
    fn followers_and_budgets_take_k_and_m_and_a_currency_sign() {
        let read = |kind, text| parse_value(kind, text).map(|v| v.map(|v| v.to_string()));
        assert_eq!(read(Kind::Count, "42k"), Ok(Some("42000".into())));
        assert_eq!(read(Kind::Count, "1.2M"), Ok(Some("1200000".into())));
        assert_eq!(read(Kind::Count, "12,500"), Ok(Some("12500".into())));
        assert_eq!(read(Kind::Money, "$5k"), Ok(Some("5000".into())));
        assert_eq!(read(Kind::Money, "€1,200"), Ok(Some("1200".into())));
        assert_eq!(read(Kind::Money, "2.5k"), Ok(Some("2500".into())));
        for bad in ["1.2345k", "-3k", "k", "4k2", "1,2k", "12,50", "5000M"] {
            assert!(read(Kind::Count, bad).is_err(), "{bad}");
        }
        assert!(read(Kind::Money, "$").is_err());
        assert!(read(Kind::Percent, "5k").is_err(), "no k in percentages");
    }

    #[test]
    fn money_is_an_integer_when_whole() {
        let v = parse_value(Kind::Money, "1,200").unwrap().unwrap();
        assert_eq!(v.as_integer(), Some(1200));
        let v = parse_value(Kind::Percent, "3.5%").unwrap().unwrap();
        assert_eq!(v.as_float(), Some(3.5));
        assert!(parse_value(Kind::Money, "-5").is_err());
    }

    #[test]
    fn commas_are_thousands_only_and_percent_stops_at_100() {
        assert_eq!(
            parse_value(Kind::Money, "12,500.50")
                .unwrap()
                .unwrap()
                .as_float(),
            Some(12500.5)
        );
        assert!(parse_value(Kind::Percent, "3,5").is_err());
        assert!(parse_value(Kind::Money, "5,00").is_err());
        assert!(parse_value(Kind::Percent, "120").is_err());
        assert_eq!(
            parse_value(Kind::Percent, "100")
                .unwrap()
                .unwrap()
                .as_integer(),
            Some(100)
        );
    }

    #[test]
    fn web_addresses_need_http_and_a_host() {
        assert!(parse_value(Kind::Url, "foohttps://x.example").is_err());
        assert!(parse_value(Kind::Url, "mailto:a@b.example").is_err());
        assert!(parse_value(Kind::Url, "https://x.example/p?q=1").is_ok());
    }

    #[test]
    fn choices_suggest_the_nearest() {
        let err = parse_value(Kind::OneOf(&["hybrid", "production-first"]), "hybird").unwrap_err();
        assert!(err.contains("did you mean `hybrid`"), "{err}");
    }

    #[test]
    fn a_bare_domain_gets_https() {
        let read = |t| parse_value(Kind::Url, t).map(|v| v.map(|v| v.to_string()));
        assert_eq!(
            read("lumenskin.com"),
            Ok(Some(r#""https://lumenskin.com""#.into()))
        );
        assert_eq!(
            read("shop.lumenskin.com/serum?x=1"),
            Ok(Some(r#""https://shop.lumenskin.com/serum?x=1""#.into()))
        );
        for bad in [
            "lumenskin",
            "ftp://x.com",
            "mailto:a@b.com",
            "two words.com",
            "a@b.com",
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn languages_typed_together_are_read_one_by_one() {
        let v = parse_value(Kind::Languages, r#"["en, de", "Brazilian Portuguese"]"#)
            .unwrap()
            .unwrap();
        assert_eq!(v.to_string(), r#"["en", "de", "Brazilian Portuguese"]"#);
    }

    #[test]
    fn codes_typed_together_in_one_item_are_read_one_by_one() {
        let v = parse_value(Kind::Countries, r#"["US, UK", "de"]"#)
            .unwrap()
            .unwrap();
        assert_eq!(v.to_string(), r#"["US", "GB", "DE"]"#);
        let v = parse_value(Kind::Regions, "US UK").unwrap().unwrap();
        assert_eq!(v.to_string(), r#"["US", "GB"]"#);
        assert!(parse_value(Kind::Countries, "US, Narnia").is_err());
    }

    #[test]
    fn uk_is_written_gb_and_empty_clears() {
        let v = parse_value(Kind::Countries, "uk, de").unwrap().unwrap();
        assert_eq!(v.to_string(), r#"["GB", "DE"]"#);
        assert!(parse_value(Kind::Date, "").unwrap().is_none());
        assert!(parse_value(Kind::Date, "2026-02-30").is_err());
        assert_eq!(
            parse_value(Kind::Bool, "yes").unwrap().unwrap().as_bool(),
            Some(true)
        );
    }

    #[test]
    fn a_bare_handle_gets_its_at() {
        assert_eq!(handle("priyamakes"), "@priyamakes");
        assert_eq!(handle("  theo.makes_clips "), "@theo.makes_clips");
        for kept in [
            "@marcus",
            "https://tiktok.com/@priya",
            "youtube.com/priya",
            "tiktok:priya",
            "Priya Makes",
            "priya@example.com",
            "",
            "  ",
        ] {
            assert_eq!(handle(kept), kept);
        }
    }
}
