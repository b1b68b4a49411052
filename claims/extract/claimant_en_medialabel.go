package extract

// mediaLabelEN reports whether an English unit is the label of a picture
// or a video embedded in the page rather than running text: a wire
// service's caption opened by "FILE PHOTO" or "FILE PICTURE" ("FILE
// PHOTO: Ann Lee speaks …"), or a video player's text that offers to
// replay more videos ("JUST WATCHED … Replay More Videos …"). Its verbs
// describe the picture or name the clip; nobody claims anything.
func mediaLabelEN(toks []token) bool {
	if len(toks) >= 3 && toks[0].low == "file" && (toks[1].low == "photo" || toks[1].low == "picture") && toks[2].is(tPunct) {
		return true
	}
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].low == "replay" && toks[i+1].low == "more" && toks[i+2].low == "videos" {
			return true
		}
	}
	return false
}
