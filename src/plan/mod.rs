//! The plan itself: sections found by their headings, the outcomes, actions and
//! contingencies in them, and what each item says or leaves out.

mod commitment;
mod cues;
mod kind;
mod measure;
mod names;
mod next_step;
mod owner;
mod sections;
mod timescale;
mod vague;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use serde::Serialize;

use crate::document::{BlockKind, Document, DocumentKind};
use crate::text::{Vocabulary, Word};
use cues::Words;
use sections::{Column, Label, Section};

pub use kind::{classify, lower_words, Classified};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    Outcome,
    Action,
    Contingency,
}

/// One outcome, action or contingency, and what it says.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: ItemKind,
    /// Byte range of the item's own text in the analysed text.
    pub range: Range<usize>,
    pub vague: bool,
    pub has_owner: bool,
    pub has_timescale: bool,
    pub has_measure: bool,
    pub has_next_step: bool,
    /// Items of one goal or one table row share a group: a "How we will know" line or
    /// an "If this does not happen" line speaks for all of them.
    group: usize,
}

/// Whether the plan says what will happen if things do not change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contingency {
    /// Where the first contingency is.
    Present(usize),
    /// A heading with nothing definite under it, or only a pointer elsewhere.
    Empty(Range<usize>),
    Missing,
}

impl Default for Contingency {
    /// A plan nobody analysed raises no finding.
    fn default() -> Self {
        Contingency::Present(0)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub items: Vec<Item>,
    pub contingency: Contingency,
    /// Whether the document only recounts events: no items that say who will do what.
    pub recounts_only: bool,
}

impl Plan {
    /// What is left for a document that is not a plan: whether it only recounts
    /// events, for the kinds that can lack direction.
    pub fn only_direction(self, kind: DocumentKind) -> Plan {
        Plan {
            recounts_only: self.recounts_only && kind.can_lack_direction(),
            ..Plan::default()
        }
    }

    /// The plan of `doc`, given the analysis's words and, for each sentence, the range
    /// of its words.
    pub fn new(
        doc: &Document,
        kind: DocumentKind,
        words: &[Word],
        vocabulary: &Vocabulary,
        sentences: impl Iterator<Item = Range<usize>> + Clone,
    ) -> Plan {
        let analysed = cues::Analysed::new(&doc.text, words, vocabulary);
        let people = names::People::of(&analysed, sentences);
        let mut b = Builder {
            doc,
            notes: kind == DocumentKind::MeetingNotes,
            people: &people,
            analysed,
            items: Vec::new(),
            words: Vec::new(),
            group: 0,
            contingency_heading: None,
            pointer: None,
            unsectioned: false,
            scope: None,
            family_voice: false,
        };
        b.walk();
        // A plan with no section a heading or label names (five numbered lines typed
        // into a case record): its lists are the plan.
        if b.items.is_empty() && b.contingency_heading.is_none() && kind == DocumentKind::Plan {
            b.unsectioned = true;
            b.walk();
            // A line or two is a note, not a plan.
            if b.items.len() < UNSECTIONED_ITEMS {
                b.items.clear();
                b.words.clear();
            }
        }
        b.finish()
    }
}

/// Fewest commitments that make a document with no plan sections a plan.
const UNSECTIONED_ITEMS: usize = 3;

/// The paragraphs of a block, one per line: a Word cell with several paragraphs holds
/// one item in each.
fn paragraphs<'d>(
    doc: &'d Document,
    block: &'d crate::document::Block,
) -> impl Iterator<Item = Range<usize>> + 'd {
    let text = doc.block_text(block);
    let base = block.range.start;
    let mut at = 0;
    text.split('\n').filter_map(move |line| {
        let start = at;
        at += line.len() + 1;
        let trimmed = line.trim();
        (trimmed.chars().any(char::is_alphanumeric)).then(|| {
            let lead = line.len() - line.trim_start().len();
            base + start + lead..base + start + lead + trimmed.len()
        })
    })
}

