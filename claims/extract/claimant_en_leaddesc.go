package extract

import "strings"

// leadDescribedEN returns the full name of the person an English
// claimant describes by an indefinite article and a role ("A federal
// judge", "An appeals court judge") when the text gave that claimant
// before it named anyone with the role (noteLeadDescEN) and then names a
// person with the role before the name ("U.S. District Judge Ann Lee"): a
// news lead introduces its subject by a description and names it a
// paragraph later, and the guide wants the fullest name the article
// gives. c unchanged otherwise (a description after the role's person was
// named is someone new: "A reporter asked …"; a one-word name).
func (d *docState) leadDescribedEN(c string) string {
	if !d.leadDesc[c] {
		return c
	}
	name := d.roles[roleHeadEN(c)]
	if strings.IndexByte(name, ' ') < 0 {
		return c
	}
	return name
}

// noteLeadDescEN records the claimant who when it is an indefinite
// description ending in a lower-case role word (roleHeadEN) that no
// person named so far has.
func (d *docState) noteLeadDescEN(who string) {
	h := roleHeadEN(who)
	if h == "" || d.roles[h] != "" || d.leadDesc[who] {
		return
	}
	if d.leadDesc == nil {
		d.leadDesc = map[string]bool{}
	}
	d.leadDesc[who] = true
}

// roleHeadEN returns the last word of an English claimant "A …" or "An …"
// of words without a comma, "of" or "for", when it is in lower case ("A
// federal judge" → "judge"); "" otherwise.
func roleHeadEN(c string) string {
	rest, ok := strings.CutPrefix(c, "A ")
	if !ok {
		rest, ok = strings.CutPrefix(c, "An ")
	}
	if !ok || strings.ContainsAny(rest, ",;") || strings.Contains(rest, " of ") || strings.Contains(rest, " for ") {
		return ""
	}
	head := rest[strings.LastIndexByte(rest, ' ')+1:]
	if head == "" || upperFirst(head) {
		return ""
	}
	return head
}
