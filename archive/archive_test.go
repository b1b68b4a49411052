package archive

import (
	"strings"
	"testing"
)

const reviewJSON = `{"@context":"https://schema.org","@type":"ClaimReview",
 "url":"https://checks.example/a","claimReviewed":"Unemployment fell to 3 percent in 2019.",
 "name":"Jobs claim","datePublished":"2020-01-05",
 "author":{"@type":"Organization","name":"Example Checks"},
 "reviewRating":{"@type":"Rating","ratingValue":2,"bestRating":5,"worstRating":1,"alternateName":"Mostly False"},
 "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Jane Roe"},"datePublished":"2019-12-30"}}`

func TestParseForms(t *testing.T) {
	page := `<html><head><script type="application/ld+json">` + reviewJSON + `</script>
<script>var x = 1;</script><script type="application/ld+json">{"@type":"WebPage"}</script></head><body>x</body></html>`
	for name, data := range map[string]string{
		"object": reviewJSON,
		"array":  "[" + reviewJSON + "]",
		"graph":  `{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},` + reviewJSON + `]}`,
		"html":   page,
		"list":   `{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":` + reviewJSON + `}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			imp, err := Parse("", "checks.json", []byte(data))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(imp.Records) != 1 || len(imp.Malformed) != 0 {
				t.Fatalf("%d records, %d malformed (%v), want 1 and 0", len(imp.Records), len(imp.Malformed), imp.Malformed)
			}
			r := imp.Records[0]
			if r.Text != "Unemployment fell to 3 percent in 2019." || r.Verdict != "Mostly False" ||
				r.Claimant != "Jane Roe" || r.Publisher != "Example Checks" || r.URL != "https://checks.example/a" ||
				r.Key != r.URL || r.ClaimDate.Format("2006-01-02") != "2019-12-30" || r.Title != "Jobs claim" ||
				r.Language != "en" {
				t.Fatalf("record = %+v", r)
			}
			if imp.Name != "checks" || imp.Publisher != "Example Checks" || len(imp.SHA256) != 64 {
				t.Fatalf("import = %+v", imp)
			}
		})
	}
}

// TestParseHostile is the hostile-input table for ClaimReview files: each
// case either fails with a message or names the bad record, never more.
func TestParseHostile(t *testing.T) {
	huge := strings.Repeat("x", MaxTextLen+1)
	good := reviewJSON
	for _, c := range []struct {
		name      string
		data      string
		wantErr   string // substring of the error; "" means no error
		records   int
		malformed int
	}{
		{"bad JSON", `{"@type":"ClaimReview",`, "not valid JSON", 0, 0},
		{"no ClaimReview", `{"@type":"WebPage"}`, "no ClaimReview", 0, 0},
		{"claimReviewed a number array", `[` + good + `,{"@type":"ClaimReview","claimReviewed":[1,2]}]`, "", 1, 1},
		{"claimReviewed an object", `{"@type":"ClaimReview","claimReviewed":{"a":1}}`, "no fact-check", 0, 1},
		{"empty text", `[` + good + `,{"@type":"ClaimReview","claimReviewed":"  "}]`, "", 1, 1},
		{"huge field", `[` + good + `,{"@type":"ClaimReview","claimReviewed":"` + huge + `"}]`, "", 1, 1},
		{"huge verdict", `[` + good + `,{"@type":"ClaimReview","claimReviewed":"a","reviewRating":{"alternateName":"` +
			strings.Repeat("y", MaxFieldLen+1) + `"}}]`, "", 1, 1},
		{"wrong types elsewhere", `{"@type":["ClaimReview"],"claimReviewed":"a b","author":42,"reviewRating":"False",
			"itemReviewed":"nope","url":7}`, "", 1, 0},
		{"deep nesting", strings.Repeat(`{"@graph":[`, 100) + good + strings.Repeat(`]}`, 100), "no ClaimReview", 0, 0},
		{"html without blocks", `<html><body>hi</body></html>`, "no <script", 0, 0},
		{"html bad block", `<html><script type="application/ld+json">{oops</script><script type="application/ld+json">` +
			good + `</script></html>`, "", 1, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			imp, err := Parse("x", "x.json", []byte(c.data))
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(imp.Records) != c.records || len(imp.Malformed) != c.malformed {
				t.Fatalf("%d records, %d malformed %v; want %d, %d", len(imp.Records), len(imp.Malformed),
					imp.Malformed, c.records, c.malformed)
			}
			for _, m := range imp.Malformed {
				if m.Where == "" || m.Why == "" {
					t.Fatalf("malformed %+v does not say where and why", m)
				}
			}
		})
	}
}

func TestScriptInFieldsAndUnknownRating(t *testing.T) {
	data := `{"@type":"ClaimReview","claimReviewed":"<script>alert(1)</script>Taxes <b>rose</b> &amp; fell\u0007",
	 "reviewRating":{"alternateName":"Four Pinocchios <img src=x onerror=alert(1)>"},"author":{"name":"<i>X</i>"}}`
	imp, err := Parse("x", "x.json", []byte(data))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	r := imp.Records[0]
	if r.Text != "Taxes rose & fell" || r.Verdict != "Four Pinocchios" || r.Publisher != "X" {
		t.Fatalf("record = %+v, want markup and scripts removed, unknown rating kept", r)
	}
	if !strings.HasPrefix(r.Key, "sha256:") {
		t.Fatalf("key = %q, want a content hash without URL", r.Key)
	}
	numeric := `{"@type":"ClaimReview","claimReviewed":"a","reviewRating":{"ratingValue":"2","worstRating":1,"bestRating":"5"}}`
	imp, err = Parse("x", "x.json", []byte(numeric))
	if err != nil || imp.Records[0].Verdict != "2 of 1–5" {
		t.Fatalf("numeric rating = %+v, %v", imp, err)
	}
}

func TestParseTable(t *testing.T) {
	tsv := "cid\ttext\ttitle\tverdict\tspeaker\tdate\turl\n" +
		"c1\tThe deficit doubled since 2016.\tDeficit\tfalse\tJohn Doe\tstated on October 22, 2019 in a mailer.:\t/f/1\n" +
		"c2\tshort row\n" +
		"c3\t\tEmpty\ttrue\tX\t\t/f/3\n" +
		"c4\tDie Steuern sind um 5 Prozent gestiegen.\t\tfalsch\t\t2020-02-01\t\n"
	imp, err := Parse("", "politics.tsv", []byte(tsv))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(imp.Records) != 2 || len(imp.Malformed) != 2 {
		t.Fatalf("%d records, malformed %v; want 2 and lines 3, 4", len(imp.Records), imp.Malformed)
	}
	if imp.Malformed[0].Where != "line 3" || imp.Malformed[1].Where != "line 4" {
		t.Fatalf("malformed = %v", imp.Malformed)
	}
	r := imp.Records[0]
	if r.Key != "c1" || r.Claimant != "John Doe" || r.ClaimDate.Format("2006-01-02") != "2019-10-22" || r.URL != "/f/1" {
		t.Fatalf("record = %+v", r)
	}
	if imp.Records[1].Language != "de" || imp.Records[0].Language != "en" {
		t.Fatalf("languages = %q, %q", imp.Records[1].Language, imp.Records[0].Language)
	}
	csvData := "text,verdict,url\n\"Quoted, with comma\",false,https://x/1\n"
	imp, err = Parse("", "a.csv", []byte(csvData))
	if err != nil || len(imp.Records) != 1 || imp.Records[0].Text != "Quoted, with comma" {
		t.Fatalf("csv = %+v, %v", imp, err)
	}
	if _, err := Parse("", "a.csv", []byte("a,b\n1,2\n")); err == nil {
		t.Fatal("a table without text column was accepted")
	}
}

// TestParseNotText checks that a file that is no text is refused as such,
// not read as a table without a text column, while a table saved as
// Windows-1252 is read with its umlauts and typographic quotes.
func TestParseNotText(t *testing.T) {
	controls := "text\n" + strings.Repeat("\x00\x01\x02\x03ab", 40)
	for _, c := range []struct {
		name, data, want string
	}{
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"},
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "looks like a binary file"},
		{"sqlite", "SQLite format 3\x00\x10\x00", "looks like a binary file"},
		{"controls", controls, "looks like a binary file"},
		{"utf16", "\xff\xfet\x00e\x00x\x00t\x00\n\x00", "is UTF-16 text"},
		{"no text column", "a,b\n1,2\n", "no text column"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("", "f.csv", []byte(c.data))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %v, want one containing %q", err, c.want)
			}
		})
	}
	imp, err := Parse("", "latin1.csv", []byte("text,verdict\nGr\xf6\xdfe Zahl \x96 \x84gut\x93,falsch\n"))
	if err != nil || len(imp.Records) != 1 || imp.Records[0].Text != "Größe Zahl – „gut“" {
		t.Fatalf("Windows-1252 table: %+v, %v; want one record read as Windows-1252", imp, err)
	}
}

