//! Values in the words a partner reads: every enum value, dates written out ("Mon 18 Jan
//! 2027"), numbers with their units. What the files store (`first-use`, `2027-01-18`) never
//! reaches a partner's document.

use crate::brief::{
    Asset, AudioSource, Channel, CreativeFreedom, Date, DisclosurePlacement, Metric, Ownership,
    Platform, PostFormat, Proof, Style, TermStarts,
};
use crate::practice::budget::format_money;

/// A value in plain words.
pub(crate) trait Words {
    /// The value as a partner reads it.
    fn words(&self) -> &'static str;
}

macro_rules! words {
    ($ty:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl Words for $ty {
            fn words(&self) -> &'static str {
                match self {
                    $($ty::$variant => $text),+
                }
            }
        }
    };
}

words!(Channel {
    OrganicSocial => "our social accounts (organic)",
    PaidSocial => "paid social ads",
    Website => "our website",
    LandingPage => "landing pages",
    Email => "email",
    Marketplace => "marketplaces",
    Ooh => "outdoor ads",
    Tv => "TV",
    Other => "other channels",
});

words!(CreativeFreedom {
    Scripted => "scripted: follow the script closely",
    Guided => "guided: our key points, in your own words and style",
    Open => "open: your idea, within the guidelines",
});

words!(TermStarts {
    Delivery => "from delivery of the final files",
    FirstUse => "from first use",
});

words!(Ownership {
    License => "you keep ownership; we use the content under licence",
    Buyout => "full buyout: we own the content",
});

words!(DisclosurePlacement {
    CaptionStart => "at the start of the caption",
    Caption => "in the caption, above the fold",
    OnScreen => "on screen, in the video",
    Spoken => "said out loud in the video",
    OnScreenAndSpoken => "on screen and said out loud",
    EndOfCaption => "at the end of the caption",
    Comments => "in the comments",
    Bio => "in your bio",
    Hashtags => "among the hashtags",
});

words!(Asset {
    Photo => "photo",
    ShortVideo => "short video",
    LongVideo => "long video",
    Script => "script",
    Design => "design",
    Article => "article",
    Audio => "audio",
    Animation => "animation",
    Other => "other asset",
});

words!(Style {
    Demo => "demo",
    Testimonial => "testimonial",
    Unboxing => "unboxing",
    Tutorial => "tutorial",
    Skit => "skit",
    Voiceover => "voiceover",
    Other => "own style",
});

words!(AudioSource {
    Original => "original sound",
    CommercialLibrary => "commercial music library",
    Licensed => "licensed music",
    TrendingSound => "trending sound",
    None => "no audio",
});

words!(Platform {
    Instagram => "Instagram",
    Tiktok => "TikTok",
    Youtube => "YouTube",
    Linkedin => "LinkedIn",
    X => "X",
    Facebook => "Facebook",
    Twitch => "Twitch",
    Pinterest => "Pinterest",
    Podcast => "podcast",
    Blog => "blog",
    Newsletter => "newsletter",
    Other => "other platform",
});

words!(PostFormat {
    Post => "feed post",
    Story => "story",
    Reel => "reel",
    Short => "short",
    Video => "video",
    Live => "live stream",
    Carousel => "carousel",
    Thread => "thread",
    Other => "post",
});

words!(Proof {
    Screenshots => "screenshots of your insights",
    PlatformAccess => "access to your platform insights",
    None => "no proof needed",
});

words!(Metric {
    Reach => "reach",
    Impressions => "impressions",
    Views => "views",
    Followers => "followers gained",
    EngagementRate => "engagement rate",
    Likes => "likes",
    Comments => "comments",
    Shares => "shares",
    Saves => "saves",
    Clicks => "link clicks",
    Ctr => "click-through rate",
    Conversions => "conversions",
    Cpa => "cost per acquisition",
    Roas => "return on ad spend",
    HookRate => "hook rate (share who watch the first 3 seconds)",
    HoldRate => "hold rate (share who watch to the end)",
    ThumbStopRate => "thumb-stop rate",
    WatchTime => "watch time",
    Cpm => "cost per 1,000 impressions",
    Cpe => "cost per engagement",
    Sales => "sales",
    Signups => "sign-ups",
    Installs => "app installs",
});

