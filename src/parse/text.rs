//! Plain text as case systems export it: capitalised headings, numbered or lettered
//! items, tables as tab- or pipe-separated lines, and paragraphs of one or more lines.

use crate::document::{BlockKind, Cell, Document, DocumentBuilder};

/// A line shorter than this is taken to end its paragraph (hard-wrapped text runs longer).
const WRAP_WIDTH: usize = 50;

pub fn parse_text(source: &str) -> Document {
    let mut b = DocumentBuilder::new();
    let mut tables = 0usize;
    let mut table_row: Option<usize> = None;
    let mut previous: Option<LineKind> = None;
    let mut previous_len = 0usize;

    let all: Vec<(usize, &str)> = lines(source).collect();
    let blank = |i: usize| all.get(i).is_none_or(|(_, l)| l.trim().is_empty());
    for (i, &(start, raw)) in all.iter().enumerate() {
        let line = raw.trim_end_matches(['\r', '\n']);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            b.finish();
            table_row = None;
            previous = None;
            continue;
        }
        let at = start + (line.len() - line.trim_start().len());
        let alone = (i == 0 || blank(i - 1)) && blank(i + 1);
        let kind = match classify(trimmed) {
            LineKind::Prose if alone && is_title_line(trimmed) => LineKind::Heading(0),
            kind => kind,
        };
        match kind {
            LineKind::Row => {
                let row = match table_row {
                    Some(r) => r + 1,
                    None => {
                        tables += 1;
                        0
                    }
                };
                table_row = Some(row);
                push_row(&mut b, trimmed, at, tables - 1, row);
            }
            LineKind::Fields => {
                table_row = None;
                let mut offset = 0;
                for cell in trimmed.split('|') {
                    let lead = cell.len() - cell.trim_start().len();
                    b.start(BlockKind::Paragraph);
                    b.push_verbatim(cell.trim(), at + offset + lead);
                    b.finish();
                    offset += cell.len() + 1;
                }
            }
            LineKind::Heading(marker) => {
                table_row = None;
                b.start(BlockKind::Heading { level: 2 });
                let rest = &trimmed[marker..];
                let skipped = marker + (rest.len() - rest.trim_start().len());
                b.push_verbatim(rest.trim_start(), at + skipped);
                b.finish();
            }
            LineKind::Item(marker) => {
                table_row = None;
                b.start(BlockKind::ListItem);
                let rest = &trimmed[marker..];
                let skipped = marker + (rest.len() - rest.trim_start().len());
                b.push_verbatim(rest.trim_start(), at + skipped);
            }
            LineKind::Prose => {
                table_row = None;
                let continues = b.is_open()
                    && matches!(previous, Some(LineKind::Prose | LineKind::Item(_)))
                    && previous_len >= WRAP_WIDTH
                    && !is_field(trimmed);
                if continues {
                    b.push_verbatim("\n", at.saturating_sub(1));
                } else {
                    b.start(BlockKind::Paragraph);
                }
                b.push_verbatim(trimmed, at);
            }
        }
        previous = Some(kind);
        previous_len = trimmed.chars().count();
    }
    b.build()
}

/// Lines with their byte offsets; `\r\n`, `\n` and a lone `\r` all end a line.
fn lines(source: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = source.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'\n' && bytes[end] != b'\r' {
            end += 1;
        }
        let line = &source[start..end];
        let line_start = start;
        start = end;
        if start < bytes.len() && bytes[start] == b'\r' {
            start += 1;
        }
        if start < bytes.len() && bytes[start] == b'\n' {
            start += 1;
        }
        Some((line_start, line))
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// A heading, after a number of this many bytes.
    Heading(usize),
    /// A list item; the marker is this many bytes long.
    Item(usize),
    Row,
    /// "Lead: SW | Timescale: May": fields side by side, one paragraph each.
    Fields,
    Prose,
}

