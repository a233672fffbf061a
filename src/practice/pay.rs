//! One pay model (DESIGN §8.1): what one partner is paid and on which terms. The budget, the
//! pay step, `check`, `list` and every export read these terms; none recomputes them.
//!
//! A partner row's `fee` replaces the flat part (influencer) or the production pay (creator);
//! variable pay, the bonus and add-on fees still apply. `cap` limits the variable part only.
//! Rows (deliverables, posts) belong to the partners they name, or to everyone when they name
//! nobody; per-asset pay counts only the partner's own rows. Influencer targets are campaign
//! totals: each partner's expected variable pay uses an equal share of them.

use crate::brief::{
    Bundle, CreatorBasis, CreatorBrief, Deliverable, FileKind, InfluencerBasis, InfluencerBrief,
    Number, Post,
};

/// Whether two partner references name the same person (case and a leading `@` aside).
pub(crate) fn same_partner(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.trim().trim_start_matches('@').to_lowercase();
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && a == b
}

/// Whether a row that names `assigned` belongs to the partner with `handle` and `name`
/// (a row that names nobody belongs to everyone).
pub(crate) fn row_is_for(assigned: &[String], handle: Option<&str>, name: Option<&str>) -> bool {
    let named: Vec<&String> = assigned.iter().filter(|a| !a.trim().is_empty()).collect();
    named.is_empty()
        || named.iter().any(|a| {
            [handle, name]
                .into_iter()
                .flatten()
                .any(|p| same_partner(a, p))
        })
}

/// How rows refer to the partners of a brief: each partner's handle, else name.
pub(crate) fn partner_refs(bundle: &Bundle, file: FileKind) -> Vec<String> {
    let people: Vec<(Option<&str>, Option<&str>)> = match file {
        FileKind::Creator => bundle.creator.as_ref().map_or_else(Vec::new, |b| {
            b.partners
                .iter()
                .map(|p| (p.handle.as_deref(), p.name.as_deref()))
                .collect()
        }),
        FileKind::Influencer => bundle.influencer.as_ref().map_or_else(Vec::new, |b| {
            b.partners
                .iter()
                .map(|p| (p.handle.as_deref(), p.name.as_deref()))
                .collect()
        }),
        FileKind::Campaign => Vec::new(),
    };
    people
        .into_iter()
        .filter_map(|(h, n)| super::partner_label(h, n))
        .collect()
}

/// The deliverables creator `partner` makes, with their row index (`None`: every row).
pub fn deliverables_for(
    brief: &CreatorBrief,
    partner: Option<usize>,
) -> Vec<(usize, &Deliverable)> {
    let who = partner.and_then(|i| brief.partners.get(i));
    brief
        .deliverables
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            who.is_none_or(|p| row_is_for(&d.partners, p.handle.as_deref(), p.name.as_deref()))
        })
        .collect()
}

/// The posts influencer `partner` makes, with their row index (`None`: every row).
pub fn posts_for(brief: &InfluencerBrief, partner: Option<usize>) -> Vec<(usize, &Post)> {
    let who = partner.and_then(|i| brief.partners.get(i));
    brief
        .posts
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            who.is_none_or(|w| row_is_for(&p.partners, w.handle.as_deref(), w.name.as_deref()))
        })
        .collect()
}

/// The fixed part of the pay and how it was reached.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Base {
    /// The fee agreed with this partner (their row's `fee`).
    OwnFee(f64),
    /// The influencer brief's flat fee.
    Flat(f64),
    /// `rate` per asset × the partner's assets.
    PerAsset {
        /// The partner's assets.
        assets: u32,
        /// Creator rate (`rate`).
        rate: f64,
    },
    /// `rate` per day × days.
    Days {
        /// How many days.
        days: f64,
        /// Creator rate (`rate`).
        rate: f64,
    },
    /// `rate` per month × months.
    Months {
        /// How many months.
        months: f64,
        /// Creator rate (`rate`).
        rate: f64,
    },
    /// One package at `rate`.
    Package(f64),
    /// A rate with no basis to read it by (counted once).
    Unread(f64),
}

