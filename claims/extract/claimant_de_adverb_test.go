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

// TestFixedAdverbialDE checks that the noun of a fixed adverbial ("Des
// Weiteren", "Im Übrigen") and "Weiter", "Kaum" are no claimant.
func TestFixedAdverbialDE(t *testing.T) {
	d := &docState{}
	for _, w := range []string{"Weiteren", "Übrigen", "Weiter", "Kaum", "Öfteren"} {
		if got := d.adverbClaimantDE(w); got != "" {
			t.Errorf("adverbClaimantDE(%q) = %q, want none", w, got)
		}
	}
	checkLast(t, "de", map[string]string{
		"Kaum war der Plan verkündet, kam die Kehrtwende.":                  "",
		"Des Weiteren wirft die Kommission der Regierung Versäumnisse vor.": "",
	})
}
