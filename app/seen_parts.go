package app

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/claims/match"
	"claimdesk/opener"
)

// levelLabel names a match level for people.
func levelLabel(l match.Level) string {
	switch l {
	case match.LevelVeryLikely:
		return lang.L("Very likely the same")
	case match.LevelPossibly:
		return lang.L("Possibly the same")
	}
	return lang.L("Unlikely")
}

// matchReasonText renders a match reason in the interface language.
func matchReasonText(r match.Reason) string {
	items := strings.Join(r.Items, ", ")
	switch r.Kind {
	case match.ReasonNumbers:
		return lang.L("same numbers:") + " " + items
	case match.ReasonNames:
		return lang.L("same names:") + " " + items
	case match.ReasonClaimant:
		return lang.L("same claimant:") + " " + items
	}
	return fmt.Sprintf(lang.L("%.0f%% of the words shared:"), 100*r.Share) + " " + items
}

// provenance says where an earlier check comes from.
func provenance(t *claims.MatchTarget) string {
	var parts []string
	if t.Kind == claims.TargetClaim {
		parts = append(parts, lang.L("this desk"))
	}
	for _, s := range []string{t.Archive, t.Publisher, t.Claimant, formatDate(t.ClaimDate), t.URL} {
		if s != "" && (len(parts) == 0 || parts[len(parts)-1] != s) {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// verdictOf returns a target's verdict and its colour: a rating's own
// colour, else that of a rating of any scale whose label or ID ends with the
// verdict text ("false" → politifact:false), else grey.
func verdictOf(u *ui, t *claims.MatchTarget) (string, color.Color) {
	if t.RatingID != "" {
		if r, ok := u.scales.rating(t.RatingID); ok {
			return r.Label(uiLang()), parseColor(r.Color)
		}
	}
	v := strings.TrimSpace(t.Verdict)
	if v == "" {
		return lang.L("no verdict"), parseColor("")
	}
	key := strings.ToLower(strings.NewReplacer(" ", "-", "_", "-").Replace(v))
	for id, r := range u.scales.ratings {
		if strings.EqualFold(r.LabelEN, v) || strings.EqualFold(r.LabelDE, v) || strings.HasSuffix(id, ":"+key) {
			return v, parseColor(r.Color)
		}
	}
	return v, parseColor("")
}

// earlierLabel names the button that leads to an earlier check: the desk's
// own claim opens in the editor, an archive record's page in the browser;
// "" when there is nowhere to go (a record without a web address).
func earlierLabel(u *ui, t *claims.MatchTarget) string {
	switch {
	case t == nil:
		return ""
	case t.Kind == claims.TargetClaim && u.openClaim != nil:
		return lang.L("Open the earlier claim")
	case t.Kind != claims.TargetClaim && opener.Link(t.URL) != nil:
		return lang.L("Open the earlier check in the browser")
	}
	return ""
}

// openEarlier goes to the earlier check t (see earlierLabel): the desk's
// own claim on the editor's Details tab, where its verdict is, whatever
// tab was shown last (it was often Seen before, where the button is).
func (u *ui) openEarlier(t *claims.MatchTarget) {
	if earlierLabel(u, t) == "" {
		return
	}
	if t.Kind == claims.TargetClaim && u.shell != nil {
		u.shell.openClaimOn(t.ID, detailsTab)
		return
	}
	if t.Kind == claims.TargetClaim {
		u.openClaim(t.ID)
		return
	}
	u.openURL(t.URL)
}

// link asks whether to copy the earlier verdict, then links the claim to
// t; Cancel (Escape) links nothing. Copying is the default (Enter) unless
// it would overwrite the claim's own verdict: then linking only is.
func (p *seenPane) link(t *claims.MatchTarget) {
	claimID := p.claimID
	run := func(copyVerdict bool) {
		var err error
		var refused string
		var copied *copiedVerdict
		p.u.background(func() {
			copied, err = linkCopying(p.u.ctx(), p.u.svc, claims.LinkRequest{ClaimID: claimID, Kind: t.Kind,
				TargetID: t.ID, CopyVerdict: copyVerdict})
			refused = p.u.refusedLinkText(err)
		}, func() {
			if refused != "" {
				p.u.showInfo("Not linked", refused)
				return
			}
			if err != nil {
				p.u.showError("The claims could not be linked.", err)
				return
			}
			if claimID == p.claimID {
				p.undo.push(seenUndoItem{claimID: claimID, kind: t.Kind, targetID: t.ID, text: t.Text, linked: true, copied: copied})
			}
			p.say(fmt.Sprintf(lang.L("Linked as the same claim: “%s”"), oneLine(t.Text, 160))) // not an older message

			p.linkChanged(claimID)
		})
	}
	if t.Verdict == "" && t.RatingID == "" {
		run(false)
		return
	}
	copying := acts
	if c := p.e.claim; c != nil && c.ID == claimID && c.HasVerdict() {
		copying = destroys // the claim's own verdict would be overwritten
	}
	p.u.askText(lang.L("Link as the same claim"), copyVerdictQuestion(t), cancelAnswer(nil),
		answer{label: lang.L("Link only"), kind: acts, run: func() { run(false) }},
		answer{label: lang.L("Link and copy the verdict"), kind: copying, run: func() { run(true) }})
}

// copyVerdictQuestion asks whether to copy t's verdict. A record with a
// URL or title becomes a source of the claim (storage's copyVerdict); a
// claim of this desk gives its verdict alone (its evidence stays its
// own), so the question does not promise a source then.
func copyVerdictQuestion(t *claims.MatchTarget) string {
	if t.Kind == claims.TargetClaim || (t.URL == "" && t.Title == "") {
		return lang.L("Copy the earlier verdict into this claim too? The history says where it came from.")
	}
	return lang.L("Copy the earlier verdict into this claim too? Its source is added and the history says where it came from.")
}

// dismiss records that the claim and t are not the same and hides t; Undo
// (or Ctrl+Z) takes it back (seen_undo.go).
func (p *seenPane) dismiss(t *claims.MatchTarget) {
	claimID := p.claimID
	var err error
	var refused string
	p.u.background(func() {
		err = p.u.svc.Archives.Dismiss(p.u.ctx(), claimID, t.Kind, t.ID)
		refused = p.u.dismissRefusedText(err, claimID, t.Kind, t.ID)
	}, func() {
		if refused != "" {
			p.u.showInfo("Not dismissed", refused)
			p.pairChanged(claimID)
			return
		}
		if err != nil {
			p.u.showError("The match could not be dismissed.", err)
			return
		}
		if claimID == p.claimID {
			p.undo.push(seenUndoItem{claimID: claimID, kind: t.Kind, targetID: t.ID, text: t.Text})
		}
		p.pairChanged(claimID)
	})
}

// undismiss takes back the dismissal of the pair (claimID, kind, targetID):
// the earlier check is suggested again.
func (p *seenPane) undismiss(claimID, kind, targetID string) {
	var err error
	var gone string
	p.u.background(func() {
		err = p.u.svc.Archives.Undismiss(p.u.ctx(), claimID, kind, targetID)
		gone = p.u.takenBackText(err, claimID, kind, targetID, false)
	}, func() {
		p.undo.forget(claimID, kind, targetID, false)
		switch {
		case gone != "":
			p.u.showInfo("Already taken back", gone)
		case err != nil:
			p.u.showError("The dismissal could not be taken back.", err)
		}
		p.pairChanged(claimID)
	})
}

// linkChanged brings the window up to date after a link of claimID was
// made or taken back: the earlier checks, the lists, and the editor when
// it shows the claim unchanged (a copied verdict), else the tab and the
// History tab (pairChanged).
func (p *seenPane) linkChanged(claimID string) {
	p.u.seenCache().drop()
	p.u.changed()
	if p.e.claimID() == claimID && !p.e.dirty {
		p.e.load(claimID)
		return
	}
	p.pairChanged(claimID)
}

// pairChanged shows the tab and the History tab again after a dismissal
// of claimID was made or taken back, when the editor still shows it.
func (p *seenPane) pairChanged(claimID string) {
	if claimID != p.claimID {
		return
	}
	p.show(claimID)
	p.e.history.show(claimID)
}

// seenFieldLabel names the history fields written by linking and
// dismissing.
func seenFieldLabel(f string) string {
	switch f {
	case claims.FieldLinked:
		return lang.L("linked to an earlier check")
	case claims.FieldDismissed:
		return lang.L("dismissed as not the same")
	case claims.FieldUndismissed:
		return lang.L("dismissal taken back")
	case claims.FieldUnlinked:
		return lang.L("link taken back")
	}
	return lang.L("verdict copied from")
}

// seenLevelsLabel shows the two match levels in Settings, with the decimal
// sign of the interface language: learned on the claim-matching
// benchmark's dev data, not set by hand.
func seenLevelsLabel() *widget.Label {
	m := match.Default()
	return &widget.Label{Wrapping: fyne.TextWrapWord, Text: fmt.Sprintf(
		lang.L("\"Possibly the same\" from a match probability of %s, \"very likely the same\" from %s (chosen on benchmark data, not editable)."),
		formatScore(m.Possibly), formatScore(m.VeryLikely))}
}
