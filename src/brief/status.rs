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