struct Builder<'a> {
    doc: &'a Document,
    /// Meeting notes: items only in plan sections, tables and labelled lines.
    notes: bool,
    people: &'a names::People,
    /// The analysis's words, in text order.
    analysed: cues::Analysed<'a>,
    items: Vec<Item>,
    /// The words of each item, for the coverage pass.
    words: Vec<Words<'a>>,
    group: usize,
    contingency_heading: Option<Range<usize>>,
    pointer: Option<Range<usize>>,
    /// No heading or label says where the plan is: list items before any heading
    /// are its actions and contingencies.
    unsectioned: bool,
    /// The first item of the list item just read: field lines under a numbered point
    /// ("1.1 ... ⏎ Lead: SW") speak for that point only.
    scope: Option<usize>,
    /// The heading says the family wrote this part ("Our plan (written by Jo and
    /// Ravi)"): "we" own what we will do.
    family_voice: bool,
}

/// What a row, a goal block or a label line adds to its items.
#[derive(Debug, Default, Clone, Copy)]
struct Context {
    owner: bool,
    timescale: bool,
    measure: bool,
    /// The timescale is a date, not a frequency: a step done once by it can be checked.
    deadline: bool,
}

impl<'a> Builder<'a> {
    fn walk(&mut self) {
        let doc = self.doc;
        let mut section = Section::Front;
        let mut level = 0u8;
        let mut goal_block = false;
        let mut actions_follow = false;
        let mut in_section = 0usize;
        // "Mum will:" before a list: its doer owns each bullet under it.
        let mut lead = Context::default();
        // "Places to stay away from:" before a list: its bullets finish that sentence;
        // only those that say what someone will do are items.
        let mut fragments = false;
        // A field label heading waiting for its value in the next block.
        let mut pending: Option<Label> = None;
        // "How we will know" as a heading: the blocks under it are that field.
        let mut field_heading: Option<Label> = None;
        // The level of the heading that names an area ("1. Sienna's weight"): the plan
        // headings under it ("What we want", "What you will do") are one goal.
        let mut area_level: Option<u8> = None;
        let mut first_heading = true;
        let mut b = 0;
        while b < doc.blocks.len() {
            let block = &doc.blocks[b];
            let text = doc.block_text(block);
            let before_block = self.items.len();
            let mut field_line = false;
            match block.kind {
                BlockKind::Heading { level: l } => {
                    lead = Context::default();
                    field_heading = None;
                    // A heading before anything else is the plan's title.
                    let title = std::mem::take(&mut first_heading) && b == 0;
                    let voice = |k: usize| {
                        doc.blocks.get(k).is_some_and(|x| {
                            cues::cues()
                                .owner
                                .family_voice
                                .any(&self.words_in(x.range.clone()))
                        })
                    };
                    self.family_voice = voice(b) || voice(b + 1);
                    // "Responsible Person:" on its own line, its value on the next: a
                    // field of the block, as a case system prints one.
                    let field = text
                        .trim_end()
                        .ends_with(':')
                        .then(|| sections::column(text))
                        .flatten();
                    if let Some(label) = field.and_then(Column::field_label) {
                        pending = Some(label);
                        b += 1;
                        continue;
                    }
                    let class = sections::heading(self.words_in(block.range.clone()));
                    if area_level.is_some_and(|a| l <= a) {
                        area_level = None;
                    }
                    let in_area = area_level.is_some();
                    if !matches!(
                        class,
                        Some(Section::Outcome | Section::Action | Section::Contingency)
                    ) {
                        field_heading = (text.split_whitespace().count() <= 6)
                            .then(|| sections::column(text))
                            .flatten()
                            .and_then(Column::field_label)
                            .filter(|&f| f == Label::Measure);
                        if field_heading.is_some() {
                            self.scope = None;
                            b += 1;
                            continue;
                        }
                    }
                    // "Outcome Required:", "Action:": labels inside one block.
                    if field.is_none() && !(in_area && class.is_some()) {
                        self.group += 1;
                    }
                    actions_follow = false;
                    let nested = l > level
                        && matches!(
                            section,
                            Section::Outcome | Section::Action | Section::Contingency
                        );
                    match class {
                        Some(Section::Outcome) if nested && section == Section::Action => {
                            goal_block = true;
                        }
                        Some(s) => {
                            section = s;
                            level = l;
                            goal_block = false;
                            in_section = 0;
                            if s == Section::Contingency {
                                self.contingency_heading.get_or_insert(block.range.clone());
                            }
                        }
                        None if nested => {}
                        None => {
                            // The first heading is the plan's title.
                            section = if l <= 1 || title {
                                Section::Front
                            } else {
                                area_level = Some(l);
                                Section::Area
                            };
                            level = l;
                            goal_block = false;
                            in_section = 0;
                        }
                    }
                }
                BlockKind::TableCell(cell) => {
                    let end = (b..doc.blocks.len())
                        .find(|&k| !matches!(doc.blocks[k].kind, BlockKind::TableCell(c) if c.table == cell.table))
                        .unwrap_or(doc.blocks.len());
                    self.table(b..end, section);
                    b = end;
                    continue;
                }
                BlockKind::Paragraph | BlockKind::ListItem
                    if pending.is_some() || field_heading.is_some() =>
                {
                    let label = pending.take().or(field_heading).expect("checked");
                    let w = self.words_in(block.range.clone());
                    self.attach(label, &w);
                }
                BlockKind::Paragraph | BlockKind::ListItem => {
                    let list = block.kind == BlockKind::ListItem;
                    if !list {
                        lead = Context::default();
                        fragments = false;
                    }
                    let start = block.range.start;
                    match sections::label(text, |r| self.words_in(start + r.start..start + r.end)) {
                        Some((Label::Field, _)) => field_line = true,
                        Some((label, rest)) => {
                            let range = start + rest.start..start + rest.end;
                            let body = &text[rest.clone()];
                            match label {
                                // "Actions:" alone on its line heads what follows.
                                Label::Outcome | Label::Action | Label::Contingency
                                    if body.trim().is_empty() =>
                                {
                                    goal_block = false;
                                    actions_follow = false;
                                    in_section = 0;
                                    section = match label {
                                        Label::Outcome => {
                                            self.group += 1;
                                            Section::Outcome
                                        }
                                        Label::Action => Section::Action,
                                        _ => {
                                            self.contingency_heading
                                                .get_or_insert(block.range.clone());
                                            Section::Contingency
                                        }
                                    };
                                }
                                Label::Outcome => {
                                    self.group += 1;
                                    self.push_each(ItemKind::Outcome, range, Context::default());
                                    actions_follow = true;
                                }
                                Label::Action => {
                                    self.push_each(ItemKind::Action, range, Context::default())
                                }
                                Label::Contingency => {
                                    if next_step::is_pointer(&self.words_in(range.clone())) {
                                        self.pointer.get_or_insert(block.range.clone());
                                    } else {
                                        self.push_each(
                                            ItemKind::Contingency,
                                            range,
                                            Context::default(),
                                        );
                                    }
                                }
                                Label::Owner | Label::Timescale | Label::Measure | Label::Field => {
                                    field_line = true;
                                    let w = self.words_in(range);
                                    self.attach(label, &w);
                                }
                            }
                        }
                        None if self.unsectioned && section == Section::Front => {
                            let w = self.words_in(block.range.clone());
                            let trigger = cues::cues().next_step.triggers.at(&w, 0).is_some();
                            // A lost heading ("Checking the plan") is no commitment.
                            let commits = w.len() >= 4
                                && !sections::is_admin(&w)
                                && (list || sections::is_statement(&w) && !sections::is_fact(&w));
                            if commits {
                                let kind = if trigger && next_step::has_own_next_step(&w) {
                                    ItemKind::Contingency
                                } else {
                                    ItemKind::Action
                                };
                                self.group += 1;
                                self.push_block(kind, block.range.clone(), Context::default(), w);
                            }
                        }
                        None if matches!(section, Section::Front | Section::Skip) => {}
                        None => {
                            let w = self.words_in(block.range.clone());
                            // "These are the goals:" and "please ring Priya" talk to the
                            // reader; they are not part of the plan.
                            let lead_in = text.trim_end().ends_with(':');
                            let intro = lead_in
                                || cues::cues().intro.words.any(&w)
                                || sections::is_contact(&w)
                                || sections::is_admin(&w);
                            if lead_in {
                                lead.owner = owner::lead_in_owner(&w, self.people);
                                fragments = !lead.owner;
                            }
                            let kind = match section {
                                _ if intro || w.is_empty() => None,
                                _ if list && fragments && !sections::is_statement(&w) => None,
                                Section::Outcome if list && actions_follow => {
                                    Some(ItemKind::Action)
                                }
                                Section::Outcome => Some(ItemKind::Outcome),
                                Section::Action if goal_block && !list => Some(ItemKind::Outcome),
                                Section::Action
                                    if (list || sections::is_statement(&w))
                                        && !sections::describes(&w, self.people) =>
                                {
                                    Some(ItemKind::Action)
                                }
                                Section::Contingency if next_step::is_pointer(&w) => {
                                    self.pointer.get_or_insert(block.range.clone());
                                    None
                                }
                                // "Dad still drinks most evenings" is a worry, not
                                // what will happen.
                                Section::Contingency if sections::looks_ahead(&w) => {
                                    Some(ItemKind::Contingency)
                                }
                                // Minutes record discussion under such headings; only
                                // their plan sections hold items.
                                // A bullet under an area heading is a to-do ("Food
                                // bank voucher") unless it records what happened.
                                Section::Review | Section::Area
                                    if !self.notes
                                        && (sections::is_statement(&w)
                                            || list
                                                && section == Section::Area
                                                && w.len() >= 2
                                                && !sections::recounts_event(&w))
                                        && !sections::is_fact(&w) =>
                                {
                                    in_section += 1;
                                    Some(if section == Section::Area && in_section == 1 {
                                        ItemKind::Outcome
                                    } else {
                                        ItemKind::Action
                                    })
                                }
                                _ => None,
                            };
                            if let Some(kind) = kind {
                                if kind == ItemKind::Outcome {
                                    self.group += 1;
                                    // A goal written as a paragraph, then its steps as a list.
                                    actions_follow |= !list && section == Section::Outcome;
                                }
                                let ctx = if list { lead } else { Context::default() };
                                self.push_block(kind, block.range.clone(), ctx, w);
                            }
                        }
                    }
                }
            }
            // A numbered point that made items scopes the field lines under it; any
            // other block but a field line ends that.
            match block.kind {
                BlockKind::ListItem if self.items.len() > before_block => {
                    self.scope = Some(before_block)
                }
                BlockKind::Paragraph if field_line => {}
                _ => self.scope = None,
            }
            b += 1;
        }
    }

