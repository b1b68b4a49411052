package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
	"claimdesk/report"
)

// asideText names the claims list's filters in f that an export cannot
// take, in the interface language; "" when there are none.
func asideText(f claims.ClaimFilter) string {
	var parts []string
	if f.Query != nil && strings.TrimSpace(*f.Query) != "" {
		parts = append(parts, lang.L("the words")+" "+quoted(strings.TrimSpace(*f.Query)))
	}
	if f.Claimant != nil && strings.TrimSpace(*f.Claimant) != "" {
		parts = append(parts, lang.L("the claimant")+" "+quoted(strings.TrimSpace(*f.Claimant)))
	}
	if f.EarlierCheck != nil {
		parts = append(parts, lang.L("Seen before"))
	}
	if len(parts) == 0 {
		return ""
	}
	return lang.L("The export does not take these filters of the list:") + " " + strings.Join(parts, ", ") + ". " +
		lang.L("It holds every claim the choices below select.")
}

// quoted puts s in the quotation marks of the interface language.
func quoted(s string) string {
	if uiLang() == "de" {
		return "„" + s + "“"
	}
	return "“" + s + "”"
}

// exportedCount is how many claims the file of format f holds: all of
// data's, but in a ClaimReview only the claims with a verdict less those
// left out (WarnMissing); unchecked is how many had no verdict there.
func exportedCount(f report.Format, data *report.Data, ws []report.Warning) (n, unchecked int) {
	if f != report.ClaimReview {
		return len(data.Claims), 0
	}
	for _, c := range data.Claims {
		if c.HasVerdict() {
			n++
		} else {
			unchecked++
		}
	}
	for _, w := range ws {
		if w.Kind == report.WarnMissing {
			n--
		}
	}
	return max(n, 0), unchecked
}

// warningText tells in the interface language what an export left out or
// changed, naming up to five claims of each kind; "" without warnings.
func warningText(ws []report.Warning) string {
	var msg string
	for _, k := range []struct {
		kind report.WarningKind
		key  string
	}{
		{report.WarnMissing, "{{.Count}} claims were left out: they lack a required field (see the log)."},
		{report.WarnGlyphs, "{{.Count}} claims or articles contain characters the PDF font cannot show (emoji, Chinese, Japanese, Korean, Arabic, Hebrew …); the PDF marks them [?]:"},
	} {
		var names []string
		for _, w := range ws {
			if w.Kind == k.kind {
				names = append(names, "• "+oneLine(w.Text, 70))
			}
		}
		if len(names) == 0 {
			continue
		}
		msg += "\n\n" + lang.LocalizePlural(k.key, len(names), map[string]any{"Count": formatCount(len(names))})
		if k.kind == report.WarnMissing {
			continue // the log names them, with the missing fields
		}
		if len(names) > 5 {
			names = append(names[:5], "…")
		}
		msg += "\n" + strings.Join(names, "\n")
	}
	return msg
}
