package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"testing"

	"claimdesk/report"
)

// A bundle whose dataset holds fields this build does not know (a newer
// Claimdesk's, same dataset version) is read, and Unknown names each such
// field once by its path; empty unknown fields and known ones are not named.
func TestReadBundleNamesUnknownFields(t *testing.T) {
	s := validSpec(t)
	for _, e := range s.entries {
		if e.name != report.DatasetName {
			continue
		}
		var doc map[string]any
		if err := json.Unmarshal(e.data, &doc); err != nil {
			t.Fatal(err)
		}
		doc["reviewers"] = []any{"anna"}
		doc["note"] = ""
		for _, c := range doc["claims"].([]any) {
			c.(map[string]any)["rating_note"] = "second opinion pending"
		}
		data, _ := json.Marshal(doc)
		s.set(report.DatasetName, data)
	}
	z := s.zip(t)
	b, err := report.ReadBundle(context.Background(), bytes.NewReader(z), int64(len(z)), report.DefaultLimits)
	if err != nil {
		t.Fatalf("ReadBundle: %v", err)
	}
	if want := []string{"claims[].rating_note", "reviewers"}; !slices.Equal(b.Unknown, want) {
		t.Errorf("Unknown = %q, want %q", b.Unknown, want)
	}

	plain := validSpec(t).zip(t)
	b, err = report.ReadBundle(context.Background(), bytes.NewReader(plain), int64(len(plain)), report.DefaultLimits)
	if err != nil || len(b.Unknown) != 0 {
		t.Errorf("a bundle this build wrote: Unknown = %q, %v; want none", b.Unknown, err)
	}
}
