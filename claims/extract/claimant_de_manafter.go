package extract

// manAfterKonjunktivDE reports whether "man" is the subject right after a
// finite verb in the Konjunktiv I ("Ob das schadet, könne man noch nicht
// sagen", "Dazu müsse man wissen, …"), or "niemand" is ("könne das
// niemand sagen"), and every speech verb of the unit follows it: like a
// sentence that opens with "Man habe …" (manReportedDE) it reports what
// the speaker before said. Not "Roth
// sagte, dann werde man beraten": the verb before names the speaker.
func manAfterKonjunktivDE(toks []token, verbs []int) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].low == "niemand" {
			return verbsAfter(verbs, i) // "Abschließend könne das niemand sagen"
		}
		if toks[i].low != "man" {
			continue
		}
		switch toks[i-1].low {
		case "könne", "müsse", "dürfe", "solle", "wolle", "sei", "werde", "wisse":
		default:
			return false
		}
		return verbsAfter(verbs, i)
	}
	return false
}

// verbsAfter reports whether every verb of verbs stands after token i.
func verbsAfter(verbs []int, i int) bool {
	for _, v := range verbs {
		if v < i {
			return false
		}
	}
	return true
}
