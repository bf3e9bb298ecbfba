// XlsxReader: a zip bomb, a row past 1,048,576 and a column past XFD are refused, naming the limit broken.
#include "XlsxMaker.h"
#include "XlsxReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csl;

namespace {

QByteArray sheet(const QByteArray& rows)
{
    return "<?xml version=\"1.0\"?><worksheet><sheetData>" + rows + "</sheetData></worksheet>";
}

} // namespace

class TestXlsxReader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsCraftedWorkbook();
    void refusesZipBomb();
    void refusesRowPastLimit();
    void refusesColumnPastLimit_data();
    void refusesColumnPastLimit();
    void refusesTooManyCells();
    void refusesNonWorkbook();

private:
    QTemporaryDir m_dir;
};

void TestXlsxReader::readsCraftedWorkbook()
{
    const QString path = m_dir.filePath(QStringLiteral("ok.xlsx"));
    QVERIFY(test::writeWorkbook(path, sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ip</t></is></c>"
                                            "<c r=\"XFD1\" t=\"inlineStr\"><is><t>last</t></is></c></row>"
                                            "<row r=\"1048576\"><c r=\"A1048576\"><v>7</v></c></row>")));
    auto t = XlsxReader::readFile(path);
    QVERIFY2(t, t ? "" : qPrintable(t.error().message));
    QCOMPARE(t->header.size(), XlsxReader::maxColumns);
    QCOMPARE(t->header.last(), QStringLiteral("last"));
    QCOMPARE(t->rows.size(), XlsxReader::maxRows - 1);
    QCOMPARE(t->rows.last().first(), QStringLiteral("7"));
}

void TestXlsxReader::refusesZipBomb()
{
    // About 130 MB of whitespace inside one row deflates to a few hundred kilobytes.
    const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
    int chunks = 0;
    const QByteArray blank(1024 * 1024, ' ');
    QVERIFY(test::writeWorkbook(path, [&]() -> QByteArray {
        ++chunks;
        if (chunks == 1)
            return "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\">";
        if (chunks < 132)
            return blank;
        if (chunks == 132)
            return "</row></sheetData></worksheet>";
        return {};
    }));
    QVERIFY(QFileInfo(path).size() < 2 * 1024 * 1024);
    auto t = XlsxReader::readFile(path);
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(QStringLiteral("100 MB")), qPrintable(t.error().message));
    QVERIFY2(t.error().message.contains(QStringLiteral("bomb.xlsx")), qPrintable(t.error().message));
    auto names = XlsxReader::sheetNames(path);
    QVERIFY(names); // the small parts alone are within the budget
}

void TestXlsxReader::refusesRowPastLimit()
{
    const QString path = m_dir.filePath(QStringLiteral("rows.xlsx"));
    QVERIFY(test::writeWorkbook(path, sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                            "<row r=\"1048577\"><c r=\"A1048577\"><v>2</v></c></row>")));
    auto t = XlsxReader::readFile(path);
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(QStringLiteral("row 1048577")), qPrintable(t.error().message));
    QVERIFY2(t.error().message.contains(QStringLiteral("1048576 rows")), qPrintable(t.error().message));
}

void TestXlsxReader::refusesColumnPastLimit_data()
{
    QTest::addColumn<QByteArray>("ref");
    QTest::newRow("XFE") << QByteArray("XFE1");
    QTest::newRow("overflowing letters") << QByteArray("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1");
}

void TestXlsxReader::refusesColumnPastLimit()
{
    QFETCH(QByteArray, ref);
    const QString path = m_dir.filePath(QStringLiteral("cols.xlsx"));
    QVERIFY(test::writeWorkbook(path, sheet("<row r=\"1\"><c r=\"" + ref + "\"><v>1</v></c></row>")));
    auto t = XlsxReader::readFile(path);
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(QStringLiteral("16384 columns")), qPrintable(t.error().message));
    QVERIFY2(t.error().message.contains(QStringLiteral("row 1")), qPrintable(t.error().message));
}

void TestXlsxReader::refusesTooManyCells()
{
    // One cell at the last column on each of 700 rows would be 11.5 million cells once the gaps are filled.
    const QString path = m_dir.filePath(QStringLiteral("sparse.xlsx"));
    QByteArray rows;
    for (int r = 1; r <= 700; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r) + "\"><v>1</v></c></row>";
    QVERIFY(test::writeWorkbook(path, sheet(rows)));
    auto t = XlsxReader::readFile(path);
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(QStringLiteral("10000000 cells")), qPrintable(t.error().message));
}

void TestXlsxReader::refusesNonWorkbook()
{
    const QString path = m_dir.filePath(QStringLiteral("fake.xlsx"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 not really a zip");
    f.close();
    auto t = XlsxReader::readFile(path);
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(QStringLiteral("fake.xlsx")), qPrintable(t.error().message));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
