//! Word .docx files: paragraphs in order with heading levels, lists, tables (merged and
//! nested cells), text boxes, tracked changes as accepted; comments, headers, footers and
//! field codes left out. Each block is placed as Word users find it: "paragraph 12",
//! "table 2, row 3, column 'By when'".

use std::collections::HashMap;
use std::fmt;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::document::{BlockKind, Cell, Document, DocumentBuilder};

/// Caps that keep a hostile file from filling memory.
#[derive(Debug, Clone, Copy)]
pub struct DocxLimits {
    /// Largest decompressed size of one part (document.xml, styles.xml).
    pub max_part_bytes: u64,
    /// Most entries the zip may hold.
    pub max_entries: usize,
    /// Deepest nesting of XML elements.
    pub max_depth: usize,
    /// Most times a part may unpack to its packed size, once it is past
    /// [`RATIO_FLOOR`]: Word's XML packs 5 to 20 times; a zip bomb packs hundreds of
    /// times (100 is Apache POI's default).
    pub max_ratio: u64,
}

/// Word tables have at most 63 columns; cells past this share the last column, so a
/// row that claims a million cells costs nothing.
const MAX_COLUMNS: usize = 64;

/// Parts smaller than this unpacked are read whatever their ratio.
pub const RATIO_FLOOR: u64 = 1_000_000;

impl Default for DocxLimits {
    fn default() -> Self {
        DocxLimits {
            max_part_bytes: 200_000_000,
            max_entries: 10_000,
            max_depth: 1_000,
            max_ratio: 100,
        }
    }
}

/// Why a Word file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    NotZip,
    Damaged(String),
    NoDocument,
    TooManyEntries(usize),
    PartTooLarge {
        part: String,
        limit: u64,
    },
    TooCompressed {
        part: String,
        ratio: u64,
    },
    TooDeep(usize),
    /// `reason` is fixed wording: XML errors can quote the file's own text.
    BadXml {
        part: String,
        reason: &'static str,
    },
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::NotZip => write!(f, "not a Word .docx file: it is not a zip archive"),
            DocxError::Damaged(why) => {
                write!(f, "the Word file is damaged or incomplete ({why})")
            }
            DocxError::NoDocument => write!(
                f,
                "not a Word .docx file: it has no word/document.xml (is it another Office file?)"
            ),
            DocxError::TooManyEntries(n) => write!(
                f,
                "the Word file holds more than {n} parts; refusing to read it (a zip bomb?)"
            ),
            DocxError::PartTooLarge { part, limit } => write!(
                f,
                "{part} in the Word file unpacks to more than {} MB; refusing to read it (a zip bomb?)",
                limit / 1_000_000
            ),
            DocxError::TooCompressed { part, ratio } => write!(
                f,
                "{part} in the Word file unpacks to more than {ratio} times its packed size; refusing to read it (a zip bomb?)"
            ),
            DocxError::TooDeep(n) => {
                write!(f, "the Word file nests elements more than {n} deep")
            }
            DocxError::BadXml { part, reason } => {
                write!(f, "{part} in the Word file is not well-formed XML: {reason}")
            }
        }
    }
}

impl std::error::Error for DocxError {}

/// Reads a .docx. The analysed text is also the "source" that line numbers refer to;
/// each block carries its place in the Word document.
pub fn parse_docx(bytes: &[u8], limits: &DocxLimits) -> Result<Document, DocxError> {
    if !bytes.starts_with(b"PK") {
        return Err(DocxError::NotZip);
    }
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::Damaged(e.to_string()))?;
    if zip.len() > limits.max_entries {
        return Err(DocxError::TooManyEntries(limits.max_entries));
    }
    let document = read_part(&mut zip, "word/document.xml", limits, bytes.len() as u64)?
        .ok_or(DocxError::NoDocument)?;
    let styles = match read_part(&mut zip, "word/styles.xml", limits, bytes.len() as u64)? {
        Some(xml) => styles(&xml, limits)?,
        None => HashMap::new(),
    };
    Body::new(&styles).read(&document, limits)
}

