package app

import (
	"errors"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// showError tells the person in plain words that what (an English phrase
// such as "The claim could not be saved.") failed and why, with a hint on
// what to do. The raw error only goes to the log. Call on the UI goroutine.
func (u *ui) showError(what string, err error) { u.showErrorThen(what, err, nil) }

// showErrorThen is showError that runs then (may be nil) once the person
// closed the message.
func (u *ui) showErrorThen(what string, err error, then func()) {
	u.showErrorHint(what, err, errorHint(err), then)
}

// showErrorHint is showErrorThen with a hint of the caller's own (already
// translated) in place of the one errorHint gives.
func (u *ui) showErrorHint(what string, err error, hint string, then func()) {
	if err == nil {
		return
	}
	log.Printf("claimdesk: %s: %v", what, err)
	detail := claims.ErrorMessage(err)
	if text, ok := u.editConflictText(err); ok {
		detail, hint = text, lang.L("The editor now shows the saved version with your changes on top, not yet saved: Save stores them, Revert keeps the saved version.")
	}
	msg := lang.L(what) + "\n\n" + detail + "\n\n" + hint
	text := &widget.Label{Text: msg, Wrapping: fyne.TextWrapWord}
	d := dialog.NewCustom(lang.L("Something went wrong"), lang.L("OK"), text, u.win)
	if then != nil {
		d.SetOnClosed(then)
	}
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}

// errorHint suggests what to do about an error, by its code.
func errorHint(err error) string {
	if errors.Is(err, claims.ErrUnavailable) {
		return lang.L("Your changes stay where you typed them; save again when the server is back (the status line says so).")
	}
	switch claims.ErrorCode(err) {
	case claims.EINVALID:
		return lang.L("Correct the input and try again; nothing you typed was lost.")
	case claims.ENOTFOUND:
		return lang.L("It may have been deleted in the meantime. Refresh the list and try again.")
	case claims.ECONFLICT:
		return lang.L("It clashes with what is stored. Reload it, check the change and try again.")
	default:
		return lang.L("Try again. If it keeps failing, make a backup in Settings and restart Claimdesk.")
	}
}

// showInfo shows a short message with a title, both English keys.
func (u *ui) showInfo(title, msg string) {
	text := &widget.Label{Text: msg, Wrapping: fyne.TextWrapWord}
	d := dialog.NewCustom(lang.L(title), lang.L("OK"), text, u.win)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}
