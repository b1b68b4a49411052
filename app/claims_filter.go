package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// onFilter reads the filter widgets and reloads the list.
func (v *claimsView) onFilter() {
	if v.quiet || v.list == nil {
		return
	}
	f := claims.ClaimFilter{Query: v.filter.Query}
	if i := v.status.SelectedIndex(); i > 0 {
		st := claims.Statuses[i-1]
		f.Status = &st
	}
	if i := v.sort.SelectedIndex(); i >= 0 {
		f.Sort = sortChoices[i]
		v.u.prefs.SetString(prefSortClaims, string(f.Sort))
	}
	if i := v.verdict.SelectedIndex(); i == 1 {
		none := ""
		f.RatingID = &none
	} else if i > 1 && v.u.scales.active != nil && i-2 < len(v.u.scales.active.Ratings) {
		id := v.u.scales.active.Ratings[i-2].ID
		f.RatingID = &id
	}
	if i := v.articleS.SelectedIndex(); i > 0 && i-1 < len(v.article) {
		id := v.article[i-1].ID
		f.ArticleID = &id
	}
	if t := strings.TrimSpace(v.tag.Text); t != "" {
		t = strings.ToLower(strings.TrimPrefix(t, "#"))
		f.Tag = &t
	}
	if c := strings.TrimSpace(v.claimant.Text); c != "" {
		f.Claimant = &c
	}
	applySeenFilter(v, &f) // seen_filter.go
	v.setFilter(f)
}

// setFilter makes f the filter and reloads the list. When the claims the
// status counts cover change (anything but the status and the sort), the
// old counts go at once: the status filter shows no numbers until the new
// ones arrive, never the counts of the previous filter beside the new list.
func (v *claimsView) setFilter(f claims.ClaimFilter) {
	if countKey(f) != countKey(v.filter) && v.status != nil {
		v.counts = nil
		v.setStatusOptions()
	}
	v.filter = f
	v.reset()
}

// countKey identifies the claims whose statuses are counted for f.
func countKey(f claims.ClaimFilter) string {
	s := func(p *string) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprintf("%q", *p)
	}
	seen := "-"
	if f.EarlierCheck != nil {
		seen = fmt.Sprint(*f.EarlierCheck)
	}
	return strings.Join([]string{s(f.ID), s(f.ArticleID), s(f.RatingID), s(f.Tag), s(f.Claimant), s(f.Query), seen}, "|")
}

// setStatusOptions labels the status filter with the counts per status;
// while they are not known (nil: still counting at the start, or the count
// failed) the labels carry no number rather than a wrong 0.
func (v *claimsView) setStatusOptions() {
	label := func(text string, n int) string {
		if v.counts == nil {
			return text
		}
		return fmt.Sprintf("%s (%d)", text, n)
	}
	all := 0
	for _, n := range v.counts {
		all += n
	}
	opts := []string{label(lang.L("All statuses"), all)}
	for _, st := range claims.Statuses {
		opts = append(opts, label(statusLabel(st), v.counts[st]))
	}
	i := v.status.SelectedIndex()
	if i < 0 {
		i = 0
	}
	v.quiet = true
	v.status.Options = opts
	v.status.SetSelectedIndex(i)
	v.quiet = false
}

// setVerdictOptions fills the verdict filter from the active scale.
func (v *claimsView) setVerdictOptions() {
	var ratings []claims.Rating
	if a := v.u.scales.active; a != nil {
		ratings = a.Ratings
	}
	opts := v.u.scales.verdictChoices([]string{lang.L("All verdicts"), lang.L("No verdict")}, ratings)
	v.quiet = true
	v.verdict.Options = opts
	v.verdict.SetSelectedIndex(0)
	v.quiet = false
	v.list.Refresh() // the dots take the scale colours
}

// loadArticles fills the article filter with the newest articles.
func (v *claimsView) loadArticles() {
	var list []*claims.Article
	var err error
	v.u.background(func() {
		list, _, err = v.u.svc.Articles.FindArticles(v.u.ctx(), claims.ArticleFilter{Limit: 200, WithoutBody: true})
	}, func() {
		if err != nil {
			return // the filter then offers "All articles" only
		}
		v.article = list
		opts := []string{lang.L("All articles")}
		for _, a := range list {
			opts = append(opts, oneLine(a.Title, 60))
		}
		v.quiet = true
		v.articleS.Options = opts
		v.articleS.SetSelectedIndex(0)
		v.quiet = false
	})
}
