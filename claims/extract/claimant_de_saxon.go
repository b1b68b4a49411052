package extract

import "strings"

// A German name in the Saxon genitive ends a person's name: "Monika
// Webers Unterstützung", "Browns Angaben zufolge". A claimant read as such
// a run of capitalised words is the person.

// saxonGenitiveDE returns the person whose name, with a genitive "s",
// ends a word of who before its last ("Fee Vogels Blog" → "Fee Vogel",
// "Browns Angaben" → "Kate Brown" when the text named her), else who. A
// role, a spokesperson or a representative after it is another person
// ("Obamas Sprecher", "Obamas Vertreter").
func (d *docState) saxonGenitiveDE(who string) string {
	if strings.IndexByte(who, ';') >= 0 {
		return who
	}
	words := strings.Fields(who)
	end := 0
	for i := 0; i+1 < len(words); i++ {
		end += len(words[i])
		if i > 0 {
			end++ // the space before words[i]
		}
		base, ok := strings.CutSuffix(words[i], "s")
		if !ok || len(base) < 2 || !upperFirst(words[i+1]) || wordCategory(words[i+1])&cRole != 0 || strings.HasPrefix(words[i+1], "Vertreter") || strings.Contains(words[i+1], "precher") {
			continue // "Obamas Sprecher", "Obamas Vertreter": another person
		}
		name := who[:end-1]
		if p, ok := d.lookup(name); ok && strings.IndexByte(p.name, ' ') > 0 {
			return claimantName(p.name)
		}
	}
	return who
}
