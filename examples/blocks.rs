fn main() {
    let p = std::env::args().nth(1).unwrap();
    let s = std::fs::read_to_string(&p).unwrap();
    let f = if p.ends_with(".md") {
        plainplan::Format::Markdown
    } else {
        plainplan::Format::Text
    };
    let d = plainplan::parse::parse(&s, f);
    for b in &d.blocks {
        println!("{:?} | {}", b.kind, d.block_text(b).replace('\n', "⏎"));
    }
}
