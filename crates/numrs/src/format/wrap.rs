//! Nested-bracket layout with line wrapping and summarization (NumPy's
//! `_formatArray` / `_extendLine`).

/// Everything needed to lay out an array once elements can be formatted.
pub(crate) struct Layout<'a> {
    /// The array's shape.
    pub(crate) shape: &'a [usize],
    /// Whether axes longer than `2 * edge_items` are elided with `...`.
    pub(crate) summarize: bool,
    /// Items shown at each end of an elided axis.
    pub(crate) edge_items: usize,
    /// Text between elements (`" "` for str, `", "` for repr).
    pub(crate) separator: &'a str,
    /// Maximum line length.
    pub(crate) line_width: isize,
    /// Indentation of continuation lines (one space per enclosing bracket
    /// plus the width of any prefix such as `array(`).
    pub(crate) next_line_prefix: String,
}

/// Python's `len` of a string: its number of code points.
fn width(s: &str) -> usize {
    s.chars().count()
}

/// Append `word` to `line`, first flushing `line` into `s` if it would get
/// longer than `line_width` (unless wrapping cannot help).  Lengths are
/// counted in characters, as Python does.
fn extend_line(
    s: &mut String,
    line: &mut String,
    word: &str,
    line_width: isize,
    next_line_prefix: &str,
) {
    let line_len = width(line);
    let needs_wrap = isize::try_from(line_len + width(word)).unwrap_or(isize::MAX) > line_width
        && line_len > width(next_line_prefix);
    if needs_wrap {
        s.push_str(line.trim_end());
        s.push('\n');
        line.clear();
        line.push_str(next_line_prefix);
    }
    line.push_str(word);
}

impl Layout<'_> {
    /// Lay out the whole array; `elem` formats the element at a full index.
    pub(crate) fn format(&self, elem: &dyn Fn(&[usize]) -> String) -> String {
        let mut index = Vec::with_capacity(self.shape.len());
        self.recurse(&mut index, &self.next_line_prefix, self.line_width, elem)
    }

    fn recurse(
        &self,
        index: &mut Vec<usize>,
        hanging_indent: &str,
        curr_width: isize,
        elem: &dyn Fn(&[usize]) -> String,
    ) -> String {
        let axis = index.len();
        if axis == self.shape.len() {
            return elem(index);
        }
        let axes_left = self.shape.len() - axis;
        let next_hanging_indent = format!("{hanging_indent} ");
        let next_width = curr_width - 1;
        let a_len = self.shape[axis];
        let show_summary = self.summarize && self.edge_items.saturating_mul(2) < a_len;
        let (leading, trailing) = if show_summary {
            (self.edge_items, self.edge_items)
        } else {
            (0, a_len)
        };
        // Positions printed, in order; `None` is the "..." marker.  The last
        // element is always printed, even with zero edge items.
        let mut positions: Vec<Option<usize>> = (0..leading).map(Some).collect();
        if show_summary {
            positions.push(None);
        }
        positions.extend((2..=trailing).rev().map(|i| Some(a_len - i)));
        positions.push(Some(a_len - 1));
        let last = positions.len() - 1;

        let mut s = String::new();
        let mut sub = |i: usize| {
            index.push(i);
            let r = self.recurse(index, &next_hanging_indent, next_width, elem);
            index.pop();
            r
        };
        if axes_left == 1 {
            let sep_width = self.separator.trim_end().len().max(1) as isize;
            let elem_width = curr_width - sep_width;
            let mut line = hanging_indent.to_string();
            for (k, p) in positions.iter().enumerate() {
                let word = match p {
                    Some(i) => sub(*i),
                    None => "...".to_string(),
                };
                extend_line(&mut s, &mut line, &word, elem_width, hanging_indent);
                if k != last {
                    line.push_str(self.separator);
                }
            }
            s.push_str(&line);
        } else {
            let line_sep = format!(
                "{}{}",
                self.separator.trim_end(),
                "\n".repeat(axes_left - 1)
            );
            for (k, p) in positions.iter().enumerate() {
                let nested = match p {
                    Some(i) => sub(*i),
                    None => "...".to_string(),
                };
                s.push_str(hanging_indent);
                s.push_str(&nested);
                if k != last {
                    s.push_str(&line_sep);
                }
            }
        }
        format!("[{}]", s.strip_prefix(hanging_indent).unwrap_or(&s))
    }
}
