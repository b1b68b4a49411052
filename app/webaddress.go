package app

import (
	"net/url"
	"strings"
	"unicode"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// opaqueSchemes are address schemes without "//" that a source may cite
// as they are (a DOI, a URN, a mail address).
var opaqueSchemes = []string{"doi:", "urn:", "mailto:"}

// parseWebAddress reads a source's web address as typed: empty stays
// empty; an address with a scheme ("https://…", "doi:…") is kept when it
// parses; a bare host and path ("example.org/page", "www.example.org")
// gets "https://" in front. Anything else — text with spaces, a word with
// no dot, a scheme with no host — is refused with a message for the field.
func parseWebAddress(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return "", notWebAddress()
	}
	low := strings.ToLower(s)
	for _, p := range opaqueSchemes {
		if strings.HasPrefix(low, p) && len(s) > len(p) {
			return s, nil
		}
	}
	if strings.Contains(s, "://") {
		u, err := url.Parse(s)
		if err != nil || u.Host == "" {
			return "", notWebAddress()
		}
		return s, nil
	}
	if !bareHost(s) {
		return "", notWebAddress()
	}
	if _, err := url.Parse("https://" + s); err != nil {
		return "", notWebAddress()
	}
	return "https://" + s, nil
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

// notWebAddress is the message under the web address field.
func notWebAddress() error {
	return claims.Errorf(claims.EINVALID, "%s", lang.L("This is not a web address. Write it as https://example.org/page, or leave the field empty."))
}
