package extract

// numberToken records the number at token i: a year becomes a date, other
// numbers are numbers, with a unit, currency or percent sign they are also
// quantities.
func numberToken(text string, toks []token, i int, de bool, a *analysis) {
	t := &toks[i]
	word := text[t.s:t.e]
	// "26. Februar": the month records the date.
	if i+2 < len(toks) && toks[i+1].p == '.' && toks[i+2].cat&cMonth != 0 {
		return
	}
	s, e := t.s, t.e
	quantity := false
	if i > 0 && toks[i-1].is(tPunct) {
		switch text[toks[i-1].s:toks[i-1].e] {
		case "$", "€", "£", "¥":
			s, quantity = toks[i-1].s, true
		}
	}
	if i+1 < len(toks) {
		n := &toks[i+1]
		switch {
		case n.is(tPunct) && (text[n.s:n.e] == "%" || text[n.s:n.e] == "€" || text[n.s:n.e] == "$"):
			e, quantity = n.e, true
		case n.cat&(cUnit|cNumWord) != 0:
			e, quantity = n.e, true
			if i+2 < len(toks) && toks[i+2].cat&cUnit != 0 {
				e = toks[i+2].e
			}
		case de && n.is(tCap) && !n.is(tPunct) && n.cat&(cMonth|cNotName) == 0:
			e = n.e // "38 Abgeordnete"
		}
	}
	if !quantity && len(word) == 4 && isDigits(word) && word >= "1800" && word <= "2099" {
		a.dates = appendUniq(a.dates, word)
		a.set(fDate, 1, word)
		return
	}
	ev := text[s:e]
	a.numbers = appendUniq(a.numbers, ev)
	a.add(fNumber, ev)
	if quantity {
		a.set(fQuantity, 1, ev)
	}
}
