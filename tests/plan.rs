//! The plan checks as a social worker sees them: on small plans written for the test,
//! and against the labelled corpus with the project's evaluator.

use std::process::Command;

mod common;
use common::check;
use plainplan::plan::ItemKind;
use plainplan::{Config, Format, RuleId};

fn plan_findings(text: &str) -> Vec<(String, String)> {
    check(text, Format::Markdown, &Config::default())
        .unwrap()
        .findings
        .into_iter()
        .filter(|f| f.kind == plainplan::rules::Kind::Plan)
        .map(|f| (f.rule.to_string(), f.text))
        .collect()
}

const POOR: &str = "# Plan for Kai (4)

## What needs to change

- Kai's needs will be met.
- Mum to engage with services.

## Actions

- Referral to be made to CAMHS.
- Health visitor to visit. Ongoing.
";

#[test]
fn a_poor_plan_gets_each_missing_part_named_on_its_item() {
    let f = plan_findings(POOR);
    let has = |rule: &str, text: &str| f.iter().any(|(r, t)| r == rule && t == text);
    assert!(has("vague-outcome", "Kai's needs will be met."), "{f:?}");
    assert!(
        has("vague-outcome", "Mum to engage with services."),
        "{f:?}"
    );
    assert!(has("no-owner", "Referral to be made to CAMHS."), "{f:?}");
    assert!(
        has("no-timescale", "Health visitor to visit. Ongoing."),
        "{f:?}"
    );
    assert!(has("no-measure", "Mum to engage with services."), "{f:?}");
    assert!(
        has("no-next-step", "Referral to be made to CAMHS."),
        "{f:?}"
    );
    assert!(f.iter().any(|(r, _)| r == "no-contingency"), "{f:?}");
}

const GOOD: &str = "# Plan for Kai (4)

## What needs to change

Kai will go to nursery every weekday by 9am, shown on the nursery register.

- Mum will walk Kai to nursery every weekday, starting on 3 March 2027.

## What will happen if things do not change

- If Kai misses 2 days of nursery in a week, Sam (social worker) will visit the same day and the core group will meet within 5 working days.
";

#[test]
fn a_specific_plan_with_a_contingency_raises_no_plan_findings() {
    assert_eq!(plan_findings(GOOD), Vec::<(String, String)>::new());
}

#[test]
fn table_columns_give_their_row_an_owner_timescale_and_measure() {
    let plan = "## The plan\n\n| Outcome | Action | Who | By when | How we will know |\n|---|---|---|---|---|\n| Kai will go to nursery every weekday. | Mum will take Kai to nursery. | Mum | From 3 March 2027 | Nursery register |\n";
    let report = check(plan, Format::Markdown, &Config::default()).unwrap();
    assert_eq!(report.items.len(), 2, "{:?}", report.items);
    for item in &report.items {
        assert!(
            item.has_owner && item.has_timescale && item.has_measure,
            "{item:?}"
        );
    }
    assert_eq!(report.items[0].kind, ItemKind::Outcome);
    assert_eq!(report.items[1].kind, ItemKind::Action);
}

#[test]
fn a_contingency_that_only_hedges_covers_nothing() {
    let plan = "## Actions\n\n- Mum will take Kai to nursery every weekday from 3 March 2027.\n\n## Contingency plan\n\nIf things do not improve, further action may be taken.\n";
    let report = check(plan, Format::Markdown, &Config::default()).unwrap();
    let action = &report.items[0];
    assert!(!action.has_next_step, "{action:?}");
    let rules: Vec<_> = report.findings.iter().map(|f| f.rule).collect();
    assert!(
        rules.contains(&RuleId::VagueOutcome) && rules.contains(&RuleId::NoNextStep),
        "{rules:?}"
    );
}

