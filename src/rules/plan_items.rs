//! The shared part of the item rules: report each outcome or action that lacks something.

use super::Sink;
use crate::analysis::Analysis;
use crate::plan::{Item, ItemKind};

/// Reports every outcome and action for which `lacks` holds.
pub fn report(
    a: &Analysis,
    out: &mut Sink,
    lacks: impl Fn(&Item) -> bool,
    message: impl Fn(&Item) -> String,
) {
    for item in a
        .plan
        .items
        .iter()
        .filter(|i| i.kind != ItemKind::Contingency && lacks(i))
    {
        out.push(item.range.clone(), message(item), None);
    }
}

/// "This outcome" or "This action", for messages.
pub fn this(item: &Item) -> &'static str {
    match item.kind {
        ItemKind::Outcome => "This outcome",
        ItemKind::Action => "This action",
        ItemKind::Contingency => "This contingency",
    }
}
