package extract

import (
	_ "embed"
	"fmt"
)

// modelText is the fitted scoring model in the text form of
// Fitted.WriteTo, written by internal/fit.
//
//go:embed model.tsv
var modelText string

// scorer is the compiled scoring model.
var scorer = func() linModel {
	m, err := parseModel(modelText)
	if err != nil {
		panic(fmt.Sprintf("extract: model.tsv: %v", err))
	}
	m.tab = newHashTable(m.w)
	return m
}()

// scorer2 is the second stage of the compiled model (stage2.go), off when
// model.tsv has none.
var scorer2 = func() stage2 {
	m, err := parseStage2(modelText)
	if err != nil {
		panic(fmt.Sprintf("extract: model.tsv: %v", err))
	}
	return m
}()

// UnitFeatureNames once named the features of a separate comment model;
// comments are now scored by the one model (genre comments), so there are
// none. Kept for callers that list reason names.
func UnitFeatureNames() []string { return nil }
