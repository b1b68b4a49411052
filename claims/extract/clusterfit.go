package extract

import (
	"math"
	"slices"
	"strings"
)

// ClusterText is one unlabelled text for FitClusters, in German ("de") or
// English (anything else).
type ClusterText struct {
	Lang, Text string
}

// ClusterConfig sets the hand-set sizes of FitClusters; zero fields take
// the defaults of DefaultClusterConfig.
type ClusterConfig struct {
	MinCount int     // a word needs this many occurrences to be clustered
	MaxVocab int     // at most this many words per language, the most frequent
	Contexts int     // context words per language: the most frequent tokens
	Dims     int     // dimensions of the random projection
	Fine     int     // k of the fine clusters per language
	Coarse   int     // k of the coarse clusters (of the fine centroids)
	Iters    int     // k-means iterations
	Alpha    float64 // context distribution smoothing of the PPMI
	Power    int     // power iterations of the randomized SVD; 0: random projection
	Seed     uint64
	Workers  int // goroutines of the k-means assignment step
}

// DefaultClusterConfig is what internal/fitclusters uses.
var DefaultClusterConfig = ClusterConfig{MinCount: 3, MaxVocab: 30000, Contexts: 1500, Dims: 96,
	Fine: 1024, Coarse: 128, Iters: 15, Alpha: 0.75, Power: 2, Seed: 1, Workers: 2}

// withDefaults fills the zero fields of cfg from DefaultClusterConfig.
func (cfg ClusterConfig) withDefaults() ClusterConfig {
	d := DefaultClusterConfig
	set := func(v *int, def int) {
		if *v == 0 {
			*v = def
		}
	}
	set(&cfg.MinCount, d.MinCount)
	set(&cfg.MaxVocab, d.MaxVocab)
	set(&cfg.Contexts, d.Contexts)
	set(&cfg.Dims, d.Dims)
	set(&cfg.Fine, d.Fine)
	set(&cfg.Coarse, d.Coarse)
	set(&cfg.Iters, d.Iters)
	set(&cfg.Workers, d.Workers)
	if cfg.Alpha == 0 {
		cfg.Alpha = d.Alpha
	}
	return cfg
}

// tokenKey is a token's key in the cluster table: the hash its word input
// starts from in terms (a number by its shape), or, for a punctuation
// mark, the hash of its text with the 'u' salt.
func tokenKey(text string, t *token) uint32 {
	switch {
	case t.is(tPunct):
		return fnvAdd(fnvByte(fnvOffset, 'u'), text[t.s:t.e])
	case t.is(tNum):
		return numberShape(fnvOffset, t.low)
	}
	return fnvAdd(fnvOffset, t.low)
}

// FitClusters clusters the words of texts by the words around them, each
// language apart: the words seen MinCount times or more (the MaxVocab most
// frequent) get a vector of the positive pointwise mutual information
// (context counts smoothed by Alpha) with each of the Contexts most
// frequent tokens at the positions -2, -1, +1 and +2 within a line (the
// line's edge is a context of its own), projected to Dims dimensions by a
// seeded random ±1 projection and normalised; seeded spherical k-means
// (k-means++ start, Iters rounds) puts them in Fine clusters, and the same
// k-means over the fine centroids groups these into Coarse ones. The same
// texts and configuration give the same table.
func FitClusters(texts []ClusterText, cfg ClusterConfig) *Clusters {
	cfg = cfg.withDefaults()
	var keys []uint32
	var fine, coarse []uint16
	type seen struct{ i, n int32 }
	best := map[uint32]seen{} // a key clustered in both languages keeps the more frequent
	for li, lang := range []string{"de", "en"} {
		lines, words := clusterLines(texts, lang)
		vocab, counts := clusterVocab(lines, words, cfg)
		if len(vocab) == 0 {
			continue
		}
		f, c := clusterVectors(contextVectors(lines, vocab, cfg), cfg)
		for i, k := range vocab {
			if f[i] < 0 {
				continue
			}
			fi, ci := uint16(f[i]+li*cfg.Fine), uint16(c[f[i]]+li*cfg.Coarse)|uint16(min(counts[i], 255))<<8 // experiment: the count, capped, in the high byte (Coarse ≤ 128)
			if b, ok := best[k]; ok {
				if counts[i] > b.n {
					fine[b.i], coarse[b.i] = fi, ci
					best[k] = seen{b.i, counts[i]}
				}
				continue
			}
			best[k] = seen{int32(len(keys)), counts[i]}
			keys, fine, coarse = append(keys, k), append(fine, fi), append(coarse, ci)
		}
	}
	return newClusters(cfg.Fine, cfg.Coarse, keys, fine, coarse)
}

