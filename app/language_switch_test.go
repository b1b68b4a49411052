package app

// switchLanguage makes code ("en", "de" or "" for the system language) the
// interface language for a test, as the settings switch does in the app:
// with no background job running and holding uiMu, like a UI event. Under
// the test driver a job's UI update runs on the job's own goroutine (under
// uiMu) and reads the translations; loading them meanwhile is a data race
// that the clean-clone CI hit. Do not call it while holding uiMu (inside
// a fixture's do): it waits for the jobs, whose updates need the lock.
func switchLanguage(code string) {
	for {
		waitAllJobs() // jobs of this test and of earlier ones
		uiMu.Lock()
		if jobsRunning() == 0 { // none started between the wait and the lock
			applyLanguage(code)
			uiMu.Unlock()
			return
		}
		uiMu.Unlock()
	}
}

// jobsRunning returns how many background jobs of any window run.
func jobsRunning() int {
	jobs.mu.Lock()
	defer jobs.mu.Unlock()
	return jobs.n
}
