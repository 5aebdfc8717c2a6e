//! Where a plan's parts are: section headings, table columns, labelled lines, and the
//! small tests that tell a plan statement from an account of events.

use std::ops::Range;

use super::cues::{cues, Words};
use super::names::People;
use crate::document::{BlockKind, Document};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Title, names and dates before the plan starts.
    Front,
    /// Worries, strengths, views, network: no items.
    Skip,
    Outcome,
    Action,
    Contingency,
    /// Review arrangements: tasks only, not dates stated as facts.
    Review,
    /// A heading the lists do not know ("Health", "Money"): statements only.
    Area,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Label,
    /// The condition of a contingency table's row.
    Trigger,
    /// A time ("Weeks 1–4", "By March"): what happens then, as in a timeline.
    Period,
    Progress,
    Measure,
    Owner,
    Timescale,
    Action,
    Outcome,
}

impl Column {
    /// The field a column holds for its row's items, if it is one.
    pub fn field_label(self) -> Option<Label> {
        match self {
            Column::Owner => Some(Label::Owner),
            Column::Timescale => Some(Label::Timescale),
            Column::Measure => Some(Label::Measure),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Outcome,
    Action,
    Contingency,
    Owner,
    Timescale,
    Measure,
    /// "Social worker: Ade", "RAG: GREEN": a field, not part of the plan.
    Field,
}

/// The section a heading opens, from its words; numbering ("1.") is left out, and
/// "Goal 2:" keeps "goal".
pub fn heading(mut w: Words) -> Option<Section> {
    let h = &cues().headings;
    while w
        .get(0)
        .is_some_and(|x| x.chars().all(|c| c.is_ascii_digit() || c == '.'))
    {
        w.drop_first();
    }
    if w.is_empty() {
        return None;
    }
    // Short generic headings only count when they are the whole heading.
    let whole = [
        (&h.whole_action, Section::Action),
        (&h.whole_review, Section::Review),
        (&h.whole_outcome, Section::Outcome),
    ];
    if let Some((_, s)) = whole.into_iter().find(|(list, _)| list.whole(&w)) {
        return Some(s);
    }
    // A heading that is a condition ("If things get harder again", "What we will do
    // if…") heads what happens if things do not change.
    if (0..w.len()).any(|i| cues().next_step.triggers.has_word_at(&w, i) && w.lower(i) == "if") {
        return Some(Section::Contingency);
    }
    [
        (&h.contingency, Section::Contingency),
        (&h.skip, Section::Skip),
        (&h.outcome, Section::Outcome),
        (&h.action, Section::Action),
        (&h.review, Section::Review),
    ]
    .into_iter()
    .find(|(list, _)| list.any(&w))
    .map(|(_, s)| s)
}

/// The column a table header cell names, its words taken as written or singular
/// ("Actions agreed", "Outcomes", "Dates").
pub fn column(text: &str) -> Option<Column> {
    let c = &cues().columns;
    let w = Words::new(text);
    let singular: Vec<&str> = w.iter().map(singular).collect();
    let one = Words::new(&singular.join(" "));
    // Short generic headers only count as the whole cell: "What | Who | When".
    if c.whole_action.whole(&w) || c.whole_action.whole(&one) {
        return Some(Column::Action);
    }
    [
        (&c.label, Column::Label),
        (&c.trigger, Column::Trigger),
        (&c.progress, Column::Progress),
        (&c.measure, Column::Measure),
        (&c.owner, Column::Owner),
        (&c.timescale, Column::Timescale),
        (&c.action, Column::Action),
        (&c.outcome, Column::Outcome),
    ]
    .into_iter()
    .find(|(list, _)| list.any(&w) || list.any(&one))
    .map(|(_, col)| col)
}

/// A table header: a column [`column`] names, or a time ("Weeks 1–4", "By 30 June"),
/// as a timeline's columns are.
pub fn header(text: &str) -> Option<Column> {
    column(text).or_else(|| is_period(&Words::new(text)).then_some(Column::Period))
}

/// A header that names a time: "Weeks 1–4", "Month 2", "By 30 June".
fn is_period(w: &Words) -> bool {
    let t = &cues().timescale;
    let unit_and_number = (0..w.len()).any(|i| t.units.has_word_at(w, i))
        && (0..w.len()).any(|i| w.is_number(i))
        && w.len() <= 4;
    unit_and_number || super::timescale::has_timescale(w)
}

/// A plural's singular, roughly: "actions" → "action", "dates" → "date"; "class" and
/// short words stay as they are.
fn singular(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(stem) if stem.len() >= 3 && !stem.ends_with('s') && !stem.ends_with('u') => stem,
        _ => word,
    }
}

/// A label at the start of a block: "Outcome 1:", "Who:", "Outcome 2 - ...". Returns
/// the label and the byte range of the text after it.
pub fn label<'w>(
    text: &str,
    words: impl FnOnce(Range<usize>) -> Words<'w>,
) -> Option<(Label, Range<usize>)> {
    let l = &cues().labels;
    let mut cut = text.len().min(80);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    // "Name: value", or "Name - value" with a hyphen or en dash between spaces.
    let end = head.find(':').map(|i| (i, i + 1)).or_else(|| {
        head.match_indices(['-', '–'])
            .find(|&(i, d)| head[..i].ends_with(' ') && head[i + d.len()..].starts_with(' '))
            .map(|(i, d)| (i - 1, i + d.len() + 1))
    })?;
    let mut name = words(0..end.0);
    // "1.3 If not:", "2a) Goal:": numbering before the label.
    while name.len() > 1 && name.is_number(0) {
        name.drop_first();
    }
    if name.is_empty() || name.len() > 6 {
        return None;
    }
    let rest_start = end.1 + (text[end.1..].len() - text[end.1..].trim_start().len());
    let kind = [
        (&l.contingency, Label::Contingency),
        (&l.measure, Label::Measure),
        (&l.timescale, Label::Timescale),
        (&l.owner, Label::Owner),
        (&l.outcome, Label::Outcome),
        (&l.action, Label::Action),
    ]
    .into_iter()
    .find(|(list, _)| {
        list.at(&name, 0).is_some_and(|n| {
            // "Outcome 1", "Action 2a": a number may follow the label word.
            n == name.len() || (n + 1 == name.len() && name.is_number(n))
        })
    })
    .map(|(_, k)| k);
    match kind {
        Some(k) => Some((k, rest_start..text.len())),
        // Only a short "Name: value" is a field; a colon later in a sentence is not.
        None if end.1 == end.0 + 1 && name.len() <= 4 && !name.iter().any(|x| x == "will") => {
            Some((Label::Field, rest_start..text.len()))
        }
        None => None,
    }
}