fn read_part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limits: &DocxLimits,
    whole: u64,
) -> Result<Option<Vec<u8>>, DocxError> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(DocxError::Damaged(e.to_string())),
    };
    let too_large = || DocxError::PartTooLarge {
        part: name.to_string(),
        limit: limits.max_part_bytes,
    };
    if file.size() > limits.max_part_bytes {
        return Err(too_large());
    }
    // The packed size in the header can lie too, but never past the whole file.
    let packed = file.compressed_size().min(whole);
    let by_ratio = packed.saturating_mul(limits.max_ratio).max(RATIO_FLOOR);
    let limit = limits.max_part_bytes.min(by_ratio);
    let too_compressed = || DocxError::TooCompressed {
        part: name.to_string(),
        ratio: limits.max_ratio,
    };
    if file.size() > limit {
        return Err(too_compressed());
    }
    // The size in the header can lie: never read past the limit.
    let mut out = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| DocxError::Damaged(e.to_string()))?;
    if out.len() as u64 > limits.max_part_bytes {
        return Err(too_large());
    }
    if out.len() as u64 > limit {
        return Err(too_compressed());
    }
    Ok(Some(utf8(out)))
}

/// A part as UTF-8. XML may be written in UTF-16 with a byte-order mark, which Word
/// reads and some exporters write; the reader takes UTF-8.
fn utf8(part: Vec<u8>) -> Vec<u8> {
    let encoding = match part.get(..2) {
        Some([0xff, 0xfe]) => encoding_rs::UTF_16LE,
        Some([0xfe, 0xff]) => encoding_rs::UTF_16BE,
        _ => return part,
    };
    let (text, _) = encoding.decode_with_bom_removal(&part);
    text.into_owned().into_bytes()
}

/// What a paragraph style makes of its paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Heading(u8),
    List,
}

