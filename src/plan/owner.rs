//! Owner: who will do an action. A person or a role owns what follows them; a child
//! owns what a child does, not a state or something done to them; services, groups and
//! passives with no doer own nothing (LABELLING.md, "owner").

use std::ops::Range;

use super::commitment;
use super::cues::{cues, Words};
use super::names::People;
use crate::text::passive;

/// Whether the item names who will do it, in any of its sentences or in a "(Who: ...)"
/// field inside it.
pub fn has_owner(w: &Words, people: &People) -> bool {
    inline_who(w, people) || has_doer(w, people) || dashed_who(w, people)
}

/// "ABE interview to be arranged – DS Haraldsen – by 9 April": a short part after a
/// dash that names a person or role.
fn dashed_who(w: &Words, people: &People) -> bool {
    let dashes: Vec<usize> = (1..w.len()).filter(|&i| w.dash_before(i)).collect();
    let names_who = |from: usize, to: usize| {
        matches!(doer(w, from, to, people), Some(Doer::Adult | Doer::Child))
    };
    dashes.iter().enumerate().any(|(k, &at)| {
        let end = dashes.get(k + 1).copied().unwrap_or(w.len());
        let end = (at..end)
            .find(|&i| i > at && w.stop_before(i))
            .unwrap_or(end);
        // "... Service. (SW – September 2025)": a short part that starts a sentence
        // of its own and ends at the dash.
        let start = (1..at).rev().find(|&i| w.stop_before(i));
        let before = start.is_some_and(|s| at - s <= 3 && names_who(s, at));
        before || end - at <= 5 && names_who(at, end)
    })
}

/// "We will not argue in front of the kids", in a part the parents wrote.
pub fn we_do(w: &Words) -> bool {
    let we = &cues().owner.we;
    (0..w.len().min(4)).any(|i| we.at(w, i).is_some())
}

/// "(Who: School, By: after Easter)": a Who field written inside the item.
fn inline_who(w: &Words, people: &People) -> bool {
    (0..w.len().saturating_sub(1)).any(|i| {
        let field = w.lower(i) == "who"
            && w.punct_before(i + 1)
            && !w.comma_before(i + 1)
            && !w.stop_before(i + 1);
        field && {
            let end = (i + 2..w.len())
                .find(|&k| w.punct_before(k))
                .unwrap_or(w.len());
            has_owner_cell(&w.slice(i + 1..end), people)
        }
    })
}

fn has_doer(w: &Words, people: &People) -> bool {
    let g = &cues().grammar;
    let mut start = 0;
    // A later sentence that only checks or reports on a commitment before it ("Ola
    // will check this at each visit") names the checker, not the owner.
    let mut checking = false;
    let mut committed = false;
    let mut sentence_start = 0;
    for end in 1..=w.len() {
        // A clause ends at a full stop, or at "and" before a new doer: "CAMHS to offer
        // support and school to monitor".
        let new_doer = end < w.len()
            && w.lower(end) == "and"
            && (end + 2..(end + 5).min(w.len())).any(|k| g.second_verb.has_word_at(w, k));
        if end == w.len() || w.stop_before(end) || new_doer {
            if !checking && clause_owner(w, start..end, people) {
                return true;
            }
            start = if new_doer { end + 1 } else { end };
            if end < w.len() && w.stop_before(end) {
                let sentence = |from: usize| {
                    let to = (from + 1..w.len())
                        .find(|&k| w.stop_before(k))
                        .unwrap_or(w.len());
                    w.slice(from..to)
                };
                committed |= commitment::commits(&sentence(sentence_start));
                sentence_start = end;
                checking = committed && commitment::checks_the_one_before(&sentence(end));
            }
        }
    }
    false
}

/// "Mum will:", "The school has agreed to:": a lead-in whose doer owns each bullet
/// under it.
pub fn lead_in_owner(w: &Words, people: &People) -> bool {
    let ends = &cues().grammar.doer_ends;
    w.len() <= 8
        && (1..w.len())
            .find(|&i| ends.has_word_at(w, i))
            .is_some_and(|m| matches!(doer(w, 0, m, people), Some(Doer::Adult | Doer::Child)))
}

