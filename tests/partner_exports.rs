//! What each partner receives, for every built-in template: only their own rows, terms, code
//! and links (nothing that names or pays another partner), values in words (no kebab-case
//! value from the files, no ISO date), and reviewed snapshots of one Markdown and one HTML
//! partner document.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use common::assert::TEMPLATES;

use splitbrief::brief::{self, Bundle};
use splitbrief::export::{self, Audience};
use splitbrief::practice::budget::format_money;
use splitbrief::practice::pay::{creator_pay, deliverables_for, influencer_pay, posts_for};

fn bundle(name: &str) -> Bundle {
    common::tui::template_docs(name).bundle().unwrap()
}

/// Every value of the file format written kebab-case (`first-use`, `caption-start`…).
fn kebab_values() -> Vec<&'static str> {
    [
        brief::Objective::VALUES,
        brief::FunnelStage::VALUES,
        brief::Partnership::VALUES,
        brief::Category::VALUES,
        brief::Metric::VALUES,
        brief::Channel::VALUES,
        brief::CreativeFreedom::VALUES,
        brief::TermStarts::VALUES,
        brief::Ownership::VALUES,
        brief::DisclosurePlacement::VALUES,
        brief::Asset::VALUES,
        brief::Style::VALUES,
        brief::AudioSource::VALUES,
        brief::CreatorBasis::VALUES,
        brief::InfluencerBasis::VALUES,
        brief::Tier::VALUES,
        brief::Platform::VALUES,
        brief::PostFormat::VALUES,
        brief::Proof::VALUES,
    ]
    .concat()
    .into_iter()
    .filter(|v| v.contains('-'))
    .collect()
}

/// Whether `word` stands alone in `text` (not inside a longer kebab-case word or URL).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let joins =
            |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
        !joins(before) && !joins(after)
    })
}

fn has_iso_date(text: &str) -> Option<String> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let w = &b[i..i + 10];
        let digits = |r: std::ops::Range<usize>| r.into_iter().all(|k| w[k].is_ascii_digit());
        (digits(0..4) && w[4] == b'-' && digits(5..7) && w[7] == b'-' && digits(8..10))
            .then(|| String::from_utf8_lossy(w).into_owned())
    })
}

struct Person {
    strings: Vec<String>,
}

fn people(b: &Bundle) -> (Vec<Person>, Vec<Person>) {
    let c = b.creator.as_ref().unwrap();
    let i = b.influencer.as_ref().unwrap();
    let creators = c
        .partners
        .iter()
        .map(|p| Person {
            strings: [&p.name, &p.handle, &p.email, &p.portfolio]
                .into_iter()
                .flatten()
                .cloned()
                .collect(),
        })
        .collect();
    let influencers = i
        .partners
        .iter()
        .map(|p| Person {
            strings: [&p.name, &p.handle, &p.email, &p.promo_code]
                .into_iter()
                .flatten()
                .cloned()
                .chain(p.utm_content.iter().map(|u| format!("utm_content={u}")))
                .collect(),
        })
        .collect();
    (creators, influencers)
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "every template, partner and format checked in one sweep"
)]
fn no_partner_document_names_or_pays_another_partner() {
    for name in TEMPLATES {
        let b = bundle(name);
        let c = b.creator.as_ref().unwrap();
        let i = b.influencer.as_ref().unwrap();
        let currency = b.campaign.currency.as_deref();
        let (creators, influencers) = people(&b);
        let everyone: Vec<&Person> = creators.iter().chain(&influencers).collect();
        for (n, _) in c.partners.iter().enumerate() {
            let doc = export::creator_doc(&b, c, Audience::Partner(n)).to_markdown();
            let me = &creators[n];
            for other in everyone.iter().filter(|p| !std::ptr::eq(**p, me)) {
                for s in &other.strings {
                    assert!(!doc.contains(s.as_str()), "{name}: creator {n} sees {s}");
                }
            }
            // Rows only the others make stay out, by their notes.
            let mine: Vec<usize> = deliverables_for(c, Some(n)).iter().map(|r| r.0).collect();
            for (row, d) in c.deliverables.iter().enumerate() {
                if let Some(note) = &d.notes
                    && !mine.contains(&row)
                {
                    assert!(
                        !doc.contains(note.as_str()),
                        "{name}: creator {n} sees row {row}"
                    );
                }
            }
            // Another creator's own fee, when it is not one of this creator's amounts.
            let own = creator_pay(c, Some(n));
            for (m, p) in c.partners.iter().enumerate().filter(|(m, _)| *m != n) {
                if let Some(fee) = p.fee
                    && creator_pay(c, Some(m)).total() != own.total()
                    && own.base.is_none_or(|b| b.amount() != fee.0)
                {
                    let text = format_money(fee.0, currency);
                    assert!(!doc.contains(&text), "{name}: creator {n} sees fee {text}");
                }
            }
        }
        for (n, _) in i.partners.iter().enumerate() {
            let doc = export::influencer_doc(&b, i, Audience::Partner(n)).to_markdown();
            let me = &influencers[n];
            let p = &i.partners[n];
            for own in [&p.name, &p.handle, &p.promo_code].into_iter().flatten() {
                assert!(
                    doc.contains(own.as_str()),
                    "{name}: influencer {n} misses {own}"
                );
            }
            for other in everyone.iter().filter(|p| !std::ptr::eq(**p, me)) {
                for s in &other.strings {
                    assert!(!doc.contains(s.as_str()), "{name}: influencer {n} sees {s}");
                }
            }
            let own = influencer_pay(i, Some(n), None);
            for (m, p) in i.partners.iter().enumerate().filter(|(m, _)| *m != n) {
                if let Some(fee) = p.fee
                    && own.base.is_none_or(|b| b.amount() != fee.0)
                    && influencer_pay(i, Some(m), None).base != own.base
                {
                    let text = format_money(fee.0, currency);
                    assert!(
                        !doc.contains(&text),
                        "{name}: influencer {n} sees fee {text}"
                    );
                }
            }
            let platforms = posts_for(i, Some(n))
                .iter()
                .filter_map(|(_, p)| p.platform)
                .collect::<Vec<_>>();
            for platform in &platforms {
                assert!(
                    doc.contains(&format!("utm_source={}&", platform.as_str())),
                    "{name}: influencer {n} has no link for {platform}"
                );
            }
        }
    }
}

