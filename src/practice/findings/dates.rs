//! Rules for dates that contradict each other or the calendar: campaign and brief dates out of
//! order, plans for days already gone, posts before the creator's files exist, testimonials
//! without time to try the product, and promo codes that expire while posts still go out.

use super::{BriefView, Ctx, Finding, Rule, Severity};
use crate::brief::{Date, FileKind, Style};
use crate::path::KeyPath;

/// The rules of this theme, in table order.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "deadline-order",
        severity: Severity::Error,
        keys: &[
            "campaign.end_date",
            "creator.schedule.draft_due",
            "creator.schedule.final_due",
            "influencer.schedule.draft_due",
            "influencer.schedule.final_due",
            "influencer.posts[].window_end",
            "campaign.start_date",
            "creator.schedule.brief_sent",
            "influencer.schedule.brief_sent",
            "influencer.posts[].window_start",
        ],
        check: deadline_order,
    },
    Rule {
        id: "dates-in-past",
        severity: Severity::Warning,
        keys: &[
            "campaign.start_date",
            "creator.schedule.draft_due",
            "influencer.schedule.draft_due",
            "influencer.posts[].window_start",
        ],
        check: dates_in_past,
    },
    Rule {
        id: "posting-before-assets",
        severity: Severity::Error,
        keys: &[
            "influencer.posts[].window_start",
            "influencer.content.uses_creator_assets",
            "creator.schedule.final_due",
        ],
        check: posting_before_assets,
    },
    Rule {
        id: "testimonial-before-use",
        severity: Severity::Warning,
        keys: &[
            "creator.schedule.product_ships",
            "creator.schedule.draft_due",
            "creator.deliverables[].style",
        ],
        check: testimonial_before_use,
    },
    Rule {
        id: "code-expires-before-window",
        severity: Severity::Warning,
        keys: &[
            "influencer.tracking.code_expires",
            "influencer.posts[].window_end",
        ],
        check: code_expires_before_window,
    },
];

/// Days a partner needs with the product before an honest testimonial.
const TRY_DAYS: i64 = 7;

fn deadline_order(ctx: &Ctx) -> Vec<Finding> {
    let campaign = ctx.campaign();
    let mut out = Vec::new();
    if let (Some(start), Some(end)) = (campaign.start_date, campaign.end_date)
        && start > end
    {
        out.push(Finding::at(
            KeyPath::of(FileKind::Campaign, &["end_date"]),
            format!("The campaign ends on {end}, before it starts on {start}."),
            "Fix the start or the end date.",
        ));
    }
    for brief in ctx.briefs() {
        out.extend(schedule_order(&brief));
    }
    let posts = ctx.influencer.map_or(&[][..], |i| &i.posts[..]);
    for (row, post) in posts.iter().enumerate() {
        let key = KeyPath::of(FileKind::Influencer, &["posts"])
            .row(row)
            .child("window_end");
        let n = row + 1;
        if let (Some(start), Some(end)) = (post.window_start, post.window_end)
            && start > end
        {
            out.push(Finding::at(
                key.clone(),
                format!("Post {n}'s window closes on {end}, before it opens on {start}."),
                "Fix the first or the last day of the window.",
            ));
        }
        if let (Some(end), Some(last)) = (post.window_end, campaign.end_date)
            && end > last
        {
            out.push(Finding::at(
                key,
                format!("Post {n} may go live until {end}, after the campaign ends on {last}."),
                "Close the window by the campaign's end, or move the end date.",
            ));
        }
    }
    out
}

/// Brief sent, then draft due, then final due; each date set is compared with the one before.
fn schedule_order(brief: &BriefView) -> Vec<Finding> {
    let s = brief.schedule;
    let steps: Vec<(&str, &str, Date)> = [
        ("brief_sent", "the brief is sent", s.brief_sent),
        ("draft_due", "the draft is due", s.draft_due),
        ("final_due", "the final is due", s.final_due),
    ]
    .into_iter()
    .filter_map(|(key, label, date)| date.map(|d| (key, label, d)))
    .collect();
    steps
        .windows(2)
        .filter(|pair| pair[0].2 > pair[1].2)
        .map(|pair| {
            let ((_, before, first), (key, after, second)) = (pair[0], pair[1]);
            Finding::at(
                brief.path(&["schedule", key]),
                format!(
                    "In the {} brief, {after} ({second}) before {before} ({first}).",
                    brief.who()
                ),
                "Put the dates in order: brief sent, then draft, then final.",
            )
        })
        .collect()
}

