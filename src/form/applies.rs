//! When a field applies. A field of a brief the partnership does not use cannot be set (the
//! files refuse it); other conditions only say the field is not needed yet, and it stays
//! editable so the marketer can fill things in any order.

use crate::brief::{Bundle, Category, FileKind, UsageRights};

/// A condition beyond "its brief is used".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    /// Whenever its brief is used.
    Always,
    /// The campaign's category is regulated.
    Regulated,
    /// The campaign's category is alcohol.
    Alcohol,
    /// The campaign has a creator brief (creators make assets influencers may post).
    CreatorBrief,
    /// A creator deliverable is placed on paid social.
    PaidSocial,
    /// This brief grants whitelisting or partnership ads.
    AdAccess,
    /// This brief asks for exclusivity days.
    Exclusivity,
    /// The creator is paid on one of these bases.
    CreatorBasis(&'static [&'static str]),
    /// The influencer is paid on one of these bases.
    InfluencerBasis(&'static [&'static str]),
    /// The inner condition holds and this brief's disclosure is not marked "not required".
    Disclosed(&'static Applies),
}

/// Whether a field applies to a campaign as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applicability {
    /// Fill it in.
    Applies,
    /// Its brief is not used by this partnership type: shown, not editable.
    Unused(String),
    /// Not needed as things stand (the reason says when it would be); still editable.
    NotNeeded(&'static str),
}

impl Applicability {
    /// Whether the field counts and is asked.
    pub fn applies(&self) -> bool {
        matches!(self, Applicability::Applies)
    }

    /// Whether the field can be edited.
    pub(crate) fn editable(&self) -> bool {
        !matches!(self, Applicability::Unused(_))
    }

    /// The reason it does not apply, if it does not.
    pub fn reason(&self) -> Option<&str> {
        match self {
            Applicability::Applies => None,
            Applicability::Unused(reason) => Some(reason),
            Applicability::NotNeeded(reason) => Some(reason),
        }
    }
}

/// Why a brief is not used by the campaign's partnership type, if it is not.
pub(crate) fn brief_unused(bundle: &Bundle, file: FileKind) -> Option<String> {
    let partnership = bundle.partnership();
    if partnership.needs(file) {
        return None;
    }
    Some(format!("n/a for {partnership}; step 2 sets the type"))
}

impl Applies {
    /// Whether a field of `file` with this condition applies to `bundle`.
    pub fn check(self, file: FileKind, bundle: &Bundle) -> Applicability {
        if let Some(reason) = brief_unused(bundle, file) {
            return Applicability::Unused(reason);
        }
        if let Applies::Disclosed(inner) = self {
            return disclosed(inner, file, bundle);
        }
        let rights = |file: FileKind| rights_of(bundle, file);
        let (ok, reason) = match self {
            Applies::Always | Applies::Disclosed(_) => (true, ""),
            Applies::Regulated => (
                bundle.campaign.category.is_some_and(|c| c.is_regulated()),
                "n/a: only for regulated categories (alcohol, health, finance, crypto, gambling, cosmetics)",
            ),
            Applies::Alcohol => (
                bundle.campaign.category == Some(Category::Alcohol),
                "n/a: only for alcohol",
            ),
            Applies::CreatorBrief => (
                bundle.partnership().needs(FileKind::Creator),
                "n/a: only when creators make assets too (a hybrid campaign)",
            ),
            Applies::PaidSocial => (
                bundle.creator.as_ref().is_some_and(|c| c.has_paid_social()),
                "n/a: only when a creator deliverable is placed on paid-social (Creator work)",
            ),
            Applies::AdAccess => (
                rights(file).is_some_and(UsageRights::ad_access),
                "n/a: only when the usage rights grant whitelisting or partnership ads",
            ),
            Applies::Exclusivity => (
                rights(file).is_some_and(|r| r.exclusivity_days.is_some_and(|d| d > 0)),
                "n/a: only when the usage rights ask for exclusivity (more than 0 days)",
            ),
            Applies::CreatorBasis(bases) => (
                bundle
                    .creator
                    .as_ref()
                    .and_then(|c| c.compensation.basis)
                    .is_some_and(|b| bases.contains(&b.as_str())),
                basis_reason(bases),
            ),
            Applies::InfluencerBasis(bases) => (
                bundle
                    .influencer
                    .as_ref()
                    .and_then(|i| i.compensation.basis)
                    .is_some_and(|b| bases.contains(&b.as_str())),
                basis_reason(bases),
            ),
        };
        if ok {
            Applicability::Applies
        } else {
            Applicability::NotNeeded(reason)
        }
    }
}

/// A brief's usage rights (none for the campaign file).
fn rights_of(bundle: &Bundle, file: FileKind) -> Option<&UsageRights> {
    match file {
        FileKind::Creator => bundle.creator.as_ref().map(|c| &c.usage_rights),
        FileKind::Influencer => bundle.influencer.as_ref().map(|i| &i.usage_rights),
        FileKind::Campaign => None,
    }
}

