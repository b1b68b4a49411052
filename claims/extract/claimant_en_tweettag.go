package extract

import "strings"

// Web pages embed a post as markup that names its author in an attribute:
// `<tweet author="@annlee" …>The pier must close.</tweet>`. The author
// of the post is the speaker of its words: the person the text names
// whose name the handle spells (also after a prefix, "realAnnLee"), else
// the handle as the page writes it.

// tweetTagAuthorEN returns the author of a unit that opens with a post's
// markup, "" when it does not or names no author.
func (d *docState) tweetTagAuthorEN(text string) string {
	h := tweetTagHandle(text)
	if h == "" {
		return ""
	}
	if p := d.personOfHandle(h); p != "" {
		return p
	}
	return h
}

// tweetTagHandle returns the value of the author attribute ("author" or
// "tweet-author") of the post markup that opens text; "" if none.
func tweetTagHandle(text string) string {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, "<tweet ") {
		return ""
	}
	tag, _, ok := strings.Cut(text, ">")
	if !ok {
		return ""
	}
	for _, attr := range [...]string{` author="`, ` tweet-author="`} {
		if _, v, ok := strings.Cut(tag, attr); ok {
			if h, _, ok := strings.Cut(v, `"`); ok && h != "" && !strings.ContainsRune(h, ' ') {
				return h
			}
		}
	}
	return ""
}

// personOfHandle returns the full name of the first person the text names
// whose name, in lower-case letters only, is the handle's or ends it
// ("@AnnLee", "realAnnLee" for Ann Lee); "" if none.
func (d *docState) personOfHandle(h string) string {
	hl := lettersLower(h)
	for i := range d.people {
		n := lettersLower(d.people[i].name)
		if len(n) >= 6 && strings.HasSuffix(hl, n) && strings.IndexByte(d.people[i].name, ' ') > 0 {
			return d.people[i].name
		}
	}
	return ""
}

// lettersLower returns the ASCII letters of s in lower case.
func lettersLower(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			b.WriteByte(c)
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		}
	}
	return b.String()
}
