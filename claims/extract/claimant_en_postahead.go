package extract

import "strings"

// A post embedded in a web page is printed as one paragraph: its sentences,
// then its signature ("… We will win. — Ann Lee (@annlee) May 2, 2019").
// The unit that holds the signature names its author (tweetAuthorEN); the
// sentences before it in the same paragraph are the author's words too.

// postAheadEN returns the author of the post whose signature ends the
// line the current English unit stands on ("— Ann Lee (@annlee) May 2,
// 2019": a dash, one to five capitalised words, a handle in parentheses
// and at most a date after it); "" when the line ends otherwise.
func (d *docState) postAheadEN() string {
	rest := d.restEN
	if len(rest) > maxTagAheadEN {
		rest = rest[:maxTagAheadEN] // a post is short; no scan of a long text per unit
	}
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 {
		if len(d.restEN) > maxTagAheadEN {
			return ""
		}
		nl = len(rest)
	}
	line := rest[:nl]
	if strings.IndexByte(line, '@') < 0 {
		return "" // no handle: most lines
	}
	h := strings.LastIndex(line, " (@")
	if h < 0 {
		return ""
	}
	if c := strings.IndexByte(line[h:], ')'); c < 0 || len(line)-(h+c+1) > 24 {
		return "" // only a date may follow the handle
	}
	dash := strings.LastIndexAny(line[:h], "—–")
	if k := strings.LastIndex(line[:h], " - "); k > dash {
		dash = k + 1
	}
	if dash < 0 {
		return ""
	}
	words := strings.Fields(strings.TrimLeft(line[dash:h], "—–- "))
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	for _, w := range words {
		if !capWordEN(w) {
			return ""
		}
	}
	return capRunEN(words)
}
