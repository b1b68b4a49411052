package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// The evidence dialog's source picker: a field to type words in and the
// drop-down of the sources that match them ("New source…" first). The
// drop-down held up to 1,000 sources with no way to narrow it, and two
// sources with the same title and publisher read the same there.

// maxSourceOptions is how many matching sources the drop-down offers; the
// line beside the field says how many match.
const maxSourceOptions = 100

// buildSourcePicker creates the field, the count and the drop-down for
// d.sources, with the labels told apart (sourceLabels).
func (d *evidenceDialog) buildSourcePicker() fyne.CanvasObject {
	d.labels = sourceLabels(d.sources)
	d.source = newKeySelect(nil, d.p.u.windowKey)
	d.find = d.p.u.lineEntry(lang.L("Type to narrow: title, publisher, address"), nil)
	d.count = &widget.Label{SizeName: theme.SizeNameCaptionText}
	d.about = &widget.Label{SizeName: theme.SizeNameCaptionText, Truncation: fyne.TextTruncateEllipsis}
	d.narrow("")
	d.showAbout()
	// after the first narrow: onSourceChanged needs the dialog's other fields
	d.source.OnChanged = d.p.u.safeText("evidence source", func(string) { d.onSourceChanged() })
	d.find.OnChanged = d.p.u.safeText("evidence source filter", d.narrow)
	return container.NewVBox(border(nil, nil, nil, d.count, d.find), d.source, d.about)
}

// showAbout tells under the drop-down the chosen source's address and date,
// which its label may hold too but cut off at the drop-down's width.
func (d *evidenceDialog) showAbout() {
	s := d.chosenSource()
	if s == nil {
		d.about.Hide()
		return
	}
	d.about.SetText(strings.Join(nonEmpty(s.URL, sourceDate(s)), " · "))
	d.about.Show()
}

// narrow offers the sources whose title, publisher, address or label hold
// every word of query. The chosen source stays chosen (and offered) while
// the words change; when nothing is chosen and one source matches, it is
// chosen.
func (d *evidenceDialog) narrow(query string) {
	chosen := d.chosenSource()
	words := strings.Fields(strings.ToLower(query))
	d.shown = d.shown[:0]
	opts := []string{lang.L("New source…")}
	matches := 0
	for i, s := range d.sources {
		if !sourceMatches(s, d.labels[i], words) {
			continue
		}
		matches++
		if len(d.shown) < maxSourceOptions || s == chosen {
			d.shown = append(d.shown, s)
			opts = append(opts, d.labels[i])
		}
	}
	sel := 0
	if chosen != nil {
		sel = d.optionOf(chosen)
		if sel < 0 {
			d.shown = append([]*claims.Source{chosen}, d.shown...)
			opts = append([]string{opts[0], d.labelOf(chosen)}, opts[1:]...)
			sel = 1
		}
	} else if matches == 1 && len(words) > 0 {
		sel = 1
	}
	d.source.Options = opts
	d.source.SetSelectedIndex(sel)
	d.source.Refresh()
	d.count.SetText(lang.LocalizePlural("{{.Shown}} of {{.Count}} sources", len(d.sources),
		map[string]any{"Shown": formatCount(matches), "Count": formatCount(len(d.sources))}))
}

// chosenSource is the source chosen in the drop-down, nil for a new one.
func (d *evidenceDialog) chosenSource() *claims.Source {
	if i := d.source.SelectedIndex(); i > 0 && i-1 < len(d.shown) {
		return d.shown[i-1]
	}
	return nil
}

// optionOf is the drop-down index of s, -1 when it is not offered.
func (d *evidenceDialog) optionOf(s *claims.Source) int {
	for i, x := range d.shown {
		if x == s {
			return i + 1
		}
	}
	return -1
}

// labelOf is the drop-down label of s.
func (d *evidenceDialog) labelOf(s *claims.Source) string {
	for i, x := range d.sources {
		if x == s {
			return d.labels[i]
		}
	}
	return oneLine(sourceTitle(s), 80)
}

// addSource offers s (a source just created) first and chooses it.
func (d *evidenceDialog) addSource(s *claims.Source) {
	d.sources = append([]*claims.Source{s}, d.sources...)
	d.labels = sourceLabels(d.sources)
	d.shown = append(d.shown[:0], s)
	d.source.Options = []string{d.source.Options[0], d.labels[0]}
	d.source.SetSelectedIndex(1)
	d.narrow(d.find.Text)
}

// sourceMatches reports whether every word (lower case) is in the source's
// title, publisher, author, address or label.
func sourceMatches(s *claims.Source, label string, words []string) bool {
	if len(words) == 0 {
		return true
	}
	hay := strings.ToLower(strings.Join([]string{s.Title, s.Publisher, s.Author, s.URL, label}, " "))
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

// sourceLabels are the drop-down labels of list: title and publisher, and
// for sources that would read the same, their address, then their date,
// then the end of their ID, until they differ.
func sourceLabels(list []*claims.Source) []string {
	labels := make([]string, len(list))
	for i, s := range list {
		labels[i] = oneLine(sourceTitle(s), 80)
	}
	for _, extra := range []func(*claims.Source) string{sourceAddress, sourceDate, sourceIDEnd} {
		n := make(map[string]int, len(labels))
		for _, l := range labels {
			n[l]++
		}
		same := false
		for i, s := range list {
			if n[labels[i]] < 2 {
				continue
			}
			same = true
			if x := extra(s); x != "" {
				labels[i] += " · " + x
			}
		}
		if !same {
			break
		}
	}
	return labels
}

// sourceAddress is the source's web address without its scheme, "" when
// it has none or the title already is the address.
func sourceAddress(s *claims.Source) string {
	if s.URL == "" || s.Title == "" {
		return ""
	}
	a := strings.TrimPrefix(strings.TrimPrefix(s.URL, "https://"), "http://")
	return oneLine(strings.TrimPrefix(a, "www."), 60)
}

// sourceDate is the date the source was published, else accessed, else
// stored.
func sourceDate(s *claims.Source) string {
	switch {
	case !s.PublishedAt.IsZero():
		return formatDate(s.PublishedAt)
	case !s.AccessedAt.IsZero():
		return formatDate(s.AccessedAt)
	case !s.CreatedAt.IsZero():
		return formatTime(s.CreatedAt)
	}
	return ""
}

// sourceIDEnd is the last six characters of the source's ID.
func sourceIDEnd(s *claims.Source) string {
	if len(s.ID) <= 6 {
		return s.ID
	}
	return "…" + s.ID[len(s.ID)-6:]
}