/// The corpus figures, measured by the project's evaluator on the labelled corpus (96
/// documents, LABELLING.md v2): a change that makes any of them worse fails here. The
/// floors are what the checker reaches now; raise them with every gain, never lower
/// them. On failure the message shows where, document by document.
#[test]
fn corpus_plan_metrics_stay_above_their_targets() {
    let evaluate = |extra: &[&str]| {
        Command::new("python3")
            .args([
                "tests/tools/evaluate.py",
                "--corpus",
                "tests/corpus",
                "--bin",
                env!("CARGO_BIN_EXE_plainplan"),
            ])
            .args(extra)
            .output()
            .expect("python3 runs the evaluator")
    };
    let floors = [
        "item_precision=0.969",
        "item_recall=0.944",
        "item_f1=0.956",
        "vague_f1=0.88",
        "no_owner_f1=0.78",
        "no_timescale_f1=0.90",
        "no_measure_f1=0.82",
        "no_next_step_f1=0.84",
        "no_contingency_f1=0.92",
        "no_direction_f1=0.85",
        "nonplan_clean=1.00",
        "jargon_precision=0.90",
        "jargon_recall=0.93",
        "blaming_precision=0.93",
        "blaming_recall=0.94",
        "hard_reading_f1=0.86",
    ];
    let args: Vec<&str> = floors.iter().flat_map(|m| ["--min", m]).collect();
    let out = evaluate(&args);
    if !out.status.success() {
        let per_file = evaluate(&["--per-file"]);
        panic!(
            "{}\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&per_file.stdout)
        );
    }
}

/// On the corpus's well-written plans, every plan finding is one the labels call for:
/// the labelled item it names carries that flag.
#[test]
fn well_written_corpus_plans_raise_only_findings_their_labels_call_for() {
    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    for name in [
        "01-cp-ashworth.md",
        "04-cin-doherty.md",
        "14-pathway-kerr.txt",
    ] {
        let path = format!("tests/corpus/{name}");
        let text = std::fs::read_to_string(&path).unwrap();
        let stem = name.rsplit_once('.').unwrap().0;
        let labels: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(format!("tests/corpus/{stem}.labels.json")).unwrap(),
        )
        .unwrap();
        let format = plainplan::input::detect(Some(&path), &text);
        let report = check(&text, format, &Config::default()).unwrap();
        for f in report
            .findings
            .iter()
            .filter(|f| f.kind == plainplan::Kind::Plan)
        {
            let (field, bad) = match f.rule {
                RuleId::VagueOutcome => ("vague", true),
                RuleId::NoOwner => ("has_owner", false),
                RuleId::NoTimescale => ("has_timescale", false),
                RuleId::NoMeasure => ("has_measure", false),
                RuleId::NoNextStep => ("has_next_step", false),
                other => panic!("{name}: {other} on a well-written plan"),
            };
            let gold = labels["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|i| words(i["text"].as_str().unwrap()) == words(&f.text));
            assert!(
                gold.is_some_and(|g| g[field] == bad),
                "{name}: {} on {:?}, which its labels do not call for",
                f.rule,
                f.text
            );
        }
    }
}

/// Header words count in the plural ("Actions agreed"), and a cell with several
/// paragraphs holds one item in each, as core group minutes write them.
#[test]
fn a_cell_with_several_paragraphs_holds_an_item_in_each() {
    let html = "<h1>Core group plan</h1><table><tr><td><b>Agency</b></td><td><b>Actions agreed</b></td></tr>\
        <tr><td>Health visitor</td><td><p>Mum will take Kai to the GP by Friday.</p><p>Dad will walk Kai to nursery every weekday.</p></td></tr></table>";
    let report = check(html, Format::Html, &Config::default()).unwrap();
    let items: Vec<&str> = report.items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(
        items,
        [
            "Mum will take Kai to the GP by Friday.",
            "Dad will walk Kai to nursery every weekday."
        ]
    );
    assert!(report.items.iter().all(|i| i.kind == ItemKind::Action));
}

/// A plan typed into a case record as numbered lines, with no headings: the lines are
/// its actions, and an "if ..." line with a response is its contingency. One line alone
/// is not a plan.
#[test]
fn numbered_lines_with_no_headings_are_the_plan() {
    let plan = "Agreed with Mum and Dad at home on 3 March.\n\n1. Dad not to visit the home until the review.\n2. Gran to collect Ella from school every day.\n3. SW to visit on Friday.\n4. If Dad comes to the home, Mum will ring the police straight away.\n";
    let report = check(plan, Format::Text, &Config::default()).unwrap();
    let kinds: Vec<ItemKind> = report.items.iter().map(|i| i.kind).collect();
    use ItemKind::{Action, Contingency};
    assert_eq!(
        kinds,
        [Action, Action, Action, Contingency],
        "{:?}",
        report.items
    );
    let one = check(
        "Mum will ring the GP on Monday.\n",
        Format::Text,
        &Config::default(),
    )
    .unwrap();
    assert!(one.items.is_empty() && one.findings.iter().all(|f| f.kind != plainplan::Kind::Plan));
}

