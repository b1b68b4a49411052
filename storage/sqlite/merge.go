package sqlite

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"

	"claimdesk/claims"

	"github.com/google/uuid"
)

// mergeNS is the namespace of the name-based IDs of merge events, so that
// merging the same dataset again finds the event it already recorded.
var mergeNS = uuid.MustParse("5b0f4a52-3c1e-4d8e-9a55-0c1a1d3e7f21")

// merger carries the state of one MergeDataset call.
type merger struct {
	s     *store
	tx    querier
	actor string
	snaps map[string][]byte
	res   claims.MergeResult
}

// MergeDataset merges ds in one transaction; see claims.ExchangeService.
// Records are matched by ID. An identical record counts as unchanged; when
// both sides differ the newer UpdatedAt wins (the local one on a tie), and
// for claims the losing version is kept as JSON in a FieldMerged event
// whose ID derives from its content, so a repeated merge adds nothing.
// Scales are saved as SaveScale would (ECONFLICT when a rating still used
// here would disappear). The counts in the result cover scales, articles,
// claims, sources and evidence; events are added once by ID.
func (s *store) MergeDataset(ctx context.Context, ds *claims.Dataset, snapshots map[string][]byte) (*claims.MergeResult, error) {
	if ds == nil {
		return nil, claims.Errorf(claims.EINVALID, "No dataset was given.")
	}
	if ds.Version < 1 || ds.Version > claims.DatasetVersion {
		return nil, claims.Errorf(claims.EINVALID, "The dataset has layout version %d; this version of Claimdesk reads version %d. Update Claimdesk to import it.",
			ds.Version, claims.DatasetVersion)
	}
	m := &merger{s: s, actor: claims.ActorFrom(ctx), snaps: snapshots}
	err := s.write(ctx, "merge the dataset", func(tx querier) error {
		m.tx = tx
		for _, step := range []func(context.Context, *claims.Dataset) error{
			m.scales, m.articles, m.sources, m.claims, m.evidence, m.events,
		} {
			if err := step(ctx, ds); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &m.res, nil
}

// canon returns the JSON of v, used to compare versions of a record.
func canon(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// exists reports whether table holds a row with id.
func (m *merger) exists(ctx context.Context, table, id string) (bool, error) {
	err := mustExist(ctx, m.tx, map[string]bool{}, table, id, "%s")
	if claims.ErrorCode(err) == claims.ENOTFOUND {
		return false, nil
	}
	return err == nil, err
}

func (m *merger) scales(ctx context.Context, ds *claims.Dataset) error {
	for _, sc := range ds.Scales {
		if sc == nil {
			return claims.Errorf(claims.EINVALID, "The dataset holds an empty rating scale.")
		}
		if err := sc.Validate(); err != nil {
			return err
		}
		in := *sc
		in.Ratings = append([]claims.Rating(nil), sc.Ratings...)
		for i := range in.Ratings {
			in.Ratings[i].ScaleID = in.ID
		}
		local, err := findScaleByID(ctx, m.tx, in.ID)
		switch claims.ErrorCode(err) {
		case claims.ENOTFOUND:
			in.Preset = false
			if err := saveScale(ctx, m.tx, &in, 0); err != nil {
				return err
			}
			m.res.Created++
			continue
		case "":
		default:
			return err
		}
		in.Preset = local.Preset
		if canon(local) == canon(&in) {
			m.res.Unchanged++
			continue
		}
		if err := saveScale(ctx, m.tx, &in, 0); err != nil {
			return err
		}
		m.res.Updated++
	}
	return nil
}

func normArticle(a *claims.Article) *claims.Article {
	c := *a
	c.BodySHA256 = claims.BodyHash(c.Body)
	c.PublishedAt, c.ImportedAt, c.UpdatedAt = c.PublishedAt.UTC(), c.ImportedAt.UTC(), c.UpdatedAt.UTC()
	return &c
}

func (m *merger) articles(ctx context.Context, ds *claims.Dataset) error {
	for _, a := range ds.Articles {
		if a == nil || a.ID == "" {
			return claims.Errorf(claims.EINVALID, "The dataset holds an article without ID.")
		}
		if err := a.Validate(); err != nil {
			return err
		}
		in := normArticle(a)
		local, err := findArticleByID(ctx, m.tx, in.ID)
		if claims.ErrorCode(err) == claims.ENOTFOUND {
			if err := insertArticle(ctx, m.tx, in); err != nil {
				return err
			}
			m.res.Created++
			continue
		} else if err != nil {
			return err
		}
		switch {
		case canon(local) == canon(in):
			m.res.Unchanged++
		case in.UpdatedAt.After(local.UpdatedAt):
			if _, err := m.tx.ExecContext(ctx, `UPDATE articles SET title = ?, url = ?, publisher = ?, language = ?,
				published_at = ?, body = ?, body_sha256 = ?, imported_at = ?, created_by = ?, updated_at = ? WHERE id = ?`,
				in.Title, in.URL, in.Publisher, in.Language, fmtTime(in.PublishedAt), in.Body, in.BodySHA256,
				fmtTime(in.ImportedAt), in.CreatedBy, fmtTime(in.UpdatedAt), in.ID); err != nil {
				return err
			}
			if in.Body != local.Body {
				if err := reanchorClaims(ctx, m.tx, in, m.actor); err != nil {
					return err
				}
			}
			m.res.Updated++
		default:
			m.res.Kept++
		}
	}
	return nil
}

func normSource(s *claims.Source) *claims.Source {
	c := *s
	if c.Kind == "" {
		c.Kind = claims.KindOther
	}
	c.Snapshots = nil
	c.PublishedAt, c.AccessedAt = c.PublishedAt.UTC(), c.AccessedAt.UTC()
	c.CreatedAt, c.UpdatedAt = c.CreatedAt.UTC(), c.UpdatedAt.UTC()
	return &c
}

func (m *merger) sources(ctx context.Context, ds *claims.Dataset) error {
	for _, src := range ds.Sources {
		if src == nil || src.ID == "" {
			return claims.Errorf(claims.EINVALID, "The dataset holds a source without ID.")
		}
		if err := src.Validate(); err != nil {
			return err
		}
		in := normSource(src)
		local, err := findSourceByID(ctx, m.tx, in.ID)
		switch {
		case claims.ErrorCode(err) == claims.ENOTFOUND:
			if err := insertSource(ctx, m.tx, in); err != nil {
				return err
			}
			m.res.Created++
		case err != nil:
			return err
		case canon(normSource(local)) == canon(in):
			m.res.Unchanged++
		case in.UpdatedAt.After(local.UpdatedAt):
			if err := saveSourceRow(ctx, m.tx, in); err != nil {
				return err
			}
			m.res.Updated++
		default:
			m.res.Kept++
		}
		for _, sn := range src.Snapshots {
			if err := m.snapshot(ctx, in.ID, sn); err != nil {
				return err
			}
		}
	}
	return nil
}

// snapshot stores the file of sn (unless already here) and links it.
func (m *merger) snapshot(ctx context.Context, sourceID string, sn claims.Snapshot) error {
	if !validSHA(sn.SHA256) {
		return claims.Errorf(claims.EINVALID, "The dataset names a snapshot with an invalid checksum %q.", sn.SHA256)
	}
	path := m.s.snapshotPath(sn.SHA256)
	if _, err := os.Stat(path); err != nil {
		content, ok := m.snaps[sn.SHA256]
		if !ok {
			return claims.Errorf(claims.EINVALID, "The snapshot %q (%s) is missing from the bundle.", sn.Name, sn.SHA256)
		}
		sum := sha256.Sum256(content)
		if hex.EncodeToString(sum[:]) != sn.SHA256 || len(content) == 0 {
			return claims.Errorf(claims.EINVALID, "The snapshot %q in the bundle does not match its checksum %s.", sn.Name, sn.SHA256)
		}
		if _, _, _, err := m.s.storeFile(bytes.NewReader(content)); err != nil {
			return claims.Internal(err, fmt.Sprintf("Could not store the snapshot %q.", sn.Name))
		}
		m.res.Snapshots++
	}
	if sn.MIME == "" {
		sn.MIME = "application/octet-stream"
	}
	if sn.AddedAt.IsZero() {
		sn.AddedAt = now()
	}
	return linkSnapshot(ctx, m.tx, sourceID, &sn)
}
