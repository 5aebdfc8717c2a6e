//! The parsed plan: analysed text cut into blocks, and the map back to the source.

use std::ops::Range;

use serde::Serialize;

/// The input formats plainplan reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
    Docx,
    /// Text taken from a PDF (best effort), read as plain text.
    Pdf,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
        }
    }

    /// Guesses the format from a file name's extension.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "md" | "markdown" | "mdown" => Some(Format::Markdown),
            "txt" | "text" => Some(Format::Text),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "docx" => Some(Format::Docx),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }
}

/// What a document is. Plan checks run on plans and meeting notes; a letter, leaflet,
/// guidance, assessment or chronology gets language and reading findings only; case
/// notes can get `no-direction`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum DocumentKind {
    #[default]
    #[serde(rename = "plan")]
    Plan,
    #[serde(rename = "meeting notes")]
    MeetingNotes,
    #[serde(rename = "letter")]
    Letter,
    #[serde(rename = "leaflet")]
    Leaflet,
    #[serde(rename = "guidance")]
    Guidance,
    #[serde(rename = "assessment")]
    Assessment,
    #[serde(rename = "case notes")]
    CaseNotes,
    #[serde(rename = "chronology")]
    Chronology,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 8] = [
        DocumentKind::Plan,
        DocumentKind::MeetingNotes,
        DocumentKind::Letter,
        DocumentKind::Leaflet,
        DocumentKind::Guidance,
        DocumentKind::Assessment,
        DocumentKind::CaseNotes,
        DocumentKind::Chronology,
    ];

    pub fn name(self) -> &'static str {
        match self {
            DocumentKind::Plan => "plan",
            DocumentKind::MeetingNotes => "meeting notes",
            DocumentKind::Letter => "letter",
            DocumentKind::Leaflet => "leaflet",
            DocumentKind::Guidance => "guidance",
            DocumentKind::Assessment => "assessment",
            DocumentKind::CaseNotes => "case notes",
            DocumentKind::Chronology => "chronology",
        }
    }

    /// The name as a sentence uses it: "a plan", "an assessment", "case notes".
    pub fn with_article(self) -> String {
        match self {
            DocumentKind::MeetingNotes | DocumentKind::Guidance | DocumentKind::CaseNotes => {
                self.name().to_string()
            }
            DocumentKind::Assessment => "an assessment".to_string(),
            other => format!("a {}", other.name()),
        }
    }

    /// The kind a setting or flag names; "meeting-notes" and "case-notes" too.
    pub fn from_name(name: &str) -> Result<DocumentKind, String> {
        let wanted = name.trim().replace(['-', '_'], " ").to_lowercase();
        DocumentKind::ALL
            .into_iter()
            .find(|k| k.name() == wanted)
            .ok_or_else(|| {
                let known: Vec<_> = DocumentKind::ALL.iter().map(|k| k.name()).collect();
                format!(
                    "unknown document kind '{name}'; the kinds are: {}",
                    known.join(", ")
                )
            })
    }

    /// Whether outcomes, actions and contingencies are looked for.
    pub fn has_plan(self) -> bool {
        matches!(self, DocumentKind::Plan | DocumentKind::MeetingNotes)
    }

    /// Whether notes that only recount events are reported (`no-direction`).
    pub fn can_lack_direction(self) -> bool {
        matches!(
            self,
            DocumentKind::Plan | DocumentKind::MeetingNotes | DocumentKind::CaseNotes
        )
    }
}

/// Where a table cell sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    /// 0-based table number in the document.
    pub table: usize,
    /// 0-based row; row 0 is the header when `header` is set on it.
    pub row: usize,
    pub column: usize,
    pub header: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Heading { level: u8 },
    Paragraph,
    ListItem,
    TableCell(Cell),
}

/// One piece of prose: a sentence never runs across two blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// Byte range in [`Document::text`].
    pub range: Range<usize>,
}