// TestAddressKeptAsWritten checks that a table's address is not read as
// HTML ("&para=2" once became "¶=2") and that a record whose address holds
// a space or a control character is named malformed, in a table and in
// ClaimReview, while the file's other records are read.
func TestAddressKeptAsWritten(t *testing.T) {
	tsv := "text\turl\nRents rose.\thttps://x.example/q?id=5&para=2&copy=1\nTaxes fell.\thttps://x.example/a b\n"
	imp, err := Parse("", "t.tsv", []byte(tsv))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(imp.Records) != 1 || imp.Records[0].URL != "https://x.example/q?id=5&para=2&copy=1" {
		t.Fatalf("records = %+v, want one with its address as written", imp.Records)
	}
	if len(imp.Malformed) != 1 || !strings.Contains(imp.Malformed[0].Why, "address") {
		t.Fatalf("malformed = %v, want line 3 for its address", imp.Malformed)
	}
	js := `[` + reviewJSON + `,{"@type":"ClaimReview","claimReviewed":"a","url":"https://x.example/a\u0007b"}]`
	imp, err = Parse("", "c.json", []byte(js))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(imp.Records) != 1 || len(imp.Malformed) != 1 || !strings.Contains(imp.Malformed[0].Why, "address") {
		t.Fatalf("%d records, malformed %v; want 1 and the record with a control character", len(imp.Records), imp.Malformed)
	}
}

// TestParseSemicolonTable checks that a CSV separated by semicolons, as a
// German spreadsheet program saves it, is read by its header, with a comma
// inside a field and a quoted semicolon kept.
func TestParseSemicolonTable(t *testing.T) {
	data := "Text;Verdict;URL\nDie Quote fiel auf 3,1 Prozent.;falsch;https://x.example/1\n\"Erst; dann\";richtig;\n"
	imp, err := Parse("", "de.csv", []byte(data))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(imp.Records) != 2 || imp.Records[0].Text != "Die Quote fiel auf 3,1 Prozent." ||
		imp.Records[0].Verdict != "falsch" || imp.Records[1].Text != "Erst; dann" {
		t.Fatalf("records = %+v, malformed %v", imp.Records, imp.Malformed)
	}
}
