//! From bytes to a parsed plan: size limits, decoding, format detection and the Word
//! reader, with errors a user can act on.

use std::fmt;

use crate::document::{Document, Format};
use crate::parse::{self, DocxError, DocxLimits};

/// Caps on what one input may cost.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest input file, in bytes.
    pub max_file_bytes: usize,
    pub docx: DocxLimits,
    /// Most bytes a PDF's compressed streams may unpack to, all together: a small file
    /// that unpacks to gigabytes is refused before it is read.
    pub max_pdf_unpacked_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 50_000_000,
            docx: DocxLimits::default(),
            max_pdf_unpacked_bytes: 200_000_000,
        }
    }
}

/// Why an input cannot be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    Empty,
    Binary,
    TooLarge {
        limit: usize,
    },
    /// An OLE compound file: an old Word (.doc) file, or a Word file locked with a
    /// password (Word wraps those in one).
    OldWord,
    /// A PDF, and this build reads no PDFs (the browser build).
    Pdf,
    /// A PDF with no text to take: scanned pages, or a file the reader cannot follow.
    PdfNoText,
    /// A PDF that needs a password to open.
    PdfLocked,
    /// A PDF whose compressed streams unpack to more than the limit.
    PdfTooLarge {
        limit: u64,
    },
    Docx(DocxError),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => write!(f, "the file is empty"),
            InputError::Binary => write!(
                f,
                "this is not a text, Markdown, HTML or Word file (it looks like binary data)"
            ),
            InputError::TooLarge { limit } => write!(
                f,
                "the file is larger than the limit of {} MB (change it with --max-file-size)",
                limit / 1_000_000
            ),
            InputError::OldWord => write!(
                f,
                "this is an old Word (.doc) file or a Word file protected by a password. Open it in Word and save it as .docx, without a password"
            ),
            InputError::Pdf => write!(
                f,
                "this is a PDF, which this build does not read. Save the plan as Word (.docx) or copy its text into a .txt file"
            ),
            InputError::PdfNoText => write!(
                f,
                "no text could be taken from this PDF (a scan, or a layout plainplan cannot follow). Save the plan as Word (.docx) or text"
            ),
            InputError::PdfLocked => write!(
                f,
                "this PDF is protected by a password. Open it and save an unprotected copy, or save the plan as Word (.docx)"
            ),
            InputError::PdfTooLarge { limit } => write!(
                f,
                "this PDF unpacks to more than {} MB, which is more than any plan needs; it may be damaged or built to cause harm",
                limit / 1_000_000
            ),
            InputError::Docx(e) => e.fmt(f),
        }
    }
}

impl InputError {
    /// A short stable name for the problem, for JSON: "empty", "binary", "too-large",
    /// "old-word", "pdf", "docx".
    pub fn kind(&self) -> &'static str {
        match self {
            InputError::Empty => "empty",
            InputError::Binary => "binary",
            InputError::TooLarge { .. } => "too-large",
            InputError::OldWord => "old-word",
            InputError::Pdf
            | InputError::PdfNoText
            | InputError::PdfLocked
            | InputError::PdfTooLarge { .. } => "pdf",
            InputError::Docx(_) => "docx",
        }
    }
}

impl std::error::Error for InputError {}

/// A plan read from bytes: the text that positions refer to, its format, and its blocks.
#[derive(Debug)]
pub struct Source {
    /// The decoded file, or for Word and PDF the text extracted from it.
    pub text: String,
    pub format: Format,
    pub document: Document,
    /// What the reader could not be sure of, for the user to know.
    pub notes: Vec<String>,
}

impl Source {
    /// A plan given as text in a known format, as the editor and tests have it.
    pub fn new(text: &str, format: Format) -> Source {
        Source {
            text: text.to_string(),
            format,
            document: parse::parse(text, format),
            notes: Vec::new(),
        }
    }
}

/// Shown with every report of a PDF.
pub const PDF_NOTE: &str = "Read from a PDF, best effort: tables may be read out of order and headings may be lost, so the plan checks can miss items. Check the Word file if there is one.";

