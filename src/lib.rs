//! splitbrief: creator and influencer briefs as TOML, with a guided terminal wizard.

pub mod brief;
pub mod cli;
pub mod doc;
pub mod export;
pub mod form;
pub mod listing;
pub mod path;
pub mod practice;
pub mod safe_text;
pub mod store;
pub mod tui;
