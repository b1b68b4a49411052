package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The theme choices stored in preferences.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// variantTheme wraps the default theme and forces a light or dark variant;
// everything else comes from the wrapped theme.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color returns the wrapped theme's colour for the forced variant.
func (t *variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// applyTheme sets the app theme for choice (themeSystem, themeLight or themeDark).
func applyTheme(a fyne.App, choice string) {
	switch choice {
	case themeLight:
		a.Settings().SetTheme(&variantTheme{Theme: theme.DefaultTheme(), variant: theme.VariantLight})
	case themeDark:
		a.Settings().SetTheme(&variantTheme{Theme: theme.DefaultTheme(), variant: theme.VariantDark})
	default:
		a.Settings().SetTheme(theme.DefaultTheme())
	}
}
