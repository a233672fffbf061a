//! What the fields pane holds, as lines: each field's block and the panel some steps show
//! above their fields. Pure functions of the wizard: the layout measures them (scrolling,
//! the mouse) and the view draws them, so both agree on every line.

mod fields;
mod panels;
mod past;
mod results;
mod review;

pub(crate) use fields::field_block;
pub(crate) use panels::{intro_lines, panel_height, panel_lines, status_style};
pub(crate) use review::{review_document, review_offset};