/// A comment in the source that switches rules off or on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Control {
    /// Byte offset in the analysed text where the control takes effect.
    pub at: usize,
    /// The comment's text without the comment markers, e.g. `plainplan-disable jargon`.
    pub directive: String,
    /// Byte offset of the comment in the source, for error messages.
    pub source_at: usize,
}

/// A run of analysed text copied from the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    text: usize,
    source: usize,
    len: usize,
    /// The text equals the source byte for byte (no entity or escape was decoded).
    verbatim: bool,
}

/// Maps byte offsets in the analysed text back to byte offsets in the source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    pieces: Vec<Piece>,
}

impl SourceMap {
    /// The source byte that analysed-text byte `at` came from.
    pub fn to_source(&self, at: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.text <= at);
        if i == 0 {
            return self.pieces.first().map_or(at, |p| p.source);
        }
        let p = self.pieces[i - 1];
        if p.verbatim {
            p.source + (at - p.text).min(p.len)
        } else if at >= p.text + p.len {
            p.source + p.len
        } else {
            p.source
        }
    }

    /// The source range for an analysed-text range.
    pub fn range_to_source(&self, range: Range<usize>) -> Range<usize> {
        let start = self.to_source(range.start);
        let end = if range.end > range.start {
            self.to_source(range.end - 1) + 1
        } else {
            start
        };
        start..end.max(start)
    }
}

/// A plan after parsing: the prose, its blocks, and where each byte came from.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub text: String,
    pub blocks: Vec<Block>,
    pub controls: Vec<Control>,
    /// Where each block is, for formats without useful lines ("table 2, row 3, column
    /// 'By when'" in Word); empty for text formats.
    pub places: Vec<Option<String>>,
    map: SourceMap,
}

impl Document {
    pub fn block_text(&self, block: &Block) -> &str {
        &self.text[block.range.clone()]
    }

    /// The place of the block holding byte `at`, if the format names places.
    pub fn place_of(&self, at: usize) -> Option<&str> {
        if self.places.is_empty() {
            return None;
        }
        let i = self.blocks.partition_point(|b| b.range.end < at);
        self.places
            .get(i.min(self.blocks.len().saturating_sub(1)))?
            .as_deref()
    }

    pub fn source_map(&self) -> &SourceMap {
        &self.map
    }
}

/// Builds a [`Document`] block by block; parsers push source slices into it.
#[derive(Debug, Default)]
pub struct DocumentBuilder {
    doc: Document,
    open: Option<(BlockKind, usize)>,
    place: Option<String>,
}

