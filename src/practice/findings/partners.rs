//! Rules about what each partner receives (DESIGN §8.1): a contact to send drafts to, the
//! product in time to use it before talking about using it, and rows that belong to real
//! partners of the brief, with every partner given some work.

use super::{Ctx, Finding, Rule, Severity, filled};
use crate::brief::{Date, FileKind, Style};
use crate::path::KeyPath;
use crate::practice::pay::row_is_for;
use crate::practice::words::Text;

/// The rules of this theme, in table order.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "no-contact",
        severity: Severity::Warning,
        keys: &[
            "campaign.contact",
            "creator.schedule.draft_due",
            "influencer.schedule.draft_due",
        ],
        check: no_contact,
    },
    Rule {
        id: "no-ship-date",
        severity: Severity::Warning,
        keys: &[
            "influencer.schedule.product_ships",
            "creator.schedule.product_ships",
            "creator.deliverables[].style",
            "influencer.content.key_messages",
            "influencer.content.talking_points",
        ],
        check: no_ship_date,
    },
    Rule {
        id: "use-before-shipping",
        severity: Severity::Warning,
        keys: &[
            "influencer.schedule.product_ships",
            "influencer.schedule.draft_due",
            "influencer.posts[].window_start",
            "influencer.content.key_messages",
            "influencer.content.talking_points",
        ],
        check: use_before_shipping,
    },
    Rule {
        id: "row-partner-unknown",
        severity: Severity::Warning,
        keys: &[
            "creator.deliverables[].partners",
            "influencer.posts[].partners",
        ],
        check: row_partner_unknown,
    },
    Rule {
        id: "partner-without-rows",
        severity: Severity::Warning,
        keys: &["creator.deliverables", "influencer.posts"],
        check: partner_without_rows,
    },
];

/// A brief asks partners to send something back (drafts, revisions) but says to whom.
fn no_contact(ctx: &Ctx) -> Vec<Finding> {
    if filled(ctx.campaign().contact.as_deref()) {
        return vec![];
    }
    let asks = ctx.briefs().iter().any(|b| {
        b.schedule.draft_due.is_some()
            || b.schedule.revision_rounds.is_some_and(|n| n > 0)
            || filled(b.guidelines.approval.as_deref())
    });
    if !asks {
        return vec![];
    }
    vec![Finding::at(
        KeyPath::of(FileKind::Campaign, &["contact"]),
        "The briefs ask for drafts, but no contact says where partners send them.",
        "Set the contact partners write to: a name and an email.",
    )]
}

/// Words that ask a partner to talk about using the product, with the days of use they
/// imply ("after two weeks of use" → 14; "testimonial" → 7).
fn use_days(texts: &[&String]) -> Option<i64> {
    let mut most: Option<i64> = None;
    for text in texts {
        let t = Text::new(text);
        let speaks_of_use = [
            "use",
            "using",
            "used",
            "routine",
            "testimonial",
            "review",
            "tried",
            "try",
        ]
        .iter()
        .any(|w| t.has(w));
        if !speaks_of_use {
            continue;
        }
        let days = duration_days(text).unwrap_or(MIN_USE_DAYS);
        let asks = t.has("testimonial")
            || t.has("review")
            || duration_days(text).is_some()
            || ["after", "weeks of", "days of", "since"]
                .iter()
                .any(|w| t.has(w));
        if asks {
            most = Some(most.map_or(days, |m| m.max(days)));
        }
    }
    most
}

/// Days a partner needs with the product before an honest word about using it.
const MIN_USE_DAYS: i64 = 7;

/// The longest "N days / weeks / months" in the text, in days.
fn duration_days(text: &str) -> Option<i64> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut best: Option<i64> = None;
    for pair in words.windows(2) {
        let n = match pair[0].as_str() {
            "a" | "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            other => match other.parse::<i64>() {
                Ok(n) if n > 0 && n < 400 => n,
                _ => continue,
            },
        };
        let unit = match pair[1].as_str() {
            "day" | "days" => 1,
            "week" | "weeks" => 7,
            "month" | "months" => 30,
            _ => continue,
        };
        best = Some(best.map_or(n * unit, |b| b.max(n * unit)));
    }
    best
}

fn influencer_use_texts(i: &crate::brief::InfluencerBrief) -> Vec<&String> {
    i.content
        .key_messages
        .iter()
        .chain(&i.content.talking_points)
        .collect()
}

