//! The ten best practices of DESIGN §1 and how far a campaign covers each, computed from the
//! files and never stored. A practice the partnership type does not need is n/a, and coverage
//! reads "done of applicable" (`7/8`).

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::brief::{Bundle, CreatorBrief, FileKind, InfluencerBrief};

/// How far one practice is covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Everything it asks for is there.
    Done,
    /// Some of it is there.
    Partly,
    /// None of it is there.
    Missing,
    /// The partnership type does not need it.
    NotApplicable,
}

/// One practice of the checklist, with what is still missing.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Practice {
    /// 1 to 10, as in the checklist.
    pub number: u8,
    /// The practice in a few words.
    pub title: &'static str,
    /// How far it is covered.
    pub status: Status,
    /// What is still missing, in short phrases.
    pub missing: Vec<String>,
    /// Why the practice does not apply, when it does not.
    pub not_applicable: Option<&'static str>,
}

/// The whole checklist for one campaign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// The ten practices in order.
    pub practices: Vec<Practice>,
}

impl Coverage {
    /// Practices done.
    pub fn done(&self) -> usize {
        self.practices
            .iter()
            .filter(|p| p.status == Status::Done)
            .count()
    }

    /// Practices that apply to this partnership type.
    pub fn applicable(&self) -> usize {
        let na = |p: &&Practice| p.status == Status::NotApplicable;
        self.practices.len() - self.practices.iter().filter(na).count()
    }

    /// The practice with this number (1 to 10).
    pub fn practice(&self, number: u8) -> Option<&Practice> {
        self.practices.iter().find(|p| p.number == number)
    }
}

/// "7/8".
impl std::fmt::Display for Coverage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.done(), self.applicable())
    }
}

/// `{"done", "applicable", "practices": [..]}`.
impl Serialize for Coverage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Coverage", 3)?;
        s.serialize_field("done", &self.done())?;
        s.serialize_field("applicable", &self.applicable())?;
        s.serialize_field("practices", &self.practices)?;
        s.end()
    }
}

/// The practices' titles, in checklist order.
pub(crate) const TITLES: [&str; 10] = [
    "Pick production, distribution or both before outreach",
    "A separate brief for assets and for posts",
    "Creator work: formats, hooks, deadlines, revisions",
    "Influencer targets: reach, engagement, conversions",
    "Usage rights: where, how long, ad access",
    "Tracking links, promo codes and tags",
    "A small paid test before scaling",
    "Brand guidelines with room to create",
    "Open feedback on performance",
    "Learnings by niche",
];

const NO_CREATOR: &str = "Distribution-first: there is no creator brief.";
const NO_INFLUENCER: &str = "Production-first: nothing is posted by influencers.";
const NO_PAID_SOCIAL: &str = "No creator asset is placed on paid social.";

/// What one practice asks for, ticked off.
#[derive(Default)]
struct Items {
    have: usize,
    missing: Vec<String>,
}

impl Items {
    fn need(&mut self, present: bool, what: &str) {
        if present {
            self.have += 1;
        } else {
            self.missing.push(what.to_string());
        }
    }

    fn status(&self) -> Status {
        match (self.have, self.missing.len()) {
            (_, 0) => Status::Done,
            (0, _) => Status::Missing,
            _ => Status::Partly,
        }
    }
}

/// The briefs the partnership type needs, an empty one standing in for a missing file.
struct Needed {
    creator: Option<CreatorBrief>,
    influencer: Option<InfluencerBrief>,
}

impl Needed {
    fn of(bundle: &Bundle) -> Needed {
        let kind = bundle.partnership();
        Needed {
            creator: kind
                .needs(FileKind::Creator)
                .then(|| bundle.creator.clone().unwrap_or_else(CreatorBrief::empty)),
            influencer: kind.needs(FileKind::Influencer).then(|| {
                bundle
                    .influencer
                    .clone()
                    .unwrap_or_else(InfluencerBrief::empty)
            }),
        }
    }
}

/// Checks all ten practices.
pub fn coverage(bundle: &Bundle) -> Coverage {
    let needed = Needed::of(bundle);
    let checks: [Result<Items, &'static str>; 10] = [
        Ok(decided(bundle)),
        Ok(separate_briefs(bundle)),
        needed.creator.as_ref().map(creator_work).ok_or(NO_CREATOR),
        needed
            .influencer
            .as_ref()
            .map(influencer_targets)
            .ok_or(NO_INFLUENCER),
        Ok(usage_rights(&needed)),
        needed
            .influencer
            .as_ref()
            .map(tracking)
            .ok_or(NO_INFLUENCER),
        paid_test(&needed),
        Ok(guidelines(&needed)),
        Ok(feedback(&needed)),
        Ok(learnings(bundle)),
    ];
    let practices = checks
        .into_iter()
        .zip(TITLES)
        .enumerate()
        .map(|(i, (check, title))| {
            let (status, missing, not_applicable) = match check {
                Ok(items) => (items.status(), items.missing, None),
                Err(why) => (Status::NotApplicable, Vec::new(), Some(why)),
            };
            Practice {
                number: i as u8 + 1,
                title,
                status,
                missing,
                not_applicable,
            }
        })
        .collect();
    Coverage { practices }
}

fn text(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|s| !s.trim().is_empty())
}

fn decided(bundle: &Bundle) -> Items {
    let c = &bundle.campaign;
    let d = &c.diagnosis;
    let answered = super::diagnosis::QUESTIONS
        .iter()
        .any(|q| q.answer(d).is_some());
    let mut items = Items::default();
    items.need(c.partnership.is_some(), "choose the partnership type");
    items.need(
        text(&c.partnership_reason) || answered,
        "answer the diagnosis or say why",
    );
    items
}