/// Whether a block says what someone will do: "Mum will ...", "SW to ...", "Ring the GP".
pub fn is_statement(w: &Words) -> bool {
    if w.is_empty() {
        return false;
    }
    let g = &cues().grammar;
    let modal = (0..w.len()).any(|i| {
        w.is_modal(i)
            || w.lower(i) == "to" && i > 0 && i <= 8 && !g.not_plan_to.has_word_at(w, i - 1)
    });
    // "Ring the GP" is an instruction; "Plan Item 1 of 6", in title case, is a title.
    let title = w.len() >= 2
        && (0..w.len()).all(|i| w.is_capitalised(i) || w.is_number(i) || w.lower(i).len() <= 2);
    modal || !title && cues().vague.concrete.at(w, 0).is_some() && !w.lower(0).ends_with("ed")
}

/// "Spoke to Mrs Achebe – agreed no fines (14/05)", "Referral sent": a line that
/// records what already happened.
pub fn recounts_event(w: &Words) -> bool {
    (0..w.len().min(5)).any(|i| cues().grammar.past_verbs.has_word_at(w, i))
}

/// "Leah walks her dog every evening", "Referral sent": a line that says how things
/// are or were, with nobody committed to anything.
pub fn describes(w: &Words, people: &People) -> bool {
    if (0..w.len()).any(|i| w.is_modal(i)) {
        return false;
    }
    if recounts_event(w) {
        return true;
    }
    if is_statement(w) || super::commitment::Clause::of(w).is_some() {
        return false;
    }
    let finite = |i: usize| {
        let x = w.lower(i);
        cues().grammar.present.has_word_at(w, i)
            || x.len() > 3 && x.ends_with('s') && !x.ends_with("ss") && !x.ends_with("'s")
    };
    (1..w.len().min(6)).any(|i| finite(i) && super::owner::names_a_doer(w, 0, i, people))
}

