package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Every question of the window (a dialog whose buttons answer it) follows
// one rule for its keys, kept here and in onWindowKey:
//
//   - Enter presses the default button, the one drawn in the accent colour
//     (high importance). It is the button that acts ("Import", "Apply",
//     "Save", "Choose file…"), never one that deletes or overwrites
//     something (delete, remove, replace, discard, a verdict copied over
//     the claim's own), which is drawn in red: a question that only
//     destroys or keeps ("Delete claim?") has the button that keeps
//     everything as its default. A slip of Enter never destroys.
//   - A dialog whose only button is Cancel shows work under way (Exporting…,
//     Importing bundle…): its Cancel stops the work and throws away what is
//     done, so Enter leaves it (a notice's only button, OK or Close, closes
//     on Enter).
//   - Escape presses the button that keeps everything (dismissLabels).
//   - When a button has the focus (the checker went to it with Tab; the
//     focus ring frames it), Enter presses that button, as Space does
//     (buttonKey): going there was a choice, not a slip.
//   - A question with an answer that destroys shows the warning icon (in
//     its top right corner, as Fyne draws a dialog's icon).
//
// Yes-or-no questions are asked through ask, never with Fyne's
// ShowConfirm (whose "Yes" is always the default): a test keeps it so.

// answerKind says what pressing an answer of a question does.
type answerKind int

const (
	// keepsAll changes nothing (Cancel, No): Escape presses it.
	keepsAll answerKind = iota
	// acts does what was asked and destroys nothing.
	acts
	// destroys deletes or overwrites something.
	destroys
)

// answer is one button of a question.
type answer struct {
	label string
	kind  answerKind
	run   func() // nil: only close the question
}

// ask shows a question titled title with content and the answers as
// buttons, left to right, over the window (see askIn); a panic in an
// answer is caught and told (u.safe).
func (u *ui) ask(title string, content fyne.CanvasObject, answers ...answer) dialog.Dialog {
	for i := range answers {
		if run := answers[i].run; run != nil {
			answers[i].run = u.safe(title, run)
		}
	}
	return askIn(u.win, title, content, answers...)
}

// askIn shows a question over win titled title with content and the
// answers as buttons, left to right; each closes the question, then runs.
// The default (Enter) is the last answer that acts, or, when none does,
// the first that keeps everything; it is drawn in the accent colour, an
// answer that destroys in red, and then the question has the warning
// icon.
func askIn(win fyne.Window, title string, content fyne.CanvasObject, answers ...answer) dialog.Dialog {
	d := dialog.NewCustomWithoutButtons(title, content, win)
	def := defaultAnswer(answers)
	buttons := make([]fyne.CanvasObject, len(answers))
	for i, a := range answers {
		run := a.run
		b := &widget.Button{Text: a.label, Icon: answerIcon(a.kind), OnTapped: func() {
			d.Hide()
			if run != nil {
				run()
			}
		}}
		switch {
		case i == def:
			b.Importance = widget.HighImportance
		case a.kind == destroys:
			b.Importance = widget.DangerImportance
		}
		buttons[i] = b
	}
	d.SetButtons(buttons)
	if destroying(answers) {
		d.SetIcon(theme.WarningIcon())
	}
	d.Resize(fyne.NewSize(440, 0))
	d.Show()
	return d
}

// defaultAnswer returns the index of the answer Enter presses (see ask),
// -1 when there is none.
func defaultAnswer(answers []answer) int {
	keep, act := -1, -1
	for i, a := range answers {
		switch {
		case a.kind == keepsAll && keep < 0:
			keep = i
		case a.kind == acts:
			act = i
		}
	}
	if act < 0 {
		return keep
	}
	return act
}

// destroying reports whether one of answers destroys.
func destroying(answers []answer) bool {
	for _, a := range answers {
		if a.kind == destroys {
			return true
		}
	}
	return false
}

// answerIcon is the icon of an answer of kind k.
func answerIcon(k answerKind) fyne.Resource {
	switch k {
	case keepsAll:
		return theme.CancelIcon()
	case destroys:
		return theme.DeleteIcon()
	}
	return theme.ConfirmIcon()
}

// askText shows a question with the message msg (see ask).
func (u *ui) askText(title, msg string, answers ...answer) dialog.Dialog {
	return u.ask(title, &widget.Label{Text: msg, Wrapping: fyne.TextWrapWord}, answers...)
}

// cancelAnswer is the Cancel button of a question.
func cancelAnswer(run func()) answer {
	return answer{label: lang.L("Cancel"), kind: keepsAll, run: run}
}
