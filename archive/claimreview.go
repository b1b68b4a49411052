package archive

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"claimdesk/claims"

	xhtml "golang.org/x/net/html"
)

// maxDepth bounds how deep JSON-LD nesting is followed.
const maxDepth = 32

// parseJSONLD reads ClaimReview objects from JSON-LD, or from the
// application/ld+json script blocks of an HTML page.
func parseJSONLD(imp *claims.ArchiveImport, data []byte) error {
	t := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(t) > 0 && t[0] == '<' {
		blocks := scriptBlocks(data)
		if len(blocks) == 0 {
			return claims.Errorf(claims.EINVALID, "The page holds no <script type=\"application/ld+json\"> block; save the fact-check page as HTML, or export its ClaimReview JSON-LD.")
		}
		for i, b := range blocks {
			readJSONLD(imp, b, claims.Phrasef("script block %d", i+1))
		}
		return nil
	}
	var v any
	if err := json.Unmarshal(t, &v); err != nil {
		return claims.Errorf(claims.EINVALID, "The file is not valid JSON: %v.", err)
	}
	n := len(imp.Malformed)
	walk(imp, v, claims.Phrase{}, new(int), 0)
	if len(imp.Records) == 0 && len(imp.Malformed) == n {
		return claims.Errorf(claims.EINVALID, "The JSON holds no ClaimReview object (schema.org).")
	}
	return nil
}

// readJSONLD reads one script block; a block that is not JSON is malformed.
func readJSONLD(imp *claims.ArchiveImport, b []byte, block claims.Phrase) {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		imp.Malformed = append(imp.Malformed, claims.NewMalformed(block, claims.Phrasef("not valid JSON: %s", err.Error())))
		return
	}
	walk(imp, v, block, new(int), 0)
}

// recordPlace names the n-th ClaimReview object of a file, or of a page's
// script block (block is the zero Phrase for a JSON file).
func recordPlace(block claims.Phrase, n int) claims.Phrase {
	if block.Format == "" {
		return claims.Phrasef("record %d", n)
	}
	return claims.Phrasef("%s, record %d", block, n)
}

// scriptBlocks returns the contents of the page's JSON-LD script blocks.
func scriptBlocks(page []byte) [][]byte {
	z := xhtml.NewTokenizer(bytes.NewReader(page))
	var out [][]byte
	inLD := false
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return out
		case xhtml.StartTagToken:
			name, attr := z.TagName()
			inLD = false
			for attr && string(name) == "script" {
				var k, v []byte
				k, v, attr = z.TagAttr()
				if string(k) == "type" && strings.EqualFold(strings.TrimSpace(string(v)), "application/ld+json") {
					inLD = true
				}
			}
		case xhtml.TextToken:
			if inLD {
				out = append(out, append([]byte(nil), z.Text()...))
			}
		case xhtml.EndTagToken:
			inLD = false
		}
	}
}

// walk finds ClaimReview objects in v: the value itself, array items,
// @graph members, and objects nested in other properties; block names the
// script block v came from (recordPlace).
func walk(imp *claims.ArchiveImport, v any, block claims.Phrase, n *int, depth int) {
	if depth > maxDepth {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, it := range x {
			walk(imp, it, block, n, depth+1)
		}
	case map[string]any:
		if hasType(x, "ClaimReview") {
			*n++
			r, why := claimReview(x)
			if why.Format != "" {
				imp.Malformed = append(imp.Malformed, claims.NewMalformed(recordPlace(block, *n), why))
			} else {
				imp.Records = append(imp.Records, r)
			}
			return
		}
		if g, ok := x["@graph"]; ok {
			walk(imp, g, block, n, depth+1)
			return
		}
		for _, k := range []string{"mainEntity", "hasPart", "itemListElement", "item", "review"} {
			if c, ok := x[k]; ok {
				walk(imp, c, block, n, depth+1)
			}
		}
	}
}

// hasType reports whether o's @type is (or lists) typ.
func hasType(o map[string]any, typ string) bool {
	switch t := o["@type"].(type) {
	case string:
		return strings.EqualFold(strings.TrimPrefix(t, "schema:"), typ) || strings.HasSuffix(t, "/"+typ)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && hasType(map[string]any{"@type": s}, typ) {
				return true
			}
		}
	}
	return false
}

// claimReview turns one ClaimReview object into a record, or says why not.
func claimReview(o map[string]any) (*claims.ArchiveRecord, claims.Phrase) {
	text, ok := str(o["claimReviewed"])
	if !ok {
		return nil, claims.Phrasef("claimReviewed is not text")
	}
	item, _ := o["itemReviewed"].(map[string]any)
	r := &claims.ArchiveRecord{
		Text:      Plain(text),
		Title:     Plain(first(o, "name", "headline")),
		Verdict:   verdict(o["reviewRating"]),
		Claimant:  Plain(name(item["author"])),
		URL:       strings.TrimSpace(first(o, "url", "@id")),
		Publisher: Plain(name(o["author"])),
		Language:  langOf(o["inLanguage"]),
	}
	if r.Publisher == "" {
		r.Publisher = Plain(name(o["publisher"]))
	}
	if d := first(item, "datePublished", "dateCreated"); d != "" {
		r.ClaimDate = ParseDate(d)
	} else {
		r.ClaimDate = ParseDate(first(o, "datePublished"))
	}
	if why := check(r); why.Format != "" {
		return nil, why
	}
	return r, claims.Phrase{}
}

// str returns v as text: a string, or a number written out.
func str(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), true
	}
	return "", false
}

// first returns the first of o's keys holding text.
func first(o map[string]any, keys ...string) string {
	for _, k := range keys {
		if s, ok := str(o[k]); ok && strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// name returns the name of a Person or Organization given as an object, a
// string or a list of either (names joined by commas).
func name(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return first(x, "name", "alternateName")
	case []any:
		var parts []string
		for _, e := range x {
			if s := name(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

// verdict returns the textual rating (alternateName, name), else the
// numeric rating written as "2 of 1–5"; "" when there is none. Ratings
// unknown to Claimdesk are kept as the publisher wrote them.
func verdict(v any) string {
	if l, ok := v.([]any); ok && len(l) > 0 {
		v = l[0]
	}
	o, ok := v.(map[string]any)
	if !ok {
		s, _ := v.(string)
		return Plain(s)
	}
	if s := first(o, "alternateName", "name", "ratingExplanation"); s != "" {
		return Plain(s)
	}
	val, ok := str(o["ratingValue"])
	if !ok || val == "" {
		return ""
	}
	worst, _ := str(o["worstRating"])
	best, _ := str(o["bestRating"])
	if worst != "" && best != "" {
		return Plain(fmt.Sprintf("%s of %s–%s", val, worst, best))
	}
	return Plain(val)
}

// langOf reads inLanguage ("de", "en-US", {"name": "German"}).
func langOf(v any) string {
	s := strings.ToLower(name(v))
	switch {
	case strings.HasPrefix(s, "de"), s == "german", s == "deutsch":
		return "de"
	case strings.HasPrefix(s, "en"):
		return "en"
	}
	return ""
}
