//! Markdown through pulldown-cmark, keeping every text run's source offset.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::control_directive;
use crate::document::{BlockKind, Cell, Document, DocumentBuilder};

pub fn parse_markdown(source: &str) -> Document {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut b = DocumentBuilder::new();
    // What to return to when a nested list item or cell ends inside an outer block.
    let mut items = 0usize;
    let mut skip = 0usize;
    let mut table = None::<usize>;
    let mut tables = 0usize;
    let (mut row, mut column, mut header) = (0usize, 0usize, false);
    // Whether the open top-level paragraph has text in bold, and text not in bold.
    let (mut strong, mut bold_text, mut plain_text) = (0usize, false, false);

    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => b.start(BlockKind::Heading { level: level as u8 }),
                Tag::Strong => strong += 1,
                Tag::Paragraph => {
                    (bold_text, plain_text) = (false, false);
                    if items == 0 && table.is_none() {
                        b.start(BlockKind::Paragraph);
                    } else if !b.is_open() {
                        b.start(BlockKind::ListItem);
                    } else {
                        b.push_verbatim(" ", range.start);
                    }
                }
                Tag::Item => {
                    items += 1;
                    b.start(BlockKind::ListItem);
                }
                Tag::Table(_) => {
                    table = Some(tables);
                    tables += 1;
                    row = 0;
                }
                Tag::TableHead => {
                    header = true;
                    column = 0;
                }
                Tag::TableRow => column = 0,
                Tag::TableCell => {
                    if let Some(t) = table {
                        b.start(BlockKind::TableCell(Cell {
                            table: t,
                            row,
                            column,
                            header,
                        }));
                    }
                }
                Tag::CodeBlock(_) | Tag::Image { .. } | Tag::MetadataBlock(_) => skip += 1,
                Tag::BlockQuote(_) => {}
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Strong => strong = strong.saturating_sub(1),
                TagEnd::Paragraph if items == 0 && table.is_none() => {
                    if bold_text && !plain_text {
                        b.bold_line_is_heading();
                    }
                    b.finish()
                }
                TagEnd::Heading(_) if items == 0 && table.is_none() => b.finish(),
                TagEnd::Item => {
                    items -= 1;
                    b.finish();
                }
                TagEnd::TableCell => {
                    b.finish();
                    column += 1;
                }
                TagEnd::TableHead => {
                    header = false;
                    row += 1;
                }
                TagEnd::TableRow => row += 1,
                TagEnd::Table => table = None,
                TagEnd::CodeBlock | TagEnd::Image | TagEnd::MetadataBlock(_) => skip -= 1,
                _ => {}
            },
            Event::Text(text) if skip == 0 => {
                if !text.trim().is_empty() {
                    if strong > 0 {
                        bold_text = true;
                    } else {
                        plain_text = true;
                    }
                }
                if !b.is_open() {
                    b.start(if items > 0 {
                        BlockKind::ListItem
                    } else {
                        BlockKind::Paragraph
                    });
                }
                let raw = &source[range.clone()];
                if raw == &*text {
                    b.push_verbatim(&text, range.start);
                } else {
                    b.push_decoded(&text, range.start, range.len());
                }
            }
            Event::SoftBreak | Event::HardBreak if skip == 0 => {
                // A line that starts a new numbered point or a field ("1.2 Zoë will
                // ...", "How we will know: ...") after a finished sentence is its own
                // block, as the writer laid it out, though Markdown runs them together.
                let top = items == 0 && table.is_none();
                let ended = b
                    .open_text()
                    .trim_end()
                    .ends_with(['.', '!', '?', ':', ')']);
                match new_line_starts(&source[range.end..]) {
                    Some(kind) if top && ended => b.start(kind),
                    _ => b.push_verbatim("\n", range.start),
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                if let Some(directive) = control_directive(&html) {
                    b.control(directive, range.start);
                }
            }
            _ => {}
        }
    }
    b.build()
}

