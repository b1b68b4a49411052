package claims

import (
	"strings"
	"unicode/utf8"
)

// Anchor locates a claim's quote in an article body, after the W3C Web
// Annotation TextPositionSelector (Start, End: byte offsets) and
// TextQuoteSelector (Exact with a short Prefix and Suffix for context).
type Anchor struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
}

// AnchorContext is the number of bytes (at most) kept before and after a quote.
const AnchorContext = 32

// MakeAnchor returns the anchor of body[start:end]. Offsets are moved inward
// to UTF-8 boundaries; an empty or out-of-range span is EINVALID.
func MakeAnchor(body string, start, end int) (*Anchor, error) {
	if start < 0 || end > len(body) || start >= end {
		return nil, Errorf(EINVALID, "The selected passage lies outside the article text.")
	}
	for start < end && !utf8.RuneStart(body[start]) {
		start++
	}
	for end < len(body) && end > start && !utf8.RuneStart(body[end]) {
		end--
	}
	if start >= end {
		return nil, Errorf(EINVALID, "The selected passage is empty.")
	}
	ps := start - AnchorContext
	if ps < 0 {
		ps = 0
	}
	for ps < start && !utf8.RuneStart(body[ps]) {
		ps++
	}
	se := end + AnchorContext
	if se > len(body) {
		se = len(body)
	}
	for se > end && se < len(body) && !utf8.RuneStart(body[se]) {
		se--
	}
	return &Anchor{Start: start, End: end, Exact: body[start:end], Prefix: body[ps:start], Suffix: body[end:se]}, nil
}

// ResolveAnchor finds the anchor in a (possibly edited) body. It prefers the
// recorded position, then the occurrence of Exact whose surrounding text best
// matches Prefix and Suffix, nearest to the old position on a tie. ok is false
// when Exact no longer occurs: the claim is then detached.
func ResolveAnchor(body string, a *Anchor) (start, end int, ok bool) {
	if a == nil || a.Exact == "" {
		return 0, 0, false
	}
	if a.Start >= 0 && a.End <= len(body) && a.Start < a.End && body[a.Start:a.End] == a.Exact &&
		strings.HasSuffix(body[:a.Start], a.Prefix) && strings.HasPrefix(body[a.End:], a.Suffix) {
		return a.Start, a.End, true
	}
	best, bestScore, bestDist := -1, -1, 0
	for from := 0; from <= len(body); {
		i := strings.Index(body[from:], a.Exact)
		if i < 0 {
			break
		}
		pos := from + i
		score := commonSuffix(body[:pos], a.Prefix) + commonPrefix(body[pos+len(a.Exact):], a.Suffix)
		dist := pos - a.Start
		if dist < 0 {
			dist = -dist
		}
		if score > bestScore || (score == bestScore && dist < bestDist) {
			best, bestScore, bestDist = pos, score, dist
		}
		_, size := utf8.DecodeRuneInString(body[pos:])
		from = pos + size
	}
	if best < 0 {
		return 0, 0, false
	}
	return best, best + len(a.Exact), true
}

// commonPrefix returns the number of leading bytes a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// commonSuffix returns the number of trailing bytes a and b share.
func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}