fn classify(line: &str) -> LineKind {
    if line.contains(" | ") && line.split('|').all(|cell| is_field(cell.trim())) {
        return LineKind::Fields;
    }
    if line.contains('\t') || line.contains(" | ") {
        return LineKind::Row;
    }
    if let Some(marker) = list_marker(line) {
        let rest = &line[marker..];
        if is_heading(rest.trim()) {
            return LineKind::Heading(marker);
        }
        return LineKind::Item(marker);
    }
    if is_heading(line) {
        return LineKind::Heading(0);
    }
    LineKind::Prose
}

/// A short line in capitals, or a short label ending in a colon or question mark.
fn is_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3 || words > 12 {
        return false;
    }
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    upper * 10 >= letters.len() * 9 && !line.contains(':') || line.ends_with(':') && words <= 8
}

/// A short line standing alone between blank lines, with no sentence or field in it:
/// "What we agreed" in a letter.
fn is_title_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    (1..=8).contains(&words)
        && letters >= 3
        && line.starts_with(char::is_uppercase)
        && !line.ends_with(['.', ',', ';', ':', '!', '?', ')'])
        && !line.contains([':', '@', '|'])
}

/// "Name: value" lines in headers are fields, not wrapped prose.
fn is_field(line: &str) -> bool {
    line.split_once(':')
        .is_some_and(|(label, _)| !label.is_empty() && label.split_whitespace().count() <= 4)
}

