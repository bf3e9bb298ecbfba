// CsvWriter: the one CSV writer neutralises formula cells for every caller (the journal export included).
#include "CsvReader.h"
#include "CsvWriter.h"
#include "JournalExport.h"
#include "JournalTableModel.h"
#include "PersonRepository.h"
#include "TempStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace csl;

class TestCsvWriter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void neutralisesFormulaCells_data();
    void neutralisesFormulaCells();
    void leavesOtherCellsAlone();
    void exportImportsUnchanged();
    void streamsToFileAtomically();
    void journalExportUsesIt();
};

void TestCsvWriter::neutralisesFormulaCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")") << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("+") << QStringLiteral("+1+1") << QByteArray("'+1+1");
    QTest::newRow("-") << QStringLiteral("-2+3+cmd|' /C calc'!A0") << QByteArray("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("\"'\t=1\"");
    QTest::newRow("cr") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
}

void TestCsvWriter::neutralisesFormulaCells()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);
    TableData t;
    t.header = {QStringLiteral("h")};
    t.rows << QStringList{cell};
    QCOMPARE(CsvWriter::toBytes(t, CsvWriter::Encoding::Utf8), QByteArray("h\r\n") + written + "\r\n");
}

void TestCsvWriter::leavesOtherCellsAlone()
{
    QCOMPARE(CsvWriter::line({QStringLiteral("192.168.1.10"), QStringLiteral("a=b"), QString::fromUtf8("王建国"), {}}),
             QString::fromUtf8("192.168.1.10,a=b,王建国,\r\n"));
}

void TestCsvWriter::exportImportsUnchanged()
{
    TableData t;
    t.header = {QStringLiteral("ip"), QStringLiteral("note")};
    t.rows << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("=1+2")}
           << QStringList{QStringLiteral("-5"), QStringLiteral("@home")}
           << QStringList{QStringLiteral("'kept"), QStringLiteral("'=typed by hand")};
    auto back = CsvReader::parse(CsvWriter::toBytes(t));
    QVERIFY(back);
    QCOMPARE(back->rows.at(0), t.rows.at(0));
    QCOMPARE(back->rows.at(1), t.rows.at(1));
    QCOMPARE(back->rows.at(2).at(0), QStringLiteral("'kept"));
}

void TestCsvWriter::streamsToFileAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    {
        CsvWriter w(path);
        QVERIFY(w.addRow({QStringLiteral("=x")}).ok());
        // Not committed: the old file stays as it was.
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));
    f.close();
    CsvWriter w(path, CsvWriter::Encoding::Gb18030);
    QVERIFY(w.addRow({QString::fromUtf8("名称"), QStringLiteral("+x")}).ok());
    QVERIFY(w.commit().ok());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.endsWith(",'+x\r\n"));
    QVERIFY(!bytes.contains("\xE5\x90\x8D")); // GB18030, not UTF-8
}

void TestCsvWriter::journalExportUsesIt()
{
    test::TempWorkspace tmp;
    QVERIFY(tmp.isValid());
    Store& store = tmp.store();
    store.setActor(QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"x\")"));
    PersonRecord p;
    p.name = QStringLiteral("@teacher");
    QVERIFY(PersonRepository(store).add(p).ok());
    JournalTableModel model(store);
    const QString path = tmp.dir() + QStringLiteral("/journal.csv");
    const Status st = JournalExport::write(model, tmp.ws(), store.journal().verify(), path);
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY2(bytes.contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\","), bytes.constData());
    auto back = CsvReader::parse(bytes);
    QVERIFY(back);
    QCOMPARE(back->rows.size(), 1);
    QCOMPARE(back->rows.at(0).at(2), store.actor());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
