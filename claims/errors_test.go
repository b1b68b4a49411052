package claims_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"claimdesk/claims"
)

func TestErrorCode(t *testing.T) {
	notFound := claims.Errorf(claims.ENOTFOUND, "Claim %q was not found.", "abc")
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"Nil", nil, ""},
		{"Direct", notFound, claims.ENOTFOUND},
		{"Wrapped", fmt.Errorf("find claim: %w", notFound), claims.ENOTFOUND},
		{"WrappedTwice", fmt.Errorf("command: %w", fmt.Errorf("find claim: %w", claims.Errorf(claims.ECONFLICT, "in use"))), claims.ECONFLICT},
		{"Joined", errors.Join(errors.New("first"), claims.Errorf(claims.EINVALID, "bad")), claims.EINVALID},
		{"Plain", errors.New("disk on fire"), claims.EINTERNAL},
		{"Internal", claims.Internal(errors.New("SQLITE_BUSY"), "The database is busy."), claims.EINTERNAL},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := claims.ErrorCode(tc.err), tc.want; got != want {
				t.Fatalf("ErrorCode = %q, want %q", got, want)
			}
		})
	}
}

func TestErrorMessage(t *testing.T) {
	const generic = "An internal error occurred. Details were written to the log."
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"Nil", nil, ""},
		{"Direct", claims.Errorf(claims.EINVALID, "A claim needs text."), "A claim needs text."},
		{"Wrapped", fmt.Errorf("create: %w", claims.Errorf(claims.EINVALID, "A claim needs text.")), "A claim needs text."},
		{"Plain", errors.New("constraint failed: UNIQUE claims.id"), generic},
		{"Internal", claims.Internal(errors.New("SQLITE_CORRUPT"), "The database is damaged."), "The database is damaged."},
		{"NoMessage", &claims.Error{Code: claims.EINTERNAL, Err: errors.New("secret detail")}, generic},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := claims.ErrorMessage(tc.err), tc.want; got != want {
				t.Fatalf("ErrorMessage = %q, want %q", got, want)
			}
		})
	}
}

func TestError(t *testing.T) {
	t.Run("Message", func(t *testing.T) {
		err := claims.Errorf(claims.ENOTFOUND, "Source %d was not found.", 7)
		if got, want := err.Error(), "Source 7 was not found."; got != want {
			t.Fatalf("Error() = %q, want %q", got, want)
		}
	})
	t.Run("CauseWithoutMessage", func(t *testing.T) {
		err := &claims.Error{Code: claims.EINTERNAL, Err: errors.New("disk full")}
		if got, want := err.Error(), "disk full"; got != want {
			t.Fatalf("Error() = %q, want %q", got, want)
		}
	})
	t.Run("Unwrap", func(t *testing.T) {
		cause := errors.New("SQLITE_BUSY")
		err := fmt.Errorf("update: %w", claims.Internal(cause, "The database is busy."))
		if !errors.Is(err, cause) {
			t.Fatal("errors.Is(err, cause) = false, want the cause kept for the logs")
		}
		if msg := claims.ErrorMessage(err); strings.Contains(msg, "SQLITE") {
			t.Fatalf("ErrorMessage = %q shows the internal cause", msg)
		}
	})
}
