//! What is due (DESIGN §8.5): briefs to send, products to ship, drafts due, your feedback due,
//! finals, posting windows, reports, codes expiring and rights ending — each with a date, what
//! to do, and the key path that sets it. Rows already past a step (delivered, live, reported)
//! drop the events they no longer need.

use crate::brief::{Bundle, Date, DeliverableStatus, FileKind, PostStatus};
use crate::path::KeyPath;

use super::grants::grants;

/// What kind of date an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// A brief goes out.
    BriefSend,
    /// The product reaches the partners.
    ProductShips,
    /// Drafts come in.
    DraftDue,
    /// Your feedback on a received draft.
    FeedbackDue,
    /// Final files come in.
    FinalDue,
    /// A posting window opens.
    WindowOpens,
    /// A posting window closes.
    WindowCloses,
    /// Influencers report their numbers.
    ReportDue,
    /// A results review with partners.
    Review,
    /// The promo code stops working.
    CodeExpires,
    /// A usage grant ends.
    RightsEnd,
}

/// One dated thing to do.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Event {
    /// The day.
    pub date: Date,
    /// What kind of date.
    pub kind: EventKind,
    /// What to do, in plain words.
    pub what: String,
    /// The partner it is about, when one.
    pub partner: Option<String>,
    /// The key that sets the date.
    #[serde(serialize_with = "key_text")]
    pub key: KeyPath,
    /// What tells apart two events of one key (the grant: ad access or partnership ads).
    #[serde(skip)]
    pub detail: Option<&'static str>,
}

fn key_text<S: serde::Serializer>(k: &KeyPath, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&k.to_string())
}

