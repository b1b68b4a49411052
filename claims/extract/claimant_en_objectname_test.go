package extract

import "testing"

// TestObjectNameEN checks that "he" in a sentence that names a person
// only as a verb's object refers to the speaker before, while a name
// after a noun used as a title is the sentence's subject.
func TestObjectNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“The pier will close,” Tom Bell said. Harbor officials saw Dan Whitley as the favorite, he said.":               "Tom Bell",
		"“The pier will close,” Tom Bell said. But asked if the plan was meant to hurt Dan Whitley, he said no.":         "Tom Bell",
		"“The pier will close,” Tom Bell said. The Harbor City marathoner Dan Whitley won, and he said it was hard.":     "Dan Whitley",
		"“The pier will close,” Tom Bell said. Local front-runner Dan Whitley lost the vote, but he said he would stay.": "Dan Whitley",
	})
}
