//! The budget total of DESIGN §7, every line shown: creators paid by volume, days and usage;
//! influencers by reach, engagement and results; the paid test on its own line.
//!
//! Influencer targets are campaign totals, so each partner's expected variable pay uses an
//! equal share of them. Zero partners count as one planned partner. The kill fee is not
//! counted, nor are briefs the partnership type does not use.

use serde::{Serialize, Serializer};

use super::partner_label;
use crate::brief::{
    Bundle, CreatorBasis, CreatorBrief, FileKind, InfluencerBasis, InfluencerBrief, Number,
};

/// One amount in the budget.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetLine {
    /// The brief it belongs to; `None` for the paid test.
    #[serde(serialize_with = "brief_name")]
    pub brief: Option<FileKind>,
    /// The partner's handle or name; `None` for the brief as a whole or a planned partner.
    pub partner: Option<String>,
    /// What the amount is for, in plain words.
    pub label: String,
    /// In the campaign's currency (negative for a cap).
    pub amount: f64,
}

/// Every line, the total and what it means for the influencer side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Budget {
    /// Each amount, creator lines first, then influencer lines, then the test.
    pub lines: Vec<BudgetLine>,
    /// Sum of the lines.
    pub total: f64,
    /// `campaign.budget`, when set.
    pub budget: Option<f64>,
    /// Influencer cost per thousand people reached (reach target, else impressions).
    pub cpm: Option<f64>,
    /// Influencer cost per expected engagement (reach × engagement rate).
    pub cpe: Option<f64>,
}

impl Budget {
    /// Sum of one brief's lines (`None`: the test).
    pub fn subtotal(&self, brief: Option<FileKind>) -> f64 {
        self.lines
            .iter()
            .filter(|l| l.brief == brief)
            .map(|l| l.amount)
            .sum()
    }

    /// How far the total goes past `campaign.budget`, when it does.
    pub fn over_by(&self) -> Option<f64> {
        self.budget
            .map(|b| self.total - b)
            .filter(|over| *over > 0.005)
    }
}

/// An amount for people to read: `4,500 EUR`, `12.50 GBP`, `300` without a currency.
pub fn format_money(amount: f64, currency: Option<&str>) -> String {
    // The whole part and the cents apart, so a whole number shows exactly (×100 first would
    // round 999,999,999,999,999 to …999.04), and u128, so a large total shows as it is
    // instead of stopping at u64's 184,467,440,737,095,516.15.
    let abs = amount.abs();
    let mut whole = abs.trunc() as u128;
    let mut part = ((abs - abs.trunc()) * 100.0).round() as u128;
    if part >= 100 {
        whole += 1;
        part -= 100;
    }
    let cents = whole * 100 + part;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if amount < 0.0 && cents > 0 { "-" } else { "" };
    let fraction = if part > 0 {
        format!(".{part:02}")
    } else {
        String::new()
    };
    let unit = currency.map(|c| format!(" {c}")).unwrap_or_default();
    format!("{sign}{grouped}{fraction}{unit}")
}

fn brief_name<S: Serializer>(brief: &Option<FileKind>, s: S) -> Result<S::Ok, S::Error> {
    brief.map(FileKind::as_str).serialize(s)
}

/// The budget of a campaign's used briefs.
pub fn budget(bundle: &Bundle) -> Budget {
    let mut lines = Vec::new();
    if let Some(creator) = bundle.used_creator() {
        creator_lines(creator, &mut lines);
    }
    let aov = bundle.campaign.avg_order_value.map(|n| n.0);
    if let Some(influencer) = bundle.used_influencer() {
        influencer_lines(influencer, aov, &mut lines);
    }
    let test = bundle.used_creator().and_then(|c| c.test_plan.budget);
    if let Some(amount) = test {
        lines.push(BudgetLine {
            brief: None,
            partner: None,
            label: "paid test of the creator content".into(),
            amount: amount.0,
        });
    }
    let total = lines.iter().map(|l| l.amount).sum();
    let mut out = Budget {
        lines,
        total,
        budget: bundle.campaign.budget.map(|n| n.0),
        cpm: None,
        cpe: None,
    };
    if let Some(influencer) = bundle.used_influencer() {
        let spend = out.subtotal(Some(FileKind::Influencer));
        let t = &influencer.targets;
        let people = t.reach.or(t.impressions).map(|r| r as f64);
        out.cpm = per(spend, people.map(|p| p / 1000.0));
        out.cpe = per(
            spend,
            engagements(t.reach.map(|r| r as f64), t.engagement_rate),
        );
    }
    out
}

