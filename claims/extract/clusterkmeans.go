package extract

import (
	"math/rand/v2"
	"sync"
)

// clusterVectors puts the unit vectors vecs (nil: none) in cfg.Fine
// clusters by spherical k-means and the fine centroids in cfg.Coarse
// clusters the same way. It returns each vector's fine cluster (-1 for a
// nil one) and each fine cluster's coarse cluster.
func clusterVectors(vecs [][]float64, cfg ClusterConfig) ([]int, []int) {
	var pts [][]float64
	var at []int
	for i, v := range vecs {
		if v != nil {
			pts = append(pts, v)
			at = append(at, i)
		}
	}
	fine := make([]int, len(vecs))
	for i := range fine {
		fine[i] = -1
	}
	got, cents := kMeans(pts, cfg.Fine, cfg.Iters, cfg.Seed, cfg.Workers)
	for j, i := range at {
		fine[i] = got[j]
	}
	coarse, _ := kMeans(cents, cfg.Coarse, cfg.Iters, cfg.Seed+1, cfg.Workers)
	for len(coarse) < cfg.Fine {
		coarse = append(coarse, 0)
	}
	return fine, coarse
}

// kMeans clusters the unit vectors pts in k clusters by cosine (spherical
// k-means): k-means++ seeding from a generator seeded by seed, then iters
// rounds of assigning each point to its nearest centroid (the lowest
// index on a tie; workers goroutines) and setting each centroid to the
// normalised sum of its points (an empty cluster keeps its centroid). It
// returns each point's cluster and the centroids.
func kMeans(pts [][]float64, k, iters int, seed uint64, workers int) ([]int, [][]float64) {
	k = min(k, len(pts))
	if k == 0 {
		return make([]int, len(pts)), nil
	}
	cents := seedCentroids(pts, k, rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d)))
	assign := make([]int, len(pts))
	for it := 0; it < iters; it++ {
		if !assignPoints(pts, cents, assign, workers) && it > 0 {
			break
		}
		dims := len(pts[0])
		sums := make([][]float64, k)
		for i, p := range pts {
			c := assign[i]
			if sums[c] == nil {
				sums[c] = make([]float64, dims)
			}
			for d, x := range p {
				sums[c][d] += x
			}
		}
		for c, s := range sums {
			if s != nil {
				normalise(s)
				cents[c] = s
			}
		}
	}
	assignPoints(pts, cents, assign, workers)
	return assign, cents
}

// seedCentroids picks k of pts by k-means++: the first at random, each next
// with a chance proportional to its squared distance from the nearest
// centroid picked (for unit vectors 2 - 2·cos).
func seedCentroids(pts [][]float64, k int, rng *rand.Rand) [][]float64 {
	cents := [][]float64{append([]float64(nil), pts[rng.IntN(len(pts))]...)}
	dist := make([]float64, len(pts))
	for i := range dist {
		dist[i] = 4
	}
	for len(cents) < k {
		last := cents[len(cents)-1]
		var sum float64
		for i, p := range pts {
			if d := 2 - 2*dot(p, last); d < dist[i] {
				dist[i] = max(d, 0)
			}
			sum += dist[i]
		}
		pick := len(pts) - 1
		r := rng.Float64() * sum
		for i, d := range dist {
			if r < d {
				pick = i
				break
			}
			r -= d
		}
		cents = append(cents, append([]float64(nil), pts[pick]...))
	}
	return cents
}

// assignPoints sets assign[i] to the centroid nearest pts[i], the points
// split among workers goroutines, and reports whether any changed.
func assignPoints(pts, cents [][]float64, assign []int, workers int) bool {
	workers = max(1, workers)
	changed := make([]bool, workers)
	var wg sync.WaitGroup
	per := (len(pts) + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := min(w*per, len(pts)), min((w+1)*per, len(pts))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				best, bv := 0, dot(pts[i], cents[0])
				for c := 1; c < len(cents); c++ {
					if v := dot(pts[i], cents[c]); v > bv {
						best, bv = c, v
					}
				}
				if assign[i] != best {
					assign[i], changed[w] = best, true
				}
			}
		}()
	}
	wg.Wait()
	for _, c := range changed {
		if c {
			return true
		}
	}
	return false
}

// dot returns the dot product of a and b (of equal length).
func dot(a, b []float64) float64 {
	b = b[:len(a)]
	var s0, s1 float64
	i := 0
	for ; i+1 < len(a); i += 2 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
	}
	if i < len(a) {
		s0 += a[i] * b[i]
	}
	return s0 + s1
}