/// Reads one input: checks the size, finds the format (from `forced`, the content, then
/// the name), decodes and parses it.
pub fn read(
    name: Option<&str>,
    bytes: &[u8],
    forced: Option<Format>,
    limits: &Limits,
) -> Result<Source, InputError> {
    if bytes.len() > limits.max_file_bytes {
        return Err(InputError::TooLarge {
            limit: limits.max_file_bytes,
        });
    }
    let by_name = name
        .and_then(|n| std::path::Path::new(n).extension()?.to_str())
        .and_then(Format::from_extension);
    let zip = bytes.starts_with(b"PK\x03\x04");
    if forced.is_none() && bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(InputError::OldWord);
    }
    if forced.is_none() && bytes.starts_with(b"%PDF") {
        return pdf(bytes, limits);
    }
    let format = forced.unwrap_or(if zip { Format::Docx } else { Format::Text });
    if format == Format::Docx || forced.is_none() && by_name == Some(Format::Docx) {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(InputError::Empty);
        }
        let document = parse::parse_docx(bytes, &limits.docx).map_err(InputError::Docx)?;
        return Ok(Source {
            text: document.text.clone(),
            format: Format::Docx,
            document,
            notes: Vec::new(),
        });
    }
    let text = decode(bytes)?;
    let format = forced.unwrap_or_else(|| detect(name, &text));
    let document = parse::parse(&text, format);
    Ok(Source {
        text,
        format,
        document,
        notes: Vec::new(),
    })
}

/// Text-based PDFs, best effort: the text is read as plain text, with a note.
#[cfg(feature = "pdf")]
fn pdf(bytes: &[u8], limits: &Limits) -> Result<Source, InputError> {
    use pdf_extract::{output_doc, Document, PlainTextOutput};
    // The PDF reader can panic on files it does not understand: that is a bad input,
    // not a crash, and its panic message is not for the user.
    let mut doc = match quietly(|| Document::load_mem(bytes)) {
        Ok(Ok(doc)) => doc,
        _ => return Err(InputError::PdfNoText),
    };
    // Many PDFs are locked with an empty password, only to stop editing.
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(InputError::PdfLocked);
    }
    let limit = limits.max_pdf_unpacked_bytes;
    if unpacked_size(&doc, limit) > limit {
        return Err(InputError::PdfTooLarge { limit });
    }
    // Nothing of `doc` is used after a panic, so it cannot be seen half-changed.
    let doc = std::panic::AssertUnwindSafe(doc);
    let extracted = quietly(move || {
        let mut doc = doc;
        next_line_operators_as_show(&mut doc);
        let mut text = String::new();
        output_doc(&doc, &mut PlainTextOutput::new(&mut text)).map(|()| text)
    });
    let text = match extracted {
        Ok(Ok(text)) => text,
        _ => return Err(InputError::PdfNoText),
    };
    // Symbol-font bullets come out as a private-use character.
    let text = text.replace('\u{f0b7}', "•");
    if text.trim().is_empty() {
        return Err(InputError::PdfNoText);
    }
    let document = parse::parse(&text, Format::Text);
    Ok(Source {
        text,
        format: Format::Pdf,
        document,
        notes: vec![PDF_NOTE.to_string()],
    })
}

/// The text operators `'` and `"` move to the next line and show a string; the PDF
/// reader drops their text, so they are written as the `T*` and `Tj` they stand for.
#[cfg(feature = "pdf")]
fn next_line_operators_as_show(doc: &mut pdf_extract::Document) {
    use pdf_extract::content::{Content, Operation};
    for page in doc.get_pages().into_values() {
        let Ok(bytes) = doc.get_page_content(page) else {
            continue;
        };
        // Most pages have neither operator: leave them as they are.
        if !bytes.contains(&b'\'') && !bytes.contains(&b'"') {
            continue;
        }
        let Ok(mut content) = Content::decode(&bytes) else {
            continue;
        };
        let mut changed = false;
        let mut operations = Vec::with_capacity(content.operations.len());
        for op in content.operations {
            match (op.operator.as_str(), op.operands.as_slice()) {
                ("'", [text]) => {
                    operations.push(Operation::new("T*", vec![]));
                    operations.push(Operation::new("Tj", vec![text.clone()]));
                    changed = true;
                }
                ("\"", [word_space, char_space, text]) => {
                    operations.push(Operation::new("Tw", vec![word_space.clone()]));
                    operations.push(Operation::new("Tc", vec![char_space.clone()]));
                    operations.push(Operation::new("T*", vec![]));
                    operations.push(Operation::new("Tj", vec![text.clone()]));
                    changed = true;
                }
                _ => operations.push(op),
            }
        }
        content.operations = operations;
        if changed {
            if let Ok(encoded) = content.encode() {
                let _ = doc.change_page_content(page, encoded);
            }
        }
    }
}

