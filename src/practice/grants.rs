//! The rights radar (DESIGN §8.5): every grant a brief gives the brand — paid use, ad access,
//! partnership ads, exclusivity — with its partner, start and end. A grant starts on the real
//! date where one is known (`delivered_on`, `live_on`), else on the planned one, and says so.

use crate::brief::{Bundle, Date, FileKind, TermStarts, UsageRights};
use crate::path::KeyPath;

use super::pay::{deliverables_for, posts_for};

/// What the brand was granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GrantKind {
    /// Paid amplification of the content.
    PaidUse,
    /// Ads run from the partner's handle (whitelisting).
    AdAccess,
    /// The platform's partnership ads.
    PartnershipAds,
    /// The partner works for no competitor.
    Exclusivity,
}

impl GrantKind {
    /// In plain words.
    pub fn words(self) -> &'static str {
        match self {
            GrantKind::PaidUse => "paid use",
            GrantKind::AdAccess => "ad access",
            GrantKind::PartnershipAds => "partnership ads",
            GrantKind::Exclusivity => "exclusivity",
        }
    }
}

/// One grant to the brand, for one partner.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Grant {
    /// The brief that grants it.
    #[serde(serialize_with = "brief_name")]
    pub brief: FileKind,
    /// The partner (handle, else name); `None` for a brief without partners.
    pub partner: Option<String>,
    /// What is granted.
    pub kind: GrantKind,
    /// When it starts.
    pub start: Date,
    /// When it ends (the last day it may run).
    pub end: Date,
    /// Whether the start is the planned date (nothing delivered or live yet).
    pub planned: bool,
    /// The key that sets its length.
    #[serde(serialize_with = "key_text")]
    pub key: KeyPath,
}

fn brief_name<S: serde::Serializer>(f: &FileKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(f.as_str())
}

fn key_text<S: serde::Serializer>(k: &KeyPath, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&k.to_string())
}

impl Grant {
    /// Days from `today` to the end (negative once it has ended).
    pub fn days_left(&self, today: Date) -> i64 {
        today.days_until(self.end)
    }
}

/// Every grant of the used briefs, soonest end first.
#[expect(
    clippy::too_many_lines,
    reason = "each brief-level and partner-level grant, in the order of the files"
)]
pub(crate) fn grants(bundle: &Bundle) -> Vec<Grant> {
    let mut out = Vec::new();
    if let Some(c) = bundle.used_creator() {
        let who: Vec<Option<usize>> = rows(c.partners.len());
        for p in who {
            let mine = deliverables_for(c, p);
            let real = mine.iter().filter_map(|(_, d)| d.delivered_on).min();
            let first_live = bundle
                .used_influencer()
                .filter(|i| i.content.uses_creator_assets == Some(true))
                .and_then(|i| i.posts.iter().filter_map(|p| p.live_on).min());
            let (start, planned) = match c.usage_rights.term_starts {
                Some(TermStarts::FirstUse) => match first_live {
                    Some(d) => (Some(d), false),
                    None => (bundle.campaign.start_date.or(c.schedule.final_due), true),
                },
                _ => match real {
                    Some(d) => (Some(d), false),
                    None => (c.schedule.final_due, true),
                },
            };
            let name = p
                .and_then(|i| c.partners.get(i))
                .and_then(|x| super::partner_label(x.handle.as_deref(), x.name.as_deref()));
            if let Some(start) = start {
                push(
                    &mut out,
                    FileKind::Creator,
                    name,
                    &c.usage_rights,
                    start,
                    planned,
                );
            }
        }
    }
    if let Some(i) = bundle.used_influencer() {
        for p in rows(i.partners.len()) {
            let mine = posts_for(i, p);
            let real = mine.iter().filter_map(|(_, x)| x.live_on).min();
            let plan = mine
                .iter()
                .filter_map(|(_, x)| x.window_start)
                .min()
                .or(bundle.campaign.start_date);
            let (start, planned) = match real {
                Some(d) => (Some(d), false),
                None => (plan, true),
            };
            let name = p
                .and_then(|n| i.partners.get(n))
                .and_then(|x| super::partner_label(x.handle.as_deref(), x.name.as_deref()));
            if let Some(start) = start {
                push(
                    &mut out,
                    FileKind::Influencer,
                    name,
                    &i.usage_rights,
                    start,
                    planned,
                );
            }
        }
    }
    out.sort_by(|a, b| a.end.cmp(&b.end).then(a.kind.cmp(&b.kind)));
    out
}

