//! The shared part of the item rules: report each outcome or action that lacks something.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use super::Sink;
use crate::analysis::Analysis;
use crate::plan::{Item, ItemKind};

/// Reports every outcome and action for which `lacks` holds, saying "This outcome"
/// or "This action" and then `what`: "does not say by when …".
pub fn report(a: &Analysis, out: &mut Sink, lacks: impl Fn(&Item) -> bool, what: &'static str) {
    for item in a
        .plan
        .items
        .iter()
        .filter(|i| i.kind != ItemKind::Contingency && lacks(i))
    {
        out.push(item.range.clone(), message(item.kind, what), None);
    }
}

/// The message for items of one kind, made once per process: a plan with thousands of
/// items then holds one copy of each message, not one per item.
fn message(kind: ItemKind, what: &'static str) -> &'static str {
    type Made = HashMap<(ItemKind, &'static str), &'static str>;
    static MADE: OnceLock<Mutex<Made>> = OnceLock::new();
    let mut made = MADE
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // Bounded: one entry per rule and kind.
    made.entry((kind, what)).or_insert_with(|| {
        let text = format!("{} {what}", this_kind(kind));
        Box::leak(text.into_boxed_str())
    })
}

/// "This outcome" or "This action", for messages.
pub fn this(item: &Item) -> &'static str {
    this_kind(item.kind)
}

fn this_kind(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Outcome => "This outcome",
        ItemKind::Action => "This action",
        ItemKind::Contingency => "This contingency",
    }
}
