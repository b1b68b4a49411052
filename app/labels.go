package app

import (
	"errors"
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// statusLabel returns the translated name of a status.
func statusLabel(s claims.Status) string {
	switch s {
	case claims.StatusNew:
		return lang.L("New")
	case claims.StatusResearching:
		return lang.L("Researching")
	case claims.StatusInReview:
		return lang.L("In review")
	case claims.StatusPublished:
		return lang.L("Published")
	case claims.StatusDiscarded:
		return lang.L("Discarded")
	}
	return string(s)
}

// stanceLabel returns the translated name of a stance.
func stanceLabel(s claims.Stance) string {
	switch s {
	case claims.StanceSupports:
		return lang.L("supports")
	case claims.StanceRefutes:
		return lang.L("refutes")
	case claims.StanceContext:
		return lang.L("context")
	}
	return string(s)
}

// kindLabel returns the translated name of a source kind.
func kindLabel(k claims.SourceKind) string {
	switch k {
	case claims.KindOfficial:
		return lang.L("Official document")
	case claims.KindStatistics:
		return lang.L("Statistics")
	case claims.KindNews:
		return lang.L("News")
	case claims.KindExpert:
		return lang.L("Expert")
	case claims.KindSocial:
		return lang.L("Social media")
	}
	return lang.L("Other kind")
}

// fieldLabel returns the translated name of a history field.
func fieldLabel(f string) string {
	switch f {
	case claims.FieldCreated:
		return lang.L("created")
	case claims.FieldText:
		return lang.L("text")
	case claims.FieldStatus:
		return lang.L("status")
	case claims.FieldRating:
		return lang.L("verdict")
	case claims.FieldConclusion:
		return lang.L("conclusion")
	case claims.FieldRationale:
		return lang.L("rationale")
	case claims.FieldClaimant:
		return lang.L("claimant")
	case claims.FieldClaimDate:
		return lang.L("claim date")
	case claims.FieldTags:
		return lang.L("tags")
	case claims.FieldAnchor:
		return lang.L("position in the article")
	case claims.FieldEvidence:
		return lang.L("evidence")
	case claims.FieldDeleted:
		return lang.L("deleted")
	case claims.FieldMerged:
		return lang.L("merged")
	case claims.FieldConflict:
		return lang.L("conflict")
	case claims.FieldLinked, claims.FieldVerdictCopied, claims.FieldDismissed, claims.FieldUndismissed, claims.FieldUnlinked:
		return seenFieldLabel(f) // seen_parts.go
	}
	return scaleFieldLabel(f) // scale_history.go; f when no scale's field
}

// parseColor turns "#rrggbb" into a colour; anything else is grey.
func parseColor(s string) color.Color {
	if len(s) == 7 && s[0] == '#' {
		if v, err := strconv.ParseUint(s[1:], 16, 32); err == nil {
			return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 255}
		}
	}
	return color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 255}
}

// formatDate writes a date in the interface language: 02.01.2006 in
// German, 2006-01-02 otherwise; "" for the zero time.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if uiLang() == "de" {
		return t.Format("02.01.2006")
	}
	return t.Format("2006-01-02")
}

// formatCount writes a count for a message in the interface language, with
// thousands grouped: "2.505" in German, "2,505" otherwise.
func formatCount(n int) string {
	sep := ","
	if uiLang() == "de" {
		sep = "."
	}
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// formatTime writes a local date and time for lists, in the date order of
// the interface language.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return formatDate(t.Local()) + " " + t.Local().Format("15:04")
}

// dateLayouts are the date forms parseDate reads: ISO and the German
// day.month.year (one or two digits for day and month).
var dateLayouts = []string{"2006-01-02", "2.1.2006"}

// parseDate reads a date as YYYY-MM-DD or DD.MM.YYYY in either interface
// language; "" is the zero time. A date written right that does not exist
// ("31.02.2026") is said to be no date, not to be written wrongly.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, l := range dateLayouts {
		t, err := time.Parse(l, s)
		if err == nil {
			return t, nil
		}
		var pe *time.ParseError
		if errors.As(err, &pe) && strings.HasSuffix(pe.Message, "out of range") {
			return time.Time{}, claims.Errorf(claims.EINVALID, "%s", lang.L("There is no such date: {{.Date}}.", map[string]any{"Date": s}))
		}
	}
	return time.Time{}, claims.Errorf(claims.EINVALID, "%s", lang.L("Write the date as YYYY-MM-DD, for example 2026-03-14."))
}

// formatScore writes a score or other fraction with two decimals, with a
// decimal comma in German.
func formatScore(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	if uiLang() == "de" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// splitTags reads a comma-separated tag list.
func splitTags(s string) []string {
	return claims.NormalizeTags(strings.Split(s, ","))
}

// oneLine shortens text to one line of at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// scaleCache holds the rating scales for labels and colours. It is used on
// the UI goroutine only.
type scaleCache struct {
	active  *claims.RatingScale
	scales  []*claims.RatingScale
	ratings map[string]claims.Rating
}

// rating returns a rating by ID from any scale.
func (c *scaleCache) rating(id string) (claims.Rating, bool) {
	r, ok := c.ratings[id]
	return r, ok
}

// loadScales reads the scales in the background, stores them in u.scales
// and then calls done (may be nil) on the UI goroutine.
func (u *ui) loadScales(done func()) {
	var all []*claims.RatingScale
	var active *claims.RatingScale
	var err error
	u.background(func() {
		ctx := u.ctx()
		if all, err = u.svc.Scales.FindScales(ctx); err != nil {
			return
		}
		active, err = u.svc.Scales.ActiveScale(ctx)
	}, func() {
		if err != nil {
			u.showError("The rating scales could not be loaded.", err)
			return
		}
		c := &scaleCache{active: active, scales: all, ratings: map[string]claims.Rating{}}
		for _, s := range all {
			for _, r := range s.Ratings {
				c.ratings[r.ID] = r
			}
		}
		u.scales = c
		if done != nil {
			done()
		}
	})
}
