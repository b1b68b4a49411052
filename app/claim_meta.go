package app

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// metaLine is the line under the editor's heading for claim c: its
// check-worthiness, whether it is detached, whether the claim text or the
// rationale is too long to edit here (entry_long.go) and its last change.
func (e *claimEditor) metaLine(c *claims.Claim) string {
	var meta []string
	if c.Score > 0 {
		meta = append(meta, lang.L("Check-worthiness")+" "+formatScore(c.Score))
	}
	if c.Detached {
		meta = append(meta, lang.L("Detached: the quote is no longer in the article"))
	}
	if note := e.text.longNote(); note != "" {
		meta = append(meta, note)
	}
	if e.rationale.long() {
		meta = append(meta, lang.L("Rationale too long to edit here ({{.Count}} characters): its start is shown, it is kept whole",
			map[string]any{"Count": formatCount(utf8.RuneCountInString(e.rationale.value()))}))
	}
	if !c.UpdatedAt.IsZero() {
		meta = append(meta, lang.L("Changed")+" "+formatTime(c.UpdatedAt)+" · "+c.UpdatedBy)
	}
	return strings.Join(meta, " · ")
}

// showMeta shows the line under the heading again, after a paste made a
// field too long to edit here (pasteLong).
func (e *claimEditor) showMeta() {
	c := e.claim
	if c == nil {
		c = &claims.Claim{}
	}
	e.meta.SetText(e.metaLine(c))
}
