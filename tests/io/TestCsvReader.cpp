// CsvReader: UTF-8, GB18030, Excel's "Unicode text" (UTF-16 LE/BE with BOM, tab-separated); undecodable text refused.
#include "CsvReader.h"

#include <QStringEncoder>
#include <QTest>

using namespace csl;

namespace {

const QString kText = QString::fromUtf8("IP地址\tMAC地址\t使用者\r\n192.168.1.10\t00:1A:2B:3C:4D:5E\t王建国\r\n");

QByteArray utf16(const QString& text, bool littleEndian, bool bom)
{
    QStringEncoder enc(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
                       bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return enc.encode(text);
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsUnicodeText_data();
    void readsUnicodeText();
    void readsGb18030AndUtf8();
    void refusesUndecodableText_data();
    void refusesUndecodableText();
    void tsvIsTabSeparated();
    void keepsAByteOrderMarkInsideTheText();
    void delimiterIsCountedOutsideQuotes();
    void headerIsTrimmedBeforeTheApostropheComesOff();
};

void TestCsvReader::readsUnicodeText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-16 LE BOM") << utf16(kText, true, true) << QStringLiteral("UTF-16 LE");
    QTest::newRow("UTF-16 BE BOM") << utf16(kText, false, true) << QStringLiteral("UTF-16 BE");
    QTest::newRow("UTF-16 LE no BOM") << utf16(kText, true, false) << QStringLiteral("UTF-16 LE");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + kText.toUtf8() << QStringLiteral("UTF-8 (BOM)");
}

void TestCsvReader::readsUnicodeText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    auto t = CsvReader::parse(bytes);
    QVERIFY2(t, t ? "" : qPrintable(t.error().message));
    QCOMPARE(t->encoding, encoding);
    QCOMPARE(t->header,
             (QStringList{QString::fromUtf8("IP地址"), QString::fromUtf8("MAC地址"), QString::fromUtf8("使用者")}));
    QCOMPARE(t->rows.size(), 1);
    QCOMPARE(t->rows.at(0).at(2), QString::fromUtf8("王建国"));
}

void TestCsvReader::readsGb18030AndUtf8()
{
    const QString csv = QString::fromUtf8("名称,地点\r\n教学楼,一层\r\n");
    QStringEncoder gb("GB18030");
    auto t = CsvReader::parse(gb.encode(csv));
    QVERIFY(t);
    QCOMPARE(t->encoding, QStringLiteral("GB18030"));
    QCOMPARE(t->rows.at(0).at(1), QString::fromUtf8("一层"));
    t = CsvReader::parse(csv.toUtf8());
    QVERIFY(t);
    QCOMPARE(t->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(t->header.at(0), QString::fromUtf8("名称"));
}

void TestCsvReader::refusesUndecodableText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xFF\x80\x00\x81\xFE\x00", 9);
    QTest::newRow("UTF-16 LE BOM, lone surrogate") << QByteArray("\xFF\xFE"
                                                                 "a\x00\x00\xD8"
                                                                 "b\x00",
                                                                 8);
    QTest::newRow("UTF-8 BOM, invalid UTF-8") << QByteArray("\xEF\xBB\xBF"
                                                            "a,b\r\n\xC3\x28",
                                                            10);
    QTest::newRow("neither UTF-8 nor GB18030") << QByteArray("ip,mac\r\n\x81\x20\xFF,x\r\n");
}

void TestCsvReader::refusesUndecodableText()
{
    QFETCH(QByteArray, bytes);
    auto t = CsvReader::parse(bytes);
    QVERIFY(!t);
    const QString msg = t.error().message;
    for (const char* name : {"UTF-8", "GB18030", "UTF-16 LE", "UTF-16 BE"})
        QVERIFY2(msg.contains(QLatin1String(name)), qPrintable(msg));
    QVERIFY2(!msg.contains(QChar::ReplacementCharacter), qPrintable(msg));
}

void TestCsvReader::tsvIsTabSeparated()
{
    // A comma inside a cell of tab-separated text is not a delimiter, even when the first line has more commas.
    auto t = CsvReader::parse(QByteArray("a,b,c\tname\r\n1,2,3\tx\r\n"), u'\t');
    QVERIFY(t);
    QCOMPARE(t->header, (QStringList{QStringLiteral("a,b,c"), QStringLiteral("name")}));
    QCOMPARE(t->rows.at(0).at(1), QStringLiteral("x"));
}

void TestCsvReader::keepsAByteOrderMarkInsideTheText()
{
    // Found by fuzz_csv: after the file's own BOM, a second U+FEFF is a character of the first cell.
    for (const QByteArray& bytes : {QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                               "a\r\n1\r\n"),
                                    QByteArray("\xFF\xFE\xFF\xFE"
                                               "a\x00\r\x00\n\x00"
                                               "1\x00",
                                               12)}) {
        auto t = CsvReader::parse(bytes);
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->header, QStringList{QString(QChar(0xFEFF)) + u'a'});
        QCOMPARE(t->rows.size(), 1);
    }
}

void TestCsvReader::delimiterIsCountedOutsideQuotes()
{
    // Found by fuzz_csv: a quoted "a;b;c" made the semicolon the delimiter of a comma-separated file.
    auto t = CsvReader::parse(QByteArray("\"a;b;c\",name\r\n1,x\r\n"));
    QVERIFY(t);
    QCOMPARE(t->header, (QStringList{QStringLiteral("a;b;c"), QStringLiteral("name")}));
    QCOMPARE(t->rows.at(0), (QStringList{QStringLiteral("1"), QStringLiteral("x")}));
}

void TestCsvReader::headerIsTrimmedBeforeTheApostropheComesOff()
{
    // Found by fuzz_csv: " '+1" in a header was trimmed to "'+1" after the check and read as "'+1".
    auto t = CsvReader::parse(QByteArray(" '+1,b\r\n"));
    QVERIFY(t);
    QCOMPARE(t->header.at(0), QStringLiteral("+1"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