/// Length of a leading list marker: `- `, `* `, `• `, `1. `, `1) `, `3.1 `, `1a. `, `a) `,
/// `(b) `, `[ ] `.
pub fn list_marker(line: &str) -> Option<usize> {
    // A checklist's box, alone or after a bullet: "[ ] Ring the GP", "- [x] ...", "☐ ...".
    let bullet = ["- ", "* ", "• ", "– ", "· ", "o "]
        .into_iter()
        .find(|b| line.starts_with(b))
        .map_or(0, str::len);
    let rest = &line[bullet..];
    if let Some(tick) = ["[ ] ", "[x] ", "[X] ", "☐ ", "☑ ", "☒ ", "✓ ", "✔ "]
        .into_iter()
        .find(|t| rest.starts_with(t))
    {
        return Some(bullet + tick.len());
    }
    if bullet > 0 {
        return Some(bullet);
    }
    let bytes = line.as_bytes();
    let mut i = usize::from(bytes.first() == Some(&b'('));
    let open = i == 1;
    let digits = bytes[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && digits <= 3 {
        i += digits;
        // Outline numbers such as 3.1 or 2.4.1
        while i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
            i += 1;
            i += bytes[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        }
        // Lettered sub-items: 1a. or 2b)
        if bytes.get(i).is_some_and(u8::is_ascii_lowercase)
            && bytes.get(i + 1).is_some_and(|&c| c == b'.' || c == b')')
        {
            i += 1;
        }
    } else if i < bytes.len()
        && bytes[i].is_ascii_lowercase()
        && !bytes[i + 1..]
            .first()
            .is_some_and(|c| c.is_ascii_alphabetic())
    {
        i += 1;
    } else {
        return None;
    }
    match bytes.get(i) {
        Some(b')') => i += 1,
        Some(b'.') if !open => i += 1,
        Some(b' ') if digits > 0 && !open && line[..i].contains('.') => {}
        _ => return None,
    }
    (bytes.get(i) == Some(&b' ')).then_some(i + 1)
}

fn push_row(b: &mut DocumentBuilder, line: &str, at: usize, table: usize, row: usize) {
    let separator = if line.contains('\t') { '\t' } else { '|' };
    let mut offset = 0;
    let mut column = 0;
    for cell in line.split(separator) {
        let cell_at = at + offset;
        offset += cell.len() + separator.len_utf8();
        let text = cell.trim();
        if separator == '|' && text.is_empty() && (cell_at == at || offset > line.len()) {
            continue; // the outer pipes of `| a | b |`
        }
        let lead = cell.len() - cell.trim_start().len();
        b.start(BlockKind::TableCell(Cell {
            table,
            row,
            column,
            header: row == 0,
        }));
        b.push_verbatim(text, cell_at + lead);
        b.finish();
        column += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(src: &str) -> Vec<(BlockKind, String)> {
        let doc = parse_text(src);
        doc.blocks
            .iter()
            .map(|bl| (bl.kind, doc.block_text(bl).to_string()))
            .collect()
    }

    #[test]
    fn lettered_sub_items_are_list_items() {
        let got = blocks("Outcome 1: Dad will stop drinking before 6pm every day.\n1a. Dad to see the GP by Friday.\n1b) Mum to ring Sam.");
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(
            got[1],
            (
                BlockKind::ListItem,
                "Dad to see the GP by Friday.".to_string()
            )
        );
    }

    #[test]
    fn capital_headings_and_numbered_items() {
        let got = blocks("3. WHAT NEEDS TO CHANGE?\r\n\r\n3.1 Zoë will be home by 9pm.\r\na) Ring the police.\r\n");
        assert_eq!(
            got,
            vec![
                (
                    BlockKind::Heading { level: 2 },
                    "WHAT NEEDS TO CHANGE?".into()
                ),
                (BlockKind::ListItem, "Zoë will be home by 9pm.".into()),
                (BlockKind::ListItem, "Ring the police.".into()),
            ]
        );
    }

    #[test]
    fn tab_and_pipe_tables_become_cells() {
        let doc = parse_text("WHAT\tWHO\nRing school\tDad\n\nArea | Outcome\nHome | Clean\n");
        let cells: Vec<_> = doc
            .blocks
            .iter()
            .filter_map(|bl| match bl.kind {
                BlockKind::TableCell(c) => {
                    Some((c.table, c.row, c.column, doc.block_text(bl).to_string()))
                }
                _ => None,
            })
            .collect();
        assert_eq!(cells[3], (0, 1, 1, "Dad".into()));
        assert_eq!(cells[7], (1, 1, 1, "Clean".into()));
    }

    #[test]
    fn wrapped_lines_join_but_fields_do_not() {
        let got = blocks("This is a long line of a paragraph that was wrapped by the\nsystem at sixty characters.\nName: Ava\nAge: 9\n");
        assert_eq!(got.len(), 3);
        assert!(got[0].1.ends_with("sixty characters."));
        assert_eq!(got[1].1, "Name: Ava");
    }

    #[test]
    fn checklist_boxes_are_list_items_and_a_short_line_alone_is_a_heading() {
        let got = blocks("Dear Kemi,\n\nWhat we agreed\n\n[ ] Ring the GP\n- [x] Book the dentist\n☐ Fix the lock\n\n20 May 2027\n");
        assert_eq!(
            got,
            vec![
                (BlockKind::Paragraph, "Dear Kemi,".into()),
                (BlockKind::Heading { level: 2 }, "What we agreed".into()),
                (BlockKind::ListItem, "Ring the GP".into()),
                (BlockKind::ListItem, "Book the dentist".into()),
                (BlockKind::ListItem, "Fix the lock".into()),
                (BlockKind::Paragraph, "20 May 2027".into()),
            ]
        );
    }

    #[test]
    fn fields_side_by_side_are_a_paragraph_each_not_a_table() {
        let got = blocks("1.1 Ring the GP.\n     Lead: SW | Timescale: May\n");
        assert_eq!(
            got,
            vec![
                (BlockKind::ListItem, "Ring the GP.".into()),
                (BlockKind::Paragraph, "Lead: SW".into()),
                (BlockKind::Paragraph, "Timescale: May".into()),
            ]
        );
    }

    #[test]
    fn cr_line_endings_split_lines() {
        assert_eq!(blocks("One line here.\rTwo.\r").len(), 2);
    }
}
