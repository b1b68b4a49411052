package archive

import (
	"html"
	"strings"
	"time"
	"unicode"

	"claimdesk/claims/match"
	xhtml "golang.org/x/net/html"
)

// Plain reduces a field to one line of plain text: HTML entities decoded,
// markup removed (script and style contents dropped), control characters
// and runs of white space replaced by one space.
func Plain(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = stripMarkup(s)
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\uFFFD' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// stripMarkup returns the text of an HTML fragment without script or style
// contents; text without tags only has its entities decoded.
func stripMarkup(s string) string {
	if !strings.Contains(s, "<") {
		return html.UnescapeString(s)
	}
	z := xhtml.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return b.String()
		case xhtml.StartTagToken:
			if n, _ := z.TagName(); string(n) == "script" || string(n) == "style" {
				skip++
			}
			b.WriteByte(' ')
		case xhtml.EndTagToken:
			if n, _ := z.TagName(); (string(n) == "script" || string(n) == "style") && skip > 0 {
				skip--
			}
			b.WriteByte(' ')
		case xhtml.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		}
	}
}

// ParseDate reads a date as archives write it ("2019-10-22", "26 May 2015",
// "stated on October 22, 2019 in a campaign mailer."); the zero time when
// there is none. It is match.ParseDate, which the matcher's benchmark
// reader shares.
func ParseDate(s string) time.Time { return match.ParseDate(s) }

// germanWords and englishWords are common function words of each language,
// enough to tell the language of a sentence.
var (
	germanWords  = wordSet("der die das und ist nicht ein eine zu den von mit sich des auf für im dem wird sind auch es an als hat nach wie bei oder um aus noch wurde über nur haben vor dass zum zur werden")
	englishWords = wordSet("the and is not a an to of in that it for on with as was by at from be are this have has or which were will would their its but they than been who")
)

// wordSet returns the set of the space-separated words in s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// GuessLanguage returns "de" or "en" by counting function words, or "" when
// neither kind occurs.
func GuessLanguage(s string) string {
	de, en := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if germanWords[w] {
			de++
		}
		if englishWords[w] {
			en++
		}
	}
	switch {
	case de > en:
		return "de"
	case en > de:
		return "en"
	case strings.ContainsAny(s, "äöüßÄÖÜ"):
		return "de"
	}
	return ""
}