impl Base {
    /// The amount.
    pub fn amount(self) -> f64 {
        match self {
            Base::OwnFee(a) | Base::Flat(a) | Base::Package(a) | Base::Unread(a) => a,
            Base::PerAsset { assets, rate } => f64::from(assets) * rate,
            Base::Days { days: n, rate } | Base::Months { months: n, rate } => n * rate,
        }
    }
}

/// What the variable pay is counted on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    /// Per 1,000 impressions.
    ThousandImpressions,
    /// Per 1,000 people reached (no impressions target).
    ThousandReached,
    /// Per engagement.
    Engagement,
    /// Per conversion.
    Conversion,
    /// A percentage of sales.
    SalesPct,
}

/// Pay that depends on results: a rate (or commission) on an expected quantity, capped.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Variable {
    /// What it is counted on.
    pub per: Per,
    /// The rate per unit, or the commission in percent.
    pub rate: Option<f64>,
    /// The expected quantity for this partner (impressions, engagements, conversions, or the
    /// sales value for a commission), from their share of the targets.
    pub expected_quantity: Option<f64>,
    /// The most the variable part can reach.
    pub cap: Option<f64>,
}

impl Variable {
    /// The expected amount before the cap (`None` when it cannot be estimated yet).
    pub(crate) fn uncapped(&self) -> Option<f64> {
        let (rate, n) = (self.rate?, self.expected_quantity?);
        Some(match self.per {
            Per::ThousandImpressions | Per::ThousandReached => rate * n / 1000.0,
            Per::SalesPct => rate / 100.0 * n,
            Per::Engagement | Per::Conversion => rate * n,
        })
    }

    /// The expected amount after the cap.
    pub fn expected(&self) -> Option<f64> {
        self.uncapped()
            .map(|v| self.cap.map_or(v, |cap| v.min(cap.max(0.0))))
    }

    /// Whether the cap cuts the expected amount.
    pub(crate) fn is_capped(&self) -> bool {
        matches!((self.uncapped(), self.cap), (Some(v), Some(cap)) if v > cap)
    }

    /// Why the amount cannot be estimated, in plain words.
    pub fn missing(&self) -> Option<&'static str> {
        if self.rate.is_none() {
            return Some(if self.per == Per::SalesPct {
                "commission not set"
            } else {
                "rate not set"
            });
        }
        self.expected_quantity.is_none().then_some(match self.per {
            Per::ThousandImpressions | Per::ThousandReached => {
                "no reach or impressions target to estimate from"
            }
            Per::Engagement => "no reach and engagement targets to estimate from",
            Per::Conversion => "no conversions target to estimate from",
            Per::SalesPct => "no conversions target or order value to estimate from",
        })
    }
}

/// An add-on fee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddOn {
    /// For the usage rights.
    Usage,
    /// For ads from the partner's handle.
    Whitelisting,
    /// For not working with competitors.
    Exclusivity,
    /// For the unedited footage (creators).
    RawFootage,
}

impl AddOn {
    /// The add-on in plain words, for budget lines.
    pub fn label(self) -> &'static str {
        match self {
            AddOn::Usage => "usage fee",
            AddOn::Whitelisting => "whitelisting fee",
            AddOn::Exclusivity => "exclusivity fee",
            AddOn::RawFootage => "raw footage fee",
        }
    }
}

/// One partner's pay terms and amounts.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerPay {
    /// The brief.
    pub brief: FileKind,
    /// The partner's row, `None` for the one planned partner of a brief without partners.
    pub partner: Option<usize>,
    /// The partner's handle or name (`None` for a planned partner).
    pub who: Option<String>,
    /// The creator's or influencer's basis as written (`per-asset`, `cpm`…).
    pub basis: Option<&'static str>,
    /// The fixed part.
    pub base: Option<Base>,
    /// A monthly retainer on top of the flat part (influencers: `rate` × `units` months).
    pub retainer: Option<Base>,
    /// The part that depends on results.
    pub variable: Option<Variable>,
    /// The bonus and what earns it.
    pub bonus: Option<(f64, Option<String>)>,
    /// Gifted: the product and its value (`None` inside: value not set).
    pub gifted: Option<Option<f64>>,
    /// Add-on fees, each per partner.
    pub add_ons: Vec<(AddOn, f64)>,
    /// Share of the fee paid on cancellation, in percent.
    pub kill_fee_pct: Option<f64>,
    /// When and how they are paid.
    pub payment_terms: Option<String>,
    /// Whether a gift requires a post.
    pub posting_required: Option<bool>,
}

