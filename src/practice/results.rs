//! Practice 9: what was planned against what happened. Influencer targets against the
//! influencer's `[results]`; the creator's paid-test threshold against the creator's
//! `[results]` when that metric can be read from them.
//!
//! Influencer rows: reach, impressions, engagement rate, clicks, conversions, and the cost
//! ceilings (`max_cpm`, `max_cpe`, `max_cpa`) against cost worked out from `results.spend`.
//! Creator metrics read from results: reach, impressions, engagement rate, clicks,
//! conversions, CTR (clicks ÷ impressions), CPA (spend ÷ conversions), CPM (spend per
//! thousand impressions), CPE (spend per engagement) and ROAS (sales ÷ spend, with
//! `campaign.avg_order_value`).

use serde::{Serialize, Serializer};

use crate::brief::{Bundle, FileKind, Metric, Number, Results};

/// One metric, planned and actual.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The brief the plan comes from.
    #[serde(serialize_with = "brief_name")]
    pub brief: FileKind,
    /// What is measured.
    pub metric: Metric,
    /// The target or threshold.
    pub planned: Option<f64>,
    /// The result.
    pub actual: Option<f64>,
}

impl Comparison {
    /// Whether the result met the plan (costs must stay at or under it); `None` until both exist.
    pub(crate) fn met(&self) -> Option<bool> {
        let (planned, actual) = (self.planned?, self.actual?);
        Some(if lower_is_better(self.metric) {
            actual <= planned
        } else {
            actual >= planned
        })
    }
}

fn brief_name<S: Serializer>(brief: &FileKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(brief.as_str())
}

/// Costs: less is better.
pub(crate) fn lower_is_better(metric: Metric) -> bool {
    matches!(metric, Metric::Cpa | Metric::Cpm | Metric::Cpe)
}

/// Planned against actual for the used briefs; a row appears once either side is known.
pub(crate) fn compare(bundle: &Bundle) -> Vec<Comparison> {
    let aov = bundle.campaign.avg_order_value.map(|n| n.0);
    let mut out = Vec::new();
    if let Some(c) = bundle.used_creator() {
        let plan = &c.test_plan;
        let tested = plan.metric.filter(|m| readable(*m));
        if let Some(metric) = tested {
            out.push(Comparison {
                brief: FileKind::Creator,
                metric,
                planned: plan.threshold.map(|n| n.0),
                actual: actual(&c.results, metric, aov),
            });
        }
        // Results the creator side has without a plan still show, with their numbers.
        for metric in CREATOR_RESULTS.into_iter().filter(|m| Some(*m) != tested) {
            if let Some(value) = actual(&c.results, metric, aov) {
                out.push(Comparison {
                    brief: FileKind::Creator,
                    metric,
                    planned: None,
                    actual: Some(value),
                });
            }
        }
    }
    if let Some(i) = bundle.used_influencer() {
        let t = &i.targets;
        let count = |n: Option<u64>| n.map(|n| n as f64);
        let number = |n: Option<Number>| n.map(|n| n.0);
        let plans = [
            (Metric::Reach, count(t.reach)),
            (Metric::Impressions, count(t.impressions)),
            (Metric::EngagementRate, number(t.engagement_rate)),
            (Metric::Clicks, count(t.clicks)),
            (Metric::Conversions, count(t.conversions)),
            (Metric::Cpm, number(t.max_cpm)),
            (Metric::Cpe, number(t.max_cpe)),
            (Metric::Cpa, number(t.max_cpa)),
        ];
        for (metric, planned) in plans {
            let actual = actual(&i.results, metric, aov);
            if planned.is_some() || actual.is_some() {
                out.push(Comparison {
                    brief: FileKind::Influencer,
                    metric,
                    planned,
                    actual,
                });
            }
        }
    }
    out
}

/// What a creator's `[results]` can tell, in the chart's order.
const CREATOR_RESULTS: [Metric; 8] = [
    Metric::Reach,
    Metric::Impressions,
    Metric::EngagementRate,
    Metric::Clicks,
    Metric::Conversions,
    Metric::Ctr,
    Metric::Cpa,
    Metric::Roas,
];

/// Whether `[results]` can tell this metric.
fn readable(metric: Metric) -> bool {
    matches!(
        metric,
        Metric::Reach
            | Metric::Impressions
            | Metric::EngagementRate
            | Metric::Clicks
            | Metric::Conversions
            | Metric::Ctr
            | Metric::Cpa
            | Metric::Cpm
            | Metric::Cpe
            | Metric::Roas
    )
}

