//! Rules for the article's misconceptions: judging creators by reach, measuring production and
//! distribution as one, one fee for both jobs, ignoring the diagnosis, sales targets on
//! awareness work, and scaling creator content untested.

use super::{Ctx, Finding, Rule, Severity, filled, money};
use crate::brief::{FileKind, FunnelStage, Metric, Objective, TestPlan};
use crate::path::KeyPath;
use crate::practice::diagnosis::diagnose;

/// The rules of this theme, in table order.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "creator-judged-by-reach",
        severity: Severity::Warning,
        keys: &["creator.success.metrics"],
        check: judged_by_reach,
    },
    Rule {
        id: "bundled-metrics",
        severity: Severity::Warning,
        keys: &[
            "creator.success.metrics",
            "influencer.feedback.metrics_requested",
        ],
        check: bundled_metrics,
    },
    Rule {
        id: "hybrid-single-fee",
        severity: Severity::Error,
        keys: &[
            "creator.compensation.basis",
            "influencer.compensation.basis",
            "campaign.partnership",
        ],
        check: hybrid_single_fee,
    },
    Rule {
        id: "partnership-differs",
        severity: Severity::Info,
        keys: &[
            "campaign.partnership_reason",
            "campaign.partnership",
            "campaign.diagnosis",
            "campaign.category",
        ],
        check: partnership_differs,
    },
    Rule {
        id: "conversion-target-at-awareness",
        severity: Severity::Warning,
        keys: &[
            "influencer.targets.conversions",
            "campaign.objective",
            "campaign.funnel_stage",
        ],
        check: conversions_at_awareness,
    },
    Rule {
        id: "no-test-plan",
        severity: Severity::Info,
        keys: &[
            "creator.test_plan.channel",
            "creator.deliverables[].placements",
        ],
        check: no_test_plan,
    },
];

/// Audience numbers: what an influencer delivers, not a creator.
const AUDIENCE_METRICS: [Metric; 5] = [
    Metric::Reach,
    Metric::Impressions,
    Metric::Views,
    Metric::Followers,
    Metric::EngagementRate,
];

fn judged_by_reach(ctx: &Ctx) -> Vec<Finding> {
    let Some(c) = ctx.creator else { return vec![] };
    let audience: Vec<&str> = c
        .success
        .metrics
        .iter()
        .filter(|m| AUDIENCE_METRICS.contains(m))
        .map(|m| m.as_str())
        .collect();
    if audience.is_empty() {
        return vec![];
    }
    vec![Finding::at(
        KeyPath::of(FileKind::Creator, &["success", "metrics"]),
        format!(
            "The creator is judged by {}: audience numbers are the influencer's job.",
            audience.join(", ")
        ),
        "Judge the assets by how they do in your ads: hook rate, hold rate, CTR or CPA.",
    )]
}

fn bundled_metrics(ctx: &Ctx) -> Vec<Finding> {
    let Some((c, i)) = ctx.both() else {
        return vec![];
    };
    let mut creator: Vec<Metric> = c.success.metrics.clone();
    let mut influencer: Vec<Metric> = i.feedback.metrics_requested.clone();
    for list in [&mut creator, &mut influencer] {
        list.sort();
        list.dedup();
    }
    if creator.is_empty() || creator != influencer {
        return vec![];
    }
    let names: Vec<&str> = creator.iter().map(|m| m.as_str()).collect();
    vec![Finding::at(
        KeyPath::of(FileKind::Creator, &["success", "metrics"]),
        format!(
            "Creators and influencers are measured by the same numbers ({}), so you can't tell \
             the assets from the posting.",
            names.join(", ")
        ),
        "Measure creators by asset results (hook rate, CTR, CPA) and influencers by audience \
         results (reach, engagement, clicks).",
    )]
}

fn hybrid_single_fee(ctx: &Ctx) -> Vec<Finding> {
    let Some((c, i)) = ctx.both() else {
        return vec![];
    };
    let (creator_paid, influencer_paid) = (money::creator_has_pay(c), money::influencer_has_pay(i));
    let (unpaid, paid) = match (creator_paid, influencer_paid) {
        (false, true) => (FileKind::Creator, FileKind::Influencer),
        (true, false) => (FileKind::Influencer, FileKind::Creator),
        _ => return vec![],
    };
    vec![Finding::at(
        KeyPath::of(unpaid, &["compensation", "basis"]),
        format!(
            "Only the {paid} brief has pay: the {unpaid}'s work would hide inside the {paid}'s \
             fee."
        ),
        format!(
            "Give the {unpaid} brief its own pay, so production and posting are separate lines."
        ),
    )]
}

