package extract

// An English "he" or "she" with no speaker to refer to falls back on the
// last person the text registered. A subject pronoun refers back, not
// forward: a name that first appears later in the pronoun's own sentence
// ("He said aid to Honduras and El Salvador would end") is no antecedent,
// so the fallback reads the last persons as they stood before the unit.

// notePersonsBeforeEN keeps the last person registered by gender as it
// stands before the current unit's names are read.
func (d *docState) notePersonsBeforeEN() {
	d.beforeEN = d.lastPerson
}

// earlierPersonEN returns whom an English pronoun of gender g refers to
// when neither its sentence nor the sentence before names its person: the
// last speaker of a person's form of that gender, else of unknown gender,
// else the last person registered before the unit, in the same order.
func (d *docState) earlierPersonEN(g byte) string {
	for _, k := range [...]int{gi(g), 0} {
		if s := d.speakerEN[k]; s != "" {
			return s
		}
	}
	for _, k := range [...]int{gi(g), 0} {
		if s := d.beforeEN[k]; s != "" {
			return s
		}
	}
	return ""
}