/// The metric as read or worked out from `[results]`.
fn actual(r: &Results, metric: Metric, aov: Option<f64>) -> Option<f64> {
    let count = |n: Option<u64>| n.map(|n| n as f64);
    let spend = r.spend.map(|n| n.0);
    let ratio = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    };
    let engagements = count(r.reach)
        .zip(r.engagement_rate)
        .map(|(reach, er)| reach * er.0 / 100.0);
    match metric {
        Metric::Reach => count(r.reach),
        Metric::Impressions => count(r.impressions),
        Metric::EngagementRate => r.engagement_rate.map(|n| n.0),
        Metric::Clicks => count(r.clicks),
        Metric::Conversions => count(r.conversions),
        Metric::Ctr => ratio(count(r.clicks), count(r.impressions)).map(|x| x * 100.0),
        Metric::Cpa => ratio(spend, count(r.conversions)),
        Metric::Cpm => ratio(spend, count(r.impressions)).map(|x| x * 1000.0),
        Metric::Cpe => ratio(spend, engagements),
        Metric::Roas => ratio(count(r.conversions).zip(aov).map(|(n, v)| n * v), spend),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::Partnership;
    use crate::practice::sample::{clean, creator, influencer};

    fn row(rows: &[Comparison], brief: FileKind, metric: Metric) -> Option<Comparison> {
        rows.iter()
            .find(|c| c.brief == brief && c.metric == metric)
            .cloned()
    }

    #[test]
    fn influencer_targets_against_results() {
        let mut b = clean();
        let r = &mut influencer(&mut b).results;
        r.reach = Some(120_000);
        r.engagement_rate = Some(Number(2.5));
        r.conversions = Some(250);
        r.spend = Some(Number(900.0));
        let rows = compare(&b);
        let reach = row(&rows, FileKind::Influencer, Metric::Reach).unwrap();
        assert_eq!(
            (reach.planned, reach.actual, reach.met()),
            (Some(100_000.0), Some(120_000.0), Some(true))
        );
        let er = row(&rows, FileKind::Influencer, Metric::EngagementRate).unwrap();
        assert_eq!(er.met(), Some(false));
        let imp = row(&rows, FileKind::Influencer, Metric::Impressions).unwrap();
        assert_eq!(
            (imp.planned, imp.actual, imp.met()),
            (Some(150_000.0), None, None)
        );
        assert!(
            row(&rows, FileKind::Influencer, Metric::Clicks).is_none(),
            "neither side known"
        );
        let cpa = row(&rows, FileKind::Influencer, Metric::Cpa).unwrap();
        assert_eq!((cpa.planned, cpa.actual), (None, Some(3.6)));
    }

    #[test]
    fn cost_ceilings_are_met_when_under() {
        let mut b = clean();
        let i = influencer(&mut b);
        i.targets.max_cpm = Some(Number(10.0));
        i.results.impressions = Some(200_000);
        i.results.spend = Some(Number(1_000.0));
        let cpm = row(&compare(&b), FileKind::Influencer, Metric::Cpm).unwrap();
        assert_eq!((cpm.actual, cpm.met()), (Some(5.0), Some(true)));
    }

    #[test]
    fn creator_threshold_against_results_when_the_metric_matches() {
        let mut b = clean();
        creator(&mut b).results.spend = Some(Number(1000.0));
        creator(&mut b).results.conversions = Some(100);
        let cpa = row(&compare(&b), FileKind::Creator, Metric::Cpa).unwrap();
        assert_eq!(
            (cpa.planned, cpa.actual, cpa.met()),
            (Some(12.0), Some(10.0), Some(true))
        );
        creator(&mut b).test_plan.metric = Some(Metric::Roas);
        creator(&mut b).test_plan.threshold = Some(Number(3.0));
        let roas = row(&compare(&b), FileKind::Creator, Metric::Roas).unwrap();
        assert_eq!((roas.actual, roas.met()), (Some(4.0), Some(true)));
        creator(&mut b).test_plan.metric = Some(Metric::HookRate);
        assert!(row(&compare(&b), FileKind::Creator, Metric::HookRate).is_none());
    }

    #[test]
    fn ctr_and_cpe_are_worked_out() {
        let r = Results {
            clicks: Some(30),
            impressions: Some(2_000),
            reach: Some(1_000),
            engagement_rate: Some(Number(5.0)),
            spend: Some(Number(100.0)),
            ..Default::default()
        };
        assert_eq!(actual(&r, Metric::Ctr, None), Some(1.5));
        assert_eq!(actual(&r, Metric::Cpe, None), Some(2.0));
        assert_eq!(actual(&Results::default(), Metric::Cpa, None), None);
    }

    #[test]
    fn unused_briefs_are_left_out_and_json_names_the_brief() {
        let mut b = clean();
        b.campaign.partnership = Some(Partnership::ProductionFirst);
        let rows = compare(&b);
        assert!(rows.iter().all(|c| c.brief == FileKind::Creator));
        let json = serde_json::to_value(&rows[0]).unwrap();
        assert_eq!(json["brief"], "creator");
        assert_eq!(json["metric"], "cpa");
        assert_eq!(json["planned"], 12.0);
        assert!(json["actual"].is_null());
    }
}
