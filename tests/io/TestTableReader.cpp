// TableReader: the reader follows the suffix (.xlsx, .csv, .txt, .tsv); other files are refused by name.
#include "TableReader.h"
#include "XlsxWriter.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace csl;

class TestTableReader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEachSuffix();
    void refusesOtherSuffixes();

private:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    QTemporaryDir m_dir;
};

void TestTableReader::readsEachSuffix()
{
    const QString text = QString::fromUtf8("IP地址\t使用者\r\n10.0.0.1\t王建国\r\n");
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    TableData t;
    t.header = {QString::fromUtf8("IP地址"), QString::fromUtf8("使用者")};
    t.rows << QStringList{QStringLiteral("10.0.0.1"), QString::fromUtf8("王建国")};
    const QString xlsx = m_dir.filePath(QStringLiteral("设备.xlsx"));
    QVERIFY(XlsxWriter::writeFile(xlsx, QStringLiteral("S"), t).ok());
    const QStringList paths{write(QStringLiteral("unicode.txt"), utf16.encode(text)),
                            write(QStringLiteral("plain.TSV"), text.toUtf8()),
                            write(QStringLiteral("comma.csv"), QString(text).replace(u'\t', u',').toUtf8()), xlsx};
    for (const QString& path : paths) {
        auto read = TableReader::readFile(path);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(read->header, t.header);
        QCOMPARE(read->rows, t.rows);
    }
}

void TestTableReader::refusesOtherSuffixes()
{
    auto read = TableReader::readFile(write(QStringLiteral("devices.xls"), "whatever"));
    QVERIFY(!read);
    QVERIFY(read.error().message.contains(QStringLiteral("devices.xls")));
    QVERIFY(read.error().message.contains(QStringLiteral(".tsv")));
}

QTEST_GUILESS_MAIN(TestTableReader)
#include "TestTableReader.moc"
