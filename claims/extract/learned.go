package extract

import (
	"math"
	"math/bits"
)

// The first stage of the scoring model is one logistic regression, learned
// from labelled sentences and comments (see fit.go), over four groups of
// inputs (the second stage over a news text's scores is stage2.go):
//
//   - the words of the unit: each lower-cased word (a number by its shape,
//     "2020" as "0000"), its first five and last three bytes when it is
//     longer, and each pair of neighbouring words, hashed into 2^hashBits
//     buckets (no word list: any word can carry weight);
//   - the general linguistic features of features.go (numbers, dates,
//     named entities, reporting verbs, modal verbs …);
//   - the context of the unit in its text (context.go): first unit, lead,
//     after a heading, its language, the features of the units right
//     before and after it, and the mean features of the whole text
//     (article.go);
//   - a bias.
//
// Every input has one weight shared by all genres and one of its genre
// (news, debates, comments: "frustratingly easy" domain adaptation, Daumé
// 2007), so news sentences learn from debate sentences where the two agree
// and keep their own weight where they do not. A unit's reasons are its
// strongest contributions: features by name ("number: 5 %") and words as
// "word for: Prozent" or "word against: Ich denke".

// hashBits is the size of the hashed word space: 2^hashBits buckets.
const hashBits = 21

// The genres the model knows, as domains of its weights.
const (
	domNews = iota
	domDebates
	domComments
	nDom
)

// GenreDebates reads whole-text units as sentences of spoken political
// debate (transcripts).
const GenreDebates = "debates"

// domainNames are the genres by domain index.
var domainNames = [nDom]string{GenreNews, GenreDebates, GenreComments}

// domainOf returns the domain of a genre name; news unless named otherwise.
func domainOf(genre string) int {
	for d, n := range domainNames {
		if n == genre {
			return d
		}
	}
	return domNews
}

// Layout of the weight vector: hashed buckets, then the features (shared,
// then per domain), the context inputs (context.go; shared, then per
// domain), then the biases (shared, then per domain).
const (
	nHash    = 1 << hashBits
	offDense = nHash
	offCtx   = offDense + nFeat*(nDom+1)
	offBias  = offCtx + nCtx*(nDom+1)
	nWeights = offBias + nDom + 1
)

// linModel holds the weights of the scoring model.
type linModel struct {
	w   []float32
	ctx int        // mask of the context groups it reads (Ctx*)
	tab *hashTable // w's hashed part in compact form, or nil: read w
}

// Reason names of word contributions.
const (
	ReasonWordFor     = "word for"     // a word that speaks for a claim of fact
	ReasonWordAgainst = "word against" // a word that speaks against one
)

// term is one hashed word input of a unit: its hash and the byte span of
// the text it stands for (shown in a reason).
type term struct {
	h    uint32
	s, e int
	mute bool // a function word: it counts, but is no reason worth showing
}

// FNV-1a.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// fnvAdd adds the bytes of s to the FNV-1a hash h.
func fnvAdd(h uint32, s string) uint32 {
	for len(s) >= 4 { // four bytes a round, then two, then one: fewer tests
		h = (h ^ uint32(s[0])) * fnvPrime
		h = (h ^ uint32(s[1])) * fnvPrime
		h = (h ^ uint32(s[2])) * fnvPrime
		h = (h ^ uint32(s[3])) * fnvPrime
		s = s[4:]
	}
	if len(s) >= 2 {
		h = (h ^ uint32(s[0])) * fnvPrime
		h = (h ^ uint32(s[1])) * fnvPrime
		s = s[2:]
	}
	if len(s) == 1 {
		h = (h ^ uint32(s[0])) * fnvPrime
	}
	return h
}

// fnvAdd5 is fnvAdd(h, s[:5]) and fnvAdd3 is fnvAdd(h, s[:3]), the word
// inputs' prefix and suffix, unrolled: small enough to be inlined.
func fnvAdd5(h uint32, s string) uint32 {
	_ = s[4]
	h = (h ^ uint32(s[0])) * fnvPrime
	h = (h ^ uint32(s[1])) * fnvPrime
	h = (h ^ uint32(s[2])) * fnvPrime
	h = (h ^ uint32(s[3])) * fnvPrime
	return (h ^ uint32(s[4])) * fnvPrime
}

// fnvAdd3 is fnvAdd(h, s[:3]), unrolled (see fnvAdd5).
func fnvAdd3(h uint32, s string) uint32 {
	_ = s[2]
	h = (h ^ uint32(s[0])) * fnvPrime
	h = (h ^ uint32(s[1])) * fnvPrime
	return (h ^ uint32(s[2])) * fnvPrime
}

