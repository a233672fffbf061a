//! splitbrief: creator and influencer briefs as TOML, with a guided terminal wizard.

pub mod brief;
pub mod path;
pub mod doc;
pub mod store;
pub mod export;
pub mod cli;
pub mod form;
pub mod tui;