/// `inner`, unless this brief's disclosure is marked not required.
fn disclosed(inner: &Applies, file: FileKind, bundle: &Bundle) -> Applicability {
    let required = match file {
        FileKind::Creator => bundle.creator.as_ref().map(|c| c.disclosure.required),
        FileKind::Influencer => bundle.influencer.as_ref().map(|i| i.disclosure.required),
        FileKind::Campaign => None,
    };
    match inner.check(file, bundle) {
        Applicability::Applies if required == Some(Some(false)) => {
            Applicability::NotNeeded("n/a: disclosure is marked not required (above)")
        }
        other => other,
    }
}

/// Which pay bases a field is for, in words.
fn basis_reason(bases: &[&str]) -> &'static str {
    match bases {
        ["day-rate", "retainer"] => "n/a: only for day-rate or retainer pay (basis above)",
        ["cpm", "cpe", "cpa", "retainer"] => {
            "n/a: only for cpm, cpe, cpa or retainer pay (basis above)"
        }
        ["retainer"] => "n/a: only for retainer pay (basis above)",
        ["affiliate"] => "n/a: only for affiliate pay (basis above)",
        ["gifted"] => "n/a: only for gifted pay (basis above)",
        _ => "n/a: depends on the pay basis chosen above",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Docs;
    use crate::path::KeyPath;

    #[test]
    fn a_disclosure_marked_not_required_needs_no_label() {
        let label = "influencer.disclosure.label";
        assert_eq!(check(&[], label), Applicability::Applies);
        let off = [("influencer.disclosure.required", "no")];
        assert!(
            matches!(check(&off, label), Applicability::NotNeeded(r) if r.contains("not required"))
        );
        let on = [("influencer.disclosure.required", "yes")];
        assert_eq!(check(&on, label), Applicability::Applies);
        // The creator's label still needs ad access first.
        let creator = "creator.disclosure.label";
        assert!(
            matches!(check(&[], creator), Applicability::NotNeeded(r) if r.contains("whitelisting"))
        );
    }

    #[test]
    fn every_pay_basis_rule_names_its_bases() {
        for step in crate::form::STEPS {
            for field in step
                .fields
                .iter()
                .chain(step.fields.iter().flat_map(|f| f.columns()))
            {
                if let Applies::CreatorBasis(bases) | Applies::InfluencerBasis(bases) =
                    field.applies
                {
                    let reason = basis_reason(bases);
                    assert!(
                        bases.iter().all(|b| reason.contains(b)),
                        "{}: {reason}",
                        field.path
                    );
                }
            }
        }
    }

    /// A new hybrid campaign with `sets` applied, and the field at `path` (a row column too).
    fn check(sets: &[(&str, &str)], path: &str) -> Applicability {
        let created = "2026-11-25T10:00:00Z".parse().unwrap();
        let mut docs = Docs::new_campaign("Apply", "apply", created);
        for (key, value) in sets {
            docs.set(&KeyPath::parse(key).unwrap(), value).unwrap();
        }
        let bundle = docs.bundle().unwrap();
        let field = crate::form::STEPS
            .iter()
            .flat_map(|s| s.fields.iter())
            .flat_map(|f| std::iter::once(f).chain(f.columns()))
            .find(|f| f.path == path)
            .unwrap();
        field.applies.check(field.file(), &bundle)
    }

    #[test]
    fn the_legal_age_share_is_asked_for_alcohol_only() {
        let path = "influencer.partners[].audience_legal_age_pct";
        for category in ["general", "cosmetics"] {
            let na = check(&[("campaign.category", category)], path);
            assert_eq!(na, Applicability::NotNeeded("n/a: only for alcohol"));
        }
        assert!(!check(&[], path).applies());
        assert!(check(&[("campaign.category", "alcohol")], path).applies());
    }

    #[test]
    fn an_exclusivity_fee_needs_exclusivity_in_its_own_brief() {
        for who in ["creator", "influencer"] {
            let days = format!("{who}.usage_rights.exclusivity_days");
            let fee = format!("{who}.compensation.exclusivity_fee");
            assert!(!check(&[(&days, "0")], &fee).applies(), "{fee}");
            assert!(!check(&[], &fee).applies(), "{fee}");
            assert!(check(&[(&days, "30")], &fee).applies(), "{fee}");
            // The other brief's exclusivity does not count.
            let other = if who == "creator" {
                "influencer"
            } else {
                "creator"
            };
            let other_days = format!("{other}.usage_rights.exclusivity_days");
            assert!(!check(&[(&other_days, "30")], &fee).applies(), "{fee}");
        }
    }

    #[test]
    fn posting_the_creators_assets_needs_a_creator_brief() {
        let path = "influencer.content.uses_creator_assets";
        assert!(check(&[], path).applies());
        let distribution = [
            ("campaign.partnership", "distribution-first"),
            ("campaign.partnership_picked", "true"),
        ];
        let na = check(&distribution, path);
        assert!(matches!(na, Applicability::NotNeeded(_)), "{na:?}");
    }
}
