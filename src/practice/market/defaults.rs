//! The built-in market and category facts (DESIGN §7 and §8.4), each with its source. This is
//! the one table to change when a code or a platform policy changes.

use crate::brief::Category;

/// The built-in facts, written once.
pub(super) struct Defaults {
    /// Accepted disclosure words per country.
    pub labels: &'static [(&'static str, &'static [&'static str])],
    /// The country whose words every other market accepts.
    pub other_markets_like: &'static str,
    /// Words that do not make an ad clear anywhere (unless a market accepts them).
    pub ambiguous: &'static [&'static str],
    /// Words that are unclear in one market on their own.
    pub ambiguous_in: &'static [(&'static str, &'static [&'static str])],
    /// Share of an alcohol partner's audience that must be of legal age, per country.
    pub legal_age_pct: &'static [(&'static str, f64)],
    /// The threshold for every other market.
    pub legal_age_other: f64,
    /// Words that make a claim needing evidence or an approver, per category.
    pub claim_words: &'static [(Category, &'static [&'static str])],
    /// Claims no approver can allow: they must go (disease claims for supplements and
    /// cosmetics; health, strength, social or sexual success for alcohol; promised returns).
    pub banned_claims: &'static [(Category, &'static [&'static str])],
    /// Words that show a don't or banned claim is about the category's claims.
    pub claim_topics: &'static [(Category, &'static [&'static str])],
    /// Everyday phrases that hold a claim word but make no claim ("treat yourself").
    pub harmless: &'static [&'static str],
    /// Words that name a product of a regulated category.
    pub product_words: &'static [(Category, &'static [&'static str])],
    /// Words that say a product is a cosmetic ("serum", "cream").
    pub cosmetic_context: &'static [&'static str],
    /// Supplement words that are also cosmetic ingredients ("vitamin C serum").
    pub cosmetic_ingredients: &'static [&'static str],
    /// Per market, a note on how labels must show in videos.
    pub video_label_note: &'static [(&'static str, &'static str)],
}

/// DESIGN §7 list, plus disease words for the "remove" advice.
const HEALTH_CLAIMS: &[&str] = &[
    "miracle",
    "detox",
    "clinically proven",
    "medical-grade",
    "erase",
    "weight loss",
    "lose weight",
    "burn fat",
    "fat burning",
    "boost immunity",
];
/// Medicinal claims: a food supplement or a cosmetic that claims them is sold as a medicine
/// (EU Regulation 1924/2006 art. 14 and Directive 2002/46; Cosmetics Regulation 1223/2009 and
/// Regulation 655/2013; FDA 21 CFR 101.93 for the US).
const DISEASE_CLAIMS: &[&str] = &[
    "cure",
    "treat",
    "heal",
    "prevent",
    "diagnose",
    "disease",
    "cancer",
    "diabetes",
    "arthritis",
    "eczema",
    "psoriasis",
    "depression",
    "insomnia",
];
const MEDICINAL_CLAIMS: &[&str] = &["cure", "treat", "heal", "diagnose", "disease"];
/// Cosmetics may claim to help prevent some things (sunburn, with an SPF) but need evidence.
const COSMETIC_CLAIMS: &[&str] = &[
    "miracle",
    "detox",
    "clinically proven",
    "medical-grade",
    "erase",
    "prevent",
];
const MONEY_CLAIMS: &[&str] = &["guaranteed", "risk-free", "no risk", "can't lose"];
/// Promised returns: misleading in any financial promotion (FCA COBS 4.2.1 "fair, clear and
/// not misleading"; CAP 14).
const RETURN_PROMISES: &[&str] = &[
    "risk-free",
    "no risk",
    "can't lose",
    "get rich",
    "get rich quick",
    "double your money",
    "easy money",
    "passive income",
    "to the moon",
    "guaranteed returns",
    "guaranteed profit",
];
/// CAP Code 18 (alcohol): no health, fitness or weight-control claims (18.17), no confidence,
/// strength, social or sexual success, and nothing that urges drinking more (18.1–18.9).
const ALCOHOL_BANNED: &[&str] = &[
    "low calorie",
    "low-calorie",
    "low sugar",
    "fitness",
    "healthy",
    "healthier",
    "good for you",
    "energy",
    "performance",
    "confidence",
    "slimming",
    "strength",
    "stronger",
    "sexy",
    "seductive",
    "more popular",
    "make you popular",
    "social success",
    "have another",
    "another round",
    "drink more",
    "down it",
    "down in one",
    "chug",
    "drink up",
    "bottomless",
    "life of the party",
];
/// CAP 18.17: drinks may state their contents as facts, but the only nutrition claims allowed
/// are "low-alcohol", "reduced alcohol" and "reduced energy"; a calorie boast needs rewording.
const ALCOHOL_CLAIMS: &[&str] = &["calories"];
/// CAP Code 16.3: gambling must not promise wins, a way out of money worries or riches.
const GAMBLING_BANNED: &[&str] = &[
    "risk-free bet",
    "can't lose",
    "guaranteed win",
    "sure thing",
    "solution to money worries",
    "get rich",
    "easy money",
];

