package claims

import (
	"net/url"
	"strings"
	"unicode"
)

// opaqueSchemes are address schemes without "//" that a source may cite
// as they are (a DOI, a URN, a mail address).
var opaqueSchemes = []string{"doi:", "urn:", "mailto:"}

// WebAddress reads a source's web address as typed, in the window or on
// the command line: empty stays empty; an address with a scheme
// ("https://…", "doi:…") is kept when it parses; a bare host and path
// ("example.org/page", "www.example.org") gets "https://" in front, so it
// can be opened. Anything else — text with spaces, a word with no dot, a
// scheme with no host — is refused (ok false).
func WebAddress(s string) (addr string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return "", false
	}
	low := strings.ToLower(s)
	for _, p := range opaqueSchemes {
		if strings.HasPrefix(low, p) && len(s) > len(p) {
			return s, true
		}
	}
	if strings.Contains(s, "://") {
		u, err := url.Parse(s)
		if err != nil || u.Host == "" {
			return "", false
		}
		return s, true
	}
	if !bareHost(s) {
		return "", false
	}
	if _, err := url.Parse("https://" + s); err != nil {
		return "", false
	}
	return "https://" + s, true
}

// bareHost reports whether s starts with a host name: up to the first
// "/", "?" or "#", letters, digits, dots, hyphens and an optional port,
// with a dot between two labels.
func bareHost(s string) bool {
	host := s
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		host = s[:i]
	}
	if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	dot := strings.IndexByte(host, '.')
	if dot <= 0 || strings.HasSuffix(host, ".") {
		return false
	}
	for _, r := range host {
		if r != '.' && r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
