package app

import (
	"fmt"
	"log"

	"fyne.io/fyne/v2/lang"
)

// onUse switches the window to the location in the dialog: after asking
// about unsaved edits, it opens the location in the background (the window
// stays usable meanwhile), then rebuilds the window on it and closes the
// old database once its last job is done. The choice is saved without the
// password.
func (d *dataDialog) onUse() {
	if f := d.missing(); f != "" {
		d.result.SetText(fmt.Sprintf(lang.L("Fill in: %s."), lang.L(f)))
		return
	}
	target := d.target()
	u := d.u
	u.shell.guard(func() {
		d.busy(true, lang.L("Connecting…"))
		var o OpenedData
		var err error
		u.background(func() {
			o, err = u.opts.Data.Open(target)
		}, func() {
			if err != nil {
				log.Printf("claimdesk: switch to %s: %v", withoutPassword(target), err)
				d.busy(false, lang.L("Claimdesk could not switch: it keeps working on the data it has.")+"\n"+errorDetail(err))
				return
			}
			d.dlg.Hide()
			if u.shell.settings != nil && u.shell.settings.dlg != nil {
				u.shell.settings.dlg.Hide() // it belongs to the window state left behind
			}
			u.prefs.SetString(prefDataLocation, withoutPassword(target))
			d.switched = u.switchData(o)
		})
	})
}

// switchData rebuilds the window on o and returns the new window state.
// The old state is left to its running jobs; its change watch ends at
// once, and its database closes when its last job is done.
func (u *ui) switchData(o OpenedData) *ui {
	u.shell.savePrefs()
	if u.stopWatch != nil {
		u.stopWatch()
	}
	if u.stopCheck != nil {
		u.stopCheck()
	}
	opts := u.opts
	opts.Location, opts.CloseData = o.Location, o.Close
	next := newUIIn(u.app, u.win, o.Services, opts)
	next.shell.setStatus("Switched to the new data location")
	if closeOld := u.closeData; closeOld != nil {
		go func() {
			u.busy.Wait()
			if err := closeOld(); err != nil {
				log.Printf("claimdesk: close the previous database: %v", err)
			}
		}()
	}
	return next
}