/// Whether a line says what will happen, or when: a trigger, a modal or a future.
pub fn looks_ahead(w: &Words) -> bool {
    cues().next_step.triggers.any(w) || (0..w.len()).any(|i| w.is_future(i) || w.is_modal(i))
}

/// Whether a table cell or label line's text counts: not empty, not a dash, not "TBC".
pub fn is_blank(w: &Words) -> bool {
    w.is_empty() || cues().timescale.not_timescales.whole(w) && w.len() <= 3
}

/// "Ring Tamsin on 07700 900417", "If someone is in danger, ring 999": a number to
/// call, with nobody committed to anything.
pub fn is_contact(w: &Words) -> bool {
    let phone = (0..w.len()).any(|i| {
        let x = w.lower(i);
        x.bytes().all(|b| b.is_ascii_digit()) && (x.len() >= 5 || x == "999")
    });
    phone && super::commitment::Clause::of(w).is_none()
}

/// "The plan will be reviewed at the RCPC on ...": a date given as a fact, not a task.
pub fn is_fact(w: &Words) -> bool {
    cues().facts.phrases.any(w)
}

/// "Aoife will send everyone a copy", "Minutes circulated to all": about the document,
/// not the family.
pub fn is_admin(w: &Words) -> bool {
    cues().facts.admin.any(w)
}

/// Whether most sentences of the prose (not the lists) recount what happened: notes,
/// not a plan.
pub fn mostly_past(doc: &Document) -> bool {
    let (mut past, mut future) = (0, 0);
    let prose = doc.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph);
    for s in prose.flat_map(|b| {
        unicode_segmentation::UnicodeSegmentation::split_sentence_bounds(doc.block_text(b))
    }) {
        let w = Words::new(s);
        if w.len() < 4 {
            continue;
        }
        let g = &cues().grammar;
        let fut = (0..w.len()).any(|i| w.is_future(i));
        let was = (0..w.len()).any(|i| g.past.has_word_at(&w, i));
        if fut {
            future += 1;
        } else if was {
            past += 1;
        }
    }
    past >= 5 && past > future * 2
}

/// What an item is about: its longer words, roughly stemmed, without names and the
/// words every plan uses.
pub fn topic<'w>(w: &'w Words, people: &People) -> Vec<&'w str> {
    let c = cues();
    let mut out = Vec::new();
    for (i, x) in w.iter().enumerate() {
        let t = &c.topic;
        if t.missed.has_word_at(w, i)
            && (i + 1..(i + 6).min(w.len())).any(|k| t.school_time.at(w, k).is_some())
        {
            out.push("school");
            continue;
        }
        // Words of one topic stand for each other: "drinking" and "alcohol", "hit" and
        // "marks".
        if let Some((key, _)) = c.synonyms.iter().find(|(_, list)| list.has_word_at(w, i)) {
            out.push(key.as_str());
            continue;
        }
        if x.len() < 4 || w.is_number(i) || people.is_name(x) && w.is_capitalised(i) {
            continue;
        }
        // People are not topics, but the places they stand for are: "school", "nursery".
        let place = c.topic.places.has_word_at(w, i);
        if !place && c.owner.people.has_word_at(w, i)
            || c.timescale.months.has_word_at(w, i)
            || c.timescale.weekdays.has_word_at(w, i)
        {
            continue;
        }
        let stem = stem(x);
        let generic = &c.topic.generic;
        if stem.len() >= 4 && !generic.has_word(stem) && !generic.has_word(x) {
            out.push(stem);
        }
    }
    out
}

