// campusledger-cli import devices / export devices / findings, run as a separate process.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDevicesCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAMPUSLEDGER_PASSPHRASE"), QStringLiteral("口令 test passphrase"));
        env.insert(QStringLiteral("CAMPUSLEDGER_KDF_PROFILE"), QStringLiteral("test"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CSL_CLI), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static QString data(const char* name)
    {
        return QDir(qEnvironmentVariable("CSL_TEST_DATA")).filePath(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void importExportFindings()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("school.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--school"),
                      QString::fromUtf8("测试学校"), QStringLiteral("--code"), QStringLiteral("1")}).code, 0);

        // Bad rows: each printed as "row N, column NAME: reason", exit 1, nothing written.
        Run bad = cli({QStringLiteral("import"), QStringLiteral("devices"), QStringLiteral("--db"), db, data("devices_bad.csv")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(u"row 3, column IP: "), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(u"row 4, column MAC: "), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(QString::fromUtf8("row 5, column 设备类型: ")), qPrintable(bad.err));
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("devices"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                      QStringLiteral("csv"), csv}).code, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 1); // header only: nothing was imported

        Run skipped = cli({QStringLiteral("import"), QStringLiteral("devices"), QStringLiteral("--db"), db,
                           data("devices_bad.csv"), QStringLiteral("--skip-bad-rows")});
        QCOMPARE(skipped.code, 0);
        QVERIFY2(skipped.out.contains(u"imported 2 device(s)"), qPrintable(skipped.out));
        Run gbk = cli({QStringLiteral("import"), QStringLiteral("devices"), QStringLiteral("--db"), db, data("devices_gbk.csv")});
        QCOMPARE(gbk.code, 0);
        QVERIFY2(gbk.out.contains(u"imported 3 device(s)") && gbk.out.contains(u"GB18030"), qPrintable(gbk.out));

        const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("devices"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                      QStringLiteral("xlsx"), xlsx}).code, 0);
        QVERIFY(QFileInfo(xlsx).size() > 1000);

        Run lines = cli({QStringLiteral("findings"), QStringLiteral("--db"), db, QStringLiteral("--module"), QStringLiteral("devices")});
        QCOMPARE(lines.code, 0);
        // The printer has no user (R-DEV-5); every line starts with its rule id.
        QVERIFY2(lines.out.contains(u"R-DEV-5\t"), qPrintable(lines.out));
        for (const QString& l : lines.out.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(l.startsWith(u"R-"), qPrintable(l));
        Run json = cli({QStringLiteral("findings"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonArray arr = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(!arr.isEmpty());
        QVERIFY(arr.at(0).toObject().value(QStringLiteral("rule")).toString().startsWith(u"R-"));
        QCOMPARE(cli({QStringLiteral("findings"), QStringLiteral("--db"), db, QStringLiteral("--module"), QStringLiteral("nope")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestDevicesCli)
#include "TestDevicesCli.moc"
