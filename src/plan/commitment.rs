//! One item per commitment: a paragraph or cell of several sentences holds a new item
//! wherever a sentence has a doer of its own, and a contingency a new one at each new
//! trigger. A sentence that explains or checks the one before stays with it
//! (LABELLING.md, "what is an item" and "clarifications").

use std::ops::Range;

use super::cues::{cues, Words};
use super::names::People;
use super::owner;
use crate::text::sentence_ranges;

/// The byte ranges (relative to `text`) of the commitments in one paragraph, trimmed.
/// `words` gives the words of a range of `text`.
pub fn split<'w>(
    text: &str,
    words: impl Fn(Range<usize>) -> Words<'w>,
    people: &People,
    contingency: bool,
) -> Vec<Range<usize>> {
    if is_one_piece(text) {
        return std::iter::once(0..text.len()).collect();
    }
    let pieces = pieces(text);
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut last_doer: Option<Vec<String>> = None;
    for (s, line_start) in pieces {
        let w = words(s.clone());
        if w.is_empty() {
            continue;
        }
        let clause = Clause::of(&w).filter(|c| owner::names_a_doer(&w, c.from, c.end, people));
        let doer = clause.as_ref().map(|c| c.doer.clone());
        let trigger = cues().next_step.triggers.at(&w, 0).is_some();
        let new = match out.last() {
            None => true,
            Some(_) if contingency || trigger => trigger,
            // Lines typed one under another, each with its own doer, are a list.
            Some(_) if line_start && doer.is_some() => true,
            Some(_) => {
                doer.as_ref().is_some_and(|d| last_doer.as_ref() != Some(d))
                    && !follows(&w, clause.as_ref())
            }
        };
        if doer.is_some() {
            last_doer = doer;
        }
        match out.last_mut() {
            Some(last) if !new => last.end = s.end,
            _ => out.push(s),
        }
    }
    out
}

/// Most items are one sentence on one line, with nothing to weigh: no stop or line
/// break before their end.
pub fn is_one_piece(text: &str) -> bool {
    !text
        .trim_end()
        .trim_end_matches(['.', '!', '?'])
        .contains(['.', '!', '?', '\n'])
}

/// The sentences of a paragraph, and whether each starts a line of its own: a line
/// break with a capital after it and no stop before it ("Mum to ring the GP⏎Dad to
/// ...") may start a new commitment, as a sentence does.
fn pieces(text: &str) -> Vec<(Range<usize>, bool)> {
    let mut out = Vec::new();
    for s in sentence_ranges(text) {
        let mut start = s.start;
        let mut at_line = out.is_empty() || text[..s.start].ends_with('\n');
        for (i, _) in text[s.clone()].match_indices('\n') {
            let cut = s.start + i;
            let before = text[start..cut].trim_end();
            let next = text[cut + 1..s.end].trim_start();
            if next.starts_with(char::is_uppercase) && !before.ends_with([',', ';', '-', '(']) {
                out.push((start..cut, at_line));
                start = cut + 1;
                at_line = true;
            }
        }
        out.push((start..s.end, at_line));
    }
    out
}

/// Whether a sentence only checks, records or reports on what the one before it
/// commits: "Ola will check this at each visit", "Dad will write it down".
pub fn checks_the_one_before(w: &Words) -> bool {
    reports_on(w, Clause::of(w).as_ref())
}

/// Whether a sentence speaks of the one before: "This is run by ...", "Then they will
/// ...", "Rita will check this", "The school will ring me if he is not there", "The
/// centre will tell Ade".
fn follows(w: &Words, clause: Option<&Clause>) -> bool {
    let g = &cues().grammar;
    g.anaphors.has_word_at(w, 0) || g.follow_on.at(w, 0).is_some() || reports_on(w, clause)
}

fn reports_on(w: &Words, clause: Option<&Clause>) -> bool {
    let g = &cues().grammar;
    if g.checks.any(w) {
        return true;
    }
    let Some(verb) = clause.map(|c| c.verb).filter(|&v| v < w.len()) else {
        return false;
    };
    // "will tell Emma", "will ring me if ...": a report on what the sentence before
    // promised.
    let object = verb + 1;
    let reports = cues().measure.report_verbs.has_word_at(w, verb)
        && object < w.len()
        && (g.people_pronouns.has_word_at(w, object)
            || w.is_capitalised(object)
            || cues().next_step.triggers.any(w));
    reports || g.records.at(w, verb).is_some()
}

/// Whether a sentence commits someone to something: "Tom will", "SW to".
pub fn commits(w: &Words) -> bool {
    Clause::of(w).is_some()
}

