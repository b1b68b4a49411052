package extract

// "Tom Bell, the port's spokesman, defended the Harbor Safety Act": after
// a comma, a verb of taking a position that takes an object ("defended",
// "criticized", "praised") is not inverted as "…, said Tom Bell" is; the
// words after it are what the speaker took a position on, not the speaker.

// objectVerbsEN are English verbs of taking a position with a direct
// object, as their past and present forms; none of them puts its subject
// after it.
var objectVerbsEN = [...]string{
	"defended", "defends", "criticized", "criticizes", "criticised", "criticises", "condemned", "condemns",
	"praised", "praises", "rejected", "rejects", "blamed", "blames", "backed", "backs", "urged", "urges",
	"accused", "accuses", "dismissed", "dismisses", "disputed", "disputes", "denounced", "denounces",
	"welcomed", "welcomes", "rebuked", "rebukes", "faulted", "faults", "downplayed", "downplays",
	"lauded", "lauds", "questioned", "questions", "demanded", "demands", "proposed", "proposes",
	"recommended", "recommends", "described", "describes", "revealed", "reveals", "disclosed", "discloses",
}

// objectAfterVerbEN reports whether the English verb at v is one of
// objectVerbsEN and a determiner or possessive opens the words after it
// ("defended the …", "praised his …"), or a comma stands before it that
// closes no quotation ("The top Democrat, Ann Lee, accused Issa of …"):
// an object, no inverted subject, which these verbs take only after a
// quotation ("“Why now?” questioned Lee").
func objectAfterVerbEN(toks []token, v int) bool {
	if v+1 >= len(toks) || !foldIn(toks[v].low, objectVerbsEN[:]...) {
		return false
	}
	if foldIn(toks[v+1].low, "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those") {
		return true
	}
	return v >= 2 && toks[v-1].p == ',' && !toks[v-2].is(tQuote) // "…, Rep. Ann Lee, accused Issa of …": no quotation before the comma, so no inverted tag
}
