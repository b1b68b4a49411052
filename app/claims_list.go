package app

import (
	"context"
	"log"
	"strings"

	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// claimPageSize is how many claims one FindClaims call loads for the list.
const claimPageSize = 100

// maxCachedPages bounds the claim pages kept in memory.
const maxCachedPages = 40

// claimsView is the Claims view: a virtualised, paged list of claims with
// sort, filters and counts per status, and the claim editor beside it.
type claimsView struct {
	u      *ui
	editor *claimEditor

	filter  claims.ClaimFilter // without Offset and Limit
	gen     int                // bumped when the filter changes; stale pages are dropped
	ctx     context.Context
	cancel  context.CancelFunc
	pages   map[int][]*claims.Claim
	loading map[int]bool
	total   int
	counts  map[claims.Status]int
	article []*claims.Article // the article filter's choices
	quiet   bool              // set while the view changes its own widgets
	stable  bool              // the next refresh keeps the rows: a save changed one in place

	list     *enterList
	split    *container.Split
	title    *widget.Label
	empty    *widget.Label
	hidden   *widget.Label // says that the claim in the editor is not listed
	status   *keySelect
	sort     *keySelect
	verdict  *keySelect
	articleS *keySelect
	tag      *keyEntry
	claimant *keyEntry
	typing   *debouncer
	// pageShown, when set (benchmarks), is called when a first page is shown.
	pageShown func()
}

// sortChoices are the list orders, in the order the sort box offers them.
var sortChoices = []claims.ClaimSort{claims.SortUpdated, claims.SortScore, claims.SortText, claims.SortStatus, claims.SortCreated}

// newClaimsView creates the Claims view.
func newClaimsView(u *ui) *claimsView {
	v := &claimsView{u: u, pages: map[int][]*claims.Claim{}, loading: map[int]bool{}}
	v.filter.Sort = claims.ClaimSort(u.prefs.StringWithFallback(prefSortClaims, string(claims.SortUpdated)))
	v.editor = newClaimEditor(u)
	v.editor.onShown = v.markEditorClaim
	v.editor.onSaved = v.keepRow
	v.typing = newDebouncer(u, 150e6)
	return v
}

// content returns the view's widget tree.
func (v *claimsView) content() fyne.CanvasObject {
	v.list = newEnterList(listParts{
		Length:     func() int { return v.total },
		CreateItem: v.createRow,
		UpdateItem: func(id widget.ListItemID, o fyne.CanvasObject) {
			v.u.safe("claim row", func() { v.updateRow(id, o) })()
		},
		OnSelected: v.u.safeID("claim list", v.onSelected),
		OnKey:      v.u.windowKey,
	})
	v.title = &widget.Label{Text: lang.L("Claims"), TextStyle: fyne.TextStyle{Bold: true}}
	v.empty = &widget.Label{Text: lang.L("No claims match. Clear the filters, or import an article and accept its suggestions."), Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	v.empty.Hide()
	v.hidden = &widget.Label{Text: lang.L("The claim in the editor is not in this list: the filters leave it out."),
		Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText}
	v.hidden.Hide()

	v.status = newKeySelect(nil, v.u.windowKey)
	v.status.OnChanged = func(string) { v.onFilter() }
	v.setStatusOptions()
	sortNames := []string{lang.L("Recently changed"), lang.L("Check-worthiness"), lang.L("Text"), lang.L("Status"), lang.L("Oldest first")}
	v.sort = newKeySelect(sortNames, v.u.windowKey)
	for i, s := range sortChoices {
		if s == v.filter.Sort {
			v.sort.SetSelectedIndex(i)
		}
	}
	v.sort.OnChanged = func(string) { v.onFilter() }

	v.verdict = newKeySelect(nil, v.u.windowKey)
	v.verdict.OnChanged = func(string) { v.onFilter() }
	v.articleS = newKeySelect(nil, v.u.windowKey)
	v.articleS.OnChanged = func(string) { v.onFilter() }
	v.tag = v.u.lineEntry(lang.L("Tag"), func(string) { v.typing.call(v.onFilter) })
	v.claimant = v.u.lineEntry(lang.L("Claimant contains…"), func(string) { v.typing.call(v.onFilter) })
	more, filters := foldButton(lang.L("More filters"),
		container.NewGridWithColumns(2, v.verdict, v.articleS, v.tag, v.claimant, seenFilterCheck(v)))
	head := container.NewVBox(
		v.uprightHead(v.title, container.NewGridWithColumns(2, v.status, v.sort), more),
		filters,
		v.hidden,
	)
	listPane := border(head, nil, nil, nil, v.uprightList(v.list, centered(v.empty)))
	v.editor.upright = v.upright
	v.split = container.NewHSplit(listPane, v.editor.content())
	v.split.Offset = v.u.prefs.FloatWithFallback(prefSplitClaims, 0.42)
	v.loadArticles()
	v.reset()
	// The list stands above the editor when the two do not fit side by
	// side: in German at 800×600 the view needed 910 wide, and the editor's
	// fields and its Delete and Open article buttons were cut off (walk32).
	return turning(v.split, 0)
}

// createRow makes one list row (see newClaimRow).
func (v *claimsView) createRow() fyne.CanvasObject { return newClaimRow() }

// updateRow fills row id from the page cache, loading the page if needed.
func (v *claimsView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	fillClaimRow(o, v.claimAt(id), v.u.scales)
}

// claimAt returns the claim at list position id, or nil while its page loads.
func (v *claimsView) claimAt(id int) *claims.Claim {
	p := id / claimPageSize
	page, ok := v.pages[p]
	if !ok {
		v.loadPage(p)
		return nil
	}
	if i := id % claimPageSize; i < len(page) {
		return page[i]
	}
	return nil
}

// loadPage fetches page p of the current filter in the background.
func (v *claimsView) loadPage(p int) {
	if v.loading[p] {
		return
	}
	v.loading[p] = true
	gen, f, ctx := v.gen, v.filter, v.queryCtx()
	f.Offset, f.Limit = p*claimPageSize, claimPageSize
	var page []*claims.Claim
	var err error
	v.u.background(func() {
		page, _, err = v.u.svc.Claims.FindClaims(ctx, f)
	}, func() {
		if gen != v.gen {
			return
		}
		delete(v.loading, p)
		if err != nil {
			return // the rows keep showing "…"; the next scroll tries again
		}
		v.evict(p)
		v.pages[p] = page
		v.list.Refresh()
		if v.rowOf(v.editor.claimID()) >= p*claimPageSize { // its row came in with this page
			v.markEditorClaim()
		}
	})
}

// evict drops cached pages far from page p.
func (v *claimsView) evict(p int) {
	if len(v.pages) < maxCachedPages {
		return
	}
	for k := range v.pages {
		if k-p > maxCachedPages/2 || p-k > maxCachedPages/2 {
			delete(v.pages, k)
		}
	}
}

// queryCtx returns the context of the current filter generation.
func (v *claimsView) queryCtx() context.Context {
	if v.cancel == nil {
		var ctx context.Context
		ctx, v.cancel = context.WithCancel(v.u.ctx())
		v.ctx = ctx
	}
	return v.ctx
}

// setQuery sets the full-text part of the filter (from the search box).
// Signs without a word (the first quote of a phrase being typed) filter
// nothing, as an empty box: the database would refuse them.
func (v *claimsView) setQuery(q string) {
	q = strings.TrimSpace(q)
	f := v.filter
	if !wordPattern.MatchString(q) {
		f.Query = nil
	} else {
		f.Query = &q
	}
	v.setFilter(f)
}

// refresh reloads the list after records changed, keeping the filter.
// After a save of the claim in the editor the rows stay where they are (the
// saved one changed in place), so the list does not re-sort under the mouse;
// only the counts are read again. The order is brought up to date with the
// next change of filter or sort.
func (v *claimsView) refresh() {
	if v.list == nil {
		return
	}
	if v.stable {
		v.stable = false
		v.loadCounts(v.queryCtx(), v.gen, v.filter)
		return
	}
	v.reset()
}

// reset cancels running queries and loads the first page and the counts of
// the current filter; the old rows stay visible until the new ones arrive.
func (v *claimsView) reset() {
	v.gen++
	if v.cancel != nil {
		v.cancel()
		v.cancel = nil
	}
	gen, f, ctx := v.gen, v.filter, v.queryCtx()
	f.Offset, f.Limit = 0, claimPageSize
	var page []*claims.Claim
	var total int
	var err error
	v.u.background(func() {
		page, total, err = v.u.svc.Claims.FindClaims(ctx, f)
	}, func() {
		if gen != v.gen {
			return
		}
		if err != nil {
			if ctx.Err() == nil {
				v.u.showError("The claims could not be listed.", err)
			}
			return
		}
		v.showFirstPage(page, total)
		v.loadCounts(ctx, gen, f)
	})
}

// loadCounts fetches the counts per status for the filter of generation
// gen. It starts once the first page is shown, so that the list does not
// share the CPU with the counting. A failed count leaves the counts
// unknown, not 0.
func (v *claimsView) loadCounts(ctx context.Context, gen int, f claims.ClaimFilter) {
	var counts map[claims.Status]int
	var err error
	v.u.background(func() {
		counts, err = v.u.svc.Claims.CountClaimsByStatus(ctx, f)
	}, func() {
		if gen != v.gen || ctx.Err() != nil {
			return // a newer filter counts again
		}
		if err != nil {
			log.Printf("claimdesk: count claims by status: %v", err)
			counts = nil // unknown: the filter shows no numbers
		}
		v.counts = counts
		v.setStatusOptions()
	})
}

// showFirstPage replaces the cached pages by the first page of a new
// filter and marks the claim in the editor, or opens the first claim.
func (v *claimsView) showFirstPage(page []*claims.Claim, total int) {
	v.pages = map[int][]*claims.Claim{0: page}
	v.loading = map[int]bool{}
	v.total = total
	if v.pageShown != nil {
		v.pageShown()
	}
	v.title.SetText(lang.LocalizePlural("{{.Count}} claims", total, map[string]any{"Count": formatCount(total)}))
	v.empty.Hidden = total > 0
	v.empty.Refresh()
	v.list.UnselectAll()
	v.list.Refresh()
	v.list.ScrollToTop()
	if v.editor.claim == nil && !v.editor.isNew && len(page) > 0 {
		v.list.Select(0) // open the first claim rather than show an empty editor
		return
	}
	v.markEditorClaim()
}

// color0 is transparent.
var color0 = color.Transparent

// onSelected opens the selected claim in the editor, after asking about
// unsaved edits; Cancel keeps the old claim and marks its row again.
func (v *claimsView) onSelected(id widget.ListItemID) {
	c := v.claimAt(id)
	if c == nil || c.ID == v.editor.claimID() {
		return
	}
	v.editor.guardOr(func() {
		v.editor.load(c.ID)
	}, v.markEditorClaim)
}

// savePrefs remembers the split position.
func (v *claimsView) savePrefs() {
	if v.split != nil {
		v.u.prefs.SetFloat(prefSplitClaims, v.split.Offset)
	}
}
