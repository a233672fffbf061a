//! Rules about grants running out (DESIGN §8.3, §8.5): paid use, ad access, partnership ads
//! or exclusivity that ends within the warning window (config `rights_warning_days`), or has
//! ended.

use super::{Ctx, Finding, Rule, Severity};
use crate::practice::grants::{Grant, grants};

/// The keys that set how long a grant runs.
const GRANT_KEYS: &[&str] = &[
    "creator.usage_rights.duration_days",
    "creator.usage_rights.whitelisting_days",
    "creator.usage_rights.exclusivity_days",
    "influencer.usage_rights.duration_days",
    "influencer.usage_rights.whitelisting_days",
    "influencer.usage_rights.exclusivity_days",
];

/// The rules of this theme, in table order.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "rights-expiring",
        severity: Severity::Warning,
        keys: GRANT_KEYS,
        check: rights_expiring,
    },
    Rule {
        id: "rights-expired",
        severity: Severity::Info,
        keys: GRANT_KEYS,
        check: rights_expired,
    },
];

fn in_scope<'a>(ctx: &'a Ctx) -> impl Iterator<Item = Grant> + 'a {
    grants(ctx.bundle).into_iter().filter(|g| match g.brief {
        crate::brief::FileKind::Creator => ctx.creator.is_some(),
        crate::brief::FileKind::Influencer => ctx.influencer.is_some(),
        crate::brief::FileKind::Campaign => false,
    })
}

fn whose(g: &Grant) -> String {
    g.partner.as_deref().map_or_else(
        || format!("the {} brief", g.brief.as_str()),
        |p| p.to_string(),
    )
}

fn rights_expiring(ctx: &Ctx) -> Vec<Finding> {
    let window = i64::from(ctx.market.rights_warning_days);
    in_scope(ctx)
        .filter(|g| (0..=window).contains(&g.days_left(ctx.today)))
        .map(|g| {
            let left = g.days_left(ctx.today);
            let planned = if g.planned {
                " (from the planned start)"
            } else {
                ""
            };
            Finding::at(
                g.key.clone(),
                format!(
                    "The {} of {} ends on {}, in {left} day{}{planned}.",
                    g.kind.words(),
                    whose(&g),
                    g.end,
                    if left == 1 { "" } else { "s" }
                ),
                "Stop the ads or content in time, or agree an extension and its fee.",
            )
            .about(g.partner.clone())
        })
        .collect()
}

fn rights_expired(ctx: &Ctx) -> Vec<Finding> {
    in_scope(ctx)
        .filter(|g| g.days_left(ctx.today) < 0)
        .map(|g| {
            Finding::at(
                g.key.clone(),
                format!(
                    "The {} of {} ended on {}.",
                    g.kind.words(),
                    whose(&g),
                    g.end
                ),
                "Make sure nothing still runs on it, or agree a new grant.",
            )
            .about(g.partner.clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::brief::FileKind;
    use crate::practice::findings::{fired, none};
    use crate::practice::sample::{clean, date, influencer, today};

    #[test]
    fn ad_access_ending_soon_warns_and_ended_is_advice() {
        let mut b = clean();
        let i = influencer(&mut b);
        i.usage_rights.whitelisting = Some(true);
        i.usage_rights.whitelisting_days = Some(30);
        // Live 20 days before "today": the 30th day is 9 days away.
        let live = today().plus_days(-20);
        for p in &mut i.posts {
            p.live_on = Some(live);
        }
        let f = fired(&b, "rights-expiring");
        assert!(!f.is_empty());
        assert_eq!(f[0].key.file, FileKind::Influencer);
        assert!(f[0].message.contains("in 9 days"), "{}", f[0].message);
        none(&b, "rights-expired");
        for p in &mut influencer(&mut b).posts {
            p.live_on = Some(date("2026-11-01"));
        }
        none(&b, "rights-expiring");
        assert!(!fired(&b, "rights-expired").is_empty());
    }
}