impl DocumentBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts a block at a named place (Word's "paragraph 12"), closing any open one.
    pub fn start_at(&mut self, kind: BlockKind, place: String) {
        self.start(kind);
        self.place = Some(place);
    }

    /// Starts a block, closing any open one.
    pub fn start(&mut self, kind: BlockKind) {
        self.finish();
        if !self.doc.text.is_empty() {
            self.doc.text.push_str("\n\n");
        }
        self.open = Some((kind, self.doc.text.len()));
    }

    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// Closes the open block; an empty block is dropped.
    pub fn finish(&mut self) {
        if let Some((kind, start)) = self.open.take() {
            let text = &self.doc.text[start..];
            let trimmed_start = start + (text.len() - text.trim_start().len());
            let end = start + text.trim_end().len();
            let place = self.place.take();
            if end > trimmed_start {
                self.doc.blocks.push(Block {
                    kind,
                    range: trimmed_start..end,
                });
                if place.is_some() || !self.doc.places.is_empty() {
                    self.doc.places.resize(self.doc.blocks.len() - 1, None);
                    self.doc.places.push(place);
                }
            } else {
                self.doc.text.truncate(start);
                let stale = self.doc.map.pieces.partition_point(|p| p.text < start);
                self.doc.map.pieces.truncate(stale);
                let kept = self.doc.text.trim_end_matches('\n').len();
                self.doc.text.truncate(kept);
            }
        }
    }

    /// Where the next byte of the analysed text goes: for formats whose "source" is the
    /// extracted text itself (Word).
    pub fn len(&self) -> usize {
        self.doc.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.doc.text.is_empty()
    }

    /// The kind of the open block, if one is open.
    pub fn open_kind(&self) -> Option<BlockKind> {
        self.open.map(|(kind, _)| kind)
    }

    /// The text of the open block so far.
    pub fn open_text(&self) -> &str {
        self.open.map_or("", |(_, start)| &self.doc.text[start..])
    }

    /// Changes what the open block is (a bold line that turns out to be a heading).
    pub fn retag(&mut self, kind: BlockKind) {
        if let Some(open) = self.open.as_mut() {
            open.0 = kind;
        }
    }

    /// Makes the open paragraph a heading when it is a short line all in bold with no
    /// sentence in it ("**What you will do**"); it sits one level below the last heading.
    pub fn bold_line_is_heading(&mut self) {
        let text = self.open_text().trim();
        if self.open_kind() == Some(BlockKind::Paragraph)
            && text.split_whitespace().count() <= 12
            && !text.ends_with(['.', ':', '!'])
        {
            let level = self
                .doc
                .blocks
                .iter()
                .rev()
                .find_map(|b| match b.kind {
                    BlockKind::Heading { level } => Some(level),
                    _ => None,
                })
                .map_or(2, |l| (l + 1).min(6));
            self.retag(BlockKind::Heading { level });
        }
    }

    /// Whether the open block ends in white space (or has no text yet).
    pub fn ends_with_space(&self) -> bool {
        match self.open {
            Some((_, start)) => self.doc.text[start..]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace),
            None => true,
        }
    }

    /// Appends text that appears byte for byte at `source` in the source.
    pub fn push_verbatim(&mut self, text: &str, source: usize) {
        self.push(text, source, true);
    }

    /// Appends text decoded from the source span starting at `source` (an entity, an escape).
    pub fn push_decoded(&mut self, text: &str, source: usize, source_len: usize) {
        if text.len() == source_len {
            self.push(text, source, false);
        } else {
            let at = self.doc.text.len();
            self.doc.text.push_str(text);
            self.doc.map.pieces.push(Piece {
                text: at,
                source,
                len: source_len.min(text.len()).max(1),
                verbatim: false,
            });
        }
    }

    fn push(&mut self, text: &str, source: usize, verbatim: bool) {
        if text.is_empty() {
            return;
        }
        let at = self.doc.text.len();
        self.doc.text.push_str(text);
        self.doc.map.pieces.push(Piece {
            text: at,
            source,
            len: text.len(),
            verbatim,
        });
    }

    pub fn control(&mut self, directive: String, source_at: usize) {
        let at = self.doc.text.len();
        self.doc.controls.push(Control {
            at,
            directive,
            source_at,
        });
    }

    pub fn build(mut self) -> Document {
        self.finish();
        self.doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_verbatim_and_decoded_pieces_back_to_the_source() {
        let mut b = DocumentBuilder::new();
        b.start(BlockKind::Paragraph);
        b.push_verbatim("Mum ", 10);
        b.push_decoded("&", 14, 5);
        b.push_verbatim(" Dad", 19);
        let doc = b.build();
        assert_eq!(doc.text, "Mum & Dad");
        let map = doc.source_map();
        assert_eq!(map.to_source(0), 10);
        assert_eq!(map.to_source(4), 14);
        assert_eq!(map.range_to_source(6..9), 20..23);
        assert_eq!(map.range_to_source(0..9), 10..23);
    }

    #[test]
    fn empty_blocks_are_dropped_and_blocks_are_trimmed() {
        let mut b = DocumentBuilder::new();
        b.start(BlockKind::Paragraph);
        b.push_verbatim("  ", 0);
        b.start(BlockKind::ListItem);
        b.push_verbatim(" Ring Ade ", 3);
        let doc = b.build();
        assert_eq!(doc.blocks.len(), 1);
        assert_eq!(doc.block_text(&doc.blocks[0]), "Ring Ade");
        assert_eq!(doc.blocks[0].kind, BlockKind::ListItem);
    }
}
