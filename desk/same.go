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

func (e *AlreadyImported) Error() string {
	return fmt.Sprintf("%s: the same text is stored already as article %s (%q)", e.Name, e.Existing.ID, e.Existing.Title)
}

// FindSame returns the stored article whose body is body, nil if there is
// none. It compares the SHA-256 the backend keeps of every body, so it
// reads no article text; the oldest such article wins.
func FindSame(ctx context.Context, svc claims.Services, body string) (*claims.Article, error) {
	list, _, err := svc.Articles.FindArticles(ctx, claims.ArticleFilter{WithoutBody: true})
	if err != nil {
		return nil, err
	}
	hash := claims.BodyHash(body)
	var same *claims.Article
	for _, a := range list { // newest import first
		if a.BodySHA256 == hash {
			same = a
		}
	}
	return same, nil
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
