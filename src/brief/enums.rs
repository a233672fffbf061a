//! The closed value sets of the file format (DESIGN §3), written kebab-case in the files.

macro_rules! value_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            // Each variant's doc ends with its value as written in the files.
            $($(#[$vmeta])* #[doc = concat!("`", $text, "` in the files.")] #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value as written in the files, in the design's order.
            pub const VALUES: &'static [&'static str] = &[$($text),+];
            /// Every variant, in the design's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as written in the files.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = ();
            fn from_str(text: &str) -> Result<Self, ()> {
                match text {
                    $($text => Ok($name::$variant),)+
                    _ => Err(()),
                }
            }
        }
    };
}

value_enum! {
    /// What the campaign is for.
    Objective {
        Awareness = "awareness",
        SocialProof = "social-proof",
        CommunityTrust = "community-trust",
        Conversions = "conversions",
        AssetLibrary = "asset-library",
        Education = "education",
        Launch = "launch",
        LimitedOffer = "limited-offer",
    }
}

value_enum! {
    /// Where in the funnel the campaign works.
    FunnelStage {
        Awareness = "awareness",
        Consideration = "consideration",
        Conversion = "conversion",
        Retention = "retention",
    }
}

value_enum! {
    /// The partnership type: which briefs a campaign needs.
    Partnership {
        ProductionFirst = "production-first",
        DistributionFirst = "distribution-first",
        Hybrid = "hybrid",
    }
}

impl Partnership {
    /// Whether this type needs the given file (campaign.toml always).
    pub fn needs(self, file: crate::brief::FileKind) -> bool {
        use crate::brief::FileKind;
        matches!(
            (self, file),
            (_, FileKind::Campaign)
                | (Partnership::Hybrid, _)
                | (Partnership::ProductionFirst, FileKind::Creator)
                | (Partnership::DistributionFirst, FileKind::Influencer)
        )
    }
}

value_enum! {
    /// Product category; every one but general is regulated.
    Category {
        General = "general",
        Alcohol = "alcohol",
        SupplementsHealth = "supplements-health",
        Finance = "finance",
        Crypto = "crypto",
        Gambling = "gambling",
        Cosmetics = "cosmetics",
    }
}

impl Category {
    /// Regulated categories get extra care (claims guidance, approver, audience age).
    pub(crate) fn is_regulated(self) -> bool {
        self != Category::General
    }
}

value_enum! {
    /// A measurable result, used by success metrics, test plans and reports.
    Metric {
        Reach = "reach",
        Impressions = "impressions",
        Views = "views",
        Followers = "followers",
        EngagementRate = "engagement-rate",
        Likes = "likes",
        Comments = "comments",
        Shares = "shares",
        Saves = "saves",
        Clicks = "clicks",
        Ctr = "ctr",
        Conversions = "conversions",
        Cpa = "cpa",
        Roas = "roas",
        HookRate = "hook-rate",
        HoldRate = "hold-rate",
        ThumbStopRate = "thumb-stop-rate",
        WatchTime = "watch-time",
        Cpm = "cpm",
        Cpe = "cpe",
        Sales = "sales",
        Signups = "signups",
        Installs = "installs",
    }
}

value_enum! {
    /// Where content may run.
    Channel {
        OrganicSocial = "organic-social",
        PaidSocial = "paid-social",
        Website = "website",
        LandingPage = "landing-page",
        Email = "email",
        Marketplace = "marketplace",
        Ooh = "ooh",
        Tv = "tv",
        Other = "other",
    }
}

value_enum! {
    /// How much room the partner has.
    CreativeFreedom {
        Scripted = "scripted",
        Guided = "guided",
        Open = "open",
    }
}

value_enum! {
    /// When the usage period starts counting.
    TermStarts {
        Delivery = "delivery",
        FirstUse = "first-use",
    }
}

value_enum! {
    /// Whether the brand licenses the content or buys it out.
    Ownership {
        License = "license",
        Buyout = "buyout",
    }
}

value_enum! {
    /// Where the disclosure label appears.
    DisclosurePlacement {
        CaptionStart = "caption-start",
        Caption = "caption",
        OnScreen = "on-screen",
        Spoken = "spoken",
        OnScreenAndSpoken = "on-screen-and-spoken",
        EndOfCaption = "end-of-caption",
        Comments = "comments",
        Bio = "bio",
        Hashtags = "hashtags",
    }
}

value_enum! {
    /// The kind of asset a creator delivers.
    Asset {
        Photo = "photo",
        ShortVideo = "short-video",
        LongVideo = "long-video",
        Script = "script",
        Design = "design",
        Article = "article",
        Audio = "audio",
        Animation = "animation",
        Other = "other",
    }
}

impl Asset {
    /// Video-like assets (sound rules apply).
    pub(crate) fn is_video(self) -> bool {
        matches!(
            self,
            Asset::ShortVideo | Asset::LongVideo | Asset::Animation
        )
    }
}

value_enum! {
    /// The style of a deliverable.
    Style {
        Demo = "demo",
        Testimonial = "testimonial",
        Unboxing = "unboxing",
        Tutorial = "tutorial",
        Skit = "skit",
        Voiceover = "voiceover",
        Other = "other",
    }
}

