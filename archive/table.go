package archive

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"unicode/utf8"

	"claimdesk/claims"
	"golang.org/x/text/encoding/charmap"
)

// columns maps header names (lower case) to record fields; the first
// header found for a field wins.
var columns = map[string]string{
	"text": "text", "claim": "text", "claimreviewed": "text", "claim_text": "text", "vclaim": "text",
	"title": "title", "headline": "title",
	"verdict": "verdict", "rating": "verdict", "label": "verdict", "textualrating": "verdict",
	"claimant": "claimant", "speaker": "claimant",
	"date": "date", "claim_date": "date",
	"url": "url", "link": "url",
	"id": "key", "cid": "key", "vclaim_id": "key",
	"publisher": "publisher",
	"language":  "language", "lang": "language",
}

// parseTable reads a TSV (tab-separated, no quoting) or a CSV file (commas
// or semicolons: separator) whose header names its columns; a text column
// is required. A file that is not UTF-8 is read as Windows-1252
// (fromWindows1252).
func parseTable(imp *claims.ArchiveImport, data []byte) error {
	data = fromWindows1252(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	head, _, _ := bytes.Cut(data, []byte("\n"))
	rows, err := tableRows(data, separator(head))
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return claims.Errorf(claims.EINVALID, "The file is empty.")
	}
	idx := map[string]int{}
	for i, h := range rows[0] {
		if f, ok := columns[strings.ToLower(strings.TrimSpace(h))]; ok {
			if _, dup := idx[f]; !dup {
				idx[f] = i
			}
		}
	}
	if _, ok := idx["text"]; !ok {
		return claims.Errorf(claims.EINVALID, "The table has no text column; its first line must name the columns (text, title, verdict, claimant, date, url).")
	}
	for n, row := range rows[1:] {
		where := claims.Phrasef("line %d", n+2)
		if len(row) == 1 && strings.TrimSpace(row[0]) == "" {
			continue
		}
		if len(row) != len(rows[0]) {
			imp.Malformed = append(imp.Malformed, claims.NewMalformed(where,
				claims.Phrasef("%d columns, the header has %d", len(row), len(rows[0]))))
			continue
		}
		r := tableRecord(row, idx)
		if why := check(r); why.Format != "" {
			imp.Malformed = append(imp.Malformed, claims.NewMalformed(where, why))
			continue
		}
		imp.Records = append(imp.Records, r)
	}
	return nil
}

// separator tells the columns' separator from the header line: a tab
// (TSV), else a semicolon when the header has more of them than commas
// (the CSV that spreadsheet programs save where the comma is the decimal
// mark, as in German), else a comma.
func separator(head []byte) rune {
	switch {
	case bytes.Contains(head, []byte("\t")):
		return '\t'
	case bytes.Count(head, []byte(";")) > bytes.Count(head, []byte(",")):
		return ';'
	}
	return ','
}

// tableRows splits data into rows: on tabs without quoting, or as CSV with
// the separator sep.
func tableRows(data []byte, sep rune) ([][]string, error) {
	if sep == '\t' {
		lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
		if lines[len(lines)-1] == "" {
			lines = lines[:len(lines)-1]
		}
		out := make([][]string, len(lines))
		for i, l := range lines {
			out[i] = strings.Split(l, "\t")
		}
		return out, nil
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	var out [][]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, claims.Errorf(claims.EINVALID, "The file is neither TSV nor valid CSV: %v.", err)
		}
		out = append(out, rec)
	}
}

// fromWindows1252 returns data as UTF-8: unchanged when it is UTF-8
// already, else decoded as Windows-1252, the encoding in which spreadsheet
// programs on German and English Windows save "CSV" and "text" files
// (a superset of ISO-8859-1). Before, such a file lost every byte that was
// not ASCII ("Größe" became "Gre").
func fromWindows1252(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}

// tableRecord builds a record from a row.
func tableRecord(row []string, idx map[string]int) *claims.ArchiveRecord {
	raw := func(f string) string {
		if i, ok := idx[f]; ok {
			return row[i]
		}
		return ""
	}
	get := func(f string) string { return Plain(raw(f)) }
	r := &claims.ArchiveRecord{Text: get("text"), Title: get("title"), Verdict: get("verdict"),
		Claimant: get("claimant"), URL: strings.TrimSpace(raw("url")), Publisher: get("publisher"), Key: get("key"),
		ClaimDate: ParseDate(get("date"))}
	switch l := strings.ToLower(get("language")); {
	case strings.HasPrefix(l, "de"):
		r.Language = "de"
	case strings.HasPrefix(l, "en"):
		r.Language = "en"
	}
	return r
}
