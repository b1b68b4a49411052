package extract

import "testing"

// TestTitleWordBodyEN checks that a title written "The <Name>" inside a
// sentence is not the body a later "the company said" takes up.
func TestTitleWordBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		`Brightwave Inc. will cut 1,200 jobs, the company said. The cuts affect Dublin, according to a memo seen by The Verge. The company said in a filing that costs would total $180 million.`: "Brightwave Inc",
	})
	if titleWordBodyEN("Brightwave said the cuts were over.", "Brightwave") {
		t.Errorf("a name not written after a capitalised The read as a title")
	}
}
