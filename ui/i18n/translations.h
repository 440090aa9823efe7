#pragma once

// The interface language. By default the console follows the system locale; a language
// chosen in Settings overrides it (QSettings key "ui/language", empty = system).
// The translations (.qm) are compiled into the program from translations/*.ts, with
// <prefix>/share/shardgate/translations as a fallback for packagers; Qt's own strings
// (standard buttons, dialogs) come from Qt's translations when installed. English is the
// source language; its shardgate_en.qm holds only the plural forms of "%n" messages.

#include <QList>
#include <QLocale>
#include <QString>

namespace sg::ui::i18n {

struct Language
{
    QString code; // "de", "zh_CN"; "en" is the untranslated source language
    QString nativeName; // "Deutsch", "简体中文": how a Settings list shows it
};

// Every language the console can show, English first, then by code.
QList<Language> availableLanguages();

// The settings key that holds the override ("" or absent = follow the system).
QString settingsKey();

// The saved override, or "" when the system language is used.
QString savedLanguage();
// Saves an override ("" = follow the system). Takes effect on apply() / next start.
void saveLanguage(const QString &code);

// The language the system locale asks for, mapped onto availableLanguages()
// ("de_AT" -> "de", "zh_TW" -> "en" since only zh_CN is provided), "en" when none fits.
QString systemLanguage(const QLocale &locale = QLocale::system());

// Installs the translators for one language ("" = system language) on the application,
// replacing any installed before, and sets QLocale's default to match. Widgets built
// afterwards are translated; already built ones get a QEvent::LanguageChange.
// Returns the language now in effect ("en" when `code` has no translation); English
// installs its plural-forms translator.
QString apply(const QString &code = {});

// apply(savedLanguage()): what main() calls before building the main window.
QString applySaved();

// The language currently in effect ("en" before apply()).
QString currentLanguage();

} // namespace sg::ui::i18n
