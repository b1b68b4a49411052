package main

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
)

// The PDF rows of the hostile-input table (issue 10, "Slow or wrong on big
// or unusual text").

func pdfLongURL(t *testing.T, h *hostileEnv) {
	tail := "-ende-der-adresse"
	url := "https://verband.example/zubau?q=" + strings.Repeat("0123456789", 6000) + tail
	claim := mustID(t, h.db, "claim", "add", "--article", h.article, "--text", testClaim)
	src := mustID(t, h.db, "source", "add", "--url", url)
	mustRun(t, h.db, "evidence", "add", "--claim", claim, "--source", src, "--stance", "refutes")
	r, pdf := exportPDF(t, h)
	if r.stderr != "" {
		t.Errorf("warnings for a URL the font can draw: %q", r.stderr)
	}
	// The link holds the whole URL once; before, every wrapped line of the
	// URL (345 of them) held a copy: 41 MB.
	if n := bytes.Count(pdf, []byte("0123456789"+tail)); n != 1 || len(pdf) > 1<<20 {
		t.Errorf("the PDF has %d bytes and holds the URL %d times, want it once", len(pdf), n)
	}
	if text := pdfStrings(t, pdf); !strings.Contains(text, "https://verband.example/zubau?q=0123") || !strings.Contains(text, "…") {
		t.Errorf("the URL is not shown, shortened: %q", clipped(text))
	}
}

func pdfEmoji(t *testing.T, h *hostileEnv) {
	id := mustID(t, h.db, "claim", "add", "--article", h.article, "--text", "Der Minister 😀 sagte, 412 Windräder stehen.")
	plain := mustID(t, h.db, "claim", "add", "--article", h.article, "--text", testClaim)
	r, pdf := exportPDF(t, h)
	if strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "warning: claim "+id) || strings.Contains(r.stderr, plain) {
		t.Errorf("stderr %q; want one warning naming claim %s", r.stderr, id)
	}
	text := pdfStrings(t, pdf)
	if !strings.Contains(text, "Minister [?] sagte") || strings.Contains(text, "😀") {
		t.Errorf("the emoji is not shown as [?]: %q", clipped(text))
	}
}

func pdfUnsupportedScripts(t *testing.T, h *hostileEnv) {
	texts := map[string]string{ // written for this test
		"Chinese":  "部长说去年新建了412座风力发电机。",
		"Japanese": "大臣は昨年412基の風車が稼働したと述べた。",
		"Korean":   "장관은 작년에 풍력발전기 412기가 가동됐다고 말했다.",
		"Arabic":   "قال الوزير إن 412 توربينة رياح بدأت العمل.",
		"Hebrew":   "השר אמר כי 412 טורבינות רוח חוברו לרשת.",
	}
	ids := map[string]string{}
	for script, s := range texts {
		ids[script] = mustID(t, h.db, "claim", "add", "--article", h.article, "--text", s)
	}
	r, pdf := exportPDF(t, h)
	if strings.Count(r.stderr, "\n") != len(texts) {
		t.Errorf("stderr %q; want one warning per claim", r.stderr)
	}
	text := pdfStrings(t, pdf)
	for script, s := range texts {
		if !strings.Contains(r.stderr, "warning: claim "+ids[script]) {
			t.Errorf("%s: no warning names claim %s: %q", script, ids[script], r.stderr)
		}
		first, _, _ := strings.Cut(s, " ")
		if strings.Contains(text, string([]rune(first)[:2])) {
			t.Errorf("%s: drawn as it is (empty boxes or reversed letters), not as [?]", script)
		}
	}
	if n := strings.Count(text, "[?] 412"); n < 2 {
		t.Errorf("the marker stands %d times before 412, want at least in the Arabic and Hebrew claims: %q", n, clipped(text))
	}
}

// exportPDF exports the env's database as PDF and returns what claimctl
// printed and the file; the export must succeed.
func exportPDF(t *testing.T, h *hostileEnv) (result, []byte) {
	t.Helper()
	out := h.path("bericht.pdf")
	r := claimctl(t, h.db, "export", "--format", "pdf", "--out", out)
	if r.code != 0 {
		t.Fatalf("export: exit %d, stderr %q", r.code, r.stderr)
	}
	return r, mustRead(t, out)
}

var pdfStream = regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`)
var pdfString = regexp.MustCompile(`\(((?:\\.|[^\\)])*)\)\s*Tj`)

// pdfStrings returns the text the PDF's pages draw (the strings of Tj
// operators in its compressed content streams, whose two-byte codes the
// PDF writer makes the UTF-16 code units of the text), one line each.
func pdfStrings(t *testing.T, pdf []byte) string {
	t.Helper()
	var b strings.Builder
	for _, m := range pdfStream.FindAllSubmatch(pdf, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue // not compressed content (fonts are, too, but hold no Tj)
		}
		content, err := io.ReadAll(zr)
		if err != nil {
			continue
		}
		for _, s := range pdfString.FindAllSubmatch(content, -1) {
			b.WriteString(utf16String(pdfUnescape(s[1])))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// pdfUnescape undoes the escapes of a PDF string: \\, \(, \) and \r.
func pdfUnescape(s []byte) []byte {
	var out []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'r' {
				out = append(out, '\r')
				continue
			}
		}
		out = append(out, s[i])
	}
	return out
}

func utf16String(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(u))
}
