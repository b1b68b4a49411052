package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

func TestNormHash(t *testing.T) {
	same := [][2]string{
		{"Die Zahl stieg.", "die zahl stieg"},
		{"„Wir bleiben“, sagte sie.", "\"Wir bleiben\" - sagte sie"},
		{"ÄRZTE WARNEN", "Ärzte warnen!"},
		{"Up 5 %", "up 5%"},
	}
	for _, p := range same {
		a, oka := normHash(p[0])
		b, okb := normHash(p[1])
		if !oka || !okb || a != b {
			t.Errorf("%q and %q differ", p[0], p[1])
		}
	}
	differ := [][2]string{{"Die Zahl stieg.", "Die Zahl sank."}, {"5 Prozent", "6 Prozent"}, {"Öl", "Ol"}, {"ab", "ba"}}
	for _, p := range differ {
		a, _ := normHash(p[0])
		b, _ := normHash(p[1])
		if a == b {
			t.Errorf("%q and %q are the same", p[0], p[1])
		}
	}
	if _, ok := normHash(" – … ***"); ok {
		t.Error("a unit without letters or digits has a text")
	}
}

func TestRepeatSet(t *testing.T) {
	var r repeatSet
	for _, c := range []struct {
		unit string
		want bool
	}{
		{"Stadt senkt Gebühren", false},
		{"Die Stadt senkt die Gebühren um 5 Prozent.", false},
		{"***", false},
		{"***", false}, // no letters or digits: repeats nothing
		{"Stadt senkt Gebühren.", true},
		{"Die Stadt senkt die Gebühren um 6 Prozent.", false},
		{"die stadt senkt die gebühren um 5 prozent", true},
	} {
		if got := r.repeats(c.unit); got != c.want {
			t.Errorf("%q: repeats %v, want %v", c.unit, got, c.want)
		}
	}
}

// TestRepeatInput checks that a headline repeated as a caption, and only
// the repetition, gets the repeat input, the same in fitting as in
// Extract, and only when the model reads CtxRepeat.
func TestRepeatInput(t *testing.T) {
	text := "Stadt senkt Gebühren\n\nDie Stadt senkt die Gebühren um 5 Prozent, sagte der Kämmerer.\n\n" +
		"Stadt senkt Gebühren\n\nKritiker halten das für zu wenig."
	docs := map[string]*docSketch{}
	var repeats []bool
	for _, s := range []string{"Stadt senkt Gebühren", "Die Stadt", "Kritiker"} {
		i := strings.LastIndex(text, s)
		e := i + strings.IndexAny(text[i:]+"\n", "\n") // a unit ends at its line's end here
		c := contextOf(TrainRow{Text: text[i:e], Lang: "de", Group: "g", Doc: text, Start: i, End: e}, docs)
		repeats = append(repeats, c.p.repeat)
		var cx ctxInputs
		contextInputs(c.p, false, DefaultContext, c.before, c.after, &cx)
		if (cx.v[cxRepeat] == 1) != c.p.repeat {
			t.Errorf("%q: input %v, repeat %v", s, cx.v[cxRepeat], c.p.repeat)
		}
		contextInputs(c.p, false, DefaultContext&^CtxRepeat, c.before, c.after, &cx)
		if cx.v[cxRepeat] != 0 {
			t.Errorf("%q: repeat input without CtxRepeat", s)
		}
	}
	if !repeats[0] || repeats[1] || repeats[2] {
		t.Fatalf("repeats %v, want only the second headline", repeats)
	}
	m := linModel{w: make([]float32, nWeights), ctx: DefaultContext}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range m.w {
		m.w[i] = float32(rng.NormFloat64() * 0.3)
	}
	m.w[offCtx+cxRepeat] = -3
	shipped := scorer
	scorer = m
	defer func() { scorer = shipped }()
	fitted := &Fitted{model: m, Context: m.ctx, s2: scorer2} // the shipped second stage, as Extract's
	units := Extract(text, Options{Lang: "de"})
	if len(units) != 4 || units[0].Text != units[2].Text {
		t.Fatalf("units %+v", units)
	}
	for _, u := range units {
		r := TrainRow{Text: u.Text, Lang: "de", Genre: GenreNews, Group: "doc", Doc: text, Start: u.Start, End: u.End}
		if s := fitted.Score(r); s != u.Score {
			t.Errorf("%q: %.4f in Extract, %.4f as a training row", u.Text, u.Score, s)
		}
	}
	if units[2].Score >= units[0].Score {
		t.Errorf("the repeated headline scores %.3f, the first %.3f", units[2].Score, units[0].Score)
	}
	// A line of a collection is read alone: a repeated line is not marked.
	lines := Extract("Stadt senkt Gebühren\nStadt senkt Gebühren\n", Options{Lang: "de", Split: "lines", Genre: GenreNews})
	if len(lines) != 2 || lines[0].Score != lines[1].Score {
		t.Errorf("lines %+v", lines)
	}
}

// TestNormHashBytes checks that two texts hash the same exactly when their
// letters and digits, lower-cased, are the same, on random texts of a few
// letters, including non-ASCII ones and those past eight bytes.
func TestNormHashBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "B", "z", "0", "9", " ", ".", "ä", "Ä", "ß", "é", "Ω", "ω", "ā", "–", "𝔸", "\xff"}
	seen := map[string]uint64{}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		var key strings.Builder
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				key.WriteRune(unicode.ToLower(r))
			}
		}
		h, ok := normHash(s)
		if ok != (key.Len() > 0) {
			t.Fatalf("normHash(%q): ok %v", s, ok)
		}
		if !ok {
			continue
		}
		if prev, dup := seen[key.String()]; dup && prev != h {
			t.Fatalf("normHash(%q) = %x, another text with the same letters %x", s, h, prev)
		}
		seen[key.String()] = h
	}
	byHash := map[uint64]string{}
	for k, h := range seen {
		if o, dup := byHash[h]; dup {
			t.Fatalf("%q and %q hash the same", k, o)
		}
		byHash[h] = k
	}
	var r repeatSet // past the first growth of the set
	for i := range 1000 {
		u := strings.Repeat("x", i%37) + " " + string(rune('a'+i%26)) + itoa(i)
		if r.repeats(u) {
			t.Fatalf("unit %d %q repeats", i, u)
		}
	}
	for i := range 1000 {
		u := strings.ToUpper(strings.Repeat("x", i%37) + string(rune('a'+i%26)) + itoa(i))
		if !r.repeats(u) {
			t.Fatalf("unit %d %q repeats nothing", i, u)
		}
	}
}

// TestNormASCII checks normASCII against a byte-by-byte loop: it stops at
// the first byte of a rune outside ASCII and writes the letters and digits
// before it, lower-cased, and nothing else.
func TestNormASCII(t *testing.T) {
	pieces := []string{"a", "Z", "q", "0", "9", " ", ".", "-", "\t", "ä", "€", "\xff", "@", "[", "`", "{", "/", ":"}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 5000 {
		s := randomText(rng, pieces, 20)
		var want []byte
		read := 0
		for ; read < len(s) && s[read] < 0x80; read++ {
			if c := s[read]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				want = append(want, c)
			} else if 'A' <= c && c <= 'Z' {
				want = append(want, c+'a'-'A')
			}
		}
		dst := make([]byte, len(s))
		n, i := normASCII(dst, s)
		if i != read || string(dst[:n]) != string(want) {
			t.Fatalf("normASCII(%q) = %q, read %d; want %q, read %d", s, dst[:n], i, want, read)
		}
	}
}