impl Metric {
    /// How a threshold in this metric's unit reads: "2.5 %", "1.20" (money), "300 sign-ups".
    pub(crate) fn threshold_words(self, value: f64, currency: Option<&str>) -> String {
        let number = number(value);
        match self {
            Metric::EngagementRate
            | Metric::Ctr
            | Metric::HookRate
            | Metric::HoldRate
            | Metric::ThumbStopRate => format!("{number}%"),
            Metric::Cpa | Metric::Cpm | Metric::Cpe => format_money(value, currency),
            Metric::Roas => format!("{number} × the ad spend"),
            Metric::WatchTime => format!("{number} seconds"),
            other => format!("{number} {}", other.words()),
        }
    }
}

/// A list of values in words, joined with commas and "and".
pub(crate) fn list<T: Words>(items: &[T]) -> Option<String> {
    let words: Vec<&str> = items.iter().map(Words::words).collect();
    sentence_list(&words)
}

/// "a", "a and b", "a, b and c".
pub(crate) fn sentence_list(items: &[&str]) -> Option<String> {
    match items {
        [] => None,
        [one] => Some((*one).to_string()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

/// A language as a partner reads it: ISO 639-1 codes ("en", "DE", "en-GB") become English
/// names ("English", "German", "English (UK)"); anything else stays as typed.
pub(crate) fn language(text: &str) -> String {
    let typed = text.trim();
    let (code, region) = typed
        .split_once(['-', '_'])
        .map_or((typed, None), |(c, r)| (c, Some(r)));
    let tag_like = region
        .is_none_or(|r| (2..=8).contains(&r.len()) && r.chars().all(|c| c.is_ascii_alphanumeric()));
    let Some(name) = language_name(code).filter(|_| tag_like) else {
        return typed.to_string();
    };
    match region.map(region_name) {
        None => name.to_string(),
        Some(Some(place)) => format!("{name} ({place})"),
        // A region we cannot name: the language alone still reads right.
        Some(None) => name.to_string(),
    }
}

/// The English name of a common ISO 639-1 code, any case.
fn language_name(code: &str) -> Option<&'static str> {
    let name = match code.to_ascii_lowercase().as_str() {
        "en" => "English",
        "de" => "German",
        "fr" => "French",
        "es" => "Spanish",
        "it" => "Italian",
        "pt" => "Portuguese",
        "nl" => "Dutch",
        "sv" => "Swedish",
        "da" => "Danish",
        "no" | "nb" => "Norwegian",
        "nn" => "Norwegian (Nynorsk)",
        "fi" => "Finnish",
        "is" => "Icelandic",
        "pl" => "Polish",
        "cs" => "Czech",
        "sk" => "Slovak",
        "tr" => "Turkish",
        "ar" => "Arabic",
        "he" => "Hebrew",
        "hi" => "Hindi",
        "ja" => "Japanese",
        "ko" => "Korean",
        "zh" => "Chinese",
        "ru" => "Russian",
        "uk" => "Ukrainian",
        "el" => "Greek",
        "hu" => "Hungarian",
        "ro" => "Romanian",
        "bg" => "Bulgarian",
        "hr" => "Croatian",
        "ga" => "Irish",
        "id" => "Indonesian",
        "th" => "Thai",
        "vi" => "Vietnamese",
        _ => return None,
    };
    Some(name)
}

/// A region of a language tag ("GB" in "en-GB") in words, for the common ones.
fn region_name(code: &str) -> Option<&'static str> {
    let name = match code.to_ascii_uppercase().as_str() {
        "GB" | "UK" => "UK",
        "US" => "US",
        "AU" => "Australia",
        "CA" => "Canada",
        "IE" => "Ireland",
        "NZ" => "New Zealand",
        "BR" => "Brazil",
        "PT" => "Portugal",
        "MX" => "Mexico",
        "ES" => "Spain",
        "FR" => "France",
        "BE" => "Belgium",
        "CH" => "Switzerland",
        "AT" => "Austria",
        "DE" => "Germany",
        "NL" => "Netherlands",
        "CN" | "HANS" => "Simplified",
        "TW" | "HANT" => "Traditional",
        "HK" => "Hong Kong",
        _ => return None,
    };
    Some(name)
}

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date written out: "Mon 18 Jan 2027".
pub(crate) fn date(d: Date) -> String {
    let d = d.0;
    let weekday = WEEKDAYS[usize::from(d.weekday().to_monday_zero_offset().unsigned_abs()) % 7];
    let month = MONTHS[usize::from((d.month() - 1).unsigned_abs()) % 12];
    format!("{weekday} {} {month} {}", d.day(), d.year())
}

/// A span of dates: "Mon 18 Jan to Sun 31 Jan 2027" (the year once when both share it).
pub(crate) fn span(from: Option<Date>, to: Option<Date>) -> Option<String> {
    match (from, to) {
        (Some(a), Some(b)) if a == b => Some(format!("on {}", date(a))),
        (Some(a), Some(b)) if a.0.year() == b.0.year() => {
            let first = date(a);
            let short = first.rsplit_once(' ').map_or(first.as_str(), |(s, _)| s);
            Some(format!("{short} to {}", date(b)))
        }
        (Some(a), Some(b)) => Some(format!("{} to {}", date(a), date(b))),
        (Some(a), None) => Some(format!("from {}", date(a))),
        (None, Some(b)) => Some(format!("by {}", date(b))),
        (None, None) => None,
    }
}

/// A number as people write it: "1,200", "3.5" (no trailing zeros: not money).
pub(crate) fn number(value: f64) -> String {
    let text = format_money(value, None);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// A count with its unit, singular or plural: "1 day", "14 days".
pub(crate) fn count(n: impl Into<f64>, one: &str, many: &str) -> String {
    let n = n.into();
    if (n - 1.0).abs() < f64::EPSILON {
        format!("1 {one}")
    } else {
        format!("{} {many}", number(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out() {
        let d = Date::new(2027, 1, 18).unwrap();
        assert_eq!(date(d), "Mon 18 Jan 2027");
        let e = Date::new(2027, 1, 31).unwrap();
        assert_eq!(
            span(Some(d), Some(e)).unwrap(),
            "Mon 18 Jan to Sun 31 Jan 2027"
        );
        let f = Date::new(2028, 2, 29).unwrap();
        assert_eq!(
            span(Some(d), Some(f)).unwrap(),
            "Mon 18 Jan 2027 to Tue 29 Feb 2028"
        );
    }

    #[test]
    fn counts_carry_their_unit() {
        assert_eq!(count(1, "day", "days"), "1 day");
        assert_eq!(count(14, "day", "days"), "14 days");
        assert_eq!(count(1500, "photo", "photos"), "1,500 photos");
        assert_eq!(number(4.5), "4.5");
        assert_eq!(number(12.25), "12.25");
        assert_eq!(Metric::HookRate.threshold_words(30.0, Some("EUR")), "30%");
        assert_eq!(Metric::Cpa.threshold_words(12.5, Some("EUR")), "12.50 EUR");
    }

    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(
            list(&[Channel::PaidSocial, Channel::Website, Channel::Email]).unwrap(),
            "paid social ads, our website and email"
        );
    }

    #[test]
    fn language_codes_read_as_names() {
        assert_eq!(language("en"), "English");
        assert_eq!(language("DE"), "German");
        assert_eq!(language(" nb "), "Norwegian");
        assert_eq!(language("no"), "Norwegian");
        assert_eq!(language("en-GB"), "English (UK)");
        assert_eq!(language("pt_br"), "Portuguese (Brazil)");
        assert_eq!(language("fr-XX"), "French");
        for code in [
            "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "nb", "fi", "pl", "cs",
            "tr", "ar", "he", "hi", "ja", "ko", "zh", "ru", "uk", "el", "hu", "ro",
        ] {
            assert_ne!(language(code), code, "{code} has no name");
        }
    }

    #[test]
    fn unknown_language_text_stays_as_typed() {
        assert_eq!(language("English"), "English");
        assert_eq!(language("Swiss German"), "Swiss German");
        assert_eq!(language("xx"), "xx");
        assert_eq!(language("en-and-more"), "en-and-more");
        assert_eq!(language("de-"), "de-");
    }
}