/// Paragraph styles by id: headings (by name or outline level) and list styles.
fn styles(xml: &[u8], limits: &DocxLimits) -> Result<HashMap<String, Style>, DocxError> {
    let part = "word/styles.xml";
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = HashMap::new();
    let mut id: Option<String> = None;
    let mut depth = 0usize;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| bad_xml(part, xml_problem(&e)))?;
        match &event {
            Event::Start(_) => {
                depth += 1;
                if depth > limits.max_depth {
                    return Err(DocxError::TooDeep(limits.max_depth));
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"style" => id = attr(&e, b"styleId"),
                b"name" => {
                    if let (Some(id), Some(name)) = (&id, attr(&e, b"val")) {
                        if let Some(style) = style_from_name(&name) {
                            out.insert(id.clone(), style);
                        }
                    }
                }
                b"outlineLvl" => {
                    if let (Some(id), Some(level)) =
                        (&id, attr(&e, b"val").and_then(|v| v.parse::<u8>().ok()))
                    {
                        if level < 9 {
                            out.entry(id.clone()).or_insert(Style::Heading(level + 1));
                        }
                    }
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == b"style" => id = None,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

fn style_from_name(name: &str) -> Option<Style> {
    let name = name.to_ascii_lowercase();
    if name == "title" {
        return Some(Style::Heading(1));
    }
    if name == "subtitle" {
        return Some(Style::Heading(2));
    }
    if let Some(n) = name.strip_prefix("heading ") {
        return n.parse::<u8>().ok().map(|n| Style::Heading(n.clamp(1, 9)));
    }
    (name.starts_with("list") && !name.contains("table")).then_some(Style::List)
}

fn attr(e: &BytesStart, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}

fn bad_xml(part: &str, reason: &'static str) -> DocxError {
    DocxError::BadXml {
        part: part.to_string(),
        reason,
    }
}

/// What is wrong, in words that never quote the file: quick-xml's own messages name
/// the tags and entities they met, which can be the plan's text.
fn xml_problem(e: &quick_xml::Error) -> &'static str {
    use quick_xml::Error;
    match e {
        Error::Io(_) => "it could not be read",
        Error::Syntax(_) => "its markup is broken",
        Error::IllFormed(_) => "its elements do not open and close in order",
        Error::InvalidAttr(_) => "an element has a broken attribute",
        Error::Encoding(_) => "its text is not in an encoding Word writes",
        Error::Escape(_) => "it has a character reference that is not a character",
        Error::Namespace(_) => "it uses a namespace prefix it never declares",
    }
}

/// A paragraph being read.
#[derive(Default)]
struct Para {
    text: String,
    style: Option<String>,
    level: Option<u8>,
    numbered: bool,
}

/// A table being read.
struct Table {
    index: usize,
    row: Option<usize>,
    column: usize,
    /// The first row's cell texts, to name columns in places.
    headers: Vec<String>,
    header_row: bool,
}

/// A cell being read: its paragraphs, joined as Word shows them.
struct CellText {
    text: String,
    span: usize,
    merged: bool,
}

struct Body<'s> {
    styles: &'s HashMap<String, Style>,
    b: DocumentBuilder,
    paras: Vec<Para>,
    tables: Vec<Table>,
    cells: Vec<CellText>,
    table_count: usize,
    paragraph_count: usize,
    /// Depth inside parts that are not shown: deleted text, field codes, fallbacks.
    skip: usize,
}

impl<'s> Body<'s> {
    fn new(styles: &'s HashMap<String, Style>) -> Self {
        Body {
            styles,
            b: DocumentBuilder::new(),
            paras: Vec::new(),
            tables: Vec::new(),
            cells: Vec::new(),
            table_count: 0,
            paragraph_count: 0,
            skip: 0,
        }
    }

    fn read(mut self, xml: &[u8], limits: &DocxLimits) -> Result<Document, DocxError> {
        let part = "word/document.xml";
        let mut reader = Reader::from_reader(xml);
        let mut buf = Vec::new();
        let mut depth = 0usize;
        let mut in_text = false;
        loop {
            let event = reader
                .read_event_into(&mut buf)
                .map_err(|e| bad_xml(part, xml_problem(&e)))?;
            match event {
                Event::Start(e) => {
                    depth += 1;
                    if depth > limits.max_depth {
                        return Err(DocxError::TooDeep(limits.max_depth));
                    }
                    let name = e.local_name();
                    let name = name.as_ref();
                    if self.skip > 0
                        || matches!(name, b"del" | b"instrText" | b"Fallback" | b"delText")
                    {
                        self.skip += 1;
                        continue;
                    }
                    in_text = name == b"t";
                    self.start(name, &e);
                }
                Event::Empty(e) if self.skip == 0 => self.empty(e.local_name().as_ref(), &e),
                Event::End(e) => {
                    depth = depth.saturating_sub(1);
                    if self.skip > 0 {
                        self.skip -= 1;
                        continue;
                    }
                    in_text = false;
                    self.end(e.local_name().as_ref());
                }
                Event::Text(t) if in_text && self.skip == 0 => {
                    let text = t
                        .decode()
                        .map_err(|_| bad_xml(part, "its text is not in an encoding Word writes"))?;
                    self.push_text(&text);
                }
                Event::GeneralRef(r) if in_text && self.skip == 0 => {
                    let c = match r
                        .resolve_char_ref()
                        .map_err(|e| bad_xml(part, xml_problem(&e)))?
                    {
                        Some(c) => c,
                        None => match &*r {
                            b"amp" => '&',
                            b"lt" => '<',
                            b"gt" => '>',
                            b"quot" => '"',
                            b"apos" => '\'',
                            _ => return Err(bad_xml(part, "it uses an entity Word never writes")),
                        },
                    };
                    self.push_text(c.encode_utf8(&mut [0; 4]));
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        if depth != 0 {
            return Err(bad_xml(
                part,
                "the document ends before its elements are closed",
            ));
        }
        Ok(self.b.build())
    }

    fn push_text(&mut self, text: &str) {
        if let Some(p) = self.paras.last_mut() {
            p.text.push_str(text);
        }
    }

    fn start(&mut self, name: &[u8], e: &BytesStart) {
        match name {
            b"p" => self.paras.push(Para::default()),
            b"tbl" => {
                self.tables.push(Table {
                    index: self.table_count,
                    row: None,
                    column: 0,
                    headers: Vec::new(),
                    header_row: false,
                });
                self.table_count += 1;
            }
            b"tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.row = Some(t.row.map_or(0, |r| r + 1));
                    t.column = 0;
                    t.header_row = false;
                }
            }
            b"tc" => self.cells.push(CellText {
                text: String::new(),
                span: 1,
                merged: false,
            }),
            _ => self.empty(name, e),
        }
    }

    /// Elements that carry a value or a character, with or without content.
    fn empty(&mut self, name: &[u8], e: &BytesStart) {
        match name {
            b"pStyle" => {
                if let Some(p) = self.paras.last_mut() {
                    p.style = attr(e, b"val");
                }
            }
            b"outlineLvl" => {
                if let (Some(p), Some(l)) = (
                    self.paras.last_mut(),
                    attr(e, b"val").and_then(|v| v.parse::<u8>().ok()),
                ) {
                    if l < 9 {
                        p.level = Some(l + 1);
                    }
                }
            }
            b"numPr" => {
                if let Some(p) = self.paras.last_mut() {
                    p.numbered = true;
                }
            }
            b"tab" if !self.paras.is_empty() => self.push_text("\t"),
            b"br" | b"cr" => self.push_text("\n"),
            b"noBreakHyphen" => self.push_text("-"),
            b"gridSpan" => {
                if let Some(c) = self.cells.last_mut() {
                    c.span = attr(e, b"val")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(1)
                        .clamp(1, 64);
                }
            }
            b"vMerge" => {
                // A cell that continues the one above: Word shows the text once.
                if let Some(c) = self.cells.last_mut() {
                    c.merged = attr(e, b"val").is_none_or(|v| v != "restart");
                }
            }
            b"tblHeader" => {
                if let Some(t) = self.tables.last_mut() {
                    t.header_row = true;
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"p" => {
                let Some(p) = self.paras.pop() else { return };
                self.paragraph(p);
            }
            b"tc" => {
                let Some(cell) = self.cells.pop() else { return };
                self.cell(cell);
            }
            b"tbl" => {
                self.tables.pop();
            }
            _ => {}
        }
    }

    fn paragraph(&mut self, p: Para) {
        // Inside a cell a paragraph is a line of the cell; inside a text box in a
        // paragraph it is a block of its own.
        let in_cell = self.tables.len() == self.cells.len();
        if let Some(cell) = self.cells.last_mut() {
            if in_cell {
                if !cell.text.is_empty() {
                    cell.text.push('\n');
                }
                cell.text.push_str(&p.text);
                return;
            }
        }
        if p.text.trim().is_empty() {
            return;
        }
        let style = p.style.as_ref().and_then(|s| self.styles.get(s)).copied();
        let kind = match (p.level, style) {
            (Some(level), _) | (None, Some(Style::Heading(level))) => BlockKind::Heading { level },
            _ if p.numbered || style == Some(Style::List) => BlockKind::ListItem,
            _ => BlockKind::Paragraph,
        };
        self.paragraph_count += 1;
        let place = format!("paragraph {}", self.paragraph_count);
        self.emit(kind, place, &p.text);
    }

    fn cell(&mut self, cell: CellText) {
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let row = t.row.unwrap_or(0);
        let column = t.column.min(MAX_COLUMNS);
        t.column = (t.column + cell.span).min(MAX_COLUMNS);
        if row == 0 && t.headers.len() <= column {
            t.headers.resize(column, String::new());
            t.headers.push(cell.text.trim().to_string());
        }
        if cell.merged || cell.text.trim().is_empty() {
            return;
        }
        let header = row == 0 || t.header_row;
        let name = t.headers.get(column).filter(|h| !h.is_empty() && row > 0);
        let place = match name {
            Some(h) => format!("table {}, row {}, column '{}'", t.index + 1, row + 1, h),
            None => format!(
                "table {}, row {}, column {}",
                t.index + 1,
                row + 1,
                column + 1
            ),
        };
        let kind = BlockKind::TableCell(Cell {
            table: t.index,
            row,
            column,
            header,
        });
        self.emit(kind, place, &cell.text);
    }

    /// A block whose text is its own source: offsets into the analysed text are the
    /// positions reported.
    fn emit(&mut self, kind: BlockKind, place: String, text: &str) {
        self.b.start_at(kind, place);
        let at = self.b.len();
        self.b.push_verbatim(text, at);
        self.b.finish();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_that_are_not_a_zip_are_named_as_such() {
        let limits = DocxLimits::default();
        assert_eq!(
            parse_docx(b"Hello", &limits).unwrap_err(),
            DocxError::NotZip
        );
        assert!(matches!(
            parse_docx(b"PK\x03\x04garbage", &limits).unwrap_err(),
            DocxError::Damaged(_)
        ));
    }
}
