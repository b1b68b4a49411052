package report

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
)

// writeMarkdown writes the report as CommonMark. User text is escaped so it
// shows as written and never turns into markup, links or raw HTML.
func writeMarkdown(ctx context.Context, w io.Writer, d *Data, opts Options, p *progress) error {
	v := buildView(d, opts)
	l := v.L
	b := bufio.NewWriterSize(w, 64<<10)
	fmt.Fprintf(b, "# %s\n\n", mdInline(v.Title))
	fmt.Fprintf(b, "- **%s:** %s\n", l.Generated, mdValue(v.Generated))
	if v.Org != "" {
		fmt.Fprintf(b, "- **%s:** %s\n", l.ReviewedBy, mdValue(v.Org))
	}
	fmt.Fprintf(b, "- **%s:** %s\n", l.Scope, mdValue(v.Scope))
	fmt.Fprintf(b, "- **%s:** %d\n\n", l.Claims, v.NClaims)
	fmt.Fprintf(b, "## %s\n\n", l.Summary)
	if len(v.Summary) == 0 {
		fmt.Fprintf(b, "%s\n\n", l.SummaryNoClaims)
	} else {
		fmt.Fprintf(b, "| %s | %s |\n|---|---:|\n", l.Verdict, l.Claims)
		for _, s := range v.Summary {
			fmt.Fprintf(b, "| %s | %d |\n", mdCell(s.Verdict.Label), s.N)
		}
		b.WriteString("\n")
	}
	if len(v.Sections) > 0 && !v.Few {
		fmt.Fprintf(b, "## %s\n\n", l.Contents)
		for _, s := range v.Sections {
			fmt.Fprintf(b, "- [%s](#%s)\n", mdInline(s.Title), s.Anchor)
			for _, c := range s.Claims {
				fmt.Fprintf(b, "  - [%s. %s](#%s) — %s\n", c.Num, mdInline(shorten(c.C.Text, 90)), c.Anchor, mdInline(c.Verdict.Label))
			}
		}
		b.WriteString("\n")
	}
	done := 0
	for _, s := range v.Sections {
		fmt.Fprintf(b, "<a id=\"%s\"></a>\n\n## %s\n\n", s.Anchor, mdInline(s.Title))
		for _, m := range s.Meta {
			if m.Link != "" {
				fmt.Fprintf(b, "- **%s:** <%s>\n", m.Label, mdURL(m.Link))
			} else {
				fmt.Fprintf(b, "- **%s:** %s\n", m.Label, mdValue(m.Value))
			}
		}
		if len(s.Meta) > 0 {
			b.WriteString("\n")
		}
		for _, c := range s.Claims {
			mdClaim(b, v.claim(c), l)
			done++
			if err := p.tick(ctx, done); err != nil {
				return err
			}
		}
	}
	fmt.Fprintf(b, "---\n\n*%s · %s %s*\n", mdInline(v.Title), l.Generated, mdValue(v.Generated))
	return b.Flush()
}

// mdClaim writes one claim: its heading and anchor, verdict, details,
// rationale, evidence, earlier checks and history.
func mdClaim(b *bufio.Writer, c *claimView, l *labels) {
	fmt.Fprintf(b, "<a id=\"%s\"></a>\n\n### %s. %s\n\n", c.Anchor, c.Num, mdInline(c.C.Text))
	fmt.Fprintf(b, "**%s:** %s", l.Verdict, mdValue(c.Verdict.Label))
	if c.C.Conclusion != "" {
		fmt.Fprintf(b, " — *%s*", mdInline(c.C.Conclusion))
	}
	b.WriteString("  \n")
	if c.C.Claimant != "" {
		fmt.Fprintf(b, "**%s:** %s  \n", l.Claimant, mdValue(c.C.Claimant))
	}
	if c.ClaimDate != "" {
		fmt.Fprintf(b, "**%s:** %s  \n", l.ClaimDate, c.ClaimDate)
	}
	fmt.Fprintf(b, "**%s:** %s", l.Status, c.Status)
	if c.Tags != "" {
		fmt.Fprintf(b, "  \n**%s:** %s", l.Tags, mdValue(c.Tags))
	}
	b.WriteString("\n\n")
	if c.C.Detached {
		fmt.Fprintf(b, "> %s\n\n", l.Detached)
	}
	if c.C.Rationale != "" {
		fmt.Fprintf(b, "#### %s\n\n", l.Rationale)
		for _, para := range paragraphs(c.C.Rationale) {
			fmt.Fprintf(b, "%s\n\n", mdInline(para))
		}
	}
	mdEvidence(b, c, l)
	mdEarlier(b, c, l)
	if len(c.History) > 0 {
		fmt.Fprintf(b, "#### %s\n\n", l.History)
		for _, h := range c.History {
			fmt.Fprintf(b, "- %s · %s · %s\n", mdInline(h.At), mdInline(h.Actor), mdInline(h.Text))
		}
		if c.Earlier != "" {
			fmt.Fprintf(b, "- *%s*\n", c.Earlier)
		}
		b.WriteString("\n")
	}
}

