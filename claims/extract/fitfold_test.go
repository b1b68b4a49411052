package extract

import (
	"fmt"
	"hash/fnv"
	"testing"
)

// TestGroupFoldNewsFillsAll checks that the training articles of the news
// labels fill every one of five folds: a development article is one whose
// FNV hash of "corpus/file" is 0 modulo 5 (trainset.DevArticle, which this
// package cannot import), and the folds must not follow that remainder.
func TestGroupFoldNewsFillsAll(t *testing.T) {
	var n [5]int
	for i := 0; i < 500; i++ {
		group := fmt.Sprintf("c/a%d.txt", i)
		h := fnv.New32a()
		h.Write([]byte(group))
		if h.Sum32()%5 == 0 {
			continue // a development article
		}
		n[groupFold(group, 5)]++
	}
	for k, c := range n {
		if c < 50 {
			t.Errorf("fold %d holds %d of the training articles: %v", k, c, n)
		}
	}
}
