//! What one outcome, action or contingency says: who does it, by when, how anyone will
//! know, what happens if it does not work, and whether it says anything you could see.

use std::ops::Range;

use super::cues::{cues, People, Words};

/// Words that mark where the doer of an item ends: "Mum *will*", "SW *to*".
const MODALS: &[&str] = &[
    "will", "to", "must", "should", "shall", "needs", "need", "is", "are", "can", "agrees",
    "agreed", "has", "have", "i'll", "we'll", "you'll", "he'll", "she'll", "they'll", "would",
];

/// Words before the doer that set the scene: "By 15 April, ...", "If Mum drinks, ...".
const OPENERS: &[&str] = &[
    "by", "from", "within", "every", "each", "when", "once", "after", "before", "until", "on",
    "in", "at", "over", "during", "starting", "if", "should", "unless", "where", "while",
];

const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "my",
    "our",
    "your",
    "his",
    "her",
    "their",
    "both",
    "and",
    "or",
    "with",
    "of",
    "from",
    "new",
    "named",
    "allocated",
    "local",
    "child's",
    "family's",
];

/// Whether the item names who will do it, in any of its sentences.
pub fn has_owner(w: &Words, people: &People) -> bool {
    let mut start = 0;
    for end in 1..=w.len() {
        // A clause ends at a full stop, or at "and" before a new doer: "CAMHS to offer
        // support and school to monitor".
        let new_doer = end < w.len()
            && w.lower(end) == "and"
            && (end + 2..(end + 5).min(w.len())).any(|k| matches!(w.lower(k), "to" | "will"));
        if end == w.len() || w.stop_before(end) || new_doer {
            if clause_owner(w, start..end, people) {
                return true;
            }
            start = if new_doer { end + 1 } else { end };
        }
    }
    false
}

/// Who a subject is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Doer {
    /// A parent, worker, place or adult's name: whatever follows, they own it.
    Adult,
    /// A child, or "I" and "you" in a plan written to a young person: they own what
    /// they do, not what they are ("will be safe").
    Child,
    /// Services, groups, "professionals": nobody in particular.
    Group,
}

