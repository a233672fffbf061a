//! Rules for what a brief must say before it goes out: deliverables and posts, deadlines,
//! revision rounds, approval, feedback dates, focus, and a way to count conversions.

use super::{Ctx, Finding, Rule, Severity, filled};
use crate::brief::FileKind;
use crate::path::KeyPath;

/// The rules of this theme, in table order.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "no-deliverables",
        severity: Severity::Error,
        keys: &["creator.deliverables", "creator.deliverables[].asset"],
        check: no_deliverables,
    },
    Rule {
        id: "no-posts",
        severity: Severity::Error,
        keys: &["influencer.posts", "influencer.posts[].platform"],
        check: no_posts,
    },
    Rule {
        id: "no-deadline",
        severity: Severity::Error,
        keys: &[
            "creator.schedule.final_due",
            "influencer.posts[].window_end",
        ],
        check: no_deadline,
    },
    Rule {
        id: "no-revision-rounds",
        severity: Severity::Warning,
        keys: &["creator.schedule.revision_rounds"],
        check: no_revision_rounds,
    },
    Rule {
        id: "no-influencer-approval",
        severity: Severity::Warning,
        keys: &[
            "influencer.schedule.draft_due",
            "influencer.guidelines.approval",
        ],
        check: no_influencer_approval,
    },
    Rule {
        id: "no-feedback-date",
        severity: Severity::Warning,
        keys: &["creator.feedback.review_date"],
        check: no_feedback_date,
    },
    Rule {
        id: "no-report-due",
        severity: Severity::Warning,
        keys: &[
            "influencer.feedback.report_due",
            "influencer.feedback.metrics_requested",
        ],
        check: no_report_due,
    },
    Rule {
        id: "too-many-key-messages",
        severity: Severity::Info,
        keys: &[
            "creator.content.key_messages",
            "influencer.content.key_messages",
        ],
        check: too_many_key_messages,
    },
    Rule {
        id: "conversion-target-without-tracking",
        severity: Severity::Error,
        keys: &[
            "influencer.tracking.link",
            "influencer.targets.conversions",
            "influencer.tracking.promo_code",
            "influencer.partners[].promo_code",
            "influencer.tracking.attribution",
        ],
        check: conversions_without_tracking,
    },
];

fn creator_path(keys: &[&str]) -> KeyPath {
    KeyPath::of(FileKind::Creator, keys)
}

fn influencer_path(keys: &[&str]) -> KeyPath {
    KeyPath::of(FileKind::Influencer, keys)
}

fn no_deliverables(ctx: &Ctx) -> Vec<Finding> {
    let Some(c) = ctx.creator else { return vec![] };
    if c.deliverables.is_empty() {
        return vec![Finding::at(
            creator_path(&["deliverables"]),
            "The creator brief lists no deliverables.",
            "Add a deliverable: which asset, how many, and where it will run.",
        )];
    }
    if c.deliverables.iter().all(|d| d.asset.is_none()) {
        return vec![Finding::at(
            creator_path(&["deliverables"]).row(0).child("asset"),
            "No deliverable says which asset to make.",
            "Set the asset of each deliverable (photo, short video, design…).",
        )];
    }
    vec![]
}

fn no_posts(ctx: &Ctx) -> Vec<Finding> {
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    if i.posts.is_empty() {
        return vec![Finding::at(
            influencer_path(&["posts"]),
            "The influencer brief lists no posts.",
            "Add a post: the platform, the format and how many.",
        )];
    }
    if i.posts.iter().all(|p| p.platform.is_none()) {
        return vec![Finding::at(
            influencer_path(&["posts"]).row(0).child("platform"),
            "No post says which platform it goes on.",
            "Set the platform of each post.",
        )];
    }
    vec![]
}

