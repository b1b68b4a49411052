package extract

import "strings"

// An interview printed with its questions alone in their paragraphs and
// no "Q:"/"A:" marks: "How much has demand risen?" | "A lot. When I
// started, we gave out …". The guest is named once in the introduction;
// the paragraphs after a question, up to the next, are the guest's
// answer. The form is taken as an interview only when the text from its
// first such question on holds three questions or more, each followed by
// a paragraph that is none, one of them addresses the guest ("you",
// "your") and half the answers speak in the first person: an article's
// lone rhetorical question makes no interview, nor an explainer's.

// bareQuestionParaEN reports whether the paragraph that opens with the
// unit text, rest being the document after the unit, is a question alone:
// it ends with "?" and holds at most 30 words.
func bareQuestionParaEN(text, rest string) bool {
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	return bareQuestionTextEN(text + rest)
}

// bareQuestionTextEN reports whether the paragraph p ends with "?" (a closing
// quotation mark may follow) and holds at most 30 words.
func bareQuestionTextEN(p string) bool {
	p = strings.TrimRight(strings.TrimSpace(p), "”\"'’")
	return strings.HasSuffix(p, "?") && len(strings.Fields(p)) <= 30
}

// bareInterviewAheadEN reports whether the text from a question's
// paragraph on holds three questions alone in their paragraphs or more,
// each followed by a paragraph that is no question, one of them holds
// "you" or "your", and at least half the paragraphs right after them
// speak in the first person ("I", "we", "our"): an explainer printed as
// questions ("What does it mean for you?") answers in its own voice.
func bareInterviewAheadEN(rest string) bool {
	var paras []string
	for _, p := range strings.Split(rest, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	n, first, addressed := 0, 0, false
	for i := 0; i+1 < len(paras); i++ {
		if !bareQuestionTextEN(paras[i]) || bareQuestionTextEN(paras[i+1]) {
			continue
		}
		n++
		addressed = addressed || hasWordEN(paras[i], "you", "your")
		if hasWordEN(paras[i+1], "i", "we", "my", "our", "me", "us") {
			first++
		}
	}
	return n >= 3 && addressed && 2*first >= n
}

// hasWordEN reports whether the paragraph p holds one of the lower-case
// words ws, case ignored, punctuation around it stripped.
func hasWordEN(p string, ws ...string) bool {
	for _, w := range strings.Fields(strings.ToLower(p)) {
		w = strings.Trim(w, ",?.;:!()“”\"'’")
		for _, x := range ws {
			if w == x {
				return true
			}
		}
	}
	return false
}

// bareTurnEN sets the question and answer state of q at a paragraph's
// start with no "Q:"/"A:" mark, once the text showed itself an interview
// of bare questions (q.bare): a question alone opens a question, any
// other paragraph after a question or an answer goes on with the answer.
// It reports whether it set them.
func (q *qaInterviewEN) bareTurnEN(bareQ bool) bool {
	if !q.bare {
		return false
	}
	q.answer, q.question = !bareQ && (q.answer || q.question) && q.guest != "", bareQ
	return true
}
