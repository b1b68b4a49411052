package report

import "testing"

func TestMdInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"[click](javascript:alert(1))", `\[click\](javascript:alert(1))`},
		{"![img](http://x/y.png)", `\!\[img\](http://x/y.png)`},
		{"*bold* _it_ `code` ~~s~~", "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~"},
		{"# not a heading", `\# not a heading`},
		{"- not a list", `\- not a list`},
		{"+ not a list", `\+ not a list`},
		{"> not a quote", `\> not a quote`},
		{"1. not a list", `1\. not a list`},
		{"2025) not a list", `2025\) not a list`},
		{"a | b", `a \| b`},
		{"&amp; stays text", `\&amp; stays text`},
		{"two\nlines\r\n  joined", "two lines joined"},
		{"Größe: „500 €“", "Größe: „500 €“"},
		{"Platz eins #", `Platz eins \#`},
		{"Trend ###  ", `Trend \###`},
		{"C# und F#", "C# und F#"},
		{"#", `\#`},
	}
	for _, tc := range tests {
		if got := mdInline(tc.in); got != tc.want {
			t.Errorf("mdInline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.org/a?b=c", "https://example.org/a?b=c"},
		{"HTTP://EXAMPLE.ORG", "http://EXAMPLE.ORG"},
		{"mailto:tips@example.org", "mailto:tips@example.org"},
		{"mailto:", ""},
		{"MAILTO:?subject=x", ""},
		{"javascript:alert(1)", ""},
		{" JavaScript:alert(1)", ""},
		{"data:text/html,<script>", ""},
		{"file:///etc/passwd", ""},
		{"https://", ""},
		{"//evil.example/x", ""},
		{"relative/path", ""},
	}
	for _, tc := range tests {
		if got := safeURL(tc.in); got != tc.want {
			t.Errorf("safeURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestInkFor(t *testing.T) {
	tests := []struct{ bg, want string }{
		{"#2e7d32", "#ffffff"}, {"#c62828", "#ffffff"}, {"#6a1b9a", "#ffffff"},
		{"#f9a825", "#1a1a1a"}, {"#fbc02d", "#1a1a1a"}, {"#ffffff", "#1a1a1a"},
		{"red; background:url(x)", "#1a1a1a"}, // not a colour: grey background, dark ink
	}
	for _, tc := range tests {
		if got := inkFor(safeColor(tc.bg)); got != tc.want {
			t.Errorf("inkFor(%q) = %q, want %q", tc.bg, got, tc.want)
		}
	}
}

func TestAnchorID(t *testing.T) {
	tests := []struct{ id, want string }{
		{"c1000000-0000-4000-8000-000000000001", "claim-c1000000-0000-4000-8000-000000000001"},
		{`"><script>alert(1)</script>`, "claim-___script_alert_1___script_"},
		{"ä b", "claim-___b"},
	}
	for _, tc := range tests {
		if got := anchorID("claim-", tc.id); got != tc.want {
			t.Errorf("anchorID(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}

func TestMdURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.org/a?b=c", "https://example.org/a?b=c"},
		{`https://suche.example/?q=a\*b`, "https://suche.example/?q=a%5C*b"},
		{"https://example.org/<a> b", "https://example.org/%3Ca%3E%20b"},
	}
	for _, tc := range tests {
		if got := mdURL(tc.in); got != tc.want {
			t.Errorf("mdURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
