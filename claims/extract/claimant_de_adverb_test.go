package extract

import "testing"

// TestAdverbClaimantDE checks that a capitalised adverb or part of the day
// is no claimant, while a surname the text knows and a body stay.
func TestAdverbClaimantDE(t *testing.T) {
	d := &docState{}
	d.register("Eva Fröhlich", 'f')
	for in, want := range map[string]string{
		"Schließlich":  "",
		"Anschließend": "",
		"Früher":       "",
		"Montagabend":  "",
		"Fröhlich":     "Fröhlich",
		"Stadtrat":     "Stadtrat",
		"Eva Fröhlich": "Eva Fröhlich",
	} {
		if got := d.adverbClaimantDE(in); got != want {
			t.Errorf("adverbClaimantDE(%q) = %q, want %q", in, got, want)
		}
	}
}
