//go:build race

package sqlite

// raceDetector is set when the tests run with -race.
const raceDetector = true
