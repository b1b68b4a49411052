package app

import (
	"strings"

	"claimdesk/claims"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// languageCodes are the interface languages offered, "" for the system's.
var languageCodes = []string{"", "en", "de"}

// themeChoices are the theme settings offered.
var themeChoices = []string{themeSystem, themeLight, themeDark}

// settingsDialog edits the checker name, language, theme and rating scale,
// shows where the data lives and makes backups.
type settingsDialog struct {
	u      *ui
	name   *keyEntry
	lang   *keySelect
	theme  *keySelect
	scale  *keySelect
	ids    []string // the IDs of the scales scale offers, in its order
	backup *widget.Button
	dlg    *dialog.ConfirmDialog
	// data is the data location dialog opened from here last.
	data *dataDialog
	// scaleEd and newScale are the scale editor and the New scale dialog
	// opened from here last.
	scaleEd  *scaleEditor
	newScale *newScaleDialog
}

// onSettings opens the settings dialog, and reads the rating scales again
// so that a scale a colleague made on a shared database is offered too.
func (s *shell) onSettings() {
	d := &settingsDialog{u: s.u}
	d.build()
	s.settings = d
	d.dlg.Show()
	s.u.reloadScales()
}

// build creates the dialog.
func (d *settingsDialog) build() {
	u := d.u
	d.name = u.lineEntry(lang.L("Your name, recorded with every change"), nil)
	d.name.SetText(u.prefs.String(prefCheckerName))
	d.lang = newKeySelect([]string{lang.L("Follow the system"), "English", "Deutsch"}, u.windowKey)
	d.lang.SetSelectedIndex(max(0, indexOf(languageCodes, u.prefs.String(prefLanguage))))
	d.theme = newKeySelect([]string{lang.L("Follow the system"), lang.L("Light"), lang.L("Dark")}, u.windowKey)
	d.theme.SetSelectedIndex(max(0, indexOf(themeChoices, u.prefs.StringWithFallback(prefTheme, themeSystem))))
	d.scale = newKeySelect(nil, u.windowKey)
	d.showScales("")
	editScale := &widget.Button{Text: lang.L("Edit scale…"), Icon: theme.DocumentCreateIcon(), OnTapped: u.safe("edit scale", func() {
		if i := d.scale.SelectedIndex(); i >= 0 && i < len(u.scales.scales) {
			d.scaleEd = newScaleEditor(u, u.scales.scales[i])
			d.scaleEd.show()
		}
	})}
	newScale := &widget.Button{Text: lang.L("New scale…"), Icon: theme.ContentAddIcon(), OnTapped: u.safe("new scale", func() {
		var from *claims.RatingScale
		if i := d.scale.SelectedIndex(); i >= 0 && i < len(u.scales.scales) {
			from = u.scales.scales[i]
		}
		d.newScale = u.onNewScale(from)
	})}
	d.backup = &widget.Button{Text: lang.L("Back up now"), Icon: theme.DocumentSaveIcon(), OnTapped: u.safe("backup", d.onBackup)}
	var location fyne.CanvasObject = &widget.Label{Text: u.opts.Location, Wrapping: fyne.TextWrapBreak}
	if u.opts.Data != nil {
		change := &widget.Button{Text: lang.L("Change…"), Icon: theme.StorageIcon(), OnTapped: u.safe("data location", func() { d.data = u.onDataLocation() })}
		location = border(nil, nil, nil, change, location)
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Checker name"), d.name),
		widget.NewFormItem(lang.L("Language"), d.lang),
		widget.NewFormItem(lang.L("Theme"), d.theme),
		widget.NewFormItem(lang.L("Rating scale"), container.NewVBox(d.scale, container.NewHBox(editScale, newScale))), // the scale's name whole, the button below
		widget.NewFormItem(lang.L("Data location"), location),
		widget.NewFormItem(lang.L("Backup"), container.NewHBox(d.backup)),
		widget.NewFormItem(lang.L("Seen before"), seenLevelsLabel()), // seen_parts.go
	)
	d.dlg = dialog.NewCustomConfirm(lang.L("Settings"), lang.L("Apply"), lang.L("Cancel"), form, u.safeOK("settings", func(ok bool) {
		if ok {
			d.onSave()
		}
	}), u.win)
	d.dlg.Resize(fyne.NewSize(640, 0))
}

// showScales offers the scales read last, by name, with the scale whose
// ID is pick chosen; pick "" keeps the scale chosen before, if it is still
// there, else the active one.
func (d *settingsDialog) showScales(pick string) {
	u := d.u
	if pick == "" {
		if i := d.scale.SelectedIndex(); i >= 0 && i < len(d.ids) {
			pick = d.ids[i]
		} else if u.scales.active != nil {
			pick = u.scales.active.ID
		}
	}
	names := make([]string, 0, len(u.scales.scales))
	d.ids = d.ids[:0]
	at := 0
	for i, sc := range u.scales.scales {
		names = append(names, scaleName(sc))
		d.ids = append(d.ids, sc.ID)
		if sc.ID == pick {
			at = i
		}
	}
	d.scale.SetOptions(names)
	if len(names) > 0 {
		d.scale.SetSelectedIndex(at)
	}
}

// indexOf returns the position of s in list, or -1.
func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

// onSave applies the settings: name and theme at once, the scale in the
// background, the language last (it rebuilds the window).
func (d *settingsDialog) onSave() {
	u := d.u
	u.prefs.SetString(prefCheckerName, strings.TrimSpace(d.name.Text))
	th := themeChoices[max(0, d.theme.SelectedIndex())]
	u.prefs.SetString(prefTheme, th)
	applyTheme(u.app, th)
	if i := d.scale.SelectedIndex(); i >= 0 && i < len(u.scales.scales) &&
		(u.scales.active == nil || u.scales.scales[i].ID != u.scales.active.ID) {
		u.setActiveScale(u.scales.scales[i].ID)
	}
	if code := languageCodes[max(0, d.lang.SelectedIndex())]; code != u.prefs.String(prefLanguage) {
		u.setLanguage(code)
	}
}

// setActiveScale makes a scale the active one and refreshes what shows ratings.
func (u *ui) setActiveScale(id string) {
	var err error
	u.background(func() {
		err = u.svc.Scales.SetActiveScale(u.ctx(), id)
	}, func() {
		if err != nil {
			u.showError("The rating scale could not be changed.", err)
			return
		}
		u.reloadScales()
	})
}

// reloadScales reads the scales again and updates the verdict boxes and
// the scales Settings offers.
func (u *ui) reloadScales() { u.reloadScalesPicking("") }

// reloadScalesPicking is reloadScales that has Settings, when open, choose
// the scale with ID pick ("" keeps its choice).
func (u *ui) reloadScalesPicking(pick string) {
	u.loadScales(func() {
		if u.shell != nil {
			u.shell.claims.setVerdictOptions()
			u.shell.claims.editor.setVerdictOptions()
			if d := u.shell.settings; d != nil {
				d.showScales(pick)
			}
		}
	})
}

// onBackup writes a backup in the background and reports where it went.
func (d *settingsDialog) onBackup() {
	u := d.u
	d.backup.Disable()
	var path string
	var err error
	u.background(func() {
		path, err = u.svc.Maintenance.Backup(u.ctx())
	}, func() {
		d.backup.Enable()
		if err != nil {
			u.showError("The backup failed.", err)
			return
		}
		u.showInfo("Backup written", lang.L("A copy of the database was written to:")+"\n"+path)
	})
}

// askCheckerName asks for the checker's name on the first start, so that
// the history records a person rather than the computer's user account.
// The name goes to the preferences (Settings can change it); "Later" asks
// no more, and the account name stays in use until a name is set.
func (s *shell) askCheckerName() {
	p := s.u.prefs
	if p.String(prefCheckerName) != "" || p.Bool(prefCheckerAsked) {
		return
	}
	name := newKeyEntry(s.onWindowKey)
	name.PlaceHolder = lang.L("Your name, recorded with every change")
	intro := &widget.Label{Text: lang.L("Claimdesk records who made every change to a claim. Which name should it record for you?"), Wrapping: fyne.TextWrapWord}
	var d *dialog.ConfirmDialog
	save := func() {
		if n := strings.TrimSpace(name.Text); n != "" {
			p.SetString(prefCheckerName, n)
		}
		p.SetBool(prefCheckerAsked, true)
	}
	d = dialog.NewCustomConfirm(lang.L("Welcome to Claimdesk"), lang.L("Save"), lang.L("Later"),
		container.NewVBox(intro, name), s.u.safeOK("checker name", func(ok bool) {
			if ok {
				save()
			} else {
				p.SetBool(prefCheckerAsked, true)
			}
		}), s.u.win)
	name.OnSubmitted = s.u.safeText("checker name", func(string) { d.Hide(); save() })
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
	s.u.win.Canvas().Focus(name)
	s.nameDialog = d
}
