package extract

import "testing"

// setNewsWeight weighs check-worthy comments by pos, other comments 1
// and news rows wt.
func TestSetNewsWeightCheckWorthy(t *testing.T) {
	crs := []cRow{{own: true, y: 1, wt: 1}, {own: true, y: 0, wt: 1}, {own: false, y: 1, wt: 1}}
	setNewsWeight(crs, 0.3, 2)
	if crs[0].wt != 2 || crs[1].wt != 1 || crs[2].wt != float32(0.3) {
		t.Errorf("weights %v %v %v, want 2 1 0.3", crs[0].wt, crs[1].wt, crs[2].wt)
	}
}
