//! splitbrief: creator and influencer briefs as TOML, with a guided terminal wizard.

pub mod brief;
pub mod path;
pub mod practice;
