//go:build !race

package textindex

// raceDetector is set when the tests run with -race.
const raceDetector = false
