package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// ClaimVersion returns the version of a claim as stored: the SHA-256 of its
// canonical JSON (status set, tags normalised, times in UTC), the same
// version hash a bundle merge records (docs/exchange.md). A checker's edit
// names the version it was made on in ClaimUpdate.BasedOn.
func ClaimVersion(c *Claim) string {
	n := *c
	if n.Status == "" {
		n.Status = StatusNew
	}
	n.Tags = NormalizeTags(n.Tags)
	for _, l := range []*[]string{&n.Tags, &n.Kinds, &n.Reasons} {
		if len(*l) == 0 {
			*l = nil
		}
	}
	n.ClaimDate, n.CreatedAt, n.UpdatedAt = n.ClaimDate.UTC(), n.CreatedAt.UTC(), n.UpdatedAt.UTC()
	b, _ := json.Marshal(&n)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// EditConflict is the cause of the ECONFLICT error UpdateClaim returns when
// the claim was changed by someone else after the version the update was
// based on: nothing was saved, and both versions are here.
type EditConflict struct {
	Current *Claim      // the claim as it is stored now ("theirs")
	Update  ClaimUpdate // the change that was not saved ("yours")
}

// Error implements error.
func (e *EditConflict) Error() string {
	return fmt.Sprintf("claim %s changed since version %.12s", e.Current.ID, e.Update.BasedOn)
}

// ConflictField is one field of an edit conflict: the stored value and the
// value of the change that was not saved.
type ConflictField struct {
	Field  string // one of the Field* names
	Theirs string
	Yours  string
}

// Fields lists the fields the unsaved change sets, with the stored value
// beside each, in the order of the claim editor.
func (e *EditConflict) Fields() []ConflictField {
	c, u := e.Current, e.Update
	var out []ConflictField
	add := func(field, theirs string, yours *string) {
		if yours != nil {
			out = append(out, ConflictField{field, theirs, *yours})
		}
	}
	add(FieldText, c.Text, u.Text)
	add(FieldClaimant, c.Claimant, u.Claimant)
	if u.ClaimDate != nil {
		out = append(out, ConflictField{FieldClaimDate, dateText(c.ClaimDate), dateText(*u.ClaimDate)})
	}
	if u.Status != nil {
		out = append(out, ConflictField{FieldStatus, string(c.Status), string(*u.Status)})
	}
	add(FieldRating, c.RatingID, u.RatingID)
	add(FieldConclusion, c.Conclusion, u.Conclusion)
	add(FieldRationale, c.Rationale, u.Rationale)
	if u.Tags != nil {
		out = append(out, ConflictField{FieldTags, strings.Join(c.Tags, ", "), strings.Join(NormalizeTags(*u.Tags), ", ")})
	}
	if u.Anchor != nil {
		theirs := ""
		if c.Anchor != nil {
			theirs = c.Anchor.Exact
		}
		out = append(out, ConflictField{FieldAnchor, theirs, u.Anchor.Exact})
	}
	return out
}

// dateText returns t as YYYY-MM-DD, or "" for the zero time.
func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// NewEditConflict returns the ECONFLICT error for an update based on an
// older version of current. Its message names who saved the claim last and
// when, and shows both versions of every field the update sets.
func NewEditConflict(current *Claim, upd ClaimUpdate) *Error {
	ec := &EditConflict{Current: current, Update: upd}
	var b strings.Builder
	who := current.UpdatedBy
	if who == "" {
		who = "someone else"
	}
	fmt.Fprintf(&b, "The claim was changed by %s at %s UTC after you opened it, so your changes were not saved.",
		who, current.UpdatedAt.UTC().Format("2006-01-02 15:04:05"))
	for _, f := range ec.Fields() {
		fmt.Fprintf(&b, "\n%s: saved %q; yours %q", f.Field, clipText(f.Theirs), clipText(f.Yours))
	}
	b.WriteString("\nReload the claim to see the saved version, then make your change again.")
	return &Error{Code: ECONFLICT, Message: b.String(), Err: ec}
}

// clipText shortens s to about 200 characters for a message.
func clipText(s string) string {
	if r := []rune(s); len(r) > 200 {
		return string(r[:200]) + "…"
	}
	return s
}