/// How many bytes the PDF's Flate streams unpack to, counted up to just past `limit`
/// without keeping them.
#[cfg(feature = "pdf")]
fn unpacked_size(doc: &pdf_extract::Document, limit: u64) -> u64 {
    use std::io::Read;
    let mut total = 0u64;
    for object in doc.objects.values() {
        let Ok(stream) = object.as_stream() else {
            continue;
        };
        let flate = stream
            .filters()
            .is_ok_and(|f| f.iter().any(|name| *name == b"FlateDecode"));
        if !flate {
            continue;
        }
        let mut reader = flate2::read::ZlibDecoder::new(stream.content.as_slice())
            .take(limit + 1 - total.min(limit));
        total += std::io::copy(&mut reader, &mut std::io::sink()).unwrap_or(0);
        if total > limit {
            break;
        }
    }
    total
}

/// Runs `f`, turning a panic into `Err` without the panic message on standard error.
#[cfg(feature = "pdf")]
fn quietly<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> std::thread::Result<T> {
    use std::cell::Cell;
    use std::sync::Once;
    thread_local! {
        static QUIET: Cell<bool> = const { Cell::new(false) };
    }
    static HOOK: Once = Once::new();
    // One hook for the whole process: silent on a thread inside `quietly`, the usual
    // hook everywhere else.
    HOOK.call_once(|| {
        let usual = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                usual(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = std::panic::catch_unwind(f);
    QUIET.with(|q| q.set(false));
    result
}

#[cfg(not(feature = "pdf"))]
fn pdf(_: &[u8], _: &Limits) -> Result<Source, InputError> {
    Err(InputError::Pdf)
}

/// Decodes text: UTF-8 with or without a byte-order mark, UTF-16 with one, and
/// Windows-1252 for bytes that are not UTF-8 (older Windows exports).
pub fn decode(bytes: &[u8]) -> Result<String, InputError> {
    let (text, bom) = if let Some((encoding, len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[len..]);
        (text.into_owned(), true)
    } else if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        (text.into_owned(), true)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), false),
            Err(_) => {
                let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                (text.into_owned(), false)
            }
        }
    };
    if text.chars().all(char::is_whitespace) {
        return Err(InputError::Empty);
    }
    // Text has few control characters; binary data has many (and NULs, unless the
    // byte-order mark said UTF-16).
    // Counted on the UTF-8 bytes: C0 controls are one byte, C1 controls (U+0080 to
    // U+009F) are C2 80 to C2 9F, and every char has one byte that is not 10xxxxxx.
    let b = text.as_bytes();
    let c0 = b
        .iter()
        // Tab, line breaks, form feed, and the vertical tab Word writes for a manual
        // line break are text.
        .filter(|&&c| (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)) || c == 0x7f)
        .count();
    let c1 = memchr::memchr_iter(0xc2, b)
        .filter(|&i| b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
        .count();
    let chars = b.iter().filter(|&&c| c & 0xc0 != 0x80).count();
    if !bom && bytes.contains(&0) || (c0 + c1) * 100 > chars {
        return Err(InputError::Binary);
    }
    Ok(text)
}

