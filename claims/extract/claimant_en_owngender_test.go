package extract

import "testing"

// TestOwnGenderEN checks that a reflexive pronoun or "his own"/"her own"
// after a person's name gives that person a gender, so that a later
// "she said" does not go to him; a bare "his" after a woman's name gives
// her none.
func TestOwnGenderEN(t *testing.T) {
	const woman = "Mayor Delia Ranworth defended the new parking fees on Tuesday. She fielded questions for two hours. "
	const quote = "“The fees will hurt small shops,” Oakhurst said. “We will keep listening,” she said."
	checkLast(t, "en", map[string]string{
		woman + "Bram Oakhurst, a council member who voted against his own party, was not convinced. " + quote: "Delia Ranworth",
		woman + "Bram Oakhurst found himself outvoted on the plan. " + quote:                                   "Delia Ranworth",
	})
	var z tokenizer
	if got := ownGenderEN(z.tokenize("Ann Lee praised his plan.", lexEN), 2); got != 0 {
		t.Errorf("a bare 'his' after a name: gender %q, want none", got)
	}
}
