//! Platform and regulator policies as data: categories a platform's branded-content policy
//! bars, and the UK rules for crypto promotions (the FCA's risk warning, no incentives).

use crate::brief::{Category, Platform};

/// Categories a platform's branded-content policy bars, everywhere or in some markets.
pub(super) struct PlatformBan {
    pub platform: Platform,
    pub categories: &'static [Category],
    /// `None`: everywhere.
    pub markets: Option<&'static [&'static str]>,
}

/// TikTok Branded Content Policy (global "prohibited industries": alcohol, gambling,
/// cryptocurrency and other financial promotions, in force since 2021) and its
/// "Country-specific requirements" (updated June 2025, in force 25 July 2025 for the EEA,
/// Switzerland and the UK: food supplements and vitamins, and financial services and products).
pub(super) const PLATFORM_BANS: &[PlatformBan] = &[
    PlatformBan {
        platform: Platform::Tiktok,
        categories: &[Category::Alcohol, Category::Crypto, Category::Gambling],
        markets: None,
    },
    PlatformBan {
        platform: Platform::Tiktok,
        categories: &[Category::SupplementsHealth, Category::Finance],
        markets: Some(EEA_CH_GB),
    },
];

/// The European Economic Area (EU 27 plus Iceland, Liechtenstein and Norway), Switzerland
/// and the UK.
const EEA_CH_GB: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH", "GB",
];

/// FCA PS23/6, COBS 4.12A.38R: the risk warning every UK cryptoasset promotion carries, in
/// its two sentences (the second also allowed in the shorter "you are unlikely to be
/// protected" form for some firms; both are accepted here).
pub(super) const FCA_CRYPTO_WARNING: [&str; 2] = [
    "Don't invest unless you're prepared to lose all the money you invest.",
    "This is a high-risk investment and you should not expect to be protected if something goes wrong.",
];

/// FCA PS23/6, COBS 4.12A.17R: no incentive to invest in cryptoassets (refer-a-friend and
/// new-joiner bonuses, free crypto, cash back, waived fees).
pub(super) const CRYPTO_INCENTIVES: &[&str] = &[
    "bonus",
    "refer a friend",
    "refer-a-friend",
    "referral",
    "cashback",
    "cash back",
    "free money",
    "free crypto",
    "free bitcoin",
    "free btc",
    "free eth",
    "free shares",
    "free stock",
    "airdrop",
    "giveaway",
    "sign-up reward",
    "welcome offer",
    "fee-free",
    "no fees",
    "zero fees",
    "0% fees",
    "off fees",
];
