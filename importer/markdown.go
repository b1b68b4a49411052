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
	lines := strings.Split(s, "\n")
	lines = frontMatter(lines, a)
	var paras []string
	var cur []string
	list := false // cur holds list items, kept one per line
	flush := func() {
		if len(cur) > 0 {
			sep := " "
			if list {
				sep = "\n"
			}
			paras = append(paras, strings.Join(cur, sep))
		}
		cur, list = nil, false
	}
	inFence := false
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if mdFenceLine.MatchString(line) {
			flush()
			inFence = !inFence
			continue
		}
		if inFence {
			cur = append(cur, strings.TrimRight(line, " \t"))
			list = true // keep code lines as they are
			continue
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
			flush()
		case mdRefDef.MatchString(line) || mdRule.MatchString(line) && len(cur) == 0:
			flush()
		case mdHeading.MatchString(line):
			flush()
			m := mdHeading.FindStringSubmatch(line)
			text := inlineText(m[2])
			if m[1] == "#" && a.Title == "" {
				a.Title = text
			}
			if text != "" {
				paras = append(paras, text)
			}
		case mdTableRow.MatchString(line):
			// A table row is a line of its own, its cells apart by " | ";
			// the row under the header is markup. Joined into one
			// paragraph, a long table was one "sentence" of megabytes.
			if mdTableRule.MatchString(line) {
				continue
			}
			if !list {
				flush()
				list = true
			}
			cur = append(cur, inlineText(strings.Trim(trimmed, "|")))
		case len(cur) > 0 && !list && (mdSetextH1.MatchString(line) || mdSetextH2.MatchString(line)):
			// The paragraph so far was a Setext heading.
			text := inlineText(strings.Join(cur, " "))
			if mdSetextH1.MatchString(line) && a.Title == "" {
				a.Title = text
			}
			cur = nil
			paras = append(paras, text)
		case mdBullet.MatchString(line) || mdNumbered.MatchString(line):
			if !list {
				flush()
				list = true
			}
			item := line
			if m := mdNumbered.FindStringSubmatch(line); m != nil {
				item = m[1] + ". " + line[len(m[0]):]
			} else {
				item = "- " + line[len(mdBullet.FindString(line)):]
			}
			cur = append(cur, inlineText(item))
		case list && (strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "\t")):
			// A continuation line of a list item.
			cur[len(cur)-1] += " " + inlineText(trimmed)
		default:
			if list {
				flush()
			}
			cur = append(cur, inlineText(trimmed))
		}
	}
	flush()
	a.Body = strings.Join(paras, "\n\n")
	if a.Language == "" {
		a.Language = GuessLanguage(a.Body)
	}
	return a
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
