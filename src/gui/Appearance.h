#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QPalette;

namespace omsua::gui {

// The application's look and language, kept in QSettings and applied to the running
// application: the palette (system, light or dark, on the Fusion style so both are complete)
// and the translation, switched live (every view retranslates on QEvent::LanguageChange).
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(omsua::gui::Appearance)

public:
    enum class Theme { System, Light, Dark };

    static Theme theme();
    static void setTheme(Theme theme); // saves and applies
    // "" (the system's), "en" or "zh_CN".
    static QString language();
    static void setLanguage(const QString& language);     // saves and applies
    static QStringList languages();                       // the ones with a translation: en, zh_CN
    static QString languageName(const QString& language); // in that language: "简体中文"

    // Applies what is saved; main() calls it once the QApplication exists.
    static void applySaved();
    static void applyTheme(Theme theme);
    static void applyLanguage(const QString& language);

    static QPalette lightPalette();
    static QPalette darkPalette();
    static QString themeName(Theme theme);
};

} // namespace omsua::gui
