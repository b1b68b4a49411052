package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text taken from a PDF laid out in two columns, as "pdftotext -layout"
// writes it, holds both columns side by side on each line, separated by a
// wide run of spaces (the gutter). Read line by line, the sentences of the
// two columns interleave. OneColumn reads such a block apart: the left
// column, then the right one. An article is stored so, as one column; the
// extractor's units are spans of the stored text and cannot read columns
// apart themselves.

// Bounds of a two-column block (columnBlock).
const (
	minGutter      = 3 // spaces between the columns
	gutterSlack    = 2 // how far before the right column's start a line's text may start there
	maxIndent      = 6 // how far after it (a paragraph's first line indented)
	minColumnLines = 4 // lines with text in both columns
	minColumnWords = 3 // words of each column on such a line
)

// OneColumn returns text with each block laid out in two columns read
// apart, the left column before the right one (a sentence that goes on
// from the foot of the left column to the head of the right one reads
// whole); text itself when it holds no such block. A page (text between
// form feeds) is read on its own. Lines that run across the gutter (a
// headline, a running head) stay where they are and end a block.
func OneColumn(text string) string {
	if !strings.Contains(text, "   ") {
		return text
	}
	pages := strings.Split(text, "\f")
	changed := false
	for i, p := range pages {
		if q, ok := pageOneColumn(p); ok {
			pages[i], changed = q, true
		}
	}
	if !changed {
		return text
	}
	return strings.Join(pages, "\f")
}

// columnLine is a line of a page split at the gutter: its left and right
// parts (either may be empty), or full when text runs across the gutter;
// two when both parts come from one line.
type columnLine struct {
	left, right string
	full, two   bool
}

// pageOneColumn reads the two-column blocks of page apart (OneColumn).
func pageOneColumn(page string) (string, bool) {
	lines := strings.Split(page, "\n")
	col := rightStart(lines)
	if col == 0 {
		return page, false
	}
	split := make([]columnLine, len(lines))
	for i, l := range lines {
		split[i] = splitAt(strings.TrimRightFunc(l, unicode.IsSpace), col)
	}
	var out []string
	done := 0 // lines[:done] are in out
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && !split[j].full {
			j++
		}
		if j > i && columnBlock(split[i:j]) {
			out = append(out, lines[done:i]...)
			out = appendColumns(out, split[i:j])
			done = j
		}
		i = j + 1
	}
	if out == nil {
		return page, false
	}
	return strings.Join(append(out, lines[done:]...), "\n"), true
}

// rightStart returns the column (in runes) where the text after a gutter
// (a run of minGutter or more spaces with text on both sides) starts on
// the most lines: the right column's start; 0 when no line has a gutter.
func rightStart(lines []string) int {
	var count []int
	for _, l := range lines {
		if !strings.Contains(l, "   ") {
			continue
		}
		forGaps(strings.TrimRightFunc(l, unicode.IsSpace), minGutter, func(_, _, col int) bool {
			for len(count) <= col {
				count = append(count, 0)
			}
			count[col]++
			return true
		})
	}
	best := 0
	for x, c := range count {
		if c > count[best] {
			best = x
		}
	}
	return best
}

// forGaps calls fn for each run of n or more spaces inside line, with
// text before and after it, in order, with the byte offsets of its start
// and end and the column (in runes) of its end, until fn returns false.
func forGaps(line string, n int, fn func(s, e, col int) bool) {
	col := 0
	for i := 0; i < len(line); {
		if c := line[i]; c != ' ' {
			size := 1
			if c >= utf8.RuneSelf {
				_, size = utf8.DecodeRuneInString(line[i:])
			}
			i += size
			col++
			continue
		}
		s := i
		for i < len(line) && line[i] == ' ' {
			i++
		}
		col += i - s
		if i-s >= n && s > 0 && i < len(line) && !fn(s, i, col) {
			return
		}
	}
}

// splitAt splits line (without trailing spaces) where the right column
// starts, at column col: at a run of two or more spaces (a line of the
// left column may end close to the gutter) after which the text starts
// near col, or at the line's leading spaces when its text starts there
// (the left column has a blank line). A line that ends before the gutter
// is all left; any other runs across the gutter (full: a headline, a
// running head).
func splitAt(line string, col int) columnLine {
	if utf8.RuneCountInString(line) < col-gutterSlack {
		return columnLine{left: line}
	}
	near := func(x int) bool { return x >= col-gutterSlack && x <= col+maxIndent }
	lead := 0
	for lead < len(line) && line[lead] == ' ' {
		lead++
	}
	if near(lead) {
		return columnLine{right: line[lead:]}
	}
	out := columnLine{full: true}
	forGaps(line, 2, func(s, e, x int) bool {
		if near(x) {
			out = columnLine{left: line[:s], right: line[e:], two: true}
			return false
		}
		return true
	})
	return out
}

// columnBlock reports whether lines, a run without a line across the
// gutter, are laid out in two columns: minColumnLines of them or more hold
// text on both sides, at least half the lines with text do, on half of
// those each side holds minColumnWords words or more (a paragraph's last
// line may hold fewer), on four of five no side holds a gutter of its own
// (a table's cells do, and hold a word or a number each) and each side
// starts as a line of prose does (code with comments aligned after it
// does not: "# …", "// …"), and neither side ends with the same mark on
// half of them (a list of keys and values does: "key:  value,").
func columnBlock(lines []columnLine) bool {
	text, two, words, plain := 0, 0, 0, 0
	ends := map[[2]rune]int{} // the marks that end a side, by side
	for _, l := range lines {
		if strings.TrimSpace(l.left+l.right) != "" {
			text++
		}
		if !l.two {
			continue
		}
		two++
		if len(strings.Fields(l.left)) >= minColumnWords && len(strings.Fields(l.right)) >= minColumnWords {
			words++
		}
		left := strings.TrimSpace(l.left)
		if !strings.Contains(left, "   ") && !strings.Contains(l.right, "   ") && proseStart(left) && proseStart(l.right) {
			plain++
		}
		for side, s := range [...]string{left, l.right} {
			if r, _ := utf8.DecodeLastRuneInString(s); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				ends[[2]rune{rune(side), r}]++
			}
		}
	}
	for _, n := range ends {
		if 2*n >= two {
			return false
		}
	}
	return two >= minColumnLines && 2*two >= text && 2*words >= two && 5*plain >= 4*two
}

// proseStart reports whether s starts as a line of prose may: with a
// letter, a digit, a quotation mark, a bracket, a dash or a currency sign.
func proseStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Sc, r) ||
		strings.ContainsRune("\"'„“”‚‘’«»‹›([–—-", r)
}

// appendColumns appends the left parts of lines, then their right parts,
// to out. Blank lines at the foot of the left column and at the head and
// foot of the right one are left out, so that a sentence that goes on at
// the head of the right column reads on; a blank line that ends lines
// ends the block still.
func appendColumns(out []string, lines []columnLine) []string {
	n := len(out)
	for _, l := range lines {
		out = append(out, l.left)
	}
	out = trimBlank(out, n)
	first := true
	for _, l := range lines {
		if first && strings.TrimSpace(l.right) == "" {
			continue
		}
		first = false
		out = append(out, l.right)
	}
	out = trimBlank(out, n)
	if last := lines[len(lines)-1]; strings.TrimSpace(last.left+last.right) == "" {
		out = append(out, "")
	}
	return out
}

// trimBlank returns out without the blank lines at its end after out[:n].
func trimBlank(out []string, n int) []string {
	for len(out) > n && strings.TrimSpace(out[len(out)-1]) == "" {
		out = out[:len(out)-1]
	}
	return out
}