fn partnership_differs(ctx: &Ctx) -> Vec<Finding> {
    let campaign = ctx.campaign();
    let current = ctx.bundle.partnership();
    let advice = diagnose(&campaign.diagnosis, campaign.category).recommendation;
    let Some(advised) = advice.filter(|a| *a != current) else {
        return vec![];
    };
    if filled(campaign.partnership_reason.as_deref()) {
        return vec![];
    }
    vec![Finding::at(
        KeyPath::of(FileKind::Campaign, &["partnership_reason"]),
        format!("The diagnosis points to {advised}, but the campaign is {current}."),
        format!("Switch to {advised}, or write down why {current} fits better."),
    )]
}

fn conversions_at_awareness(ctx: &Ctx) -> Vec<Finding> {
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    let campaign = ctx.campaign();
    let awareness = campaign.objective == Some(Objective::Awareness)
        || campaign.funnel_stage == Some(FunnelStage::Awareness);
    let Some(target) = i.targets.conversions.filter(|n| *n > 0 && awareness) else {
        return vec![];
    };
    vec![Finding::at(
        KeyPath::of(FileKind::Influencer, &["targets", "conversions"]),
        format!(
            "An awareness campaign with a target of {target} conversions puts sales pressure on \
             posts meant to build reach."
        ),
        "Drop the conversions target and track a conversion proxy, such as saves or link clicks.",
    )]
}

fn no_test_plan(ctx: &Ctx) -> Vec<Finding> {
    let Some(c) = ctx.creator else { return vec![] };
    if !c.has_paid_social() || c.test_plan != TestPlan::default() {
        return vec![];
    }
    vec![Finding::at(
        KeyPath::of(FileKind::Creator, &["test_plan", "channel"]),
        "Creator assets go to paid social with no small test first.",
        "Plan a short paid test: where, budget, the metric, the result that wins, what you scale.",
    )]
}

#[cfg(test)]
mod tests {
    use super::super::{none, one};
    use crate::brief::{Metric, Number, Partnership};
    use crate::practice::sample::{clean, creator, influencer};

    #[test]
    fn creator_judged_by_reach() {
        let mut b = clean();
        creator(&mut b).success.metrics.push(Metric::Views);
        let f = one(&b, "creator-judged-by-reach");
        assert_eq!(f.key.to_string(), "creator.success.metrics");
        assert!(f.message.contains("views"));
        creator(&mut b).success.metrics.pop();
        none(&b, "creator-judged-by-reach");
    }

    #[test]
    fn bundled_metrics() {
        let mut b = clean();
        creator(&mut b).success.metrics = vec![Metric::Conversions, Metric::Reach];
        influencer(&mut b).feedback.metrics_requested = vec![Metric::Reach, Metric::Conversions];
        assert!(
            one(&b, "bundled-metrics")
                .message
                .contains("(reach, conversions)")
        );
        creator(&mut b).success.metrics = vec![Metric::Cpa];
        none(&b, "bundled-metrics");
    }

    #[test]
    fn hybrid_single_fee() {
        let mut b = clean();
        let c = creator(&mut b);
        c.partners[0].fee = None;
        c.compensation = Default::default();
        let f = one(&b, "hybrid-single-fee");
        assert_eq!(f.key.to_string(), "creator.compensation.basis");
        creator(&mut b).compensation.rate = Some(Number(300.0));
        none(&b, "hybrid-single-fee");
        b.campaign.partnership = Some(Partnership::DistributionFirst);
        creator(&mut b).compensation.rate = None;
        none(&b, "hybrid-single-fee");
    }

    #[test]
    fn partnership_differs() {
        let mut b = clean();
        b.campaign.partnership = Some(Partnership::DistributionFirst);
        b.campaign.partnership_reason = Some("  ".into());
        let f = one(&b, "partnership-differs");
        assert!(f.message.contains("points to hybrid"), "{}", f.message);
        b.campaign.partnership_reason = Some("Our own team shoots the assets.".into());
        none(&b, "partnership-differs");
    }

    #[test]
    fn conversion_target_at_awareness() {
        let mut b = clean();
        b.campaign.funnel_stage = Some(crate::brief::FunnelStage::Awareness);
        one(&b, "conversion-target-at-awareness");
        influencer(&mut b).targets.conversions = None;
        none(&b, "conversion-target-at-awareness");
    }

    #[test]
    fn no_test_plan() {
        let mut b = clean();
        creator(&mut b).test_plan = Default::default();
        one(&b, "no-test-plan");
        creator(&mut b).deliverables[0].placements = vec![crate::brief::Channel::OrganicSocial];
        none(&b, "no-test-plan");
    }
}