fn rows(count: usize) -> Vec<Option<usize>> {
    if count == 0 {
        vec![None]
    } else {
        (0..count).map(Some).collect()
    }
}

fn push(
    out: &mut Vec<Grant>,
    brief: FileKind,
    partner: Option<String>,
    r: &UsageRights,
    start: Date,
    planned: bool,
) {
    let key = |k: &str| KeyPath::of(brief, &["usage_rights", k]);
    let mut add = |kind: GrantKind, days: Option<u32>, key: KeyPath| {
        let Some(days) = days.filter(|d| *d > 0) else {
            return;
        };
        let end = start.plus_days(i64::from(days) - 1);
        out.push(Grant {
            brief,
            partner: partner.clone(),
            kind,
            start,
            end,
            planned,
            key,
        });
    };
    if r.paid_amplification == Some(true) && r.perpetual != Some(true) {
        add(GrantKind::PaidUse, r.duration_days, key("duration_days"));
    }
    if r.whitelisting == Some(true) {
        add(
            GrantKind::AdAccess,
            r.whitelisting_days,
            key("whitelisting_days"),
        );
    }
    if r.partnership_ads == Some(true) {
        add(
            GrantKind::PartnershipAds,
            r.whitelisting_days,
            key("whitelisting_days"),
        );
    }
    add(
        GrantKind::Exclusivity,
        r.exclusivity_days,
        key("exclusivity_days"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::sample::{clean, creator, influencer};

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn planned_starts_until_something_is_delivered_or_live() {
        let mut b = clean();
        let c = creator(&mut b);
        c.usage_rights.term_starts = Some(TermStarts::Delivery);
        c.usage_rights.paid_amplification = Some(true);
        c.usage_rights.perpetual = None;
        c.usage_rights.duration_days = Some(90);
        c.schedule.final_due = Some(d(2027, 3, 1));
        let paid = |b: &Bundle| {
            grants(b)
                .into_iter()
                .find(|g| g.brief == FileKind::Creator && g.kind == GrantKind::PaidUse)
                .unwrap()
        };
        let g = paid(&b);
        assert_eq!(
            (g.start, g.end, g.planned),
            (d(2027, 3, 1), d(2027, 5, 29), true)
        );
        for row in &mut creator(&mut b).deliverables {
            row.delivered_on = Some(d(2027, 3, 5));
        }
        let g = paid(&b);
        assert_eq!(
            (g.start, g.end, g.planned),
            (d(2027, 3, 5), d(2027, 6, 2), false)
        );
        assert_eq!(g.days_left(d(2027, 6, 2)), 0);
        assert_eq!(g.days_left(d(2027, 6, 5)), -3);
    }

    #[test]
    fn each_grant_has_its_own_length_and_perpetual_use_never_ends() {
        let mut b = clean();
        let i = influencer(&mut b);
        i.usage_rights.paid_amplification = Some(true);
        i.usage_rights.perpetual = Some(true);
        i.usage_rights.whitelisting = Some(true);
        i.usage_rights.partnership_ads = Some(true);
        i.usage_rights.whitelisting_days = Some(30);
        i.usage_rights.exclusivity_days = Some(60);
        for p in &mut i.posts {
            p.window_start = Some(d(2027, 4, 1));
        }
        let kinds: Vec<(GrantKind, Date)> = grants(&b)
            .into_iter()
            .filter(|g| g.brief == FileKind::Influencer)
            .map(|g| (g.kind, g.end))
            .collect();
        assert!(kinds.contains(&(GrantKind::AdAccess, d(2027, 4, 30))));
        assert!(kinds.contains(&(GrantKind::PartnershipAds, d(2027, 4, 30))));
        assert!(kinds.contains(&(GrantKind::Exclusivity, d(2027, 5, 30))));
        assert!(!kinds.iter().any(|(k, _)| *k == GrantKind::PaidUse));
        let i = influencer(&mut b);
        i.posts[0].live_on = Some(d(2027, 4, 10));
        let ad = grants(&b)
            .into_iter()
            .find(|g| g.brief == FileKind::Influencer && g.kind == GrantKind::AdAccess)
            .unwrap();
        assert_eq!((ad.start, ad.planned), (d(2027, 4, 10), false));
    }
}
