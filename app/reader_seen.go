package app

import (
	"image/color"
	"runtime"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/claims/match"
)

// seenMark is what a suggestion row shows of an earlier check of its
// sentence: the match level and the earlier verdict with its colour.
type seenMark struct {
	level   match.Level
	verdict string
	color   color.Color
	where   string // provenance: archive, publisher, date, URL
	target  *claims.MatchTarget
}

// onRow tells whether the suggestion row shows the mark: only "very likely
// the same". On political news many check-worthy sentences have a
// "possibly the same" record in a large archive (37 of 78 suggestions of a
// 3,000-word article against PolitiFact, BENCHMARKS.md), so those are named
// in the details only.
func (m *seenMark) onRow() bool { return m != nil && m.level == match.LevelVeryLikely }

// text is the mark's label, e.g. "Seen before: False".
func (m *seenMark) text() string {
	if m.level == match.LevelVeryLikely {
		return lang.L("Seen before:") + " " + m.verdict
	}
	return lang.L("Possibly seen before:") + " " + m.verdict
}

// detail is the line of the details area.
func (m *seenMark) detail() string {
	s := m.text() + " (" + levelLabel(m.level) + ")"
	if m.where != "" {
		s += " · " + m.where
	}
	return s
}

// readerSeen holds the seen-before marks of the article a reader shows, for
// one load of it (gen); units already looked up or being looked up are in
// asked, found ones in marks. Only the UI goroutine touches it.
type readerSeen struct {
	gen   int
	asked map[int]bool
	marks map[int]*seenMark
}

// readerSeens maps a *readerView to its readerSeen, so that the marks need
// no field in the reader.
var readerSeens sync.Map

// seenState returns the reader's marks for its current load.
func (r *readerView) seenState() *readerSeen {
	v, _ := readerSeens.LoadOrStore(r, &readerSeen{})
	s := v.(*readerSeen)
	if s.gen != r.gen {
		*s = readerSeen{gen: r.gen, asked: map[int]bool{}, marks: map[int]*seenMark{}}
	}
	return s
}

// seenMarkOf returns the mark of unit, or nil.
func (r *readerView) seenMarkOf(unit int) *seenMark {
	return r.seenState().marks[unit]
}

// seenQuery is one suggestion to look up: its unit, text, claimant and the
// claim made from it ("" for none; its dismissals count).
type seenQuery struct {
	unit     int
	text     string
	claimant string
	date     time.Time // the article's publication date: when the claim was made, about
	claimID  string
}

// lookupSeen matches the suggestions not looked up yet in this load against
// the earlier checks, off the UI goroutine, and redraws the list when
// marks were found. Call it on the UI goroutine after derive.
func (r *readerView) lookupSeen() {
	st := r.seenState()
	var qs []seenQuery
	var date time.Time
	if r.article != nil {
		date = r.article.PublishedAt
	}
	for _, unit := range r.suggested {
		if st.asked[unit] || unit >= len(r.units) {
			continue
		}
		st.asked[unit] = true
		u := r.units[unit]
		qs = append(qs, seenQuery{unit: unit, text: u.Text, claimant: u.Claimant, date: date,
			claimID: r.marks[unit].claimID})
	}
	if len(qs) == 0 {
		return
	}
	gen, u := r.gen, r.u
	var found map[int]match.SeenMatch
	u.background(func() {
		seen, err := u.seenCache().get(u)
		if err != nil || seen.Len() == 0 {
			return // the Seen before tab reports errors; the reader stays quiet
		}
		found = matchSuggestions(seen, qs, func(claimID string) map[string]bool {
			d, _ := u.svc.Archives.Dismissed(u.ctx(), claimID)
			return d
		})
	}, func() {
		if gen != r.gen || len(found) == 0 {
			return
		}
		st := r.seenState()
		for unit, m := range found {
			st.marks[unit] = newSeenMark(u, m)
		}
		r.panel.list.Refresh()
		r.panel.showDetail()
	})
}

// newSeenMark describes the best earlier check of a suggestion.
func newSeenMark(u *ui, m match.SeenMatch) *seenMark {
	verdict, col := verdictOf(u, m.Target)
	return &seenMark{level: m.Level, verdict: verdict, color: col, where: provenance(m.Target), target: m.Target}
}

// matchSuggestions returns for each query its best earlier check at the
// level "possibly the same" or above, leaving out the claim made from it
// and the checks dismissed for that claim (dismissed is asked once per
// claim). The queries are matched on as many goroutines as there are
// processors (at most 4); seen is safe for concurrent use.
func matchSuggestions(seen *match.Seen, qs []seenQuery, dismissed func(claimID string) map[string]bool) map[int]match.SeenMatch {
	out := map[int]match.SeenMatch{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan seenQuery)
	for range min(runtime.NumCPU(), 4, max(len(qs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for q := range next {
				var d map[string]bool
				if q.claimID != "" {
					d = dismissed(q.claimID)
				}
				found := seen.Find(match.Query{Text: q.text, Claimant: q.claimant, Date: q.date}, q.claimID, d, 1, false)
				if len(found) > 0 {
					mu.Lock()
					out[q.unit] = found[0]
					mu.Unlock()
				}
			}
		}()
	}
	for _, q := range qs {
		next <- q
	}
	close(next)
	wg.Wait()
	return out
}

// setSeenChip colours the chip of a suggestion row, hiding it unless the
// mark is shown on the row.
func setSeenChip(chip *canvas.Rectangle, m *seenMark) {
	chip.Hidden = !m.onRow()
	if !chip.Hidden {
		chip.FillColor = m.color
	}
	chip.Refresh()
}

// layoutSeenChip places the chip at the start of the details line at (x, y),
// w wide, and the details after it.
func layoutSeenChip(chip *canvas.Rectangle, meta *widget.Label, x, y, w float32) {
	h := meta.MinSize().Height
	if !chip.Hidden {
		side := h - 2*theme.InnerPadding()
		chip.Move(fyne.NewPos(x+theme.Padding(), y+(h-side)/2))
		chip.Resize(fyne.NewSize(side, side))
		x += side + theme.Padding()
		w = max(0, w-side-theme.Padding())
	}
	meta.Move(fyne.NewPos(x, y))
	meta.Resize(fyne.NewSize(w, h))
}

// reloadSeen loads the shown article again, so that its suggestions are
// looked up anew (after an archive import).
func (r *readerView) reloadSeen() {
	if r.article != nil {
		r.show(r.article.ID)
	}
}
