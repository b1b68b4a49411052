package extract

// An apposition between a subject and its verb of saying ("Ann Lee, a
// lawyer, said", "Kasich's strategist, John Weaver, said"): where the
// subject's name ends, and the helpers that find it.

// appositionEnd returns where the English subject of a verb of saying v
// ends when a comma stands right before v: after the name that opens the
// sentence ("Adam Winkler, a professor at …, said"), else after the name
// between the last two commas ("Kasich's strategist, John Weaver, said"),
// an age or a parenthesis left out ("Khizr Khan, 66, said", "Der Chef,
// Jens Roth (SPD), sagte"); a fronted phrase that opens the sentence is
// no name ("In July, Ann Lee, vice chair of …, said": frontedSegmentEN);
// v when there is none.
func appositionEnd(toks []token, v int) int {
	end := v - 1 // the comma before v
	if end >= 3 && toks[end-1].is(tNum) && toks[end-2].p == ',' {
		end -= 2 // ", 66,"
	}
	end = parenBefore(toks, end) // "Jens Roth (SPD),": the party left out
	first, prev := -1, -1
	from := afterQuote(toks, end) // "“…,” Ann Lee, a lawyer, said"
	for i := from; i < end; i++ {
		if toks[i].p == ',' {
			if first < 0 {
				first = i
			}
			prev = i
		}
	}
	if first < 0 {
		first = end // "Mr. Regalado, 69, said"
	}
	if capSegment(toks, from, first) && !frontedSegmentEN(toks, from, first, prev) {
		return first
	}
	if prev >= 0 && (capSegment(toks, prev+1, end) || articledAppositionDE(toks, prev+1, end) || articledBodyEN(toks, prev+1, end)) {
		return end // "Der Leiter, Jens Roth, sagte", "…, die Historikerin Rita Zorn, lobte"
	}
	// "One of his aides, Ron Kaufman, now a committeeman, said": the last
	// name standing alone between two commas before the apposition.
	b := prev
	for a := prev - 1; a >= from && b > first; a-- {
		if toks[a].p != ',' {
			continue
		}
		if capSegment(toks, a+1, b) {
			return b
		}
		b = a
	}
	return v
}

// capSegment reports whether toks[a:b] is a name: capitalised words and
// the full stops of abbreviations ("Mr. Regalado").
func capSegment(toks []token, a, b int) bool {
	if b <= a || b-a > 6 {
		return false
	}
	for i := a; i < b; i++ {
		if t := &toks[i]; !(t.is(tCap) && !t.is(tPunct) || t.p == '.') {
			return false
		}
	}
	return true
}

// afterQuote returns the token after the last quotation mark before token
// end when the unit opens with a quotation ("“…,” Ann Lee, a lawyer,
// said": the speaker's clause starts after the quotation), else 0.
func afterQuote(toks []token, end int) int {
	if len(toks) == 0 || !toks[0].is(tQuote) {
		return 0
	}
	for i := end - 1; i > 0; i-- {
		if toks[i].is(tQuote) {
			return i + 1
		}
	}
	return 0
}