fn no_deadline(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    if ctx.creator.is_some_and(|c| c.schedule.final_due.is_none()) {
        out.push(Finding::at(
            creator_path(&["schedule", "final_due"]),
            "The creator has no date for the final files.",
            "Set the date final files are due.",
        ));
    }
    let posts = ctx.influencer.map_or(&[][..], |i| &i.posts[..]);
    for (row, post) in posts.iter().enumerate() {
        if post.window_end.is_some() {
            continue;
        }
        let message = match post.window_start {
            Some(start) => format!(
                "Post {} may go live from {start} but has no last day.",
                row + 1
            ),
            None => format!("Post {} has no posting window.", row + 1),
        };
        out.push(Finding::at(
            influencer_path(&["posts"]).row(row).child("window_end"),
            message,
            "Give the post a window: the first and the last day it may go live.",
        ));
    }
    out
}

fn no_revision_rounds(ctx: &Ctx) -> Vec<Finding> {
    let Some(c) = ctx.creator else { return vec![] };
    let message = match c.schedule.revision_rounds {
        None => "The brief doesn't say how many rounds of changes are included.",
        Some(0) => "The brief allows no rounds of changes.",
        Some(_) => return vec![],
    };
    vec![Finding::at(
        creator_path(&["schedule", "revision_rounds"]),
        message,
        "Agree how many revision rounds the fee includes; one or two is usual.",
    )]
}

fn no_influencer_approval(ctx: &Ctx) -> Vec<Finding> {
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    if i.schedule.draft_due.is_some() || filled(i.guidelines.approval.as_deref()) {
        return vec![];
    }
    vec![Finding::at(
        influencer_path(&["schedule", "draft_due"]),
        "Influencers post without showing you a draft first.",
        "Set a draft date, or say under approval who checks posts before they go live.",
    )]
}

fn no_feedback_date(ctx: &Ctx) -> Vec<Finding> {
    if ctx.creator.is_none_or(|c| c.feedback.review_date.is_some()) {
        return vec![];
    }
    vec![Finding::at(
        creator_path(&["feedback", "review_date"]),
        "No date to go through the results with the creator.",
        "Set a review date to share how the assets performed.",
    )]
}

fn no_report_due(ctx: &Ctx) -> Vec<Finding> {
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    let mut out = Vec::new();
    if i.feedback.report_due.is_none() {
        out.push(Finding::at(
            influencer_path(&["feedback", "report_due"]),
            "No date for the influencer's results report.",
            "Set when the influencer sends their numbers.",
        ));
    }
    if i.feedback.metrics_requested.is_empty() {
        out.push(Finding::at(
            influencer_path(&["feedback", "metrics_requested"]),
            "The brief doesn't say which numbers the influencer reports.",
            "List the metrics you need back: reach, engagement rate, clicks…",
        ));
    }
    out
}

fn too_many_key_messages(ctx: &Ctx) -> Vec<Finding> {
    ctx.briefs()
        .iter()
        .filter(|b| b.key_messages.len() > 3)
        .map(|b| {
            Finding::at(
                b.path(&["content", "key_messages"]),
                format!(
                    "The {} brief has {} key messages; a post or clip carries three at most.",
                    b.who(),
                    b.key_messages.len()
                ),
                "Keep the three that matter most.",
            )
        })
        .collect()
}

fn conversions_without_tracking(ctx: &Ctx) -> Vec<Finding> {
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    let Some(target) = i.targets.conversions.filter(|n| *n > 0) else {
        return vec![];
    };
    if i.has_link_or_code() || filled(i.tracking.attribution.as_deref()) {
        return vec![];
    }
    vec![Finding::at(
        influencer_path(&["tracking", "link"]),
        format!("A target of {target} conversions, but no link, code or rule to count them."),
        "Add a tracking link or a promo code, or say under attribution how sales are counted.",
    )]
}

#[cfg(test)]
mod tests {
    use super::super::{fired, none, one};
    use crate::brief::{Deliverable, Post};
    use crate::practice::sample::{clean, creator, date, influencer};

