//! Practice 10: what past campaigns taught, grouped by niche. Niches match whatever their case
//! or spacing; each group lists its campaigns, their notes, the handles worth booking again,
//! and the best hooks, formats and partners from `[results]`, most frequent first.
//! Campaigns without a niche are left out; results of unused briefs are not counted.

use serde::Serialize;

use crate::brief::{Bundle, Results};

/// A value and how many campaigns named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// As first written.
    pub value: String,
    /// How many times it was named.
    pub count: usize,
}

/// One learning note and the campaign it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// The campaign's slug.
    pub campaign: String,
    /// The note.
    pub text: String,
}

/// Everything learned in one niche.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NicheLearnings {
    /// The niche as first written.
    pub niche: String,
    /// Slugs of the campaigns in it, in the order given.
    pub campaigns: Vec<String>,
    /// Their learning notes, each with its campaign.
    pub notes: Vec<Note>,
    /// Handles worth booking again, each once.
    pub rebook: Vec<String>,
    /// Best hooks from results, most frequent first.
    pub best_hooks: Vec<Tally>,
    /// Best formats from results, most frequent first.
    pub best_formats: Vec<Tally>,
    /// Best partners from results, most frequent first.
    pub best_partners: Vec<Tally>,
}

/// Learnings by niche, niches in alphabetical order; `niche` keeps only that one.
pub(crate) fn gather(campaigns: &[(String, Bundle)], niche: Option<&str>) -> Vec<NicheLearnings> {
    let wanted = niche.map(niche_key);
    let mut groups: Vec<NicheLearnings> = Vec::new();
    for (slug, bundle) in campaigns {
        let learned = &bundle.campaign.learnings;
        let Some(name) = learned
            .niche
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        else {
            continue;
        };
        let key = niche_key(name);
        if wanted.as_ref().is_some_and(|w| *w != key) {
            continue;
        }
        let index = match groups.iter().position(|g| niche_key(&g.niche) == key) {
            Some(i) => i,
            None => {
                groups.push(empty_group(name));
                groups.len() - 1
            }
        };
        add_campaign(&mut groups[index], slug, bundle);
    }
    for g in &mut groups {
        for tallies in [&mut g.best_hooks, &mut g.best_formats, &mut g.best_partners] {
            tallies.sort_by_key(|t| std::cmp::Reverse(t.count));
        }
    }
    groups.sort_by_key(|g| niche_key(&g.niche));
    groups
}

fn niche_key(niche: &str) -> String {
    niche
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Handles compare without case or a leading `@`.
fn handle_key(handle: &str) -> String {
    handle.trim().trim_start_matches('@').to_lowercase()
}

fn empty_group(niche: &str) -> NicheLearnings {
    NicheLearnings {
        niche: niche.to_string(),
        campaigns: Vec::new(),
        notes: Vec::new(),
        rebook: Vec::new(),
        best_hooks: Vec::new(),
        best_formats: Vec::new(),
        best_partners: Vec::new(),
    }
}

fn add_campaign(group: &mut NicheLearnings, slug: &str, bundle: &Bundle) {
    let learned = &bundle.campaign.learnings;
    group.campaigns.push(slug.to_string());
    for note in learned
        .notes
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
    {
        group.notes.push(Note {
            campaign: slug.to_string(),
            text: note.to_string(),
        });
    }
    for handle in learned
        .rebook
        .iter()
        .map(|h| h.trim())
        .filter(|h| !h.is_empty())
    {
        if !group
            .rebook
            .iter()
            .any(|h| handle_key(h) == handle_key(handle))
        {
            group.rebook.push(handle.to_string());
        }
    }
    let results: Vec<&Results> = [
        bundle.used_creator().map(|c| &c.results),
        bundle.used_influencer().map(|i| &i.results),
    ]
    .into_iter()
    .flatten()
    .collect();
    for r in results {
        count(&mut group.best_hooks, r.best_hook.as_deref(), |v| {
            v.to_lowercase()
        });
        count(&mut group.best_formats, r.best_format.as_deref(), |v| {
            v.to_lowercase()
        });
        count(
            &mut group.best_partners,
            r.best_partner.as_deref(),
            handle_key,
        );
    }
}

fn count(tallies: &mut Vec<Tally>, value: Option<&str>, key: fn(&str) -> String) {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return;
    };
    match tallies.iter_mut().find(|t| key(&t.value) == key(value)) {
        Some(t) => t.count += 1,
        None => tallies.push(Tally {
            value: value.to_string(),
            count: 1,
        }),
    }
}

/// What a suggestion offers while writing a brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SuggestionKind {
    /// A hook that worked (`[results] best_hook`).
    Hook,
    /// A format that worked (`[results] best_format`).
    Format,
    /// A learning note.
    Note,
}

/// Something a finished campaign in the same niche taught, to reuse while writing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// What it is.
    pub kind: SuggestionKind,
    /// The text to insert.
    pub text: String,
    /// The campaign it came from.
    pub campaign: String,
    /// When that campaign ended (newest first).
    pub ended: Option<crate::brief::Date>,
}

