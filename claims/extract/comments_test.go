package extract

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

func TestCommentNorm(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ärger  über 2,5\tProzent!", " ärger über 0,0 prozent! "},
		{"siehe https://example.org/a?b=1 und www.example.org.", " siehe \x01 und \x01 "},
		{"mailto:https://x", " mailto:https://x "}, // not at the start of a word: no link
		{"", " "},
	} {
		if got := string(commentNorm(c.in, nil)); got != c.want {
			t.Errorf("commentNorm(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCharGrams(t *testing.T) {
	norm := commentNorm("ab ä", nil) // " ab ä ": 6 characters
	if n := len(charGrams(norm, 2, 2, nil)); n != 5 {
		t.Errorf("bigrams of %q: %d, want 5", norm, n)
	}
	if n := len(charGrams(norm, 2, 5, nil)); n != 5+4+3+2 {
		t.Errorf("2–5-grams of %q: %d, want 14", norm, n)
	}
	// across the word border, umlaut as one character
	a := charGrams(commentNorm("b ä", nil), 3, 3, nil)
	b := charGrams(commentNorm("b ä", nil), 3, 3, nil)
	if len(a) != 3 || a[1] != b[1] {
		t.Errorf("3-grams of \" b ä \": %v", a)
	}
	if c := charGrams(commentNorm("b a", nil), 3, 3, nil); c[1] == a[1] {
		t.Errorf("\"b a\" and \"b ä\" share the middle 3-gram hash")
	}
}

func TestWordGrams(t *testing.T) {
	hs := wordGrams(commentNorm("Die Zahl, die Zahl!", nil), nil)
	// four words and three pairs
	if len(hs) != 7 {
		t.Fatalf("got %d hashes, want 7", len(hs))
	}
	if hs[0] != hs[3] || hs[1] != hs[5] || hs[2] != hs[6] || hs[2] == hs[4] {
		t.Errorf("the same word or pair hashed differently: %v", hs)
	}
}

func TestAppendGroupDistinct(t *testing.T) {
	xs := appendGroup(nil, []uint32{7, 9, 7, 7}, false)
	if len(xs) != 2 {
		t.Fatalf("got %d inputs, want 2 distinct", len(xs))
	}
	for _, x := range xs {
		if math.Abs(float64(x.v)-1/math.Sqrt2) > 1e-6 || x.i < 0 || x.i >= cmHash {
			t.Errorf("input %+v: want value 1/√2 inside the hashed space", x)
		}
	}
	tf := appendGroup(nil, []uint32{7, 9, 7, 7}, true)
	if len(tf) != 2 {
		t.Fatalf("tf: got %d inputs, want 2", len(tf))
	}
	one, three := math.Log1p(1), math.Log1p(3)
	norm := math.Sqrt(one*one + three*three)
	got := map[float64]bool{}
	for _, x := range tf {
		got[math.Round(float64(x.v)*1e5)/1e5] = true
	}
	if !got[math.Round(one/norm*1e5)/1e5] || !got[math.Round(three/norm*1e5)/1e5] {
		t.Errorf("tf values %v, want log(1+1) and log(1+3) scaled to unit length", tf)
	}
}

func TestCommentShapes(t *testing.T) {
	var sh [nCommentShape]float64
	commentShapes("Seit 2019 sind es 12 % mehr (siehe https://example.org): stimmt das??", &sh)
	for k, want := range map[int]float64{csDigit: 1, csYear: 1, csPercent: 1, csLink: 1, csParen: 1, csColon: 1, csQuestion: 2.0 / 3, csExclaim: 0, csQuote: 0, csMention: 0} {
		if math.Abs(sh[k]-want) > 1e-9 {
			t.Errorf("shape %d = %g, want %g", k, sh[k], want)
		}
	}
	if sh[csNumbers] != 2.0/5 {
		t.Errorf("numbers = %g, want 2/5", sh[csNumbers])
	}
	var plain [nCommentShape]float64
	commentShapes("Das glaube ich nicht", &plain)
	if plain[csDigit] != 0 || plain[csYear] != 0 || plain[csLink] != 0 || plain[csSentences] != 0 {
		t.Errorf("plain text has shapes %v", plain)
	}
	if plain[csLength] <= 0 || plain[csUpper] <= 0 {
		t.Errorf("length and capitals not set: %v", plain)
	}
}

// commentRowsFor makes German comment rows: worthy ones name a figure,
// the others an opinion, with fillers so that no two are alike.
func commentRowsFor(n int) []TrainRow {
	var rows []TrainRow
	for i := 0; i < n; i++ {
		r := TrainRow{Lang: "de", Genre: GenreComments, Group: fmt.Sprint("g", i%10)}
		if i%3 == 0 {
			r.Text = fmt.Sprintf("Im Jahr %d waren es %d Prozent weniger, Nummer %d.", 1990+i%30, i%90+3, i)
			r.Worthy = true
		} else {
			r.Text = fmt.Sprintf("Ich finde das einfach nur peinlich, Nummer %d!", i)
		}
		rows = append(rows, r)
	}
	return rows
}

func TestFitCommentsLearns(t *testing.T) {
	rows := commentRowsFor(200)
	// a shared logit that knows nothing
	shared := make([]CommentShared, len(rows))
	cf, err := FitComments(rows, shared, CommentsConfig{Lambdas: []float64{1e-4}, Epochs: []int{5}, Grams: [][2]int{{2, 4}}, Words: true})
	if err != nil {
		t.Fatal(err)
	}
	if cf.CVF1 < 0.95 {
		t.Errorf("stacked CV F1 %.3f on separable comments, want ≥ 0.95 (%v)", cf.CVF1, cf.Notes)
	}
	if cf.SharedF1 > 0.6 {
		t.Errorf("shared alone %.3f: an uninformative logit should not separate", cf.SharedF1)
	}
	if p := cf.Score("Im Jahr 2003 waren es 40 Prozent weniger.", CommentShared{}); p < 0.5 {
		t.Errorf("a figure scored %.3f", p)
	}
	if p := cf.Score("Ich finde das einfach nur peinlich!", CommentShared{}); p >= 0.5 {
		t.Errorf("an opinion scored %.3f", p)
	}
	// English comments and news rows are not fitted on as comments
	if _, err := FitComments([]TrainRow{{Text: "x", Lang: "en", Genre: GenreComments}}, make([]CommentShared, 1), CommentsConfig{}); err == nil {
		t.Error("FitComments without German comments: want an error")
	}
}

func TestFitCommentsStacksShared(t *testing.T) {
	rows := commentRowsFor(150)
	// the same text for all: only the shared logit can tell
	shared := make([]CommentShared, len(rows))
	for i := range rows {
		rows[i].Text = "Ein Kommentar."
		shared[i][svWhole] = -2
		if rows[i].Worthy {
			shared[i][svWhole] = 2
		}
	}
	cf, err := FitComments(rows, shared, CommentsConfig{Lambdas: []float64{1e-3}, Epochs: []int{3}, Grams: [][2]int{{3, 3}}})
	if err != nil {
		t.Fatal(err)
	}
	if cf.CVF1 < 0.99 || cf.m.stack[1+svWhole] <= 0 || math.Abs(cf.m.stack[1+svNewsMax]) > 1e-6 {
		t.Errorf("stack on an informative shared logit: F1 %.3f, weights %v", cf.CVF1, cf.m.stack)
	}
	if cf.Score("Ein Kommentar.", CommentShared{2}) < 0.5 || cf.Score("Ein Kommentar.", CommentShared{-2}) >= 0.5 {
		t.Error("the stacked score does not follow the shared logit")
	}
}

func TestCommentsRoundTrip(t *testing.T) {
	rows := commentRowsFor(60)
	cf, err := FitComments(rows, make([]CommentShared, len(rows)), CommentsConfig{Lambdas: []float64{1e-4}, Epochs: []int{2}, Grams: [][2]int{{2, 3}}, Words: true})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if _, err := cf.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	m, err := parseComments(b.String())
	if err != nil || m == nil {
		t.Fatalf("parse: %v, %v", m, err)
	}
	if m.lay != cf.m.lay || m.stack != cf.m.stack {
		t.Errorf("read %+v, wrote %+v", m.lay, cf.m.lay)
	}
	for _, text := range []string{"Im Jahr 2003 waren es 40 Prozent.", "Peinlich!"} {
		if a, b := m.logit(text, CommentShared{0.3, 1, 2, 3}), cf.m.logit(text, CommentShared{0.3, 1, 2, 3}); math.Abs(a-b) > 1e-9 {
			t.Errorf("%q: read model %g, fitted %g", text, a, b)
		}
	}
	if m, err := parseComments("# nothing fitted\n"); m != nil || err != nil {
		t.Errorf("an empty model file: %v, %v", m, err)
	}
	if _, err := parseComments("# layout 2 3 1\n5\tx\n"); err == nil {
		t.Error("a bad weight line: want an error")
	}
}

func TestCommentLogitHook(t *testing.T) {
	saved := shippedComments()
	defer func() { comments = saved }()
	comments = &commentModel{lay: commentLayout{minN: 2, maxN: 3}, w: make([]float32, cmWeights), stack: [nStack]float64{-1, 0.5, 0, 0, 0, 1}}
	if got := commentLogit("Ein Kommentar.", "en", 1.25); got != 1.25 {
		t.Errorf("an English comment: %g, want the shared logit", got)
	}
	want := -1 + 0.5*(1.25+sharedCommentCut)
	if got := commentLogit("Ein Kommentar.", "de", 1.25); math.Abs(got-want) > 1e-12 {
		t.Errorf("a German comment: %g, want %g", got, want)
	}
	comments = nil
	zs := Score("Ein Kommentar.", Options{Lang: "de", Genre: GenreComments}).logit
	news := Score("Ein Kommentar.", Options{Lang: "de", Genre: GenreNews})
	comments = &commentModel{lay: commentLayout{minN: 2, maxN: 3}, w: make([]float32, cmWeights), stack: [nStack]float64{-1, 0.5, 0, 0, 0, 1}}
	if got := Score("Ein Kommentar.", Options{Lang: "de", Genre: GenreComments}).logit; math.Abs(got-(-1+0.5*(zs+sharedCommentCut))) > 1e-12 {
		t.Errorf("Score of a German comment: logit %g, not the comment model's", got)
	}
	lines := Extract("Ein Kommentar.\nNoch einer.", Options{Lang: "de", Split: "lines", Genre: GenreComments})
	if len(lines) != 2 || math.Abs(lines[0].logit-(-1+0.5*(zs+sharedCommentCut))) > 1e-12 {
		t.Errorf("a line of a collection of comments is not scored by the comment model: %+v", lines)
	}
	text := "Ein Kommentar. Im Jahr 2003 waren es 40 Prozent weniger."
	zs = func() float64 { comments = nil; return Score(text, Options{Lang: "de", Genre: GenreComments}).logit }()
	comments = &commentModel{lay: commentLayout{minN: 2, maxN: 3}, w: make([]float32, cmWeights), stack: [nStack]float64{-1, 0.5, 0.25, 0, -0.125, 1}}
	sv := sentenceViews(&scorer, text, "de")
	want = -1 + 0.5*(zs+sharedCommentCut) + 0.25*(sv[svNewsMax]+sharedNewsCut) - 0.125*(sv[svSentMax]+sharedCommentCut)
	if got := Score(text, Options{Lang: "de", Genre: GenreComments}).logit; math.Abs(got-want) > 1e-12 {
		t.Errorf("with the news view: logit %g, want %g", got, want)
	}
	if n2 := Score("Ein Kommentar.", Options{Lang: "de", Genre: GenreNews}); n2.Score != news.Score {
		t.Errorf("news scores changed with the comment model: %g against %g", n2.Score, news.Score)
	}
	comments = nil
	if got := commentLogit("Ein Kommentar.", "de", 1.25); got != 1.25 {
		t.Errorf("no comment model: %g, want the shared logit", got)
	}
}

// TestSentenceViewsSameInFitAndScore checks that the fit's views of a
// comment's sentences (SharedCommentOOF's rows) are what sentenceViews
// computes.
func TestSentenceViewsSameInFitAndScore(t *testing.T) {
	rows := commentRowsFor(40)
	rows = append(rows, TrainRow{Text: "Die Regierung hat am Montag 40 Millionen Euro bewilligt.", Lang: "de", Genre: GenreNews, Worthy: true, Group: "n1"},
		TrainRow{Text: "Das ist schön.", Lang: "de", Genre: GenreNews, Group: "n2"})
	f, err := Fit(rows, FitConfig{Lambdas: []float64{1e-3}, Folds: 1, Epochs: 2})
	if err != nil {
		t.Fatal(err)
	}
	text := "Ich finde das peinlich. Im Jahr 2003 waren es 40 Prozent weniger! Oder?"
	sp := commentSentences(text)
	if len(sp) != 3 {
		t.Fatalf("%d sentences, want 3", len(sp))
	}
	var want CommentShared
	want[svNewsMax], want[svSentMax] = math.Inf(-1), math.Inf(-1)
	for _, g := range []string{GenreNews, GenreComments} {
		var sents []TrainRow
		for _, s := range sp {
			sents = append(sents, TrainRow{Text: text[s.s:s.e], Lang: "de", Genre: g})
		}
		for _, r := range prepare(sents, FitConfig{Context: f.Context}, nil) {
			z := dotRow(f.model.w, &r)
			if g == GenreNews {
				want[svNewsMax] = math.Max(want[svNewsMax], z)
				want[svNewsMean] += z / 3
			} else {
				want[svSentMax] = math.Max(want[svSentMax], z)
			}
		}
	}
	got := sentenceViews(&f.model, text, "de")
	for v := svNewsMax; v < nSharedView; v++ {
		if math.Abs(got[v]-want[v]) > 1e-4 {
			t.Errorf("view %d: sentenceViews %g, the fit's rows %g", v, got[v], want[v])
		}
	}
	if want[svNewsMax] == want[svSentMax] {
		t.Error("a sentence reads the same as news and as a comment: the test proves nothing")
	}
	cv := f.CommentViews(TrainRow{Text: text, Lang: "de", Genre: GenreComments})
	if w := want[svNewsMax] + logit(f.Thresholds[domNews][0]); math.Abs(cv[svNewsMax]-w) > 1e-4 {
		t.Errorf("CommentViews news view %g, want %g", cv[svNewsMax], w)
	}
	if w := want[svSentMax] + logit(f.Thresholds[domComments][0]); math.Abs(cv[svSentMax]-w) > 1e-4 {
		t.Errorf("CommentViews sentence-as-comment view %g, want %g", cv[svSentMax], w)
	}
}

func TestNBScale(t *testing.T) {
	rows := []cRow{
		{x: []cInput{{1, 1}, {2, 1}}, y: 1, wt: 1},
		{x: []cInput{{1, 1}, {2, 1}}, y: 1, wt: 1},
		{x: []cInput{{2, 1}, {3, 1}}, y: 0, wt: 1},
		{x: []cInput{{2, 1}, {3, 1}}, y: 0, wt: 1},
		{x: []cInput{{3, 1}, {4, 1}}, y: 0, wt: 0}, // weighs nothing: not counted
	}
	sc := nbScale(rows, func(*cRow) bool { return true }, 0.5)
	if !(sc[1] > sc[2] && sc[3] > sc[2]) || math.Abs(float64(sc[1]-sc[3])) > 1e-6 {
		t.Errorf("scales %v %v %v: inputs of one class only must weigh more than one of both, alike", sc[1], sc[2], sc[3])
	}
	if math.Abs(float64(sc[2])-0.5) > 1e-6 || math.Abs(float64(sc[4])-0.5) > 1e-6 || sc[cmBias] != 1 {
		t.Errorf("a balanced or unseen input: %v, %v (want c); bias %v (want 1)", sc[2], sc[4], sc[cmBias])
	}
	w := trainCommentsNB(rows, func(*cRow) bool { return true }, commentGridPoint{lambda: 1e-4, epochs: 3, nb: 0.5, bags: 1})
	if dotInputs(w, rows[0].x) <= 0 || dotInputs(w, rows[2].x) >= 0 {
		t.Error("the scaled fit does not separate its rows with unscaled inputs")
	}
	w2 := trainCommentsNB(rows, func(*cRow) bool { return true }, commentGridPoint{lambda: 1e-4, epochs: 3, nb: 0.5, bags: 2})
	if dotInputs(w2, rows[0].x) <= 0 || dotInputs(w2, rows[2].x) >= 0 || dotInputs(w2, rows[0].x) == dotInputs(w, rows[0].x) {
		t.Error("two bags: not separating, or the same as one fit")
	}
}

// BenchmarkScoreComment scores an invented German comment as a comment
// (through the comment model when comments.tsv holds one) and, for
// comparison, as news.
func BenchmarkScoreComment(b *testing.B) {
	text := "Ich habe gelesen, dass die Preise seit 2019 um fast 30 % gestiegen sind. Stimmt das überhaupt? Mein Nachbar meint, das liegt nur an den Steuern!"
	for _, g := range []string{GenreComments, GenreNews} {
		b.Run(g, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				Score(text, Options{Lang: "de", Genre: g})
			}
		})
	}
}

