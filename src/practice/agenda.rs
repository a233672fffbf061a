//! What is due (DESIGN §8.5): briefs to send, products to ship, drafts due, your feedback due,
//! finals, posting windows, reports, codes expiring and rights ending — each with a date, what
//! to do, and the key path that sets it. Rows already past a step (delivered, live, reported)
//! drop the events they no longer need.

use crate::brief::{Bundle, Date, DeliverableStatus, FileKind, PostStatus, Schedule};
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

/// Events collected for one campaign.
#[derive(Default)]
struct Events(Vec<Event>);

impl Events {
    fn add(&mut self, date: Option<Date>, kind: EventKind, what: String, key: KeyPath) {
        if let Some(date) = date {
            self.0.push(Event {
                date,
                kind,
                what,
                partner: None,
                key,
                detail: None,
            });
        }
    }

    /// The dates both briefs' schedules share, for the rows not yet past them: the brief to
    /// send (no row briefed), the product and drafts (no draft in), your feedback on drafts in.
    fn schedule(&mut self, file: FileKind, s: &Schedule, progress: &Progress) {
        let who = file.as_str();
        let k = |key: &str| KeyPath::of(file, &["schedule", key]);
        if !progress.all_briefed {
            self.add(
                s.brief_sent,
                EventKind::BriefSend,
                format!("Send the {who} brief"),
                k("brief_sent"),
            );
        }
        if !progress.all_drafted {
            self.add(
                s.product_ships,
                EventKind::ProductShips,
                format!("Ship the product to the {who}s"),
                k("product_ships"),
            );
            self.add(
                s.draft_due,
                EventKind::DraftDue,
                format!("{who} drafts are due").replacen(who, &capital(who), 1),
                k("draft_due"),
            );
        }
        for (row, name) in &progress.drafts_in {
            let due = s
                .draft_due
                .map(|x| x.plus_days(i64::from(s.feedback_days.unwrap_or(0))));
            self.add(
                due,
                EventKind::FeedbackDue,
                format!("Send your feedback on {name}"),
                row.child("status"),
            );
        }
    }
}

fn capital(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// How far a brief's rows are.
struct Progress {
    all_briefed: bool,
    all_drafted: bool,
    /// Rows whose draft came in, with their name.
    drafts_in: Vec<(KeyPath, String)>,
}

impl Progress {
    /// From each row's step (0 planned, 1 briefed, 2 draft in, 3 later).
    fn of(steps: &[(u8, KeyPath, String)]) -> Progress {
        let all = |min: u8| !steps.is_empty() && steps.iter().all(|(s, _, _)| *s >= min);
        Progress {
            all_briefed: all(1),
            all_drafted: all(2),
            drafts_in: steps
                .iter()
                .filter(|(s, _, _)| *s == 2)
                .map(|(_, k, n)| (k.clone(), n.clone()))
                .collect(),
        }
    }
}

fn deliverable_step(s: Option<DeliverableStatus>) -> u8 {
    match s {
        None | Some(DeliverableStatus::Planned) => 0,
        Some(DeliverableStatus::Briefed) => 1,
        Some(DeliverableStatus::DraftReceived) => 2,
        Some(_) => 3,
    }
}

fn post_step(s: Option<PostStatus>) -> u8 {
    match s {
        None | Some(PostStatus::Planned) => 0,
        Some(PostStatus::Briefed) => 1,
        Some(PostStatus::DraftReceived) => 2,
        Some(_) => 3,
    }
}

/// Every dated event of a campaign's used briefs, soonest first.
#[expect(
    clippy::too_many_lines,
    reason = "one entry per dated key of the format, in the order of the files"
)]
pub fn events(bundle: &Bundle) -> Vec<Event> {
    let mut out = Events::default();
    if let Some(c) = bundle.used_creator() {
        let k = |keys: &[&str]| KeyPath::of(FileKind::Creator, keys);
        let steps: Vec<(u8, KeyPath, String)> = c
            .deliverables
            .iter()
            .enumerate()
            .map(|(i, d)| {
                (
                    deliverable_step(d.status),
                    k(&["deliverables"]).row(i),
                    format!("creator deliverable {}", i + 1),
                )
            })
            .collect();
        out.schedule(FileKind::Creator, &c.schedule, &Progress::of(&steps));
        let delivered = !c.deliverables.is_empty()
            && c.deliverables
                .iter()
                .all(|d| d.status == Some(DeliverableStatus::Delivered));
        if !delivered {
            out.add(
                c.schedule.final_due,
                EventKind::FinalDue,
                "Creator final files are due".into(),
                k(&["schedule", "final_due"]),
            );
        }
        out.add(
            c.feedback.review_date,
            EventKind::Review,
            "Review results with the creators".into(),
            k(&["feedback", "review_date"]),
        );
    }
    if let Some(inf) = bundle.used_influencer() {
        let k = |keys: &[&str]| KeyPath::of(FileKind::Influencer, keys);
        let name = |i: usize, p: &crate::brief::Post| {
            p.platform.map_or_else(
                || format!("post {}", i + 1),
                |pl| format!("post {} ({})", i + 1, pl.as_str()),
            )
        };
        let steps: Vec<(u8, KeyPath, String)> = inf
            .posts
            .iter()
            .enumerate()
            .map(|(i, p)| (post_step(p.status), k(&["posts"]).row(i), name(i, p)))
            .collect();
        out.schedule(FileKind::Influencer, &inf.schedule, &Progress::of(&steps));
        for (i, p) in inf.posts.iter().enumerate() {
            if matches!(p.status, Some(PostStatus::Live | PostStatus::Reported)) {
                continue;
            }
            let row = k(&["posts"]).row(i);
            out.add(
                p.window_start,
                EventKind::WindowOpens,
                format!("Posting window opens: {}", name(i, p)),
                row.child("window_start"),
            );
            out.add(
                p.window_end,
                EventKind::WindowCloses,
                format!("Last day to post: {}", name(i, p)),
                row.child("window_end"),
            );
        }
        let reported = !inf.posts.is_empty()
            && inf
                .posts
                .iter()
                .all(|p| p.status == Some(PostStatus::Reported));
        if !reported {
            out.add(
                inf.feedback.report_due,
                EventKind::ReportDue,
                "Influencer reports are due".into(),
                k(&["feedback", "report_due"]),
            );
        }
        out.add(
            inf.feedback.review_date,
            EventKind::Review,
            "Review results with the influencers".into(),
            k(&["feedback", "review_date"]),
        );
        out.add(
            inf.tracking.code_expires,
            EventKind::CodeExpires,
            "The promo code stops working".into(),
            k(&["tracking", "code_expires"]),
        );
    }
    let mut out = out.0;
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
