//! A campaign's status, derived from its dates (never stored).

use super::{Bundle, Date};

/// Where a campaign stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// No brief sent yet.
    Draft,
    /// A brief went out; nothing running today.
    Sent,
    /// Inside a posting window, or between a creator's draft and final.
    Live,
    /// After the campaign's end date.
    Done,
}

impl Status {
    /// The word shown in lists.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Sent => "sent",
            Status::Live => "live",
            Status::Done => "done",
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Bundle {
    /// The status on `today`: done after `end_date`; draft until a used brief's
    /// `brief_sent` has passed; live inside a posting window or between a creator's draft and
    /// final due dates; sent otherwise.
    pub fn status(&self, today: Date) -> Status {
        if self.campaign.end_date.is_some_and(|end| end < today) {
            return Status::Done;
        }
        let creator = self.used_creator();
        let influencer = self.used_influencer();
        let sent = |d: Option<Date>| d.is_some_and(|d| d <= today);
        let any_sent = creator.is_some_and(|c| sent(c.schedule.brief_sent))
            || influencer.is_some_and(|i| sent(i.schedule.brief_sent));
        if !any_sent {
            return Status::Draft;
        }
        let in_window = influencer.is_some_and(|i| {
            i.posts
                .iter()
                .any(|p| match (p.window_start, p.window_end) {
                    (Some(s), Some(e)) => s <= today && today <= e,
                    (Some(s), None) => s == today,
                    _ => false,
                })
        });
        let in_production =
            creator.is_some_and(|c| match (c.schedule.draft_due, c.schedule.final_due) {
                (Some(d), Some(f)) => d <= today && today <= f,
                _ => false,
            });
        if in_window || in_production {
            Status::Live
        } else {
            Status::Sent
        }
    }
}

/// How far the rows of a campaign are after the brief went out (`status` keys, §8.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// Posts live or reported.
    pub live: usize,
    /// Posts in the used influencer brief.
    pub posts: usize,
    /// Deliverables delivered.
    pub delivered: usize,
    /// Deliverables in the used creator brief.
    pub deliverables: usize,
    /// Whether any post has a status.
    pub posts_tracked: bool,
    /// Whether any deliverable has a status.
    pub deliverables_tracked: bool,
}

impl Progress {
    /// "3/7 live", "2/4 delivered", both, or nothing while no row has a status (a side
    /// counts once one of its rows has a status).
    pub fn text(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.posts > 0 && self.posts_tracked {
            parts.push(format!("{}/{} live", self.live, self.posts));
        }
        if self.deliverables > 0 && self.deliverables_tracked {
            parts.push(format!(
                "{}/{} delivered",
                self.delivered, self.deliverables
            ));
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

impl Bundle {
    /// How far the rows are: posts live, deliverables delivered.
    pub fn progress(&self) -> Progress {
        use super::{DeliverableStatus, PostStatus};
        let mut p = Progress::default();
        if let Some(c) = self.used_creator() {
            p.deliverables = c.deliverables.len();
            p.delivered = c
                .deliverables
                .iter()
                .filter(|d| d.status == Some(DeliverableStatus::Delivered))
                .count();
            p.deliverables_tracked = c.deliverables.iter().any(|d| d.status.is_some());
        }
        if let Some(i) = self.used_influencer() {
            p.posts = i.posts.len();
            p.live = i
                .posts
                .iter()
                .filter(|x| matches!(x.status, Some(PostStatus::Live | PostStatus::Reported)))
                .count();
            p.posts_tracked = i.posts.iter().any(|x| x.status.is_some());
        }
        p
    }
}