/// UTF-16 with no byte-order mark, as some exports write it: English text then has a
/// NUL in nearly every other byte, all on one side.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    let pairs = head.len() / 2;
    if pairs < 8 {
        return None;
    }
    let zeros = |side: usize| {
        head.iter()
            .skip(side)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    // Nine in ten on one side and none on the other.
    if odd * 10 >= pairs * 9 && even == 0 {
        Some(encoding_rs::UTF_16LE)
    } else if even * 10 >= pairs * 9 && odd == 0 {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// The format of decoded text: from its name when the extension says, otherwise from
/// its content.
pub fn detect(name: Option<&str>, text: &str) -> Format {
    let ext = name.and_then(|n| std::path::Path::new(n).extension()?.to_str());
    if let Some(format) = ext.and_then(Format::from_extension) {
        if format != Format::Docx {
            return format;
        }
    }
    let head = text.trim_start();
    let lower: String = head
        .chars()
        .take(2000)
        .collect::<String>()
        .to_ascii_lowercase();
    let html = lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || [
            "<p>", "<p ", "<div", "<h1", "<h2", "<h3", "<table", "<ul>", "<li>", "<br",
        ]
        .iter()
        .filter(|t| lower.contains(*t))
        .count()
            >= 2;
    if html {
        return Format::Html;
    }
    let markdown = text.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("# ") || l.starts_with("## ") || l.starts_with("|---") || l.starts_with("**")
    });
    if markdown {
        Format::Markdown
    } else {
        Format::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_a_byte_order_mark() {
        assert_eq!(decode(b"\xEF\xBB\xBFPlan").unwrap(), "Plan");
    }

    #[test]
    fn reads_utf16_with_a_bom_and_windows_1252_without_one() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Zoë’s plan".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16).unwrap(), "Zoë’s plan");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Zoë".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).unwrap(), "Zoë");
        assert_eq!(decode(b"Zo\xeb\x92s plan").unwrap(), "Zoë’s plan");
    }

    #[test]
    fn reads_utf16_without_a_bom() {
        let plan = "Mum will ring the GP by 3 May. Zoë’s plan.";
        let le: Vec<u8> = plan.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le).unwrap(), plan);
        let be: Vec<u8> = plan.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be).unwrap(), plan);
        // Binary data with NULs here and there is still binary.
        let mut binary = vec![0u8; 64];
        binary[1] = 7;
        binary[6] = 9;
        assert_eq!(decode(&binary), Err(InputError::Binary));
    }

    #[test]
    fn words_manual_line_breaks_are_text() {
        let text = "Mum will ring the GP.\x0bDad will walk Leo to school.\x0b".repeat(20);
        assert!(decode(text.as_bytes()).is_ok());
    }

    #[test]
    fn empty_and_binary_inputs_are_errors() {
        assert_eq!(decode(b" \n"), Err(InputError::Empty));
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(InputError::Binary)
        );
    }

    #[test]
    fn detects_formats_by_content_as_well_as_name() {
        assert_eq!(detect(None, "# Plan\n\nText"), Format::Markdown);
        assert_eq!(detect(Some("plan.txt"), "# Plan"), Format::Text);
        assert_eq!(detect(None, "PLAN\n\nText"), Format::Text);
        assert_eq!(detect(None, "<h2>Plan</h2><p>Text</p>"), Format::Html);
        assert_eq!(detect(Some("plan"), "<!DOCTYPE html><p>x"), Format::Html);
    }

    #[test]
    fn a_zip_is_read_as_word_whatever_its_name_and_a_pdf_is_named() {
        let limits = Limits::default();
        let err = read(Some("plan.txt"), b"PK\x03\x04broken", None, &limits).unwrap_err();
        assert!(
            matches!(err, InputError::Docx(DocxError::Damaged(_))),
            "{err:?}"
        );
        let err = read(Some("plan.docx"), b"Just text", None, &limits).unwrap_err();
        assert_eq!(err, InputError::Docx(DocxError::NotZip));
        // Old .doc files and password-locked .docx files are OLE compound files.
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        let err = read(Some("plan.docx"), &ole, None, &limits).unwrap_err();
        assert_eq!(err, InputError::OldWord);
        assert!(err.to_string().contains("save it as .docx"), "{err}");
        let err = read(Some("plan.pdf"), b"%PDF-1.4", None, &limits).unwrap_err();
        assert!(
            matches!(err, InputError::Pdf | InputError::PdfNoText),
            "{err:?}"
        );
        let small = Limits {
            max_file_bytes: 3,
            ..Limits::default()
        };
        assert_eq!(
            read(None, b"four", None, &small).unwrap_err(),
            InputError::TooLarge { limit: 3 }
        );
    }
}
