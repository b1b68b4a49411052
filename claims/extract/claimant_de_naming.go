package extract

// "heißen" reports a statement only without a subject of its own ("Im
// Bericht heißt es, …", "wie es aus dem Amt hieß"); with one it gives a
// name ("Der Mann hieß Karl Weber", "Das Gebäude hieß später die „Alte
// Charité“") or a meaning ("Das heißt, …"), and no one speaks.

// namingDE reports whether v is a form of "heißen" (namingVerbDE) with no
// "es" in its clause before it or right after it.
func namingDE(toks []token, v int) bool {
	if !namingVerbDE(toks[v].low) || v+1 < len(toks) && toks[v+1].low == "es" {
		return false
	}
	for k := v - 1; k >= 0 && !clauseBreak(&toks[k]); k-- {
		if toks[k].low == "es" {
			return false
		}
	}
	return true
}
