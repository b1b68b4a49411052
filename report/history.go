package report

import (
	"regexp"
	"strings"
	"time"

	"claimdesk/claims"
)

// How a claim's history reads in a report: each event one line of its
// field's name and the change, old → new, with ratings, statuses, dates,
// evidence links and anchors (history_anchor.go) in the report's language
// rather than as stored.

// eventItem is one event of a claim's history as a report shows it.
func eventItem(e *claims.Event, x *index, l *labels, loc *time.Location) eventView {
	text := l.field(e.Field)
	switch e.Field {
	case claims.FieldCreated, claims.FieldDeleted:
	case claims.FieldMerged:
		text = l.Merged
	case claims.FieldRating:
		text += ": " + ratingName(e.Old, x, l) + " → " + ratingName(e.New, x, l)
	case claims.FieldStatus:
		text += ": " + dash(l.status(claims.Status(e.Old))) + " → " + dash(l.status(claims.Status(e.New)))
	case claims.FieldEvidence:
		text += ": " + dash(evidenceSummary(e.Old, l)) + " → " + dash(evidenceSummary(e.New, l))
	case claims.FieldAnchor:
		text += ": " + dash(anchorText(e.Old, l)) + " → " + dash(anchorText(e.New, l))
	case claims.FieldClaimDate:
		text += ": " + dash(eventDate(e.Old, l, loc)) + " → " + dash(eventDate(e.New, l, loc))
	case claims.FieldLinked, claims.FieldVerdictCopied, claims.FieldDismissed, claims.FieldUndismissed, claims.FieldUnlinked:
		text += ": " + dash(shorten(pairSide(e.Old, l, loc), 80)) + " → " + dash(shorten(pairSide(e.New, l, loc), 80))
	default:
		text += ": " + dash(shorten(e.Old, 60)) + " → " + dash(shorten(e.New, 60))
	}
	return eventView{At: l.shortDateTime(e.At, loc), Actor: e.Actor, Text: text}
}

// eventDate writes a date stored in a history event (RFC 3339) as the
// report writes dates ("5. Dezember 2026"), not in its stored form; a
// value that is no such date stays as it is.
func eventDate(v string, l *labels, loc *time.Location) string {
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return v
	}
	return l.date(t, loc)
}

// evidenceIDs matches the record IDs in an evidence summary.
var evidenceIDs = regexp.MustCompile(`\s*\[evidence [^\]]*\]`)

// evidenceSummary shows the stored summary of an evidence link
// (`supports: Title [evidence ID, source ID] excerpt: "…" note: "…"`) in the
// report's language, without the record IDs.
func evidenceSummary(s string, l *labels) string {
	head, tail := s, ""
	if loc := evidenceIDs.FindStringIndex(s); loc != nil {
		head, tail = s[:loc[0]], s[loc[1]:]
	}
	if st, rest, ok := strings.Cut(head, ": "); ok {
		if n, ok := l.StanceName[claims.Stance(st)]; ok {
			head = n + ": " + rest
		}
	}
	if t, ok := strings.CutPrefix(tail, ` excerpt: "`); ok {
		tail = " " + l.Excerpt + `: "` + t
	}
	if i := strings.LastIndex(tail, ` note: "`); i >= 0 {
		tail = tail[:i] + " " + l.Note + `: "` + tail[i+len(` note: "`):]
	}
	return shorten(head+tail, 60)
}

// ratingName is the label of the rating with this ID in the report's
// language; an unknown ID is shown as it is, none as a dash.
func ratingName(id string, x *index, l *labels) string {
	if r := x.ratings[id]; r != nil {
		return r.Label(l.Lang)
	}
	return dash(id)
}
