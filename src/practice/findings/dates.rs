//! Rules for dates that contradict each other or the calendar: campaign and brief dates out of
//! order, plans for days already gone, posts before the creator's files exist, testimonials
//! without time to try the product, and promo codes that expire while posts still go out.

use super::{BriefView, Ctx, Finding, Rule, Severity};
use crate::brief::{Date, FileKind, Style};
use crate::path::KeyPath;

/// The rules of this theme, in table order.
pub const RULES: &[Rule] = &[
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
        let rows: Vec<String> = gone.iter().map(|(r, _)| (r + 1).to_string()).collect();
        out.push(Finding::at(
            KeyPath::of(FileKind::Influencer, &["posts"])
                .row(row)
                .child("window_start"),
            format!(
                "Post {}'s window opens on a day that has passed ({opens}).",
                rows.join(", ")
            ),
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
        format!("The product arrives {when} the testimonial draft is due: too soon to try it."),
        format!("Ship the product at least {TRY_DAYS} days before the draft date."),
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
mod tests {
    use super::super::{fired, none, one};
    use crate::brief::Style;
    use crate::practice::sample::{clean, creator, date, influencer};

    #[test]
    fn deadline_order_campaign_dates() {
        let mut b = clean();
        b.campaign.start_date = Some(date("2027-06-01"));
        let f = one(&b, "deadline-order");
        assert_eq!(f.key.to_string(), "campaign.end_date");
        b.campaign.start_date = Some(date("2027-03-01"));
        none(&b, "deadline-order");
    }

    #[test]
    fn deadline_order_brief_schedule() {
        let mut b = clean();
        creator(&mut b).schedule.draft_due = Some(date("2027-04-01"));
        let f = one(&b, "deadline-order");
        assert_eq!(f.key.to_string(), "creator.schedule.final_due");
        creator(&mut b).schedule.draft_due = None;
        creator(&mut b).schedule.brief_sent = Some(date("2027-04-01"));
        assert_eq!(
            one(&b, "deadline-order").key.to_string(),
            "creator.schedule.final_due"
        );
        creator(&mut b).schedule.brief_sent = Some(date("2027-03-01"));
        none(&b, "deadline-order");
    }

    #[test]
    fn deadline_order_post_windows() {
        let mut b = clean();
        influencer(&mut b).posts[0].window_start = Some(date("2027-04-20"));
        assert_eq!(
            one(&b, "deadline-order").key.to_string(),
            "influencer.posts[0].window_end"
        );
        influencer(&mut b).posts[0].window_start = Some(date("2027-04-01"));
        influencer(&mut b).posts[0].window_end = Some(date("2027-06-10"));
        assert!(
            one(&b, "deadline-order")
                .message
                .contains("after the campaign ends")
        );
        influencer(&mut b).posts[0].window_end = Some(date("2027-05-31"));
        none(&b, "deadline-order");
    }

    #[test]
    fn dates_in_past() {
        // The clean sample starts on 2027-03-01 and sends its first brief then.
        let mut b = clean();
        none(&b, "dates-in-past");
        creator(&mut b).schedule.brief_sent = None;
        influencer(&mut b).schedule.brief_sent = None;
        none(&b, "dates-in-past");
        b.campaign.start_date = Some(date("2027-01-05"));
        creator(&mut b).schedule.draft_due = Some(date("2027-01-09"));
        influencer(&mut b).posts[0].window_start = Some(date("2027-01-01"));
        let keys: Vec<String> = fired(&b, "dates-in-past")
            .iter()
            .map(|f| f.key.to_string())
            .collect();
        assert_eq!(
            keys,
            [
                "campaign.start_date",
                "creator.schedule.draft_due",
                "influencer.posts[0].window_start"
            ]
        );
        // Sent today or earlier: the plan is under way, nothing to move.
        influencer(&mut b).schedule.brief_sent = Some(date("2027-01-10"));
        none(&b, "dates-in-past");
        // Sent in the future is not sent yet.
        influencer(&mut b).schedule.brief_sent = Some(date("2027-01-11"));
        assert_eq!(fired(&b, "dates-in-past").len(), 3);
    }

    #[test]
    fn posting_before_assets() {
        let mut b = clean();
        influencer(&mut b).posts[0].window_start = Some(date("2027-03-20"));
        let f = one(&b, "posting-before-assets");
        assert_eq!(f.key.to_string(), "influencer.posts[0].window_start");
        influencer(&mut b).content.uses_creator_assets = Some(false);
        none(&b, "posting-before-assets");
    }

    #[test]
    fn testimonial_before_use() {
        let mut b = clean();
        let c = creator(&mut b);
        c.deliverables[0].style = Some(Style::Testimonial);
        c.schedule.product_ships = Some(date("2027-03-10"));
        assert!(
            one(&b, "testimonial-before-use")
                .message
                .contains("only 5 days")
        );
        creator(&mut b).schedule.product_ships = Some(date("2027-03-17"));
        assert!(
            one(&b, "testimonial-before-use")
                .message
                .contains("2 days after")
        );
        creator(&mut b).schedule.product_ships = Some(date("2027-03-08"));
        none(&b, "testimonial-before-use");
    }

    #[test]
    fn code_expires_before_window() {
        let mut b = clean();
        influencer(&mut b).tracking.code_expires = Some(date("2027-04-05"));
        one(&b, "code-expires-before-window");
        influencer(&mut b).tracking.code_expires = Some(date("2027-04-10"));
        none(&b, "code-expires-before-window");
        assert!(fired(&b, "deadline-order").is_empty());
    }
}