// TestShippedComments checks that comments.tsv holds a model that reads
// the shared model's views and its own logit, and that it moves German
// comments only.
func TestShippedComments(t *testing.T) {
	m := shippedComments()
	if m == nil {
		t.Fatal("comments.tsv holds no comment model")
	}
	if m.lay.maxN < m.lay.minN || m.lay.minN < 1 || m.stack[1+svWhole] <= 0 || m.stack[1+nSharedView] <= 0 {
		t.Errorf("layout %+v, stack %v: want n-grams and positive weights on the shared and the own logit", m.lay, m.stack)
	}
	nz := 0
	for _, v := range m.w {
		if v != 0 {
			nz++
		}
	}
	if nz < 1000 {
		t.Errorf("%d non-zero weights", nz)
	}
	text := "Laut Statistik sind es seit 2019 fast 30 % mehr. Ich finde das schlimm!"
	de := Score(text, Options{Lang: "de", Genre: GenreComments})
	saved := comments
	comments = nil
	alone := Score(text, Options{Lang: "de", Genre: GenreComments})
	en := Score(text, Options{Lang: "en", Genre: GenreComments})
	comments = saved
	if de.logit == alone.logit {
		t.Error("a German comment scores as the shared model alone")
	}
	if en2 := Score(text, Options{Lang: "en", Genre: GenreComments}); en2.logit != en.logit {
		t.Error("an English comment is moved by the comment model")
	}
}

// TestShippedCuts checks that the shipped model's notes give both cuts the
// comment model was stacked on: a changed note format would otherwise
// leave them 0 without a word.
func TestShippedCuts(t *testing.T) {
	for _, g := range []string{GenreComments, GenreNews} {
		if c := shippedCut(g); c == 0 || math.IsNaN(c) {
			t.Errorf("no threshold of %s in model.tsv's notes (cut %v)", g, c)
		}
	}
}