// clusterLines tokenises the texts of one language line by line into
// token keys, and returns which keys are words or numbers (not marks).
func clusterLines(texts []ClusterText, lang string) ([][]uint32, map[uint32]bool) {
	var z tokenizer
	lex := lexFor(lang)
	words := map[uint32]bool{}
	var lines [][]uint32
	for _, t := range texts {
		if (t.Lang == "de") != (lang == "de") {
			continue
		}
		for line := range strings.Lines(t.Text) {
			toks := z.tokenize(line, lex)
			if len(toks) == 0 {
				continue
			}
			ks := make([]uint32, len(toks))
			for i := range toks {
				ks[i] = tokenKey(line, &toks[i])
				if !toks[i].is(tPunct) {
					words[ks[i]] = true
				}
			}
			lines = append(lines, ks)
			z.slab = slab{}
		}
	}
	return lines, words
}

// keyCount is a token key and how often it occurs.
type keyCount struct {
	k uint32
	n int32
}

// byCount returns the keys of counts, the most frequent first (ties by
// key), those for which keep is true only.
func byCount(counts map[uint32]int32, keep func(uint32, int32) bool) []keyCount {
	var out []keyCount
	for k, n := range counts {
		if keep(k, n) {
			out = append(out, keyCount{k, n})
		}
	}
	slices.SortFunc(out, func(a, b keyCount) int {
		if a.n != b.n {
			return int(b.n - a.n)
		}
		if a.k < b.k {
			return -1
		}
		return 1
	})
	return out
}

// clusterVocab returns the words to cluster (MinCount or more, the
// MaxVocab most frequent) and their counts.
func clusterVocab(lines [][]uint32, words map[uint32]bool, cfg ClusterConfig) ([]uint32, []int32) {
	counts := map[uint32]int32{}
	for _, l := range lines {
		for _, k := range l {
			counts[k]++
		}
	}
	kc := byCount(counts, func(k uint32, n int32) bool { return words[k] && int(n) >= cfg.MinCount })
	kc = kc[:min(len(kc), cfg.MaxVocab)]
	vocab, n := make([]uint32, len(kc)), make([]int32, len(kc))
	for i, c := range kc {
		vocab[i], n[i] = c.k, c.n
	}
	return vocab, n
}

// contextVectors returns each vocabulary word's normalised vector (nil
// when it has no positive PPMI with any context).
func contextVectors(lines [][]uint32, vocab []uint32, cfg ClusterConfig) [][]float64 {
	counts := map[uint32]int32{}
	for _, l := range lines {
		for _, k := range l {
			counts[k]++
		}
	}
	ctxKeys := byCount(counts, func(uint32, int32) bool { return true })
	ctxKeys = ctxKeys[:min(len(ctxKeys), cfg.Contexts)]
	ctx := make(map[uint32]uint32, len(ctxKeys))
	for i, c := range ctxKeys {
		ctx[c.k] = uint32(i)
	}
	edge := uint32(len(ctxKeys)) // the line's edge as a context
	perPos := edge + 1
	word := make(map[uint32]uint32, len(vocab))
	for i, k := range vocab {
		word[k] = uint32(i)
	}
	var pairs []uint64 // word index << 32 | position * perPos + context
	for _, l := range lines {
		for i, k := range l {
			v, ok := word[k]
			if !ok {
				continue
			}
			for p, off := range [4]int{-2, -1, 1, 2} {
				c := edge
				if j := i + off; j >= 0 && j < len(l) {
					var ok bool
					if c, ok = ctx[l[j]]; !ok {
						continue
					}
				}
				pairs = append(pairs, uint64(v)<<32|uint64(uint32(p)*perPos+c))
			}
		}
	}
	slices.Sort(pairs)
	return ppmiProject(pairs, len(vocab), int(4*perPos), cfg)
}

