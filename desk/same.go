package desk

import (
	"context"
	"fmt"

	"claimdesk/claims"
)

// AlreadyImported is the error of an import whose text is stored already:
// the body, after Prepare, is the body of Existing (the same SHA-256),
// whatever the file was called. Nothing was stored.
type AlreadyImported struct {
	Name     string          // the file or title being imported
	Existing *claims.Article // the stored article with that text, without its body
}

// Error names the file and the stored article with the same text.
func (e *AlreadyImported) Error() string {
	return fmt.Sprintf("%s: the same text is stored already as article %s (%q)", e.Name, e.Existing.ID, e.Existing.Title)
}

// FindSame returns the stored article whose body is body, nil if there is
// none. It asks the backend for the SHA-256 it keeps of every body, so it
// reads no article text and lists no other article; the oldest such
// article wins.
func FindSame(ctx context.Context, svc claims.Services, body string) (*claims.Article, error) {
	hash := claims.BodyHash(body)
	list, _, err := svc.Articles.FindArticles(ctx, claims.ArticleFilter{BodySHA256: &hash, WithoutBody: true})
	if err != nil || len(list) == 0 {
		return nil, err
	}
	return list[len(list)-1], nil // newest import first
}

// storeNew stores a unless its text is stored already: then it returns an
// *AlreadyImported and stores nothing. again stores it anyway.
func storeNew(ctx context.Context, svc claims.Services, name string, a *claims.Article, again bool) error {
	if !again {
		same, err := FindSame(ctx, svc, a.Body)
		if err != nil {
			return err
		}
		if same != nil {
			return &AlreadyImported{Name: name, Existing: same}
		}
	}
	return store(ctx, svc, name, a)
}
