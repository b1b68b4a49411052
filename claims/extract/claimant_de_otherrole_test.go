package extract

import "testing"

// TestOtherRoleDE checks a definite noun of office after a person the
// text named with another office: no reference back to that person; the
// same office ("der Minister" after "Verkehrsminister …") and a person
// named without an office, and an epithet of the head of any body ("der
// CDU-Chef", "der Ressortchef") or after an academic title ("Professor"),
// still are.
func TestOtherRoleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Abgeordnete Malte Grunewald warf der Stadt Versäumnisse vor. Der Bürgermeister sagte, die Kosten seien gestiegen.":  "Bürgermeister",
		"Der Abgeordnete Malte Grunewald warf der Stadt Versäumnisse vor. Der Insolvenzrichter teilte mit, das Verfahren laufe.": "Insolvenzrichter",
		"Verkehrsminister Malte Grunewald besuchte den Hafen. Der Minister sagte, die Kosten seien gestiegen.":                   "Malte Grunewald",
		"Malte Grunewald besuchte den Hafen. Der Bürgermeister sagte, die Kosten seien gestiegen.":                               "Malte Grunewald",
		"Ministerpräsident Malte Grunewald besuchte den Hafen. Der CDU-Chef sagte, die Kosten seien gestiegen.":                  "Malte Grunewald",
		"Verkehrsminister Malte Grunewald besuchte den Hafen. Der Ressortchef sagte, die Kosten seien gestiegen.":                "Malte Grunewald",
		"Professor Malte Grunewald besuchte den Hafen. Der Direktor sagte, die Kosten seien gestiegen.":                          "Malte Grunewald",
	})
}
