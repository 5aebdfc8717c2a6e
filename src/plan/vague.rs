//! Vague: an outcome or action that names nothing anyone could see. Judged on the main
//! verbs: "engage", "support", "monitor" and "to be met" are vague, "attend", "ring"
//! and "stop" are not; stock phrases ("safe and well") are vague, and a threshold or a
//! record makes an item specific (LABELLING.md, "vague").

use super::cues::{cues, Words};

/// Whether a reader could not tell what will be different or how anyone would know.
pub fn is_vague(w: &Words) -> bool {
    let c = &cues().vague;
    if w.is_empty() || c.hedged.any(w) || sharing_nothing(w) || work_about_nothing(w) {
        return true;
    }
    let evidence = c.evidence.any(w) || (0..w.len()).any(|i| amount(w, i));
    if c.feelings.any(w) && !evidence {
        return true;
    }
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
        let ends = &cues().grammar.doer_ends;
        let modal = (0..w.len()).any(|i| ends.has_word_at(w, i));
        let abstract_words = !concrete && (c.nouns.any(w) || !modal && w.len() <= 6);
        return (vague || abstract_words) && !evidence;
    }
    false
}

/// "to be seen by the school nurse", "will be reviewed at the review conference on 8
/// April", "to be kept clean": a passive with a person, a dated meeting or a plain state
/// after it says what will happen. Not "by appropriate services", "kept safe".
fn specific_passive(w: &Words, after: usize) -> bool {
    let c = &cues().vague;
    let o = &cues().owner;
    let Some(next) = w.get(after) else {
        return false;
    };
    if !matches!(next, "by" | "at" | "on") {
        return c.kept_states.at(w, after).is_some() && c.nouns.at(w, after + 1).is_none();
    }
    // "at the next LAC review", "on the following Monday".
    let mut k = after + 1;
    while k < w.len()
        && (o.determiners.has_word_at(w, k) || matches!(w.get(k), Some("next" | "following")))
    {
        k += 1;
    }
    if k >= w.len() || w.punct_before(k) {
        return false;
    }
    let abstract_word = c.nouns.at(w, k).is_some();
    match next {
        "by" => {
            !abstract_word
                && o.not_people.at(w, k).is_none()
                && (w.is_capitalised(k) || o.people.at(w, k).is_some())
        }
        _ => w.is_capitalised(k) || w.is_number(k) || cues().timescale.units.at(w, k).is_some(),
    }
}

/// "All agencies to share information": sharing with no say of what or where. Not
/// "share information about any police call-outs", "share it at the MACE meeting".
fn sharing_nothing(w: &Words) -> bool {
    let c = &cues().vague;
    let Some((at, n)) = c.sharing.find(w) else {
        return false;
    };
    let next = at + n;
    let what = next + 1 + usize::from(w.get(next + 1) == Some("any"));
    let specific = match w.get(next) {
        Some("regarding" | "about" | "on" | "of") => {
            what < w.len() && c.nouns.at(w, what).is_none() && !c.worries.has_word_at(w, what)
        }
        Some("at") => (next + 1..(next + 4).min(w.len())).any(|k| w.is_capitalised(k)),
        _ => false,
    };
    !specific
}

/// "SW to complete direct work with Leo": work that says nothing of what it is about.
fn work_about_nothing(w: &Words) -> bool {
    let c = &cues().vague;
    c.subjectless
        .find(w)
        .is_some_and(|(at, n)| !(at + n..w.len()).any(|k| c.subjects.at(w, k).is_some()))
}

/// "report any concerns", "inform SW of any worries": telling of whatever comes up,
/// with nothing named to tell.
fn tells_of_anything(w: &Words, verb: usize) -> bool {
    let c = &cues().vague;
    (verb + 1..(verb + 5).min(w.len()))
        .take_while(|&k| !w.punct_before(k))
        .any(|k| w.lower(k) == "any" && k + 1 < w.len() && c.worries.has_word_at(w, k + 1))
}

/// 95%, £10: a number that sets a threshold.
fn amount(w: &Words, i: usize) -> bool {
    w.is_number(i) && (w.percent_after(i) || w.pound_before(i))
}

/// Where the item's main verbs are: after a modal or "to", after "and", or the first
/// word. A later "to" in the same sentence starts a purpose ("to look at ..."), marked
/// true.
fn main_verbs(w: &Words) -> Vec<(usize, bool)> {
    let g = &cues().grammar;
    let mut out = vec![(0, false)];
    let mut modal_seen = false;
    for i in 0..w.len().saturating_sub(1) {
        if w.stop_before(i) {
            modal_seen = false;
        }
        let x = w.lower(i);
        if g.verb_markers.has_word_at(w, i) || x.ends_with("'ll") {
            out.push((i + 1, x == "to" && modal_seen));
            modal_seen = true;
        } else if x == "and" && !g.second_verb.has_word_at(w, i + 1) {
            out.push((i + 1, false));
        }
    }
    out
}

