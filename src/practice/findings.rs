//! Findings (DESIGN §7): likely mistakes in a campaign, each with a public id, a severity, the
//! key path of the field that fixes it and a one-line fix in plain words.
//!
//! Rules are a table: an id, a severity, the key paths it reads (the first is where its
//! findings point) and one small function. The tables sit in files by theme. A rule's
//! function only says where and what; the runner stamps the id, severity and campaign from the
//! table so they are written once. Good practice, not legal advice ([`DISCLAIMER`]).

mod completeness;
mod copy;
mod dates;
mod disclosure;
mod expiry;
mod fin_promo;
mod local;
mod misconceptions;
mod money;
mod partners;
mod regulated;
mod rights;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::market::MarketData;
pub(crate) use super::partner_label;
use crate::brief::{
    Bundle, Campaign, Category, CreatorBrief, Date, Disclosure, FileKind, Guidelines,
    InfluencerBrief, Number, Schedule, UsageRights,
};
use crate::path::KeyPath;

/// Shown once in help: what findings are and are not.
pub(crate) const DISCLAIMER: &str = "Findings are good practice, not legal advice.";

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Would embarrass the marketer or break a rule; `check` exits 1.
    Error,
    /// A likely mistake.
    Warning,
    /// Advice.
    Info,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One thing to look at in a campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The campaign's slug.
    pub campaign: String,
    /// The field that fixes it (with a row index when it is about a row).
    pub key: KeyPath,
    /// The partner it is about (handle, else name).
    pub partner: Option<String>,
    /// The public rule id (`missing-disclosure`).
    pub id: &'static str,
    /// How much it matters.
    pub severity: Severity,
    /// What is wrong, for a marketer.
    pub message: String,
    /// What to do about it, in one line.
    pub fix: String,
}

impl Finding {
    /// A finding about `key`; the runner fills in id, severity and campaign from the rule table.
    pub fn at(key: KeyPath, message: impl Into<String>, fix: impl Into<String>) -> Finding {
        Finding {
            campaign: String::new(),
            key,
            partner: None,
            id: "",
            severity: Severity::Info,
            message: message.into(),
            fix: fix.into(),
        }
    }

    /// The same finding about one partner.
    pub fn about(mut self, partner: Option<String>) -> Finding {
        self.partner = partner;
        self
    }

    /// The file the finding is about.
    pub fn file(&self) -> FileKind {
        self.key.file
    }
}

/// `{"campaign", "file", "key", "partner", "id", "severity", "message", "fix"}` (§5).
impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Finding", 8)?;
        s.serialize_field("campaign", &self.campaign)?;
        s.serialize_field("file", self.file().file_name())?;
        s.serialize_field("key", &self.key.to_string())?;
        s.serialize_field("partner", &self.partner)?;
        s.serialize_field("id", self.id)?;
        s.serialize_field("severity", &self.severity)?;
        s.serialize_field("message", &self.message)?;
        s.serialize_field("fix", &self.fix)?;
        s.end()
    }
}

/// One rule of the table.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Public id.
    pub id: &'static str,
    /// Severity of every finding it raises.
    pub severity: Severity,
    /// Key paths it reads, rows as `[]`; findings point at one of them.
    pub keys: &'static [&'static str],
    /// Finds the problems.
    pub check: fn(&Ctx) -> Vec<Finding>,
}

/// Every rule, in table order (by theme).
pub fn rules() -> impl Iterator<Item = &'static Rule> {
    misconceptions::RULES
        .iter()
        .chain(completeness::RULES)
        .chain(dates::RULES)
        .chain(rights::RULES)
        .chain(money::RULES)
        .chain(disclosure::RULES)
        .chain(regulated::RULES)
        .chain(fin_promo::RULES)
        .chain(local::RULES)
        .chain(copy::RULES)
        .chain(partners::RULES)
        .chain(expiry::RULES)
}

