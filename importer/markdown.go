package importer

import (
	"regexp"
	"strings"

	"claimdesk/claims"
)

// mdDest is a link destination in parentheses: <...>, or a URL that may
// hold balanced parentheses one level deep (https://de.wikipedia.org/wiki/A_(B)),
// with an optional title.
const mdDest = `\((?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)`

var (
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]` + mdDest)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\]` + mdDest)
	mdRefLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdAutolink  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdRefDef    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s+\S`)
	mdBullet    = regexp.MustCompile(`^\s*[-*+]\s+`)
	mdNumbered  = regexp.MustCompile(`^\s*(\d+)[.)]\s+`)
	mdRule      = regexp.MustCompile(`^\s{0,3}([-*_])(\s*[-*_]){2,}\s*$`)
	mdStrong    = regexp.MustCompile(`(\*\*|__)([^\s*_](?:.*?[^\s*_])?)(\*\*|__)`)
	mdEmStar    = regexp.MustCompile(`\*([^\s*](?:[^*]*[^\s*])?)\*`)
	mdEmUnder   = regexp.MustCompile(`(^|[^\p{L}\p{N}_])_([^\s_](?:[^_]*[^\s_])?)_([^\p{L}\p{N}_]|$)`)
	mdStrike    = regexp.MustCompile(`~~([^~]+)~~`)
	mdCode      = regexp.MustCompile("`+([^`]+)`+")
	mdEscape    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>~|])`)
	mdHeading   = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
	mdSetextH1  = regexp.MustCompile(`^\s{0,3}=+\s*$`)
	mdSetextH2  = regexp.MustCompile(`^\s{0,3}-+\s*$`)
	mdFrontKey  = regexp.MustCompile(`^(title|url|publisher|lang|language)\s*:\s*(.*)$`)
	mdFenceLine = regexp.MustCompile("^\\s{0,3}(```|~~~)")
	mdTableRow  = regexp.MustCompile(`^\s{0,3}\|.*\|\s*$`)
	mdTableRule = regexp.MustCompile(`^\s{0,3}\|(\s*:?-+:?\s*\|)+\s*$`)
)

// readMarkdown reads a Markdown article: the title is the first level-one
// heading (or a "title:" in front matter); markup is reduced to plain text,
// paragraphs separated by blank lines, list items and table rows one per
// line.
func readMarkdown(s string) *claims.Article {
	a := &claims.Article{}
	r := &mdReader{a: a}
	for _, line := range frontMatter(strings.Split(s, "\n"), a) {
		r.line(line)
	}
	r.flush()
	a.Body = strings.Join(r.paras, "\n\n")
	if a.Language == "" {
		a.Language = GuessLanguage(a.Body)
	}
	return a
}

// mdReader collects the paragraphs of a Markdown text, line by line, and
// sets the article's title from its first level-one heading.
type mdReader struct {
	a       *claims.Article
	paras   []string // the paragraphs read
	cur     []string // the lines of the paragraph being read
	list    bool     // cur holds list items, kept one per line
	inFence bool     // inside a fenced code block
}

// flush ends the paragraph being read.
func (r *mdReader) flush() {
	if len(r.cur) > 0 {
		sep := " "
		if r.list {
			sep = "\n"
		}
		r.paras = append(r.paras, strings.Join(r.cur, sep))
	}
	r.cur, r.list = nil, false
}

// startList ends a paragraph of running text, so that list items or
// table rows that follow are kept one per line.
func (r *mdReader) startList() {
	if !r.list {
		r.flush()
		r.list = true
	}
}

