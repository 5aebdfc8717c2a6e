//! What several test files share.

use plainplan::{Checker, Config, Format, Report, Source};

/// Checks `text` as one plan, as the editor does.
#[allow(dead_code)]
pub fn check(text: &str, format: Format, config: &Config) -> Result<Report, String> {
    Checker::new(config.clone()).check(&Source::new(text, format))
}

/// A one-page PDF whose page says one sentence, its content stream padded with
/// `padding` spaces and compressed, so it unpacks to about that many bytes.
#[allow(dead_code)]
pub fn pdf(padding: usize) -> Vec<u8> {
    pdf_page(
        b"BT /F1 12 Tf 72 712 Td (Mum will ring the GP by 3 May.) Tj ET",
        padding,
    )
}

/// A one-page PDF with this content stream, padded and compressed as [`pdf`] does.
#[allow(dead_code)]
pub fn pdf_page(content: &[u8], padding: usize) -> Vec<u8> {
    use std::io::Write;
    let mut content = content.to_vec();
    content.resize(content.len() + padding, b' ');
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    z.write_all(&content).unwrap();
    let stream = z.finish().unwrap();
    let objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        [
            format!("<< /Length {} /Filter /FlateDecode >>\nstream\n", stream.len()).into_bytes(),
            stream,
            b"\nendstream".to_vec(),
        ]
        .concat(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).into_bytes());
        out.extend(body);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).into_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").into_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .into_bytes(),
    );
    out
}