/// A Who cell or "Who:" line: a person, role or any name, not a service.
pub fn has_owner_cell(w: &Words, people: &People) -> bool {
    match doer(w, 0, w.len(), people) {
        Some(d) => d != Doer::Group,
        None => (0..w.len()).any(|i| w.is_capitalised(i)),
    }
}

/// Whether `words[from..to]` names someone who can act: a person, role, child, place
/// or service, not a thing ("some visits", "the course").
pub fn names_a_doer(w: &Words, from: usize, to: usize, people: &People) -> bool {
    doer(w, from, to, people).is_some()
}

/// Who a subject is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Doer {
    /// A parent, worker, place or adult's name: whatever follows, they own it.
    Adult,
    /// A child, or "I" and "you" in a plan written to a young person: they own what
    /// they do, not what they are ("will be safe").
    Child,
    /// A child under 11, or a baby: what they do still needs a named adult.
    YoungChild,
    /// Services, groups, "professionals": nobody in particular.
    Group,
}

fn clause_owner(w: &Words, clause: Range<usize>, people: &People) -> bool {
    let c = &cues().owner;
    let ends = &cues().grammar.doer_ends;
    let mut start = clause.start;
    if c.openers.has_word_at(w, start) {
        // Skip the opening phrase up to its comma: "By 15 April, ...".
        match (start + 1..clause.end).find(|&k| w.comma_before(k)) {
            Some(comma) => start = comma,
            None => return false,
        }
    }
    // "It is hoped that Dad will ...": the doer follows the "that".
    let that = (start + 1..(start + 5).min(clause.end)).find(|&i| w.lower(i) == "that");
    if let Some(that) = that.filter(|&t| !(start..t).any(|i| w.is_modal(i))) {
        start = that + 1;
    }
    let Some(modal) = (start + 1..clause.end)
        .find(|&i| ends.has_word_at(w, i))
        .or_else(|| (start..clause.end).find(|&i| w.lower(i).ends_with("'ll")))
    else {
        return false;
    };
    let who = if w.lower(modal).ends_with("'ll") {
        let me = w.lower(modal).starts_with("i'") || w.lower(modal).starts_with("you");
        Some(if me { Doer::Child } else { Doer::Adult })
    } else {
        doer(w, start, modal, people)
    };
    let passive = passive_after(w, modal);
    match who {
        // "Mum will have support" is help she gets, not something she does.
        Some(Doer::Adult) if !passive => {
            c.receiving.at(w, modal + 1).is_none() && !receives(w, modal, clause.end)
        }
        Some(Doer::Child) if !passive => does_something(w, modal, clause.end),
        // "Leo will get to nursery by 9am, taken by Gran": the adult who does it.
        Some(Doer::YoungChild) if !passive => by_doer(w, modal, clause.end, people),
        // "Abdi to be supported" is done to someone; "... and to reduce missing
        // episodes" after it is something they do; "... by the health visitor" names
        // who does it.
        Some(Doer::Adult | Doer::Child | Doer::YoungChild) => {
            by_doer(w, modal, clause.end, people)
                || (modal + 2..clause.end)
                    .find(|&k| w.lower(k - 1) == "and" && ends.has_word_at(w, k))
                    .is_some_and(|k| !passive_after(w, k) && does_something(w, k, clause.end))
        }
        // "FGC referral to be made by SW" names its doer after "by".
        _ => passive && by_doer(w, modal, clause.end, people),
    }
}

/// "will have more support of her own", "will get the right help", "will have a Polish
/// interpreter": something given, a few words after "have" or "get".
fn receives(w: &Words, modal: usize, end: usize) -> bool {
    let c = &cues().owner;
    matches!(w.get(modal + 1), Some("have" | "get" | "receive"))
        && (modal + 2..(modal + 6).min(end))
            .take_while(|&k| !w.punct_before(k))
            .any(|k| c.given.has_word_at(w, k))
}

/// A person or role after "by" in a passive: "to be made by the SW", "by 9am, taken
/// by Gran".
fn by_doer(w: &Words, modal: usize, end: usize, people: &People) -> bool {
    (modal..end)
        .filter(|&i| w.lower(i) == "by")
        .any(|by| doer(w, by + 1, end, people).is_some_and(|d| d != Doer::Group))
}