fn per(spend: f64, units: Option<f64>) -> Option<f64> {
    units.filter(|u| *u > 0.0 && spend > 0.0).map(|u| spend / u)
}

fn engagements(reach: Option<f64>, rate: Option<Number>) -> Option<f64> {
    Some(reach? * rate?.0 / 100.0)
}

/// Who a line is for: each partner by handle or name, or one planned partner.
/// Each partner's label with their own fee; zero partners count as one planned partner.
fn roster<'a>(
    rows: impl Iterator<Item = (Option<&'a str>, Option<&'a str>, Option<Number>)>,
) -> Vec<(Option<String>, Option<Number>)> {
    let mut out: Vec<(Option<String>, Option<Number>)> = rows
        .enumerate()
        .map(|(i, (handle, name, fee))| {
            let label = partner_label(handle, name).unwrap_or_else(|| format!("partner {}", i + 1));
            (Some(label), fee)
        })
        .collect();
    if out.is_empty() {
        out.push((None, None));
    }
    out
}

struct Lines<'a> {
    brief: FileKind,
    partner: Option<String>,
    out: &'a mut Vec<BudgetLine>,
}

impl Lines<'_> {
    fn add(&mut self, label: impl Into<String>, amount: f64) {
        self.out.push(BudgetLine {
            brief: Some(self.brief),
            partner: self.partner.clone(),
            label: label.into(),
            amount,
        });
    }

    /// A partner who got no line at all still shows, with nothing to pay yet.
    fn or_nothing(&mut self, before: usize) {
        if self.out.len() == before {
            self.add("no pay set yet", 0.0);
        }
    }

    fn add_ons(&mut self, fees: &[(&str, Option<Number>)]) {
        for (label, fee) in fees {
            if let Some(fee) = fee {
                self.add(*label, fee.0);
            }
        }
    }
}

fn creator_lines(brief: &CreatorBrief, out: &mut Vec<BudgetLine>) {
    let pay = &brief.compensation;
    let rows = brief
        .partners
        .iter()
        .map(|p| (p.handle.as_deref(), p.name.as_deref(), p.fee));
    for (partner, own_fee) in roster(rows) {
        let before = out.len();
        let mut lines = Lines {
            brief: FileKind::Creator,
            partner,
            out,
        };
        match own_fee {
            Some(fee) => lines.add("fee agreed with this creator", fee.0),
            None => {
                if let Some((label, amount)) = production_pay(brief) {
                    lines.add(label, amount);
                }
            }
        }
        lines.add_ons(&[
            ("usage fee", pay.usage_fee),
            ("whitelisting fee", pay.whitelisting_fee),
            ("exclusivity fee", pay.exclusivity_fee),
            ("raw footage fee", pay.raw_footage_fee),
        ]);
        lines.or_nothing(before);
    }
}

/// The creator's base pay: rate × assets, days, months, or one package.
fn production_pay(brief: &CreatorBrief) -> Option<(String, f64)> {
    let pay = &brief.compensation;
    let rate = pay.rate?;
    let units = pay.units.map_or(1.0, |n| n.0);
    let (label, count) = match pay.basis {
        Some(CreatorBasis::PerAsset) => {
            let assets: u32 = brief
                .deliverables
                .iter()
                .map(|d| d.quantity.unwrap_or(1))
                .sum();
            (format!("{assets} assets × {rate}"), f64::from(assets))
        }
        Some(CreatorBasis::DayRate) => (format!("{} days × {rate}", Number(units)), units),
        Some(CreatorBasis::Retainer) => (format!("{} months × {rate}", Number(units)), units),
        Some(CreatorBasis::Package) => ("package".to_string(), 1.0),
        None => ("rate (pay basis not set)".to_string(), 1.0),
    };
    Some((label, rate.0 * count))
}

fn influencer_lines(brief: &InfluencerBrief, aov: Option<f64>, out: &mut Vec<BudgetLine>) {
    let pay = &brief.compensation;
    let rows = brief
        .partners
        .iter()
        .map(|p| (p.handle.as_deref(), p.name.as_deref(), p.fee));
    let partners = roster(rows);
    let share = 1.0 / partners.len() as f64;
    for (partner, own_fee) in partners {
        let before = out.len();
        let mut lines = Lines {
            brief: FileKind::Influencer,
            partner,
            out,
        };
        distribution_pay(brief, own_fee, share, aov, &mut lines);
        lines.add_ons(&[
            ("usage fee", pay.usage_fee),
            ("whitelisting fee", pay.whitelisting_fee),
            ("exclusivity fee", pay.exclusivity_fee),
        ]);
        lines.or_nothing(before);
    }
}

