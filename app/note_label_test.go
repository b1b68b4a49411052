package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestNoLowImportanceLabels checks that no label of the window is of low
// importance, which Fyne draws in the disabled colour: the test first
// shows that this colour cannot be read on the window's background
// (contrast under 3 in both themes) while noteLabel's foreground colour
// can (at least 4.5), then that no composite literal of widget.Label in
// the package's code sets LowImportance (buttons may: Fyne draws their
// text in the foreground colour). The provenance of an earlier check, the
// note under a long field and the password note were such labels.
func TestNoLowImportanceLabels(t *testing.T) {
	a := test.NewTempApp(t)
	for _, v := range []fyne.ThemeVariant{theme.VariantDark, theme.VariantLight} {
		a.Settings().SetTheme(&variantTheme{Theme: theme.DefaultTheme(), variant: v})
		bg := theme.Color(theme.ColorNameBackground)
		if r := contrast(theme.Color(theme.ColorNameDisabled), bg); r >= 3 {
			t.Errorf("variant %d: the disabled colour has contrast %.2f; this test's reason is gone", v, r)
		}
		if r := contrast(theme.Color(theme.ColorNameForeground), bg); r < 4.5 {
			t.Errorf("variant %d: foreground contrast %.2f, want at least 4.5", v, r)
		}
	}
	inspectSource(t, func(fset *token.FileSet, n ast.Node) {
		lit, ok := n.(*ast.CompositeLit)
		if !ok || !isWidgetType(lit.Type, "Label") {
			return
		}
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok && isSelector(kv.Key, "", "Importance") && isSelector(kv.Value, "widget", "LowImportance") {
				t.Errorf("%s: a label of low importance (disabled colour); use noteLabel", fset.Position(lit.Pos()))
			}
		}
	})
}

// inspectSource calls fn on every node of the package's code (not its
// tests).
func inspectSource(t *testing.T, fn func(fset *token.FileSet, n ast.Node)) {
	t.Helper()
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if n != nil {
				fn(fset, n)
			}
			return true
		})
	}
}

// isWidgetType reports whether x is widget.NAME.
func isWidgetType(x ast.Expr, name string) bool { return isSelector(x, "widget", name) }

// isSelector reports whether x is pkg.name, or the identifier name when pkg
// is "".
func isSelector(x ast.Expr, pkg, name string) bool {
	if pkg == "" {
		id, ok := x.(*ast.Ident)
		return ok && id.Name == name
	}
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == pkg && sel.Sel.Name == name
}
