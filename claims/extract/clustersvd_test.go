package extract

import (
	"math"
	"testing"
)

// TestJacobiEigen checks A·v = λ·v for every eigenpair of a small
// symmetric matrix.
func TestJacobiEigen(t *testing.T) {
	const n = 5
	a := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			x := math.Sin(float64(3*i+7*j+1)) + float64(i)*0.1
			a[i*n+j], a[j*n+i] = x, x
		}
	}
	orig := append([]float64(nil), a...)
	vals, vecs := jacobiEigen(a, n)
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			var av float64
			for j := 0; j < n; j++ {
				av += orig[i*n+j] * vecs[j*n+k]
			}
			if d := av - vals[k]*vecs[i*n+k]; math.Abs(d) > 1e-9 {
				t.Fatalf("eigenpair %d, row %d: A·v − λ·v = %g", k, i, d)
			}
		}
	}
}

// TestSVDEmbedKeepsCosines checks that a matrix of rank 2 in two blocks
// keeps its rows' cosines (0 or 1) when embedded in 2 dimensions.
func TestSVDEmbedKeepsCosines(t *testing.T) {
	rows := [][]float64{{1, 2, 0, 0, 1}, {2, 4, 0, 0, 2}, {0, 0, 3, 1, 0}, {0, 0, 1.5, 0.5, 0}}
	var cells []cell
	for w, r := range rows {
		for f, v := range r {
			if v != 0 {
				cells = append(cells, cell{uint32(w), uint32(f), v})
			}
		}
	}
	cfg := ClusterConfig{Dims: 2, Power: 2, Seed: 3}
	emb := svdEmbed(cells, len(rows), 5, cfg)
	cos := func(a, b []float64) float64 { return dot(a, b) / math.Sqrt(dot(a, a)*dot(b, b)) }
	for i := range rows {
		for j := range rows {
			want, got := cos(rows[i], rows[j]), cos(emb[i], emb[j])
			if math.Abs(got-want) > 1e-9 {
				t.Errorf("rows %d, %d: cosine %g, want %g", i, j, got, want)
			}
		}
	}
}