fn clause_owner(w: &Words, clause: Range<usize>, people: &People) -> bool {
    let mut start = clause.start;
    if OPENERS.contains(&w.lower(start)) {
        // Skip the opening phrase up to its comma: "By 15 April, ...".
        match (start + 1..clause.end).find(|&k| w.comma_before(k)) {
            Some(comma) => start = comma,
            None => return false,
        }
    }
    let Some(modal) = (start + 1..clause.end)
        .find(|&i| MODALS.contains(&w.lower(i)))
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
        Some(Doer::Adult) => {
            let next = modal + 1;
            let c = &cues().owner;
            // "Parents will write down any time he is hurt" records, it does not do.
            c.receiving.at(w, next).is_none() && c.records.at(w, next).is_none()
        }
        // "Abdi to be supported" is done to a child; "... and to reduce missing
        // episodes" after it is something the child does.
        Some(Doer::Child) if passive => (modal + 2..clause.end)
            .find(|&k| w.lower(k - 1) == "and" && MODALS.contains(&w.lower(k)))
            .is_some_and(|k| !passive_after(w, k) && does_something(w, k, clause.end)),
        Some(Doer::Child) => does_something(w, modal, clause.end),
        // "FGC referral to be made by SW" names its doer after "by".
        _ => {
            passive
                && (modal..clause.end)
                    .find(|&i| w.lower(i) == "by")
                    .and_then(|by| doer(w, by + 1, clause.end, people))
                    .is_some_and(|d| d != Doer::Group)
        }
    }
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
        if DETERMINERS.contains(&word) || possessive {
            i += 1;
            continue;
        }
        let person = c.people.at(w, i).unwrap_or(0);
        let group = c.not_people.at(w, i).unwrap_or(0);
        if person > 0 && person >= group {
            let me = matches!(word, "i" | "you" | "me");
            return Some(if me { Doer::Child } else { Doer::Adult });
        }
        if group > 0 {
            return Some(Doer::Group);
        }
        if CHILD_WORDS.contains(&word) {
            return Some(Doer::Child);
        }
        if w.is_capitalised(i) && people.is_name(word) {
            let child = people.children.contains(word.trim_end_matches("'s"));
            return Some(if child { Doer::Child } else { Doer::Adult });
        }
        if PREPOSITIONS.contains(&word) {
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

const CHILD_WORDS: &[&str] = &[
    "child", "children", "baby", "kids", "boys", "girls", "siblings", "young",
];
const PREPOSITIONS: &[&str] = &["with", "for", "of", "about", "to", "in", "on", "at", "by"];

/// A Who cell or "Who:" line: a person, role or any name, not a service.
pub fn has_owner_cell(w: &Words, people: &People) -> bool {
    match doer(w, 0, w.len(), people) {
        Some(d) => d != Doer::Group,
        None => (0..w.len()).any(|i| w.is_capitalised(i)),
    }
}

/// A "How we will know" cell: anything but a blank, a dash or "feedback".
pub fn is_measure_cell(w: &Words) -> bool {
    !is_blank(w) && cues().measure.not_measures.at(w, 0).is_none()
}

/// Whether any verb after the modal is something the subject does, not a state:
/// "will go to school", "to be safeguarded ... and to reduce missing episodes".
fn does_something(w: &Words, modal: usize, end: usize) -> bool {
    let mut verbs = vec![modal + 1];
    for i in modal + 1..end.saturating_sub(1) {
        if w.lower(i) == "and" {
            if matches!(w.lower(i + 1), "to" | "will") {
                verbs.push(i + 2);
            } else if cues().vague.concrete.at(w, i + 1).is_some() {
                verbs.push(i + 1);
            }
        }
    }
    verbs.into_iter().any(|v| active_at(w, v, end))
}

const ADVERBS: &[&str] = &["always", "also", "still", "now", "to", "continue", "then"];

/// Health events a child has, rather than things a child owns: "have her vaccinations".
const EVENTS: &[&str] = &[
    "test",
    "check",
    "check-up",
    "checks",
    "vaccinations",
    "vaccination",
    "jabs",
    "appointment",
    "treatment",
    "operation",
    "assessment",
    "review",
    "scan",
    "injections",
];

fn active_at(w: &Words, mut i: usize, end: usize) -> bool {
    let c = &cues().owner;
    loop {
        while i < end && ADVERBS.contains(&w.lower(i)) {
            i += 1;
        }
        if i >= end || c.state_verbs.at(w, i).is_some() && w.lower(i) != "have" {
            return false;
        }
        if matches!(w.lower(i), "not" | "never") {
            i += 1;
            continue;
        }
        break;
    }
    match w.lower(i) {
        // "be in school", "be home by 9pm", "be able to": where someone is, or can do.
        "be" => w.get(i + 1).is_some_and(|x| {
            matches!(
                x,
                "in" | "at" | "home" | "able" | "back" | "on" | "up" | "ready"
            )
        }),
        "have" => (i + 1..(i + 5).min(end)).any(|k| EVENTS.contains(&w.lower(k))),
        _ => c.evidence.at(w, i).is_none(),
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
    next(be).is_some_and(|p| {
        (p.ends_with("ed") || p.ends_with("en") || IRREGULAR.contains(&p))
            && !matches!(p, "needed" | "interested" | "worried" | "tired" | "scared")
    })
}

const IRREGULAR: &[&str] = &[
    "made", "done", "held", "kept", "met", "given", "sent", "told", "put", "set", "found",
    "brought", "taught", "paid", "built", "shown", "heard", "seen", "offered", "provided",
];

/// Whether the item says by when or how often.
pub fn has_timescale(w: &Words) -> bool {
    let c = &cues().timescale;
    let n = w.len();
    for i in 0..n {
        let word = w.lower(i);
        if c.not_timescales.at(w, i).is_some() {
            continue;
        }
        // 09/03/2027 and 14/02 are three and two words.
        let slashed = i > 0 && w.is_number(i) && w.is_number(i - 1) && w.slash_before(i);
        if slashed || date_like(word) || time_of_day(word) {
            return true;
        }
        if c.months.at(w, i).is_some()
            && (i > 0 && w.is_number(i - 1) || i + 1 < n && w.is_number(i + 1))
            && w.is_capitalised(i)
        {
            return true;
        }
        // "May" is also a verb: only a month next to a number.
        if c.months.at(w, i).is_some() && w.is_capitalised(i) && word != "may" {
            return true;
        }
        if c.weekdays.at(w, i).is_some() {
            return true;
        }
        if c.frequencies.at(w, i).is_some() {
            return true;
        }
        if matches!(
            word,
            "every" | "each" | "within" | "for" | "in" | "next" | "per" | "a"
        ) && unit_follows(w, i + 1)
            && (word != "a" && word != "in" && word != "for"
                || w.get(i + 1).is_some_and(number_word))
        {
            return true;
        }
        if matches!(word, "every" | "each") && w.get(i + 1).is_some_and(|x| x != "other") {
            return true;
        }
        if let Some(len) = c.deadline_words.at(w, i) {
            let after = i + len;
            let next = w.get(after);
            if next.is_some_and(|x| number_word(x) || date_like(x) || time_of_day(x))
                || (after..(after + 4).min(n)).any(|k| c.events.at(w, k).is_some())
            {
                return true;
            }
        }
    }
    false
}

fn unit_follows(w: &Words, i: usize) -> bool {
    let c = &cues().timescale;
    let mut i = i;
    if w.get(i).is_some_and(|x| number_word(x) || x == "other") {
        i += 1;
    }
    i < w.len() && c.units.at(w, i).is_some()
}

fn number_word(x: &str) -> bool {
    x.chars().next().is_some_and(|c| c.is_ascii_digit())
        || matches!(
            x,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "twelve"
                | "a"
                | "few"
                | "couple"
        )
}

/// 14.03.25, 2027, 1st, 28th: numbers that read as dates.
fn date_like(x: &str) -> bool {
    let digits = x.chars().filter(char::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    let dotted = x.split('.').count() == 3
        && x.split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    let year = x.len() == 4 && x.starts_with("20") && digits == 4;
    let ordinal = ["st", "nd", "rd", "th"].iter().any(|s| {
        x.strip_suffix(s)
            .is_some_and(|d| !d.is_empty() && d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit()))
    });
    dotted || year || ordinal
}

/// 9pm, 7.30pm, 10am, 09:30.
fn time_of_day(x: &str) -> bool {
    let core = x.strip_suffix("am").or_else(|| x.strip_suffix("pm"));
    core.is_some_and(|d| {
        !d.is_empty()
            && d.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ':')
    })
}

/// Whether the item says how anyone will know it has worked.
pub fn has_measure(w: &Words) -> bool {
    let c = &cues().measure;
    if c.not_measures.whole(w) {
        return false;
    }
    for i in 0..w.len() {
        // "at least every 10 working days" is a frequency, not a threshold.
        let frequency = w.lower(i) == "at"
            && w.get(i + 2)
                .is_some_and(|x| matches!(x, "every" | "once" | "twice"));
        if c.phrases.at(w, i).is_some() && !frequency {
            return true;
        }
        if w.is_number(i)
            && (w.percent_after(i)
                || w.slash_before(i + 1) && w.get(i + 1).is_some_and(|x| x == "10"))
        {
            return true;
        }
    }
    false
}

/// Whether a table cell or label line's text counts: not empty, not a dash, not "TBC".
pub fn is_blank(w: &Words) -> bool {
    w.is_empty() || cues().timescale.not_timescales.whole(w) && w.len() <= 3
}

/// Whether the item carries its own "if ..., then ..." line.
pub fn has_own_next_step(w: &Words) -> bool {
    let c = &cues().next_step;
    let Some((at, _)) = c.triggers.find(w) else {
        return false;
    };
    // "should" is only a trigger at the start of a clause: "Should Mum miss ...".
    if w.lower(at) == "should" && at != 0 && !w.punct_before(at) {
        return false;
    }
    let response = w
        .iter()
        .any(|x| x == "will" || x.ends_with("'ll") || x == "to");
    response && !is_hedge(w)
}

/// A contingency that says nothing definite will happen.
pub fn is_hedge(w: &Words) -> bool {
    let c = &cues().next_step;
    let Some((at, _)) = c.hedges.find(w) else {
        return false;
    };
    // A hedge next to a definite step ("will ring ... and may ask") still says something.
    let definite = w.iter().enumerate().any(|(i, x)| {
        (x == "will" || x == "to")
            && i + 1 < w.len()
            && cues().vague.concrete.at(w, i + 1).is_some()
            && !(at.saturating_sub(3)..at + 1).contains(&i)
    });
    !definite
}

pub fn covers_whole_plan(w: &Words) -> bool {
    cues().next_step.whole_plan.any(w)
}

pub fn is_pointer(w: &Words) -> bool {
    w.len() <= 8 && cues().next_step.pointers.any(w)
}

/// Whether a reader could not tell what will be different or how anyone would know.
pub fn is_vague(w: &Words) -> bool {
    let c = &cues().vague;
    if w.is_empty() || c.hedged.any(w) {
        return true;
    }
    let evidence = c.evidence.any(w) || (0..w.len()).any(|i| amount(w, i));
    let (mut vague, mut concrete) = (false, false);
    for (v, purpose) in main_verbs(w) {
        match verb_kind(w, v) {
            // "meet Mum to look at what help she needs": the meeting is what you see.
            Some(true) if purpose && concrete => {}
            Some(true) => vague = true,
            Some(false) => concrete = true,
            None => {}
        }
    }
    if vague || !concrete {
        // No verb at all is a bare noun phrase ("Amir's safety."); a neutral verb is
        // vague only with abstract words ("a good routine").
        let modal = w.iter().any(|x| MODALS.contains(&x));
        let abstract_words = !concrete && (c.nouns.any(w) || !modal && w.len() <= 6);
        return (vague || abstract_words) && !evidence;
    }
    false
}

/// 95%, £10: a number that sets a threshold.
fn amount(w: &Words, i: usize) -> bool {
    w.is_number(i) && (w.percent_after(i) || w.pound_before(i))
}

/// Where the item's main verbs are: after "will", "to", "must", "and", or the first word.
/// A later "to" in the same sentence starts a purpose ("to look at ..."), marked true.
fn main_verbs(w: &Words) -> Vec<(usize, bool)> {
    let mut out = vec![(0, false)];
    let mut modal_seen = false;
    for i in 0..w.len().saturating_sub(1) {
        if w.stop_before(i) {
            modal_seen = false;
        }
        let x = w.lower(i);
        if matches!(x, "will" | "to" | "must" | "should" | "shall" | "can") || x.ends_with("'ll") {
            out.push((i + 1, x == "to" && modal_seen));
            modal_seen = true;
        } else if x == "and" && !matches!(w.lower(i + 1), "to" | "will") {
            out.push((i + 1, false));
        }
    }
    out
}

/// Verbs that make another happen: "ensure Kayden attends", "support José to apply".
const ENABLERS: &[&str] = &[
    "ensure",
    "ensures",
    "support",
    "supports",
    "help",
    "encourage",
    "enable",
];

/// Some(true) for a vague verb, Some(false) for one you could see done, None otherwise.
fn verb_kind(w: &Words, mut i: usize) -> Option<bool> {
    let c = &cues().vague;
    while i < w.len()
        && matches!(
            w.lower(i),
            "not" | "never" | "always" | "also" | "still" | "then" | "now"
        )
    {
        i += 1;
    }
    if i >= w.len() {
        return None;
    }
    if w.lower(i) == "be" {
        if c.concrete.at(w, i).is_some() {
            return Some(false);
        }
        return c.passives.at(w, i + 1).map(|_| true);
    }
    if let Some(n) = c.verbs.at(w, i) {
        // "support José to apply", "ensure Kayden attends nursery": the enabled action
        // decides.
        let enabled = ENABLERS.contains(&w.lower(i))
            && (i + n..(i + n + 4).min(w.len()))
                .any(|k| c.concrete.at(w, k).is_some() && c.verbs.at(w, k).is_none());
        return Some(!enabled);
    }
    c.concrete.at(w, i).map(|_| false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Words<'static> {
        Words::new(s)
    }

    fn names() -> People {
        let mut p = People::default();
        for n in ["poppy", "ade", "kat", "nicola"] {
            p.names.insert(n.to_string());
        }
        p.children.insert("poppy".to_string());
        p
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
        ] {
            assert!(has_owner(&w(yes), &n), "{yes}");
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
        ] {
            assert!(!has_owner(&w(no), &n), "{no}");
        }
    }

    #[test]
    fn timescales_are_dates_deadlines_and_frequencies_not_ongoing() {
        for yes in [
            "by 28 January 2027",
            "every Friday",
            "within 10 working days",
            "by the next review conference",
            "14.03.27",
            "at 9.30am",
            "twice a week",
            "before his 18th birthday",
        ] {
            assert!(has_timescale(&w(yes)), "{yes}");
        }
        for no in [
            "Ongoing",
            "ASAP",
            "as and when required",
            "Mum will ring the school.",
            "May attend",
        ] {
            assert!(!has_timescale(&w(no)), "{no}");
        }
    }

    #[test]
    fn measures_are_counts_records_and_what_the_child_says() {
        for yes in [
            "attendance of 95% or more",
            "shown on the school register",
            "Poppy will tell Ade who looked after her.",
            "a breath test at each visit",
        ] {
            assert!(has_measure(&w(yes)), "{yes}");
        }
        for no in ["Mum to engage with services.", "Feedback"] {
            assert!(!has_measure(&w(no)), "{no}");
        }
    }

    #[test]
    fn next_steps_need_a_trigger_and_a_definite_response() {
        assert!(has_own_next_step(&w(
            "If Poppy is not in school by 9.30am, Mrs Dunn will phone home."
        )));
        assert!(!has_own_next_step(&w(
            "If things do not improve, further action may be taken."
        )));
        assert!(is_hedge(&w(
            "Should there be no improvement, the LA will consider escalating."
        )));
    }

    #[test]
    fn vague_items_name_nothing_you_could_see() {
        for yes in [
            "Mum to engage with services.",
            "Children's needs to be met.",
            "Amir's safety.",
            "Parents to demonstrate improved parenting capacity.",
        ] {
            assert!(is_vague(&w(yes)), "{yes}");
        }
        for no in [
            "Mum to ensure Kayden attends nursery.",
            "Dad will stop drinking before 6pm.",
            "Referral to be made to the housing team.",
        ] {
            assert!(!is_vague(&w(no)), "{no}");
        }
    }
}
