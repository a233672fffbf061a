//! Practice 1: seven yes/no questions that say whether a campaign needs production (a creator),
//! distribution (an influencer) or both (DESIGN §2). The question ids are public.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::market::category_name;
use crate::brief::{Category, Diagnosis, Partnership};

/// Which side a yes points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Content the brand owns and reuses: a creator.
    Production,
    /// An audience the brand borrows: an influencer.
    Distribution,
    /// A point for each side.
    Both,
}

/// One diagnosis question.
#[derive(Debug, Clone, Copy)]
pub struct Question {
    /// Public id, also the key in `[diagnosis]` of campaign.toml.
    pub id: &'static str,
    /// The side a yes points to.
    pub side: Side,
    /// The question as the marketer reads it.
    pub text: &'static str,
    /// Why the answer matters, in one line.
    pub why: &'static str,
    /// What a yes adds to the recommendation's reasons.
    reason: &'static str,
    /// The reason in a few words.
    short: &'static str,
    get: fn(&Diagnosis) -> Option<bool>,
    set: fn(&mut Diagnosis, Option<bool>),
}

impl Question {
    /// The stored answer (`None` when not answered).
    pub fn answer(&self, answers: &Diagnosis) -> Option<bool> {
        (self.get)(answers)
    }

    /// Stores an answer (`None` clears it).
    pub(crate) fn set_answer(&self, answers: &mut Diagnosis, value: Option<bool>) {
        (self.set)(answers, value)
    }

    fn yes(&self, answers: &Diagnosis) -> bool {
        self.answer(answers) == Some(true)
    }
}

macro_rules! question {
    ($id:ident, $side:ident, $text:literal, $why:literal, $reason:literal, $short:literal) => {
        Question {
            id: stringify!($id),
            side: Side::$side,
            text: $text,
            why: $why,
            reason: $reason,
            short: $short,
            get: |d| d.$id,
            set: |d, v| d.$id = v,
        }
    };
}

/// The seven questions, in the order they are asked.
pub(crate) const QUESTIONS: [Question; 7] = [
    question!(
        many_variations,
        Production,
        "Do you need many versions of ads or landing pages to test?",
        "Lots of variations is production work: pay for assets, not for followers.",
        "You need many ad or landing-page versions to test",
        "many versions to test"
    ),
    question!(
        own_ads,
        Production,
        "Will the content run on your own channels or in your ads?",
        "Content you run yourself needs usage rights and ad-ready files.",
        "The content will run on your own channels or ads",
        "your own channels or ads"
    ),
    question!(
        evergreen,
        Production,
        "Is it lasting material: tutorials, how-tos or onboarding?",
        "Evergreen content keeps working long after a post has scrolled away.",
        "It is lasting material (tutorials, how-tos, onboarding)",
        "lasting material"
    ),
    question!(
        awareness_or_trust,
        Distribution,
        "Is the goal awareness, social proof or community trust?",
        "Trust is borrowed from a voice the audience already follows.",
        "The goal is awareness, social proof or trust",
        "awareness or trust"
    ),
    question!(
        borrowed_audience,
        Distribution,
        "Does it need an audience you don't have yet?",
        "Reach you don't own has to come from someone else's followers.",
        "It needs an audience you don't have yet",
        "an audience you don't have"
    ),
    question!(
        time_limited,
        Distribution,
        "Is it a limited-time offer, a drop or a story told on social?",
        "Short windows need people posting at the right moment, not a library.",
        "It is a limited-time offer, drop or social story",
        "a limited-time moment"
    ),
    question!(
        launch,
        Both,
        "Is it a product launch?",
        "A launch needs strong assets and wide reach, so it counts for both sides.",
        "It is a product launch (counts for both sides)",
        "a launch"
    ),
];

/// A question's reason in a few words, with the side it scores for (`None` for a reason that
/// is not a question's: the category's, which carries advice and is shown in full).
pub(crate) fn short_reason(reason: &str) -> Option<(&'static str, Side)> {
    QUESTIONS
        .iter()
        .find(|q| q.reason == reason)
        .map(|q| (q.short, q.side))
}

/// The question with this public id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// What the answers point to, with the points behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    /// The suggested type; `None` when no question was answered yes.
    pub recommendation: Option<Partnership>,
    /// Points for production.
    pub production: u32,
    /// Points for distribution.
    pub distribution: u32,
    /// The answers (and category) that scored.
    pub reasons: Vec<String>,
    /// What else the marketer should know.
    pub notes: Vec<String>,
}

/// Shown when nothing is answered yes.
pub(crate) const ANSWER_ONE: &str =
    "Answer at least one question with yes to get a recommendation.";
