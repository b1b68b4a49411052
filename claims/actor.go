package claims

import "context"

// actorKey is the context key WithActor stores the actor's name under.
type actorKey struct{}

// WithActor returns a context that records name as the person making changes.
// Backends store it as created-by, updated-by and in history events.
func WithActor(ctx context.Context, name string) context.Context {
	return context.WithValue(ctx, actorKey{}, name)
}

// ActorFrom returns the person recorded by WithActor, or "unknown".
func ActorFrom(ctx context.Context) string {
	if s, ok := ctx.Value(actorKey{}).(string); ok && s != "" {
		return s
	}
	return "unknown"
}
