package extract

import (
	"bytes"
	"strings"
	"testing"
)

// toyClusterTexts are invented English lines in which four animal nouns
// and four verbs of movement each fill their own slots.
func toyClusterTexts() []ClusterText {
	nouns := []string{"dog", "cat", "horse", "goat"}
	verbs := []string{"swim", "jump", "dance", "climb"}
	var b strings.Builder
	for i := 0; i < 6; i++ {
		for j, n := range nouns {
			v := verbs[(i+j)%4]
			b.WriteString("the " + n + " slept in the barn .\n")
			b.WriteString("a " + n + " ate the hay there .\n")
			b.WriteString("we " + v + " every day , they " + v + " too .\n")
			b.WriteString("you can " + v + " quickly !\n")
		}
	}
	return []ClusterText{{Lang: "en", Text: b.String()}}
}

var toyClusterConfig = ClusterConfig{MinCount: 3, Contexts: 20, Dims: 8, Fine: 6, Coarse: 2, Iters: 10, Power: 2, Seed: 7, Workers: 2}

// clusterOfWord returns the fine cluster of an English word in c.
func clusterOfWord(t *testing.T, c *Clusters, w string) uint32 {
	t.Helper()
	var z tokenizer
	toks := z.tokenize(w, lexEN)
	f, _, ok := c.lookup(tokenKey(w, &toks[0]))
	if !ok {
		t.Fatalf("%q has no cluster", w)
	}
	return f
}

// TestFitClustersSeparatesContexts checks that words used in different
// places end in different clusters, words used in the same places in one.
func TestFitClustersSeparatesContexts(t *testing.T) {
	for _, power := range []int{0, 2} {
		cfg := toyClusterConfig
		cfg.Power = power
		if power == 0 {
			cfg.Dims = 64 // a random projection alone needs more dimensions
		}
		c := FitClusters(toyClusterTexts(), cfg)
		dog, swim := clusterOfWord(t, c, "dog"), clusterOfWord(t, c, "swim")
		if dog == swim {
			t.Fatalf("power %d: nouns and verbs share cluster %d", power, dog)
		}
		for _, w := range []string{"cat", "horse", "goat"} {
			if got := clusterOfWord(t, c, w); got != dog {
				t.Errorf("power %d: %q in cluster %d, %q in %d", power, w, got, "dog", dog)
			}
		}
		for _, w := range []string{"jump", "dance", "climb"} {
			if got := clusterOfWord(t, c, w); got != swim {
				t.Errorf("power %d: %q in cluster %d, %q in %d", power, w, got, "swim", swim)
			}
		}
		// English clusters come after the German ones.
		if dog < uint32(cfg.Fine) || swim < uint32(cfg.Fine) {
			t.Errorf("power %d: English clusters %d, %d below %d", power, dog, swim, cfg.Fine)
		}
	}
}

// TestFitClustersRepeatable checks that the same texts give the same file.
func TestFitClustersRepeatable(t *testing.T) {
	var a, b bytes.Buffer
	FitClusters(toyClusterTexts(), toyClusterConfig).WriteTo(&a)
	FitClusters(toyClusterTexts(), toyClusterConfig).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) || a.Len() == 0 {
		t.Fatalf("two fits differ (%d and %d bytes)", a.Len(), b.Len())
	}
}

// TestClustersRoundTrip checks that a written table reads back the same
// and that a broken file is refused.
func TestClustersRoundTrip(t *testing.T) {
	c := newClusters(4, 2, []uint32{9, 3, 77}, []uint16{1, 2, 3}, []uint16{0, 1, 1})
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if b.Len() != 12+3*8 {
		t.Fatalf("%d bytes, want %d", b.Len(), 12+3*8)
	}
	r, err := ReadClusters(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range []uint32{9, 3, 77} {
		f, co, ok := r.lookup(k)
		if !ok || f != uint32(i+1) || co != []uint32{0, 1, 1}[i] {
			t.Errorf("key %d: %d %d %v", k, f, co, ok)
		}
	}
	if _, _, ok := r.lookup(5); ok {
		t.Error("key 5 has a cluster")
	}
	if _, err := ReadClusters(b.Bytes()[:20]); err == nil {
		t.Error("a cut file was read")
	}
	if _, err := ReadClusters([]byte("XXXX00000000")); err == nil {
		t.Error("a file without the magic was read")
	}
}

// TestClusterInputsAppear checks that terms adds the cluster inputs the
// mask selects for words of the table, and none without the mask.
func TestClusterInputsAppear(t *testing.T) {
	const text = "The dog can swim"
	var z tokenizer
	toks := z.tokenize(text, lexEN)
	keys := make([]uint32, len(toks))
	for i := range toks {
		keys[i] = tokenKey(text, &toks[i])
	}
	saved, savedMask := wordClusters, cluMask
	defer func() { wordClusters, cluMask = saved, savedMask }()
	// "dog" and "swim" have clusters 3 and 5; "the" and "can" none.
	wordClusters = newClusters(4, 2, []uint32{keys[1], keys[3]}, []uint16{3, 5}, []uint16{1, 0})
	has := func(ts []term, h uint32) bool {
		for _, t := range ts {
			if t.h == h {
				return true
			}
		}
		return false
	}
	cluMask = 0
	plain := terms(text, toks, nil)
	cluMask = 1 | 2 | 4
	ts := terms(text, toks, nil)
	for _, want := range []uint32{clusterHash('c', 3, 0), clusterHash('c', 5, 0), clusterHash('k', 1, 0), clusterHash('k', 0, 0)} {
		if !has(ts, want) || has(plain, want) {
			t.Errorf("input %x: with the mask %v, without %v", want, has(ts, want), has(plain, want))
		}
	}
	// No bigram: "dog" and "swim" are not neighbours.
	if has(ts, clusterHash('C', 3, 5)) {
		t.Error("a cluster bigram of words that are not neighbours")
	}
	if len(ts) != len(plain)+4 {
		t.Errorf("%d inputs, want %d", len(ts), len(plain)+4)
	}
}
