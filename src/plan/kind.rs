//! What kind of document this is, and why plainplan thinks so: from its title (the
//! first lines, where a plan, minutes, a case note or a leaflet names itself), then from
//! its shape (a letter's greeting and sign-off, an e-mail's header, a question for a
//! title). A plan written as a letter is still a plan when a heading in it names the
//! plan or what happens if things do not change.

use super::cues::{cues, Phrases, Words};
use super::sections::{heading, Section};
use crate::document::{BlockKind, Document, DocumentKind};

/// A document's kind and the evidence for it, in words a user can check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classified {
    pub kind: DocumentKind,
    pub evidence: String,
    /// The title line that names the document ("Child in Need Plan – Amir"), if one
    /// does: the family was given a document of that name, so it is not jargon in it.
    pub title: Option<String>,
}

/// The title region: this many blocks with words, at most, from the top, and this many
/// headings (a council's name, a team, the title, in capitals in a text export).
const TITLE_BLOCKS: usize = 6;
const TITLE_HEADINGS: usize = 3;
/// A letter's greeting is among its first blocks, its sign-off among its last.
const SHAPE_BLOCKS: usize = 25;

pub fn classify(doc: &Document) -> Classified {
    let c = &cues().kinds;
    let lists: [(&Phrases, DocumentKind); 7] = [
        (&c.meeting_notes, DocumentKind::MeetingNotes),
        (&c.case_notes, DocumentKind::CaseNotes),
        (&c.chronology, DocumentKind::Chronology),
        (&c.assessment, DocumentKind::Assessment),
        (&c.leaflet, DocumentKind::Leaflet),
        (&c.guidance, DocumentKind::Guidance),
        (&c.plan, DocumentKind::Plan),
    ];
    // The first title line that names a kind decides; within it, the earliest name
    // ("Core group meeting – review of the plan" is meeting notes).
    for text in title_lines(doc) {
        let w = Words::new(prefix(text, 160));
        let named = lists
            .iter()
            .filter_map(|(list, kind)| list.find(&w).map(|(at, _)| (at, *kind)))
            .min_by_key(|(at, _)| *at);
        if let Some((_, kind)) = named {
            return Classified {
                kind,
                evidence: format!("its title says it is {}", kind.with_article()),
                // A sentence that names a plan is not the document's name.
                title: (text.len() <= 120 && !text.trim_end().ends_with(['.', '!', '?']))
                    .then(|| text.to_string()),
            };
        }
    }
    // Most plans name themselves above; only the rest are read for their shape.
    let texts: Vec<&str> = doc
        .blocks
        .iter()
        .map(|b| doc.block_text(b))
        .filter(|t| t.bytes().any(|b| b.is_ascii_alphanumeric()) || !t.is_ascii())
        .collect();
    // A letter greets near its top and signs off near its end: only those blocks are
    // read, on their first two words.
    let top: Vec<(&str, [String; 2])> = texts
        .iter()
        .take(SHAPE_BLOCKS)
        .map(|t| (*t, first_two(t)))
        .collect();
    let greeting = top.iter().any(|(_, [a, _])| c.greetings.has_word(a));
    let sign_off = texts.iter().rev().take(SHAPE_BLOCKS).any(|t| {
        let [a, b] = first_two(t);
        t.len() < 60 && (c.sign_offs.has_phrase(&[&a, &b]) || c.sign_offs.has_word(&a))
    });
    let email_fields = top
        .iter()
        .take(TITLE_BLOCKS)
        .filter(|(t, [a, _])| c.email_fields.has_word(a) && prefix(t, 20).contains(':'))
        .count();
    if greeting && sign_off || email_fields >= 2 {
        if let Some(why) = plan_heading(doc) {
            return Classified {
                kind: DocumentKind::Plan,
                evidence: format!("a letter that sets out a plan ({why})"),
                title: None,
            };
        }
        let shape = if email_fields >= 2 {
            "an e-mail header"
        } else {
            "a greeting and a sign-off"
        };
        return Classified {
            kind: DocumentKind::Letter,
            evidence: format!("it has {shape}"),
            title: None,
        };
    }
    let title = doc
        .blocks
        .iter()
        .find(|b| matches!(b.kind, BlockKind::Heading { .. }));
    if title.is_some_and(|b| doc.block_text(b).trim_end().ends_with('?')) {
        return Classified {
            kind: DocumentKind::Leaflet,
            evidence: "its title is a question, as a leaflet's is".to_string(),
            title: None,
        };
    }
    Classified {
        kind: DocumentKind::Plan,
        evidence: "nothing says it is anything but a plan".to_string(),
        title: None,
    }
}

