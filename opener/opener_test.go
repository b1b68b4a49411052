package opener_test

import (
	"strings"
	"testing"

	"claimdesk/opener"
)

func TestLinkOpensOnlyWebAndMail(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		open bool
	}{
		{"https://example.org/a_(b)", true},
		{"HTTP://example.org", true},
		{"mailto:redaktion@example.org", true},
		{"file:///etc/passwd", false},
		{"data:text/html,<script>alert(1)</script>", false},
		{"javascript:alert(1)", false},
		{"JavaScript:alert(1)", false},
		{"vbscript:msgbox(1)", false},
		{"smb://server/share", false},
		{"/etc/passwd", false},
		{"https:///no-host", false},
		{"https://user:pw@example.org", false},
		{"mailto:", false},
		{"https://example.org/\x1b]0;x\x07", false},
		{"", false},
	} {
		if got := opener.Link(tc.raw) != nil; got != tc.open {
			t.Errorf("opener.Link(%q) opens = %v, want %v", tc.raw, got, tc.open)
		}
	}
}

func TestSnapshotNameKeepsOnlySafeExtensions(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Rechnung.pdf.desktop", "Rechnung_pdf.txt"},
		{"Rede.PDF", "Rede.pdf"},
		{"foto.jpeg", "foto.jpeg"},
		{"run.sh", "run.txt"},
		{"setup.exe", "setup.txt"},
		{"../../.bashrc", "snapshot.txt"},
		{"..\\..\\evil.desktop", "evil.txt"},
		{"noext", "noext.txt"},
		{".desktop", "snapshot.txt"},
		{"a\x1b[2Jb.html", "a__2Jb.html"},
		{"", "snapshot.txt"},
	} {
		got := opener.SnapshotName(tc.name, "snapshot")
		if got != tc.want {
			t.Errorf("opener.SnapshotName(%q) = %q, want %q", tc.name, got, tc.want)
		}
		if strings.ContainsAny(got, "/\\") || strings.HasPrefix(got, ".") {
			t.Errorf("opener.SnapshotName(%q) = %q is not a plain file name", tc.name, got)
		}
	}
}
