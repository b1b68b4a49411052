package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims/extract"
)

// The extractor names its kinds and the features behind its reasons in
// English ("event", "number: fünf"); these helpers show them in the
// interface language. Translation keys are "extract.kind.NAME" and
// "extract.reason.NAME", with the English name as the fallback.

// claimKindLabel returns one extraction kind in the interface language.
func claimKindLabel(kind string) string {
	return lang.LocalizeKey("extract.kind."+kind, kind)
}

// kindsText returns the kinds, translated and joined by commas.
func kindsText(kinds []string) string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = claimKindLabel(k)
	}
	return strings.Join(out, ", ")
}

// reasonText translates the feature name of a reason such as
// "event verb: stimmten zu"; the evidence after the colon is the
// article's own text and stays as it is. A reason whose evidence is the
// extractor's own words ("heading: no final punctuation") has a key of
// its own, the whole reason. Only keys that exist are asked for: Fyne logs
// an error for every key it lacks.
func reasonText(reason string) string {
	if ownWordReasons[reason] {
		return lang.LocalizeKey("extract.reason."+reason, reason)
	}
	name, evidence, ok := strings.Cut(reason, ": ")
	if !ok {
		return lang.LocalizeKey("extract.reason."+reason, reason)
	}
	return lang.LocalizeKey("extract.reason."+name, name) + ": " + evidence
}

// ownWordReasons are the reasons translated whole (extract.OwnWordReasons).
var ownWordReasons = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range extract.OwnWordReasons() {
		m[r] = true
	}
	return m
}()
