package pdfw

import "testing"

// TestOutlineTree: two sections with two and one entries below; a jump of
// two levels is treated as one.
func TestOutlineTree(t *testing.T) {
	items := []outlineItem{{level: 0}, {level: 1}, {level: 1}, {level: 0}, {level: 2}}
	nodes, top := outlineTree(items, 10, 1)
	want := []outlineNode{
		{parent: 1, next: 13, first: 11, last: 12, count: 2},
		{parent: 10, next: 12},
		{parent: 10, prev: 11},
		{parent: 1, prev: 10, first: 14, last: 14, count: 1},
		{parent: 13},
	}
	for i := range want {
		if nodes[i] != want[i] {
			t.Errorf("item %d: %+v, want %+v", i, nodes[i], want[i])
		}
	}
	if len(top) != 2 || top[0] != 0 || top[1] != 3 {
		t.Errorf("top %v", top)
	}
}
