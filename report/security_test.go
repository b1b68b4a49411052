package report_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"

	"claimdesk/report"
)

// hostile are fixture texts that must appear as text, never as markup.
var hostile = []string{
	`<script>alert("xss")</script> Jobs report row`,
	`Unemployment fell by 12 % in 2025 <img src=x onerror=alert(1)>`,
	`<script>alert("excerpt")</script>`,
	`Blog <img src=x onerror=alert(2)>`,
}

func TestHTMLShowsMarkupAsText(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		out := string(render(t, fixtureData(), report.Options{Format: report.HTML, Lang: lang}))
		lower := strings.ToLower(out)
		for _, bad := range []string{"<script", "<img", "href=\"javascript:", "onerror=\"", "<b>bold"} {
			if strings.Contains(lower, bad) {
				t.Errorf("%s: output contains live markup %q", lang, bad)
			}
		}
		for _, h := range hostile {
			esc := strings.NewReplacer("<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(h)
			if !strings.Contains(out, esc) {
				t.Errorf("%s: %q is not shown as escaped text %q", lang, h, esc)
			}
		}
		if !strings.Contains(out, `Content-Security-Policy" content="default-src 'none'`) {
			t.Errorf("%s: no Content-Security-Policy", lang)
		}
		if strings.Contains(lower, "http://") && strings.Contains(lower, "<link") {
			t.Errorf("%s: the page loads external resources", lang)
		}
	}
}

func TestPDFShowsMarkupAsText(t *testing.T) {
	var buf bytes.Buffer
	if err := report.Write(context.Background(), &buf, fixtureData(), report.Options{Format: report.PDF}, nil); err != nil {
		t.Fatal(err)
	}
	pdf := buf.Bytes()
	// Only http(s) links, no scripts or launch actions.
	for _, m := range regexp.MustCompile(`/URI \(([^)]*)\)`).FindAllSubmatch(pdf, -1) {
		if !bytes.HasPrefix(m[1], []byte("http")) {
			t.Errorf("link to %q", m[1])
		}
	}
	for _, bad := range []string{"/JavaScript", "/JS ", "/Launch"} {
		if bytes.Contains(pdf, []byte(bad)) {
			t.Errorf("the PDF contains %s", bad)
		}
	}
	text := string(pdfText(t, pdf))
	flat := strings.Join(strings.Fields(text), " ")
	for _, h := range append(hostile, "„Rekordschulden“", "500 Mrd. €", "Köln", "Mostly false", "−1,2 %") {
		if !strings.Contains(flat, strings.Join(strings.Fields(h), " ")) {
			t.Errorf("the PDF text lacks %q", h)
		}
	}
	if !regexp.MustCompile(`Page 3 of \d+`).MatchString(text) {
		t.Error("no page numbers")
	}
}

func TestNeutralizeCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{"+49 30 1234", "'+49 30 1234"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\t=cmd", "'\t=cmd"},
		{"\r=cmd", "'\r=cmd"},
		{`=HYPERLINK("http://evil.example")`, `'=HYPERLINK("http://evil.example")`},
		{"", ""},
		{"Harmless = text", "Harmless = text"},
		{"'=already", "'=already"},
		{"Größe", "Größe"},
	}
	for _, tc := range tests {
		if got := report.NeutralizeCell(tc.in); got != tc.want {
			t.Errorf("NeutralizeCell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCSVHasNoFormulaCells(t *testing.T) {
	for _, ev := range []bool{false, true} {
		out := render(t, fixtureData(), report.Options{Format: report.CSV, Evidence: ev})
		if !bytes.Contains(out, []byte("\r\n")) {
			t.Error("rows do not end in CRLF (RFC 4180)")
		}
		rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("the CSV does not parse: %v", err)
		}
		wantRows := 1 + 5
		if ev {
			wantRows = 1 + 4 + 3 // 4 links, 3 claims without evidence
		}
		if len(rows) != wantRows {
			t.Errorf("evidence=%v: %d rows, want %d", ev, len(rows), wantRows)
		}
		for i, row := range rows {
			if len(row) != len(rows[0]) {
				t.Errorf("row %d has %d cells, header %d", i, len(row), len(rows[0]))
			}
			for _, c := range row {
				if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
					t.Errorf("evidence=%v: cell %q can run as a formula", ev, c)
				}
			}
		}
	}
}

func TestClaimReview(t *testing.T) {
	full := report.Options{Format: report.ClaimReview, Org: "Faktenfuchs e.V.", ReviewURL: "https://faktenfuchs.example/c/{id}"}
	tests := []struct {
		name     string
		opts     report.Options
		reviews  int
		warnings int
		missing  string
	}{
		{"Complete", full, 4, 0, ""},
		{"NoOrganisation", report.Options{Format: report.ClaimReview, ReviewURL: full.ReviewURL}, 0, 4, "author"},
		{"NoURL", report.Options{Format: report.ClaimReview, Org: full.Org}, 0, 4, "url"},
		{"UnsafeURL", report.Options{Format: report.ClaimReview, Org: full.Org, ReviewURL: "javascript:alert(1)//{id}"}, 0, 4, "url"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var warns []report.Warning
			tc.opts.Warn = func(w report.Warning) { warns = append(warns, w) }
			var out []map[string]any
			if err := json.Unmarshal(render(t, fixtureData(), tc.opts), &out); err != nil {
				t.Fatal(err)
			}
			if len(out) != tc.reviews || len(warns) != tc.warnings {
				t.Fatalf("%d reviews, %d warnings; want %d and %d", len(out), len(warns), tc.reviews, tc.warnings)
			}
			for _, w := range warns {
				if !strings.Contains(w.String(), "missing "+tc.missing) {
					t.Errorf("warning %q does not name %q", w, tc.missing)
				}
			}
			for _, r := range out {
				for _, k := range []string{"@context", "@type", "url", "datePublished", "author", "claimReviewed", "itemReviewed", "reviewRating"} {
					if r[k] == nil || r[k] == "" {
						t.Errorf("review %v lacks %s", r["identifier"], k)
					}
				}
			}
		})
	}
	var out []struct {
		Identifier   string
		ReviewRating struct {
			RatingValue, BestRating, WorstRating *int
			AlternateName                        string
		}
	}
	if err := json.Unmarshal(render(t, fixtureData(), full), &out); err != nil {
		t.Fatal(err)
	}
	r := out[0].ReviewRating
	if out[0].Identifier[:2] != "c1" || r.RatingValue == nil || *r.RatingValue != 3 || *r.BestRating != 6 || *r.WorstRating != 1 || r.AlternateName != "Mostly false" {
		t.Errorf("first review %+v: want c1 rated 3 of 1..6, Mostly false", out[0])
	}
}

func TestWriteStopsWhenCancelled(t *testing.T) {
	data := benchData(300)
	for _, f := range report.Formats {
		t.Run(string(f), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			calls, last := 0, 0
			progress := func(done, total int) {
				calls++
				if done < last || total != 300 {
					t.Errorf("progress %d/%d after %d", done, total, last)
				}
				last = done
				if done >= 150 {
					cancel()
				}
			}
			err := report.Write(ctx, &bytes.Buffer{}, data, report.Options{Format: f}, progress)
			if f == report.JSON {
				// One step: it finishes, then reports.
				if calls == 0 {
					t.Error("no progress")
				}
				return
			}
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("got %v after %d progress calls, want context.Canceled", err, calls)
			}
			if last > 160 {
				t.Errorf("went on to %d after cancel", last)
			}
		})
	}
}
