package app

import (
	"strings"
	"testing"
)

// TestServerTargetRoundTrip checks that the dialog's fields make a URL that
// reads back the same, and that the password is only in the URL for
// connecting, never in the one stored.
func TestServerTargetRoundTrip(t *testing.T) {
	f := serverFields{host: "db.newsroom.example", port: "5433", database: "claimdesk", user: "anna",
		sslmode: "verify-full", rootCert: "/etc/ssl/newsroom root.crt"}
	withPw := serverTarget(f, "p@ss:w/rd")
	if !strings.Contains(withPw, "anna:p%40ss%3Aw%2Frd@") {
		t.Errorf("target for connecting %q lacks the escaped password", withPw)
	}
	stored := withoutPassword(withPw)
	if strings.Contains(stored, "ss") && strings.Contains(stored, "rd@") {
		t.Errorf("stored target %q holds the password", stored)
	}
	back, ok := parseServerTarget(stored)
	if !ok || back != f {
		t.Errorf("read back %+v (%v), want %+v", back, ok, f)
	}
	if got := withPassword(stored, "neu"); !strings.Contains(got, "anna:neu@") || !strings.Contains(got, "sslmode=verify-full") {
		t.Errorf("withPassword: %q", got)
	}
	if _, ok := parseServerTarget("/home/anna/claimdesk.db"); ok {
		t.Error("a file path read as a server")
	}
	if got := serverTarget(serverFields{host: "::1", database: "d"}, ""); got != "postgres://[::1]/d" {
		t.Errorf("IPv6 host without port: %q", got)
	}
}
