//! Planned influencer cost against the user's own ceilings (DESIGN §8.3): what the influencer
//! side costs per 1,000 impressions (else people reached), per engagement and per conversion,
//! next to `max_cpm`, `max_cpe` and `max_cpa`.
//!
//! The spend is the influencer subtotal of [`budget`](super::budget::budget) (per-partner pay
//! with add-ons and gifted value), so the pay step, `check` and the rule read one number.

use serde::Serialize;

use super::budget::{Budget, budget};
use crate::brief::{Bundle, FileKind, Number};

/// One planned cost and the ceiling it is held to.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CostLine {
    /// `cpm`, `cpe` or `cpa`.
    pub metric: &'static str,
    /// The key of the ceiling (`max_cpm`…).
    pub key: &'static str,
    /// What one unit is, for people ("1,000 impressions", "engagement", "conversion").
    pub per: &'static str,
    /// Planned spend divided by the planned units; `None` when a target is missing.
    pub planned: Option<f64>,
    /// The user's ceiling, when set.
    pub max: Option<f64>,
}

impl CostLine {
    /// How far the plan goes past the ceiling, when it does (a cent or more).
    pub fn over(&self) -> Option<f64> {
        let (planned, max) = (self.planned?, self.max?);
        (planned - max > 0.005).then_some(planned - max)
    }
}

/// The three planned costs of the influencer side, in `cpm`, `cpe`, `cpa` order; empty when
/// the campaign has no used influencer brief.
pub fn planned_costs(bundle: &Bundle) -> Vec<CostLine> {
    planned_costs_of(bundle, &budget(bundle))
}

/// As [`planned_costs`], from a budget already computed.
pub(crate) fn planned_costs_of(bundle: &Bundle, plan: &Budget) -> Vec<CostLine> {
    let Some(brief) = bundle.used_influencer() else {
        return Vec::new();
    };
    let spend = plan.subtotal(Some(FileKind::Influencer));
    let t = &brief.targets;
    let (seen, seen_label) = match (t.impressions, t.reach) {
        (Some(n), _) => (Some(n as f64), "1,000 impressions"),
        (None, Some(n)) => (Some(n as f64), "1,000 people reached"),
        (None, None) => (None, "1,000 impressions"),
    };
    let engagements = t
        .reach
        .zip(t.engagement_rate)
        .map(|(r, rate)| r as f64 * rate.0 / 100.0);
    let max = |n: Option<Number>| n.map(|n| n.0);
    vec![
        CostLine {
            metric: "cpm",
            key: "max_cpm",
            per: seen_label,
            planned: per(spend, seen.map(|s| s / 1000.0)),
            max: max(t.max_cpm),
        },
        CostLine {
            metric: "cpe",
            key: "max_cpe",
            per: "engagement",
            planned: per(spend, engagements),
            max: max(t.max_cpe),
        },
        CostLine {
            metric: "cpa",
            key: "max_cpa",
            per: "conversion",
            planned: per(spend, t.conversions.map(|c| c as f64)),
            max: max(t.max_cpa),
        },
    ]
}

fn per(spend: f64, units: Option<f64>) -> Option<f64> {
    units.filter(|u| *u > 0.0 && spend > 0.0).map(|u| spend / u)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::sample::{clean, influencer};

    #[test]
    fn costs_divide_the_influencer_pay_by_the_targets() {
        // The clean sample pays one influencer a flat 800 for 150,000 impressions, 100,000
        // people at 3.5% engagement and 300 conversions.
        let mut b = clean();
        influencer(&mut b).targets.max_cpm = Some(Number(5.0));
        let costs = planned_costs(&b);
        let cpm = costs[0];
        assert_eq!(cpm.per, "1,000 impressions");
        assert!((cpm.planned.unwrap_or_default() - 800.0 / 150.0).abs() < 1e-9);
        assert!(cpm.over().is_some());
        assert!((costs[1].planned.unwrap_or_default() - 800.0 / 3500.0).abs() < 1e-9);
        assert!((costs[2].planned.unwrap_or_default() - 800.0 / 300.0).abs() < 1e-9);
        assert_eq!(costs[2].over(), None, "no ceiling, nothing over");
    }

    #[test]
    fn reach_stands_in_for_impressions_and_missing_targets_give_nothing() {
        let mut b = clean();
        let t = &mut influencer(&mut b).targets;
        t.impressions = None;
        t.conversions = None;
        let costs = planned_costs(&b);
        assert_eq!(costs[0].per, "1,000 people reached");
        assert!((costs[0].planned.unwrap_or_default() - 8.0).abs() < 1e-9);
        assert_eq!(costs[2].planned, None);
    }
}
