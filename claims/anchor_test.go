package claims_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"claimdesk/claims"
)

const anchorBody = "Die Stadt meldet: Die Mieten sind seit 2020 um 40 Prozent gestiegen. " +
	"Der Bürgermeister sagte, die Größe der Neubaufläche habe sich verdoppelt. " +
	"Kritiker halten die Zahlen für übertrieben."

// repeated is a body in which one sentence occurs six times with the same
// surroundings, so only the old position can tell the occurrences apart.
var repeated = strings.Repeat("Der Preis stieg. ", 6)

// resolveCases feed both TestResolveAnchor and the seeds of FuzzResolveAnchor.
// The anchor is made for the nth occurrence (from 0) of quote in body; want is
// the occurrence of quote in edited that must be found, or -1 for detached.
var resolveCases = []struct {
	name   string
	body   string
	quote  string
	nth    int
	edited string
	want   int
}{
	{"Unchanged", anchorBody, "Mieten", 0, anchorBody, 0},
	{"InsertBefore", anchorBody, "Mieten", 0, "Eilmeldung aus dem Rathaus. " + anchorBody, 0},
	{"DeleteBefore", anchorBody, "verdoppelt", 0, strings.TrimPrefix(anchorBody, "Die Stadt meldet: "), 0},
	{"EditAfter", anchorBody, "Die Mieten", 0, strings.Replace(anchorBody, "40 Prozent", "vierzig Prozent", 1), 0},
	{"EditContext", anchorBody, "40 Prozent", 0, strings.Replace(anchorBody, "seit 2020 um", "seit dem Jahr 2020 um ganze", 1), 0},
	{"UmlautBefore", anchorBody, "Größe", 0, "Ärger über Öl. " + anchorBody, 0},
	{"QuoteGone", anchorBody, "verdoppelt", 0, strings.Replace(anchorBody, "verdoppelt", "verdreifacht", 1), -1},
	{"QuoteCaseChanged", anchorBody, "Kritiker", 0, strings.Replace(anchorBody, "Kritiker", "kritiker", 1), -1},
	{"BodyEmptied", anchorBody, "Mieten", 0, "", -1},
	{"AmbiguousByPrefix", "Im Januar: Der Preis stieg. Im Februar: Der Preis stieg.", "Der Preis stieg", 1,
		"Kurz gemeldet. Im Januar: Der Preis stieg. Im Februar: Der Preis stieg.", 1},
	{"AmbiguousBySuffix", "Der Preis stieg im Januar. Der Preis stieg im Februar.", "Der Preis stieg", 0,
		"Neu. Der Preis stieg im Februar. Der Preis stieg im Januar.", 1},
	{"AmbiguousNearest", repeated, "Der Preis stieg.", 2, "x" + repeated, 2},
	{"AmbiguousOneRemoved", "A: Wert 5. B: Wert 5. C: Wert 5.", "Wert 5", 2, "A: Wert 5. C: Wert 5.", 1},
}

// nthIndex returns the byte offset of the nth occurrence of sub in s, or -1.
func nthIndex(s, sub string, n int) int {
	off := 0
	for {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return -1
		}
		if n == 0 {
			return off + i
		}
		n--
		off += i + 1
	}
}

func TestResolveAnchor(t *testing.T) {
	for _, tc := range resolveCases {
		t.Run(tc.name, func(t *testing.T) {
			i := nthIndex(tc.body, tc.quote, tc.nth)
			if i < 0 {
				t.Fatalf("occurrence %d of %q not in body", tc.nth, tc.quote)
			}
			a, err := claims.MakeAnchor(tc.body, i, i+len(tc.quote))
			if err != nil {
				t.Fatalf("MakeAnchor: %v", err)
			}
			start, end, ok := claims.ResolveAnchor(tc.edited, a)
			if tc.want < 0 {
				if ok {
					t.Fatalf("ResolveAnchor = %d, %d, true; want not ok (detached)", start, end)
				}
				return
			}
			if !ok {
				t.Fatal("ResolveAnchor: not ok, want found")
			}
			if got, want := start, nthIndex(tc.edited, tc.quote, tc.want); got != want {
				t.Fatalf("start = %d, want %d (occurrence %d)", got, want, tc.want)
			}
			if got, want := tc.edited[start:end], tc.quote; got != want {
				t.Fatalf("resolved text = %q, want %q", got, want)
			}
		})
	}
}

func TestResolveAnchorNil(t *testing.T) {
	t.Run("NilAnchor", func(t *testing.T) {
		if _, _, ok := claims.ResolveAnchor(anchorBody, nil); ok {
			t.Fatal("ok = true for a nil anchor")
		}
	})
	t.Run("EmptyExact", func(t *testing.T) {
		if _, _, ok := claims.ResolveAnchor(anchorBody, &claims.Anchor{Start: 0, End: 0}); ok {
			t.Fatal("ok = true for an empty quote")
		}
	})
}

