package report

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"time"

	"claimdesk/claims"
)

// DocumentFormat is the value of "format" in JSON exports and bundle datasets.
const DocumentFormat = "claimdesk-dataset"

// Document is the JSON export, described in docs/export-json.md: a
// claims.Dataset (version, articles, claims, sources, evidence, events,
// scales) with what produced it. Bundles carry the same document as
// dataset.json.
type Document struct {
	Format      string    `json:"format"`
	GeneratedAt time.Time `json:"generated_at"`
	Scope       Scope     `json:"scope"`
	claims.Dataset
}

// NewDocument returns the JSON document of d.
func NewDocument(d *Data) *Document {
	doc := &Document{Format: DocumentFormat, GeneratedAt: d.GeneratedAt.UTC(), Scope: d.Scope, Dataset: *d.Dataset()}
	// Empty lists are written as [], never null.
	ds := &doc.Dataset
	if ds.Articles == nil {
		ds.Articles = []*claims.Article{}
	}
	if ds.Claims == nil {
		ds.Claims = []*claims.Claim{}
	}
	if ds.Sources == nil {
		ds.Sources = []*claims.Source{}
	}
	if ds.Evidence == nil {
		ds.Evidence = []*claims.Evidence{}
	}
	if ds.Events == nil {
		ds.Events = []*claims.Event{}
	}
	return doc
}

// marshalDocument encodes d as indented JSON with a final newline.
func marshalDocument(d *Data) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(NewDocument(d)); err != nil {
		return nil, claims.Internal(err, "The export could not be encoded as JSON.")
	}
	return buf.Bytes(), nil
}

// writeJSON writes the full-fidelity JSON document.
func writeJSON(ctx context.Context, w io.Writer, d *Data, p *progress) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b, err := marshalDocument(d)
	if err != nil {
		return err
	}
	if _, err := w.Write(b); err != nil {
		return err
	}
	return p.tick(ctx, p.total)
}
