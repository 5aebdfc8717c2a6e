//! Every limit, at and just past it: the file size, a Word part's unpacked size, the
//! number of parts, XML nesting, and findings per plan.

use std::io::Write;

use plainplan::input::{read, InputError, Limits};
use plainplan::parse::{DocxError, DocxLimits};
mod common;
use common::check;
use plainplan::{Config, Format};

fn docx(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, body) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(body).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn document(body: &str) -> Vec<u8> {
    format!(r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#).into_bytes()
}

fn limits(docx: DocxLimits) -> Limits {
    Limits {
        docx,
        ..Limits::default()
    }
}

#[test]
fn file_size_at_and_past_the_limit() {
    let text = b"Mum will ring the school.";
    let at = Limits {
        max_file_bytes: text.len(),
        ..Limits::default()
    };
    assert!(read(None, text, None, &at).is_ok());
    let past = Limits {
        max_file_bytes: text.len() - 1,
        ..Limits::default()
    };
    assert_eq!(
        read(None, text, None, &past).unwrap_err(),
        InputError::TooLarge {
            limit: text.len() - 1
        }
    );
}

#[test]
fn unpacked_part_size_at_and_past_the_limit() {
    let doc = document("<w:p><w:r><w:t>Mum will ring the school.</w:t></w:r></w:p>");
    let bytes = docx(&[("word/document.xml", doc.clone())]);
    let size = doc.len() as u64;
    let at = limits(DocxLimits {
        max_part_bytes: size,
        ..DocxLimits::default()
    });
    assert!(read(None, &bytes, None, &at).is_ok());
    let past = limits(DocxLimits {
        max_part_bytes: size - 1,
        ..DocxLimits::default()
    });
    assert!(matches!(
        read(None, &bytes, None, &past).unwrap_err(),
        InputError::Docx(DocxError::PartTooLarge { .. })
    ));
}

#[test]
fn number_of_parts_at_and_past_the_limit() {
    let mut parts = vec![("word/document.xml", document(""))];
    let names: Vec<String> = (0..4).map(|i| format!("media/{i}.bin")).collect();
    parts.extend(names.iter().map(|n| (n.as_str(), vec![0u8; 4])));
    let bytes = docx(&parts);
    let at = limits(DocxLimits {
        max_entries: 5,
        ..DocxLimits::default()
    });
    assert!(read(None, &bytes, None, &at).is_ok());
    let past = limits(DocxLimits {
        max_entries: 4,
        ..DocxLimits::default()
    });
    assert_eq!(
        read(None, &bytes, None, &past).unwrap_err(),
        InputError::Docx(DocxError::TooManyEntries(4))
    );
}

#[test]
fn xml_nesting_at_and_past_the_limit() {
    // document, body and the paragraph are 3 levels; each run adds 1.
    let nested = |depth: usize| {
        document(&format!(
            "<w:p>{}{}</w:p>",
            "<w:r>".repeat(depth),
            "</w:r>".repeat(depth)
        ))
    };
    let at = limits(DocxLimits {
        max_depth: 13,
        ..DocxLimits::default()
    });
    assert!(read(None, &docx(&[("word/document.xml", nested(10))]), None, &at).is_ok());
    let err = read(None, &docx(&[("word/document.xml", nested(11))]), None, &at).unwrap_err();
    assert_eq!(err, InputError::Docx(DocxError::TooDeep(13)));
    // The default depth stops a file nested a million deep (whose packing ratio alone
    // would also stop it).
    let deep = docx(&[("word/document.xml", nested(1_000_000))]);
    let any_ratio = limits(DocxLimits {
        max_ratio: u64::MAX,
        ..DocxLimits::default()
    });
    assert!(matches!(
        read(None, &deep, None, &any_ratio).unwrap_err(),
        InputError::Docx(DocxError::TooDeep(_))
    ));
}

#[test]
fn findings_per_plan_at_and_past_the_limit() {
    let text = "The LAC placement was non-compliant. The CIN plan was not followed. The TAF was closed. Mum was resistant. Dad was hostile.";
    let all = check(text, Format::Text, &Config::default())
        .unwrap()
        .findings
        .len();
    assert!(all > 4);
    let mut config = Config::from_toml(&format!("max-findings = {all}")).unwrap();
    let at = check(text, Format::Text, &config).unwrap();
    assert_eq!(at.findings.len(), all);
    assert!(at.notes.is_empty());
    config.max_findings = all - 1;
    let past = check(text, Format::Text, &config).unwrap();
    assert_eq!(past.findings.len(), all - 1);
    assert!(
        past.notes[0].contains("1 more were left out"),
        "{:?}",
        past.notes
    );
}

#[test]
fn pdf_unpacked_size_at_and_past_the_limit() {
    let limits = Limits {
        max_pdf_unpacked_bytes: 1_000_000,
        ..Limits::default()
    };
    let fits = read(Some("plan.pdf"), &common::pdf(900_000), None, &limits).unwrap();
    assert!(
        fits.text.contains("Mum will ring the GP"),
        "{:?}",
        &fits.text[..80.min(fits.text.len())]
    );
    let err = read(Some("plan.pdf"), &common::pdf(1_100_000), None, &limits).unwrap_err();
    assert_eq!(err, InputError::PdfTooLarge { limit: 1_000_000 });
    assert!(
        err.to_string().contains("unpacks to more than 1 MB"),
        "{err}"
    );
}

/// How many times over word/document.xml packs, rounded up.
fn ratio_of(bytes: &[u8]) -> u64 {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let part = zip.by_name("word/document.xml").unwrap();
    part.size().div_ceil(part.compressed_size())
}

#[test]
fn unpacked_to_packed_ratio_at_and_past_the_limit() {
    // Over a megabyte of the same paragraph packs hundreds of times over.
    let para = "<w:p><w:r><w:t>Mum will ring the school every Monday.</w:t></w:r></w:p>";
    let bytes = docx(&[("word/document.xml", document(&para.repeat(30_000)))]);
    let ratio = ratio_of(&bytes);
    assert!(ratio > 100, "{ratio}");
    let at = limits(DocxLimits {
        max_ratio: ratio,
        ..DocxLimits::default()
    });
    assert!(read(None, &bytes, None, &at).is_ok());
    let past = limits(DocxLimits {
        max_ratio: ratio - 2,
        ..DocxLimits::default()
    });
    let err = read(None, &bytes, None, &past).unwrap_err();
    assert!(matches!(
        err,
        InputError::Docx(DocxError::TooCompressed { .. })
    ));
    assert!(err.to_string().contains("times its packed size"), "{err}");
    // The default refuses it; a small part packs as well as it likes.
    assert!(read(None, &bytes, None, &Limits::default()).is_err());
    let small = docx(&[("word/document.xml", document(&para.repeat(1_000)))]);
    assert!(ratio_of(&small) > 100);
    assert!(read(None, &small, None, &Limits::default()).is_ok());
}

#[test]
fn a_row_that_spans_a_million_columns_is_read_as_at_most_64() {
    let cell = r#"<w:tc><w:tcPr><w:gridSpan w:val="64"/></w:tcPr><w:p><w:r><w:t>Who</w:t></w:r></w:p></w:tc>"#;
    let body = format!(
        "<w:tbl><w:tr>{}</w:tr><w:tr>{}</w:tr></w:tbl>",
        cell.repeat(16_000),
        cell.repeat(3)
    );
    let bytes = docx(&[("word/document.xml", document(&body))]);
    let any_ratio = limits(DocxLimits {
        max_ratio: u64::MAX,
        ..DocxLimits::default()
    });
    let source = read(None, &bytes, None, &any_ratio).unwrap();
    let doc = &source.document;
    let places: Vec<&str> = doc
        .blocks
        .iter()
        .filter_map(|b| doc.place_of(b.range.start))
        .collect();
    assert_eq!(places.len(), 16_003);
    assert!(places.iter().all(|p| !p.contains("column 66")));
    assert!(places.contains(&"table 1, row 2, column 'Who'"));
}

#[test]
fn a_word_xml_error_never_quotes_the_file() {
    let bytes = docx(&[(
        "word/document.xml",
        document("<w:p><w:r><w:t>&Kayden;</w:t></w:r></w:p>"),
    )]);
    let err = read(None, &bytes, None, &Limits::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("entity") && !err.contains("Kayden"), "{err}");
    let broken = docx(&[("word/document.xml", document("<w:p><Kayden></w:p>"))]);
    let err = read(None, &broken, None, &Limits::default())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("not well-formed") && !err.contains("Kayden"),
        "{err}"
    );
}

