//! Test campaigns built in code: a clean hybrid campaign with no finding at all, which tests
//! break one field at a time, and an empty one.

use crate::brief::{Bundle, Campaign, CreatorBrief, Date, InfluencerBrief};

const CAMPAIGN: &str = r##"
version = 1
kind = "campaign"
name = "Glow spring launch"
slug = "glow-spring"
brand = "Glow"
product = "Daily face cream"
contact = "Sam Lee, sam@glow.example"
objective = "launch"
funnel_stage = "consideration"
partnership = "hybrid"
partnership_reason = "Ads need fresh cuts and the launch needs trusted voices."
category = "general"
markets = ["US", "GB"]
start_date = 2027-03-01
end_date = 2027-05-31
currency = "EUR"
budget = 20000
avg_order_value = 40
created_at = 2027-01-05T09:00:00Z

[diagnosis]
many_variations = true
awareness_or_trust = true
launch = true

[learnings]
niche = "Skincare"
notes = ["Texture close-ups beat talking heads"]
rebook = ["@maya.makes"]
"##;

const CREATOR: &str = r##"
version = 1
kind = "creator"

[[partners]]
name = "Maya Lind"
handle = "@maya.makes"
fee = 2000

[content]
hooks = ["Three drops, then watch it sink in"]
key_messages = ["Light enough for every morning", "Fragrance-free"]

[[deliverables]]
asset = "short-video"
style = "demo"
quantity = 4
placements = ["paid-social", "organic-social"]
audio = "original"

[schedule]
brief_sent = 2027-03-01
draft_due = 2027-03-15
final_due = 2027-03-25
revision_rounds = 2
product_ships = 2027-03-02

[usage_rights]
channels = ["paid-social", "organic-social"]
paid_amplification = true
whitelisting = true
whitelisting_days = 30
duration_days = 180

[guidelines]
tone = "Calm and honest"
dos = ["Show the texture up close"]
donts = ["No filters"]
creative_freedom = "guided"

[disclosure]
required = true
label = "#ad"
placement = "caption-start"
platform_tool = true

[compensation]
basis = "per-asset"
rate = 300
usage_fee = 500
whitelisting_fee = 200
payment_terms = "Net 30 after final delivery"

[success]
metrics = ["hook-rate", "ctr", "cpa"]

[test_plan]
channel = "paid-social"
budget = 1000
duration_days = 14
metric = "cpa"
threshold = 12
scale_rule = "Scale cuts under 12 per order"

[feedback]
review_date = 2027-04-20
brand_shares = ["Hook rate and cost per order per cut"]
"##;

const INFLUENCER: &str = r##"
version = 1
kind = "influencer"

[[partners]]
name = "Ana Ruiz"
handle = "@ana.daily"
followers = 40000

[content]
key_messages = ["Your first two weeks with it"]
talking_points = ["Where it sits in your routine"]
uses_creator_assets = true

[[posts]]
platform = "instagram"
format = "reel"
quantity = 1
window_start = 2027-04-01
window_end = 2027-04-10
keep_live_days = 90

[schedule]
brief_sent = 2027-03-20
draft_due = 2027-03-28
final_due = 2027-03-30
revision_rounds = 1

[guidelines]
tone = "Your own voice"
dos = ["Show your real routine"]
donts = ["No before-and-after photos"]
creative_freedom = "open"
approval = "Send the draft to the brand two days before posting"

[disclosure]
required = true
label = "#ad"
placement = "on-screen-and-spoken"
platform_tool = true

[tracking]
link = "https://glow.example/cream"
promo_code = "GLOW15"
code_expires = 2027-05-31
discount = "15% off"
hashtags = ["#GlowCream"]
attribution = "Orders with the code or through the link within 7 days"

[targets]
reach = 100000
impressions = 150000
engagement_rate = 3.5
conversions = 300
conversion_proxy = "Link clicks"

[usage_rights]
channels = ["organic-social"]
repost = true
duration_days = 90

[compensation]
basis = "flat"
fee = 800
payment_terms = "Net 30 once the post is live"

[feedback]
report_due = 2027-04-25
metrics_requested = ["reach", "engagement-rate", "conversions"]
brand_shares = ["Orders per code each week"]
"##;

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> T {
    match toml::from_str(text) {
        Ok(value) => value,
        Err(e) => panic!("sample does not parse: {e}"),
    }
}

/// A complete hybrid campaign that raises no finding.
pub fn clean() -> Bundle {
    Bundle {
        campaign: parse::<Campaign>(CAMPAIGN),
        creator: Some(parse::<CreatorBrief>(CREATOR)),
        influencer: Some(parse::<InfluencerBrief>(INFLUENCER)),
    }
}

/// A new hybrid campaign with empty briefs.
pub fn empty() -> Bundle {
    let mut campaign = parse::<Campaign>(
        "version = 1\nkind = \"campaign\"\nname = \"New\"\nslug = \"new\"\ncreated_at = 2027-01-05T09:00:00Z\n",
    );
    campaign.partnership = None;
    Bundle {
        campaign,
        creator: Some(CreatorBrief::empty()),
        influencer: Some(InfluencerBrief::empty()),
    }
}

/// A bundle read from the three files of a template folder.
pub(crate) fn from_files(campaign: &str, creator: &str, influencer: &str) -> Bundle {
    Bundle {
        campaign: parse(campaign),
        creator: Some(parse(creator)),
        influencer: Some(parse(influencer)),
    }
}

/// The day tests check on: before every date of the clean sample, so nothing is past.
pub fn today() -> Date {
    date("2027-01-10")
}

/// A date from `YYYY-MM-DD`.
pub fn date(text: &str) -> Date {
    match Date::parse(text) {
        Some(d) => d,
        None => panic!("bad test date {text}"),
    }
}

/// The creator brief of a sample, to change.
pub fn creator(bundle: &mut Bundle) -> &mut CreatorBrief {
    bundle.creator.get_or_insert_with(CreatorBrief::empty)
}

/// The influencer brief of a sample, to change.
pub fn influencer(bundle: &mut Bundle) -> &mut InfluencerBrief {
    bundle.influencer.get_or_insert_with(InfluencerBrief::empty)
}
