//! The budget total of DESIGN §7, every line shown: creators paid by volume, days and usage;
//! influencers by reach, engagement and results; the paid test on its own line.
//!
//! Each partner's amounts come from the one pay model (`practice::pay`); this module only
//! lays them out as lines. Zero partners count as one planned partner. The kill fee is not
//! counted, nor are briefs the partnership type does not use.

use serde::{Serialize, Serializer};

use super::pay::{Base, PartnerPay, Per, Variable, partner_pays};
use crate::brief::{Bundle, FileKind, Number};

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
    /// Whether the label is the working that gives the amount ("6 assets × 250"), so it
    /// reads "6 assets × 250 = 1,500"; not in the JSON.
    #[serde(skip)]
    pub worked: bool,
}

impl BudgetLine {
    /// A label (this line's, or a shorter wording of it) and the amount as written, joined
    /// the way the line reads: "6 assets × 250 = 1,500", "flat fee 800".
    pub fn joined(&self, label: &str, amount: &str) -> String {
        let join = if self.worked { " = " } else { " " };
        format!("{label}{join}{amount}")
    }
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
    /// Influencer cost per thousand impressions (the impressions target, else reach), as
    /// `plan-above-max-cost` and cpm pay count it (DESIGN §5).
    pub cpm: Option<f64>,
    /// Influencer cost per expected engagement (reach × engagement rate).
    pub cpe: Option<f64>,
}

impl Budget {
    /// Sum of one brief's lines (`None`: the test).
    pub(crate) fn subtotal(&self, brief: Option<FileKind>) -> f64 {
        self.lines
            .iter()
            .filter(|l| l.brief == brief)
            .map(|l| l.amount)
            .sum()
    }

    /// How far the total goes past `campaign.budget`, when it does.
    pub(crate) fn over_by(&self) -> Option<f64> {
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
    for pay in partner_pays(bundle) {
        for PayLine {
            label,
            amount,
            worked,
        } in pay_lines(&pay)
        {
            lines.push(BudgetLine {
                brief: Some(pay.brief),
                partner: pay.who.clone(),
                label,
                amount,
                worked,
            });
        }
    }
    let test = bundle.used_creator().and_then(|c| c.test_plan.budget);
    if let Some(amount) = test {
        lines.push(BudgetLine {
            brief: None,
            partner: None,
            label: "paid test of the creator content".into(),
            amount: amount.0,
            worked: false,
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
        let seen = t.impressions.or(t.reach).map(|r| r as f64);
        out.cpm = per(spend, seen.map(|p| p / 1000.0));
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

/// One part of a partner's pay: its label, amount and whether the label is the working.
pub(crate) struct PayLine {
    /// What the amount is for ("6 assets × 250", "flat fee").
    pub label: String,
    /// The amount.
    pub amount: f64,
    /// Whether `label` works the amount out.
    pub worked: bool,
}

impl PayLine {
    fn new(label: String, amount: f64) -> PayLine {
        PayLine {
            label,
            amount,
            worked: false,
        }
    }

    fn worked(label: String, amount: f64) -> PayLine {
        PayLine {
            label,
            amount,
            worked: true,
        }
    }
}

/// The budget lines of one partner's pay terms, each part on its own line.
pub(crate) fn pay_lines(pay: &PartnerPay) -> Vec<PayLine> {
    let mut out = Vec::new();
    let num = |x: f64| format_money(x, None);
    let who = match pay.brief {
        FileKind::Creator => "creator",
        _ => "influencer",
    };
    for base in [pay.base, pay.retainer].into_iter().flatten() {
        let amount = base.amount();
        out.push(match base {
            Base::OwnFee(_) => PayLine::new(format!("fee agreed with this {who}"), amount),
            Base::Flat(_) => PayLine::new("flat fee".into(), amount),
            Base::PerAsset { assets, rate } => {
                PayLine::worked(format!("{assets} assets × {}", num(rate)), amount)
            }
            Base::Days { days, rate } => {
                PayLine::worked(format!("{} days × {}", num(days), num(rate)), amount)
            }
            Base::Months { months, rate } => {
                PayLine::worked(format!("{} months × {}", num(months), num(rate)), amount)
            }
            Base::Package(_) => PayLine::new("package".into(), amount),
            Base::Unread(_) => PayLine::new("rate (pay basis not set)".into(), amount),
        });
    }
    if let Some(v) = pay.variable {
        out.push(variable_line(&v, pay.basis.unwrap_or("variable")));
        if let (true, Some(cap), Some(before)) = (v.is_capped(), v.cap, v.uncapped()) {
            out.push(PayLine::new(
                format!("capped at {}", num(cap)),
                cap - before,
            ));
        }
    }
    match pay.gifted {
        Some(Some(value)) => out.push(PayLine::new("product value".into(), value)),
        Some(None) => out.push(PayLine::new(
            "gifted pay: product value not set".into(),
            0.0,
        )),
        None => {}
    }
    if let Some((bonus, condition)) = &pay.bonus {
        let label = match condition
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            Some(c) => format!("bonus, when {c}"),
            None => "bonus (no condition set)".to_string(),
        };
        out.push(PayLine::new(label, *bonus));
    }
    for (kind, fee) in &pay.add_ons {
        out.push(PayLine::new(kind.label().to_string(), *fee));
    }
    if out.is_empty() {
        out.push(PayLine::new("no pay set yet".into(), 0.0));
    }
    out
}

/// The expected variable pay, or a zero line that says why it cannot be estimated yet.
fn variable_line(v: &Variable, basis: &str) -> PayLine {
    let (Some(amount), Some(rate), Some(n)) = (v.uncapped(), v.rate, v.expected_quantity) else {
        let why = v.missing().unwrap_or("not enough to estimate");
        return PayLine::new(format!("{basis} pay: {why}"), 0.0);
    };
    let (rate, n) = (format_money(rate, None), format_money(n.round(), None));
    let label = match v.per {
        Per::ThousandImpressions => format!("{rate} per 1,000 × {n} impressions"),
        Per::ThousandReached => format!("{rate} per 1,000 × {n} people reached"),
        Per::Engagement => format!("{rate} × {n} engagements"),
        Per::Conversion => format!("{rate} × {n} conversions"),
        Per::SalesPct => format!("{rate}% commission on {n} in sales"),
    };
    PayLine::worked(label, amount)
}

#[cfg(test)]
mod tests;
