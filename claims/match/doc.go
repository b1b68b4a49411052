// Package match finds earlier checks of a claim ("seen before"): BM25
// candidates from a Retriever (an in-memory index by default, updated in
// place as records come and go), ranked first by a prefilter over what
// needs no reading of their text (BM25, claimant, when the claim was made)
// and then, for the few it keeps, by a logistic model over similarity
// features — word, word-pair and character 4-gram overlap, shared names
// and numbers, claimant, dates, length. The model (weights.json, embedded)
// is learned from the CLEF CheckThat! claim-matching benchmark by
// internal/fit; its choices are made by cross-validation on train and by
// dev. Hand-set are only the grids tried, the tolerance that prefers a
// faster choice, the date bands, the idf floor, the two precision targets
// of the levels (0.5 for "possibly", 0.9 for "very likely") and the share
// of looked-up claims assumed to have an earlier check. Each match says
// why it matched (Reasons).
//
// Matching is lexical. Across languages (a German claim against English
// records) it finds only what both texts write the same way: names,
// numbers, years and shared loan words; it does not translate.
package match
