package extract

import "testing"

// TestPassiveIssuerDE checks that a document whose issuer is the agent of
// a participle of issuing speaks for the issuer when it is the unit's
// source (before "zufolge", as the opening subject, after "heißt es"), and
// not when it is the object of another subject's act.
func TestPassiveIssuerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der vom Verkehrsverband vorgelegte Bericht empfiehlt, die Fähren öfter fahren zu lassen.":                 "Verkehrsverband",
		"Der vom Verkehrsverband veröffentlichten Studie zufolge fahren die Fähren zu selten.":                     "Verkehrsverband",
		"Der Fährbetrieb solle ausgebaut werden, hieß es in einem von der Hafenverwaltung veröffentlichten Brief.": "Hafenverwaltung",
		"Die Stadt lehnte den vom Verkehrsverband vorgelegten Bericht ab.":                                         "",
	})
}

// TestIssuingParticipleDE checks the participles of issuing with an
// adjective's ending and a participle of another verb.
func TestIssuingParticipleDE(t *testing.T) {
	for w, want := range map[string]bool{"vorgelegte": true, "veröffentlichten": true, "erstellter": true, "gewünschte": false, "vorgelegt": false} {
		if got := issuingParticipleDE(w); got != want {
			t.Errorf("issuingParticipleDE(%q) = %v, want %v", w, got, want)
		}
	}
}
