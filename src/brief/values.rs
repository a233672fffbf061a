//! Small value types with their own rules: calendar dates, numbers written as integers when
//! whole, and ISO 3166-1 country codes.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use toml::value::Datetime;

/// A calendar date, written as a bare TOML local date (`2026-03-01`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub jiff::civil::Date);

impl Date {
    /// Builds a date from its parts, if it exists on the calendar.
    pub fn new(year: i16, month: i8, day: i8) -> Option<Date> {
        jiff::civil::Date::new(year, month, day).ok().map(Date)
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let text = text.trim();
        if text.len() != 10 {
            return None;
        }
        text.parse::<jiff::civil::Date>().ok().map(Date)
    }

    /// The date as a TOML datetime value (date only).
    pub fn to_toml(self) -> Datetime {
        Datetime {
            date: Some(toml::value::Date {
                year: self.0.year() as u16,
                month: self.0.month() as u8,
                day: self.0.day() as u8,
            }),
            time: None,
            offset: None,
        }
    }

    /// Reads a TOML datetime that holds a date and nothing else.
    pub(crate) fn from_toml(value: &Datetime) -> Option<Date> {
        match (value.date, value.time, value.offset) {
            (Some(d), None, None) => Date::new(d.year as i16, d.month as i8, d.day as i8),
            _ => None,
        }
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    pub(crate) fn days_until(self, other: Date) -> i64 {
        self.0
            .until(other.0)
            .map_or(0, |span| i64::from(span.get_days()))
    }

    /// This date moved by a number of days (unchanged if that leaves the calendar).
    pub fn plus_days(self, days: i64) -> Date {
        self.0
            .checked_add(jiff::Span::new().days(days))
            .map(Date)
            .unwrap_or(self)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_toml().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Datetime::deserialize(deserializer)?;
        Date::from_toml(&value).ok_or_else(|| {
            serde::de::Error::custom(format!("expected a date like 2026-03-01, found `{value}`"))
        })
    }
}

/// A number (money, percent, threshold), written as an integer when whole (`1200`).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Number(pub f64);

impl Number {
    /// The number as the TOML value it is written as.
    pub fn to_toml(self) -> toml::Value {
        match self.as_whole() {
            Some(i) => toml::Value::Integer(i),
            None => toml::Value::Float(self.0),
        }
    }

    /// The integer it equals, if it is whole and fits.
    pub(crate) fn as_whole(self) -> Option<i64> {
        let whole = self.0.is_finite() && self.0.fract() == 0.0 && self.0.abs() < 9.0e15;
        whole.then_some(self.0 as i64)
    }
}

impl std::fmt::Display for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_whole() {
            Some(i) => write!(f, "{i}"),
            None => write!(f, "{}", self.0),
        }
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.as_whole() {
            Some(i) => serializer.serialize_i64(i),
            None => serializer.serialize_f64(self.0),
        }
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Number;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Number, E> {
                Ok(Number(v as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Number, E> {
                Ok(Number(v as f64))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Number, E> {
                if v.is_finite() {
                    Ok(Number(v))
                } else {
                    Err(E::custom("expected a finite number"))
                }
            }
        }
        deserializer.deserialize_any(Visit)
    }
}

/// ISO 3166-1 alpha-2 codes (with `UK` accepted as GB).
const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL \
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM \
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY \
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC \
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE \
NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD \
SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA \
UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// Normalises a country code: trimmed, upper-case, `UK` → `GB`; `None` when unknown.
pub(crate) fn country_code(text: &str) -> Option<String> {
    let code = text.trim().to_ascii_uppercase();
    let code = if code == "UK" { "GB".to_string() } else { code };
    (code.len() == 2 && COUNTRIES.split_ascii_whitespace().any(|c| c == code)).then_some(code)
}

/// A market: an ISO 3166-1 alpha-2 country code (`"UK"` is read as `"GB"`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(String);

impl Country {
    /// Parses and normalises a code.
    pub fn parse(text: &str) -> Option<Country> {
        country_code(text).map(Country)
    }

    /// The two-letter code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Country {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Country::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a two-letter country code (ISO 3166-1, e.g. \"US\", \"GB\")"
            ))
        })
    }
}

/// A usage territory: a country, or the whole world.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    /// Anywhere.
    Worldwide,
    /// One country.
    Country(Country),
}

impl Region {
    /// Parses `worldwide` or a country code.
    pub fn parse(text: &str) -> Option<Region> {
        if text.trim().eq_ignore_ascii_case("worldwide") {
            Some(Region::Worldwide)
        } else {
            Country::parse(text).map(Region::Country)
        }
    }
}

impl std::fmt::Display for Region {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Region::Worldwide => f.write_str("worldwide"),
            Region::Country(c) => c.fmt(f),
        }
    }
}

impl Serialize for Region {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Region {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Region::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is not a country code or \"worldwide\""))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_is_read_as_gb() {
        assert_eq!(country_code("uk").as_deref(), Some("GB"));
        assert_eq!(country_code("XX"), None);
    }

    #[test]
    fn whole_numbers_are_integers() {
        assert_eq!(Number(1200.0).to_toml(), toml::Value::Integer(1200));
        assert_eq!(Number(3.5).to_toml(), toml::Value::Float(3.5));
    }

    #[test]
    fn dates_count_days() {
        let a = Date::parse("2026-03-01").unwrap();
        let b = Date::parse("2026-03-15").unwrap();
        assert_eq!(a.days_until(b), 14);
        assert_eq!(b.days_until(a), -14);
        assert_eq!(a.plus_days(14), b);
        assert!(Date::parse("2026-02-30").is_none());
    }
}
