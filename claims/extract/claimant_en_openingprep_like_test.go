package extract

import "testing"

// TestOpeningPrepLikeEN checks a sentence opened by "Like", "Unlike" or
// "Despite" before a name: the name is set against the subject, so a
// following "he said" is the subject's, and "Like Tarek Osei" is no
// person's name.
func TestOpeningPrepLikeEN(t *testing.T) {
	const lead = "Dora Vance sued the landlord in 2019. Paul Ferris, a retired teacher, sued him a year later. "
	checkLast(t, "en", map[string]string{
		lead + "Like Vance, Ferris does not want to go to court again. “I am 76 and I am tired,” he said.":                         "Paul Ferris",
		lead + "Unlike Vance, Ferris settled. “I am 76 and I am tired,” he said.":                                                  "Paul Ferris",
		"Like Tarek Osei, the landlord's tenants were evicted in May. “We lost our homes,” said Tarek Osei's neighbour, Jon Bell.": "Jon Bell",
		"Tarek Osei lost his flat. Despite Osei's appeal, Jon Bell, the landlord, sold the house. “It was my right,” he said.":     "Jon Bell",
	})
}