/// The title and header lines: blocks from the top, up to the first list, the first
/// section heading ("Actions", "What needs to change") or a fourth heading.
fn title_lines(doc: &Document) -> Vec<&str> {
    let mut out = Vec::new();
    let mut headings = 0;
    for b in &doc.blocks {
        let text = doc.block_text(b);
        if !text.chars().any(char::is_alphanumeric) {
            continue;
        }
        match b.kind {
            BlockKind::ListItem => break,
            BlockKind::Heading { .. } => {
                headings += 1;
                if headings > TITLE_HEADINGS {
                    break;
                }
                out.push(text);
                // A plan section ("Actions") ends the title region, after itself: it
                // may also be the title ("Safety plan").
                let section = heading(Words::new(text));
                if matches!(
                    section,
                    Some(Section::Outcome | Section::Action | Section::Contingency)
                ) {
                    break;
                }
                continue;
            }
            _ => {}
        }
        out.push(text);
        if out.len() == TITLE_BLOCKS {
            break;
        }
    }
    out
}

/// The words of `t`, lower case, curly apostrophes straightened ("child's", "plan").
pub fn lower_words(t: &str) -> impl Iterator<Item = String> + '_ {
    t.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
}

/// The first two words of a block, lower case ("yours", "sincerely").
fn first_two(t: &str) -> [String; 2] {
    let mut words = lower_words(prefix(t, 40));
    [
        words.next().unwrap_or_default(),
        words.next().unwrap_or_default(),
    ]
}

/// At most the first `n` bytes of `t`, cut at a character boundary.
fn prefix(t: &str, n: usize) -> &str {
    let mut end = t.len().min(n);
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    &t[..end]
}

/// A heading that names the plan ("Freya's plan") or what happens if things do not
/// change: what makes a letter a plan.
fn plan_heading(doc: &Document) -> Option<&'static str> {
    let plan = &cues().kinds.plan;
    doc.blocks.iter().find_map(|b| {
        let text = doc.block_text(b);
        let short = text.len() < 80 && !text.trim_end().ends_with(['.', ',']);
        if !matches!(b.kind, BlockKind::Heading { .. }) && !short {
            return None;
        }
        let w = Words::new(text);
        if plan.any(&w) {
            Some("a heading names the plan")
        } else if heading(w) == Some(Section::Contingency) {
            Some("it says what happens if things do not change")
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Format, Source};

    fn kind(text: &str) -> DocumentKind {
        classify(&Source::new(text, Format::Markdown).document).kind
    }

    #[test]
    fn the_title_says_what_a_document_is() {
        assert_eq!(
            kind("# Safety plan for Jo\n\n- Mum will ring.\n"),
            DocumentKind::Plan
        );
        assert_eq!(
            kind("# Core group meeting: review of the child protection plan\n\nPresent: ...\n"),
            DocumentKind::MeetingNotes
        );
        assert_eq!(
            kind("COUNCIL\n\nCASE NOTE\n\nVisit: home\n"),
            DocumentKind::CaseNotes
        );
        assert_eq!(
            kind("# Chronology of events\n\n03/11 Police called.\n"),
            DocumentKind::Chronology
        );
        assert_eq!(
            kind("# What happens at a review?\n\n*A guide for parents*\n\n## Who comes?\n"),
            DocumentKind::Leaflet
        );
        assert_eq!(
            kind("# Initial safety plan agreed at the strategy discussion\n\n1. Mum to ...\n"),
            DocumentKind::Plan
        );
    }

    #[test]
    fn letters_by_their_shape_unless_they_set_out_a_plan() {
        let letter = "Civic Centre\n\nDear Ms Reid,\n\nThank you for coming.\n\n## What will happen?\n\nWe will meet.\n\nYours sincerely,\n\nSam\n";
        assert_eq!(kind(letter), DocumentKind::Letter);
        let plan = "Civic Centre\n\nDear Ms Reid,\n\n## Your plan until June\n\n- Sam will visit every week.\n\nYours sincerely,\n\nSam\n";
        assert_eq!(kind(plan), DocumentKind::Plan);
        let email = "From: Ann\n\nTo: Sam\n\nSubject: Lucía Muñoz – attendance\n\nHi Sam,\n\nKai was late.\n";
        assert_eq!(kind(email), DocumentKind::Letter);
    }
}