fn stem(x: &str) -> &str {
    let x = x.trim_end_matches("'s");
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(s) = x.strip_suffix(suffix) {
            if s.len() >= 4 {
                return s.trim_end_matches('e');
            }
        }
    }
    x.trim_end_matches('e')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(text: &str) -> Option<Section> {
        heading(Words::new(text))
    }

    fn l(text: &str) -> Option<(Label, Range<usize>)> {
        label(text, |r| Words::new(&text[r]))
    }

    #[test]
    fn headings_map_to_sections_loosely() {
        assert_eq!(
            h("What will happen if things do not change?"),
            Some(Section::Contingency)
        );
        assert_eq!(h("3. What needs to change"), Some(Section::Outcome));
        assert_eq!(h("Next steps"), Some(Section::Action));
        assert_eq!(h("What is working well"), Some(Section::Skip));
        assert_eq!(h("CHILD PROTECTION PLAN - REVIEW"), None);
        assert_eq!(h("PLAN"), Some(Section::Action));
        assert_eq!(h("Money"), None);
        assert_eq!(h("If things get harder again"), Some(Section::Contingency));
        assert_eq!(h("What we will do if…"), Some(Section::Contingency));
        assert_eq!(h("2. Written agreement"), Some(Section::Action));
        assert_eq!(h("What the school will do"), Some(Section::Action));
    }

    #[test]
    fn columns_and_labels() {
        assert_eq!(column("How we will know"), Some(Column::Measure));
        assert_eq!(column("By when"), Some(Column::Timescale));
        assert_eq!(column("Area of Concern"), Some(Column::Label));
        assert_eq!(column("What will happen"), Some(Column::Action));
        assert_eq!(column("Planned Outcome"), Some(Column::Outcome));
        assert_eq!(column("WHAT"), Some(Column::Action));
        assert_eq!(column("Actions agreed"), Some(Column::Action));
        assert_eq!(column("Outcomes"), Some(Column::Outcome));
        assert_eq!(column("Target dates"), Some(Column::Timescale));
        assert_eq!(column("What the council will do"), Some(Column::Action));
        // Cut points inside a character ("“" at byte 78) must not panic.
        assert_eq!(l(&format!("{}“quoted” text", "x".repeat(77))), None);
        let (kind, rest) = l("Outcome 1: Dad will stop drinking.").unwrap();
        assert_eq!(
            (kind, &"Outcome 1: Dad will stop drinking."[rest]),
            (Label::Outcome, "Dad will stop drinking.")
        );
        assert_eq!(
            l("If this does not happen: If Mum ...").map(|l| l.0),
            Some(Label::Contingency)
        );
        assert_eq!(
            l("Social worker: Ade Bello").map(|l| l.0),
            Some(Label::Field)
        );
        assert_eq!(l("Mum will ring: the school"), None);
        assert_eq!(
            l("1.3 If not: If Gary comes, Sam will ring.").map(|l| l.0),
            Some(Label::Contingency)
        );
    }

    #[test]
    fn topics_match_by_meaning() {
        let people = People::default();
        let a = Words::new("No one will hit Riley.");
        let b = Words::new("If Riley has new marks or bruises");
        let (ta, tb) = (topic(&a, &people), topic(&b, &people));
        assert!(ta.iter().any(|t| tb.contains(t)), "{ta:?} {tb:?}");
        let c = Words::new("Dad will not drink before visits.");
        let d = Words::new("If a breath test shows alcohol");
        let (tc, td) = (topic(&c, &people), topic(&d, &people));
        assert!(tc.iter().any(|t| td.contains(t)), "{tc:?} {td:?}");
        let e = Words::new("If Leo is still missing two days a week");
        let e = topic(&e, &people);
        assert!(e.contains(&"school"), "{e:?}");
        assert!(!e.contains(&"missing"), "{e:?}");
        let f = Words::new("If Leo goes missing overnight");
        let f = topic(&f, &people);
        assert!(f.contains(&"missing"), "{f:?}");
    }

    #[test]
    fn statements_say_what_someone_will_do() {
        assert!(is_statement(&Words::new("SW to complete visits.")));
        assert!(is_statement(&Words::new("Ring the GP.")));
        assert!(!is_statement(&Words::new("Plan Item 1 of 6")));
        assert!(!is_statement(&Words::new(
            "José wants to stay with Ann and Phil."
        )));
    }
}