    #[test]
    fn no_deliverables() {
        let mut b = clean();
        creator(&mut b).deliverables.clear();
        assert_eq!(
            one(&b, "no-deliverables").key.to_string(),
            "creator.deliverables"
        );
        creator(&mut b).deliverables.push(Deliverable::default());
        let f = one(&b, "no-deliverables");
        assert_eq!(f.key.to_string(), "creator.deliverables[0].asset");
        creator(&mut b).deliverables[0].asset = Some(crate::brief::Asset::Photo);
        none(&b, "no-deliverables");
    }

    #[test]
    fn no_posts() {
        let mut b = clean();
        influencer(&mut b).posts.clear();
        assert_eq!(one(&b, "no-posts").key.to_string(), "influencer.posts");
        influencer(&mut b).posts.push(Post::default());
        assert_eq!(
            one(&b, "no-posts").key.to_string(),
            "influencer.posts[0].platform"
        );
        influencer(&mut b).posts[0].platform = Some(crate::brief::Platform::Tiktok);
        none(&b, "no-posts");
    }

    #[test]
    fn no_deadline() {
        let mut b = clean();
        creator(&mut b).schedule.final_due = None;
        influencer(&mut b).posts[0].window_end = None;
        let found = fired(&b, "no-deadline");
        let keys: Vec<String> = found.iter().map(|f| f.key.to_string()).collect();
        assert_eq!(
            keys,
            [
                "creator.schedule.final_due",
                "influencer.posts[0].window_end"
            ]
        );
        assert!(found[1].message.contains("no last day"));
        creator(&mut b).schedule.final_due = Some(date("2027-03-25"));
        influencer(&mut b).posts[0].window_end = Some(date("2027-04-10"));
        none(&b, "no-deadline");
    }

    #[test]
    fn no_revision_rounds() {
        let mut b = clean();
        creator(&mut b).schedule.revision_rounds = Some(0);
        assert!(one(&b, "no-revision-rounds").message.contains("no rounds"));
        creator(&mut b).schedule.revision_rounds = None;
        one(&b, "no-revision-rounds");
        creator(&mut b).schedule.revision_rounds = Some(1);
        none(&b, "no-revision-rounds");
    }

    #[test]
    fn no_influencer_approval() {
        let mut b = clean();
        let i = influencer(&mut b);
        i.schedule.draft_due = None;
        i.guidelines.approval = None;
        one(&b, "no-influencer-approval");
        influencer(&mut b).guidelines.approval = Some("The brand checks captions".into());
        none(&b, "no-influencer-approval");
    }

    #[test]
    fn no_feedback_date() {
        let mut b = clean();
        creator(&mut b).feedback.review_date = None;
        one(&b, "no-feedback-date");
        creator(&mut b).feedback.review_date = Some(date("2027-04-20"));
        none(&b, "no-feedback-date");
    }

    #[test]
    fn no_report_due() {
        let mut b = clean();
        influencer(&mut b).feedback.report_due = None;
        assert_eq!(
            one(&b, "no-report-due").key.to_string(),
            "influencer.feedback.report_due"
        );
        influencer(&mut b).feedback.report_due = Some(date("2027-04-25"));
        influencer(&mut b).feedback.metrics_requested.clear();
        one(&b, "no-report-due");
        influencer(&mut b).feedback.metrics_requested = vec![crate::brief::Metric::Reach];
        none(&b, "no-report-due");
    }

    #[test]
    fn too_many_key_messages() {
        let mut b = clean();
        influencer(&mut b).content.key_messages = vec!["a".into(); 4];
        let f = one(&b, "too-many-key-messages");
        assert_eq!(f.key.to_string(), "influencer.content.key_messages");
        influencer(&mut b).content.key_messages.pop();
        none(&b, "too-many-key-messages");
    }

    #[test]
    fn conversion_target_without_tracking() {
        let mut b = clean();
        let t = &mut influencer(&mut b).tracking;
        t.link = None;
        t.promo_code = None;
        t.attribution = None;
        one(&b, "conversion-target-without-tracking");
        influencer(&mut b).partners[0].promo_code = Some("ANA15".into());
        none(&b, "conversion-target-without-tracking");
    }
}
