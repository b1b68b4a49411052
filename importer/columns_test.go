package importer

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestOneColumnFiles checks invented news texts in the layout
// "pdftotext -layout" gives a page set in two columns (testdata/columns:
// a headline, two columns with a sentence that goes on from the left
// column's foot to the right one's head, a blank line in one column only,
// running heads across the gutter, an indented paragraph, two pages): each
// .txt reads as its .want, in one column, and reading that again changes
// nothing.
func TestOneColumnFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "columns", "*.txt"))
	if err != nil || len(files) < 3 {
		t.Fatalf("%d files, %v", len(files), err)
	}
	for _, f := range files {
		in, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".want")
		if err != nil {
			t.Fatal(err)
		}
		got := OneColumn(string(in))
		if got != string(want) {
			t.Errorf("%s:\n%s\nwant\n%s", f, got, want)
		}
		if again := OneColumn(got); again != got {
			t.Errorf("%s read again:\n%s", f, again)
		}
	}
}

// notColumns are invented texts that are not two columns side by side.
var notColumns = map[string]string{
	"prose":                  "The council approved the plan on Tuesday.\nThe cost is $4 million.\n",
	"a table":                "Party                     2021      2025\nGreens                    14.8      11.6\nLiberals                  11.5       4.3\nSocialists                25.7      16.4\nConservatives             24.1      28.5\n",
	"a table of text":        "Greens and their allies      lost a third of seats      11.6 percent\nLiberals of the north        lost half of their seats   4.3 percent\nSocialists and the left      lost a third of seats      16.4 percent\nConservatives of the south   won a fifth more seats     28.5 percent\n",
	"names and roles":        "Chair of the board          Anna Berg\nDeputy chair of it          Lars Brenner\nTreasurer of the club       Petra Lohmann\nSecretary of the club       Uwe Kamphaus\nMember of the board         Dale Moran\n",
	"code with comments":     "claimctl claim show ID         # the claim with its verdict and evidence\nclaimctl history of ID        # every change, oldest first: when, who, field\nclaimctl history ARTICLE      # an article's too, also after it was deleted\nclaimctl backup now           # prints the path of the new backup file\nclaimctl check all            # exit status 1 when the integrity check fails\n",
	"keys and values":        "The first of the three polls last week:      the city council poll,\nThe survey of the institute on Monday:       the institute survey,\nThe opinion poll of the local newspaper:     the newspaper opinion poll,\nThe new poll of the courier on Monday:       the courier poll,\nThe survey of the university last week:      the university survey,\n",
	"a few lines with notes": "The meeting starts at nine.\nThe mayor opens it.\nThe clerk reads the minutes.\nThe council then debates the plan     as the mayor asked it to do\nThe members vote on it at noon        and the result is read out\nLunch is at one.\nThe works committee meets at two      to hear the builders on it\nThe public may ask questions          after the builders have spoken\nThe meeting ends at six.\nDinner follows.\n",
	"three lines":            "The council approved the plan    and the mayor said it was time\nto build the line before the     end of the decade, but the\nopposition wanted a vote on      the cost of the tram first.\n",
	"a running head":         "12     THE RIVERSIDE LEDGER     Monday, May 3, 2027\n\nThe council approved the plan on Tuesday.\n",
	"sentences set apart":    "The council met on Tuesday.   It approved the plan by a vote of nine to four.\nThe mayor said so.   The cost is put at $4 million by the city.\nThe works start in May.   They end in two years, the city said on Monday.\nThe opposition disagrees.   It wants a vote of the citizens on the plan.\nThe vote is in June.   The result is binding for the council.\n",
}

// TestOneColumnLeavesText checks that the texts of notColumns stay as
// they are.
func TestOneColumnLeavesText(t *testing.T) {
	for name, in := range notColumns {
		if got := OneColumn(in); got != in {
			t.Errorf("%s: changed to\n%s", name, got)
		}
	}
}

// TestReadArticleTwoColumns checks that a text file laid out in two
// columns is imported in one column, its title from the headline.
func TestReadArticleTwoColumns(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "columns", "de_two.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "columns", "de_two.want"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := ReadArticle("seite3.txt", in)
	if err != nil {
		t.Fatal(err)
	}
	if a.Body != strings.TrimSpace(string(want)) || a.Title != "Gemeinderat beschließt Straßenbahn" || a.Language != "de" {
		t.Errorf("title %q, language %q, body\n%s", a.Title, a.Language, a.Body)
	}
}

// FuzzOneColumn checks that OneColumn only moves text and drops white space:
// the same letters, digits, marks and form feeds come out, in any input
// (seeds: the texts of testdata/columns and notColumns).
func FuzzOneColumn(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "columns", "*.txt"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, in := range notColumns {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := OneColumn(in)
		if a, b := nonSpace(in), nonSpace(out); a != b {
			t.Errorf("OneColumn(%q) = %q: other text", in, out)
		}
	})
}

// nonSpace returns the runes of s other than white space (form feeds,
// which part pages, are kept), sorted, as a string. OneColumn drops the
// white space at the end of a column's lines (a tab, a carriage return),
// as readText does of every line.
func nonSpace(s string) string {
	var rs []rune
	for _, r := range s {
		if r == '\f' || !unicode.IsSpace(r) {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	return string(rs)
}

// BenchmarkOneColumn measures OneColumn on 10 MB of ordinary text (one
// paragraph a line, with a run of three spaces now and then; invented),
// which it leaves as it is.
func BenchmarkOneColumn(b *testing.B) {
	para := "The council approved the plan on Tuesday.   The cost is put at $4 million, the city said.\n\n"
	text := strings.Repeat(para, 10<<20/len(para))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		if OneColumn(text) != text {
			b.Fatal("changed")
		}
	}
}