// fnvByte adds the byte b to the FNV-1a hash h.
func fnvByte(h uint32, b byte) uint32 {
	h ^= uint32(b)
	return h * fnvPrime
}

// numberShape hashes a number by its shape: every digit as '0'.
func numberShape(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			c = '0'
		}
		h = fnvByte(h, c)
	}
	return h
}

// punctInputs are the punctuation marks that are word inputs of terms by
// their first byte: "?", "!", "%", "$", "€" and '"'. A token's first byte
// is asked, so every byte of "€" counts, and its first (0xE2) is the first
// byte of every rune from U+2000 to U+2FFF: dashes, typographic quotes and
// ellipses are inputs too, as the fitted weights expect.
const punctInputs = "?!%$€\""

// punctInput marks the bytes of punctInputs: punctInput[b] is
// strings.IndexByte(punctInputs, b) >= 0, a look-up instead of a call
// for every punctuation token (TestPunctInput).
var punctInput = func() (t [256]bool) {
	for i := range len(punctInputs) {
		t[punctInputs[i]] = true
	}
	return t
}()

// terms appends the hashed word inputs of a unit to buf.
func terms(text string, toks []token, buf []term) []term {
	var prev uint32
	ps := -1
	for i := range toks {
		t := &toks[i]
		if t.is(tPunct) {
			if punctInput[t.p] || t.is(tQuote) {
				buf = append(buf, term{fnvAdd(fnvByte(fnvOffset, 'u'), text[t.s:t.e]), t.s, t.e, false})
			}
			continue
		}
		var w uint32
		if t.is(tNum) {
			w = numberShape(fnvOffset, t.low)
		} else {
			w = fnvAdd(fnvOffset, t.low)
		}
		buf = append(buf, term{fnvByte(w, 'u'), t.s, t.e, t.cat&(cStopDE|cStopEN|cDet) != 0})
		if n := len(t.low); n > 6 && !t.is(tNum) {
			buf = append(buf, term{fnvAdd5(fnvByte(fnvOffset, 'p'), t.low), t.s, t.e, false})
			buf = append(buf, term{fnvAdd3(fnvByte(fnvOffset, 's'), t.low[n-3:]), t.s, t.e, false})
		}
		if ps >= 0 {
			buf = append(buf, term{(prev^w)*fnvPrime + 'b', ps, t.e, false})
		}
		prev, ps = w*31+7, t.s
	}
	return buf
}

