package extract

import "testing"

// TestKinshipGenderEN checks that a noun of kinship in an apposition gives
// the named relative's gender, so that "she said" in the next unit is not
// resolved to the father just named.
func TestKinshipGenderEN(t *testing.T) {
	const opening = "Councillor Greta Vollmer said the library would stay open. "
	checkLast(t, "en", map[string]string{
		opening + "Her father, Anselm Vollmer, ran the library for decades. She said he had taught her to read there.": "Greta Vollmer",
		opening + "Her brother, Quentin Dorr, sits on the same council. She said the vote would be close.":             "Greta Vollmer",
	})
}

// TestKinshipSubjectEN checks that "she" after a unit opening with a
// relative in apposition ("Lee's daughter, Mira, runs …") refers to the
// relative, not to the person in the possessive.
func TestKinshipSubjectEN(t *testing.T) {
	const before = "Fisherman Jory Kettle said the harbour was silting up. Councillor Una Pike said dredging was too costly. "
	checkLast(t, "en", map[string]string{
		before + "Kettle's daughter, Wren, runs the bait shop. She said sales had halved.": "Wren",
	})
}