/// A passive after the form of "be" at `be`: vague ("be supported") unless what follows
/// says what will happen ("be seen by the school nurse", "be kept clean").
fn passive_kind(w: &Words, be: usize) -> Option<bool> {
    let c = &cues().vague;
    c.passives
        .at(w, be + 1)
        .map(|n| !specific_passive(w, be + 1 + n))
}

/// Some(true) for a vague verb, Some(false) for one you could see done, None otherwise.
fn verb_kind(w: &Words, mut i: usize) -> Option<bool> {
    let c = &cues().vague;
    while i < w.len() && cues().grammar.between.has_word_at(w, i) {
        i += 1;
    }
    if i >= w.len() {
        return None;
    }
    if w.lower(i) == "be" {
        // "be home", and "to be completed", "to be arranged": a done thing you can check.
        if c.concrete.at(w, i).is_some() || c.concrete.at(w, i + 1).is_some() {
            return Some(false);
        }
        return passive_kind(w, i);
    }
    if let Some(n) = c.verbs.at(w, i) {
        // "support José to apply", "ensure Kayden attends nursery", "ensure the home
        // is kept clean": the enabled action or state decides.
        let enabled = c.enablers.has_word_at(w, i)
            && if w.get(i + n) == Some("to") {
                // "continue to monitor": the verb after "to" is the action.
                verb_kind(w, i + n + 1) == Some(false)
            } else {
                (i + n..(i + n + 5).min(w.len())).any(|k| {
                    c.concrete.at(w, k).is_some() && c.verbs.at(w, k).is_none()
                        || matches!(w.get(k), Some("is" | "are"))
                            && passive_kind(w, k) == Some(false)
                })
            };
        return Some(!enabled);
    }
    if c.concrete.at(w, i).is_some() {
        return Some(tells_of_anything(w, i));
    }
    // "will feel loved": a feeling, with no sign anyone could see.
    if matches!(w.lower(i), "feel" | "feels") {
        return Some(true);
    }
    // A verb no list knows, with an object after it ("fit the stair gates", "replace
    // Ava's mattress"): something you could see done.
    let object = i + 1 < w.len()
        && (c.objects.has_word_at(w, i + 1)
            || w.is_number(i + 1)
            || w.lower(i + 1).ends_with("'s")
            || w.is_capitalised(i + 1));
    // "inform SW of any concerns" tells of whatever comes up.
    (i > 0 && object && !c.nouns.has_word_at(w, i)).then(|| tells_of_anything(w, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_no_list_knows_with_an_object_is_something_you_could_see() {
        assert!(!is_vague(&Words::new(
            "Dad will fit a new lock on the back door."
        )));
        assert!(!is_vague(&Words::new("Gran to replace Leo's mattress.")));
        assert!(is_vague(&Words::new("Dad to acknowledge the harm caused.")));
        assert!(is_vague(&Words::new(
            "Mum and Leo to have a better relationship."
        )));
    }

    #[test]
    fn vague_items_name_nothing_you_could_see() {
        for yes in [
            "Mum to engage with services.",
            "Children's needs to be met.",
            "Amir's safety.",
            "Parents to demonstrate improved parenting capacity.",
            "Dad will continue to work with the team as appropriate.",
            "Lily to be safe and well.",
            "It is hoped that Dad will be able to start the course.",
            "Nasra will feel less stressed.",
            "Professionals will keep an eye on how Kofi is getting on.",
            "SW to continue to monitor.",
            "Leo's wellbeing to be supported by appropriate services.",
            "Leo to be kept safe.",
            "Leo will be seen regularly.",
            "All agencies to share information in a timely manner.",
            "Professionals to share information about any concerns.",
            "SW to complete direct work with Leo.",
            "Mum to tell the SW of any worries.",
            "Nursery to report any concerns to the SW.",
        ] {
            assert!(is_vague(&Words::new(yes)), "{yes}");
        }
        for yes in [
            "Dad to notify the school of any worries.",
            "Leo will feel proud of his room.",
            "The nursery to continue to monitor for signs of neglect.",
        ] {
            assert!(is_vague(&Words::new(yes)), "{yes}");
        }
        for no in [
            "Mum to ensure Kayden attends nursery.",
            "The gas safety check to be completed by the landlord.",
            "Tom to be seen alone.",
            "Dad to ensure the kitchen is kept clean.",
            "Mum to ensure Leo's jabs are brought up to date.",
            "The plan to be reviewed at the next core group.",
            "Dad will stop drinking before 6pm.",
            "Referral to be made to the housing team.",
            "Sam will support Tom to apply for college by May.",
            "Attendance will be at least 95%.",
            "SW to continue statutory visits every 10 working days.",
            "I will feel less anxious, and score my worry from 0 to 10 each week.",
            "Leo to be seen by the school nurse about his eczema.",
            "The plan will be reviewed at the review conference on 8 May.",
            "The kitchen to be kept clean and tidy.",
            "Mum to be offered a place at the baby group.",
            "Police to share information about any call-outs to the flat within 24 hours.",
            "Visit the flat and share any information at the MACE meeting.",
            "Ola will do direct work with Leo about his worries.",
            "The nursery will ring Mum if Leo is not there.",
        ] {
            assert!(!is_vague(&Words::new(no)), "{no}");
        }
    }
}