value_enum! {
    /// Where a deliverable's sound comes from.
    AudioSource {
        Original = "original",
        CommercialLibrary = "commercial-library",
        Licensed = "licensed",
        TrendingSound = "trending-sound",
        None = "none",
    }
}

value_enum! {
    /// How a creator is paid.
    CreatorBasis {
        PerAsset = "per-asset",
        DayRate = "day-rate",
        Package = "package",
        Retainer = "retainer",
    }
}

value_enum! {
    /// How an influencer is paid.
    InfluencerBasis {
        Flat = "flat",
        Cpm = "cpm",
        Cpe = "cpe",
        Cpa = "cpa",
        Affiliate = "affiliate",
        Gifted = "gifted",
        Retainer = "retainer",
    }
}

value_enum! {
    /// Audience size band of an influencer.
    Tier {
        Nano = "nano",
        Micro = "micro",
        Mid = "mid",
        Macro = "macro",
        Mega = "mega",
    }
}

impl Tier {
    /// The band a follower count falls in: nano under 10k, micro to 100k, mid to 500k, macro
    /// to 1M, mega from 1M (the bands the wizard's hint gives).
    pub fn for_followers(followers: u64) -> Tier {
        match followers {
            0..10_000 => Tier::Nano,
            10_000..100_000 => Tier::Micro,
            100_000..500_000 => Tier::Mid,
            500_000..1_000_000 => Tier::Macro,
            _ => Tier::Mega,
        }
    }
}

value_enum! {
    /// Where an influencer posts.
    Platform {
        Instagram = "instagram",
        Tiktok = "tiktok",
        Youtube = "youtube",
        Linkedin = "linkedin",
        X = "x",
        Facebook = "facebook",
        Twitch = "twitch",
        Pinterest = "pinterest",
        Podcast = "podcast",
        Blog = "blog",
        Newsletter = "newsletter",
        Other = "other",
    }
}

impl Platform {
    /// Platforms with a built-in paid-partnership label.
    pub(crate) fn has_partnership_tool(self) -> bool {
        matches!(
            self,
            Platform::Instagram
                | Platform::Facebook
                | Platform::Tiktok
                | Platform::Youtube
                | Platform::Pinterest
        )
    }
}

value_enum! {
    /// The shape of a post.
    PostFormat {
        Post = "post",
        Story = "story",
        Reel = "reel",
        Short = "short",
        Video = "video",
        Live = "live",
        Carousel = "carousel",
        Thread = "thread",
        Other = "other",
    }
}

impl PostFormat {
    /// Formats that are video (disclosure belongs in the video itself).
    pub(crate) fn is_video(self) -> bool {
        matches!(
            self,
            PostFormat::Video | PostFormat::Reel | PostFormat::Short | PostFormat::Live
        )
    }
}

value_enum! {
    /// How an influencer proves results.
    Proof {
        Screenshots = "screenshots",
        PlatformAccess = "platform-access",
        None = "none",
    }
}

value_enum! {
    /// Where a creator deliverable stands after the brief went out (internal).
    DeliverableStatus {
        Planned = "planned",
        Briefed = "briefed",
        DraftReceived = "draft-received",
        ChangesRequested = "changes-requested",
        Approved = "approved",
        Delivered = "delivered",
    }
}

value_enum! {
    /// Where an influencer post stands after the brief went out (internal).
    PostStatus {
        Planned = "planned",
        Briefed = "briefed",
        DraftReceived = "draft-received",
        ChangesRequested = "changes-requested",
        Approved = "approved",
        Live = "live",
        Reported = "reported",
    }
}

impl DeliverableStatus {
    /// The usual next step for a row here (after changes, a new draft); none once delivered.
    pub fn next(self) -> Option<Self> {
        use DeliverableStatus as S;
        match self {
            S::Planned => Some(S::Briefed),
            S::Briefed | S::ChangesRequested => Some(S::DraftReceived),
            S::DraftReceived => Some(S::Approved),
            S::Approved => Some(S::Delivered),
            S::Delivered => None,
        }
    }
}

impl PostStatus {
    /// The usual next step for a post here (after changes, a new draft); none once reported.
    pub fn next(self) -> Option<Self> {
        use PostStatus as S;
        match self {
            S::Planned => Some(S::Briefed),
            S::Briefed | S::ChangesRequested => Some(S::DraftReceived),
            S::DraftReceived => Some(S::Approved),
            S::Approved => Some(S::Live),
            S::Live => Some(S::Reported),
            S::Reported => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_statuses_walk_to_their_end() {
        let mut post = PostStatus::Planned;
        let mut walked = vec![post.as_str()];
        while let Some(next) = post.next() {
            post = next;
            walked.push(post.as_str());
        }
        assert_eq!(
            walked,
            [
                "planned",
                "briefed",
                "draft-received",
                "approved",
                "live",
                "reported"
            ]
        );
        assert_eq!(
            PostStatus::ChangesRequested.next(),
            Some(PostStatus::DraftReceived)
        );
        let mut row = DeliverableStatus::Planned;
        while let Some(next) = row.next() {
            row = next;
        }
        assert_eq!(row, DeliverableStatus::Delivered);
    }
}