/// Start, draft and window dates before today, while no used brief has gone out yet.
fn dates_in_past(ctx: &Ctx) -> Vec<Finding> {
    let today = ctx.today;
    let briefs = ctx.briefs();
    if briefs
        .iter()
        .any(|b| b.schedule.brief_sent.is_some_and(|d| d <= today))
    {
        return vec![];
    }
    let past = |d: Option<Date>| d.filter(|d| *d < today);
    let fix =
        "Move the plan to dates still ahead, or set brief_sent if the brief already went out.";
    let mut out = Vec::new();
    if let Some(start) = past(ctx.campaign().start_date) {
        out.push(Finding::at(
            KeyPath::of(FileKind::Campaign, &["start_date"]),
            format!("The campaign starts on {start}, which has passed, and no brief is sent."),
            fix,
        ));
    }
    for b in &briefs {
        if let Some(draft) = past(b.schedule.draft_due) {
            out.push(Finding::at(
                b.path(&["schedule", "draft_due"]),
                format!(
                    "The {} draft is due on {draft}, which has passed, and the brief is not sent.",
                    b.who()
                ),
                fix,
            ));
        }
    }
    let posts = ctx.influencer.map_or(&[][..], |i| &i.posts[..]);
    let gone: Vec<(usize, Date)> = posts
        .iter()
        .enumerate()
        .filter_map(|(row, p)| past(p.window_start).map(|d| (row, d)))
        .collect();
    if let Some((row, opens)) = gone.first().copied() {
        let message = match gone.len() {
            1 => format!(
                "Post {}'s window opens on {opens}, which has passed.",
                row + 1
            ),
            n => format!(
                "{n} posts have windows opening on days that have passed (the first on {opens})."
            ),
        };
        out.push(Finding::at(
            KeyPath::of(FileKind::Influencer, &["posts"])
                .row(row)
                .child("window_start"),
            message,
            fix,
        ));
    }
    out
}

fn posting_before_assets(ctx: &Ctx) -> Vec<Finding> {
    let Some((c, i)) = ctx.both() else {
        return vec![];
    };
    let Some(final_due) = c.schedule.final_due else {
        return vec![];
    };
    if i.content.uses_creator_assets != Some(true) {
        return vec![];
    }
    let mut out = Vec::new();
    for (row, post) in i.posts.iter().enumerate() {
        let Some(opens) = post.window_start.or(post.window_end) else {
            continue;
        };
        if opens < final_due {
            out.push(Finding::at(
                KeyPath::of(FileKind::Influencer, &["posts"])
                    .row(row)
                    .child("window_start"),
                format!(
                    "Post {} may go live on {opens}, before the creator's final files are due \
                     on {final_due}.",
                    row + 1
                ),
                "Open the window after the creator delivers, or move the delivery earlier.",
            ));
        }
    }
    out
}

fn testimonial_before_use(ctx: &Ctx) -> Vec<Finding> {
    let Some(c) = ctx.creator else { return vec![] };
    let testimonial = c
        .deliverables
        .iter()
        .any(|d| d.style == Some(Style::Testimonial));
    let (Some(ships), Some(draft)) = (c.schedule.product_ships, c.schedule.draft_due) else {
        return vec![];
    };
    let days = ships.days_until(draft);
    if !testimonial || days >= TRY_DAYS {
        return vec![];
    }
    let when = if days >= 0 {
        format!("only {days} days before")
    } else {
        format!("{} days after", -days)
    };
    vec![Finding::at(
        KeyPath::of(FileKind::Creator, &["schedule", "product_ships"]),
        format!(
            "The creator gets the product (or access) {when} the testimonial draft is due: too soon to try it."
        ),
        format!("Get it to them (or open access) at least {TRY_DAYS} days before the draft date."),
    )]
}

fn code_expires_before_window(ctx: &Ctx) -> Vec<Finding> {
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    let Some(expires) = i.tracking.code_expires else {
        return vec![];
    };
    let Some(last) = i.posts.iter().filter_map(|p| p.window_end).max() else {
        return vec![];
    };
    if expires >= last {
        return vec![];
    }
    vec![Finding::at(
        KeyPath::of(FileKind::Influencer, &["tracking", "code_expires"]),
        format!("The promo code expires on {expires}, but posts may go live until {last}."),
        "Keep the code valid at least until the last posting window closes.",
    )]
}

#[cfg(test)]
mod tests;
