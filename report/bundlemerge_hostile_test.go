package report_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"claimdesk/report"
)

// hostileText is invented text as a checker pastes it from a web page: a
// stamp, an address, joined emojis, right-to-left text, combining marks,
// invisible characters, odd quotes and a line separator.
const hostileText = "Stand: 05.12.2026, 14:32 Uhr +++ presse@kalben.example @Rathaus #Kalben 👍🏽 👩‍👩‍👧‍👦 🏳️‍🌈 " +
	"מנהל העיר Cafe\u0301 Haus\u00adhalt\u00a0und\u200bmehr\u2028„Ein ‚Zitat‘ «hier»\rDr.\tNr. z. B."

// hostileMergeSeeds are dataset.json variants whose texts hold what a
// checker pastes, and two whose bytes hold a lone surrogate (escaped and
// raw) and a carriage-return-only body.
func hostileMergeSeeds(tb testing.TB) [][]byte {
	later := time.Now().UTC().Add(-time.Minute)
	d := report.Document{Format: report.DocumentFormat, GeneratedAt: generatedAt, Dataset: *fixtureDataset()}
	d.Claims[0].Text, d.Claims[0].Claimant, d.Claims[0].UpdatedAt = hostileText, "\u200fUte\u00a0Sommer\u200b", later
	d.Claims[1].Tags = append(d.Claims[1].Tags, "#Kalben", "👩‍👩‍👧‍👦", "\u00ad")
	d.Sources[0].Title, d.Sources[0].UpdatedAt = strings.Repeat(".", 10000), later
	d.Articles[0].Body, d.Articles[0].BodySHA256, d.Articles[0].UpdatedAt = strings.ReplaceAll(hostileText, " ", "\r"), "", later
	b, err := json.Marshal(&d)
	if err != nil {
		tb.Fatal(err)
	}
	escaped := bytes.Replace(b, []byte("Ute"), []byte(`\ud800Ute\udfff`), 1)
	raw := bytes.Replace(b, []byte("Ute"), []byte("\xed\xa0\x80Ute\xff"), 1)
	return [][]byte{b, escaped, raw}
}