/// The rule with this id.
#[cfg(test)]
fn rule(id: &str) -> Option<&'static Rule> {
    rules().find(|r| r.id == id)
}

/// What a rule sees: the campaign, the briefs in scope (used ones only) and the market data.
pub struct Ctx<'a> {
    /// The whole campaign.
    pub bundle: &'a Bundle,
    /// The creator brief, when used and in scope.
    pub creator: Option<&'a CreatorBrief>,
    /// The influencer brief, when used and in scope.
    pub influencer: Option<&'a InfluencerBrief>,
    /// Labels, words and thresholds.
    pub market: &'a MarketData,
    /// The day the campaign is checked on (passed in, never read from the clock here). Rules
    /// compare it only with the campaign's own dates (before, on, after): the summary index
    /// (`store/index`) keeps counts until today reaches the next of them. A rule that adds
    /// days to today must bump the index's `FORMAT` and teach `valid_days` the offset.
    pub today: Date,
    single: bool,
}

impl<'a> Ctx<'a> {
    /// campaign.toml.
    pub fn campaign(&self) -> &'a Campaign {
        &self.bundle.campaign
    }

    /// Both briefs, unless one file is checked on its own (no cross-brief findings then).
    pub(crate) fn both(&self) -> Option<(&'a CreatorBrief, &'a InfluencerBrief)> {
        if self.single {
            return None;
        }
        self.creator.zip(self.influencer)
    }

    /// Whether the whole campaign is checked (not one file).
    pub fn whole(&self) -> bool {
        !self.single
    }

    /// The regulated category, if one is set.
    pub fn regulated(&self) -> Option<Category> {
        self.campaign().category.filter(|c| c.is_regulated())
    }

    /// The campaign's market codes (`GB`, `US`…).
    pub fn markets(&self) -> Vec<&'a str> {
        self.campaign().markets.iter().map(|m| m.as_str()).collect()
    }

    /// The tables both briefs share, for each brief in scope.
    pub fn briefs(&self) -> Vec<BriefView<'a>> {
        let creator = self.creator.map(|c| BriefView {
            kind: FileKind::Creator,
            rights: &c.usage_rights,
            disclosure: &c.disclosure,
            guidelines: &c.guidelines,
            schedule: &c.schedule,
            key_messages: &c.content.key_messages,
            fees: Fees {
                usage: c.compensation.usage_fee,
                whitelisting: c.compensation.whitelisting_fee,
                exclusivity: c.compensation.exclusivity_fee,
                payment_terms: c.compensation.payment_terms.as_deref(),
                any: money::creator_has_pay(c),
            },
        });
        let influencer = self.influencer.map(|i| BriefView {
            kind: FileKind::Influencer,
            rights: &i.usage_rights,
            disclosure: &i.disclosure,
            guidelines: &i.guidelines,
            schedule: &i.schedule,
            key_messages: &i.content.key_messages,
            fees: Fees {
                usage: i.compensation.usage_fee,
                whitelisting: i.compensation.whitelisting_fee,
                exclusivity: i.compensation.exclusivity_fee,
                payment_terms: i.compensation.payment_terms.as_deref(),
                any: money::influencer_has_pay(i),
            },
        });
        creator.into_iter().chain(influencer).collect()
    }
}

/// The tables both briefs have, seen the same way.
pub struct BriefView<'a> {
    /// Which brief.
    pub kind: FileKind,
    /// `[usage_rights]`.
    pub rights: &'a UsageRights,
    /// `[disclosure]`.
    pub disclosure: &'a Disclosure,
    /// `[guidelines]`.
    pub guidelines: &'a Guidelines,
    /// `[schedule]`.
    pub schedule: &'a Schedule,
    /// `content.key_messages`.
    pub key_messages: &'a [String],
    /// The fees both `[compensation]` tables have.
    pub fees: Fees<'a>,
}

