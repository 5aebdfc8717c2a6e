//! HTML as rich-text editors save it: block elements become blocks, tables become
//! cells, script and style are dropped, and every byte maps back to the source.

use html5gum::{DefaultEmitter, Token, Tokenizer};

use crate::document::{BlockKind, Cell, Document, DocumentBuilder};

/// Elements whose content is never plan text.
/// Elements that may stand in `<head>`; any other ends it.
const IN_HEAD: &[&str] = &["meta", "link", "base", "html"];

const HIDDEN: &[&str] = &[
    "script", "style", "title", "noscript", "template", "svg", "iframe", "object",
];

/// Elements that start a paragraph of their own.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "blockquote",
    "pre",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "dt",
    "dd",
    "caption",
    "figcaption",
    "address",
    "nav",
    "form",
    "fieldset",
    "center",
];

pub fn parse_html(source: &str) -> Document {
    let mut p = Parser {
        b: DocumentBuilder::new(),
        hidden: 0,
        head: false,
        containers: Vec::new(),
        tables: Vec::new(),
        table_count: 0,
        bold: 0,
        bold_text: false,
        plain_text: false,
    };
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(source, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let colspan = tag
                    .attributes
                    .get(b"colspan".as_slice())
                    .and_then(|v| String::from_utf8_lossy(v).trim().parse::<usize>().ok())
                    .unwrap_or(1)
                    .clamp(1, 1000);
                p.open(
                    &name,
                    colspan,
                    tag.self_closing,
                    tag.span.start..tag.span.end,
                );
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                p.close(&name);
            }
            Token::String(text) => {
                if p.hidden == 0 && !p.head {
                    p.text(source, text.span.start..text.span.end, &text.value);
                }
            }
            Token::Comment(_) => {}
            Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    // Comments carry plainplan's inline controls; html5gum gives their text, the source
    // gives their place.
    p.finish();
    let mut doc = p.b.build();
    doc.controls = controls(source, &doc);
    doc
}

struct Table {
    index: usize,
    row: Option<usize>,
    column: usize,
    in_head: bool,
}

struct Parser {
    b: DocumentBuilder,
    /// Depth inside elements whose text is not shown.
    hidden: usize,
    /// Inside `<head>`, whose end tag is optional: `<body>` or any element that
    /// belongs in the body ends it.
    head: bool,
    /// Open list items and cells: a paragraph inside one is part of it.
    containers: Vec<&'static str>,
    tables: Vec<Table>,
    table_count: usize,
    /// Depth inside <b> and <strong>, and whether the open block has had bold and plain
    /// text: a paragraph that is all bold is a heading in pasted Word HTML.
    bold: usize,
    bold_text: bool,
    plain_text: bool,
}