fn separate_briefs(bundle: &Bundle) -> Items {
    let kind = bundle.partnership();
    let mut items = Items::default();
    if kind.needs(FileKind::Creator) {
        let filled = bundle
            .creator
            .as_ref()
            .is_some_and(|c| !c.partners.is_empty() || !c.deliverables.is_empty());
        items.need(filled, "a creator brief with a partner or deliverable");
    }
    if kind.needs(FileKind::Influencer) {
        let filled = bundle
            .influencer
            .as_ref()
            .is_some_and(|i| !i.partners.is_empty() || !i.posts.is_empty());
        items.need(filled, "an influencer brief with a partner or post");
    }
    items
}

fn creator_work(c: &CreatorBrief) -> Items {
    let full = c
        .deliverables
        .iter()
        .any(|d| d.asset.is_some() && d.quantity.is_some() && !d.placements.is_empty());
    let mut items = Items::default();
    items.need(full, "a deliverable with format, quantity and placements");
    items.need(!c.content.hooks.is_empty(), "at least one hook");
    items.need(c.schedule.final_due.is_some(), "a final delivery date");
    items.need(
        c.schedule.revision_rounds.is_some(),
        "how many revision rounds",
    );
    items
}

fn influencer_targets(i: &InfluencerBrief) -> Items {
    let t = &i.targets;
    let mut items = Items::default();
    items.need(!i.posts.is_empty(), "at least one post");
    items.need(
        t.reach.is_some() || t.impressions.is_some(),
        "a reach or impressions target",
    );
    items.need(t.engagement_rate.is_some(), "an engagement target");
    items.need(
        t.conversions.is_some() || text(&t.conversion_proxy),
        "a conversions target or a conversion proxy",
    );
    items
}

fn usage_rights(needed: &Needed) -> Items {
    let mut items = Items::default();
    let briefs = [
        ("creator", needed.creator.as_ref().map(|c| &c.usage_rights)),
        (
            "influencer",
            needed.influencer.as_ref().map(|i| &i.usage_rights),
        ),
    ];
    for (who, rights) in briefs {
        let Some(r) = rights else { continue };
        // "No reuse" is a decision too: no channels, and paid use, whitelisting and
        // partnership ads all answered no (absent means not decided, DESIGN §3).
        let no_reuse = r.channels.is_empty()
            && r.paid_amplification == Some(false)
            && r.whitelisting == Some(false)
            && r.partnership_ads == Some(false);
        if no_reuse {
            items.need(true, "");
            continue;
        }
        items.need(
            !r.channels.is_empty(),
            &format!("where the {who} content may run"),
        );
        items.need(
            r.has_duration(),
            &format!("how long the {who} licence lasts"),
        );
        if r.ad_access() {
            let window = r.whitelisting_days.is_some_and(|d| d > 0);
            items.need(
                window,
                &format!("the ad-access window on the {who}'s handle"),
            );
        }
    }
    items
}

fn tracking(i: &InfluencerBrief) -> Items {
    let t = &i.tracking;
    let mut items = Items::default();
    items.need(i.has_link_or_code(), "a tracking link or promo code");
    items.need(
        !t.hashtags.is_empty() || !t.mentions.is_empty(),
        "hashtags or mentions to tag",
    );
    items
}

fn paid_test(needed: &Needed) -> Result<Items, &'static str> {
    let c = needed.creator.as_ref().ok_or(NO_CREATOR)?;
    if !c.has_paid_social() {
        return Err(NO_PAID_SOCIAL);
    }
    let t = &c.test_plan;
    let mut items = Items::default();
    items.need(t.channel.is_some(), "where the test runs");
    items.need(t.budget.is_some(), "a test budget");
    items.need(t.metric.is_some(), "the metric that decides");
    items.need(t.threshold.is_some(), "the result that counts as a win");
    items.need(text(&t.scale_rule), "what happens when it wins");
    Ok(items)
}

fn guidelines(needed: &Needed) -> Items {
    let mut items = Items::default();
    let briefs = [
        ("creator", needed.creator.as_ref().map(|c| &c.guidelines)),
        (
            "influencer",
            needed.influencer.as_ref().map(|i| &i.guidelines),
        ),
    ];
    for (who, g) in briefs {
        let Some(g) = g else { continue };
        items.need(text(&g.tone), &format!("the tone for the {who}"));
        items.need(!g.dos.is_empty(), &format!("a do for the {who}"));
        items.need(!g.donts.is_empty(), &format!("a don't for the {who}"));
        items.need(
            g.creative_freedom.is_some(),
            &format!("how much creative freedom the {who} has"),
        );
    }
    items
}

fn feedback(needed: &Needed) -> Items {
    let mut items = Items::default();
    if let Some(c) = &needed.creator {
        items.need(
            c.feedback.review_date.is_some(),
            "a date to review the creator's work",
        );
        items.need(
            !c.feedback.brand_shares.is_empty(),
            "what you will share with the creator",
        );
    }
    if let Some(i) = &needed.influencer {
        items.need(
            i.feedback.report_due.is_some(),
            "when the influencer reports",
        );
        items.need(
            !i.feedback.metrics_requested.is_empty(),
            "which numbers the influencer reports",
        );
        items.need(
            !i.feedback.brand_shares.is_empty(),
            "what you will share with the influencer",
        );
    }
    items
}

fn learnings(bundle: &Bundle) -> Items {
    let l = &bundle.campaign.learnings;
    let mut items = Items::default();
    items.need(text(&l.niche), "the niche");
    items.need(
        l.notes.iter().any(|n| !n.trim().is_empty()),
        "a note on what worked",
    );
    items
}

#[cfg(test)]
mod tests;
