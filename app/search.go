package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// searchLimit is how many hits, best first, the Search view lists.
const searchLimit = 200

// searchView shows ranked hits across claims, articles, sources and
// evidence for the text in the search box; a click opens the record.
type searchView struct {
	u      *ui
	hits   []claims.SearchHit
	total  int
	gen    int
	cancel context.CancelFunc
	words  []string // the words searched for, lower case, for highlighting

	list  *enterList
	title *widget.Label
	hint  *widget.Label
}

// newSearchView creates the Search view.
func newSearchView(u *ui) *searchView { return &searchView{u: u} }

// content returns the view's widget tree.
func (v *searchView) content() fyne.CanvasObject {
	v.list = newEnterList(listParts{
		Length: func() int { return len(v.hits) },
		CreateItem: func() fyne.CanvasObject {
			return border(nil, nil, &widget.Icon{}, nil, hitLines())
		},
		UpdateItem: safe2(v.u, "search hit", v.updateRow),
		OnSelected: v.u.safeID("search hits", v.onSelected),
		OnKey:      v.u.windowKey,
	})
	v.title = &widget.Label{Text: lang.L("Search"), TextStyle: fyne.TextStyle{Bold: true}}
	v.hint = &widget.Label{Text: lang.L("Type in the search box above: words match as prefixes, all words must occur; words in \"quotes\" and numbers such as 2,5 must stand together."), Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	return border(v.title, nil, nil, nil, container.NewStack(v.list, centered(v.hint)))
}

// updateRow fills hit row i.
func (v *searchView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	h := v.hits[i]
	row := o.(*fyne.Container)
	icon := row.Objects[0].(*widget.Icon) // border's reading order: icon, then the lines
	box := row.Objects[1].(*fyne.Container)
	kind := ""
	switch h.Kind {
	case claims.HitClaim:
		icon.SetResource(theme.ListIcon())
		kind = lang.L("Claim")
	case claims.HitArticle:
		icon.SetResource(theme.DocumentIcon())
		kind = lang.L("Article")
	case claims.HitSource:
		icon.SetResource(theme.StorageIcon())
		kind = lang.L("Source")
	default:
		icon.SetResource(theme.InfoIcon())
		kind = lang.L("Evidence")
	}
	title := box.Objects[0].(*widget.RichText)
	title.Segments = highlighted(kind+": "+markWords(oneLine(h.Title, 140), v.words), "")
	title.Refresh()
	snip := box.Objects[1].(*widget.RichText)
	snip.Segments = highlighted(oneLine(h.Snippet, 300), theme.SizeNameCaptionText)
	snip.Refresh()
}

// onSelected opens the record of hit i.
func (v *searchView) onSelected(i widget.ListItemID) {
	h := v.hits[i]
	v.list.UnselectAll()
	switch h.Kind {
	case claims.HitClaim:
		v.u.openClaim(h.ID)
	case claims.HitArticle:
		if v.u.shell != nil {
			v.u.shell.openArticleAt(h.ID, h.Snippet) // at the hit's sentence
		} else {
			v.u.openArticle(h.ID)
		}
	case claims.HitSource:
		v.u.openSource(h.ID)
	default:
		switch {
		case h.ClaimID != "" && v.u.shell != nil:
			v.u.shell.openClaimEvidence(h.ClaimID) // the hit is in the claim's evidence
		case h.ClaimID != "":
			v.u.openClaim(h.ClaimID)
		case h.SourceID != "":
			v.u.openSource(h.SourceID)
		}
	}
}

// run searches for text in the background; a newer call cancels an older one.
func (v *searchView) run(text string) {
	text = strings.TrimSpace(text)
	v.gen++
	if v.cancel != nil {
		v.cancel()
	}
	if text == "" {
		v.showRefused(lang.L("Type in the search box above: words match as prefixes, all words must occur; words in \"quotes\" and numbers such as 2,5 must stand together."))
		return
	}
	v.words = wordPattern.FindAllString(strings.ToLower(text), -1)
	if len(v.words) == 0 {
		// Signs alone (the first quote of a phrase, a dash) are not searched:
		// said in the view, as a message box would take the keys being typed.
		v.showRefused(lang.L("Type at least one word to search for."))
		return
	}
	v.title.SetText(lang.L("Searching…")) // a common word takes a moment in a large database
	v.hint.Hide()
	gen := v.gen
	ctx, cancel := context.WithCancel(v.u.ctx())
	v.cancel = cancel
	var hits []claims.SearchHit
	var total int
	var err error
	v.u.background(func() {
		hits, total, err = v.u.svc.Search.Search(ctx, claims.SearchQuery{Text: text, Limit: searchLimit})
	}, func() {
		if gen != v.gen {
			return
		}
		if err != nil {
			switch {
			case ctx.Err() != nil:
			case claims.ErrorCode(err) == claims.EINVALID:
				v.showRefused(errorDetail(err)) // the query as typed, told in the view
			default:
				v.title.SetText(lang.L("Search"))
				v.u.showError("The search failed.", err)
			}
			return
		}
		v.hits, v.total = hits, total
		v.title.SetText(hitsTitle(total, len(hits)))
		v.hint.Hidden = len(hits) > 0
		if len(hits) == 0 {
			v.hint.SetText(lang.L("Nothing found. Try fewer or shorter words."))
		}
		v.hint.Refresh()
		v.list.Refresh()
		v.list.ScrollToTop()
	})
}

// showRefused empties the hits and says in the view, under the heading
// "Search", why the text typed was not searched (or, for an empty box, how
// to search).
func (v *searchView) showRefused(why string) {
	v.hits, v.total = nil, 0
	v.title.SetText(lang.L("Search"))
	v.hint.SetText(why)
	v.hint.Show()
	v.list.Refresh()
}

// hitsTitle is the Search view's heading for total hits of which shown are
// listed: the list holds the best searchLimit, and the heading says so when
// there are more, so that a large count is not read as a list that long.
func hitsTitle(total, shown int) string {
	if shown >= total {
		return lang.LocalizePlural("{{.Count}} hits", total, map[string]any{"Count": formatCount(total)})
	}
	return lang.LocalizePlural("{{.Count}} hits, the best {{.Shown}} shown: add words to narrow them", total,
		map[string]any{"Count": formatCount(total), "Shown": formatCount(shown)})
}
