package claims_test

import (
	"testing"

	"claimdesk/claims"
)

// TestCopiedVerdictStays reads from a claim's history whether its verdict
// is still the one a link to a given earlier check copied.
func TestCopiedVerdictStays(t *testing.T) {
	ev := func(field, v string) *claims.Event { return &claims.Event{Field: field, New: v} }
	linkRec := func(id string) *claims.Event {
		return ev(claims.FieldLinked, claims.PairRecordPrefix+id+`: https://checks.example/x (archive "a")`)
	}
	linkClaim := func(id string) *claims.Event { return ev(claims.FieldLinked, claims.PairClaimPrefix+id) }
	copied := func(rating bool) []*claims.Event {
		f := claims.FieldConclusion
		if rating {
			f = claims.FieldRating
		}
		return []*claims.Event{ev(f, "false"), ev(claims.FieldEvidence, "context"), ev(claims.FieldVerdictCopied, "where")}
	}
	cat := func(parts ...any) (out []*claims.Event) {
		for _, p := range parts {
			switch p := p.(type) {
			case *claims.Event:
				out = append(out, p)
			case []*claims.Event:
				out = append(out, p...)
			}
		}
		return out
	}
	for _, c := range []struct {
		name     string
		evs      []*claims.Event
		kind, id string
		stays    bool
	}{
		{"record linked and copied", cat(ev(claims.FieldCreated, ""), linkRec("r1"), copied(false)), claims.TargetRecord, "r1", true},
		{"another record", cat(linkRec("r1"), copied(false)), claims.TargetRecord, "r2", false},
		{"a claim's rating copied", cat(linkClaim("c2"), copied(true)), claims.TargetClaim, "c2", true},
		{"a record with the claim's ID", cat(linkClaim("c2"), copied(true)), claims.TargetRecord, "c2", false},
		{"linked only", cat(linkRec("r1")), claims.TargetRecord, "r1", false},
		{"verdict changed after the copy", cat(linkRec("r1"), copied(false), ev(claims.FieldRating, "true")), claims.TargetRecord, "r1", false},
		{"rationale changed after the copy", cat(linkRec("r1"), copied(false), ev(claims.FieldRationale, "why")), claims.TargetRecord, "r1", true},
		{"copied from the later link", cat(linkRec("r1"), copied(false), linkRec("r2"), copied(false)), claims.TargetRecord, "r1", false},
		{"later link only", cat(linkRec("r1"), copied(false), linkRec("r2")), claims.TargetRecord, "r1", true},
		{"later link only, its target", cat(linkRec("r1"), copied(false), linkRec("r2")), claims.TargetRecord, "r2", false},
		{"no history", nil, claims.TargetRecord, "r1", false},
	} {
		if got := claims.CopiedVerdictStays(c.evs, c.kind, c.id); got != c.stays {
			t.Errorf("%s: CopiedVerdictStays = %v, want %v", c.name, got, c.stays)
		}
	}
}
