package sqlite
import ("testing"; "database/sql"; "os")
func TestZZVac(t *testing.T) {
	src := os.Getenv("ZZ_SRC"); if src == "" { t.Skip() }
	db, err := sql.Open("sqlite", "file:"+src+"?mode=ro"); if err != nil { t.Fatal(err) }
	db.SetMaxOpenConns(1)
	if _, err := db.Exec("PRAGMA page_size=" + os.Getenv("ZZ_PS")); err != nil { t.Fatal(err) }
	if _, err := db.Exec("VACUUM INTO '" + os.Getenv("ZZ_DST") + "'"); err != nil { t.Fatal(err) }
}