impl PartnerPay {
    /// Everything expected to be paid or given: base, variable after the cap, bonus, gift
    /// value and add-ons (the kill fee is not counted).
    pub fn total(&self) -> f64 {
        self.money() + self.gifted.flatten().unwrap_or(0.0)
    }

    /// What is paid in money (no gift value).
    pub(crate) fn money(&self) -> f64 {
        self.base.map_or(0.0, Base::amount)
            + self.retainer.map_or(0.0, Base::amount)
            + self.variable.and_then(|v| v.expected()).unwrap_or(0.0)
            + self.bonus.as_ref().map_or(0.0, |b| b.0)
            + self.add_ons.iter().map(|a| a.1).sum::<f64>()
    }

    /// Whether any pay at all is set for this partner.
    pub fn is_empty(&self) -> bool {
        self.base.is_none()
            && self.retainer.is_none()
            && self.variable.is_none()
            && self.bonus.is_none()
            && self.gifted.is_none()
            && self.add_ons.is_empty()
    }
}

fn amount(n: Option<Number>) -> Option<f64> {
    n.map(|n| n.0)
}

fn add_ons(fees: &[(AddOn, Option<Number>)]) -> Vec<(AddOn, f64)> {
    fees.iter()
        .filter_map(|(kind, fee)| fee.map(|f| (*kind, f.0)))
        .collect()
}

/// The pay of creator `partner` (`None`: the planned partner of a brief without partners).
pub fn creator_pay(brief: &CreatorBrief, partner: Option<usize>) -> PartnerPay {
    let pay = &brief.compensation;
    let row = partner.and_then(|i| brief.partners.get(i));
    let base = match row.and_then(|p| p.fee) {
        Some(fee) => Some(Base::OwnFee(fee.0)),
        None => pay.rate.map(|rate| {
            let rate = rate.0;
            let units = pay.units.map_or(1.0, |n| n.0);
            match pay.basis {
                Some(CreatorBasis::PerAsset) => Base::PerAsset {
                    assets: deliverables_for(brief, partner)
                        .iter()
                        .map(|(_, d)| d.quantity.unwrap_or(1))
                        .sum(),
                    rate,
                },
                Some(CreatorBasis::DayRate) => Base::Days { days: units, rate },
                Some(CreatorBasis::Retainer) => Base::Months {
                    months: units,
                    rate,
                },
                Some(CreatorBasis::Package) => Base::Package(rate),
                None => Base::Unread(rate),
            }
        }),
    };
    PartnerPay {
        brief: FileKind::Creator,
        partner: row.and(partner),
        who: row.and_then(|p| super::partner_label(p.handle.as_deref(), p.name.as_deref())),
        basis: pay.basis.map(CreatorBasis::as_str),
        base,
        retainer: None,
        variable: None,
        bonus: None,
        gifted: None,
        add_ons: add_ons(&[
            (AddOn::Usage, pay.usage_fee),
            (AddOn::Whitelisting, pay.whitelisting_fee),
            (AddOn::Exclusivity, pay.exclusivity_fee),
            (AddOn::RawFootage, pay.raw_footage_fee),
        ]),
        kill_fee_pct: amount(pay.kill_fee_pct),
        payment_terms: pay.payment_terms.clone(),
        posting_required: None,
    }
}

