package postgres

import (
	"testing"
	"time"
)

// TestRetryPause: the pauses between attempts stay within their doubling
// bound and never exceed 640 ms, so all attempts end within seconds.
func TestRetryPause(t *testing.T) {
	var total time.Duration
	for attempt := 1; attempt < maxAttempts; attempt++ {
		bound := 10 * time.Millisecond << min(attempt-1, 6)
		for range 200 {
			p := retryPause(attempt)
			if p < time.Millisecond || p > bound+time.Millisecond {
				t.Fatalf("attempt %d: pause %v outside 1 ms .. %v", attempt, p, bound+time.Millisecond)
			}
		}
		total += bound + time.Millisecond
	}
	if total > 4*time.Second {
		t.Fatalf("the pauses may add up to %v", total)
	}
}
