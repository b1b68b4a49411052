package extract

// noteNumberAt reports whether line opens with the number of a note, digits
// and a closing parenthesis before a space ("1) Die Umfrage wurde …", as a
// press release numbers its notes for editors at the end): the line is a
// note of its own and does not go on the line before. A note in brackets
// ("[1] …") opens with no digit and is never joined anyway.
func noteNumberAt(line string) bool {
	i := 0
	for i < len(line) && i < 2 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(line) && line[i] == ')' && line[i+1] == ' '
}
