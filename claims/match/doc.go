// Package match finds earlier checks of a claim ("seen before"): BM25
// candidates from a Retriever (an in-memory index by default), re-ranked by
// a logistic model over similarity features — BM25 score, word, word-pair
// and character 4-gram overlap, shared names and numbers, claimant, length.
// The model (weights.json, embedded) is learned from the CLEF CheckThat!
// claim-matching benchmark by internal/fit; every number in it is learned
// or chosen on dev, none is set by hand except the grids tried and the two
// precision targets of the levels (0.5 for "possibly", 0.9 for "very
// likely"). Each match says why it matched (Reasons).
//
// Matching is lexical. Across languages (a German claim against English
// records) it finds only what both texts write the same way: names,
// numbers, years and shared loan words; it does not translate.
package match
