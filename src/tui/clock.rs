//! The time as the app sees it: read by the terminal loop before each message, fixed in
//! tests, so `update` stays pure and screens are deterministic.

use std::time::SystemTime;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::brief::Date;

/// Now, in the forms the screens and files need.
#[derive(Debug, Clone, PartialEq)]
pub struct Now {
    /// This instant.
    pub instant: Timestamp,
    /// The user's time zone.
    pub tz: TimeZone,
}

impl Now {
    /// The real clock in the system's time zone.
    pub fn system() -> Now {
        Now {
            instant: Timestamp::now(),
            tz: system_zone(),
        }
    }

    /// A fixed instant in UTC (`2026-11-25T14:03:00Z`), for tests.
    pub fn fixed(rfc3339: &str) -> Now {
        Now {
            instant: rfc3339.parse().unwrap_or(Timestamp::UNIX_EPOCH),
            tz: TimeZone::UTC,
        }
    }

    fn local(&self, format: &str) -> String {
        self.instant
            .to_zoned_datetime(self.tz.clone())
            .strftime(format)
            .to_string()
    }

    /// Today's date, where the user is.
    pub fn today(&self) -> Date {
        Date(self.instant.to_zoned_datetime(self.tz.clone()).date())
    }

    /// `HH:MM`, for "saved at".
    pub(crate) fn hhmm(&self) -> String {
        self.local("%H:%M")
    }

    /// `YYYY-MM-DD HH:MM`, for drafts.
    pub(crate) fn minute(&self) -> String {
        self.local("%Y-%m-%d %H:%M")
    }

    /// A compact stamp for names (`20261125140300`).
    pub(crate) fn stamp(&self) -> String {
        self.local("%Y%m%d%H%M%S")
    }

    /// `created_at` for a new campaign: UTC to the second.
    pub fn created_at(&self) -> toml::value::Datetime {
        let text = self.instant.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
        text.parse().unwrap_or(toml::value::Datetime {
            date: None,
            time: None,
            offset: None,
        })
    }

    /// A file time as the user reads it: `today 14:03`, else `2026-11-20`.
    pub(crate) fn describe(&self, time: Option<SystemTime>) -> String {
        let Some(ts) = time.and_then(|t| Timestamp::try_from(t).ok()) else {
            return "—".into();
        };
        let zoned = ts.to_zoned_datetime(self.tz.clone());
        if Date(zoned.date()) == self.today() {
            zoned.strftime("today %H:%M").to_string()
        } else {
            zoned.strftime("%Y-%m-%d").to_string()
        }
    }
}

/// The system's time zone, found without listing the time zone folder. `TimeZone::system`
/// looks the name `/etc/localtime` links to up in jiff's zoneinfo database, which first reads
/// the names of every folder under `/usr/share/zoneinfo`: most of the app's start before the
/// first frame. Reading the one file the link names gives the same zone, name included.
/// Anything unusual (`TZ` set, no link) goes the usual way.
fn system_zone() -> TimeZone {
    #[cfg(unix)]
    if std::env::var_os("TZ").is_none()
        && let Ok(target) = std::fs::read_link("/etc/localtime")
    {
        let text = target.to_string_lossy();
        if let Some(at) = text.rfind("zoneinfo/") {
            let name = &text[at + "zoneinfo/".len()..];
            let file = std::path::Path::new("/etc").join(&target);
            if let Ok(bytes) = std::fs::read(file)
                && let Ok(tz) = TimeZone::tzif(name, &bytes)
            {
                return tz;
            }
        }
    }
    TimeZone::system()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_system_zone_is_the_system_zone() {
        let now = Timestamp::now();
        assert_eq!(
            now.to_zoned_datetime(system_zone()).offset(),
            now.to_zoned_datetime(TimeZone::system()).offset()
        );
    }

    #[test]
    fn fixed_time_reads_the_same_everywhere() {
        let now = Now::fixed("2026-11-25T14:03:09Z");
        assert_eq!(now.hhmm(), "14:03");
        assert_eq!(now.stamp(), "20261125140309");
        assert_eq!(now.today().to_string(), "2026-11-25");
        assert_eq!(now.created_at().to_string(), "2026-11-25T14:03:09Z");
        let earlier = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_764_000_000);
        assert_eq!(now.describe(Some(earlier)), "2025-11-24");
        assert_eq!(now.describe(None), "—");
    }
}