/// Where the verb of a committing sentence is: "Tom will *ring*".
pub fn verb(w: &Words) -> Option<usize> {
    Clause::of(w).map(|c| c.verb).filter(|&v| v < w.len())
}

/// Who a sentence commits, and where its verb is.
pub struct Clause {
    /// The words before the modal ("Tom *will*", "SW *to*"), after any opening phrase
    /// up to a comma ("Second, until May, Gran will ...").
    pub doer: Vec<String>,
    /// Where the doer's words are.
    from: usize,
    end: usize,
    /// The first word after the modal and any "also", "not".
    verb: usize,
}

impl Clause {
    /// None when the sentence commits nobody.
    pub fn of(w: &Words) -> Option<Clause> {
        let g = &cues().grammar;
        let modal = (1..w.len().min(12)).find(|&i| {
            g.commit_modals.has_word_at(w, i)
                || w.lower(i) == "to" && i <= 8 && !g.not_plan_to.has_word_at(w, i - 1)
        });
        // "Gran'll take them": the doer and the modal are one word.
        let (end, after, joined) = match modal {
            Some(m) => (m, m + 1, 0),
            None => {
                let m = (0..w.len().min(12)).find(|&i| w.lower(i).ends_with("'ll"))?;
                (m + 1, m + 1, 1)
            }
        };
        let from = (1..end).rev().find(|&k| w.comma_before(k)).unwrap_or(0);
        // "Ellis can choose to talk" has a verb before its "to": no doer of its own.
        if (from..end - joined)
            .any(|i| g.doer_ends.has_word_at(w, i) || g.not_plan_to.has_word_at(w, i))
        {
            return None;
        }
        let doer: Vec<String> = (from..end)
            .map(|i| w.lower(i).trim_end_matches("'ll").to_string())
            .collect();
        let verb = (after..w.len())
            .find(|&i| !g.between.has_word_at(w, i))
            .unwrap_or(w.len());
        (!doer.is_empty() && doer.len() <= 6).then_some(Clause {
            doer,
            from,
            end,
            verb,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str, contingency: bool) -> Vec<&str> {
        let people = People::default();
        split(text, |r| Words::new(&text[r]), &people, contingency)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn each_new_doer_starts_an_item() {
        let got = pieces(
            "Mum to book the dentist for Leo. Grandad will drive them there. Mum will take Leo to the follow-up too.",
            false,
        );
        assert_eq!(
            got,
            [
                "Mum to book the dentist for Leo.",
                "Grandad will drive them there.",
                "Mum will take Leo to the follow-up too."
            ]
        );
    }

    #[test]
    fn the_same_doer_again_stays_in_one_item() {
        let got = pieces(
            "I will visit every week. I will see Leo on his own each time.",
            false,
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn explaining_and_checking_sentences_stay_with_their_item() {
        for text in [
            "Dad will go to the Tuesday group. This is run by the Haven Project.",
            "Mum to keep the kitchen clear. Ola will check this at each visit.",
            "Dad will stay sober at weekends. His worker will email me each month to say how it went.",
            "Leo will go to school every day. The school starts at 8.40am.",
            "Gran will collect Leo. Then they will go straight home.",
            "Leo's club will only let Gran collect him. The club will phone me if anyone else tries.",
            "Leo will see Ola every week. Leo can choose to talk about school.",
            "Ola will visit every week. Some visits will be in the evening.",
            "Kemi will go to the Tuesday group. The group will tell Ola that she went.",
        ] {
            assert_eq!(pieces(text, false).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_doer_after_an_opening_phrase_counts() {
        let got = pieces(
            "Mum will ring the housing office. Second, by the end of May, Uncle Rob will fix the lock.",
            false,
        );
        assert_eq!(got.len(), 2, "{got:?}");
        let got = pieces("Mum will ring the school. I'll walk Leo there.", false);
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn lines_typed_one_under_another_are_one_item_each() {
        let got = pieces(
            "Mum to ring the housing office\nMum to see the GP about her sleep\nDad to fix the\nlock on the back door",
            false,
        );
        assert_eq!(
            got,
            [
                "Mum to ring the housing office",
                "Mum to see the GP about her sleep",
                "Dad to fix the\nlock on the back door"
            ]
        );
    }

    #[test]
    fn a_contingency_splits_only_at_a_new_trigger() {
        let got = pieces(
            "If Dad drinks before a visit, I will end the visit. Gran will take Leo home. If it happens twice, I will call a meeting.",
            true,
        );
        assert_eq!(
            got,
            [
                "If Dad drinks before a visit, I will end the visit. Gran will take Leo home.",
                "If it happens twice, I will call a meeting."
            ]
        );
    }
}