func TestMakeAnchor(t *testing.T) {
	const body = "Größe: 5 m²" // G r ö(2) ß(2) e : ' ' 5 ' ' m ²(2)
	for _, tc := range []struct {
		name       string
		body       string
		start, end int
		exact      string
		prefix     string
		suffix     string
	}{
		{"OK", body, 0, 6, "Größ", "", "e: 5 m²"},
		{"StartInsideRune", body, 3, 7, "ße", "Grö", ": 5 m²"},
		{"EndInsideRune", body, 0, 3, "Gr", "", "öße: 5 m²"},
		{"WholeBody", body, 0, len(body), body, "", ""},
		{"LastRune", body, len(body) - 2, len(body), "²", "Größe: 5 m", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := claims.MakeAnchor(tc.body, tc.start, tc.end)
			if err != nil {
				t.Fatalf("MakeAnchor: %v", err)
			}
			if a.Exact != tc.exact || a.Prefix != tc.prefix || a.Suffix != tc.suffix {
				t.Fatalf("anchor = %q|%q|%q, want %q|%q|%q", a.Prefix, a.Exact, a.Suffix, tc.prefix, tc.exact, tc.suffix)
			}
			if got, want := tc.body[a.Start:a.End], a.Exact; got != want {
				t.Fatalf("body[Start:End] = %q, want %q", got, want)
			}
		})
	}

	t.Run("ContextCutAtRuneBoundary", func(t *testing.T) {
		long := strings.Repeat("ä", 40) + "KERN" + strings.Repeat("ü", 40)
		i := strings.Index(long, "KERN")
		a, err := claims.MakeAnchor(long, i, i+4)
		if err != nil {
			t.Fatalf("MakeAnchor: %v", err)
		}
		if len(a.Prefix) > claims.AnchorContext || len(a.Suffix) > claims.AnchorContext {
			t.Fatalf("context %d and %d bytes, want at most %d", len(a.Prefix), len(a.Suffix), claims.AnchorContext)
		}
		if !utf8.ValidString(a.Prefix) || !utf8.ValidString(a.Suffix) {
			t.Fatalf("context cut inside a rune: %q, %q", a.Prefix, a.Suffix)
		}
		if got, want := a.Prefix, strings.Repeat("ä", 16); got != want {
			t.Fatalf("Prefix = %q, want %q", got, want)
		}
	})

	for _, tc := range []struct {
		name       string
		start, end int
	}{
		{"ErrStartNegative", -1, 3},
		{"ErrEndBeyondBody", 0, len(body) + 1},
		{"ErrEmptySpan", 4, 4},
		{"ErrReversedSpan", 5, 2},
		{"ErrInsideOneRune", 3, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := claims.MakeAnchor(body, tc.start, tc.end)
			if got, want := claims.ErrorCode(err), claims.EINVALID; got != want {
				t.Fatalf("error code = %q, want %q (error: %v)", got, want, err)
			}
		})
	}
}

func FuzzResolveAnchor(f *testing.F) {
	for _, tc := range resolveCases {
		i := nthIndex(tc.body, tc.quote, tc.nth)
		f.Add(tc.body, i, i+len(tc.quote), tc.edited)
	}
	for _, s := range hostileAnchorSeeds() {
		f.Add(s.body, s.start, s.end, s.edited)
	}
	f.Fuzz(func(t *testing.T, body string, start, end int, edited string) {
		a, err := claims.MakeAnchor(body, start, end)
		if err != nil {
			if got, want := claims.ErrorCode(err), claims.EINVALID; got != want {
				t.Fatalf("MakeAnchor error code = %q, want %q", got, want)
			}
			return
		}
		if a.Exact == "" || body[a.Start:a.End] != a.Exact || a.Start < start || a.End > end {
			t.Fatalf("anchor %+v does not lie within body[%d:%d]", a, start, end)
		}
		if utf8.ValidString(body) && (!utf8.ValidString(a.Exact) || !utf8.ValidString(a.Prefix) || !utf8.ValidString(a.Suffix)) {
			t.Fatalf("anchor %+v cuts a rune of a valid UTF-8 body", a)
		}
		if s, e, ok := claims.ResolveAnchor(body, a); !ok || s != a.Start || e != a.End {
			t.Fatalf("ResolveAnchor on the unchanged body = %d, %d, %v; want %d, %d, true", s, e, ok, a.Start, a.End)
		}
		s, e, ok := claims.ResolveAnchor(edited, a)
		if got, want := ok, strings.Contains(edited, a.Exact); got != want {
			t.Fatalf("ok = %v, want %v (quote %q in edited body)", got, want, a.Exact)
		}
		if ok && edited[s:e] != a.Exact {
			t.Fatalf("resolved %q, want %q", edited[s:e], a.Exact)
		}
	})
}
