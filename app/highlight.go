package app

import (
	"regexp"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// hitLines returns a search hit row: a title line over a smaller snippet
// line, both rich text so that the searched words can stand out; objects 0
// and 1 of the container are the two *widget.RichText.
func hitLines() *fyne.Container {
	line := func() *widget.RichText {
		t := &widget.RichText{Truncation: fyne.TextTruncateEllipsis, Scroll: container.ScrollNone}
		t.ExtendBaseWidget(t)
		return t
	}
	return &fyne.Container{Layout: compactVBox{}, Objects: []fyne.CanvasObject{line(), line()}}
}

// highlighted turns text with the search's match markers ("[word]") into
// rich-text segments: marked parts bold in the primary colour, the rest
// plain; size is the text size name ("" for the normal size).
func highlighted(text string, size fyne.ThemeSizeName) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	add := func(s string, hit bool) {
		if s == "" {
			return
		}
		st := widget.RichTextStyle{Inline: true, SizeName: size, ColorName: theme.ColorNameForeground}
		if hit {
			st.ColorName = theme.ColorNamePrimary
			st.TextStyle = fyne.TextStyle{Bold: true}
		}
		segs = append(segs, &widget.TextSegment{Text: s, Style: st})
	}
	for text != "" {
		open := strings.IndexByte(text, '[')
		if open < 0 {
			add(text, false)
			break
		}
		add(text[:open], false)
		rest := text[open+1:]
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			add(rest, true)
			break
		}
		add(rest[:end], true)
		text = rest[end+1:]
	}
	if len(segs) == 0 {
		add(" ", false)
	}
	return segs
}

// wordPattern finds the words of a text.
var wordPattern = regexp.MustCompile(`[\p{L}\p{N}]+`)

// markWords puts the search's match markers around each word of text that
// starts with one of words (lower case), as the search marks its snippets;
// brackets already in text are dropped so they cannot be taken for marks.
func markWords(text string, words []string) string {
	text = strings.NewReplacer("[", "", "]", "").Replace(text)
	if len(words) == 0 {
		return text
	}
	return wordPattern.ReplaceAllStringFunc(text, func(w string) string {
		lw := strings.ToLower(w)
		for _, q := range words {
			if strings.HasPrefix(lw, q) {
				return "[" + w + "]"
			}
		}
		return w
	})
}
