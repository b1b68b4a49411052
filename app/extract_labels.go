package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"
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
// its own, the whole reason.
func reasonText(reason string) string {
	if whole := lang.LocalizeKey("extract.reason."+reason, ""); whole != "" {
		return whole
	}
	name, evidence, ok := strings.Cut(reason, ": ")
	if !ok {
		return lang.LocalizeKey("extract.reason."+reason, reason)
	}
	return lang.LocalizeKey("extract.reason."+name, name) + ": " + evidence
}
