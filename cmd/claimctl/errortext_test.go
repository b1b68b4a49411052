package main

import (
	"errors"
	"testing"

	"claimdesk/claims"
)

// An internal error shows its cause once: in brackets when the message
// does not say it, not again when it does (the integrity check lists its
// problems in the message).
func TestErrorTextCauseOnce(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{claims.Internal(errors.New("disk I/O error"), "Could not save."), "Could not save. (disk I/O error)"},
		{claims.Internal(errors.New("index a: bad; index b: bad"), "The check found 2 problem(s): index a: bad; index b: bad."),
			"The check found 2 problem(s): index a: bad; index b: bad."},
	} {
		if got := errorText(tc.err); got != tc.want {
			t.Errorf("errorText = %q, want %q", got, tc.want)
		}
	}
}
