package report_test

import (
	"bytes"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// markdownRenderer renders CommonMark with the table and strike-through
// extensions of GitHub's dialect (the report escapes for both) and keeps
// raw HTML, so that any raw HTML of the texts would reach the page.
var markdownRenderer = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough),
	goldmark.WithRendererOptions(gmhtml.WithUnsafe()),
)

// commonMark renders a Markdown report to HTML as a Markdown viewer would.
func commonMark(t *testing.T, md []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := markdownRenderer.Convert(md, &buf); err != nil {
		t.Fatalf("the Markdown does not render: %v", err)
	}
	return buf.Bytes()
}
