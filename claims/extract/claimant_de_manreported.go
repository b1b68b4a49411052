package extract

// "Elternsprecher Kai Thelen sagte, …. Man habe dem Ministerium geschrieben,
// aber keine Antwort erhalten.": a German sentence that opens with "man"
// and goes on in the Konjunktiv I reports what the speaker before said;
// a verb of saying inside it ("geschrieben") tells what "man" (the
// speaker's side) did and names no speaker of its own. A verb of saying
// after a comma ("Man wisse es nicht, hieß es.") attributes the sentence
// itself and is left alone.

// manReportedDE reports whether the unit opens with "Man" (or has "man"
// right after a Konjunktiv I verb: manAfterKonjunktivDE), its verbs are
// in reported speech (reported: the unit's Konjunktiv I count) and none
// of its speech verbs follows a comma: its speech verbs then name no
// speaker, and the speaker before is carried over.
func manReportedDE(toks []token, verbs []int, reported bool) bool {
	if !reported || len(toks) < 3 || toks[0].low != "man" && !manAfterKonjunktivDE(toks, verbs) {
		return false
	}
	for _, v := range verbs {
		if v > 0 && toks[v-1].p == ',' {
			return false // "…, hieß es."
		}
	}
	return true
}
