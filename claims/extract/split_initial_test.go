package extract_test

import (
	"testing"
)

// TestSplitLetterBeforeArticle: a capital letter with a stop is an
// initial or a short form and stays in its sentence, unless the next word
// is an article, which no name goes on with: then the letter ended the
// sentence ("auf X. Die …"). Invented sentences.
func TestSplitLetterBeforeArticle(t *testing.T) {
	checkSplits(t, []unitCase{
		{"„Das ist ein guter Tag“, schrieb die Ministerin auf X. Die Einigung sieht vor, dass die Zölle bis 2027 sinken.",
			[]string{"„Das ist ein guter Tag“, schrieb die Ministerin auf X.", "Die Einigung sieht vor, dass die Zölle bis 2027 sinken."}},
		{"The senator posted the video on X. The clip was viewed 2 million times.",
			[]string{"The senator posted the video on X.", "The clip was viewed 2 million times."}},
		{"Die Stadt setzt nun auf Plan B. Ein neues Gutachten kostet 40.000 Euro.",
			[]string{"Die Stadt setzt nun auf Plan B.", "Ein neues Gutachten kostet 40.000 Euro."}},
		{"Donald J. Trump sagte am Montag, er werde klagen.", []string{"Donald J. Trump sagte am Montag, er werde klagen."}},
		{"Der Autor J. K. Müller schrieb das Buch 2019.", []string{"Der Autor J. K. Müller schrieb das Buch 2019."}},
		{"Große Zeitungen, z. B. Der Spiegel, berichteten darüber.", []string{"Große Zeitungen, z. B. Der Spiegel, berichteten darüber."}},
		{"The firm was founded by John A. Smith in 1990.", []string{"The firm was founded by John A. Smith in 1990."}},
		{"Sie kaufte Vitamin C. Der Preis stieg um 20 Prozent.",
			[]string{"Sie kaufte Vitamin C.", "Der Preis stieg um 20 Prozent."}},
	})
}
