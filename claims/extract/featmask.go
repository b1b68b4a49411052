package extract

import "math/bits"

// About half of a unit's nFeat features are zero. The loops over a unit's
// features that skip the zeros (scoreLogit's own features, rawPart,
// setNeighbour, articleSum.addMean) visit instead the bits of a featMask,
// found once per unit, in index order: the same terms in the same order.

// featMask is a set of features: bit f for feature f.
type featMask uint32

// A featMask has a bit for every feature.
var _ [32 - nFeat]struct{}

// nonZeroFeats returns the features of x that are not zero (nil: none).
func nonZeroFeats(x *[nFeat]float64) featMask {
	if x == nil {
		return 0
	}
	var m featMask
	for f, v := range x {
		if v != 0 {
			m |= 1 << uint(f)
		}
	}
	return m
}

// next returns the lowest feature of *m and takes it out; call it only
// while *m != 0.
func (m *featMask) next() int {
	f := bits.TrailingZeros32(uint32(*m))
	*m &= *m - 1
	return f
}

// seal records in a the mask of its non-zero features; a's features must
// not change after it (unitFeatures clears the mark for the next unit).
func (a *analysis) seal() {
	a.nz, a.sealed = nonZeroFeats(&a.x), true
}

// nonZero returns the mask of a's non-zero features: the sealed one, or
// found now.
func (a *analysis) nonZero() featMask {
	if a.sealed {
		return a.nz
	}
	return nonZeroFeats(&a.x)
}