impl Parser {
    fn open(
        &mut self,
        name: &str,
        colspan: usize,
        self_closing: bool,
        span: std::ops::Range<usize>,
    ) {
        if name == "head" {
            self.head = true;
            return;
        }
        if HIDDEN.contains(&name) {
            if !self_closing {
                self.hidden += 1;
            }
            return;
        }
        if self.hidden > 0 {
            return;
        }
        if !IN_HEAD.contains(&name) {
            self.head = false;
        }
        match name {
            "b" | "strong" => self.bold += 1,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = name.as_bytes()[1] - b'0';
                self.start(BlockKind::Heading { level });
            }
            "li" => {
                self.containers.push("li");
                self.start(BlockKind::ListItem);
            }
            "table" => {
                self.tables.push(Table {
                    index: self.table_count,
                    row: None,
                    column: 0,
                    in_head: false,
                });
                self.table_count += 1;
                self.finish();
            }
            "thead" => self.with_table(|t| t.in_head = true),
            "tbody" | "tfoot" => self.with_table(|t| t.in_head = false),
            "tr" => {
                self.with_table(|t| {
                    t.row = Some(t.row.map_or(0, |r| r + 1));
                    t.column = 0;
                });
                self.finish();
            }
            "td" | "th" => {
                let Some(t) = self.tables.last_mut() else {
                    self.start(BlockKind::Paragraph);
                    return;
                };
                let row = *t.row.get_or_insert(0);
                let cell = Cell {
                    table: t.index,
                    row,
                    column: t.column,
                    header: name == "th" || t.in_head,
                };
                t.column += colspan;
                self.containers.push("cell");
                self.start(BlockKind::TableCell(cell));
            }
            "br" if self.b.is_open() => self.b.push_decoded("\n", span.start, span.len()),
            _ if BLOCKS.contains(&name) => {
                if self.containers.is_empty() {
                    self.start(BlockKind::Paragraph);
                } else if self.b.is_open() {
                    // A paragraph inside a list item or cell is a new line of it.
                    self.b.push_decoded("\n", span.start, span.len());
                }
            }
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        if name == "head" {
            self.head = false;
            return;
        }
        if HIDDEN.contains(&name) {
            self.hidden = self.hidden.saturating_sub(1);
            return;
        }
        if self.hidden > 0 {
            return;
        }
        match name {
            "b" | "strong" => self.bold = self.bold.saturating_sub(1),
            "li" | "td" | "th" => {
                self.containers.pop();
                self.finish();
            }
            "table" => {
                self.tables.pop();
                self.finish();
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "tr" => self.finish(),
            _ if BLOCKS.contains(&name) && self.containers.is_empty() => self.finish(),
            _ => {}
        }
    }

    /// Before the open block closes: a short paragraph all in bold is a heading.
    fn settle(&mut self) {
        if self.bold_text && !self.plain_text {
            self.b.bold_line_is_heading();
        }
        self.bold_text = false;
        self.plain_text = false;
    }

    fn start(&mut self, kind: BlockKind) {
        self.settle();
        self.b.start(kind);
    }

    fn finish(&mut self) {
        self.settle();
        self.b.finish();
    }

    fn with_table(&mut self, f: impl FnOnce(&mut Table)) {
        if let Some(t) = self.tables.last_mut() {
            f(t);
        }
    }

    /// Text between tags: runs of white space become one space, entities are decoded,
    /// and every piece remembers where it came from.
    fn text(&mut self, source: &str, span: std::ops::Range<usize>, decoded: &[u8]) {
        let raw = source.get(span.clone()).unwrap_or("");
        if !self.b.is_open() {
            if raw.trim().is_empty() {
                return;
            }
            self.start(BlockKind::Paragraph);
        }
        if !raw.trim().is_empty() {
            if self.bold > 0 {
                self.bold_text = true;
            } else {
                self.plain_text = true;
            }
        }
        let mine = decode_entities(raw);
        let theirs = collapse(&String::from_utf8_lossy(decoded));
        if mine.iter().map(|(t, _, _)| t.as_str()).collect::<String>() != theirs {
            // An entity this reader does not know: keep the tokenizer's text, mapped as
            // one piece.
            self.b.push_decoded(&theirs, span.start, span.len());
            return;
        }
        for (text, at, len) in mine {
            if text == " " {
                // One space for a run of white space, and none after a space or a break.
                if !self.b.ends_with_space() {
                    self.b.push_decoded(" ", span.start + at, len);
                }
            } else if text.len() == len {
                self.b.push_verbatim(&text, span.start + at);
            } else {
                self.b.push_decoded(&text, span.start + at, len);
            }
        }
    }
}

/// Runs of ASCII white space as one space; a no-break space stays.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The pieces of raw text: (text, offset, source length). White-space runs are one " "
/// piece, each entity is its own piece, and the rest is verbatim.
fn decode_entities(raw: &str) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    let mut verbatim_start = 0;
    let mut i = 0;
    let bytes = raw.as_bytes();
    let flush = |out: &mut Vec<(String, usize, usize)>, from: usize, to: usize| {
        if to > from {
            out.push((raw[from..to].to_string(), from, to - from));
        }
    };
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            flush(&mut out, verbatim_start, i);
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            out.push((" ".to_string(), start, i - start));
            verbatim_start = i;
            continue;
        }
        if c == b'&' {
            if let Some((text, len)) = entity(&raw[i..]) {
                flush(&mut out, verbatim_start, i);
                out.push((text, i, len));
                i += len;
                verbatim_start = i;
                continue;
            }
        }
        i += 1;
    }
    flush(&mut out, verbatim_start, bytes.len());
    out
}

/// The entity at the start of `s` ("&amp;", "&#8217;", "&#x2019;"), decoded, with its length.
fn entity(s: &str) -> Option<(String, usize)> {
    // Entities are ASCII: look for the ';' in the first bytes without cutting a character.
    let end = s.bytes().take(12).position(|b| b == b';')?;
    let name = &s[1..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{fffd}')
    } else {
        named(name)?
    };
    Some((c.to_string(), end + 1))
}

