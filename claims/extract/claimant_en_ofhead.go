package extract

import "strings"

// "The Department of Parks and Recreation said": the coordinated subject
// rules read "Parks" and "Recreation" as two claimants and bodyAndEN
// joins them again into one body, "Parks and Recreation"; the head of the
// name before "of" or "for" belongs to it, and so does an acronym right
// before the name ("US Customs and Harbor Protection").

// ofHeadEN returns who with the capitalised words before " of " or
// " for " that stand right before it in text put in front ("Department
// of Parks and Recreation", "U.S. Office of Ports and Harbor
// Management"), when who is one name joined by "and" (bodyAndEN's
// answer); at most four words, up to a lower-case word, a punctuation
// mark or the start of text; else an acronym right before it ("US
// Customs and Harbor Protection"). who unchanged otherwise.
func ofHeadEN(text, who string) string {
	if !strings.Contains(who, " and ") || strings.Contains(who, "; ") || strings.Contains(who, " of ") || strings.Contains(who, " for ") {
		return who
	}
	for _, p := range [...]string{" of ", " for "} {
		k := strings.Index(text, p+who)
		if k < 0 {
			continue
		}
		if s := capWordsBefore(text, k, 4); s < k {
			return text[s:k] + p + who
		}
	}
	if k := strings.Index(text, " "+who); k > 0 {
		if a := strings.LastIndexByte(text[:k], ' ') + 1; acronymWord(text[a:k]) {
			return text[a:k] + " " + who // "US Customs and Harbor Protection": the country's acronym is part of the name
		}
	}
	return who
}

// capWordsBefore returns where the run of at most max capitalised words
// (joined by single spaces, no article among them) that ends at byte k of
// text starts; k when no such word ends there.
func capWordsBefore(text string, k, max int) int {
	start, pos := k, k
	for n := 0; n < max; n++ {
		b := strings.LastIndexByte(text[:pos], ' ') + 1
		w := text[b:pos]
		if w == "" || !upperFirst(w) || strings.ContainsAny(w, ",;:“”\"()") || foldIn(w, "the", "a", "an", "this", "that") {
			break
		}
		start = b
		if b == 0 {
			break
		}
		pos = b - 1
	}
	return start
}
