#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace sg::ui::i18n {

namespace {

const QString kSourceLanguage = QStringLiteral("en");
const QString kPrefix = QStringLiteral("shardgate_");

struct State
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString current = kSourceLanguage;
};

State &state()
{
    static State s;
    return s;
}

// Folders searched for shardgate_<code>.qm, compiled-in resources first.
QStringList searchPaths()
{
    QStringList paths { QStringLiteral(":/i18n") };
    if (QCoreApplication::instance())
        paths << QDir(QCoreApplication::applicationDirPath())
                     .absoluteFilePath(QStringLiteral("../share/shardgate/translations"));
    return paths;
}

QString nativeName(const QString &code)
{
    if (code == kSourceLanguage)
        return QStringLiteral("English");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    if (code.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name;
}

QStringList translatedCodes()
{
    QStringList codes;
    for (const QString &path : searchPaths()) {
        const QStringList files
            = QDir(path).entryList({ kPrefix + QStringLiteral("*.qm") }, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString code = QFileInfo(file).completeBaseName().mid(kPrefix.size());
            // shardgate_en.qm: the English plural forms, not a translation.
            if (!code.isEmpty() && code != kSourceLanguage && !codes.contains(code))
                codes << code;
        }
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace

QList<Language> availableLanguages()
{
    QList<Language> languages { { kSourceLanguage, nativeName(kSourceLanguage) } };
    for (const QString &code : translatedCodes())
        languages.append({ code, nativeName(code) });
    return languages;
}

QString settingsKey()
{
    return QStringLiteral("ui/language");
}

QString savedLanguage()
{
    return QSettings().value(settingsKey()).toString();
}

void saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), code);
}

QString systemLanguage(const QLocale &locale)
{
    const QStringList codes = translatedCodes();
    // uiLanguages() lists the most specific first: "zh-Hans-CN", "zh-CN", "zh-Hans", "zh".
    for (QString ui : locale.uiLanguages()) {
        ui.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (codes.contains(ui))
            return ui;
        const QString language = ui.section(QLatin1Char('_'), 0, 0);
        if (language == kSourceLanguage)
            return kSourceLanguage;
        // A bare language matches a translation only if that translation has no territory.
        if (codes.contains(language))
            return language;
    }
    return kSourceLanguage;
}

QString apply(const QString &code)
{
    State &s = state();
    if (s.app) {
        QCoreApplication::removeTranslator(s.app.get());
        s.app.reset();
    }
    if (s.qt) {
        QCoreApplication::removeTranslator(s.qt.get());
        s.qt.reset();
    }

    const QString wanted = code.isEmpty() ? systemLanguage() : code;
    // Unknown or missing translations fall back to English, whose translator holds only the
    // plural forms ("1 buyer" / "2 buyers" for "%n buyer(s)"); its other texts are the source.
    s.current = kSourceLanguage;
    for (const QString &candidate : { wanted, kSourceLanguage }) {
        auto translator = std::make_unique<QTranslator>();
        bool loaded = false;
        for (const QString &path : searchPaths())
            if ((loaded = translator->load(kPrefix + candidate, path)))
                break;
        if (loaded) {
            QCoreApplication::installTranslator(translator.get());
            s.app = std::move(translator);
        }
        if (loaded || candidate == kSourceLanguage) {
            s.current = candidate;
            break;
        }
    }

    QLocale::setDefault(QLocale(s.current));
    if (s.current != kSourceLanguage) {
        // Qt's own strings (OK/Cancel, file dialogs), when the distribution ships them.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(s.current), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            s.qt = std::move(qt);
        }
    }
    return s.current;
}

QString applySaved()
{
    return apply(savedLanguage());
}

QString currentLanguage()
{
    return state().current;
}

} // namespace sg::ui::i18n