fn no_ship_date(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(c) = ctx.creator
        && c.schedule.product_ships.is_none()
        && c.deliverables
            .iter()
            .any(|d| d.style == Some(Style::Testimonial))
    {
        out.push(Finding::at(
            KeyPath::of(FileKind::Creator, &["schedule", "product_ships"]),
            "A testimonial is ordered, but the brief does not say when the creators get the product or access to it.",
            format!(
                "Set the date they get it (shipped, or access opened), at least {MIN_USE_DAYS} days before the draft is due."
            ),
        ));
    }
    if let Some(i) = ctx.influencer
        && i.schedule.product_ships.is_none()
        && let Some(days) = use_days(&influencer_use_texts(i))
    {
        out.push(Finding::at(
            KeyPath::of(FileKind::Influencer, &["schedule", "product_ships"]),
            "The messages ask influencers to talk about using the product, but the brief does not say when they get it or access to it.",
            format!(
                "Set the date they get it (shipped, or access opened), at least {days} days before the draft is due."
            ),
        ));
    }
    out
}

/// The product ships too late for the use the influencer messages ask them to talk about.
fn use_before_shipping(ctx: &Ctx) -> Vec<Finding> {
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    let Some(ships) = i.schedule.product_ships else {
        return vec![];
    };
    let Some(days) = use_days(&influencer_use_texts(i)) else {
        return vec![];
    };
    let first_window = i.posts.iter().filter_map(|p| p.window_start).min();
    let Some(due) = i.schedule.draft_due.or(first_window) else {
        return vec![];
    };
    let have = ships.days_until(due);
    if have >= days {
        return vec![];
    }
    vec![Finding::at(
        KeyPath::of(FileKind::Influencer, &["schedule", "product_ships"]),
        format!(
            "The messages ask for {days} days of use, but the influencers get the product (or access) {} before the draft is due.",
            plural_days(have)
        ),
        format!(
            "Get it to them (or open access) by {}, or change the messages to match the time they have.",
            earlier(due, days)
        ),
    )]
}

fn plural_days(n: i64) -> String {
    match n {
        1 => "1 day".into(),
        n if n < 0 => format!("{} days after, not", -n),
        n => format!("{n} days"),
    }
}

fn earlier(date: Date, days: i64) -> String {
    date.0
        .checked_sub(jiff::Span::new().days(days))
        .map_or_else(|_| date.to_string(), |d| Date(d).to_string())
}

/// One brief's rows as assignment sees them: the partners (handle, name) and whom each row
/// names.
struct Split<'a> {
    file: FileKind,
    table: &'static str,
    people: Vec<(Option<&'a str>, Option<&'a str>)>,
    rows: Vec<&'a [String]>,
}

fn splits<'a>(ctx: &Ctx<'a>) -> Vec<Split<'a>> {
    let mut out = Vec::new();
    if let Some(c) = ctx.creator {
        out.push(Split {
            file: FileKind::Creator,
            table: "deliverables",
            people: c
                .partners
                .iter()
                .map(|p| (p.handle.as_deref(), p.name.as_deref()))
                .collect(),
            rows: c.deliverables.iter().map(|d| &d.partners[..]).collect(),
        });
    }
    if let Some(i) = ctx.influencer {
        out.push(Split {
            file: FileKind::Influencer,
            table: "posts",
            people: i
                .partners
                .iter()
                .map(|p| (p.handle.as_deref(), p.name.as_deref()))
                .collect(),
            rows: i.posts.iter().map(|p| &p.partners[..]).collect(),
        });
    }
    out
}

fn row_partner_unknown(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for s in splits(ctx) {
        for (row, assigned) in s.rows.iter().enumerate() {
            for a in assigned.iter().filter(|a| !a.trim().is_empty()) {
                let known = s
                    .people
                    .iter()
                    .any(|(h, n)| row_is_for(std::slice::from_ref(a), *h, *n));
                if known {
                    continue;
                }
                out.push(Finding::at(
                    KeyPath::of(s.file, &[s.table]).row(row).child("partners"),
                    format!(
                        "Row {} of the {} names {a}, who is not a partner of the {} brief.",
                        row + 1,
                        s.table,
                        s.file.as_str()
                    ),
                    "Pick one of the brief's partners, or add them as a partner.",
                ));
            }
        }
    }
    out
}

