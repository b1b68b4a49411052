package extract

import "math"

// svdEmbed returns the rows of the sparse matrix cells (nWords × nFeat)
// in the space of its cfg.Dims largest singular vectors, each direction
// scaled by the square root of its singular value (Levy et al. 2015):
// randomized SVD (Halko et al. 2011) from a seeded ±1 start and cfg.Power
// power iterations, then the eigenvectors of the small Gram matrix by
// Jacobi rotations. Rows without a cell are nil.
func svdEmbed(cells []cell, nWords, nFeat int, cfg ClusterConfig) [][]float64 {
	dims := cfg.Dims
	y := multiply(cells, nWords, projection(nFeat, dims, cfg.Seed), dims)
	for it := 0; it < cfg.Power; it++ {
		orthonormalise(y, dims)
		z := multiplyT(cells, nFeat, y, dims)
		orthonormalise(z, dims)
		y = multiply(cells, nWords, flatten(z, dims), dims)
	}
	orthonormalise(y, dims)
	bt := multiplyT(cells, nFeat, y, dims) // Bᵀ = Mᵀ Q
	g := make([]float64, dims*dims)        // B Bᵀ
	for _, r := range bt {
		for i, a := range r {
			if a == 0 {
				continue
			}
			for j, b := range r {
				g[i*dims+j] += a * b
			}
		}
	}
	vals, vecs := jacobiEigen(g, dims)
	scale := make([]float64, dims)
	for k, l := range vals {
		scale[k] = math.Pow(max(l, 0), 0.25) // sqrt of the singular value
	}
	for w, q := range y {
		if q == nil {
			continue
		}
		e := make([]float64, dims)
		for k := range e {
			var s float64
			for i, x := range q {
				s += x * vecs[i*dims+k]
			}
			e[k] = s * scale[k]
		}
		y[w] = e
	}
	return y
}

// multiplyT returns Mᵀ y for the sparse matrix cells (M) and the dense
// rows y (dims wide): nFeat rows, nil where no cell is.
func multiplyT(cells []cell, nFeat int, y [][]float64, dims int) [][]float64 {
	out := make([][]float64, nFeat)
	for _, c := range cells {
		if out[c.f] == nil {
			out[c.f] = make([]float64, dims)
		}
		o, r := out[c.f], y[c.w]
		for d, x := range r {
			o[d] += c.v * x
		}
	}
	return out
}

// flatten returns rows (nil: zero) as one row-major matrix.
func flatten(rows [][]float64, dims int) []float64 {
	out := make([]float64, len(rows)*dims)
	for i, r := range rows {
		copy(out[i*dims:], r)
	}
	return out
}

// orthonormalise makes the dims columns of the rows (nil rows: zero)
// orthonormal by modified Gram-Schmidt; a column that vanishes stays zero.
func orthonormalise(rows [][]float64, dims int) {
	for j := 0; j < dims; j++ {
		for i := 0; i < j; i++ {
			var r float64
			for _, x := range rows {
				if x != nil {
					r += x[i] * x[j]
				}
			}
			for _, x := range rows {
				if x != nil {
					x[j] -= r * x[i]
				}
			}
		}
		var n float64
		for _, x := range rows {
			if x != nil {
				n += x[j] * x[j]
			}
		}
		if n < 1e-300 {
			continue
		}
		n = 1 / math.Sqrt(n)
		for _, x := range rows {
			if x != nil {
				x[j] *= n
			}
		}
	}
}

// jacobiEigen returns the eigenvalues and eigenvectors (columns of the
// row-major n × n result) of the symmetric matrix a (row-major, changed)
// by cyclic Jacobi rotations, at most 50 sweeps.
func jacobiEigen(a []float64, n int) ([]float64, []float64) {
	v := make([]float64, n*n)
	for i := 0; i < n; i++ {
		v[i*n+i] = 1
	}
	for sweep := 0; sweep < 50; sweep++ {
		var off, diag float64
		for i := 0; i < n; i++ {
			diag += a[i*n+i] * a[i*n+i]
			for j := i + 1; j < n; j++ {
				off += a[i*n+j] * a[i*n+j]
			}
		}
		if off <= 1e-22*diag {
			break
		}
		for p := 0; p < n; p++ {
			for q := p + 1; q < n; q++ {
				jacobiRotate(a, v, n, p, q)
			}
		}
	}
	vals := make([]float64, n)
	for i := range vals {
		vals[i] = a[i*n+i]
	}
	return vals, v
}

// jacobiRotate zeroes a[p][q] (and a[q][p]) by one rotation, applied to the
// eigenvectors v too.
func jacobiRotate(a, v []float64, n, p, q int) {
	apq := a[p*n+q]
	if apq == 0 {
		return
	}
	theta := (a[q*n+q] - a[p*n+p]) / (2 * apq)
	t := 1 / (math.Abs(theta) + math.Sqrt(theta*theta+1))
	if theta < 0 {
		t = -t
	}
	c := 1 / math.Sqrt(t*t+1)
	s := t * c
	for k := 0; k < n; k++ { // columns p and q
		akp, akq := a[k*n+p], a[k*n+q]
		a[k*n+p], a[k*n+q] = c*akp-s*akq, s*akp+c*akq
	}
	for k := 0; k < n; k++ { // rows p and q
		apk, aqk := a[p*n+k], a[q*n+k]
		a[p*n+k], a[q*n+k] = c*apk-s*aqk, s*apk+c*aqk
	}
	for k := 0; k < n; k++ {
		vkp, vkq := v[k*n+p], v[k*n+q]
		v[k*n+p], v[k*n+q] = c*vkp-s*vkq, s*vkp+c*vkq
	}
}
