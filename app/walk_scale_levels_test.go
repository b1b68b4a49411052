package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// changeScaleLevels is a checker changing the levels of a scale of the
// newsroom's own in its editor: when there is none (or now and then
// anyway) a new one is made, from a copy of a scale or from two levels;
// then one to three levels are added, moved or removed at random, and the
// scale is saved. A removal that claims use is refused; the walk's
// invariants then find the editor and the list still showing what storage
// holds, and checkVerdictsKept that every verdict still names a level.
func (w *walker) changeScaleLevels() {
	u := w.f.u
	var custom, withLevels []*claims.RatingScale
	for _, sc := range u.scales.scales {
		if !sc.Preset {
			custom = append(custom, sc)
		}
		if len(sc.Ratings) > 0 {
			withLevels = append(withLevels, sc)
		}
	}
	var ed *scaleEditor
	if len(custom) == 0 || w.pick(4) == 0 {
		var from *claims.RatingScale
		if k := w.pick(len(withLevels) + 1); k < len(withLevels) {
			from = withLevels[k]
		}
		w.note("new scale (a copy: %v)", from != nil)
		w.do(func() {
			ed = newScaleEditor(u, newScale(fmt.Sprintf("Walk %d", w.step), from))
			ed.isNew, ed.stored = true, nil
			ed.show()
			for i, row := range ed.rows {
				if row.en.Text == "" {
					row.en.SetText(fmt.Sprintf("Level %d.%d", w.step, i))
				}
			}
		})
	} else {
		sc := custom[w.pick(len(custom))]
		w.note("edit scale %s", sc.Name)
		w.do(func() {
			ed = newScaleEditor(u, sc)
			ed.show()
		})
	}
	c := u.win.Canvas()
	edTop := c.Overlays().Top()
	for n := 1 + w.pick(3); n > 0; n-- {
		row := ed.rows[w.pick(len(ed.rows))]
		switch w.pick(4) {
		case 0:
			w.note("add a level")
			w.do(func() {
				ed.addLevel()
				ed.rows[len(ed.rows)-1].en.SetText(fmt.Sprintf("Added %d.%d", w.step, n))
			})
		case 1:
			w.note("move %q up", rowLabel(row))
			w.do(func() { test.Tap(row.up) })
		case 2:
			w.note("move %q down", rowLabel(row))
			w.do(func() { test.Tap(row.down) })
		default:
			w.note("remove %q", rowLabel(row))
			w.do(func() { test.Tap(row.remove) })
		}
		w.dismissAbove(edTop)
	}
	w.note("save the scale")
	w.do(func() {
		ed.dlg.Hide()
		ed.onSave()
	})
	if c.Overlays().Top() != nil { // refused: the message, then the editor again
		w.dismissAbove(edTop)
		w.do(func() { ed.dlg.Hide() })
	}
	w.checkVerdictsKept()
}

// dismissAbove closes the messages shown above the dialog top with OK.
func (w *walker) dismissAbove(top any) {
	c := w.f.u.win.Canvas()
	for i := 0; i < 3; i++ {
		o := c.Overlays().Top()
		if o == nil || o == top {
			return
		}
		ok := findButtonIn(o, lang.L("OK"))
		if ok == nil {
			w.fail("a message without OK: %q", dialogText(o))
		}
		w.note("message %q", firstLine(dialogText(o)))
		w.do(func() { test.Tap(ok) })
	}
}

// checkVerdictsKept checks that every stored verdict names a level of a
// scale (a level claims use was never removed).
func (w *walker) checkVerdictsKept() {
	ctx := context.Background()
	all, _, err := w.f.svc.Claims.FindClaims(ctx, claims.ClaimFilter{})
	if err != nil {
		w.fail("find claims: %v", err)
	}
	for _, cl := range all {
		if cl.RatingID == "" {
			continue
		}
		if _, err := w.f.svc.Scales.FindRatingByID(ctx, cl.RatingID); err != nil {
			w.fail("claim %q has verdict %s, which is no level of a scale: %v", cl.Text, cl.RatingID, err)
		}
	}
}