/// Flat fee (the partner's own fee replaces the brief's) plus expected variable pay, capped,
/// plus bonus.
fn distribution_pay(
    brief: &InfluencerBrief,
    own_fee: Option<Number>,
    share: f64,
    aov: Option<f64>,
    lines: &mut Lines,
) {
    let pay = &brief.compensation;
    let flat = own_fee.or(pay.fee).map_or(0.0, |n| n.0);
    if own_fee.is_some() {
        lines.add("fee agreed with this influencer", flat);
    } else if pay.fee.is_some() {
        lines.add("flat fee", flat);
    }
    let variable = pay
        .basis
        .and_then(|basis| expected_pay(brief, basis, share, aov));
    let mut subtotal = flat;
    if let Some((label, amount)) = variable {
        lines.add(label, amount);
        subtotal += amount;
    }
    if let Some(cap) = pay.cap.filter(|cap| subtotal > cap.0) {
        lines.add(format!("capped at {cap}"), cap.0 - subtotal);
    }
    if let Some(bonus) = pay.bonus {
        lines.add("bonus", bonus.0);
    }
}

/// The expected variable pay of one partner, from its share of the targets.
fn expected_pay(
    brief: &InfluencerBrief,
    basis: InfluencerBasis,
    share: f64,
    aov: Option<f64>,
) -> Option<(String, f64)> {
    let pay = &brief.compensation;
    let t = &brief.targets;
    let count = |n: Option<u64>| n.map(|n| n as f64 * share);
    let whole = |x: f64| Number(x.round());
    let rate = pay.rate.map(|n| n.0);
    let line = match basis {
        InfluencerBasis::Flat => return None,
        InfluencerBasis::Cpm => {
            let (seen, what) = match t.impressions {
                Some(_) => (count(t.impressions), "impressions"),
                None => (count(t.reach), "people reached"),
            };
            estimate(rate, seen, 1.0 / 1000.0, |r, n| {
                format!("{r} per 1,000 × {} {what}", whole(n))
            })
        }
        InfluencerBasis::Cpe => {
            let engaged = engagements(count(t.reach), t.engagement_rate);
            estimate(rate, engaged, 1.0, |r, n| {
                format!("{r} × {} engagements", whole(n))
            })
        }
        InfluencerBasis::Cpa => estimate(rate, count(t.conversions), 1.0, |r, n| {
            format!("{r} × {} conversions", whole(n))
        }),
        InfluencerBasis::Affiliate => {
            let pct = pay.commission_pct.map(|n| n.0);
            let sales = count(t.conversions).zip(aov).map(|(n, v)| n * v);
            estimate(pct, sales, 1.0 / 100.0, |p, n| {
                format!("{p}% commission on {} in sales", whole(n))
            })
        }
        InfluencerBasis::Gifted => pay.product_value.map(|v| ("product value".into(), v.0)),
        InfluencerBasis::Retainer => {
            let months = pay.units.map_or(1.0, |n| n.0);
            rate.map(|r| {
                (
                    format!("{} months × {}", Number(months), Number(r)),
                    r * months,
                )
            })
        }
    };
    line.or_else(|| missing_input(basis, rate.or(pay.commission_pct.map(|n| n.0))))
}

/// `rate × amount × scale`, or `None` when the rate or the amount is missing.
fn estimate(
    rate: Option<f64>,
    amount: Option<f64>,
    scale: f64,
    label: impl Fn(Number, f64) -> String,
) -> Option<(String, f64)> {
    let (rate, amount) = (rate?, amount?);
    Some((label(Number(rate), amount), rate * amount * scale))
}

/// A zero line that says why the variable pay cannot be estimated yet.
fn missing_input(basis: InfluencerBasis, rate: Option<f64>) -> Option<(String, f64)> {
    let why = match (basis, rate) {
        (InfluencerBasis::Gifted, _) => "product value not set",
        (_, None) => "rate not set",
        (InfluencerBasis::Cpm, _) => "no reach or impressions target to estimate from",
        (InfluencerBasis::Cpe, _) => "no reach and engagement targets to estimate from",
        (InfluencerBasis::Affiliate, _) => "no conversions target or order value",
        _ => "no conversions target to estimate from",
    };
    Some((format!("{} pay: {why}", basis.as_str()), 0.0))
}

#[cfg(test)]
mod tests;
