//! Converting byte offsets in the source to what people and editors count: 1-based line
//! and column (in characters) and UTF-16 code units for JavaScript.

/// Line starts of a source text, with the UTF-16 offset of each.
pub struct LineIndex<'s> {
    source: &'s str,
    /// (byte offset, UTF-16 offset) of each line start.
    starts: Vec<(usize, usize)>,
    /// The last point asked for: points come mostly in text order, often many on one
    /// long line, so counting on from the last one avoids counting the line again.
    last: std::cell::Cell<Option<Point>>,
}

/// A point in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub byte: usize,
    pub utf16: usize,
    pub line: usize,
    pub column: usize,
}

impl<'s> LineIndex<'s> {
    pub fn new(source: &'s str) -> Self {
        let mut starts = vec![(0, 0)];
        let mut utf16 = 0;
        let bytes = source.as_bytes();
        let mut last = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                utf16 += units(&source[last..=i]);
                last = i + 1;
                starts.push((i + 1, utf16));
            }
        }
        LineIndex {
            source,
            starts,
            last: std::cell::Cell::new(None),
        }
    }

    /// The point at a byte offset, moved back to a char boundary if it is inside a char.
    pub fn point(&self, byte: usize) -> Point {
        let mut byte = byte.min(self.source.len());
        while !self.source.is_char_boundary(byte) {
            byte -= 1;
        }
        let line = self.starts.partition_point(|&(start, _)| start <= byte) - 1;
        let (mut from, mut utf16) = self.starts[line];
        let mut column = 1;
        if let Some(last) = self.last.get() {
            if last.line == line + 1 && last.byte <= byte {
                (from, utf16, column) = (last.byte, last.utf16, last.column);
            }
        }
        let between = &self.source[from..byte];
        let point = Point {
            byte,
            utf16: utf16 + units(between),
            line: line + 1,
            column: column + chars(between),
        };
        self.last.set(Some(point));
        point
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &'s str {
        let start = self.starts[line - 1].0;
        let end = self.starts.get(line).map_or(self.source.len(), |s| s.0);
        self.source[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// UTF-16 code units: one per byte for ASCII, the common case.
fn units(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

fn chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_columns_and_utf16_units() {
        let src = "Zoë 😀 ok\r\nŁukasz’s plan";
        let idx = LineIndex::new(src);
        let ok = idx.point(src.find("ok").unwrap());
        assert_eq!((ok.line, ok.column, ok.utf16), (1, 7, 7));
        let plan = idx.point(src.find("plan").unwrap());
        assert_eq!((plan.line, plan.column), (2, 10));
        let expected: usize = src[..src.find("plan").unwrap()].encode_utf16().count();
        assert_eq!(plan.utf16, expected);
        assert_eq!(idx.line_text(1), "Zoë 😀 ok");
    }

    #[test]
    fn points_asked_in_any_order_agree() {
        let src = "Zoë 😀 ok and Łukasz’s plan\nmore";
        let idx = LineIndex::new(src);
        let fresh = |b: usize| LineIndex::new(src).point(b);
        for b in [25, 4, 30, 9, 9, 0, src.len()] {
            assert_eq!(idx.point(b), fresh(b), "byte {b}");
        }
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        let idx = LineIndex::new("a\rb");
        assert_eq!(idx.point(2).line, 2);
    }
}
