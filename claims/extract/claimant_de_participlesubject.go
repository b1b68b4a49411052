package extract

// In the German perfect the participle closes the clause and the subject
// stands before or right after the finite auxiliary (perfectSubjectDE):
// the words right before the participle are objects or adverbials ("Die
// Medien hatten von einem Skandal gesprochen", "…, hatte die Stadt am
// Montag den Plan kritisiert"). When perfectSubjectDE found no subject,
// the word before such a participle is none either.

// perfectParticipleDE reports whether the verb of saying v is a participle
// that closes a clause after a finite "haben" (perfectAuxBefore), with at
// least one word between them ("hatte … gesagt").
func perfectParticipleDE(toks []token, v int) bool {
	a := perfectAuxBefore(toks, v)
	return a >= 0 && a+1 < v
}
