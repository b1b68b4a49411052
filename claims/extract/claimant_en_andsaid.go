package extract

import "strings"

// "Ann Lee smiled and said she would fight on." A verb of saying joined
// to an earlier verb by "and" or "but" ("… and said", "… but also said")
// has no subject of its own: it shares the subject of the main clause,
// as a participle of saying after a comma does (participleSpeakerEN).
// Only a plain first clause whose subject opens the sentence, or is a
// name after a fronted phrase closed by a comma ("Appearing outside the
// court, Dana Cole smiled and said …": mainSubjectStartEN; not a pronoun
// there: "In the spring, he sat down … and said" stays empty), counts. An
// article before a capitalised name that opens the sentence is no part of
// it ("The Harborage doubted it but acknowledged …").

// coordinatedSpeakerEN returns the subject of the main clause for the
// first verb of saying among verbs that follows "and" or "but" (an
// adverb may stand between: "and later said") with no object noun after
// it (objectAfterEN); "" when there is none, the subject does not open
// the sentence (openingSubjectEN) or has an article ("the Harbor
// campaign"), the first clause is no plain one (plainFirstClauseEN), or
// the subject is no pronoun, no person the text knows by a full name and
// no name of a body (capitalised words right before a lower-case word,
// the first no participle form: "Given the costs, …" is no subject).
func (d *docState) coordinatedSpeakerEN(toks []token, text string, verbs []int, lex lexicon) string {
	for _, v := range verbs {
		k := verbGroupStartEN(toks, v)
		if k < 2 || toks[v].cat&cAccording != 0 || !foldIn(toks[k-1].low, "and", "but") || objectAfterEN(toks, v) {
			continue
		}
		s := mainSubjectStartEN(toks, k-1)
		if s >= 0 && toks[s].cat&cDet != 0 {
			if who := d.describedAppositionEN(toks, text, s, k-1, lex); who != "" {
				return who // "A spokeswoman for the agency, Ann Lee, declined to comment but said …"
			}
		}
		theBody := s >= 0 && toks[s].low == "the" && s+1 < k-1 && capWord(&toks[s+1]) && openingSubjectEN(toks, s)
		if theBody {
			s++ // "The Pentagon appeared to downplay …, but acknowledged …": a named body
		}
		if s < 0 || !openingSubjectEN(toks, s) && !theBody && !(s > 1 && toks[s-1].p == ',' && pronoun(&toks[s], false) == 0) || toks[s].cat&cDet != 0 || clauseBreakEN(toks, s, k-1) || !plainFirstClauseEN(toks, s, k-1, !strings.HasSuffix(toks[v].low, "ed")) {
			continue
		}
		if g := pronoun(&toks[s], false); g != 0 {
			return d.resolvePronoun(g, false) // "He smiled and said …"
		}
		if r := roleAfterRunEN(toks, text, s, lex); r > 0 {
			s = r + 1 // "Harbor City press secretary Ann Lee …"
		}
		who := d.nameAt(toks, text, s, false, lex, false, true)
		if d.known(who) && d.personLikeEN(who) {
			return who
		}
		if e := capRun(toks, text, s, false); who != "" && e < k-1 && lowerWord(&toks[e]) && capWord(&toks[s]) && !participleFormEN(toks[s].low) && !closedLeadEN(text[toks[s].s:toks[s].e]) && roleAfterRunEN(toks, text, s, lex) < 0 {
			return who // "Harbor Watch obtained the video and said …"
		}
	}
	return ""
}

// plainFirstClauseEN reports whether the words from the subject at s up
// to the joining word at j form a plain main clause in the active voice:
// no clause word (a relative or adverbial clause whose verb the "and"
// may join instead: "Trump, who has attacked the bank and insisted …"),
// no form of "be" unless beOK (a passive shares its auxiliary: "was
// fired and charged"; the caller allows "be" when the joined verb is no
// participle in -ed: "was released and denies") and no perfect ("has
// described … and argued" narrates a stance held over time, like "has
// said").
func plainFirstClauseEN(toks []token, s, j int, beOK bool) bool {
	for i := s; i < j; i++ {
		switch toks[i].low {
		case "who", "which", "that", "where", "when", "while", "if", "whether", "as", "because", "after", "before",
			"been", "being", "'s", "’s", "has", "have", "had":
			return false
		case "is", "are", "was", "were", "be":
			if !beOK {
				return false
			}
		}
	}
	return true
}

// objectAfterEN reports whether the verb v is a form of "write" with an
// article or a possessive after it: it takes a text as its object ("wrote
// his dissertation"), not the content of a statement. After "said" an
// article opens the reported clause ("said the tolls would fall").
func objectAfterEN(toks []token, v int) bool {
	return foldIn(toks[v].low, "wrote", "writes", "write", "written") && v+1 < len(toks) && (foldIn(toks[v+1].low, "a", "an", "the", "his", "her", "its", "their", "my", "our", "your") || possessiveWord(toks[v+1].low))
}

// openingSubjectEN reports whether the subject at s opens the sentence,
// after at most joining words ("But he …"): after a fronted phrase the
// main clause's subject is found less surely.
func openingSubjectEN(toks []token, s int) bool {
	for i := 0; i < s; i++ {
		if !foldIn(toks[i].low, "but", "and", "yet", "so") {
			return false
		}
	}
	return true
}

// participleFormEN reports whether w has the ending of a participle
// ("Given", "Panicked", "Arriving"): a fronted participle, not a name.
func participleFormEN(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "en"))
}
