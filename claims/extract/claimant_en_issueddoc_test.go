package extract

import "testing"

// TestIssuedDocEN checks that "the release said" goes to the body that
// issued the release, not to a person quoted in another firm's release
// before, and that a release issued by no named subject leaves it empty.
func TestIssuedDocEN(t *testing.T) {
	const before = "In a press release, Nora Pell said the recall was voluntary. “Safety comes first,” Pell said. "
	checkLast(t, "en", map[string]string{
		before + "Veltron Foods issued a press release on Monday. The release said sales rose 4 percent.": "Veltron Foods",
		before + "A press release was issued on Monday. The release said sales rose 4 percent.":           "Nora Pell",
		before + "On Monday, a rival issued a press release. The release said sales rose 4 percent.":      "",
	})
}