fn partner_without_rows(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for s in splits(ctx).into_iter().filter(|s| !s.rows.is_empty()) {
        for (h, n) in &s.people {
            if s.rows.iter().any(|assigned| row_is_for(assigned, *h, *n)) {
                continue;
            }
            let who = super::partner_label(*h, *n).unwrap_or_else(|| "A partner".into());
            out.push(
                Finding::at(
                    KeyPath::of(s.file, &[s.table]),
                    format!(
                        "{who} makes none of the {}: their brief would ask for nothing.",
                        s.table
                    ),
                    format!(
                        "Assign them a row of the {}, or remove them from the brief.",
                        s.table
                    ),
                )
                .about(Some(who)),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::{Deliverable, Post};
    use crate::practice::findings::{fired, none};
    use crate::practice::sample::{clean, creator, influencer};

    #[test]
    fn contact_is_needed_when_drafts_are_asked_for() {
        let mut b = clean();
        b.campaign.contact = None;
        let f = fired(&b, "no-contact");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].key.to_string(), "campaign.contact");
        b.campaign.contact = Some("Sam Lee, sam@glow.example".into());
        none(&b, "no-contact");
    }

    #[test]
    fn weeks_of_use_need_a_ship_date_in_time() {
        let mut b = clean();
        let i = influencer(&mut b);
        i.content.talking_points = vec!["How your skin feels after two weeks of use".into()];
        i.schedule.product_ships = None;
        let f = fired(&b, "no-ship-date");
        assert_eq!(f.len(), 1);
        assert!(f[0].message.ends_with("when they get it or access to it."));
        let i = influencer(&mut b);
        let draft = i.schedule.draft_due.expect("the sample has a draft date");
        i.schedule.product_ships = Some(Date(
            draft.0.checked_sub(jiff::Span::new().days(10)).unwrap(),
        ));
        none(&b, "no-ship-date");
        let f = fired(&b, "use-before-shipping");
        assert_eq!(f.len(), 1, "10 days is not two weeks");
        assert!(f[0].message.contains("14 days of use"), "{}", f[0].message);
        let i = influencer(&mut b);
        i.schedule.product_ships = Some(Date(
            draft.0.checked_sub(jiff::Span::new().days(16)).unwrap(),
        ));
        none(&b, "use-before-shipping");
    }

    #[test]
    fn messages_without_use_need_no_ship_date() {
        let mut b = clean();
        let i = influencer(&mut b);
        i.content.key_messages = vec!["Limited drop, sizes run out fast".into()];
        i.content.talking_points = vec!["The code ends on Sunday".into()];
        i.schedule.product_ships = None;
        none(&b, "no-ship-date");
    }

    #[test]
    fn a_creator_testimonial_needs_a_ship_date() {
        let mut b = clean();
        let c = creator(&mut b);
        c.schedule.product_ships = None;
        c.deliverables.push(Deliverable {
            style: Some(Style::Testimonial),
            ..Default::default()
        });
        let f = fired(&b, "no-ship-date");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        // The words fit software and services too, where nothing is shipped.
        assert!(
            f[0].message
                .ends_with("when the creators get the product or access to it."),
            "{}",
            f[0].message
        );
        assert!(!f[0].message.contains("reaches"), "{}", f[0].message);
        assert!(f[0].fix.contains("access opened"), "{}", f[0].fix);
    }

    #[test]
    fn rows_must_name_partners_of_the_brief_and_every_partner_gets_work() {
        let mut b = clean();
        let i = influencer(&mut b);
        let handle = i.partners[0].handle.clone().unwrap();
        i.posts.push(Post {
            partners: vec!["@nobody.here".into()],
            ..i.posts[0].clone()
        });
        let f = fired(&b, "row-partner-unknown");
        assert_eq!(f.len(), 1);
        assert!(f[0].key.to_string().ends_with("].partners"));
        none(&b, "partner-without-rows");
        let i = influencer(&mut b);
        for p in &mut i.posts {
            p.partners = vec!["@nobody.here".into()];
        }
        let f = fired(&b, "partner-without-rows");
        assert!(
            f.iter()
                .any(|f| f.partner.as_deref() == Some(handle.as_str()))
        );
    }

    #[test]
    fn durations_are_read_in_days() {
        assert_eq!(duration_days("after two weeks of use"), Some(14));
        assert_eq!(duration_days("use it for 10 days, then a month"), Some(30));
        assert_eq!(duration_days("no numbers here"), None);
        assert_eq!(duration_days("save 20% this week"), None);
    }
}
