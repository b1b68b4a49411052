package extract

// Two names joined by "und" after a genitive link belong to one noun
// phrase ("Die Fraktion von CDU und CSU forderte …", "Der Chef von Bund
// und Ländern sagte …"): the phrase, the subject before the verb, goes on
// past the "und".

// genitiveAndDE reports whether toks[i] is an "und" between two
// capitalised words of which the first follows a genitive link.
func genitiveAndDE(toks []token, i, v int) bool {
	return toks[i].low == "und" && i >= 2 && i+1 < v &&
		capWord(&toks[i+1]) && capWord(&toks[i-1]) && genitiveLinkDE(toks[i-2].low)
}
