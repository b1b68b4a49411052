package report_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"claimdesk/report"
	"claimdesk/report/internal/pdfcheck"
)

// The checks of FuzzExportHostileTexts, one per format.

// flat is s as a reader sees it: runs of white space as one space, no NUL
// or replacement character (HTML and CommonMark turn NUL into either).
func flat(s string) string {
	s = strings.NewReplacer("\x00", "", "\ufffd", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// valid reports whether every text of x is valid UTF-8; only then must an
// export give the texts back as they were.
func (x exportTexts) valid() bool {
	for _, s := range []string{x.Claim, x.Rationale, x.SourceTitle, x.SourceURL, x.Note, x.ArticleTitle} {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}

// docElements are the elements an HTML report or a Markdown report (as a
// CommonMark renderer makes HTML of it) may have; none may come from the
// texts.
var docElements = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true, "header": true,
	"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "dl": true, "dt": true, "dd": true,
	"section": true, "ul": true, "ol": true, "li": true, "span": true, "nav": true, "a": true, "main": true,
	"article": true, "q": true, "div": true, "strong": true, "em": true, "blockquote": true, "code": true,
	"details": true, "summary": true, "time": true, "footer": true, "br": true, "hr": true,
	"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
}

// docAttrs are the attributes they may have.
var docAttrs = map[string]bool{
	"lang": true, "charset": true, "name": true, "content": true, "http-equiv": true, "class": true, "id": true,
	"href": true, "rel": true, "style": true, "title": true, "value": true, "open": true,
}

var (
	// An apostrophe may stand in a URL (RFC 3986 sub-delims, a host such
	// as "example'x" too); the attribute is quoted with double quotes.
	docHref  = regexp.MustCompile(`^(#[A-Za-z0-9_-]+|(https?|mailto):[^\s"<>\\]+)$`)
	docStyle = regexp.MustCompile(`^((background|color|border-left-color):#[0-9a-f]{6};?|text-align:(left|right|center);?)+$`)
	numbered = regexp.MustCompile(`^\d+\. ?`)
)

// checkDocTree parses page as a browser would and checks its elements and
// attributes; it returns the text of each element named in texts, by name.
func checkDocTree(t *testing.T, what string, page []byte, x exportTexts, texts ...string) map[string][]string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("%s does not parse: %v", what, err)
	}
	got := map[string][]string{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if !docElements[n.Data] {
				t.Fatalf("%s has an element <%s> for %+q", what, n.Data, x)
			}
			for _, a := range n.Attr {
				switch {
				case !docAttrs[a.Key]:
					t.Fatalf("%s has an attribute %s=%q for %+q", what, a.Key, a.Val, x)
				case a.Key == "href" && !docHref.MatchString(a.Val):
					t.Fatalf("%s links to %q for %+q", what, a.Val, x)
				case a.Key == "style" && !docStyle.MatchString(a.Val):
					t.Fatalf("%s has a style %q for %+q", what, a.Val, x)
				}
			}
			if slices.Contains(texts, n.Data) {
				got[n.Data] = append(got[n.Data], flat(textOf(n)))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return got
}

// textOf is the text inside n.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

// wantClaimTexts fails unless the claim texts shown (less their numbers
// when numbered) are the two claims' texts.
func wantClaimTexts(t *testing.T, what string, shown []string, isNumbered bool, x exportTexts) {
	t.Helper()
	if !x.valid() {
		return
	}
	var got []string
	for _, s := range shown {
		if isNumbered {
			s = numbered.ReplaceAllString(s, "")
		}
		got = append(got, s)
	}
	want := []string{flat(x.Claim), flat(x.SourceTitle)}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("%s shows the claims as %q, want %q", what, got, want)
	}
}

func checkHTMLExport(t *testing.T, out []byte, x exportTexts) {
	t.Helper()
	got := checkDocTree(t, "the HTML report", out, x, "q")
	wantClaimTexts(t, "the HTML report", got["q"], false, x)
}

func checkMarkdownExport(t *testing.T, out []byte, x exportTexts) {
	t.Helper()
	page := commonMark(t, out)
	got := checkDocTree(t, "the Markdown report", page, x, "h3")
	wantClaimTexts(t, "the Markdown report", got["h3"], true, x)
}

// wantSameLinks fails unless the HTML report and the Markdown report (as
// HTML) link to the same addresses, percent-encoding aside. Bytes that are
// not UTF-8 (which no stored text holds: the window, claimctl and bundles
// give only UTF-8) are left aside: each renderer drops them its own way.
func wantSameLinks(t *testing.T, page, md []byte, x exportTexts) {
	t.Helper()
	if !x.valid() {
		return
	}
	if got, want := links(t, md), links(t, page); !slices.Equal(got, want) {
		t.Fatalf("the Markdown report links to %q, the HTML report to %q, for %+q", got, want, x)
	}
}

// links returns the addresses (not #fragments) a page links to, decoded,
// sorted, each once.
func links(t *testing.T, page []byte) []string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for _, a := range n.Attr {
			if a.Key == "href" && !strings.HasPrefix(a.Val, "#") {
				u, err := url.PathUnescape(a.Val)
				if err != nil {
					u = a.Val
				}
				out = append(out, u)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	slices.Sort(out)
	return slices.Compact(out)
}

// csvWant is the cell a text becomes: neutralised, and without carriage
// returns (RFC 4180 CSV with CRLF line ends cannot keep a lone one).
func csvWant(s string) string { return strings.ReplaceAll(report.NeutralizeCell(s), "\r", "") }

func checkCSVExport(t *testing.T, out []byte, x exportTexts) {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v for %+q", err, x)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var texts []string
	for i, row := range rows[1:] {
		if len(row) != len(rows[0]) {
			t.Fatalf("row %d has %d cells, the header %d, for %+q", i+1, len(row), len(rows[0]), x)
		}
		for _, c := range row {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Fatalf("cell %q can run as a formula, for %+q", c, x)
			}
		}
		texts = append(texts, row[col["text"]])
		if row[col["claim_id"]] == "c1000000-0000-4000-8000-000000000001" {
			for name, s := range map[string]string{"rationale": x.Rationale, "article_title": x.ArticleTitle,
				"article_url": x.SourceURL, "claimant": x.Note} {
				if row[col[name]] != csvWant(s) {
					t.Fatalf("%s reads back as %q, want %q", name, row[col[name]], csvWant(s))
				}
			}
			if i, ok := col["note"]; ok && (row[i] != csvWant(x.Note) || row[col["source_url"]] != csvWant(x.SourceURL) ||
				row[col["source_title"]] != csvWant(x.SourceTitle)) {
				t.Fatalf("the evidence row reads back as %q, for %+q", row, x)
			}
		}
	}
	want := []string{csvWant(x.Claim), csvWant(x.SourceTitle)}
	slices.Sort(texts)
	slices.Sort(want)
	if !slices.Equal(texts, want) {
		t.Fatalf("the claim texts read back as %q, want %q", texts, want)
	}
}

func checkJSONExport(t *testing.T, out []byte, x exportTexts) {
	t.Helper()
	var doc report.Document
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("the JSON does not parse: %v for %+q", err, x)
	}
	if !x.valid() {
		return
	}
	if len(doc.Claims) != 2 || len(doc.Articles) != 1 || len(doc.Sources) != 1 || len(doc.Evidence) != 1 {
		t.Fatalf("the JSON holds %d claims, %d articles, %d sources, %d evidence links", len(doc.Claims), len(doc.Articles), len(doc.Sources), len(doc.Evidence))
	}
	var c1 = doc.Claims[0]
	if c1.ArticleID == "" {
		c1 = doc.Claims[1]
	}
	got := exportTexts{c1.Text, c1.Rationale, doc.Sources[0].Title, doc.Sources[0].URL, doc.Evidence[0].Note, doc.Articles[0].Title}
	if got != x {
		t.Fatalf("the JSON gives back %+q, want %+q", got, x)
	}
}

