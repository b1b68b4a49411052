package extract

// "Pfister habe seine Stellung ausgenutzt, sagte sie." The name in a
// clause of reported speech before "…, sagte sie" is what the speaker
// speaks of, not the speaker: "sie" refers back beyond the sentence. (A
// clause in the indicative may hold the referent: "Als Roth kam, sagte
// sie …".)

// reportedFormsDE are the Konjunktiv I and II forms of the auxiliary and
// modal verbs (closed class), which mark a clause as reported speech.
var reportedFormsDE = map[string]bool{"sei": true, "seien": true, "habe": true, "werde": true, "könne": true,
	"müsse": true, "solle": true, "wolle": true, "dürfe": true, "möge": true, "wisse": true, "gebe": true}

// inReportedClauseDE reports whether the word at k stands in a clause
// before the pronoun at p that a comma closes and that holds a form of
// reportedFormsDE.
func inReportedClauseDE(toks []token, k, p int) bool {
	for j := k + 1; j < p; j++ {
		if toks[j].p == ',' {
			return false
		}
		if reportedFormsDE[toks[j].low] {
			for c := j + 1; c < p; c++ {
				if toks[c].p == ',' {
					return true
				}
			}
			return false
		}
	}
	return false
}
