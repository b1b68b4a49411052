package extract

import "strings"

// A pope or a monarch is named by a title and one name ("Papst Leo",
// "Königin Margrethe"): the name alone is no full name, so the title stays
// in the claimant, as the guide's fullest form asks ("Pope Francis" in
// English keeps it already). regnalDE notes such names as a unit gives
// them and gives the titled form for the name alone.

// regnalTitlesDE are the German titles of popes, monarchs and heads of
// churches that precede a single name (closed class).
var regnalTitlesDE = map[string]bool{
	"papst": true, "könig": true, "königin": true, "kaiser": true, "kaiserin": true, "zar": true,
	"prinz": true, "prinzessin": true, "kronprinz": true, "kronprinzessin": true, "fürst": true, "fürstin": true,
	"großherzog": true, "großherzogin": true, "erzbischof": true, "patriarch": true,
}

// regnalFilterDE is the filter of regnalTitlesDE: noteRegnalDE asks it
// before the map, for every pair of capitalised words.
var regnalFilterDE = newWordFilter(regnalTitlesDE)

// noteRegnalDE records "Titel Name" for each regnal title followed by one
// capitalised word that no second capitalised word follows.
func (d *docState) noteRegnalDE(toks []token, text string) {
	for _, c := range d.capsOf(toks) {
		i := int(c)
		if i+1 >= len(toks) || !capWord(&toks[i+1]) || toks[i+1].cat&(cDet|cNotName) != 0 || !regnalFilterDE.mayHold(toks[i].low) || !regnalTitlesDE[toks[i].low] {
			continue
		}
		if i+2 < len(toks) && capWord(&toks[i+2]) {
			continue // "Prinz Jan Roth": a first name and a surname, a full name of its own
		}
		if d.regnal == nil {
			d.regnal = map[string]string{}
		}
		name := text[toks[i+1].s:toks[i+1].e]
		d.regnal[name] = text[toks[i].s:toks[i].e] + " " + name
	}
}

// regnalDE returns the titled form the text gave for who when who is a
// single name the text wrote after a regnal title; who otherwise.
func (d *docState) regnalDE(who string) string {
	if who == "" || strings.IndexByte(who, ' ') >= 0 {
		return who
	}
	if full, ok := d.regnal[who]; ok {
		return full
	}
	return who
}