    /// A table: the outcome and action cells of each row are items; the row's Who,
    /// By when and How we will know cells speak for both.
    fn table(&mut self, cells: Range<usize>, section: Section) {
        let doc = self.doc;
        let mut columns: HashMap<usize, Column> = HashMap::new();
        let mut rows: Vec<Vec<(usize, usize)>> = Vec::new();
        for b in cells {
            let BlockKind::TableCell(cell) = doc.blocks[b].kind else {
                continue;
            };
            if cell.header {
                if let Some(c) = sections::header(doc.block_text(&doc.blocks[b])) {
                    columns.insert(cell.column, c);
                }
                continue;
            }
            if rows.len() <= cell.row {
                rows.resize(cell.row + 1, Vec::new());
            }
            rows[cell.row].push((cell.column, b));
        }
        // Editors often bold the first row instead of marking it as a header.
        if columns.is_empty() {
            if let Some(first) = rows.iter().position(|r| !r.is_empty()) {
                let guessed: HashMap<usize, Column> = rows[first]
                    .iter()
                    .filter_map(|&(col, b)| {
                        sections::header(doc.block_text(&doc.blocks[b])).map(|c| (col, c))
                    })
                    .collect();
                if guessed.len() >= 2 && guessed.len() * 2 >= rows[first].len() {
                    columns = guessed;
                    rows[first].clear();
                }
            }
        }
        let has = |c: Column| columns.values().any(|&v| v == c);
        if has(Column::Trigger) {
            self.contingency_table(&rows, &columns);
            return;
        }
        // A timeline needs its areas named down the side, or it is a table of dates.
        let timeline = has(Column::Period) && has(Column::Label);
        if !has(Column::Outcome) && !has(Column::Action) && !timeline {
            return;
        }
        let contingency = section == Section::Contingency;
        for row in rows.iter().filter(|r| !r.is_empty()) {
            self.group += 1;
            let mut ctx = Context::default();
            let mut found = Vec::new();
            for &(col, b) in row {
                let block = &doc.blocks[b];
                let w = self.words_in(block.range.clone());
                if sections::is_blank(&w) {
                    continue;
                }
                match columns.get(&col) {
                    Some(Column::Owner) => ctx.owner |= owner::has_owner_cell(&w, self.people),
                    Some(Column::Timescale) => {
                        ctx.timescale |= timescale::has_timescale(&w);
                        ctx.deadline |= measure::is_date(&w);
                    }
                    Some(Column::Measure) => ctx.measure |= measure::is_measure_cell(&w),
                    Some(Column::Outcome) => {
                        found.extend(paragraphs(doc, block).map(|r| (ItemKind::Outcome, r, false)))
                    }
                    Some(Column::Action) => {
                        found.extend(paragraphs(doc, block).map(|r| (ItemKind::Action, r, false)))
                    }
                    // A timeline's "Weeks 1–4" column: its cells are done in that time.
                    Some(Column::Period) => {
                        found.extend(paragraphs(doc, block).map(|r| (ItemKind::Action, r, true)))
                    }
                    _ => {}
                }
            }
            found.sort_by_key(|(k, _, _)| *k != ItemKind::Outcome);
            for (kind, range, timed) in found {
                let kind = if contingency {
                    ItemKind::Contingency
                } else {
                    kind
                };
                let ctx = Context {
                    timescale: ctx.timescale || timed,
                    ..ctx
                };
                self.push_each(kind, range, ctx);
            }
        }
    }

