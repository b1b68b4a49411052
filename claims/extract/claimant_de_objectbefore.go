package extract

import "strings"

// A German verb of saying that is no finite verb after its subject: an
// infinitive closing its clause after a modal or "werden" whose subject
// follows the modal ("…, würde er Lockerungen verkünden"), or a
// participle before a form of "sein" or "werden" ("…, welche Krankheiten
// versichert seien": a passive). The word right before it is an object or
// the passive's subject, never the speaker, so the rule that reads the
// word before the verb (subjectBefore) reads nothing.

// noSubjectBeforeDE reports whether no subject of the verb of saying v
// stands right before it: a participle before "sein" or "werden" (a
// passive), or an infinitive closing its clause after a modal that a
// comma or a personal pronoun after it shows to open the clause ("…,
// würde er Lockerungen verkünden"). Not so when the subject stands right
// after the modal ("…, wird Roth sagen") or before it ("Eva Roth wird
// später sagen").
func noSubjectBeforeDE(toks []token, v int) bool {
	if v+1 < len(toks) && passiveAuxDE(toks[v+1].low) {
		return true
	}
	if v+1 < len(toks) && !toks[v+1].is(tPunct) || !infinitiveFormDE(toks[v].low) {
		return false // not the end of its clause, or a participle: "wird von der Agentur zitiert"
	}
	for m := v - 2; m >= 0 && v-m <= 8 && !toks[m].is(tPunct); m-- {
		if modalOrFutureDE(toks[m].low) {
			return !subjectAfterModalDE(toks, m, v) && (m > 0 && toks[m-1].is(tPunct) || m+1 < v && pronoun(&toks[m+1], false) != 0)
		}
	}
	return false
}

// subjectAfterModalDE reports whether the words between the modal m and
// the infinitive v are capitalised, perhaps after an article:
// the subject put after the modal ("Später wird Roth sagen, …", "…,
// sollte der Ausweis bestätigen, …"), which the word before the verb then
// names.
func subjectAfterModalDE(toks []token, m, v int) bool {
	k := m + 1
	if k < v-1 && toks[k].cat&cDet != 0 {
		k++
	}
	for k < v && capWord(&toks[k]) && !toks[k].is(tPunct) {
		k++ // "wird Wiebke Aldag sagen"
	}
	return k == v && k > m+1
}

// infinitiveFormDE reports whether w has the ending of an infinitive
// ("verkünden", "ändern", "sammeln").
func infinitiveFormDE(w string) bool {
	return strings.HasSuffix(w, "en") || strings.HasSuffix(w, "rn") || strings.HasSuffix(w, "ln")
}

// passiveAuxDE reports whether w is a finite form of "sein" or "werden"
// (or "worden") that may follow a participle.
func passiveAuxDE(w string) bool {
	switch w {
	case "sei", "seien", "ist", "sind", "war", "waren", "wäre", "wären", "wird", "werden", "wurde", "wurden", "worden", "werde":
		return true
	}
	return false
}

// modalOrFutureDE reports whether w is a finite modal verb or a finite
// form of "werden" that takes an infinitive.
func modalOrFutureDE(w string) bool {
	switch w {
	case "würde", "würden", "wird", "werden", "werde", "soll", "sollen", "solle", "sollte", "sollten",
		"muss", "müssen", "müsse", "musste", "mussten", "müsste", "müssten",
		"kann", "können", "könne", "konnte", "konnten", "könnte", "könnten",
		"will", "wollen", "wolle", "wollte", "wollten", "darf", "dürfen", "dürfe", "durfte", "dürfte", "dürften",
		"möchte", "möchten":
		return true
	}
	return false
}
