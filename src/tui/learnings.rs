//! The learnings screen: what past campaigns taught, by niche (`practice::gather`) — notes,
//! partners worth booking again, and the hooks, formats and partners that did best. This
//! file holds the state; `update` scrolls it, `layout` and `view` draw it.

pub(crate) mod layout;
pub(crate) mod update;
pub(crate) mod view;

use crate::practice::NicheLearnings;

/// The learnings screen's state, gathered when it opens.
#[derive(Debug, Clone)]
pub struct Learnings {
    /// The first line shown.
    pub scroll: u16,
    /// What past campaigns taught, by niche.
    pub niches: Vec<NicheLearnings>,
}

impl Learnings {
    /// The screen on learnings gathered by the performer (`Effect::Learnings`).
    pub fn new(niches: Vec<NicheLearnings>) -> Learnings {
        Learnings { scroll: 0, niches }
    }
}