// ppmiProject turns sorted (word, feature) occurrences into the words'
// normalised vectors: their PPMI rows, reduced to cfg.Dims dimensions
// (svdEmbed, or with cfg.Power 0 a random projection alone).
func ppmiProject(pairs []uint64, nWords, nFeat int, cfg ClusterConfig) [][]float64 {
	cells := ppmiCells(pairs, nWords, nFeat, cfg.Alpha)
	var vecs [][]float64
	if cfg.Power > 0 {
		vecs = svdEmbed(cells, nWords, nFeat, cfg)
	} else {
		vecs = multiply(cells, nWords, projection(nFeat, cfg.Dims, cfg.Seed), cfg.Dims)
	}
	for _, v := range vecs {
		normalise(v)
	}
	return vecs
}

// cell is one non-zero of a sparse word × feature matrix.
type cell struct {
	w, f uint32
	v    float64
}

// ppmiCells returns the positive PMI of each (word, feature) of pairs
// (sorted), with the feature counts raised to alpha (Levy et al. 2015).
func ppmiCells(pairs []uint64, nWords, nFeat int, alpha float64) []cell {
	var cells []cell
	rowSum, colSum := make([]float64, nWords), make([]float64, nFeat)
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		c := cell{uint32(pairs[i] >> 32), uint32(pairs[i]), float64(j - i)}
		cells = append(cells, c)
		rowSum[c.w] += c.v
		colSum[c.f] += c.v
		i = j
	}
	var colAlpha float64
	for f := range colSum {
		colSum[f] = math.Pow(colSum[f], alpha)
		colAlpha += colSum[f]
	}
	out := cells[:0]
	for _, c := range cells {
		if pmi := math.Log(c.v / rowSum[c.w] / (colSum[c.f] / colAlpha)); pmi > 0 {
			out = append(out, cell{c.w, c.f, pmi})
		}
	}
	return out
}

// multiply returns the sparse matrix cells (nWords rows) times the dense
// matrix m (dims columns, row-major); rows without a cell are nil.
func multiply(cells []cell, nWords int, m []float64, dims int) [][]float64 {
	out := make([][]float64, nWords)
	for _, c := range cells {
		if out[c.w] == nil {
			out[c.w] = make([]float64, dims)
		}
		r, o := m[int(c.f)*dims:][:dims], out[c.w]
		for d, x := range r {
			o[d] += c.v * x
		}
	}
	return out
}

// projection returns nFeat rows of dims random signs (±1), from a seeded
// generator of its own (splitmix64), so that they do not depend on
// math/rand's algorithms.
func projection(nFeat, dims int, seed uint64) []float64 {
	out := make([]float64, nFeat*dims)
	s := seed
	for i := range out {
		s += 0x9e3779b97f4a7c15
		z := s
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		z ^= z >> 31
		out[i] = float64(int(z>>63)*2 - 1)
	}
	return out
}

// normalise scales v to length 1 (nothing when it is all zero).
func normalise(v []float64) {
	var s float64
	for _, x := range v {
		s += x * x
	}
	if s == 0 {
		return
	}
	s = 1 / math.Sqrt(s)
	for i := range v {
		v[i] *= s
	}
}
