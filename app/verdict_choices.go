package app

import (
	"fmt"

	"claimdesk/claims"
)

// verdictChoices returns the texts a verdict box offers: head (its fixed
// entries, such as "No verdict") and then one per rating, its label in the
// interface language. A rating of another scale than the active one is
// followed by its scale's name, and a text equal to an earlier one gets a
// number, so that no two texts are equal: Fyne's Select finds its choice by
// text, and of two equal texts it would always read the first, whichever
// was chosen (a verdict nobody chose, stored by the next save).
func (c *scaleCache) verdictChoices(head []string, ratings []claims.Rating) []string {
	out := append([]string(nil), head...)
	seen := map[string]bool{}
	for _, h := range head {
		seen[h] = true
	}
	for _, r := range ratings {
		text := r.Label(uiLang())
		if c.active == nil || r.ScaleID != c.active.ID {
			if sc := c.scale(r.ScaleID); sc != nil {
				text += " — " + scaleName(sc)
			}
		}
		base := text
		for n := 2; seen[text]; n++ {
			text = fmt.Sprintf("%s (%d)", base, n)
		}
		seen[text] = true
		out = append(out, text)
	}
	return out
}

// scale returns the scale with the given ID, or nil.
func (c *scaleCache) scale(id string) *claims.RatingScale {
	for _, sc := range c.scales {
		if sc.ID == id {
			return sc
		}
	}
	return nil
}
