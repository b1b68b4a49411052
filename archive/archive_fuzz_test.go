package archive

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"claimdesk/claims"
	"claimdesk/report"
)

// fuzzSeeds are one file of each form Parse reads, and a few broken ones.
func fuzzSeeds(f *testing.F) [][]byte {
	page := `<html><head><script type="application/ld+json">` + reviewJSON + `</script></head><body>x</body></html>`
	seeds := []string{
		reviewJSON,
		"[" + reviewJSON + "," + reviewJSON + "]",
		`{"@graph":[{"@type":"WebPage"},` + reviewJSON + `]}`,
		page,
		"text\tverdict\turl\tdate\nThe deficit doubled.\tfalse\thttps://x.example/1?a=1&para=2\t2019-10-22\n",
		"text,verdict,url,claimant\n\"Quoted, with comma\",false,https://x/1,<b>Jane</b>\n",
		"text\n\x00\x01\x02",
		"\xff\xfet\x00",
		"PK\x03\x04garbage",
		`{"@type":"ClaimReview","claimReviewed":"a","url":"https://x.example/a\u0007\nb"}`,
	}
	out := make([][]byte, 0, len(seeds)+1)
	for _, s := range seeds {
		out = append(out, []byte(s))
	}
	return append(out, fuzzBundle(f))
}

// fuzzBundle is a small valid Claimdesk bundle with one claim with a verdict.
func fuzzBundle(f *testing.F) []byte {
	at := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	ds := &claims.Dataset{
		Version:  claims.DatasetVersion,
		Articles: []*claims.Article{{ID: "a1", Title: "Rents", URL: "https://news.example/rents", Language: "de", ImportedAt: at, UpdatedAt: at}},
		Claims: []*claims.Claim{{ID: "c1", ArticleID: "a1", Text: "Die Mieten stiegen um 40 Prozent.",
			Status: claims.StatusPublished, Conclusion: "Falsch", CreatedAt: at, UpdatedAt: at}},
	}
	var buf bytes.Buffer
	if err := report.WriteBundle(context.Background(), &buf, report.FromDataset(ds, report.Scope{}, at), noSnapshots{}, nil); err != nil {
		f.Fatalf("WriteBundle: %v", err)
	}
	return buf.Bytes()
}

// FuzzParse checks what Parse promises for any file: it never panics, it
// refuses with an EINVALID error or returns at least one record, every
// record it returns can be stored (claims.ArchiveRecord.Validate) and holds
// bounded one-line plain text, every malformed record says where and why,
// and the same bytes give the same result.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		imp, err := Parse("", "fuzz.txt", data)
		if err != nil {
			if claims.ErrorCode(err) != claims.EINVALID {
				t.Fatalf("error without EINVALID: %v", err)
			}
			return
		}
		if len(imp.Records) == 0 {
			t.Fatal("no error and no record")
		}
		for i, r := range imp.Records {
			if why := recordFault(r); why != "" {
				t.Fatalf("record %d %+v: %s", i, r, why)
			}
		}
		for _, m := range imp.Malformed {
			if m.Where == "" || m.Why == "" {
				t.Fatalf("malformed %+v does not say where and why", m)
			}
		}
		again, err := Parse("", "fuzz.txt", data)
		if err != nil || len(again.Records) != len(imp.Records) || len(again.Malformed) != len(imp.Malformed) {
			t.Fatalf("the same bytes parsed twice differ: %d/%d records, error %v", len(again.Records), len(imp.Records), err)
		}
	})
}

// recordFault says what is wrong with a parsed record, or "".
func recordFault(r *claims.ArchiveRecord) string {
	if err := r.Validate(); err != nil {
		return "not storable: " + err.Error()
	}
	if utf8.RuneCountInString(r.Text) > MaxTextLen {
		return "text too long"
	}
	for _, s := range []string{r.Text, r.Title, r.Verdict, r.Claimant, r.Publisher, r.Key, r.URL} {
		switch {
		case utf8.RuneCountInString(s) > MaxFieldLen && s != r.Text:
			return "field too long"
		case !utf8.ValidString(s):
			return "field not UTF-8"
		case strings.IndexFunc(s, unicode.IsControl) >= 0:
			return "control character in a field"
		case s != strings.TrimSpace(s):
			return "space around a field"
		}
	}
	if strings.IndexFunc(r.URL, unicode.IsSpace) >= 0 {
		return "space inside the address"
	}
	if r.Language != "" && r.Language != "de" && r.Language != "en" {
		return "language " + r.Language
	}
	return ""
}