impl BriefView<'_> {
    /// A key path inside this brief.
    pub fn path(&self, keys: &[&str]) -> KeyPath {
        KeyPath::of(self.kind, keys)
    }

    /// "creator" or "influencer", for messages.
    pub(crate) fn who(&self) -> &'static str {
        self.kind.as_str()
    }
}

/// Add-on fees and terms of a brief's `[compensation]`.
pub struct Fees<'a> {
    /// `usage_fee`.
    pub usage: Option<Number>,
    /// `whitelisting_fee`.
    pub whitelisting: Option<Number>,
    /// `exclusivity_fee`.
    pub exclusivity: Option<Number>,
    /// `payment_terms`.
    pub payment_terms: Option<&'a str>,
    /// Whether any pay is set above zero.
    pub any: bool,
}

/// Whether optional text holds something.
pub(crate) fn filled(text: Option<&str>) -> bool {
    text.is_some_and(|s| !s.trim().is_empty())
}

/// How many findings of each severity (`{"error", "warning", "info"}` in `list --json`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Errors.
    pub error: usize,
    /// Warnings.
    pub warning: usize,
    /// Advice.
    pub info: usize,
}

impl Counts {
    /// Counts findings by severity.
    pub fn of(findings: &[Finding]) -> Counts {
        let n = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
        Counts {
            error: n(Severity::Error),
            warning: n(Severity::Warning),
            info: n(Severity::Info),
        }
    }
}

/// Every finding of a campaign on `today`: by file, then in rule table order.
pub fn check(bundle: &Bundle, market: &MarketData, today: Date) -> Vec<Finding> {
    let ctx = Ctx {
        bundle,
        creator: bundle.used_creator(),
        influencer: bundle.used_influencer(),
        market,
        today,
        single: false,
    };
    run(&ctx)
}

/// The findings of one file plus those of campaign.toml, with no cross-brief findings.
pub(crate) fn check_single(
    kind: FileKind,
    bundle: &Bundle,
    market: &MarketData,
    today: Date,
) -> Vec<Finding> {
    let ctx = Ctx {
        bundle,
        creator: bundle.used_creator().filter(|_| kind == FileKind::Creator),
        influencer: bundle
            .used_influencer()
            .filter(|_| kind == FileKind::Influencer),
        market,
        today,
        single: true,
    };
    let mut out = run(&ctx);
    out.retain(|f| f.file() == kind || f.file() == FileKind::Campaign);
    out
}

fn run(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in rules() {
        for mut finding in (rule.check)(ctx) {
            finding.id = rule.id;
            finding.severity = rule.severity;
            finding.campaign = ctx.campaign().slug.clone();
            out.push(finding);
        }
    }
    out.sort_by_key(Finding::file);
    out
}

/// Findings of one rule on a whole campaign, each checked to point at one of the rule's keys.
#[cfg(test)]
pub(super) fn fired(bundle: &Bundle, id: &str) -> Vec<Finding> {
    let Some(rule) = rule(id) else {
        panic!("no rule {id}");
    };
    let found: Vec<Finding> = check(
        bundle,
        &MarketData::default(),
        crate::practice::sample::today(),
    )
    .into_iter()
    .filter(|f| f.id == id)
    .collect();
    for f in &found {
        let shape = f.key.shape();
        assert!(
            rule.keys.contains(&shape.as_str()),
            "{id} points at {shape}, not in its keys"
        );
        assert_eq!(f.severity, rule.severity);
    }
    found
}

/// The one finding of a rule (fails when there are none or several).
#[cfg(test)]
fn one(bundle: &Bundle, id: &str) -> Finding {
    let mut found = fired(bundle, id);
    assert_eq!(found.len(), 1, "{found:#?}");
    found.remove(0)
}

/// Fails when the rule fires.
#[cfg(test)]
pub(super) fn none(bundle: &Bundle, id: &str) {
    let found = fired(bundle, id);
    assert!(found.is_empty(), "{found:#?}");
}

#[cfg(test)]
mod tests;
