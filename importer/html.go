package importer

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"claimdesk/claims"
)

// skipped are elements whose content is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Noscript: true,
	atom.Template: true, atom.Iframe: true, atom.Svg: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Head: true, atom.Object: true,
	atom.Canvas: true, atom.Dialog: true, atom.Menu: true,
}

// blocks are elements that start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Figure: true, atom.Figcaption: true, atom.Dl: true, atom.Dt: true,
	atom.Dd: true, atom.Address: true, atom.Hr: true, atom.Body: true,
	atom.Caption: true, atom.Details: true, atom.Summary: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
}

// readHTML extracts the readable text and metadata of an HTML page.
func readHTML(s string) (*claims.Article, error) {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, err
	}
	m := &htmlMeta{}
	m.scan(doc)
	t := &textBuilder{}
	t.walk(doc)
	a := &claims.Article{
		Body:      t.String(),
		URL:       firstNonEmpty(m.canonical, m.ogURL),
		Publisher: m.siteName,
		Language:  language(m.lang),
	}
	if strings.TrimSpace(m.lang) == "" {
		a.Language = GuessLanguage(a.Body)
	}
	a.Title = firstNonEmpty(m.ogTitle, trimSiteName(m.title, m.siteName), m.h1)
	if m.published != "" {
		if t, err := time.Parse(time.RFC3339, m.published); err == nil {
			a.PublishedAt = t.UTC()
		} else if t, err := time.Parse("2006-01-02", m.published); err == nil {
			a.PublishedAt = t
		}
	}
	return a, nil
}

// htmlError is the message for a page the HTML parser refused. The
// parser refuses only elements nested more than 512 deep (its own words
// are English), which is said in a sentence of its own.
func htmlError(name string, err error) error {
	if strings.Contains(err.Error(), "open stack of elements") {
		return claims.Errorf(claims.EINVALID, "%s cannot be read as HTML: its elements are nested more than 512 levels deep. Save the page as text (.txt) and import that.", name)
	}
	return claims.Errorf(claims.EINVALID, "%s could not be read as HTML: %v", name, err)
}

// htmlMeta collects the metadata of a page.
type htmlMeta struct {
	title, ogTitle, h1    string
	canonical, ogURL      string
	siteName, lang        string
	published             string
	seenTitle, seenHeader bool
}

// scan collects the metadata of n and its descendants: the first title and
// h1, the canonical link, the page's language and the Open Graph fields.
func (m *htmlMeta) scan(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Html:
			m.lang = attr(n, "lang")
		case atom.Title:
			if !m.seenTitle {
				m.title, m.seenTitle = collapseSpace(textOf(n)), true
			}
		case atom.H1:
			if m.h1 == "" {
				m.h1 = collapseSpace(textOf(n))
			}
		case atom.Link:
			if hasToken(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Meta:
			prop := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name")))
			content := strings.TrimSpace(attr(n, "content"))
			switch prop {
			case "og:title":
				m.ogTitle = firstNonEmpty(m.ogTitle, content)
			case "og:url":
				m.ogURL = firstNonEmpty(m.ogURL, content)
			case "og:site_name":
				m.siteName = firstNonEmpty(m.siteName, content)
			case "og:locale":
				m.lang = firstNonEmpty(m.lang, content)
			case "article:published_time":
				m.published = firstNonEmpty(m.published, content)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.scan(c)
	}
}

// textBuilder turns the visible text of a tree into paragraphs separated by
// blank lines, with white space collapsed inside each paragraph.
type textBuilder struct {
	paras []string
	cur   strings.Builder
}

// walk adds the visible text of n to the paragraphs, leaving out skipped
// and hidden elements and images.
func (t *textBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		t.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hasAttr(n, "hidden") ||
			strings.EqualFold(attr(n, "aria-hidden"), "true") || hiddenByStyle(attr(n, "style")) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			t.cur.WriteString("\n")
			return
		case atom.Td, atom.Th:
			t.cur.WriteString(" ")
		case atom.Img:
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		t.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.walk(c)
	}
	if n.DataAtom == atom.Pre {
		t.flushPre()
	}
	if block {
		t.flush()
	}
}

// flush ends the current paragraph: lines are kept (from <br>), white space
// inside each line collapsed.
func (t *textBuilder) flush() {
	raw := t.cur.String()
	t.cur.Reset()
	var lines []string
	for l := range strings.SplitSeq(raw, "\n") {
		if l = collapseSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 {
		t.paras = append(t.paras, strings.Join(lines, "\n"))
	}
}

// flushPre ends preformatted text, keeping its layout.
func (t *textBuilder) flushPre() {
	raw := strings.Trim(t.cur.String(), "\n")
	t.cur.Reset()
	if strings.TrimSpace(raw) != "" {
		t.paras = append(t.paras, strings.TrimRight(raw, " \t\n"))
	}
}

// String returns the paragraphs separated by blank lines.
func (t *textBuilder) String() string {
	t.flush()
	return strings.Join(t.paras, "\n\n")
}

// hiddenByStyle reports whether an inline style hides the element.
func hiddenByStyle(style string) bool {
	s := strings.ToLower(strings.Join(strings.Fields(style), ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// textOf returns the text content of n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

// attr returns the value of n's attribute key (case ignored), "" when it
// has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key (case ignored).
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// hasToken reports whether the space-separated list holds tok (case
// ignored).
func hasToken(list, tok string) bool {
	for f := range strings.FieldsSeq(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// firstNonEmpty returns the first of ss that is not blank, trimmed.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// trimSiteName removes a trailing " | Site" or " - Site" from a page title
// when Site is the publisher's name.
func trimSiteName(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · "} {
		if rest, ok := strings.CutSuffix(title, sep+site); ok && strings.TrimSpace(rest) != "" {
			return rest
		}
	}
	return title
}

// language maps a language tag such as "de-DE" or "en_US" to the article
// languages Claimdesk knows ("de", "en"), or "".
func language(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if tag == "de" || tag == "en" {
		return tag
	}
	return ""
}