// mix is the murmur3 finaliser: it spreads a hash over all bits.
func mix(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

// domainSalt separates the genre copies of a hashed input.
var domainSalt = [nDom]uint32{0x68e31da4, 0xb5297a4d, 0x1b56c4e9}

// slots returns the shared and the domain bucket of a term hash.
func slots(h uint32, dom int) (int, int) {
	return saltedSlots(h, domainSalt[dom])
}

// saltedSlots is slots with the domain's salt (domainSalt[dom]) given, so
// that a loop over many terms of one domain reads it once.
func saltedSlots(h, salt uint32) (int, int) {
	return int(mix(h) & (nHash - 1)), int(mix(h^salt) & (nHash - 1))
}

// termScale is the value of each word input: 1/sqrt(number of inputs), so
// that long comments do not outweigh short sentences.
func termScale(n int) float64 {
	if n == 0 {
		return 0
	}
	return 1 / math.Sqrt(float64(n))
}

// score returns the model's score of a unit of domain dom with context
// inputs cx and its reasons, strongest first.
func (m *linModel) score(text string, a *analysis, cx *ctxInputs, ts []term, dom int, sl *slab) (float64, []string) {
	z, reasons := m.scoreLogit(text, a, cx, ts, dom, sl)
	return prob(z), reasons
}

// prob turns a logit into the score shown: the probability, rounded to
// four places.
func prob(z float64) float64 {
	s := 1 / (1 + math.Exp(-z))
	return math.Round(s*1e4) / 1e4
}

// scoreLogit is score before the logistic function: the logit of a unit
// and its reasons.
func (m *linModel) scoreLogit(text string, a *analysis, cx *ctxInputs, ts []term, dom int, sl *slab) (float64, []string) {
	w := m.w
	z := float64(w[offBias]) + float64(w[offBias+1+dom])
	for j, nz := range cx.nz { // the non-zero inputs, in order
		for ; nz != 0; nz &= nz - 1 {
			k := 64*j + bits.TrailingZeros64(nz)
			z += (float64(w[offCtx+k]) + float64(w[offCtx+nCtx*(1+dom)+k])) * float64(cx.v[k])
		}
	}
	var top strongest
	for nz := a.nonZero(); nz != 0; {
		f := nz.next()
		v := (float64(w[offDense+f]) + float64(w[offDense+nFeat*(1+dom)+f])) * a.x[f]
		z += v
		if f != fLength && a.ev[f] != "" {
			top.push(contrib{v, -1, -1, int32(f)})
		}
	}
	sc := termScale(len(ts))
	// Contributions of one word (its form, prefix, suffix) are summed.
	cs, ce, cv, mute := -1, -1, 0.0, false
	// The weights of a batch of terms are read first, in a loop of
	// independent loads, then summed in the terms' order.
	var tv [hashBatch]float64
	for len(ts) > 0 {
		batch := ts[:min(len(ts), len(tv))]
		ts = ts[len(batch):]
		m.termValues(batch, dom, sc, &tv)
		for i := range batch {
			t := &batch[i]
			v := tv[i]
			z += v
			if t.s != cs || t.e != ce {
				if cs >= 0 && !mute && top.wants(cv) {
					top.push(contrib{cv, int32(cs), int32(ce), -1})
				}
				cs, ce, cv, mute = t.s, t.e, 0, t.mute
			}
			cv += v
		}
	}
	if cs >= 0 && !mute {
		top.push(contrib{cv, int32(cs), int32(ce), -1})
	}
	n := top.n
	var names, evs [len(top.best)]string
	for i, c := range top.best[:n] {
		if c.f >= 0 {
			names[i], evs[i] = featureNames[c.f], a.ev[c.f]
		} else {
			names[i], evs[i] = ReasonWordFor, text[c.s:c.e]
			if c.v < 0 {
				names[i] = ReasonWordAgainst
			}
		}
	}
	return z, reasonList(names[:n], evs[:n], sl)
}

// termValues sets tv[i] to the value of the word input ts[i] in domain
// dom (its shared and its domain weight, times the input's value sc).
func (m *linModel) termValues(ts []term, dom int, sc float64, tv *[hashBatch]float64) {
	if t := m.tab; t != nil {
		t.weights(ts, dom, sc, tv)
		return
	}
	w := m.w
	for i := range ts {
		g, d := slots(ts[i].h, dom)
		tv[i] = (float64(w[g]) + float64(w[d])) * sc
	}
}

// contrib is one contribution to a unit's logit that may become a reason:
// feature f, or (f < 0) the word at text[s:e].
type contrib struct {
	v    float64
	s, e int32
	f    int32
}

// strongest keeps the eight contributions of largest size (at least 0.05),
// largest first; of equal sizes, the one pushed first.
type strongest struct {
	best [8]contrib
	size [8]float64 // the sizes (absolute values) of best
	n    int
	last float64 // the size of best[n-1] once all eight are taken
}

// wants reports whether a contribution of value v would be kept (push
// checks it again); it is the cheap test for most words.
func (t *strongest) wants(v float64) bool {
	a := math.Abs(v)
	return a >= 0.05 && (t.n < len(t.best) || a > t.last)
}

// push keeps c when its size is at least 0.05 and larger than that of the
// smallest kept one (or fewer than eight are kept), in order of size.
func (t *strongest) push(c contrib) {
	a := math.Abs(c.v)
	if a < 0.05 {
		return
	}
	i := t.n
	if t.n < len(t.best) {
		t.n++
	} else if a <= t.size[t.n-1] {
		return
	} else {
		i = t.n - 1
	}
	for i > 0 && a > t.size[i-1] {
		t.best[i], t.size[i] = t.best[i-1], t.size[i-1]
		i--
	}
	t.best[i], t.size[i] = c, a
	t.last = t.size[t.n-1]
}

// reasonList renders up to six contributions as "name: evidence", leaving
// out one whose evidence repeats a stronger one's ("word for: 5" beside
// "number: 5"). The strings and the list are carved from sl's chunks (a
// nil sl allocates them).
func reasonList(names, evs []string, sl *slab) []string {
	var keep [8]int
	k, size := 0, 0
	for i := range names {
		if k == 6 {
			break
		}
		dup := false
		for _, j := range keep[:k] {
			if evs[j] == evs[i] {
				dup = true
				break
			}
		}
		if !dup {
			keep[k] = i
			k++
			size += len(names[i]) + 2 + len(evs[i])
		}
	}
	if sl == nil {
		sl = &slab{}
	}
	b := sl.builder(size)
	pos := b.Len()
	for _, i := range keep[:k] {
		b.WriteString(names[i])
		b.WriteString(": ")
		b.WriteString(evs[i])
	}
	all := b.String()[pos:]
	out := sl.strings(k)
	pos = 0
	for n, i := range keep[:k] {
		l := len(names[i]) + 2 + len(evs[i])
		out[n] = all[pos : pos+l]
		pos += l
	}
	return out
}
