package extract

import "testing"

// TestPossessedObjectDE checks that a known person's genitive before a
// noun after the verb is an object's owner: the Vorfeld is the subject.
func TestPossessedObjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Fotografin Mara Tiede gewann den Preis. Die Jury nennt Tiedes Bild ein Meisterwerk.": "Jury",
		"Die Fotografin Mara Lenz gewann den Preis. Die Jury nennt Lenz' Bild ein Meisterwerk.":   "Jury",
		"Die Fotografin Mara Tiede gewann den Preis. Konkrete Zahlen nannte Tiede nicht.":         "Mara Tiede",
	})
}