impl Event {
    /// An id that stays the same across runs (for calendar re-imports).
    pub fn uid(&self, slug: &str) -> String {
        let who = self.partner.as_deref().unwrap_or("all");
        let kind = serde_json::to_value(self.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let detail = self
            .detail
            .map(|d| format!("/{}", d.replace(' ', "-")))
            .unwrap_or_default();
        format!("{slug}/{kind}{detail}/{}/{who}", self.key)
    }
}

/// Every dated event of a campaign's used briefs, soonest first.
#[allow(
    clippy::too_many_lines,
    reason = "one entry per dated key of the format, in the order of the files"
)]
pub fn events(bundle: &Bundle) -> Vec<Event> {
    let mut out = Vec::new();
    let mut add = |date: Option<Date>, kind: EventKind, what: String, key: KeyPath| {
        if let Some(date) = date {
            out.push(Event {
                date,
                kind,
                what,
                partner: None,
                key,
                detail: None,
            });
        }
    };
    if let Some(c) = bundle.used_creator() {
        let k = |keys: &[&str]| KeyPath::of(FileKind::Creator, keys);
        let statuses: Vec<Option<DeliverableStatus>> =
            c.deliverables.iter().map(|d| d.status).collect();
        let all = |f: fn(DeliverableStatus) -> bool| {
            !statuses.is_empty() && statuses.iter().all(|s| s.is_some_and(f))
        };
        let briefed = all(|s| s != DeliverableStatus::Planned);
        let drafted =
            all(|s| !matches!(s, DeliverableStatus::Planned | DeliverableStatus::Briefed));
        let delivered = all(|s| s == DeliverableStatus::Delivered);
        let s = &c.schedule;
        if !briefed {
            add(
                s.brief_sent,
                EventKind::BriefSend,
                "Send the creator brief".into(),
                k(&["schedule", "brief_sent"]),
            );
        }
        if !drafted {
            add(
                s.product_ships,
                EventKind::ProductShips,
                "Ship the product to the creators".into(),
                k(&["schedule", "product_ships"]),
            );
            add(
                s.draft_due,
                EventKind::DraftDue,
                "Creator drafts are due".into(),
                k(&["schedule", "draft_due"]),
            );
        }
        for (i, d) in c.deliverables.iter().enumerate() {
            if d.status == Some(DeliverableStatus::DraftReceived) {
                let due = s
                    .draft_due
                    .map(|x| x.plus_days(i64::from(s.feedback_days.unwrap_or(0))));
                add(
                    due,
                    EventKind::FeedbackDue,
                    format!("Send your feedback on creator deliverable {}", i + 1),
                    k(&["deliverables"]).row(i).child("status"),
                );
            }
        }
        if !delivered {
            add(
                s.final_due,
                EventKind::FinalDue,
                "Creator final files are due".into(),
                k(&["schedule", "final_due"]),
            );
        }
        add(
            c.feedback.review_date,
            EventKind::Review,
            "Review results with the creators".into(),
            k(&["feedback", "review_date"]),
        );
    }
    if let Some(inf) = bundle.used_influencer() {
        let k = |keys: &[&str]| KeyPath::of(FileKind::Influencer, keys);
        let s = &inf.schedule;
        let statuses: Vec<Option<PostStatus>> = inf.posts.iter().map(|p| p.status).collect();
        let all = |f: fn(PostStatus) -> bool| {
            !statuses.is_empty() && statuses.iter().all(|s| s.is_some_and(f))
        };
        if !all(|s| s != PostStatus::Planned) {
            add(
                s.brief_sent,
                EventKind::BriefSend,
                "Send the influencer brief".into(),
                k(&["schedule", "brief_sent"]),
            );
        }
        if !all(|s| !matches!(s, PostStatus::Planned | PostStatus::Briefed)) {
            add(
                s.product_ships,
                EventKind::ProductShips,
                "Ship the product to the influencers".into(),
                k(&["schedule", "product_ships"]),
            );
            add(
                s.draft_due,
                EventKind::DraftDue,
                "Influencer drafts are due for approval".into(),
                k(&["schedule", "draft_due"]),
            );
        }
        for (i, p) in inf.posts.iter().enumerate() {
            let row = k(&["posts"]).row(i);
            let name = p.platform.map_or_else(
                || format!("post {}", i + 1),
                |pl| format!("post {} ({})", i + 1, pl.as_str()),
            );
            if p.status == Some(PostStatus::DraftReceived) {
                let due = s
                    .draft_due
                    .map(|x| x.plus_days(i64::from(s.feedback_days.unwrap_or(0))));
                add(
                    due,
                    EventKind::FeedbackDue,
                    format!("Send your feedback on {name}"),
                    row.child("status"),
                );
            }
            let live = matches!(p.status, Some(PostStatus::Live | PostStatus::Reported));
            if !live {
                add(
                    p.window_start,
                    EventKind::WindowOpens,
                    format!("Posting window opens: {name}"),
                    row.child("window_start"),
                );
                add(
                    p.window_end,
                    EventKind::WindowCloses,
                    format!("Last day to post: {name}"),
                    row.child("window_end"),
                );
            }
        }
        if !all(|s| s == PostStatus::Reported) {
            add(
                inf.feedback.report_due,
                EventKind::ReportDue,
                "Influencer reports are due".into(),
                k(&["feedback", "report_due"]),
            );
        }
        add(
            inf.feedback.review_date,
            EventKind::Review,
            "Review results with the influencers".into(),
            k(&["feedback", "review_date"]),
        );
        add(
            inf.tracking.code_expires,
            EventKind::CodeExpires,
            "The promo code stops working".into(),
            k(&["tracking", "code_expires"]),
        );
    }
    for g in grants(bundle) {
        let whose = g
            .partner
            .clone()
            .unwrap_or_else(|| format!("the {} brief", g.brief.as_str()));
        out.push(Event {
            date: g.end,
            kind: EventKind::RightsEnd,
            what: format!("Last day of the {} of {whose}", g.kind.words()),
            partner: g.partner.clone(),
            key: g.key.clone(),
            detail: Some(g.kind.words()),
        });
    }
    out.sort_by(|a, b| a.date.cmp(&b.date).then(a.kind.cmp(&b.kind)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::sample::{clean, creator, date, influencer};

    #[test]
    fn dates_become_events_soonest_first() {
        let b = clean();
        let got = events(&b);
        assert!(!got.is_empty());
        assert!(got.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(got.iter().any(|e| e.kind == EventKind::FinalDue));
        assert!(got.iter().any(|e| e.kind == EventKind::WindowOpens));
    }

    #[test]
    fn rows_past_a_step_drop_its_events_and_received_drafts_ask_for_feedback() {
        let mut b = clean();
        let c = creator(&mut b);
        c.schedule.draft_due = Some(date("2027-03-01"));
        c.schedule.feedback_days = Some(3);
        for d in &mut c.deliverables {
            d.status = Some(DeliverableStatus::DraftReceived);
        }
        let got = events(&b);
        assert!(
            !got.iter()
                .any(|e| e.kind == EventKind::DraftDue && e.key.file == FileKind::Creator)
        );
        let feedback = got
            .iter()
            .find(|e| e.kind == EventKind::FeedbackDue)
            .unwrap();
        assert_eq!(feedback.date, date("2027-03-04"));
        let i = influencer(&mut b);
        for p in &mut i.posts {
            p.status = Some(PostStatus::Live);
        }
        assert!(!events(&b).iter().any(|e| e.kind == EventKind::WindowOpens));
    }

    #[test]
    fn uids_are_stable_and_distinct() {
        let b = clean();
        let a: Vec<String> = events(&b).iter().map(|e| e.uid("glow")).collect();
        let again: Vec<String> = events(&b).iter().map(|e| e.uid("glow")).collect();
        assert_eq!(a, again);
        let mut unique = a.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), a.len());
    }
}