/// Prose the user wrote (strings with a space), which may hold any word.
fn prose(b: &Bundle) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if s.contains(' ') => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(&b.campaign).unwrap(), &mut out);
    walk(&serde_json::to_value(&b.creator).unwrap(), &mut out);
    walk(&serde_json::to_value(&b.influencer).unwrap(), &mut out);
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

#[test]
fn partner_documents_speak_in_words_not_file_values() {
    let kebab = kebab_values();
    for name in TEMPLATES {
        let b = bundle(name);
        let prose = prose(&b);
        for (file, doc) in export::documents(&b, name, false) {
            for text in [doc.to_markdown(), doc.to_html()] {
                let text = prose.iter().fold(text, |t, p| t.replace(p.as_str(), ""));
                for value in &kebab {
                    assert!(
                        !has_word(&text, value),
                        "{file} shows the raw value {value}"
                    );
                }
                assert_eq!(has_iso_date(&text), None, "{file} shows an ISO date");
            }
        }
    }
}

#[test]
fn each_partner_gets_a_document_and_the_combined_brief_has_no_own_terms() {
    for name in TEMPLATES {
        let b = bundle(name);
        let c = b.creator.as_ref().unwrap();
        let i = b.influencer.as_ref().unwrap();
        let docs = export::documents(&b, name, false);
        assert_eq!(docs.len(), c.partners.len() + i.partners.len(), "{name}");
        let combined = export::documents(&b, name, true);
        assert_eq!(combined.len(), 2);
        for (_, doc) in combined {
            let text = doc.to_markdown();
            for p in &i.partners {
                if let Some(code) = &p.promo_code {
                    assert!(
                        !text.contains(code.as_str()),
                        "{name}: combined shows {code}"
                    );
                }
            }
        }
    }
}

#[test]
fn per_partner_markdown() {
    let b = bundle("apparel-drop");
    let i = b.influencer.as_ref().unwrap();
    insta::assert_snapshot!(export::influencer_doc(&b, i, Audience::Partner(1)).to_markdown());
}

#[test]
fn per_partner_html() {
    let b = bundle("skincare-launch");
    let c = b.creator.as_ref().unwrap();
    let page = export::creator_doc(&b, c, Audience::Partner(0)).to_html();
    assert!(page.contains("<a href=\"https://"), "links are clickable");
    assert!(
        !page.contains("src=") && !page.contains("<link"),
        "nothing loaded from outside"
    );
    insta::assert_snapshot!(page);
}
