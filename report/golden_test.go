package report_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"claimdesk/report"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenCases are the formats and options compared with golden files.
var goldenCases = []struct {
	name string
	opts report.Options
}{
	{"report.en.html", report.Options{Format: report.HTML, Lang: "en", Org: "Faktenfuchs e.V.", History: true}},
	{"report.de.html", report.Options{Format: report.HTML, Lang: "de"}},
	{"report.en.pdf.txt", report.Options{Format: report.PDF, Lang: "en", Org: "Faktenfuchs e.V."}},
	{"report.de.pdf.txt", report.Options{Format: report.PDF, Lang: "de", History: true, Location: berlin}},
	{"report.en.md", report.Options{Format: report.Markdown, Lang: "en"}},
	{"report.de.md", report.Options{Format: report.Markdown, Lang: "de", Org: "Faktenfuchs e.V.", History: true, Location: berlin}},
	{"claims.en.csv", report.Options{Format: report.CSV, Lang: "en"}},
	{"evidence.de.csv", report.Options{Format: report.CSV, Lang: "de", Evidence: true}},
	{"export.json", report.Options{Format: report.JSON}},
	{"claimreview.en.jsonld", report.Options{Format: report.ClaimReview, Lang: "en", Org: "Faktenfuchs e.V.",
		OrgURL: "https://faktenfuchs.example", ReviewURL: "https://faktenfuchs.example/checks/{id}"}},
	{"claimreview.de.jsonld", report.Options{Format: report.ClaimReview, Lang: "de", Org: "Faktenfuchs e.V.",
		ReviewURL: "https://faktenfuchs.example/faktencheck"}},
}

// berlin is the zone of the German golden files: dates in local time.
var berlin = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err) // the time/tzdata import below embeds the zone database
	}
	return loc
}()

// render writes data in opts and returns the bytes; a PDF is returned as
// its extracted text.
func render(t testing.TB, data *report.Data, opts report.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Write(context.Background(), &buf, data, opts, nil); err != nil {
		t.Fatalf("Write %s: %v", opts.Format, err)
	}
	if opts.Format == report.PDF {
		return pdfText(t, buf.Bytes())
	}
	return buf.Bytes()
}

// pdfText extracts the text of a PDF with pdftotext (poppler-utils); the
// test is skipped when the tool is missing.
func pdfText(t testing.TB, pdf []byte) []byte {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; cannot check the PDF text")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", "-layout", in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return out
}

// checkGolden compares got with testdata/golden/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -run Golden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs from the golden file at line %d:\n got: %q\nwant: %q\n(run with -update if the change is intended)", name, i+1, g, w)
			}
		}
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			checkGolden(t, tc.name, render(t, fixtureData(), tc.opts))
		})
	}
}
