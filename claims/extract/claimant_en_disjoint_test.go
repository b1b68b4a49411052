package extract

import "testing"

// TestDisjointPronounEN checks that "he" is not the person its own clause
// names after it ("He accused Lee …"): it is the other person the unit
// before named, also when the quotation the pronoun speaks names the
// person ("“… Mayor Lee …,” she said"); a name in a later clause (after
// "but", a dash) leaves the pronoun as it was.
func TestDisjointPronounEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Mayor Ann Lee questioned Sen. Tom Bell at a debate. Lee put Bell on the defensive, but Bell got in numerous digs. He accused Lee of being too cozy with the port.":                                                                                            "Tom Bell",
		"Mayor Ann Lee questioned Sen. Tom Bell at a debate. Lee put Bell on the defensive, but Bell got in numerous digs. He said Lee would not cut the toll.":                                                                                                        "Tom Bell",
		"Sen. Tom Bell met voters at the pier. He said the toll was too high, but Bell would not vote against it.":                                                                                                                                                     "Tom Bell",
		"Sen. Tom Bell met voters at the pier. He said the toll was too high — Bell has long opposed it.":                                                                                                                                                              "Tom Bell",
		"Mayor Ann Lee defended the toll. Lee's plan was backed Friday by Sen. Kim Osei of Harbor County, the ranking member of the panel, who said none of the tolls came from Lee. “It never made sense to me that Mayor Lee can be blamed for the toll,” she said.": "Kim Osei",
	})
}
