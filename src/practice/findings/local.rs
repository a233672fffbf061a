//! Rules from one platform's or one market's own code: categories TikTok bars from branded
//! content, alcohol presenters who are (and look) 25 or over, and France's labels on retouched
//! or virtual images.

use super::{Ctx, Finding, Rule, Severity};
use crate::brief::{Category, FileKind, Guidelines, Platform};
use crate::path::KeyPath;
use crate::practice::market::category_name;
use crate::practice::words::Text;

/// The rules of this theme, in table order.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "restricted-on-platform",
        severity: Severity::Error,
        keys: &["influencer.posts[].platform", "campaign.category"],
        check: restricted_on_platform,
    },
    Rule {
        id: "alcohol-presenter-age",
        severity: Severity::Warning,
        keys: &[
            "creator.guidelines.mandatories",
            "influencer.guidelines.mandatories",
        ],
        check: alcohol_presenter_age,
    },
    Rule {
        id: "fr-image-labels",
        severity: Severity::Info,
        keys: &[
            "creator.guidelines.mandatories",
            "influencer.guidelines.mandatories",
        ],
        check: fr_image_labels,
    },
];

fn restricted_on_platform(ctx: &Ctx) -> Vec<Finding> {
    let (Some(category), Some(i)) = (ctx.regulated(), ctx.influencer) else {
        return vec![];
    };
    let markets = ctx.markets();
    let mut out = Vec::new();
    for (row, post) in i.posts.iter().enumerate() {
        let Some(platform) = post.platform else {
            continue;
        };
        let Some(where_) = ctx.market.platform_bars(platform, category, &markets) else {
            continue;
        };
        let name = match platform {
            Platform::Tiktok => "TikTok".to_string(),
            other => other.as_str().to_string(),
        };
        let place = match where_.is_empty() {
            true => "anywhere".to_string(),
            false => format!("in {}", where_.join(", ")),
        };
        out.push(Finding::at(
            KeyPath::of(FileKind::Influencer, &["posts"])
                .row(row)
                .child("platform"),
            format!(
                "Post {} is on {name}, whose branded-content policy bars {} {place}.",
                row + 1,
                category_name(category).to_lowercase()
            ),
            "Move the post to a platform that allows the category, or drop it.",
        ));
    }
    out
}

/// Whether a line says the people shown are 25 or over ("Everyone on screen is 25+", "No one
/// under 25 in shot"): CAP 18.16 (people shown drinking or playing a significant role must
/// neither be nor seem under 25), ASAI and the US Beer Institute and DISCUS codes alike.
fn says_25_plus(line: &str) -> bool {
    let text = Text::new(line);
    let age = text.has("25") || text.has("25+") || text.has("twenty-five");
    let words = [
        "over", "older", "above", "under", "aged", "age", "look", "looks", "appear", "plus",
    ];
    age && (line.contains("25+") || !text.found(words).is_empty())
}

fn guidance_lines(g: &Guidelines) -> impl Iterator<Item = &String> {
    g.mandatories.iter().chain(&g.dos).chain(&g.donts)
}

fn alcohol_presenter_age(ctx: &Ctx) -> Vec<Finding> {
    if ctx.regulated() != Some(Category::Alcohol) {
        return vec![];
    }
    ctx.briefs()
        .iter()
        .filter(|b| !guidance_lines(b.guidelines).any(|l| says_25_plus(l)))
        .map(|b| {
            Finding::at(
                b.path(&["guidelines", "mandatories"]),
                format!(
                    "The {} brief doesn't say that everyone shown must be, and look, 25 or over.",
                    b.who()
                ),
                "Add a must-have: \"Everyone on screen is 25 or over and looks it.\"",
            )
        })
        .collect()
}

/// Words that show the brief covers France's labels on retouched or virtual images.
const IMAGE_LABELS: &[&str] = &[
    "image retouchée",
    "images retouchées",
    "image virtuelle",
    "images virtuelles",
    "photo retouchée",
    "photos retouchées",
    "retouched",
    "retouching",
    "retouch",
    "virtual image",
    "virtual images",
];

fn fr_image_labels(ctx: &Ctx) -> Vec<Finding> {
    if !ctx.markets().contains(&"FR") {
        return vec![];
    }
    let notes: Vec<&str> = ctx
        .creator
        .map(|c| {
            c.deliverables
                .iter()
                .filter_map(|d| d.notes.as_deref())
                .collect()
        })
        .unwrap_or_default();
    ctx.briefs()
        .iter()
        .filter(|b| {
            let mut lines = guidance_lines(b.guidelines).map(String::as_str);
            let covered = |l: &str| {
                !Text::new(l)
                    .found_forms(IMAGE_LABELS.iter().copied())
                    .is_empty()
            };
            let in_notes = b.kind == FileKind::Creator && notes.iter().any(|l| covered(l));
            !lines.any(covered) && !in_notes
        })
        .map(|b| {
            Finding::at(
                b.path(&["guidelines", "mandatories"]),
                format!(
                    "For France, the {} brief says nothing about retouched or AI-made images.",
                    b.who()
                ),
                "Add a must-have: label retouched bodies or faces \"Image retouchée\" and \
                 AI-made ones \"Image virtuelle\" (French law 2023-451).",
            )
        })
        .collect()
}

#[cfg(test)]
mod tests;