    /// A table whose rows are "if this happens | what we will do | who | when": each
    /// row is one contingency, its text the condition, judged on the whole row.
    fn contingency_table(
        &mut self,
        rows: &[Vec<(usize, usize)>],
        columns: &HashMap<usize, Column>,
    ) {
        let blocks = &self.doc.blocks;
        for row in rows.iter().filter(|r| !r.is_empty()) {
            let Some(&(_, at)) = row
                .iter()
                .find(|(col, _)| columns.get(col) == Some(&Column::Trigger))
            else {
                continue;
            };
            let condition = blocks[at].range.clone();
            let whole = row
                .iter()
                .map(|&(_, b)| blocks[b].range.start)
                .min()
                .unwrap_or(condition.start)
                ..row
                    .iter()
                    .map(|&(_, b)| blocks[b].range.end)
                    .max()
                    .unwrap_or(condition.end);
            if sections::is_blank(&self.words_in(condition.clone())) {
                continue;
            }
            self.group += 1;
            let w = self.words_in(whole);
            self.push_words(ItemKind::Contingency, condition, Context::default(), w);
        }
    }

    fn words_in(&self, range: Range<usize>) -> Words<'a> {
        Words::of(&self.analysed, range)
    }

    /// A block whose words `w` are already known: one sentence is pushed as it is.
    fn push_block(&mut self, kind: ItemKind, range: Range<usize>, ctx: Context, w: Words<'a>) {
        let text = &self.doc.text[range.clone()];
        if commitment::is_one_piece(text) && crate::parse::list_marker(text).is_none() {
            let kind = self.wish_is_outcome(kind, &w);
            self.push_words(kind, range, ctx, w);
        } else {
            self.push_each(kind, range, ctx);
        }
    }

    /// Pushes one item per commitment in `range`, without a list marker a cell may
    /// start with ("f) Take Zoë ...").
    fn push_each(&mut self, kind: ItemKind, mut range: Range<usize>, ctx: Context) {
        if let Some(marker) = crate::parse::list_marker(&self.doc.text[range.clone()]) {
            if marker < range.len() {
                range.start += marker;
            }
        }
        let base = range.start;
        let pieces = commitment::split(
            &self.doc.text[range],
            |r| self.words_in(base + r.start..base + r.end),
            self.people,
            kind == ItemKind::Contingency,
        );
        let first = self.items.len();
        for piece in pieces {
            self.push(kind, base + piece.start..base + piece.end, ctx);
        }
        // "Sam will ring on Fridays. If Poppy is not in, Sam will visit.": the split-off
        // "if" sentence is the next step of what it followed.
        if let Some(last) = (first + 1..self.items.len())
            .rev()
            .find(|&i| self.items[i].has_next_step)
        {
            for item in &mut self.items[first..last] {
                item.has_next_step = true;
            }
        }
    }

    fn push(&mut self, kind: ItemKind, range: Range<usize>, ctx: Context) {
        let w = self.words_in(range.clone());
        let kind = self.wish_is_outcome(kind, &w);
        self.push_words(kind, range, ctx, w);
    }

    /// "We want Aoife to be back in school": a wish among the steps is the goal they
    /// serve, and starts its group.
    fn wish_is_outcome(&mut self, kind: ItemKind, w: &Words) -> ItemKind {
        if kind == ItemKind::Action && cues::cues().grammar.wishes.at(w, 0).is_some() {
            self.group += 1;
            return ItemKind::Outcome;
        }
        kind
    }

    fn push_words(&mut self, kind: ItemKind, range: Range<usize>, ctx: Context, w: Words<'a>) {
        let own_measure = measure::has_measure(&w);
        let vague = if kind == ItemKind::Contingency {
            next_step::is_hedge(&w) || !next_step::has_own_next_step(&w) && !own_measure
        } else {
            vague::is_vague(&w)
        };
        // A specific step done once by a date can be checked on that date.
        let completed = kind != ItemKind::Contingency
            && !vague
            && (measure::done_by_a_date(&w) || ctx.deadline && measure::done_once(&w));
        let ours = self.family_voice && owner::we_do(&w);
        self.items.push(Item {
            kind,
            vague,
            has_owner: ctx.owner || ours || owner::has_owner(&w, self.people),
            has_timescale: ctx.timescale || timescale::has_timescale(&w),
            has_measure: ctx.measure || own_measure || completed,
            has_next_step: next_step::has_own_next_step(&w),
            range,
            group: self.group,
        });
        self.words.push(w);
    }

    /// "Who:", "By when:" and "How we will know:" lines: fields of their block, so they
    /// speak for every item in it, the outcome above included.
    fn attach(&mut self, label: Label, w: &Words) {
        if sections::is_blank(w) {
            return;
        }
        let has = match label {
            Label::Measure => true,
            Label::Owner => owner::has_owner_cell(w, self.people),
            Label::Timescale => timescale::has_timescale(w),
            _ => return,
        };
        let group = self.group;
        let start = self.scope.unwrap_or_else(|| {
            let i = self.items.iter().rposition(|i| i.group != group);
            i.map_or(0, |i| i + 1)
        });
        let date = label == Label::Timescale && measure::is_date(w);
        for (item, words) in self.items[start..].iter_mut().zip(&self.words[start..]) {
            match label {
                Label::Measure => item.has_measure |= has,
                Label::Owner => item.has_owner |= has,
                _ => item.has_timescale |= has,
            }
            // "When: 15 March": a step done once by then can be checked on the day.
            let checkable = item.kind != ItemKind::Contingency && !item.vague;
            if date && checkable && measure::done_once(words) {
                item.has_measure = true;
            }
        }
    }

    fn finish(mut self) -> Plan {
        self.cover();
        let first = self
            .items
            .iter()
            .find(|i| i.kind == ItemKind::Contingency)
            .map(|i| i.range.start);
        let contingency = match (first, &self.contingency_heading, &self.pointer) {
            (Some(at), _, _) => Contingency::Present(at),
            (None, Some(h), _) => Contingency::Empty(h.clone()),
            (None, None, Some(p)) => Contingency::Empty(p.clone()),
            // A text with no outcomes or actions is not a plan: it needs no contingency.
            (None, None, None) if self.items.is_empty() => Contingency::Present(0),
            (None, None, None) => Contingency::Missing,
        };
        // Notes with no outcomes, no contingency, mostly past tense, and actions that are
        // mostly "continue": an update of events with no direction.
        let carry_on = &cues::cues().grammar.carry_on;
        let actions: Vec<(&Item, &Words)> = self
            .items
            .iter()
            .zip(&self.words)
            .filter(|(i, _)| i.kind == ItemKind::Action)
            .collect();
        let idle = actions
            .iter()
            .filter(|(i, w)| i.vague || carry_on.any(w))
            .count();
        let recounts_only = !self.items.iter().any(|i| i.kind != ItemKind::Action)
            && idle * 3 >= actions.len() * 2
            && sections::mostly_past(self.doc);
        Plan {
            items: self.items,
            contingency,
            recounts_only,
        }
    }

    /// Which items a contingency speaks for: its own goal block, its topic, or the whole
    /// plan; hedges speak for nothing.
    fn cover(&mut self) {
        let real: Vec<usize> = (0..self.items.len())
            .filter(|&i| {
                self.items[i].kind == ItemKind::Contingency && !next_step::is_hedge(&self.words[i])
            })
            .collect();
        let whole = real
            .iter()
            .any(|&i| next_step::covers_whole_plan(&self.words[i]));
        let groups: HashSet<usize> = real.iter().map(|&i| self.items[i].group).collect();
        // A contingency covers what its trigger tests ("If Kai misses nursery, ..."), not
        // what its response mentions.
        let triggers: Vec<Words> = real
            .iter()
            .map(|&i| next_step::trigger(&self.words[i]))
            .collect();
        let topics: HashSet<&str> = triggers
            .iter()
            .flat_map(|w| sections::topic(w, self.people))
            .collect();
        let direct: Vec<bool> = self
            .items
            .iter()
            .zip(&self.words)
            .map(|(item, w)| {
                item.kind != ItemKind::Contingency
                    && (item.has_next_step
                        // "If any action has not been done by its date": the dated ones.
                        || whole && item.has_timescale
                        || groups.contains(&item.group)
                        || !topics.is_empty()
                            && sections::topic(w, self.people)
                                .iter()
                                .any(|x| topics.contains(x)))
            })
            .collect();
        // A covered outcome covers the actions of its goal or row, and a covered action
        // its outcome; no further.
        let mut reach: HashMap<(usize, bool), bool> = HashMap::new();
        for (item, &d) in self.items.iter().zip(&direct) {
            if d {
                reach.insert((item.group, item.kind == ItemKind::Outcome), true);
            }
        }
        for (item, d) in self.items.iter_mut().zip(direct) {
            if item.kind != ItemKind::Contingency {
                let outcome = item.kind == ItemKind::Outcome;
                item.has_next_step = d || reach.contains_key(&(item.group, !outcome));
            }
        }
    }
}