/// The doer named in `words[from..to]`: the first word that is not a determiner or a
/// possessive decides, or the one right after it ("designated teacher").
fn doer(w: &Words, from: usize, to: usize, people: &People) -> Option<Doer> {
    let c = &cues().owner;
    let to = to.min(w.len());
    let mut looked = 0;
    let mut i = from;
    while i < to && looked < 2 {
        let word = w.lower(i);
        let possessive = word.ends_with("'s") && i + 1 < to;
        if c.determiners.has_word_at(w, i) || possessive {
            i += 1;
            continue;
        }
        let person = c.people.at(w, i).unwrap_or(0);
        let group = c.not_people.at(w, i).unwrap_or(0);
        if person > 0 && person >= group {
            let me = c.me.has_word_at(w, i);
            return Some(if me { Doer::Child } else { Doer::Adult });
        }
        if group > 0 {
            return Some(Doer::Group);
        }
        if c.young_children.has_word_at(w, i) {
            return Some(Doer::YoungChild);
        }
        if c.children.has_word_at(w, i) {
            return Some(Doer::Child);
        }
        if w.is_capitalised(i) && people.is_name(word) {
            return Some(match people.child(word) {
                Some(true) => Doer::YoungChild,
                Some(false) => Doer::Child,
                None => Doer::Adult,
            });
        }
        if c.prepositions.has_word_at(w, i) {
            return None;
        }
        looked += 1;
        i += 1;
    }
    // A name the plan does not use elsewhere, with its role beside it: "Sian, the
    // diabetes nurse, will ...".
    let named = w.is_capitalised(from.min(w.len().saturating_sub(1)));
    let role = (from..to).any(|k| c.people.at(w, k).is_some());
    (named && role && from < to).then_some(Doer::Adult)
}

/// Whether any verb after the modal is something the subject does, not a state:
/// "will go to school", "to be safeguarded ... and to reduce missing episodes".
fn does_something(w: &Words, modal: usize, end: usize) -> bool {
    let g = &cues().grammar;
    let mut verbs = vec![modal + 1];
    for i in modal + 1..end.saturating_sub(1) {
        if w.lower(i) == "and" {
            if g.second_verb.has_word_at(w, i + 1) {
                verbs.push(i + 2);
            } else if cues().vague.concrete.at(w, i + 1).is_some() {
                verbs.push(i + 1);
            }
        }
    }
    verbs.into_iter().any(|v| active_at(w, v, end))
}

fn active_at(w: &Words, mut i: usize, end: usize) -> bool {
    let c = &cues().owner;
    loop {
        while i < end && c.adverbs.has_word_at(w, i) {
            i += 1;
        }
        if i >= end {
            return false;
        }
        // "be" is a state unless what follows says otherwise (below).
        let decided_below = w.lower(i) == "be";
        if c.state_verbs.at(w, i).is_some() && !decided_below {
            return false;
        }
        if cues().grammar.negations.has_word_at(w, i) {
            i += 1;
            continue;
        }
        break;
    }
    match w.lower(i) {
        // "be in school", "be home by 9pm", "be able to": where someone is, or can do.
        "be" => i + 1 < w.len() && c.be_places.has_word_at(w, i + 1),
        // "will have her jabs", "will have a settled home": done to them, or a state.
        "have" => false,
        // Telling and writing down are things people do: "you will tell Mum".
        _ => true,
    }
}

