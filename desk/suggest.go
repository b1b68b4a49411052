package desk

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdesk/claims"
	"claimdesk/claims/extract"
)

// Suggestions returns the indices of the units scoring at least threshold,
// best first (text order on equal scores): the suggested claims, in the
// order the reader lists them and "claimctl article suggest" numbers
// them.
func Suggestions(units []extract.Unit, threshold float64) []int {
	var out []int
	for i, u := range units {
		if u.Score >= threshold && strings.TrimSpace(u.Text) != "" {
			out = append(out, i)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return units[out[a]].Score > units[out[b]].Score })
	return out
}

// UnitSpan is the byte span of the unit without surrounding white space:
// where the claim accepted from it is anchored.
func UnitSpan(u extract.Unit) (start, end int) {
	start, end = u.Start, u.End
	t := u.Text
	for len(t) > 0 {
		r, n := utf8.DecodeRuneInString(t)
		if !unicode.IsSpace(r) {
			break
		}
		t, start = t[n:], start+n
	}
	for len(t) > 0 {
		r, n := utf8.DecodeLastRuneInString(t)
		if !unicode.IsSpace(r) {
			break
		}
		t, end = t[:len(t)-n], end-n
	}
	return start, end
}

// ClaimTextIn is the passage body[start:end] as claim text: read inside
// the whole article as the extractor reads text copied from a print layout
// (extract.PrintSpan: a word cut at a line end whole, as the article
// writes it elsewhere — "long-⏎term" as "long-term" —, no soft hyphens,
// ligatures written out, a page's number and running head inside the
// sentence left out), without surrounding white space and with inner line
// breaks as single spaces.
func ClaimTextIn(body string, start, end int) string {
	return strings.Join(strings.Fields(extract.PrintSpan(body, start, end)), " ")
}

// UnitText is unit u's text as the reader shows it and as the claim made
// from it reads: as the extractor read it (extract.Unit.ReadText: text
// copied from a print layout read clean inside the whole article), without
// surrounding white space and with inner line breaks as single spaces.
func UnitText(u extract.Unit) string {
	return strings.Join(strings.Fields(u.ReadText()), " ")
}

// AnchorClaim anchors c on body[start:end] and, when c has no text yet,
// takes its text from there (ClaimTextIn); the anchor keeps the article's
// own offsets and words.
// Errors: EINVALID (the span is not a passage of body).
func AnchorClaim(c *claims.Claim, body string, start, end int) error {
	anchor, err := claims.MakeAnchor(body, start, end)
	if err != nil {
		return err
	}
	c.Anchor = anchor
	if c.Text == "" {
		c.Text = ClaimTextIn(body, anchor.Start, anchor.End)
	}
	return nil
}

// SuggestionClaim is the claim that accepting unit u of article a makes:
// the unit's text as shown (UnitText), anchored where it stands, with the
// claimant, score, kinds and reasons of the extraction.
func SuggestionClaim(a *claims.Article, u extract.Unit) (*claims.Claim, error) {
	c := &claims.Claim{
		ArticleID: a.ID,
		Text:      UnitText(u),
		Claimant:  u.Claimant,
		Score:     u.Score,
		Kinds:     append([]string(nil), u.Kinds...),
		Reasons:   append([]string(nil), u.Reasons...),
	}
	start, end := UnitSpan(u)
	if err := AnchorClaim(c, a.Body, start, end); err != nil {
		return nil, err
	}
	return c, nil
}

// AcceptSuggestion stores the claim of unit u of article a (see
// SuggestionClaim) and returns it.
func AcceptSuggestion(ctx context.Context, svc claims.Services, a *claims.Article, u extract.Unit) (*claims.Claim, error) {
	c, err := SuggestionClaim(a, u)
	if err != nil {
		return nil, err
	}
	if err := svc.Claims.CreateClaim(ctx, c); err != nil {
		return nil, err
	}
	return c, nil
}

// ArticleUnits is the extraction of a stored article, as the reader shows
// it and as its suggestions are numbered.
func ArticleUnits(a *claims.Article, extractFn func(string, extract.Options) []extract.Unit) []extract.Unit {
	if extractFn == nil {
		extractFn = extract.Extract
	}
	return extractFn(a.Body, extract.Options{Lang: a.Language})
}

// AcceptedAs returns the ID of the claim among cs anchored exactly on unit
// u (the suggestion was accepted), "" if there is none.
func AcceptedAs(cs []*claims.Claim, u extract.Unit) string {
	start, end := UnitSpan(u)
	for _, c := range cs {
		if !c.Detached && c.Anchor != nil && c.Anchor.Start == start && c.Anchor.End == end {
			return c.ID
		}
	}
	return ""
}
