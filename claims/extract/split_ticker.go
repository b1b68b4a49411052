package extract

import "strings"

// A live ticker marks each entry with its time between runs of plus signs
// ("+++ 14:32 Uhr +++ Der Pegel steigt."), and news tickers set headlines
// apart the same way ("Brücke gesperrt +++ Bahn fährt wieder"). The marks
// are no sentence end, but what they enclose is a unit of its own: the
// time is no part of the sentence after it, nor the headline of the one
// before it.

// tickerParts returns the parts of block b that its runs of three plus
// signs or more (each with white space or the block's edge on both sides)
// cut it into: the text before a run, the text a pair of runs encloses
// together with the runs ("+++ 14:32 Uhr +++"), and the text after; runs
// pair in order, an opening one with the next. It returns b alone when the
// block holds no such run.
func tickerParts(text string, b span) []span {
	var runs []span
	for i := b.s; i < b.e; {
		k := strings.Index(text[i:b.e], "+++")
		if k < 0 {
			break
		}
		s := i + k
		e := s
		for e < b.e && text[e] == '+' {
			e++
		}
		if (s == b.s || isSpaceByte(text[s-1])) && (e == b.e || isSpaceByte(text[e])) {
			runs = append(runs, span{s: s, e: e})
		}
		i = e
	}
	if len(runs) == 0 {
		return []span{b}
	}
	var parts []span
	add := func(s, e int) {
		if s, e = trimSpan(text, s, e); s < e {
			parts = append(parts, span{s: s, e: e, para: b.para})
		}
	}
	start := b.s
	for k := 0; k < len(runs); k += 2 {
		open := runs[k]
		if k+1 == len(runs) { // a run without a partner stays with the text before it
			break
		}
		add(start, open.s)
		add(open.s, runs[k+1].e)
		start = runs[k+1].e
	}
	add(start, b.e)
	return parts
}
