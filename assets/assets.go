// Package assets holds Claimdesk's embedded resources: the application icon
// and the interface translations.
package assets

import (
	"embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var iconPNG []byte

//go:embed icon.svg
var iconSVG []byte

// Icon is the application icon (PNG, 512×512).
var Icon = fyne.NewStaticResource("icon.png", iconPNG)

// IconSVG is the application icon as SVG.
var IconSVG = fyne.NewStaticResource("icon.svg", iconSVG)

// Translations holds the interface strings, one JSON file per language
// under translations/ named PART.LANG.json (shell.de.json, reader.en.json),
// for lang.AddTranslationsFS(Translations, "translations").
//
//go:embed translations
var Translations embed.FS
