package app

import (
	"encoding/json"
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// versionFields are the fields of a claim a kept version is shown by, with
// the history field that labels each.
var versionFields = []struct{ key, field string }{
	{"text", claims.FieldText}, {"status", claims.FieldStatus}, {"rating_id", claims.FieldRating},
	{"conclusion", claims.FieldConclusion}, {"rationale", claims.FieldRationale},
	{"claimant", claims.FieldClaimant}, {"tags", claims.FieldTags},
}

// versionText shows a version a merge kept in history (an event's Old, as
// JSON) by what differs from the claim as it is now (h.current); evidence
// kept in the claim's history is shown by its stance and excerpt.
func (h *historyPane) versionText(content string) string {
	text, _ := h.versionDiff(content)
	return text
}

// versionDiff is versionText, and whether the version is the claim as it
// is now (a conflict version the checker took, for one).
func (h *historyPane) versionDiff(content string) (string, bool) {
	var v map[string]any
	if json.Unmarshal([]byte(content), &v) != nil {
		return oneLine(content, 120), false
	}
	if st, ok := v["stance"].(string); ok {
		return lang.L("evidence") + ": " + stanceLabel(claims.Stance(st)) + ": " + str(v["excerpt"]) + " " + str(v["note"]), false
	}
	var cur map[string]any
	if h.current != nil {
		b, _ := json.Marshal(h.current)
		_ = json.Unmarshal(b, &cur)
	}
	var parts []string
	for _, f := range versionFields {
		old, now := str(v[f.key]), str(cur[f.key])
		if cur != nil && old == now {
			continue
		}
		parts = append(parts, fieldLabel(f.field)+": "+h.value(f.field, old, false))
	}
	if len(parts) == 0 {
		return lang.L("the same as now"), true
	}
	return oneLine(strings.Join(parts, "; "), 160), false
}

// str shows a JSON value as text: lists joined by commas, nothing as "".
func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []any:
		var s []string
		for _, e := range x {
			s = append(s, fmt.Sprint(e))
		}
		return strings.Join(s, ", ")
	}
	return fmt.Sprint(v)
}
