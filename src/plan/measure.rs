//! Measure: how anyone will know an outcome has been reached. Thresholds and counts,
//! named records, what the child will say; not feedback or updates (LABELLING.md,
//! "measure").

use super::commitment;
use super::cues::{cues, Words};
use super::sections::is_blank;
use super::timescale;

/// Whether the item says how anyone will know it has worked.
pub fn has_measure(w: &Words) -> bool {
    let c = &cues().measure;
    if c.not_measures.whole(w) {
        return false;
    }
    for i in 0..w.len() {
        // "at least every 10 working days" is a frequency, not a threshold.
        let frequency = w.lower(i) == "at"
            && i + 2 < w.len()
            && c.frequency_after_at_least.has_word_at(w, i + 2);
        if c.phrases.at(w, i).is_some() && !frequency {
            return true;
        }
        // "the school will phone Mum by 9.30am if Ruby is not in": a report of the
        // item's own event when it does not happen.
        if c.report_verbs.has_word_at(w, i) && (0..w.len()).any(|k| w.lower(k) == "if") {
            return true;
        }
        // "all health appointments", "every session": a count of the events.
        let units = &cues().timescale.units;
        if w.lower(i) == "all" && (i + 1..(i + 4).min(w.len())).any(|k| units.at(w, k).is_some()) {
            return true;
        }
        if counted(w, i) || checks_a_thing(w, i) {
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

/// "check Ruby's attendance", "check that Isla has had her insulin", "check it with
/// you": a check of a named thing. Not "check in", "check on the family", "check how
/// things are" or "check any concerns".
fn checks_a_thing(w: &Words, i: usize) -> bool {
    if !matches!(w.lower(i), "check" | "checks" | "checked") || i + 1 >= w.len() {
        return false;
    }
    let next = w.lower(i + 1);
    let thing = |k: usize| {
        k < w.len()
            && !cues().vague.worries.has_word_at(w, k)
            && !cues().vague.nouns.has_word_at(w, k)
            && !matches!(
                w.lower(k),
                "things" | "progress" | "situation" | "everything"
            )
    };
    match next {
        "that" | "it" | "whether" => true,
        "the" | "her" | "his" | "their" | "your" | "my" => thing(i + 2),
        _ => next.ends_with("'s") && thing(i + 2),
    }
}

/// "three times in April", "five simple meals", "30 ml": a number of things or an
/// amount, not a length of time, a frequency ("twice a week") or people.
fn counted(w: &Words, i: usize) -> bool {
    let c = &cues().measure;
    let numbers = &cues().grammar.numbers;
    let number = w.lower(i).bytes().all(|b| b.is_ascii_digit())
        || numbers.has_word_at(w, i) && !matches!(w.lower(i), "a" | "few" | "couple" | "one");
    if !number {
        return false;
    }
    let Some(noun) = (i + 1..(i + 4).min(w.len()))
        .take_while(|&k| !w.punct_before(k) || w.lower(k) == "ml")
        .find(|&k| c.amounts.at(w, k).is_some() || w.lower(k).ends_with('s'))
    else {
        return false;
    };
    if c.amounts.at(w, noun).is_some() {
        return true;
    }
    let per = |k: usize| {
        matches!(
            w.get(k),
            Some("a" | "an" | "per" | "each" | "every" | "every other")
        )
    };
    !w.is_capitalised(noun)
        && c.durations.at(w, noun).is_none()
        && c.not_counted.at(w, noun).is_none()
        && !per(noun + 1)
}

/// A step done once by a deadline ("Lewis will refer Sana by 27 March"): whether it
/// was done can be checked on the day. A frequency alone is a timescale, not this.
pub fn done_by_a_date(w: &Words) -> bool {
    timescale::has_deadline(w) && done_once(w)
}

/// A When cell or line that names a date or deadline, not a frequency or a start:
/// "15 March", "Within 2 weeks of moving", not "from 6 May".
pub fn is_date(w: &Words) -> bool {
    timescale::has_timescale(w)
        && !timescale::has_frequency(w)
        && !(0..w.len()).any(|i| w.lower(i) == "from")
}

/// A step done once, not something kept up: no frequency and no "continue" or
/// "keep".
pub fn done_once(w: &Words) -> bool {
    // The main verb decides: "will keep the bag packed" is kept up, "will write a plan
    // saying who they will stay with" is done once.
    let kept_up = match commitment::verb(w) {
        Some(v) => cues().measure.kept_up.at(w, v).is_some(),
        None => cues().measure.kept_up.any(w),
    };
    !timescale::has_frequency(w) && !cues().grammar.carry_on.any(w) && !kept_up
}

/// A "How we will know" cell: anything but a blank, a dash or "feedback".
pub fn is_measure_cell(w: &Words) -> bool {
    !is_blank(w) && cues().measure.not_measures.at(w, 0).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_are_counts_records_and_what_the_child_says() {
        for yes in [
            "attendance of 95% or more",
            "shown on the school register",
            "Poppy will tell Ade who looked after her.",
            "a breath test at each visit",
            "no more than one late night a week",
            "The nursery will phone Mum by 10am if Kai is not there.",
            "Kai will meet his new carer three times in May.",
            "Dad will learn to cook five simple meals.",
            "Mum will make each bottle with 1 scoop for each 30 ml of water.",
            "The room will be kept between 16 and 20 degrees.",
            "Jo will check Leo's bedtime chart with Mum each Sunday.",
            "Gran will check that the gate is shut every evening.",
            "Sam will check the smoke alarm at each visit.",
        ] {
            assert!(has_measure(&Words::new(yes)), "{yes}");
        }
        for no in [
            "Mum to engage with services.",
            "Feedback",
            "Ade will visit at least every 10 working days.",
            "Dad will go to the group for 11 weeks.",
            "Mum will take the two children to school.",
            "Kai will see Gran three times a week.",
            "Mum will ring 2 Elm Cottages.",
            "Jo will check in with Mum every week.",
            "Jo will check on the family each month.",
            "Jo will check any concerns with the school.",
        ] {
            assert!(!has_measure(&Words::new(no)), "{no}");
        }
    }

    #[test]
    fn a_step_done_once_by_a_date_can_be_checked_then() {
        assert!(done_by_a_date(&Words::new(
            "Lewis will refer Sana to the carers centre by 27 March 2027."
        )));
        assert!(!done_by_a_date(&Words::new(
            "Sam will visit every 10 working days."
        )));
        assert!(!done_by_a_date(&Words::new("Mum will ring the school.")));
        assert!(!done_by_a_date(&Words::new(
            "Leo will stay with Gran until 30 May."
        )));
        assert!(!done_by_a_date(&Words::new(
            "Leo to go to breakfast club on Mon, Wed and Fri by 3 May."
        )));
        assert!(done_by_a_date(&Words::new(
            "Dad will write a plan by 3 May saying who Leo will stay with."
        )));
        assert!(is_date(&Words::new("By 3 May")));
        assert!(!is_date(&Words::new("From 3 May")));
        assert!(has_measure(&Words::new(
            "Mum will take Kai to all health appointments."
        )));
    }

    #[test]
    fn a_how_we_will_know_cell_counts_unless_blank_or_feedback() {
        assert!(is_measure_cell(&Words::new("Nursery register")));
        assert!(!is_measure_cell(&Words::new("TBC")));
        assert!(!is_measure_cell(&Words::new("Feedback from professionals")));
    }
}
