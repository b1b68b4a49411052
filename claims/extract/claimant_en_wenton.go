package extract

// "Lee went on to say that …", "She went on: “…”": "went on" continues a
// statement. Before an infinitive of saying the verb group starts at
// "went" and its subject speaks; "went on" itself, right before a colon or
// a comma that opens a quotation, is a verb of saying.

// wentOnStartEN returns the index of "went" ("goes", "go") when the verb
// of saying v follows "went on to"; -1 otherwise.
func wentOnStartEN(toks []token, v int) int {
	if v < 3 || toks[v-1].low != "to" || toks[v-2].low != "on" || !foldIn(toks[v-3].low, "went", "goes", "go") {
		return -1
	}
	return v - 3
}

// wentOnQuoteEN reports whether token i is "went" ("goes") followed by
// "on", a colon or a comma, and a double quotation mark.
func wentOnQuoteEN(toks []token, text string, i int) bool {
	if i+3 >= len(toks) || !foldIn(toks[i].low, "went", "goes") || toks[i+1].low != "on" {
		return false
	}
	return (toks[i+2].p == ':' || toks[i+2].p == ',') && doubleQuote(&toks[i+3], text)
}

// wentOnSayEN reports whether token i is the infinitive of a verb of
// saying after "went on to" ("went on to say", "went on to argue"), which
// the lexicon does not list as a verb of saying in the base form; not
// after a document ("the email went on to say"), nor "explain" (on training
// articles an explanation that way was narration).
func wentOnSayEN(toks []token, i int) bool {
	k := wentOnStartEN(toks, i)
	if k < 1 || documentNounEN(toks[k-1].low) {
		return false // "The email went on to say": left to the document's rules
	}
	return foldIn(toks[i].low, "say", "argue", "claim", "insist", "warn", "note", "suggest", "stress", "add", "tell", "accuse", "predict")
}
