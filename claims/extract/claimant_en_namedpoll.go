package extract

import "strings"

// A poll story may name its poll with a capitalised "Poll" or "Survey"
// ("In a Tide News/Marlow Poll, …") and then give its findings unit after
// unit ("Just 13% of voters approved."): the units of shares take the poll
// (pollShareEN) as they do after "a Tide News poll".

// namedPollEN remembers a claimant whose name ends in a capitalised
// "Poll" or "Survey" ("Tide News/Marlow Poll") as the issuer of the poll
// brought up in this unit: noteDocumentsEN reads only the lower-case noun.
func (d *docState) namedPollEN(who string) {
	k := strings.LastIndexByte(who, ' ')
	if k < 0 || who[k+1:] != "Poll" && who[k+1:] != "Survey" {
		return
	}
	if d.docIssuerEN == nil {
		d.docIssuerEN = docIssuers{}
	}
	d.docIssuerEN[strings.ToLower(who[k+1:])] = docIssuer{who, d.units}
}
