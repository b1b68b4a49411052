package app

import (
	"errors"
	"fmt"
	"log"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
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
	if u.serverGoneShown(err) {
		return // one message about the lost server at a time; the status line says it too
	}
	detail, title := errorDetail(err), lang.L("Something went wrong")
	if text, ok := u.editConflictText(err); ok {
		detail, hint = text, lang.L("The editor now shows the saved version with your changes on top, not yet saved: Save stores them, Revert keeps the saved version.")
		title = lang.L("Saved by someone else meanwhile")
	}
	msg := lang.L(what) + "\n\n" + detail + "\n\n" + hint
	text := &widget.Label{Text: msg, Wrapping: fyne.TextWrapWord}
	d := dialog.NewCustom(title, lang.L("OK"), text, u.win)
	if then != nil {
		d.SetOnClosed(then)
	}
	d.Resize(fyne.NewSize(460, 0))
	if errors.Is(err, claims.ErrUnavailable) {
		u.goneMsg = true
		d.SetOnClosed(func() {
			u.goneMsg = false
			if then != nil {
				then()
			}
		})
	}
	d.Show()
}

// serverGoneShown reports whether err says the server cannot be reached
// while a message saying so is open already: the lists that fail to load
// meanwhile then add no pile of dialogs, only the status line.
func (u *ui) serverGoneShown(err error) bool {
	if !errors.Is(err, claims.ErrUnavailable) || !u.goneMsg {
		return false
	}
	if u.shell != nil {
		u.shell.setStatus("The database server cannot be reached: nothing can be saved until it is back")
	}
	return true
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

// errorDetail is claims.ErrorMessage in the interface language: the English
// format of a domain error is the message key (assets' errors.*.json), its
// arguments are filled in after translation, and arguments that are domain
// errors themselves are translated too. A message without a key is shown as
// it is.
func errorDetail(err error) string {
	if err == nil {
		return ""
	}
	var e *claims.Error
	if !errors.As(err, &e) || e.Message == "" {
		return lang.L(claims.InternalMessage)
	}
	if e.Format == "" {
		return e.Message
	}
	tr := e.Format
	if hasWords(tr) { // "%s" alone has nothing to translate (Fyne logs a failure)
		tr = lang.L(tr)
	}
	if len(e.Args) == 0 && e.Format == e.Message {
		return tr
	}
	args := make([]any, len(e.Args))
	for i, a := range e.Args {
		var ae *claims.Error
		if inner, ok := a.(error); ok && errors.As(inner, &ae) {
			a = errorDetail(inner)
		}
		args[i] = a
	}
	return fmt.Sprintf(tr, args...)
}

// inputNotes are red lines under input fields that say why an input was
// refused, in place of a message box. Each note is hidden while there is
// nothing to say. Use on the UI goroutine.
type inputNotes struct {
	notes map[string]*widget.Label
}

// invalidFields names the field a refused-input message of the domain is
// about, by its message key, for the notes of the claim editor.
var invalidFields = map[string]string{
	"A claim needs text.": "text",
	"A verdict is either a rating or a free-text conclusion, not both.": "verdict",
}

// add returns obj with the note of field below it.
func (n *inputNotes) add(field string, obj fyne.CanvasObject) fyne.CanvasObject {
	if n.notes == nil {
		n.notes = map[string]*widget.Label{}
	}
	l := &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText}
	l.Hide()
	n.notes[field] = l
	return &fyne.Container{Layout: compactVBox{}, Objects: []fyne.CanvasObject{obj, l}}
}

// show writes err under field ("" for the field its message is about, see
// invalidFields) when err is a refused input (EINVALID) and that field has
// a note; it reports whether it did. Other errors belong in a message box.
func (n *inputNotes) show(field string, err error) bool {
	if claims.ErrorCode(err) != claims.EINVALID {
		return false
	}
	if field == "" {
		var e *claims.Error
		if errors.As(err, &e) {
			field = invalidFields[e.Format]
		}
	}
	l, ok := n.notes[field]
	if !ok {
		return false
	}
	n.clear()
	l.SetText(errorDetail(err))
	l.Show()
	return true
}

// clear hides every note.
func (n *inputNotes) clear() {
	for _, l := range n.notes {
		if l.Visible() {
			l.SetText("")
			l.Hide()
		}
	}
}

// text returns the note shown under field, "" if none (for tests).
func (n *inputNotes) text(field string) string {
	if l, ok := n.notes[field]; ok && l.Visible() {
		return l.Text
	}
	return ""
}

// hasWords reports whether the format f has a letter outside its verbs
// (%s, %d, %5.1f …): a message to translate.
func hasWords(f string) bool {
	inVerb := false
	for _, r := range f {
		switch {
		case inVerb:
			inVerb = !unicode.IsLetter(r) && r != '%' // a verb ends with its letter
		case r == '%':
			inVerb = true
		case unicode.IsLetter(r):
			return true
		}
	}
	return false
}
