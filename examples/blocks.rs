//! Prints the blocks a file parses into, one per line, for working on the readers and
//! the plan analysis: `cargo run --release --example blocks -- plan.docx`.

use plainplan::document::BlockKind;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: blocks FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    let limits = plainplan::input::Limits::default();
    let source = plainplan::input::read(Some(&path), &bytes, None, &limits).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    let doc = &source.document;
    for block in &doc.blocks {
        let kind = match block.kind {
            BlockKind::Heading { level } => format!("H{level}"),
            BlockKind::Paragraph => "P".to_string(),
            BlockKind::ListItem => "LI".to_string(),
            BlockKind::TableCell(c) => format!(
                "T{}r{}c{}{}",
                c.table,
                c.row,
                c.column,
                if c.header { "h" } else { "" }
            ),
        };
        let text: String = doc.block_text(block).chars().take(110).collect();
        println!("{kind:8} {}", text.replace('\n', " ⏎ "));
    }
}