/// A case system prints each field's label on its own line and the value under it: the
/// fields still speak for the block's outcome and action.
#[test]
fn a_field_label_on_its_own_line_takes_the_value_under_it() {
    let plan = "CHILD PROTECTION PLAN\n\nPlan Item 1 of 2\nOutcome Required:\nKai will be in nursery every weekday.\nAction:\nMum will walk Kai to nursery.\nResponsible Person:\nMum (Sam Reid)\nDate to be Completed:\n3 March 2027\nMeasure of Success:\nThe nursery register shows 4 days out of 5.\n";
    let report = check(plan, Format::Text, &Config::default()).unwrap();
    let items: Vec<_> = report
        .items
        .iter()
        .map(|i| (i.kind, i.text.as_str()))
        .collect();
    assert_eq!(
        items,
        [
            (ItemKind::Outcome, "Kai will be in nursery every weekday."),
            (ItemKind::Action, "Mum will walk Kai to nursery.")
        ]
    );
    for item in &report.items {
        assert!(
            item.has_owner && item.has_timescale && item.has_measure,
            "{item:?}"
        );
    }
}

fn items_of(text: &str, format: Format) -> Vec<(ItemKind, String)> {
    check(text, format, &Config::default())
        .unwrap()
        .items
        .into_iter()
        .map(|i| (i.kind, i.text))
        .collect()
}

/// A paragraph that names several doers holds one item for each; a sentence that
/// explains or checks the one before stays with it.
#[test]
fn a_narrative_paragraph_holds_one_item_per_doer() {
    let plan = "# Plan for Leo (8)\n\n## What we agreed\n\nFirst, Kemi will keep the flat warm and dry. Ola will check the heating at each visit. Grandad will fix the bedroom window by 4 June. Then Leo can sleep in his own room.\n\n## If things do not change\n\nIf the flat is still cold on 4 June, Ola will ring the landlord that day. Kemi will stay at Gran's. If Leo gets ill, the GP will see him the same day.\n";
    let items = items_of(plan, Format::Markdown);
    let texts: Vec<&str> = items.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "First, Kemi will keep the flat warm and dry. Ola will check the heating at each visit.",
            "Grandad will fix the bedroom window by 4 June. Then Leo can sleep in his own room.",
            "If the flat is still cold on 4 June, Ola will ring the landlord that day. Kemi will stay at Gran's.",
            "If Leo gets ill, the GP will see him the same day.",
        ]
    );
}

/// "Outcomes:" and "Actions:" alone on a line head what follows, as headings do, and an
/// "Actions:" line with several sentences holds one action per doer.
#[test]
fn a_label_alone_on_its_line_heads_the_list_under_it() {
    let plan = "Plan for Leo\n\nArea 1: Sleep\n\nOutcomes:\n- Leo will sleep in his own bed.\n\nActions: Mum to buy a bed by 4 June. The social worker to ring the furniture scheme.\n";
    let items = items_of(plan, Format::Markdown);
    assert_eq!(
        items,
        [
            (
                ItemKind::Outcome,
                "Leo will sleep in his own bed.".to_string()
            ),
            (ItemKind::Action, "Mum to buy a bed by 4 June.".to_string()),
            (
                ItemKind::Action,
                "The social worker to ring the furniture scheme.".to_string()
            ),
        ]
    );
}

/// Easy Read plans put short bold lines over each part: they are headings, "How we will
/// know" under a goal is that goal's measure, and a number to ring is not an item.
#[test]
fn bold_lines_head_the_parts_of_a_goal() {
    let plan = "# Plan for Leo\n\n## 1. Leo's sleep\n\n**What we want**\n\n- Leo will sleep in his own bed every night.\n\n**What you will do**\n\n- You will put Leo to bed by 8pm.\n\n**How we will know**\n\nThe sleep diary will show 8pm on 6 nights out of 7.\n\n## If you are worried\n\nRing Ola on 07700 900123.\n";
    let report = check(plan, Format::Markdown, &Config::default()).unwrap();
    let texts: Vec<&str> = report.items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Leo will sleep in his own bed every night.",
            "You will put Leo to bed by 8pm."
        ]
    );
    assert!(
        report.items.iter().all(|i| i.has_measure),
        "{:?}",
        report.items
    );
}

/// A contingency table: each row is one contingency, named by its condition.
#[test]
fn a_contingency_table_has_one_item_per_condition() {
    let plan = "# Plan for Leo\n\n## Actions\n\n- Kemi to take Leo to school every day.\n\n## Contingency\n\n| Trigger | What will happen | Who |\n|---|---|---|\n| If Leo misses two days | Ola will visit the same day. Kemi will meet the head. | Ola |\n| If the flat is cold | Ola will ring the landlord. | Ola |\n";
    let items = items_of(plan, Format::Markdown);
    assert_eq!(
        items[1..],
        [
            (ItemKind::Contingency, "If Leo misses two days".to_string()),
            (ItemKind::Contingency, "If the flat is cold".to_string()),
        ]
    );
}