/// What the line starting `rest` opens, if it starts a numbered point ("1.2 Zoë",
/// "3) Dad") or a field label ("How we will know:"): a list item or a paragraph.
fn new_line_starts(rest: &str) -> Option<BlockKind> {
    let line = rest.trim_start_matches([' ', '\t']);
    let digits = line
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    if digits > 0 && line.as_bytes()[0].is_ascii_digit() {
        let after = line[digits..].strip_prefix(')').unwrap_or(&line[digits..]);
        let capital = after
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if after.starts_with(' ') && capital {
            return Some(BlockKind::ListItem);
        }
    }
    let head = line.split('\n').next().unwrap_or("");
    let colon = head.find(':')?;
    let label = &head[..colon];
    let short = label.split_whitespace().count() <= 5 && !label.is_empty();
    let capital = label.chars().next().is_some_and(char::is_uppercase);
    (short && capital && head[colon + 1..].starts_with(' ')).then_some(BlockKind::Paragraph)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(src: &str) -> Vec<(BlockKind, String)> {
        let doc = parse_markdown(src);
        doc.blocks
            .iter()
            .map(|bl| (bl.kind, doc.block_text(bl).to_string()))
            .collect()
    }

    #[test]
    fn headings_paragraphs_and_items_become_blocks() {
        let got = blocks("# Plan for Zoë\n\nWe are worried.\nVery worried.\n\n- Mum will ring\n- Dad will visit\n");
        assert_eq!(
            got,
            vec![
                (BlockKind::Heading { level: 1 }, "Plan for Zoë".into()),
                (
                    BlockKind::Paragraph,
                    "We are worried.\nVery worried.".into()
                ),
                (BlockKind::ListItem, "Mum will ring".into()),
                (BlockKind::ListItem, "Dad will visit".into()),
            ]
        );
    }

    #[test]
    fn numbered_points_and_fields_on_their_own_lines_are_blocks() {
        let got = blocks("1 Kai will go to nursery.\nHow we will know: the register.\n1.1 Mum will walk him there.\nShe said it was\nhard.\n");
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "1 Kai will go to nursery.",
                "How we will know: the register.",
                "1.1 Mum will walk him there.\nShe said it was\nhard."
            ]
        );
        assert_eq!(got[2].0, BlockKind::ListItem);
    }

    #[test]
    fn code_link_targets_and_comments_are_not_prose() {
        let got = blocks(
            "See [the leaflet](http://example.org/x).\n\n```\nnot prose\n```\n\n<!-- a note -->\n",
        );
        assert_eq!(got, vec![(BlockKind::Paragraph, "See the leaflet.".into())]);
    }

    #[test]
    fn table_cells_know_their_row_and_column() {
        let doc = parse_markdown("| Action | Who |\n|---|---|\n| Ring school | Dad |\n");
        let cells: Vec<_> = doc
            .blocks
            .iter()
            .map(|bl| match bl.kind {
                BlockKind::TableCell(c) => {
                    (c.row, c.column, c.header, doc.block_text(bl).to_string())
                }
                _ => panic!("not a cell"),
            })
            .collect();
        assert_eq!(cells[0], (0, 0, true, "Action".into()));
        assert_eq!(cells[3], (1, 1, false, "Dad".into()));
    }

    #[test]
    fn positions_map_back_through_markup() {
        let src = "Intro\n\n- **Goal:** Mum will ring";
        let doc = parse_markdown(src);
        let item = &doc.blocks[1];
        let text = doc.block_text(item);
        let at = item.range.start + text.find("Mum").unwrap();
        let s = doc.source_map().to_source(at);
        assert_eq!(&src[s..s + 3], "Mum");
    }

    #[test]
    fn control_comments_are_kept() {
        let doc = parse_markdown("<!-- plainplan-disable jargon -->\nText\n");
        assert_eq!(doc.controls[0].directive, "plainplan-disable jargon");
    }
}
