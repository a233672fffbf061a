//! The learnings screen: what past campaigns taught, by niche (`practice::gather`) — notes,
//! partners worth booking again, and the hooks, formats and partners that did best. This
//! file holds the state; `update` scrolls it, `layout` and `view` draw it.

pub(crate) mod layout;
pub(crate) mod update;
pub(crate) mod view;

use super::home::{Home, RowKind};
use crate::practice::{self, NicheLearnings};

/// The learnings screen's state, gathered when it opens.
#[derive(Debug, Clone)]
pub struct Learnings {
    /// The first line shown.
    pub scroll: u16,
    /// What past campaigns taught, by niche.
    pub niches: Vec<NicheLearnings>,
}

impl Learnings {
    /// The learnings of every campaign on the home list.
    pub fn of(home: &Home) -> Learnings {
        Learnings {
            scroll: 0,
            niches: gather(home),
        }
    }
}

/// The learnings of every campaign on the home list, by niche.
pub(crate) fn gather(home: &Home) -> Vec<NicheLearnings> {
    practice::gather(&campaigns(home), None)
}

/// Every campaign on the home list that loaded, by slug.
pub(crate) fn campaigns(home: &Home) -> Vec<(String, crate::brief::Bundle)> {
    home.rows
        .iter()
        .filter_map(|r| match &r.kind {
            RowKind::Campaign { slug, bundle } => Some((slug.clone(), (**bundle).clone())),
            _ => None,
        })
        .collect()
}