/// "to be made", "will be arranged": a passive with no doer before it.
fn passive_after(w: &Words, modal: usize) -> bool {
    let next = |k: usize| w.get(modal + k);
    let be = match next(1) {
        Some("be") => 2,
        Some("not") if next(2) == Some("be") => 3,
        _ => return false,
    };
    next(be).is_some_and(passive::participle_like)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> People {
        let mut p = People::default();
        for n in ["poppy", "ade", "kat", "nicola"] {
            p.names.insert(n.to_string());
        }
        p.children.insert("poppy".to_string(), Some(12));
        p.names.insert("leo".to_string());
        p.children.insert("leo".to_string(), Some(3));
        p
    }

    #[test]
    fn a_person_after_a_dash_owns_the_item() {
        let n = names();
        assert!(has_owner(
            &Words::new("Home visit to be arranged – Ade – by 9 April."),
            &n
        ));
        assert!(!has_owner(
            &Words::new("Home visit to be arranged – the service – by 9 April."),
            &n
        ));
        assert!(!has_owner(
            &Words::new("Home visit to be arranged – 9 April."),
            &n
        ));
        assert!(has_owner(
            &Words::new("Referral to be made to the carers centre. (SW – May 2027)"),
            &n
        ));
        assert!(!has_owner(
            &Words::new("A sharps bin to be provided. (Recovery Hub – ASAP)"),
            &n
        ));
    }

    #[test]
    fn we_is_the_writers_in_a_part_the_family_wrote() {
        assert!(we_do(&Words::new(
            "We will not argue in front of the kids."
        )));
        assert!(we_do(&Words::new("If we argue, one of us will go out.")));
        assert!(!we_do(&Words::new("Mum will ring the GP.")));
    }

    #[test]
    fn owners_are_people_and_roles_not_services_or_passives() {
        let n = names();
        for yes in [
            "Mum to take Poppy to the dentist.",
            "Kat Osei (health visitor) will visit every week.",
            "By 28 January, Nicola and Ade will write a list.",
            "FGC referral to be made by SW.",
            "I will go to college every day.",
            "School to ring Mum by 10am.",
            "Poppy to be safeguarded from CSE and to reduce missing episodes.",
            "The allocated social worker will ring Dad.",
            "Grandma has agreed to collect Poppy on Fridays.",
            "Poppy will be in school by 9am.",
            "Referral to the young carers service (Who: SW, By: 28/03/2027)",
        ] {
            assert!(has_owner(&Words::new(yes), &n), "{yes}");
        }
        for no in [
            "Professionals to work together.",
            "Referral to be made to CAMHS.",
            "All agencies to share information.",
            "Poppy will be safe and well.",
            "Children will be seen regularly.",
            "Home conditions to improve.",
            "Poppy to be supported to find part-time work.",
            "Children to be protected from DV.",
            "Nursery place to be sourced.",
            "Mum will have support from the family hub.",
            "Dad will have more help of his own.",
            "Mum and Dad will get the right support.",
            "Gran will have a Punjabi interpreter at each meeting.",
        ] {
            assert!(!has_owner(&Words::new(no), &n), "{no}");
        }
    }

    #[test]
    fn a_sentence_that_checks_the_first_names_no_owner() {
        let n = names();
        for no in [
            "The kitchen will be kept clear. Ade will check this at every visit.",
            "Poppy will be safe at home. Poppy will tell Kat that an adult is always there.",
            "Home conditions to improve. Nicola will write down what she sees and tell Ade.",
        ] {
            assert!(!has_owner(&Words::new(no), &n), "{no}");
        }
        for yes in [
            "Nicola will clear the back yard. Ade will check this at every visit.",
            "The yard will be cleared. Nicola will also fix the gate.",
            "Kat runs the group. She will tell Ade each week whether Nicola went.",
            "Kat runs the group. She will visit Nicola by 30 May.",
            "It is hoped that Nicola will be able to start the course in May.",
            "Nicola will make sure that the kitchen is clean.",
            "Leo will get to nursery by 9am every day, taken by Nicola or Ade.",
        ] {
            assert!(has_owner(&Words::new(yes), &n), "{yes}");
        }
    }

    #[test]
    fn a_lead_in_names_the_doer_of_the_bullets_under_it() {
        let n = names();
        for yes in ["Mum will:", "The school has agreed to:", "Ade will:"] {
            assert!(lead_in_owner(&Words::new(yes), &n), "{yes}");
        }
        for no in ["Professionals will:", "These are the goals:"] {
            assert!(!lead_in_owner(&Words::new(no), &n), "{no}");
        }
    }

    #[test]
    fn a_who_cell_names_a_person_or_role_not_a_service() {
        let n = names();
        for yes in ["Mum", "Ade (social worker)", "Class teacher", "Mrs Lowe"] {
            assert!(has_owner_cell(&Words::new(yes), &n), "{yes}");
        }
        for no in ["All agencies", "Professionals", "Core group"] {
            assert!(!has_owner_cell(&Words::new(no), &n), "{no}");
        }
    }
}
