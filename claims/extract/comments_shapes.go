package extract

import (
	"math"
	"strings"
	"unicode"
)

// commentShapes sets the shape inputs of a comment.
func commentShapes(text string, sh *[nCommentShape]float64) {
	var digits, groups, years, q, ex, ends, upper, letters int
	run := 0
	chars := 0
	for i, r := range text {
		chars++
		if r >= '0' && r <= '9' {
			digits++
			run++
			continue
		}
		if run > 0 {
			groups++
			if run == 4 && (strings.HasPrefix(text[i-4:], "19") || strings.HasPrefix(text[i-4:], "20")) {
				years++
			}
		}
		run = 0
		switch {
		case r == '%':
			sh[csPercent] = 1
		case r == '"' || r == '„' || r == '“' || r == '”' || r == '»' || r == '«':
			sh[csQuote] = 1
		case r == '?':
			q++
		case r == '!':
			ex++
		case r == '@':
			sh[csMention] = 1
		case r == ':':
			sh[csColon] = 1
		case r == '(' || r == ')':
			sh[csParen] = 1
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
		if (r == '.' || r == '!' || r == '?') && (i+1 == len(text) || isSpaceByte(text[i+1])) {
			ends++
		}
	}
	if run > 0 {
		groups++
		if run == 4 && (strings.HasPrefix(text[len(text)-4:], "19") || strings.HasPrefix(text[len(text)-4:], "20")) {
			years++
		}
	}
	if digits > 0 {
		sh[csDigit] = 1
	}
	sh[csNumbers] = float64(min(groups, 5)) / 5
	if years > 0 {
		sh[csYear] = 1
	}
	for i := 0; i < len(text); i++ {
		if isLinkAt(text, i) {
			sh[csLink] = 1
			break
		}
	}
	sh[csQuestion] = float64(min(q, 3)) / 3
	sh[csExclaim] = float64(min(ex, 3)) / 3
	sh[csLength] = math.Log1p(float64(chars)) / 8
	sh[csSentences] = float64(min(ends, 10)) / 10
	if letters > 0 {
		sh[csUpper] = float64(upper) / float64(letters)
	}
}
