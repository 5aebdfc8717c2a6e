//! Next step: what happens if an outcome or action does not work. An item's own
//! "if ..., ... will ..." line; a contingency that says something definite (not a hedge
//! such as "further action may be taken"); one that covers the whole plan; or a pointer
//! elsewhere, which says nothing (LABELLING.md, "next step").

use super::cues::{cues, Words};

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
    if is_choice(w, at) {
        return false;
    }
    let response = (0..w.len()).any(|i| w.is_future(i));
    response && !routine(w, at) && !is_hedge(w)
}

/// "if he wishes", "if you want her to", "if needed": a condition on a wish or a need,
/// not on things going wrong.
fn is_choice(w: &Words, at: usize) -> bool {
    let choices = &cues().next_step.choices;
    (at + 1..(at + 4).min(w.len()))
        .take_while(|&k| !w.punct_before(k))
        .any(|k| choices.at(w, k).is_some())
}

/// "If Kai is not in by 9.30am, the school will phone home", "... and text Ola if
/// you can't go": the response to the trigger at `at` only reports the item's own
/// event. That is part of the routine (and its measure), not what happens if things
/// go wrong.
fn routine(w: &Words, at: usize) -> bool {
    let g = &cues().grammar;
    let leading = at == 0 || w.stop_before(at) || w.punct_before(at) && at <= 3;
    let clause = if leading {
        let end = (at + 2..w.len()).find(|&k| w.punct_before(k) || w.lower(k) == "then");
        end.map_or(w.len()..w.len(), |e| e..w.len())
    } else {
        let start = (1..at)
            .rev()
            .find(|&k| w.punct_before(k) || w.lower(k - 1) == "and")
            .unwrap_or(0);
        start..at
    };
    // The clause's verbs: after each modal, or its first word. "Mum will tell Sam and
    // Sam will visit" does more than report.
    let mut modals: Vec<usize> = clause.clone().filter(|&i| w.is_future(i)).collect();
    if modals.is_empty() {
        modals.push(clause.start.saturating_sub(1));
    }
    let reports = |m: usize| {
        (m + 1..clause.end)
            .find(|&k| !g.between.has_word_at(w, k))
            .is_some_and(|v| cues().measure.report_verbs.has_word_at(w, v))
    };
    // Ringing the police is a response to danger, not a routine report.
    let danger = clause
        .clone()
        .any(|i| cues().next_step.emergency.has_word_at(w, i));
    !clause.is_empty() && modals.into_iter().all(reports) && !danger
}

/// A contingency that says nothing definite will happen.
pub fn is_hedge(w: &Words) -> bool {
    let c = &cues().next_step;
    let Some((at, len)) = c.hedges.find(w) else {
        return false;
    };
    // A hedge next to a definite step ("will ring ... and may ask") still says something;
    // "fail to make" in the trigger is no step.
    let future = &cues().grammar.future;
    let response = trigger_end(w).unwrap_or(0);
    let definite = (response..w.len().saturating_sub(1)).any(|i| {
        let step = if w.lower(i + 1) == "be" { i + 2 } else { i + 1 };
        future.has_word_at(w, i)
            && step < w.len()
            && cues().vague.concrete.at(w, step).is_some()
            // "will consider", "think about what to do": part of the hedge.
            && !(at.saturating_sub(3)..at + len + 3).contains(&i)
    });
    !definite
}

/// The trigger of a contingency: its "if ..." clause, up to the comma or "then" that
/// starts the response; the whole line when it has no trigger.
pub fn trigger<'a>(w: &Words<'a>) -> Words<'a> {
    match (cues().next_step.triggers.find(w), trigger_end(w)) {
        (Some((at, _)), Some(end)) => w.slice(at..end),
        _ => w.clone(),
    }
}

/// Where the response after a contingency's trigger starts.
fn trigger_end(w: &Words) -> Option<usize> {
    let (at, _) = cues().next_step.triggers.find(w)?;
    let end = (at + 2..w.len())
        .find(|&k| w.punct_before(k) || w.lower(k) == "then")
        .unwrap_or(w.len());
    Some(end)
}

/// "If any action in this plan has not been done by its date, ...".
pub fn covers_whole_plan(w: &Words) -> bool {
    cues().next_step.whole_plan.any(w)
}

/// "As per the CP plan", "TBC": a contingency that points elsewhere.
pub fn is_pointer(w: &Words) -> bool {
    w.len() <= 8 && cues().next_step.pointers.any(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Words<'static> {
        Words::new(s)
    }

    #[test]
    fn next_steps_need_a_trigger_and_a_definite_response() {
        assert!(has_own_next_step(&w(
            "If Poppy is not in school by 9.30am, Mrs Dunn will visit the home that day."
        )));
        assert!(has_own_next_step(&w(
            "Should Dad drink before a visit, Gran'll take the children home."
        )));
        assert!(!has_own_next_step(&w(
            "If things do not improve, further action may be taken."
        )));
        assert!(!has_own_next_step(&w("Mum should ring the school.")));
        for choice in [
            "Gran will go with Kai if he wants her to.",
            "Sam will take Kai to the club on Sundays if he wishes.",
            "School to refer Kai to CAMHS if needed.",
        ] {
            assert!(!has_own_next_step(&w(choice)), "{choice}");
        }
    }

    #[test]
    fn a_routine_report_of_the_items_own_event_is_not_a_next_step() {
        assert!(!has_own_next_step(&w(
            "You will go to college every day, and text Ola by 9am if you can't go."
        )));
        assert!(!has_own_next_step(&w(
            "If Poppy is not in school by 9.30am, Mrs Dunn will phone home."
        )));
        assert!(has_own_next_step(&w(
            "If Poppy is hurt again, Mum will tell Sam that day and Sam will visit within 2 days."
        )));
    }

    #[test]
    fn a_trigger_is_the_if_clause() {
        let t = trigger(&w(
            "Outcome 2: if Kai misses nursery, Sam will ring the school.",
        ));
        assert_eq!(
            t.iter().collect::<Vec<_>>(),
            ["if", "kai", "misses", "nursery"]
        );
    }

    #[test]
    fn hedges_say_nothing_definite_and_pointers_point_elsewhere() {
        assert!(is_hedge(&w(
            "Should there be no improvement, the LA will consider escalating."
        )));
        assert!(!is_hedge(&w(
            "If Kai misses school, Sam will visit that day and may ask the police to help."
        )));
        assert!(is_hedge(&w(
            "Should Dad fail to make the changes, the council will consider going to court."
        )));
        assert!(is_hedge(&w(
            "If things are not better by June, we will think about what to do next."
        )));
        assert!(!is_hedge(&w(
            "Should Kai be hurt, a meeting will be held that day and Kai may stay with Gran."
        )));
        assert!(is_pointer(&w("As per the CP plan.")));
        assert!(!is_pointer(&w(
            "If Mum drinks, Gran will collect the children."
        )));
        assert!(covers_whole_plan(&w(
            "If any action in this plan is not done by its date, we will call a meeting."
        )));
    }
}
