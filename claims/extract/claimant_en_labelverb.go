package extract

// "House Speaker John Boehner labeled the visit “productive”", "Trump has
// branded the drive a sham", "Politifact deemed the statements false":
// verbs of labelling give their subject's judgement, as "called" does.
// Their participle also follows a noun without a subject ("firearms made
// and labeled so …", "64 emails now deemed classified", "a scandal dubbed
// “travelgate”"), so it counts only right after a name, or after a name
// and "has"/"have"/"had".

// labelVerbsEN are the verbs of labelVerbEN (a foldSet).
var labelVerbsEN = newFoldSet("labeled", "labelled", "labels", "branded", "brands", "dubbed", "dubs", "deemed", "deems")

// labelVerbEN reports whether token i is such a verb of labelling with a
// name as its subject right before it, perhaps with a perfect auxiliary.
func labelVerbEN(toks []token, i int) bool {
	if i == 0 || len(toks[i].low) < 4 || !labelVerbsEN.has(toks[i].low) {
		return false
	}
	p := &toks[i-1]
	return capWord(p) || i >= 2 && capWord(&toks[i-2]) && foldIn(p.low, "has", "have", "had")
}