const OWN_ADS_NOTE: &str = "Running partners' posts as ads is a licence question, not a \
production job: agree an ad-access window and its fee in the usage rights.";
const FIN_PROMO_NOTE: &str = "Posts about finance or crypto are financial promotions: an \
authorised person must approve them, so keep brand-made assets in the mix (hybrid).";

fn regulated_note(category: Category) -> String {
    format!(
        "{} is a regulated category: prefer assets the brand controls and vet every partner \
carefully.",
        category_name(category)
    )
}

/// Scores the answers (DESIGN §2) and recommends a partnership type.
pub fn diagnose(answers: &Diagnosis, category: Option<Category>) -> Recommendation {
    let mut out = Recommendation {
        recommendation: None,
        production: 0,
        distribution: 0,
        reasons: Vec::new(),
        notes: Vec::new(),
    };
    if !QUESTIONS.iter().any(|q| q.yes(answers)) {
        out.notes.push(ANSWER_ONE.to_string());
        return out;
    }
    let production_yes = |id: &str| question(id).is_some_and(|q| q.yes(answers));
    let own_ads_alone = production_yes("own_ads")
        && !production_yes("many_variations")
        && !production_yes("evergreen")
        && production_yes("awareness_or_trust");
    for q in &QUESTIONS {
        if !q.yes(answers) {
            continue;
        }
        if q.id == "own_ads" && own_ads_alone {
            out.notes.push(OWN_ADS_NOTE.to_string());
            continue;
        }
        match q.side {
            Side::Production => out.production += 1,
            Side::Distribution => out.distribution += 1,
            Side::Both => {
                out.production += 1;
                out.distribution += 1;
            }
        }
        out.reasons.push(q.reason.to_string());
    }
    if let Some(category) = category.filter(|c| c.is_regulated()) {
        if ["many_variations", "own_ads", "evergreen"]
            .into_iter()
            .any(production_yes)
        {
            out.production += 1;
            // One point, said once: the reason carries the note's advice too.
            out.reasons.push(format!(
                "{} is regulated: assets the brand controls are safer; vet every partner carefully",
                category_name(category)
            ));
        } else {
            out.notes.push(regulated_note(category));
        }
    }
    out.recommendation = pick(out.production, out.distribution);
    let fin = matches!(category, Some(Category::Finance | Category::Crypto));
    if fin && out.recommendation == Some(Partnership::DistributionFirst) {
        out.recommendation = Some(Partnership::Hybrid);
        out.notes.push(FIN_PROMO_NOTE.to_string());
    }
    out
}

/// One side alone wins; both → hybrid unless one leads by two or more.
fn pick(production: u32, distribution: u32) -> Option<Partnership> {
    match (production, distribution) {
        (0, 0) => None,
        (_, 0) => Some(Partnership::ProductionFirst),
        (0, _) => Some(Partnership::DistributionFirst),
        (p, d) if p >= d + 2 => Some(Partnership::ProductionFirst),
        (p, d) if d >= p + 2 => Some(Partnership::DistributionFirst),
        _ => Some(Partnership::Hybrid),
    }
}