// mdEvidence writes a claim's evidence, grouped by stance: each source
// linked when its address is safe, with its details, the excerpt, the
// note and the snapshots kept.
func mdEvidence(b *bufio.Writer, c *claimView, l *labels) {
	fmt.Fprintf(b, "#### %s\n\n", l.Evidence)
	if len(c.Groups) == 0 {
		fmt.Fprintf(b, "%s\n\n", l.NoEvidence)
	}
	for _, g := range c.Groups {
		fmt.Fprintf(b, "**%s (%d)**\n\n", g.Label, len(g.Items))
		for _, e := range g.Items {
			title := mdInline(e.Title)
			if e.URL != "" {
				title = "[" + title + "](<" + mdURL(e.URL) + ">)"
			}
			fmt.Fprintf(b, "- %s", title)
			if e.Meta != "" {
				fmt.Fprintf(b, " · %s", mdInline(e.Meta))
			}
			b.WriteString("\n")
			if e.E.Excerpt != "" {
				fmt.Fprintf(b, "  > %s\n", mdInline(e.E.Excerpt))
			}
			if e.E.Note != "" {
				fmt.Fprintf(b, "\n  %s: %s\n", l.Note, mdInline(e.E.Note))
			}
			for _, s := range e.Snapshots {
				fmt.Fprintf(b, "\n  %s: %s · `sha256:%s`\n", l.Snapshot, mdInline(s.Name), s.SHA256)
			}
		}
		b.WriteString("\n")
	}
}

// mdSpecial holds the characters escaped everywhere in inline text: those
// that start emphasis, code, links, raw HTML, entities, tables and
// strike-through.
const mdSpecial = "\\`*_[]<>&|~!"

// mdInline escapes s as one line of CommonMark text: line breaks become
// spaces, special characters get a backslash, and a line start that would
// read as a heading, list, quote or rule is escaped too, as is a line end
// of #s that a heading would drop as its closing sequence.
func mdInline(s string) string {
	out := mdValue(s)
	if out != "" && strings.ContainsRune("#+-=>", rune(out[0])) {
		out = "\\" + out
	}
	if rest := strings.TrimRight(out, "#"); rest != out && strings.HasSuffix(rest, " ") {
		out = rest + "\\" + out[len(rest):]
	}
	// "1. text" would start an ordered list ("1.5 %" would not).
	if i := strings.IndexFunc(out, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (out[i] == '.' || out[i] == ')') &&
		(i+1 == len(out) || out[i+1] == ' ') {
		out = out[:i] + "\\" + out[i:]
	}
	return out
}

// mdValue escapes s as one line of CommonMark text that follows other text
// on its line (after "**Label:** "), where it cannot start a block: line
// breaks become spaces and special characters get a backslash.
func mdValue(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(mdSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdCell escapes s for a table cell.
func mdCell(s string) string { return mdInline(s) }

// mdURLReplacer percent-encodes <, >, spaces and backslashes and drops line
// feeds, for mdURL.
var mdURLReplacer = strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\n", "", "\\", "%5C")

// mdURL makes a safe URL usable inside <…> link destinations and autolinks:
// the characters that would end them are percent-encoded, and so is the
// backslash, which would escape the next character of a destination
// ("?q=a\*b" would link to "?q=a*b").
func mdURL(u string) string { return mdURLReplacer.Replace(u) }
