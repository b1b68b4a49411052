package report_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"claimdesk/report"
)

// TestHTMLTree parses the HTML report as a browser would and checks every
// element: nothing that runs or loads anything, links only to fragments or
// http(s), styles only the verdict colours.
func TestHTMLTree(t *testing.T) {
	okStyle := regexp.MustCompile(`^((background|color|border-left-color):#[0-9a-f]{6};?)+$`)
	okHref := regexp.MustCompile(`^(#[A-Za-z0-9_-]+|https?://[^\s"<>]+|mailto:[^\s"<>]+)$`)
	allowed := map[string]bool{
		"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true, "header": true,
		"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "dl": true, "dt": true, "dd": true,
		"section": true, "ul": true, "ol": true, "li": true, "span": true, "nav": true, "a": true, "main": true,
		"article": true, "q": true, "div": true, "strong": true, "blockquote": true, "code": true,
		"details": true, "summary": true, "time": true, "footer": true,
	}
	for _, lang := range []string{"en", "de"} {
		out := render(t, fixtureData(), report.Options{Format: report.HTML, Lang: lang, Org: "<b>Org</b>"})
		doc, err := html.Parse(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		var claims, sections int
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				if !allowed[n.Data] {
					t.Errorf("%s: element <%s>", lang, n.Data)
				}
				for _, a := range n.Attr {
					switch {
					case strings.HasPrefix(a.Key, "on"):
						t.Errorf("%s: event handler %s=%q", lang, a.Key, a.Val)
					case a.Key == "href" && !okHref.MatchString(a.Val):
						t.Errorf("%s: link to %q", lang, a.Val)
					case a.Key == "style" && !okStyle.MatchString(a.Val):
						t.Errorf("%s: style %q", lang, a.Val)
					case a.Key == "src":
						t.Errorf("%s: <%s src=%q>", lang, n.Data, a.Val)
					}
				}
				if n.Data == "article" {
					claims++
				}
				if n.Data == "section" && attr(n, "class") == "article" {
					sections++
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if claims != 5 || sections != 3 {
			t.Errorf("%s: %d claims in %d sections, want 5 in 3", lang, claims, sections)
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
