package main

import (
	"context"
	"strings"
	"testing"
)

// TestResolveVerdict checks what --verdict accepts under each active scale.
func TestResolveVerdict(t *testing.T) {
	db := newDB(t)
	svc, closeDB, err := openBackend(db)
	if err != nil {
		t.Fatal(err)
	}
	defer closeDB()
	ctx := context.Background()
	tests := []struct {
		scale, in, want string // want "" with wantErr set means an error
		wantErr         string
	}{
		{"politifact", "True", "politifact:true", ""},
		{"politifact", "wahr", "politifact:true", ""},
		{"politifact", "PANTS ON FIRE", "politifact:pants-on-fire", ""},
		{"politifact", "glatt gelogen", "politifact:pants-on-fire", ""},
		{"politifact", "half-true", "politifact:half-true", ""},
		{"politifact", "  Größtenteils   falsch ", "politifact:mostly-false", ""},
		{"politifact", "politifact:false", "politifact:false", ""},
		{"politifact", "correctiv:falsch", "correctiv:falsch", ""}, // an ID of any scale
		{"politifact", "none", "", ""},
		{"politifact", "Richtig", "", `unknown verdict "Richtig"; the active scale (PolitiFact-style (6 steps)) has: True,`},
		{"politifact", "politifact:vielleicht", "", `unknown verdict "politifact:vielleicht"`},
		{"politifact", " ", "", "the verdict is empty"},
		{"correctiv", "Falsch", "correctiv:falsch", ""},
		{"correctiv", "fehlender kontext", "correctiv:fehlender-kontext", ""},
		{"correctiv", "Unproven", "correctiv:unbelegt", ""},
		{"correctiv", "groesstenteils richtig", "correctiv:groesstenteils-richtig", ""},
		{"correctiv", "Pants on fire", "", "unknown verdict"},
		{"freetext", "false", "", "takes free-text conclusions: use --conclusion"},
	}
	for _, tc := range tests {
		t.Run(tc.scale+"/"+tc.in, func(t *testing.T) {
			if err := svc.Scales.SetActiveScale(ctx, tc.scale); err != nil {
				t.Fatal(err)
			}
			got, err := resolveVerdict(ctx, svc, tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("resolveVerdict(%q) = %q, %v; want error containing %q", tc.in, got, err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("resolveVerdict(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
		})
	}
}

// TestScalesCommands lists the scales and switches the active one.
func TestScalesCommands(t *testing.T) {
	db := newDB(t)
	active := func() string {
		var rows []scaleRow
		decode(t, mustRun(t, db, "scales", "--format", "json"), &rows)
		var ids []string
		for _, r := range rows {
			if r.Active {
				ids = append(ids, r.ID)
			}
		}
		if len(rows) < 3 || len(ids) != 1 {
			t.Fatalf("scales = %+v, want the three presets with one active", rows)
		}
		return ids[0]
	}
	if got := active(); got != "politifact" {
		t.Errorf("active scale %q, want politifact", got)
	}
	if out := mustRun(t, db, "scale", "use", "correctiv"); !strings.Contains(out, "correctiv") {
		t.Errorf("scale use printed %q", out)
	}
	if got := active(); got != "correctiv" {
		t.Errorf("active scale %q after scale use, want correctiv", got)
	}
	if out := mustRun(t, db, "scales"); !strings.Contains(out, "*  correctiv") {
		t.Errorf("scales text does not mark correctiv:\n%s", out)
	}
}

// TestActor checks whose name goes into the history: --actor, else
// $CLAIMDESK_USER, else the OS user.
func TestActor(t *testing.T) {
	tests := []struct {
		name, flag, envUser, want string
	}{
		{"Flag", "carla", "dora", "carla"},
		{"Environment", "", "dora", "dora"},
		{"OSUser", "", "", ""}, // anything but empty or "unknown"
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(envUser, tc.envUser)
			db := newDB(t)
			args := []string{"claim", "add", "--text", "Die Erde ist eine Scheibe."}
			if tc.flag != "" {
				args = append(args, "--actor", tc.flag)
			}
			id := mustID(t, db, args...)
			var c claimDetail
			decode(t, mustRun(t, db, "claim", "show", id, "--format", "json"), &c)
			switch {
			case tc.want != "" && c.CreatedBy != tc.want:
				t.Errorf("created by %q, want %q", c.CreatedBy, tc.want)
			case tc.want == "" && (c.CreatedBy == "" || c.CreatedBy == "unknown"):
				t.Errorf("created by %q, want the OS user", c.CreatedBy)
			}
		})
	}
}