// line reads one line.
func (r *mdReader) line(line string) {
	if mdFenceLine.MatchString(line) {
		r.flush()
		r.inFence = !r.inFence
		return
	}
	if r.inFence {
		r.cur = append(r.cur, strings.TrimRight(line, " \t"))
		r.list = true // keep code lines as they are
		return
	}
	// Block quotes: drop the markers, keep the text.
	for {
		t := strings.TrimLeft(line, " ")
		if !strings.HasPrefix(t, ">") {
			break
		}
		line = strings.TrimPrefix(strings.TrimPrefix(t, ">"), " ")
	}
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "":
		r.flush()
	case mdRefDef.MatchString(line) || mdRule.MatchString(line) && len(r.cur) == 0:
		r.flush()
	case mdHeading.MatchString(line):
		r.heading(line)
	case mdTableRow.MatchString(line):
		// A table row is a line of its own, its cells apart by " | ";
		// the row under the header is markup. Joined into one
		// paragraph, a long table was one "sentence" of megabytes.
		if !mdTableRule.MatchString(line) {
			r.startList()
			r.cur = append(r.cur, inlineText(strings.Trim(trimmed, "|")))
		}
	case len(r.cur) > 0 && !r.list && (mdSetextH1.MatchString(line) || mdSetextH2.MatchString(line)):
		r.setextHeading(line)
	case mdBullet.MatchString(line) || mdNumbered.MatchString(line):
		r.startList()
		r.cur = append(r.cur, listItem(line))
	case r.list && (strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "\t")):
		// A continuation line of a list item.
		r.cur[len(r.cur)-1] += " " + inlineText(trimmed)
	default:
		if r.list {
			r.flush()
		}
		r.cur = append(r.cur, inlineText(trimmed))
	}
}

// heading reads an ATX heading ("# Title") as a paragraph of its own.
func (r *mdReader) heading(line string) {
	r.flush()
	m := mdHeading.FindStringSubmatch(line)
	text := inlineText(m[2])
	if m[1] == "#" && r.a.Title == "" {
		r.a.Title = text
	}
	if text != "" {
		r.paras = append(r.paras, text)
	}
}

// setextHeading reads the paragraph so far as a Setext heading, underlined
// by line ("===" for level one, "---" for level two).
func (r *mdReader) setextHeading(line string) {
	text := inlineText(strings.Join(r.cur, " "))
	if mdSetextH1.MatchString(line) && r.a.Title == "" {
		r.a.Title = text
	}
	r.cur = nil
	r.paras = append(r.paras, text)
}

// listItem is the text of a list item: "- " for a bullet, the number of a
// numbered item with ". ".
func listItem(line string) string {
	if m := mdNumbered.FindStringSubmatch(line); m != nil {
		return inlineText(m[1] + ". " + line[len(m[0]):])
	}
	return inlineText("- " + line[len(mdBullet.FindString(line)):])
}

// frontMatter reads a YAML-style block between "---" lines at the top of
// the file (title, url, publisher, lang) and returns the lines after it.
func frontMatter(lines []string, a *claims.Article) []string {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return lines
	}
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "---" {
			for _, l := range lines[1:i] {
				m := mdFrontKey.FindStringSubmatch(strings.TrimSpace(l))
				if m == nil {
					continue
				}
				v := strings.Trim(strings.TrimSpace(m[2]), `"'`)
				switch m[1] {
				case "title":
					a.Title = v
				case "url":
					a.URL = v
				case "publisher":
					a.Publisher = v
				default:
					a.Language = language(v)
				}
			}
			return lines[i+1:]
		}
	}
	return lines
}

// inlineText reduces inline Markdown (emphasis, code, links, images,
// escapes) to its text.
func inlineText(s string) string {
	// Escaped characters are hidden in the private use area while the
	// markup is removed, then put back as plain characters.
	s = mdEscape.ReplaceAllStringFunc(s, func(m string) string { return string(rune(0xE000 + int(m[1]))) })
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdAutolink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdEmStar.ReplaceAllString(s, "$1")
	s = mdEmUnder.ReplaceAllString(s, "$1$2$3")
	s = mdStrike.ReplaceAllString(s, "$1")
	s = strings.Map(func(r rune) rune {
		if r >= 0xE000 && r < 0xE080 {
			return r - 0xE000
		}
		return r
	}, s)
	return collapseSpace(s)
}
