package app

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
	"claimdesk/claims/extract"
	"claimdesk/desk"
)

// extractText is the extraction the reader uses; tests may slow it down.
var extractText = extract.Extract

// unitCache keeps the extraction result per article, keyed by the body, so
// an article is extracted once per body and not on every visit.
type unitCache struct {
	mu sync.Mutex
	m  map[string]cachedUnits
}

// cachedUnits is the extraction of one article body.
type cachedUnits struct {
	body  string
	units []extract.Unit
}

// newUnitCache returns an empty cache.
func newUnitCache() *unitCache { return &unitCache{m: map[string]cachedUnits{}} }

// maxCachedArticles bounds the cache; extraction is fast enough to redo.
const maxCachedArticles = 32

// put stores the units extracted from body for article id.
func (c *unitCache) put(id, body string, units []extract.Unit) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[id]; !ok && len(c.m) >= maxCachedArticles {
		for k := range c.m { // forget any one
			delete(c.m, k)
			break
		}
	}
	c.m[id] = cachedUnits{body: body, units: units}
}

// units returns the units of a, extracting them when they are not cached.
// It may run long: call it off the UI goroutine.
func (c *unitCache) units(a *claims.Article) []extract.Unit {
	c.mu.Lock()
	e, ok := c.m[a.ID]
	c.mu.Unlock()
	if ok && e.body == a.Body {
		return e.units
	}
	units := desk.ArticleUnits(a, extractText) // as claimctl article suggest
	c.put(a.ID, a.Body, units)
	return units
}

// markUnits finds for every unit the claims anchored in it. A claim that
// quotes the unit, or a passage inside it, covers the unit's suggestion:
// it is shown as accepted, so that accepting it again cannot make a second
// claim of the same statement. A claim quoting exactly the unit wins.
func markUnits(units []extract.Unit, cs []*claims.Claim) []unitMark {
	marks := make([]unitMark, len(units))
	for _, c := range cs {
		if c.Detached || c.Anchor == nil {
			continue
		}
		// units are in text order: find the first that ends after the start
		i := sort.Search(len(units), func(i int) bool { return units[i].End > c.Anchor.Start })
		for ; i < len(units) && units[i].Start < c.Anchor.End; i++ {
			marks[i].claimed = true
			s, e := unitSpan(units[i])
			exact := s == c.Anchor.Start && e == c.Anchor.End
			inside := s <= c.Anchor.Start && c.Anchor.End <= e
			if (exact && !marks[i].exact) || (inside && marks[i].claimID == "") {
				marks[i].claimID, marks[i].exact = c.ID, exact
			}
		}
	}
	return marks
}

// suggestions returns the indices of units scoring at least threshold,
// best first; claimctl numbers them the same way (desk.Suggestions).
func suggestions(units []extract.Unit, threshold float64) []int {
	return desk.Suggestions(units, threshold)
}

// unitSpan is the byte span of the unit without surrounding white space.
func unitSpan(u extract.Unit) (start, end int) { return desk.UnitSpan(u) }

// unitText is the unit's text as shown and as its claim reads: as the
// extractor read it, without surrounding white space and with inner line
// breaks as spaces (desk.UnitText).
func unitText(u extract.Unit) string { return desk.UnitText(u) }

// isParagraphStart reports whether the gap body[prevEnd:start] holds a line
// break, so the unit at start opens a paragraph (news text puts one
// paragraph on a line, or separates them by blank lines).
func isParagraphStart(body string, prevEnd, start int) bool {
	if prevEnd < 0 || start > len(body) || prevEnd >= start {
		return false
	}
	return strings.Contains(body[prevEnd:start], "\n")
}

// onAccept makes suggestion unit a claim: text, anchor, claimant, score,
// kinds and reasons come from the extraction.
func (r *readerView) onAccept(unit int) {
	if r.article == nil || unit < 0 || unit >= len(r.units) || r.busy[unit] || r.marks[unit].claimID != "" {
		return
	}
	c, err := desk.SuggestionClaim(r.article, r.units[unit])
	if err != nil {
		r.u.showError("The claim could not be created.", err)
		return
	}
	r.busy[unit] = true
	r.panel.refresh()
	r.storeClaim(c, func() { delete(r.busy, unit) })
}

// onMakeClaim makes the passage selected in the plain-text tab a claim.
func (r *readerView) onMakeClaim() {
	if r.article == nil {
		return
	}
	start, end, ok := r.passage.selection()
	if !ok {
		r.setStatus(lang.L("Select a passage first, then press Ctrl+K."), "")
		return
	}
	c := &claims.Claim{ArticleID: r.article.ID, Text: capitalizeFirst(desk.ClaimTextIn(r.article.Body, start, end))}
	if i := r.unitOf(start); i >= 0 {
		u := r.units[i]
		c.Claimant, c.Score = u.Claimant, u.Score
		c.Kinds = append([]string(nil), u.Kinds...)
	}
	r.createClaim(c, start, end, nil)
}

// unitOf returns the unit (sentence) holding byte offset pos of the body,
// or -1.
func (r *readerView) unitOf(pos int) int {
	i := sort.Search(len(r.units), func(i int) bool { return r.units[i].End > pos })
	if i < len(r.units) && r.units[i].Start <= pos {
		return i
	}
	return -1
}

// capitalizeFirst starts s with a capital letter: a passage chosen from
// the middle of a sentence reads as a statement of its own. The anchor
// keeps the exact words of the article.
func capitalizeFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// onMakeClaimFromSentence makes sentence unit a claim (Ctrl+K in the
// sentence list), with the extraction's details when it has any.
func (r *readerView) onMakeClaimFromSentence(unit int) {
	if r.article == nil || unit < 0 || unit >= len(r.units) {
		return
	}
	if r.marks[unit].claimID != "" {
		r.setStatus(lang.L("This sentence is already a claim."), r.marks[unit].claimID)
		return
	}
	r.onAccept(unit)
}

// onAcceptSentence accepts sentence unit (A or Enter in the sentence list)
// when it is one of the suggestions; another sentence is made a claim by
// Ctrl+K only, as the hints say.
func (r *readerView) onAcceptSentence(unit int) {
	if slices.Contains(r.suggested, unit) {
		r.onAccept(unit)
	}
}

// createClaim anchors c on body[start:end] and stores it in the background.
// after runs on the UI goroutine when storing has finished.
func (r *readerView) createClaim(c *claims.Claim, start, end int, after func()) {
	if err := desk.AnchorClaim(c, r.article.Body, start, end); err != nil {
		if after != nil {
			after()
		}
		r.u.showError("The claim could not be created.", err)
		return
	}
	r.storeClaim(c, after)
}

// storeClaim stores the anchored claim c in the background. after runs on
// the UI goroutine when storing has finished.
func (r *readerView) storeClaim(c *claims.Claim, after func()) {
	a := r.article
	var err error
	svc, ctx, gen := r.u.svc, r.u.ctx(), r.gen
	runJob(r.u, func() { err = svc.Claims.CreateClaim(ctx, c) }, func() {
		if after != nil {
			after()
		}
		if err != nil {
			r.panel.refresh()
			r.u.showError("The claim could not be created.", err)
			return
		}
		if gen == r.gen && r.article != nil && r.article.ID == a.ID {
			r.claims = append(r.claims, c)
			r.recompute(false)
		}
		r.setStatus(lang.L("Claim created: {{.Text}}", map[string]any{"Text": c.Text}), c.ID)
		r.offerUndo(c.ID)
		if r.onClaimsChanged != nil {
			r.onClaimsChanged()
		}
	})
}
