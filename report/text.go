package report

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Small helpers shared by the renderers: shortening text, anchors, colours
// and the URLs that may become links.

// dash returns s, or "–" when s is empty.
func dash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// shorten cuts s to at most n runes on one line, adding "…" when cut.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// anchorID makes a fragment identifier of a record ID that is safe to
// write unescaped into Markdown and HTML: characters other than ASCII
// letters, digits, "-" and "_" become "_".
func anchorID(prefix, id string) string {
	b := []byte(prefix + id)
	for i, c := range b[len(prefix):] {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			b[len(prefix)+i] = '_'
		}
	}
	return string(b)
}

// colorRE matches a "#rrggbb" colour.
var colorRE = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// safeColor returns c if it is a "#rrggbb" colour, else a neutral grey.
func safeColor(c string) string {
	if colorRE.MatchString(c) {
		return strings.ToLower(c)
	}
	return colorNoVerdict
}

// rgb splits a "#rrggbb" colour checked by safeColor.
func rgb(c string) (r, g, b int) {
	v, _ := strconv.ParseUint(strings.TrimPrefix(safeColor(c), "#"), 16, 32)
	return int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)
}

// inkFor returns white or near-black, whichever reads better on bg.
func inkFor(bg string) string {
	r, g, b := rgb(bg)
	lum := (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)) / 255
	if lum > 0.55 {
		return "#1a1a1a"
	}
	return "#ffffff"
}

// safeURL returns u if it is an absolute http or https URL with a host, or
// a mailto URL with an address, that may become a link, else "" (the URL is
// then shown as text only).
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		if p.Host == "" {
			return ""
		}
		return p.String()
	case "mailto":
		if p.Opaque == "" { // no address: a link that writes to nobody
			return ""
		}
		return p.String()
	}
	return ""
}
