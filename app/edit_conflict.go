package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// editConflictText says in the interface language that another checker
// saved the claim first, with both versions of each field the unsaved change
// set; ok is false when err is not an edit conflict.
func (u *ui) editConflictText(err error) (text string, ok bool) {
	var ec *claims.EditConflict
	if !errors.As(err, &ec) {
		return "", false
	}
	who := ec.Current.UpdatedBy
	if who == "" {
		who = "?"
	}
	var b strings.Builder
	b.WriteString(lang.L("{{.Who}} saved this claim at {{.When}}, after you opened it. Your changes were not saved.",
		map[string]any{"Who": who, "When": formatTime(ec.Current.UpdatedAt)}))
	for _, f := range ec.Fields() {
		theirs, yours := u.conflictValue(f.Field, f.Theirs), u.conflictValue(f.Field, f.Yours)
		b.WriteString("\n\n" + fieldLabel(f.Field) + "\n")
		b.WriteString(lang.L("Saved: {{.Value}}", map[string]any{"Value": clipConflict(theirs)}) + "\n")
		b.WriteString(lang.L("Yours: {{.Value}}", map[string]any{"Value": clipConflict(yours)}))
	}
	return b.String(), true
}

// conflictValue shows a value as the editor does: status names and rating
// labels rather than IDs.
func (u *ui) conflictValue(field, v string) string {
	switch {
	case v == "":
	case field == claims.FieldStatus:
		return statusLabel(claims.Status(v))
	case field == claims.FieldRating:
		if r, ok := u.scales.rating(v); ok {
			return r.Label(uiLang())
		}
	}
	return v
}

// clipConflict shortens a value for the conflict message; "–" for empty.
func clipConflict(s string) string {
	if s == "" {
		return "–"
	}
	if r := []rune(s); len(r) > 160 {
		return string(r[:160]) + "…"
	}
	return s
}