func checkClaimReviewExport(t *testing.T, out []byte, x exportTexts) {
	t.Helper()
	// Escaped this way it can sit in a <script type="application/ld+json">.
	if bytes.ContainsAny(out, "<>&") {
		t.Fatalf("the ClaimReview has a raw <, > or &: %s", out)
	}
	var reviews []struct {
		URL           string `json:"url"`
		ClaimReviewed string `json:"claimReviewed"`
		ReviewBody    string `json:"reviewBody"`
		ItemReviewed  struct {
			Appearance *struct {
				URL string `json:"url"`
			} `json:"appearance"`
		} `json:"itemReviewed"`
	}
	if err := json.Unmarshal(out, &reviews); err != nil {
		t.Fatalf("the ClaimReview does not parse: %v for %+q", err, x)
	}
	for _, r := range reviews {
		if !strings.HasPrefix(r.URL, "https://desk.example/") {
			t.Fatalf("review url %q", r.URL)
		}
		if a := r.ItemReviewed.Appearance; a != nil && !regexp.MustCompile(`^https?://`).MatchString(a.URL) {
			t.Fatalf("appearance url %q for %+q", a.URL, x)
		}
		if x.valid() && r.ClaimReviewed != strings.TrimSpace(x.Claim) && r.ClaimReviewed != strings.TrimSpace(x.SourceTitle) {
			t.Fatalf("claimReviewed %q is neither claim, for %+q", r.ClaimReviewed, x)
		}
	}
}

// pdfURI finds the link targets of a PDF.
var pdfURI = regexp.MustCompile(`/URI \(([^)]*)\)`)

func checkPDFExport(t *testing.T, out []byte, x exportTexts) {
	t.Helper()
	f, err := pdfcheck.Parse(out)
	if err != nil {
		t.Fatalf("the PDF does not parse: %v for %+q", err, x)
	}
	pages, err := f.Text()
	if err != nil {
		t.Fatalf("the PDF text: %v for %+q", err, x)
	}
	size := len(x.Claim) + len(x.Rationale) + len(x.SourceTitle) + len(x.SourceURL) + len(x.Note) + len(x.ArticleTitle)
	if max := 6 + size/100; len(pages) > max {
		t.Fatalf("the PDF has %d pages for %d bytes of text, want at most %d", len(pages), size, max)
	}
	for _, m := range pdfURI.FindAllSubmatch(out, -1) {
		if !regexp.MustCompile(`^(https?|mailto):`).Match(m[1]) {
			t.Fatalf("the PDF links to %q", m[1])
		}
	}
	for _, bad := range []string{"/JavaScript", "/JS ", "/Launch"} {
		if bytes.Contains(out, []byte(bad)) {
			t.Fatalf("the PDF contains %s", bad)
		}
	}
	if regexp.MustCompile(`^[A-Za-z0-9.,;:!?() -]+$`).MatchString(x.Claim) {
		nospace := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if !strings.Contains(nospace(strings.Join(pages, "")), nospace(x.Claim)) {
			t.Fatalf("the PDF text lacks the claim %q:\n%s", x.Claim, strings.Join(pages, "\n"))
		}
	}
}
