package report

import (
	"bufio"
	"context"
	_ "embed"
	"html/template"
	"io"
	"strings"
)

//go:embed html.tmpl
var htmlTemplate string

//go:embed html.css
var htmlCSS string

// htmlTmpl renders the HTML report. html/template escapes every value by
// context, so user text never becomes markup, script or a javascript: link.
var htmlTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"css":   func() template.CSS { return template.CSS(htmlCSS) },
	"short": func(s string) string { return shorten(s, 90) },
	"paras": paragraphs,
}).Parse(htmlTemplate))

// writeHTML writes one self-contained HTML page: inline CSS, no scripts, no
// external resources, and a Content-Security-Policy that forbids them.
func writeHTML(ctx context.Context, w io.Writer, d *Data, opts Options, p *progress) error {
	v := buildView(d, opts)
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := htmlTmpl.ExecuteTemplate(bw, "head", v); err != nil {
		return err
	}
	done := 0
	for _, s := range v.Sections {
		if err := htmlTmpl.ExecuteTemplate(bw, "section-open", s); err != nil {
			return err
		}
		for _, c := range s.Claims {
			if err := htmlTmpl.ExecuteTemplate(bw, "claim", v.claim(c)); err != nil {
				return err
			}
			done++
			if err := p.tick(ctx, done); err != nil {
				return err
			}
		}
		if err := htmlTmpl.ExecuteTemplate(bw, "section-close", s); err != nil {
			return err
		}
	}
	if err := htmlTmpl.ExecuteTemplate(bw, "foot", v); err != nil {
		return err
	}
	return bw.Flush()
}

// paragraphs splits text at blank lines (or single line breaks) into
// paragraphs without surrounding space.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
