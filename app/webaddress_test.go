package app

import "testing"

func TestParseWebAddress(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"  https://example.org/a?b=1  ", "https://example.org/a?b=1", true},
		{"http://localhost:8080/x", "http://localhost:8080/x", true},
		{"www.example.org", "https://www.example.org", true},
		{"amt.example.de/bericht-2025.pdf", "https://amt.example.de/bericht-2025.pdf", true},
		{"example.org:8443/a", "https://example.org:8443/a", true},
		{"doi:10.1000/182", "doi:10.1000/182", true},
		{"mailto:presse@example.org", "mailto:presse@example.org", true},
		{"Haushalt Seite 3", "", false},
		{"Pressestelle", "", false},
		{"https://", "", false},
		{"https:///pfad", "", false},
		{"example.", "", false},
		{".example.org", "", false},
		{"doi:", "", false},
	} {
		got, err := parseWebAddress(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseWebAddress(%q) = %q, %v; want %q, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}
