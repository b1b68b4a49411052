package extract

// A German association's name may end in its legal form "e.V." or "e. V."
// (eingetragener Verein): "Der Bundesverband der Kleingärtner e.V. (BDK)
// begrüßte …". Its lower-case "e" ended the subject before the verb, so
// the noun after the verb ("in einer Stellungnahme") was taken.

// legalFormEndDE returns the index of the first token after "e.V." ("e.v"
// and a full stop) or "e. V." ("e", ".", "v", ".") that starts at token
// i, or -1.
func legalFormEndDE(toks []token, i int) int {
	switch {
	case toks[i].low == "e.v" && i+1 < len(toks) && toks[i+1].p == '.':
		return i + 2
	case toks[i].low == "e" && i+3 < len(toks) && toks[i+1].p == '.' && toks[i+2].low == "v" && toks[i+3].p == '.':
		return i + 4
	}
	return -1
}

// legalFormStartDE returns where a legal form "e.V." or "e. V." that ends
// right before token v starts, v when there is none: the name before the
// verb ends there ("Der Bundesverband der Kleingärtner e.V. begrüßte").
func legalFormStartDE(toks []token, v int) int {
	switch {
	case v >= 2 && toks[v-1].p == '.' && toks[v-2].low == "e.v":
		return v - 2
	case v >= 4 && toks[v-1].p == '.' && toks[v-2].low == "v" && toks[v-3].p == '.' && toks[v-4].low == "e":
		return v - 4
	}
	return v
}