/// A timeline: areas down the side, periods across the top; each cell is an action
/// done in its period.
#[test]
fn a_timeline_table_holds_actions_timed_by_their_column() {
    let plan = "# Plan for Leo\n\n## Timeline\n\n| Area | Weeks 1–4 | Weeks 5–8 |\n|---|---|---|\n| Home | Mum to buy a bed for Leo. | Mum to keep Leo's room clear. |\n";
    let report = check(plan, Format::Markdown, &Config::default()).unwrap();
    let texts: Vec<&str> = report.items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Mum to buy a bed for Leo.", "Mum to keep Leo's room clear."]
    );
    assert!(report
        .items
        .iter()
        .all(|i| i.has_timescale && i.kind == ItemKind::Action));
}

/// Under plan headings, only what says what will happen is an item: not how things are,
/// not what already happened, not admin about the plan, and not the places of a list
/// that finishes a sentence.
#[test]
fn descriptions_admin_and_list_fragments_are_not_items() {
    let plan = "# Plan for Leo\n\n## Actions\n\n- Mum will walk Leo to school every day.\n- Leo's uncle lives two streets away.\n- Referral sent to the housing team on 2 May.\n- Ola will send everyone a copy of this plan by Friday.\n\nPlaces to stay away from:\n\n- the car park behind the shops\n- Leo will come home by 8pm.\n\n## If things do not change\n\nDad still drinks most evenings.\n\nIf Dad drinks before a visit, Ola will end the visit.\n";
    let texts: Vec<String> = items_of(plan, Format::Markdown)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert_eq!(
        texts,
        [
            "Mum will walk Leo to school every day.",
            "Leo will come home by 8pm.",
            "If Dad drinks before a visit, Ola will end the visit."
        ]
    );
}

/// A step done once by the date in its When cell can be checked on that day; one kept
/// up every week cannot, by its date alone.
#[test]
fn a_one_off_step_with_a_date_in_its_when_cell_has_a_measure() {
    let plan = "# Plan for Leo\n\n## Actions\n\n| What | Who | When |\n|---|---|---|\n| Apply for a school bus pass. | Mum | 15 March 2027 |\n| Take Leo to football. | Dad | Every Saturday |\n";
    let report = check(plan, Format::Markdown, &Config::default()).unwrap();
    let measured: Vec<bool> = report.items.iter().map(|i| i.has_measure).collect();
    assert_eq!(measured, [true, false], "{:?}", report.items);
}

/// A cell that starts with its own list letter ("f) ...") gives the item without it.
#[test]
fn an_items_text_leaves_out_its_list_marker() {
    let plan = "# Plan for Leo\n\n## Actions\n\n| What | Who |\n|---|---|\n| f) Take Leo to the dentist. | Mum |\n";
    let texts: Vec<String> = items_of(plan, Format::Markdown)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert_eq!(texts, ["Take Leo to the dentist."]);
}

/// "We want Leo to ..." among the steps is the goal they serve, and a contingency whose
/// trigger tests that goal covers the steps under it.
#[test]
fn a_wish_among_the_steps_is_their_outcome() {
    let plan = "# Plan for Leo (8)\n\n## What needs to happen\n\n### Sleep\n\nWe want Leo to sleep in his own bed every night. Mum will buy a bed by 4 June. The social worker will bring a bed guard.\n\n### Money\n\nWe want the rent paid on time. Mum will see the money adviser by 9 June.\n\n## If things do not change\n\nIf Leo is not sleeping in his own bed by 4 July, Ola will hold a family meeting that week.\n";
    let report = check(plan, Format::Markdown, &Config::default()).unwrap();
    let got: Vec<(ItemKind, bool, &str)> = report
        .items
        .iter()
        .map(|i| (i.kind, i.has_next_step, &i.text[..12]))
        .collect();
    assert_eq!(
        got,
        [
            (ItemKind::Outcome, true, "We want Leo "),
            (ItemKind::Action, true, "Mum will buy"),
            (ItemKind::Action, true, "The social w"),
            (ItemKind::Outcome, false, "We want the "),
            (ItemKind::Action, false, "Mum will see"),
            (ItemKind::Contingency, true, "If Leo is no"),
        ]
    );
}