/// Past hooks, formats and notes of other campaigns in `niche`, newest first, each text once
/// (the campaign being written, `except`, left out).
pub fn past_hooks(campaigns: &[(String, Bundle)], niche: &str, except: &str) -> Vec<Suggestion> {
    let key = niche_key(niche);
    if key.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<Suggestion> = Vec::new();
    let mut sorted: Vec<&(String, Bundle)> = campaigns
        .iter()
        .filter(|(slug, b)| {
            slug != except
                && b.campaign
                    .learnings
                    .niche
                    .as_deref()
                    .is_some_and(|n| niche_key(n) == key)
        })
        .collect();
    sorted.sort_by_key(|(_, b)| std::cmp::Reverse(b.campaign.end_date));
    for (slug, b) in sorted {
        let ended = b.campaign.end_date;
        let mut add = |kind: SuggestionKind, text: Option<&str>| {
            let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
                return;
            };
            if found.iter().any(|s| s.text.eq_ignore_ascii_case(text)) {
                return;
            }
            found.push(Suggestion {
                kind,
                text: text.to_string(),
                campaign: slug.clone(),
                ended,
            });
        };
        let results = [
            b.used_creator().map(|c| &c.results),
            b.used_influencer().map(|i| &i.results),
        ];
        for r in results.into_iter().flatten() {
            add(SuggestionKind::Hook, r.best_hook.as_deref());
        }
        for r in results.into_iter().flatten() {
            add(SuggestionKind::Format, r.best_format.as_deref());
        }
        for note in &b.campaign.learnings.notes {
            add(SuggestionKind::Note, Some(note));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::Partnership;
    use crate::practice::sample::{clean, creator, influencer};

    fn campaign(
        slug: &str,
        niche: Option<&str>,
        hook: Option<&str>,
        partner: &str,
    ) -> (String, Bundle) {
        let mut b = clean();
        b.campaign.slug = slug.to_string();
        b.campaign.learnings.niche = niche.map(str::to_string);
        b.campaign.learnings.notes = vec![format!("note from {slug}")];
        b.campaign.learnings.rebook = vec![partner.to_string()];
        creator(&mut b).results.best_hook = hook.map(str::to_string);
        creator(&mut b).results.best_format = Some("short video".into());
        influencer(&mut b).results.best_partner = Some(partner.to_string());
        (slug.to_string(), b)
    }

    fn sample() -> Vec<(String, Bundle)> {
        vec![
            campaign("a", Some("Skincare"), Some("Texture first"), "@ana"),
            campaign("b", Some(" skincare "), Some("texture first"), "ana"),
            campaign("c", Some("SKINCARE"), Some("Before work"), "@bo"),
            campaign("d", Some("Fitness"), None, "@cy"),
            campaign("e", None, Some("Ignored"), "@dee"),
        ]
    }

    #[test]
    fn past_hooks_come_newest_first_from_the_same_niche_each_once() {
        let mut all = sample();
        all[2].1.campaign.end_date = crate::brief::Date::parse("2028-01-01");
        let got = past_hooks(&all, "skincare", "a");
        let texts: Vec<(&str, SuggestionKind)> =
            got.iter().map(|s| (s.text.as_str(), s.kind)).collect();
        assert_eq!(
            texts,
            vec![
                ("Before work", SuggestionKind::Hook),
                ("short video", SuggestionKind::Format),
                ("note from c", SuggestionKind::Note),
                ("texture first", SuggestionKind::Hook),
                ("note from b", SuggestionKind::Note),
            ],
            "c ended last; a is the one being written; the format once"
        );
        assert!(
            past_hooks(&all, "fitness", "x")
                .iter()
                .all(|s| s.campaign == "d")
        );
        assert!(past_hooks(&all, " ", "x").is_empty());
    }

    #[test]
    fn groups_by_niche_whatever_the_case() {
        let got = gather(&sample(), None);
        let niches: Vec<&str> = got.iter().map(|g| g.niche.as_str()).collect();
        assert_eq!(niches, ["Fitness", "Skincare"]);
        let skin = &got[1];
        assert_eq!(skin.campaigns, ["a", "b", "c"]);
        let notes: Vec<&str> = skin.notes.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(notes, ["note from a", "note from b", "note from c"]);
        assert_eq!(skin.notes[2].campaign, "c");
        assert_eq!(skin.rebook, ["@ana", "@bo"]);
    }

    #[test]
    fn counts_best_hooks_formats_and_partners_most_frequent_first() {
        let got = gather(&sample(), Some("skinCare"));
        assert_eq!(got.len(), 1);
        let skin = &got[0];
        let tally = |t: &[Tally]| {
            t.iter()
                .map(|t| (t.value.clone(), t.count))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            tally(&skin.best_hooks),
            [
                ("Texture first".to_string(), 2),
                ("Before work".to_string(), 1)
            ]
        );
        assert_eq!(tally(&skin.best_formats), [("short video".to_string(), 3)]);
        assert_eq!(
            tally(&skin.best_partners),
            [("@ana".to_string(), 2), ("@bo".to_string(), 1)]
        );
    }

    #[test]
    fn results_of_unused_briefs_do_not_count() {
        let mut campaigns = sample();
        campaigns[2].1.campaign.partnership = Some(Partnership::ProductionFirst);
        let got = gather(&campaigns, Some("skincare"));
        let partners: Vec<usize> = got[0].best_partners.iter().map(|t| t.count).collect();
        assert_eq!(partners, [2]);
        assert!(gather(&campaigns, Some("gardening")).is_empty());
    }

    #[test]
    fn serializes() {
        let json = serde_json::to_value(gather(&sample(), Some("fitness"))).unwrap();
        assert_eq!(json[0]["niche"], "Fitness");
        assert_eq!(json[0]["best_partners"][0]["value"], "@cy");
        assert_eq!(json[0]["best_partners"][0]["count"], 1);
    }
}
