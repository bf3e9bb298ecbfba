// The catalogues: every zh_CN string finished, the .ts files current, and the runtime switch.
#include "Translations.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation; // all numerus forms joined by '\n'
    bool unfinished = false;
};

/// Reads every live message of a .ts file (vanished and obsolete ones are not live).
QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool dead = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message{context, {}, {}, false};
                dead = false;
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                current.unfinished = type == u"unfinished";
                dead = type == u"vanished" || type == u"obsolete";
            } else if (name == u"numerusform") {
                const QString form = xml.readElementText();
                if (form.isEmpty())
                    current.unfinished = true;
                current.translation += form + u'\n';
            }
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            current.translation += xml.text();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            if (!dead)
                messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> keys(const QList<Message>& messages)
{
    QSet<QString> set;
    for (const Message& m : messages)
        set.insert(m.context + QStringLiteral(" | ") + m.source);
    return set;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(CSL_SOURCE_DIR "/translations/campusledger_%1.ts").arg(language);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zhCnIsComplete();
    void catalogueMatchesSources_data();
    void catalogueMatchesSources();
    void zhCnTranslatesAtRunTime();
    void switchingBackRestoresEnglish();
};

void TestTranslations::zhCnIsComplete()
{
    QString error;
    const QList<Message> messages = readTs(tsPath(QStringLiteral("zh_CN")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), "campusledger_zh_CN.ts holds no message");
    QStringList bad;
    for (const Message& m : messages) {
        if (m.unfinished || m.translation.trimmed().isEmpty())
            bad.append(QStringLiteral("  %1: %2").arg(m.context, m.source));
    }
    const QString report = QStringLiteral(
        "%1 zh_CN strings unfinished or empty (add them to translations/zh_CN/*.json and run "
        "flock /tmp/campusledger-ts.lock python3 scripts/translate.py):\n%2")
        .arg(bad.size()).arg(bad.join(u'\n'));
    QVERIFY2(bad.isEmpty(), qPrintable(report));
}

void TestTranslations::catalogueMatchesSources_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::catalogueMatchesSources()
{
    QFETCH(QString, language);
    const QString original = tsPath(language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("campusledger_%1.ts").arg(language));
    QVERIFY(QFile::copy(original, copy));

    // The same lupdate run as scripts/translate.py, into the copy.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CSL_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral(CSL_SOURCE_DIR "/app"), QStringLiteral(CSL_SOURCE_DIR "/modules"),
                   QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(240000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    QString error;
    const QSet<QString> committed = keys(readTs(original, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> current = keys(readTs(copy, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList missing = QSet<QString>(current).subtract(committed).values();
    QStringList stale = QSet<QString>(committed).subtract(current).values();
    missing.sort();
    stale.sort();
    QString report;
    if (!missing.isEmpty())
        report += QStringLiteral("in the sources but not in %1:\n  %2\n").arg(original, missing.join(QStringLiteral("\n  ")));
    if (!stale.isEmpty())
        report += QStringLiteral("in %1 but no longer in the sources:\n  %2\n").arg(original, stale.join(QStringLiteral("\n  ")));
    if (!report.isEmpty())
        report += QStringLiteral("Run: flock /tmp/campusledger-ts.lock python3 scripts/translate.py");
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestTranslations::zhCnTranslatesAtRunTime()
{
    QVERIFY(csl::availableLanguages().contains(QStringLiteral("zh_CN")));
    csl::installTranslations(QStringLiteral("zh_CN"));
    QCOMPARE(csl::currentLanguage(), QStringLiteral("zh_CN"));

    // Ours, from the embedded catalogue.
    QCOMPARE(QCoreApplication::translate("csl::PeopleModule", "People"), QStringLiteral("人员名录"));
    QCOMPARE(QCoreApplication::translate("csl::Store", "The passphrase must not be empty."),
             QStringLiteral("口令不能为空。"));

    // Every finished zh_CN message of the .ts is what the embedded catalogue answers.
    QString error;
    const QList<Message> messages = readTs(tsPath(QStringLiteral("zh_CN")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int checked = 0;
    for (const Message& m : messages) {
        if (m.unfinished || m.translation.contains(u'\n'))
            continue; // unfinished: reported by zhCnIsComplete; numerus: needs a count
        const QString got = QCoreApplication::translate(m.context.toUtf8().constData(),
                                                        m.source.toUtf8().constData());
        QVERIFY2(got == m.translation,
                 qPrintable(QStringLiteral("%1: %2 -> %3, expected %4").arg(m.context, m.source, got, m.translation)));
        ++checked;
    }
    QVERIFY(checked > 0);

    // Qt's own, from qtbase_zh_CN.qm.
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));

    // The locale follows.
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QCOMPARE(QLocale().territory(), QLocale::China);
}

void TestTranslations::switchingBackRestoresEnglish()
{
    csl::installTranslations(QStringLiteral("zh_CN"));
    csl::installTranslations(QStringLiteral("en"));
    QCOMPARE(csl::currentLanguage(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("csl::PeopleModule", "People"), QStringLiteral("People"));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    QCOMPARE(QLocale().language(), QLocale::English);

    // An unknown language falls back to the English sources.
    csl::installTranslations(QStringLiteral("xx_YY"));
    QCOMPARE(csl::currentLanguage(), QStringLiteral("en"));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
