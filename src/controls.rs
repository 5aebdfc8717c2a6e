//! Comments in a plan that switch rules off: `<!-- plainplan-disable RULE -->` …
//! `<!-- plainplan-enable RULE -->`, and `<!-- plainplan-ignore-next-line -->`.

use std::ops::Range;

use crate::document::Control;
use crate::registry::RuleId;

/// Where rules are switched off, worked out from a document's control comments.
#[derive(Debug, Default)]
pub struct Controls {
    /// (rule, or `None` for every rule; analysed-text range where it is off).
    off: Vec<(Option<RuleId>, Range<usize>)>,
    /// Source lines (1-based) whose findings are dropped.
    ignored_lines: Vec<usize>,
}

impl Controls {
    /// Reads the controls; an unknown directive or rule is an error naming it and its line.
    pub fn new(
        controls: &[Control],
        line_of: impl Fn(usize) -> usize,
        text_len: usize,
    ) -> Result<Controls, String> {
        let mut out = Controls::default();
        let mut open: Vec<(Option<RuleId>, usize)> = Vec::new();
        for c in controls {
            let line = line_of(c.source_at);
            let mut words = c.directive.split_whitespace();
            let verb = words.next().unwrap_or("");
            let mut names = Vec::new();
            for w in words {
                let id = RuleId::from_name(w).map_err(|e| format!("line {line}: {e}"))?;
                names.push(Some(id));
            }
            if names.is_empty() {
                names.push(None);
            }
            match verb {
                "plainplan-disable" => open.extend(names.into_iter().map(|n| (n, c.at))),
                "plainplan-enable" => {
                    for n in names {
                        let (closing, still): (Vec<_>, Vec<_>) = open.into_iter().partition(|(o, _)| n.is_none() || *o == n);
                        out.off.extend(closing.into_iter().map(|(o, at)| (o, at..c.at)));
                        open = still;
                    }
                }
                "plainplan-ignore-next-line" => out.ignored_lines.push(line + 1),
                other => {
                    return Err(format!(
                        "line {line}: unknown control '{other}' (use plainplan-disable, plainplan-enable or plainplan-ignore-next-line)"
                    ))
                }
            }
        }
        out.off
            .extend(open.into_iter().map(|(o, at)| (o, at..text_len)));
        Ok(out)
    }

    /// Whether a finding at this analysed-text range, on the source line `line` gives,
    /// is switched off.
    pub fn silences(
        &self,
        rule: RuleId,
        range: &Range<usize>,
        line: impl FnOnce() -> usize,
    ) -> bool {
        !self.ignored_lines.is_empty() && self.ignored_lines.contains(&line())
            || self.off.iter().any(|(r, off)| {
                r.is_none_or(|r| r == rule) && off.start <= range.start && range.start < off.end
            })
    }
}