/// `{"recommendation", "points": {"production", "distribution"}, "reasons", "notes"}` (§5).
impl Serialize for Recommendation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Points {
            production: u32,
            distribution: u32,
        }
        let mut s = serializer.serialize_struct("Recommendation", 4)?;
        s.serialize_field("recommendation", &self.recommendation)?;
        let points = Points {
            production: self.production,
            distribution: self.distribution,
        };
        s.serialize_field("points", &points)?;
        s.serialize_field("reasons", &self.reasons)?;
        s.serialize_field("notes", &self.notes)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Partnership::{DistributionFirst as D, Hybrid as H, ProductionFirst as P};
    use rstest::rstest;

    fn answers(yes: &[&str]) -> Diagnosis {
        let mut d = Diagnosis::default();
        for q in &QUESTIONS {
            q.set_answer(&mut d, Some(yes.contains(&q.id)));
        }
        d
    }

    #[rstest]
    #[case::nothing_yes(&[], None, None, 0, 0)]
    #[case::one_production(&["many_variations"], None, Some(P), 1, 0)]
    #[case::own_ads_alone_scores(&["own_ads"], None, Some(P), 1, 0)]
    #[case::one_distribution(&["time_limited"], None, Some(D), 0, 1)]
    #[case::launch_only_is_hybrid(&["launch"], None, Some(H), 1, 1)]
    #[case::even_is_hybrid(&["evergreen", "borrowed_audience"], None, Some(H), 1, 1)]
    #[case::lead_by_one_is_hybrid(&["evergreen", "many_variations", "time_limited"], None, Some(H), 2, 1)]
    #[case::lead_by_two_production(&["evergreen", "many_variations", "own_ads", "time_limited"], None, Some(P), 3, 1)]
    #[case::lead_by_two_distribution(&["awareness_or_trust", "borrowed_audience", "time_limited", "evergreen"], None, Some(D), 1, 3)]
    #[case::own_ads_with_trust_does_not_score(&["own_ads", "awareness_or_trust"], None, Some(D), 0, 1)]
    #[case::own_ads_scores_with_other_production(&["own_ads", "evergreen", "awareness_or_trust"], None, Some(H), 2, 1)]
    #[case::own_ads_dropped_launch_still_counts(&["own_ads", "awareness_or_trust", "launch"], None, Some(H), 1, 2)]
    #[case::regulated_point_with_production_yes(&["evergreen", "awareness_or_trust"], Some(Category::Alcohol), Some(H), 2, 1)]
    #[case::regulated_point_makes_the_lead(&["evergreen", "many_variations", "awareness_or_trust"], Some(Category::Alcohol), Some(P), 3, 1)]
    #[case::regulated_no_point_without_production_yes(&["awareness_or_trust"], Some(Category::Cosmetics), Some(D), 0, 1)]
    #[case::regulated_point_when_own_ads_dropped(&["own_ads", "awareness_or_trust"], Some(Category::Gambling), Some(H), 1, 1)]
    #[case::general_is_not_regulated(&["evergreen", "awareness_or_trust"], Some(Category::General), Some(H), 1, 1)]
    #[case::finance_distribution_becomes_hybrid(&["borrowed_audience"], Some(Category::Finance), Some(H), 0, 1)]
    #[case::crypto_distribution_becomes_hybrid(&["borrowed_audience", "time_limited"], Some(Category::Crypto), Some(H), 0, 2)]
    #[case::finance_production_stays(&["evergreen"], Some(Category::Finance), Some(P), 2, 0)]
    fn scores_every_path(
        #[case] yes: &[&str],
        #[case] category: Option<Category>,
        #[case] expected: Option<Partnership>,
        #[case] production: u32,
        #[case] distribution: u32,
    ) {
        let r = diagnose(&answers(yes), category);
        assert_eq!(r.recommendation, expected, "{r:?}");
        assert_eq!(
            (r.production, r.distribution),
            (production, distribution),
            "{r:?}"
        );
    }

    #[test]
    fn no_yes_asks_for_an_answer() {
        let r = diagnose(&Diagnosis::default(), Some(Category::Alcohol));
        assert_eq!(r.recommendation, None);
        assert!(r.reasons.is_empty());
        assert_eq!(r.notes, vec![ANSWER_ONE.to_string()]);
    }

    #[test]
    fn reasons_are_the_answers_that_scored() {
        let r = diagnose(&answers(&["own_ads", "awareness_or_trust", "launch"]), None);
        assert_eq!(r.reasons.len(), 2);
        assert!(r.reasons.iter().all(|x| !x.contains("own channels")));
        assert_eq!(r.notes, vec![OWN_ADS_NOTE.to_string()]);
    }

    #[test]
    fn regulated_and_finance_notes() {
        let r = diagnose(&answers(&["borrowed_audience"]), Some(Category::Finance));
        assert!(
            r.notes
                .iter()
                .any(|n| n.starts_with("Finance is a regulated"))
        );
        assert!(r.notes.iter().any(|n| n.contains("authorised person")));
        assert!(r.reasons.iter().all(|x| !x.contains("regulated")));
        let r = diagnose(&answers(&["evergreen"]), Some(Category::Alcohol));
        assert!(r.reasons.iter().any(|x| x.contains("Alcohol is regulated")));
    }

    #[test]
    fn serializes_to_the_public_shape() {
        let r = diagnose(&answers(&["launch"]), None);
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["recommendation"], "hybrid");
        assert_eq!(json["points"]["production"], 1);
        assert_eq!(json["points"]["distribution"], 1);
        assert_eq!(json["reasons"].as_array().map(Vec::len), Some(1));
        assert_eq!(json["notes"], serde_json::json!([]));
        let none = serde_json::to_value(diagnose(&Diagnosis::default(), None)).unwrap();
        assert!(none["recommendation"].is_null());
    }

    #[test]
    fn question_ids_match_the_file_keys() {
        let ids: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
        let keys: Vec<&str> = crate::path::DIAGNOSIS.iter().map(|k| k.name).collect();
        assert_eq!(ids, keys);
        let mut d = Diagnosis::default();
        question("launch").unwrap().set_answer(&mut d, Some(true));
        assert_eq!(d.launch, Some(true));
        assert!(question("nope").is_none());
    }
}
