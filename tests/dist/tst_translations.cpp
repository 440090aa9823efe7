// The translations as the console loads them: every .qm compiled into the program, every
// message of every translations/*.ts translated (placeholders and accelerators kept),
// plurals resolved per language, and the system-locale / Settings-override choice.

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace sg::ui;

namespace {

const QStringList kLanguages { QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                               QStringLiteral("ja"), QStringLiteral("zh_CN") };

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = true;
    QStringList translations; // one, or the numerus forms
};

QList<Message> readTs(const QString &language, QString *error)
{
    QFile file(QStringLiteral(SG_TRANSLATIONS_DIR "/shardgate_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message {
                    context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")
                };
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.finished = type != QLatin1String("unfinished") && type != QLatin1String("vanished")
                    && type != QLatin1String("obsolete");
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = file.fileName() + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QString translated(const Message &m, int n = -1)
{
    return QCoreApplication::translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                       m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData(), n);
}

// The %1..%99, %L1.., %n and %Ln placeholders of a text, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// Whether a text marks a keyboard accelerator (&X, not an &entity; nor a literal &&).
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?!&|[a-zA-Z]+;|#\\d+;)\\S"));
    return re.match(QString(text).remove(QStringLiteral("&&"))).hasMatch();
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("shardgate-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
    }
    void cleanup() { i18n::apply(QStringLiteral("en")); }

    void everyLanguageIsAvailable()
    {
        QStringList codes;
        for (const i18n::Language &l : i18n::availableLanguages()) {
            codes << l.code;
            QVERIFY2(!l.nativeName.isEmpty(), qPrintable(l.code));
        }
        QCOMPARE(codes.value(0), QStringLiteral("en"));
        for (const QString &code : kLanguages)
            QVERIFY2(codes.contains(code),
                     qPrintable(code + QStringLiteral(" missing from ") + codes.join(u' ')));
        QCOMPARE(i18n::availableLanguages().value(1).nativeName, QStringLiteral("Deutsch"));
    }

    void keyStrings_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *lang, const char *ctx, const char *src, const char *expected) {
            QTest::addRow("%s %s", lang, src) << QString::fromUtf8(lang) << QString::fromUtf8(ctx)
                                              << QString::fromUtf8(src) << QString::fromUtf8(expected);
        };
        // Main window, Settings workspace, a dialog title and an error message per language.
        row("de", "sg::ui::MainWindow", "&File", "&Datei");
        row("de", "sg::ui::MainWindow", "About Shardgate", "Über Shardgate");
        row("de", "sg::ui::SettingsWorkspace", "Language:", "Sprache:");
        row("de", "sg::ui::SettingsWorkspace", "Cannot write %1: %2", "%1 kann nicht geschrieben werden: %2");
        row("fr", "sg::ui::MainWindow", "&File", "&Fichier");
        row("fr", "sg::ui::MainWindow", "About Shardgate", "À propos de Shardgate");
        row("fr", "sg::ui::SettingsWorkspace", "Cannot write %1: %2", "Impossible d'écrire %1 : %2");
        row("es", "sg::ui::MainWindow", "&File", "&Archivo");
        row("es", "sg::ui::SettingsWorkspace", "Language:", "Idioma:");
        row("es", "sg::ui::SettingsWorkspace", "Cannot write %1: %2", "No se puede escribir %1: %2");
        row("ja", "sg::ui::MainWindow", "&File", "ファイル(&F)");
        row("ja", "sg::ui::SettingsWorkspace", "Settings", "設定");
        row("ja", "sg::ui::SettingsWorkspace", "Cannot write %1: %2", "%1 に書き込めません: %2");
        row("zh_CN", "sg::ui::MainWindow", "&File", "文件(&F)");
        row("zh_CN", "sg::ui::SettingsWorkspace", "Settings", "设置");
        row("zh_CN", "sg::ui::SettingsWorkspace", "Cannot write %1: %2", "无法写入 %1：%2");
    }
    void keyStrings()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(i18n::apply(language), language);
        QCOMPARE(i18n::currentLanguage(), language);
        QCOMPARE(QLocale().name().left(2), language.left(2));
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
                 expected);
        // English is the source language: no translator, the text as written.
        QCOMPARE(i18n::apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
                 source);
    }

    void everyMessageTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : kLanguages)
            QTest::newRow(qPrintable(l)) << l;
    }
    void everyMessageTranslated()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 20);
        QCOMPARE(i18n::apply(language), language);

        QStringList problems;
        int differs = 0;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(" \"") + m.source + QStringLiteral("\": ");
            if (!m.finished || m.translations.isEmpty() || m.translations.first().isEmpty()) {
                problems << where + QStringLiteral("not translated");
                continue;
            }
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral("placeholders differ in \"%1\"").arg(t);
                if (hasAccelerator(m.source) != hasAccelerator(t))
                    problems << where + QStringLiteral("accelerator lost or added in \"%1\"").arg(t);
            }
            if (!m.numerus && translated(m) != m.translations.first())
                problems << where + QStringLiteral("the .qm gives \"%1\"").arg(translated(m));
            if (m.translations.first() != m.source)
                ++differs;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Real translations, not copies of the English (names, "%1 (%2)", "Filter" may stay).
        QVERIFY2(differs * 10 >= messages.size() * 8,
                 qPrintable(
                     QStringLiteral("only %1 of %2 differ from English").arg(differs).arg(messages.size())));
    }

    void plurals_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : kLanguages)
            QTest::newRow(qPrintable(l)) << l;
    }
    void plurals()
    {
        QFETCH(QString, language);
        QString error;
        QList<Message> numerus;
        for (const Message &m : readTs(language, &error))
            if (m.numerus)
                numerus << m;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!numerus.isEmpty(), "no %n plural message in the GUI strings");
        QCOMPARE(i18n::apply(language), language);

        // Forms per language (Qt's rules): de/es: 1 | other; fr: 0,1 | other; ja/zh: one form.
        const bool single = language == QLatin1String("ja") || language == QLatin1String("zh_CN");
        for (const Message &m : std::as_const(numerus)) {
            const QString what = m.context + QStringLiteral(" \"") + m.source + QStringLiteral("\"");
            QVERIFY2(m.translations.size() == (single ? 1 : 2), qPrintable(what));
            const QString one = m.translations.first();
            const QString many = m.translations.last();
            // %n is the plain number, %Ln the number in the language's own notation.
            const auto expect = [](QString form, int n) {
                return form.replace(QStringLiteral("%Ln"), QLocale().toString(n))
                    .replace(QStringLiteral("%n"), QString::number(n));
            };
            QCOMPARE(translated(m, 1), expect(one, 1));
            QCOMPARE(translated(m, 5), expect(many, 5));
            QCOMPARE(translated(m, 1234), expect(many, 1234));
            QCOMPARE(translated(m, 0), expect(language == QLatin1String("fr") ? one : many, 0));
            QVERIFY2(translated(m, 5).contains(QLatin1Char('5')),
                     qPrintable(what + QStringLiteral(": ") + translated(m, 5)));
            if (!single)
                QVERIFY2(one != many,
                         qPrintable(what + QStringLiteral(": singular and plural are the same")));
        }
    }

    // English is the source language, but "%n buyer(s)" must read "1 buyer" / "2 buyers":
    // shardgate_en.ts holds the numerus forms of every %n message of the GUI, nothing else.
    void englishPlurals()
    {
        QString error;
        const QList<Message> english = readTs(QStringLiteral("en"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<Message> gui; // every %n message, as lupdate put them in the German file
        for (const Message &m : readTs(QStringLiteral("de"), &error))
            if (m.numerus)
                gui << m;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!gui.isEmpty());
        for (const Message &m : english)
            QVERIFY2(m.numerus,
                     qPrintable(m.context + QStringLiteral(" \"") + m.source
                                + QStringLiteral("\" is no plural message")));
        QCOMPARE(english.size(), gui.size());

        QCOMPARE(i18n::apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QLocale().name().left(2), QStringLiteral("en"));
        for (const Message &m : std::as_const(gui)) {
            const QString what = m.context + QStringLiteral(" \"") + m.source + QStringLiteral("\"");
            const auto own = std::find_if(english.cbegin(), english.cend(), [&m](const Message &e) {
                return e.context == m.context && e.source == m.source && e.comment == m.comment;
            });
            QVERIFY2(own != english.cend(),
                     qPrintable(what + QStringLiteral(" missing from shardgate_en.ts")));
            QVERIFY2(own->finished && own->translations.size() == 2,
                     qPrintable(what + QStringLiteral(": needs a finished singular and plural")));
            for (const QString &form : own->translations)
                QVERIFY2(placeholders(form) == placeholders(m.source),
                         qPrintable(what + QStringLiteral(": placeholders differ in \"%1\"").arg(form)));
            const QString one = translated(m, 1);
            const QString two = translated(m, 2);
            QVERIFY2(one != two, qPrintable(what + QStringLiteral(": singular and plural are the same")));
            for (const QString &shown : { one, two, translated(m, 0), translated(m, 1234) })
                QVERIFY2(!shown.contains(QStringLiteral("(s)")) && !shown.contains(QStringLiteral("(es)")),
                         qPrintable(what + QStringLiteral(" shows \"%1\"").arg(shown)));
            QVERIFY2(one.contains(QLatin1Char('1')), qPrintable(one));
            QVERIFY2(two.contains(QLatin1Char('2')), qPrintable(two));
            // English: 1 is singular, 0 and everything else plural.
            const auto expect = [](QString form, int n) {
                return form.replace(QStringLiteral("%Ln"), QLocale().toString(n))
                    .replace(QStringLiteral("%n"), QString::number(n));
            };
            QCOMPARE(one, expect(own->translations.first(), 1));
            for (int n : { 0, 2, 5, 1234 })
                QCOMPARE(translated(m, n), expect(own->translations.last(), n));
        }
        // Not a language of its own: the Settings list names English once.
        int englishEntries = 0;
        for (const i18n::Language &l : i18n::availableLanguages())
            englishEntries += l.code == QLatin1String("en") ? 1 : 0;
        QCOMPARE(englishEntries, 1);
    }

    void systemLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << "de_DE"
                                << "de";
        QTest::newRow("Austrian German") << "de_AT"
                                         << "de";
        QTest::newRow("Canadian French") << "fr_CA"
                                         << "fr";
        QTest::newRow("Mexican Spanish") << "es_MX"
                                         << "es";
        QTest::newRow("Japanese") << "ja_JP"
                                  << "ja";
        QTest::newRow("Simplified Chinese") << "zh_CN"
                                            << "zh_CN";
        QTest::newRow("Traditional Chinese: not provided") << "zh_TW"
                                                           << "en";
        QTest::newRow("Brazilian Portuguese: not provided") << "pt_BR"
                                                            << "en";
        QTest::newRow("British English") << "en_GB"
                                         << "en";
        QTest::newRow("C locale") << "C"
                                  << "en";
    }
    void systemLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(i18n::systemLanguage(QLocale(locale)), expected);
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(i18n::apply(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(i18n::apply(QStringLiteral("xx_YY")), QStringLiteral("en"));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("sg::ui::MainWindow", "&File"), QStringLiteral("&File"));
    }

    void settingsOverride()
    {
        QCOMPARE(i18n::savedLanguage(), QString());
        i18n::saveLanguage(QStringLiteral("ja"));
        QCOMPARE(QSettings().value(i18n::settingsKey()).toString(), QStringLiteral("ja"));
        QCOMPARE(i18n::applySaved(), QStringLiteral("ja"));
        QCOMPARE(QCoreApplication::translate("sg::ui::MainWindow", "&File"), QStringLiteral("ファイル(&F)"));
        i18n::saveLanguage(QString()); // back to the system language
        QVERIFY(!QSettings().contains(i18n::settingsKey()));
        QCOMPARE(i18n::applySaved(), i18n::systemLanguage());
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