/// The named entities editors write.
fn named(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "pound" => '£',
        "euro" => '€',
        "copy" => '©',
        "bull" => '•',
        "middot" => '·',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "euml" => 'ë',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "ntilde" => 'ñ',
        "shy" => '\u{ad}',
        "times" => '×',
        "deg" => '°',
        "frac12" => '½',
        _ => return None,
    })
}

/// plainplan's comments in the source, placed at the analysed text that follows them.
fn controls(source: &str, doc: &Document) -> Vec<crate::document::Control> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = source[from..].find("<!--").map(|i| from + i) {
        let Some(end) = source[start..].find("-->").map(|i| start + i + 3) else {
            break;
        };
        if let Some(directive) = super::control_directive(&source[start..end]) {
            // The first block that starts after the comment in the source.
            let at = doc
                .blocks
                .iter()
                .find(|b| doc.source_map().to_source(b.range.start) >= end)
                .map_or(doc.text.len(), |b| b.range.start);
            out.push(crate::document::Control {
                at,
                directive,
                source_at: start,
            });
        }
        from = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(src: &str) -> Vec<(BlockKind, String)> {
        let doc = parse_html(src);
        doc.blocks
            .iter()
            .map(|b| (b.kind, doc.block_text(b).to_string()))
            .collect()
    }

    #[test]
    fn blocks_lists_and_tables_as_an_editor_saves_them() {
        let got = blocks(
            "<h2>What will happen</h2><p>Mum&nbsp;will   ring\n the <b>school</b>.</p>\
             <ul><li><p>Ring Ade</p></li></ul>\
             <table><tr><th>Who</th><th>By when</th></tr><tr><td>Mum</td><td>Friday</td></tr></table>",
        );
        assert_eq!(
            got[0],
            (BlockKind::Heading { level: 2 }, "What will happen".into())
        );
        assert_eq!(
            got[1],
            (
                BlockKind::Paragraph,
                "Mum\u{a0}will ring the school.".into()
            )
        );
        assert_eq!(got[2], (BlockKind::ListItem, "Ring Ade".into()));
        assert!(matches!(got[3].0, BlockKind::TableCell(c) if c.header && c.column == 0));
        assert!(matches!(got[6].0, BlockKind::TableCell(c) if c.row == 1 && c.column == 1));
        assert_eq!(got[6].1, "Friday");
    }

    #[test]
    fn a_paragraph_all_in_bold_is_a_heading() {
        let got = blocks(
            "<p class=MsoNormal><b><span>Outcomes</span></b></p><p><strong>Who:</strong> Mum</p>",
        );
        assert_eq!(got[0], (BlockKind::Heading { level: 2 }, "Outcomes".into()));
        assert_eq!(got[1].0, BlockKind::Paragraph);
    }

    #[test]
    fn a_head_without_its_end_tag_ends_where_the_body_starts() {
        for html in [
            "<html><head><title>Plan</title><body><p>Mum will ring the GP.</p>",
            "<head><meta charset=utf-8><title>Plan</title><p>Mum will ring the GP.</p>",
        ] {
            let got = blocks(html);
            assert_eq!(
                got,
                vec![(BlockKind::Paragraph, "Mum will ring the GP.".into())],
                "{html}"
            );
        }
    }

    #[test]
    fn script_and_style_are_dropped_and_entities_decoded() {
        let got = blocks("<style>p{color:red}</style><script>var a = '<p>';</script><p>Zoë&rsquo;s mum &amp; dad</p>");
        assert_eq!(got, vec![(BlockKind::Paragraph, "Zoë’s mum & dad".into())]);
    }

    #[test]
    fn an_ampersand_before_non_ascii_text_is_just_text() {
        // Found by the property tests: the entity scan cut a character in two.
        assert_eq!(
            blocks("<p>&nbsp;’s’sMum & Łukasz’s</p>")[0].1,
            "’s’sMum & Łukasz’s"
        );
    }

    #[test]
    fn positions_map_back_to_the_source() {
        let src = "<p>Mum &amp; Dad will   ring Łukasz.</p>";
        let doc = parse_html(src);
        let text = &doc.text;
        let at = text.find("ring").unwrap();
        let source = doc.source_map().range_to_source(at..at + 4);
        assert_eq!(&src[source], "ring");
        let at = text.find("Łukasz").unwrap();
        let source = doc.source_map().range_to_source(at..at + "Łukasz".len());
        assert_eq!(&src[source], "Łukasz");
    }
}