/// The pay of influencer `partner` (`None`: the planned partner of a brief without
/// partners); `aov` is the campaign's average order value.
pub fn influencer_pay(
    brief: &InfluencerBrief,
    partner: Option<usize>,
    aov: Option<f64>,
) -> PartnerPay {
    let pay = &brief.compensation;
    let row = partner.and_then(|i| brief.partners.get(i));
    let share = 1.0 / brief.partners.len().max(1) as f64;
    let basis = pay.basis;
    let flat = match row.and_then(|p| p.fee) {
        Some(fee) => Some(Base::OwnFee(fee.0)),
        None => pay.fee.map(|f| Base::Flat(f.0)),
    };
    let retainer = (basis == Some(InfluencerBasis::Retainer))
        .then(|| {
            pay.rate.map(|r| Base::Months {
                months: pay.units.map_or(1.0, |n| n.0),
                rate: r.0,
            })
        })
        .flatten();
    let variable = basis.and_then(|b| variable(brief, b, share, aov));
    let gifted = (basis == Some(InfluencerBasis::Gifted)).then(|| amount(pay.product_value));
    PartnerPay {
        brief: FileKind::Influencer,
        partner: row.and(partner),
        who: row.and_then(|p| super::partner_label(p.handle.as_deref(), p.name.as_deref())),
        basis: basis.map(InfluencerBasis::as_str),
        base: flat,
        retainer,
        variable,
        bonus: pay.bonus.map(|b| (b.0, pay.bonus_condition.clone())),
        gifted,
        add_ons: add_ons(&[
            (AddOn::Usage, pay.usage_fee),
            (AddOn::Whitelisting, pay.whitelisting_fee),
            (AddOn::Exclusivity, pay.exclusivity_fee),
        ]),
        kill_fee_pct: amount(pay.kill_fee_pct),
        payment_terms: pay.payment_terms.clone(),
        posting_required: pay.posting_required,
    }
}

/// The variable part of a basis, from the partner's `share` of the targets.
fn variable(
    brief: &InfluencerBrief,
    basis: InfluencerBasis,
    share: f64,
    aov: Option<f64>,
) -> Option<Variable> {
    let pay = &brief.compensation;
    let t = &brief.targets;
    let part = |n: Option<u64>| n.map(|n| n as f64 * share);
    let (per, rate, quantity) = match basis {
        InfluencerBasis::Flat | InfluencerBasis::Gifted | InfluencerBasis::Retainer => {
            return None;
        }
        InfluencerBasis::Cpm => match t.impressions {
            Some(_) => (Per::ThousandImpressions, pay.rate, part(t.impressions)),
            None => (Per::ThousandReached, pay.rate, part(t.reach)),
        },
        InfluencerBasis::Cpe => {
            let engaged = part(t.reach)
                .zip(t.engagement_rate)
                .map(|(r, e)| r * e.0 / 100.0);
            (Per::Engagement, pay.rate, engaged)
        }
        InfluencerBasis::Cpa => (Per::Conversion, pay.rate, part(t.conversions)),
        InfluencerBasis::Affiliate => {
            let sales = part(t.conversions).zip(aov).map(|(n, v)| n * v);
            (Per::SalesPct, pay.commission_pct, sales)
        }
    };
    Some(Variable {
        per,
        rate: amount(rate),
        expected_quantity: quantity,
        cap: amount(pay.cap),
    })
}

/// Every partner's pay in the used briefs, creators first; a brief without partners counts
/// one planned partner.
pub(crate) fn partner_pays(bundle: &Bundle) -> Vec<PartnerPay> {
    let mut out = Vec::new();
    if let Some(c) = bundle.used_creator() {
        out.extend(rows(c.partners.len()).map(|i| creator_pay(c, i)));
    }
    if let Some(inf) = bundle.used_influencer() {
        let aov = amount(bundle.campaign.avg_order_value);
        out.extend(rows(inf.partners.len()).map(|i| influencer_pay(inf, i, aov)));
    }
    out
}

/// Each row index, or one `None` for no rows.
fn rows(count: usize) -> Box<dyn Iterator<Item = Option<usize>>> {
    if count == 0 {
        Box::new(std::iter::once(None))
    } else {
        Box::new((0..count).map(Some))
    }
}

#[cfg(test)]
mod tests;