#[test]
fn a_word_part_written_in_utf16_is_read() {
    let xml = String::from_utf8(document(
        "<w:p><w:r><w:t>Mum will ring the school every Monday.</w:t></w:r></w:p>",
    ))
    .unwrap();
    for (bom, encode) in [
        ([0xff, 0xfe], u16::to_le_bytes as fn(u16) -> [u8; 2]),
        ([0xfe, 0xff], u16::to_be_bytes),
    ] {
        let mut part = bom.to_vec();
        part.extend(xml.encode_utf16().flat_map(encode));
        let bytes = docx(&[("word/document.xml", part)]);
        let source = read(None, &bytes, None, &Limits::default()).unwrap();
        assert!(source
            .text
            .contains("Mum will ring the school every Monday."));
    }
}

#[test]
fn pdf_text_shown_with_the_next_line_operators_is_read() {
    // `'` and `"` move to the next line and show their string, as Tj after T* does.
    let content = br#"BT /F1 12 Tf 14 TL 72 712 Td (Mum will ring the GP by 3 May.) Tj (Dad will take Ava to school.) ' 0 0 (Gran will collect her at 3pm.) " ET"#;
    let bytes = common::pdf_page(content, 0);
    let source = read(Some("plan.pdf"), &bytes, None, &Limits::default()).unwrap();
    for sentence in [
        "Mum will ring the GP by 3 May.",
        "Dad will take Ava to school.",
        "Gran will collect her at 3pm.",
    ] {
        assert!(
            source.text.contains(sentence),
            "{sentence}: {:?}",
            source.text
        );
    }
}