pub(super) const DEFAULTS: Defaults = Defaults {
    labels: &[
        // US: FTC Endorsement Guides (16 CFR 255.5) and "Disclosures 101 for Social Media
        // Influencers".
        (
            "US",
            &[
                "#ad",
                "#sponsored",
                "ad",
                "advertisement",
                "sponsored",
                "paid partnership",
            ],
        ),
        // GB: CAP and CMA, "Influencers' guide to making clear that ads are ads".
        (
            "GB",
            &[
                "ad",
                "#ad",
                "advert",
                "advertisement",
                "advertising",
                "advertisement feature",
            ],
        ),
        // IE: ASAI Code and its guidance on recognising influencer marketing follow the same
        // words as the UK guide.
        (
            "IE",
            &[
                "ad",
                "#ad",
                "advert",
                "advertisement",
                "advertising",
                "advertisement feature",
            ],
        ),
        // DE and AT: Leitfaden der Medienanstalten "Werbekennzeichnung bei Online-Medien";
        // AT: KommAustria and Österreichischer Werberat use the same words.
        ("DE", &["Werbung", "Anzeige"]),
        ("AT", &["Werbung", "Anzeige"]),
        // CH: Schweizerische Lauterkeitskommission, Grundsatz B.15 — commercial communication
        // must be clearly recognisable, with no fixed wording; the words of its German, French
        // and Italian regions and the English ones Swiss creators use are all read as ads.
        (
            "CH",
            &[
                "Werbung",
                "Anzeige",
                "publicité",
                "collaboration commerciale",
                "pubblicità",
                "#ad",
                "ad",
                "advertisement",
                "sponsored",
                "paid partnership",
            ],
        ),
        // FR: loi n° 2023-451 art. 5 ("publicité" or "collaboration commerciale"), ARPP
        // Recommandation Communication publicitaire digitale.
        ("FR", &["publicité", "collaboration commerciale"]),
        // IT: IAP Digital Chart (Istituto dell'Autodisciplina Pubblicitaria).
        (
            "IT",
            &[
                "pubblicità",
                "advertising",
                "#adv",
                "#ad",
                "sponsorizzato da",
                "promosso da",
                "in collaborazione con",
            ],
        ),
        // ES: Autocontrol, AEA and IAB Spain, Código de Conducta de Publicidad a través de
        // Influencers (2021; second version in force 1 October 2025), and Real Decreto 444/2024.
        ("ES", &["publicidad", "publi", "#publi", "patrocinado"]),
        // NL: Reclamecode Social Media & Influencer Marketing (RSM), examples in its
        // explanation (#ad, #adv, #spon, #collab, #partner, "advertentie", "gesponsord door").
        (
            "NL",
            &[
                "reclame",
                "advertentie",
                "#ad",
                "#spon",
                "#adv",
                "gesponsord",
                "#collab",
                "#partner",
            ],
        ),
        // BE: Dutch- and French-speaking audiences; the JEP recommendations on influencer
        // marketing accept the words of each language.
        (
            "BE",
            &[
                "reclame",
                "advertentie",
                "#ad",
                "#spon",
                "#adv",
                "gesponsord",
                "#collab",
                "#partner",
                "publicité",
                "collaboration commerciale",
            ],
        ),
    ],
    other_markets_like: "US",
    ambiguous: &[
        "#sp",
        "#spon",
        "#collab",
        "#partner",
        "#ambassador",
        "#thanks",
        "thanks to",
        "in collaboration with",
    ],
    // CAP/CMA guide: "gifted", "sponsored" or "affiliate" alone do not make an ad clear.
    ambiguous_in: &[("GB", &["gifted", "sponsored", "affiliate"])],
    legal_age_pct: &[("US", 73.8), ("GB", 75.0)],
    legal_age_other: 75.0,
    claim_words: &[
        (Category::SupplementsHealth, HEALTH_CLAIMS),
        (Category::Cosmetics, COSMETIC_CLAIMS),
        (Category::Finance, MONEY_CLAIMS),
        (Category::Crypto, &["guaranteed"]),
        (Category::Alcohol, ALCOHOL_CLAIMS),
    ],
    banned_claims: &[
        (Category::SupplementsHealth, DISEASE_CLAIMS),
        (Category::Cosmetics, MEDICINAL_CLAIMS),
        (Category::Finance, RETURN_PROMISES),
        (Category::Crypto, RETURN_PROMISES),
        (Category::Alcohol, ALCOHOL_BANNED),
        (Category::Gambling, GAMBLING_BANNED),
    ],
    claim_topics: &[
        (
            Category::SupplementsHealth,
            &["medical", "health claim", "illness", "symptom", "condition"],
        ),
        (
            Category::Cosmetics,
            &[
                "medical",
                "medicinal",
                "before-and-after",
                "before and after",
                "filter",
                "retouch",
            ],
        ),
        (
            Category::Alcohol,
            &[
                "health",
                "sexual",
                "social",
                "popular",
                "calorie",
                "drunk",
                "excess",
                "excessive",
                "binge",
                "drink-driving",
            ],
        ),
        (
            Category::Finance,
            &[
                "return",
                "profit",
                "risk",
                "guarantee",
                "advice",
                "interest",
                "rate",
                "promise",
            ],
        ),
        (
            Category::Crypto,
            &[
                "return",
                "profit",
                "risk",
                "guarantee",
                "advice",
                "price",
                "promise",
            ],
        ),
        (
            Category::Gambling,
            &[
                "win",
                "winnings",
                "risk",
                "guarantee",
                "money worries",
                "chasing losses",
                "financial",
            ],
        ),
    ],
    harmless: &[
        "treat yourself",
        "treat myself",
        "treat your skin",
        "a treat",
        "little treat",
        "healthy glow",
        "health and safety",
    ],
    product_words: &[
        (
            Category::Alcohol,
            &[
                "beer", "wine", "gin", "vodka", "whisky", "whiskey", "rum", "tequila", "cider",
                "spirits", "liqueur", "seltzer", "lager", "IPA", "stout", "prosecco", "ABV",
                "% vol", "%vol",
            ],
        ),
        (
            Category::SupplementsHealth,
            &[
                "supplement",
                "vitamin",
                "CBD",
                "collagen",
                "probiotic",
                "protein powder",
            ],
        ),
        (
            Category::Finance,
            &[
                "loan",
                "credit",
                "mortgage",
                "ISA",
                "invest",
                "investing",
                "trading",
                "insurance",
                "pension",
            ],
        ),
        (
            Category::Crypto,
            &[
                "crypto",
                "bitcoin",
                "token",
                "NFT",
                "DeFi",
                "cryptocurrency",
                "BTC",
                "ETH",
                "ethereum",
                "stablecoin",
            ],
        ),
        (
            Category::Gambling,
            &["bet", "betting", "casino", "poker", "odds", "sportsbook"],
        ),
    ],
    cosmetic_context: &[
        "serum",
        "cream",
        "moisturiser",
        "moisturizer",
        "cleanser",
        "lotion",
        "toner",
        "skincare",
        "skin care",
        "face mask",
        "sunscreen",
        "SPF",
        "lipstick",
        "mascara",
        "shampoo",
        "conditioner",
        "balm",
        "cosmetic",
        "makeup",
        "make-up",
    ],
    cosmetic_ingredients: &["vitamin", "collagen", "CBD", "probiotic"],
    // FR: loi 2023-451 art. 5 — the mention is shown on the image or video "durant
    // l'intégralité de la promotion".
    video_label_note: &[(
        "FR",
        "in France the label must stay on screen for the whole video",
    )],
};
