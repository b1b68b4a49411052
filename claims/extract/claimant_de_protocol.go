package extract

import "strings"

// A German protocol: the text opens with a quotation alone as its title
// („Die Bienen warten nicht“), a lead names the person in the third person
// ("Die Imkerin Wiebke Sandholt betreut vierzig Völker …"), and the body
// is that person's own words in the first person, without quotation marks
// ("Normalerweise prüfe ich jeden Morgen die Beuten."). Those units are the
// person's, not the author's: protocolSpeakerDE gives the person to an unquoted first-person
// unit that has no speaker of its own.

// protocolDE is what the text's opening says of a protocol, or what a
// testimonial's line naming its person says (byHeading).
type protocolDE struct {
	armed bool   // the first unit is a quotation alone
	who   string // the first person a unit after it named by a full name
	body  bool   // a first-person unit gave who: the person's own words began
	// byHeading: who came from a heading that names the person, in either
	// language, and the next other heading ends the block
	// (claimant_testimonial.go)
	byHeading bool
}

// protocolLead is the last unit in which the lead may name the person.
const protocolLead = 5

// noteProtocolDE arms the protocol on a first unit that is a quotation
// alone, and takes the first person named by a full name (two words or
// more, known to the text, not right after a quotation mark: not a ship's
// or a band's name) in the units of the lead after it.
func (d *docState) noteProtocolDE(toks []token, text string) {
	if d.units <= 1 {
		d.protocol = protocolDE{armed: quotationAloneDE(toks)}
		return
	}
	if !d.protocol.armed || d.protocol.who != "" || d.units > protocolLead {
		return
	}
	if p := d.unitFirst; p != "" && strings.IndexByte(p, ' ') > 0 && plainName(p) && d.known(p) && !quotedNameDE(text, p) {
		d.protocol.who = p
	}
}

// quotedNameDE reports whether the name p stands in text right after a
// quotation mark (a café's, a ship's or a work's title, „Anna Blume“),
// or not at all.
func quotedNameDE(text, p string) bool {
	i := strings.Index(text, p)
	if i < 0 {
		return true
	}
	before := text[:i]
	for _, q := range [...]string{"\"", "„", "“", "»", "«"} {
		if strings.HasSuffix(before, q) {
			return true
		}
	}
	return false
}

// quotationAloneDE reports whether the unit is one quotation: it opens
// and closes with a quotation mark and holds no other.
func quotationAloneDE(toks []token) bool {
	n := len(toks)
	if n < 3 || !toks[0].is(tQuote) || !toks[n-1].is(tQuote) {
		return false
	}
	for i := 1; i < n-1; i++ {
		if toks[i].is(tQuote) {
			return false
		}
	}
	return true
}

// protocolSpeakerDE returns the protocol's person for a unit outside
// quotation marks: in the first person, or any such unit but a heading
// (the editor's subtitles) once a first-person unit began the person's own
// words (the body of a protocol is theirs throughout); "" when the text is
// no protocol or an interview (its questions are the interviewer's).
func (d *docState) protocolSpeakerDE(firstPerson, quoted, heading bool) string {
	if quoted || d.interview || d.protocol.who == "" || !firstPerson && (!d.protocol.body || heading) {
		return ""
	}
	d.protocol.body = true
	return d.protocol.who
}
