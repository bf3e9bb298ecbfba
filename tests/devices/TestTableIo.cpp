// CSV and XLSX reading and writing (modules/core/io), including files written by other programs.
#include "CsvReader.h"
#include "CsvWriter.h"
#include "XlsxReader.h"
#include "XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace csl;

class TestTableIo : public QObject
{
    Q_OBJECT

    static QString data(const char* name)
    {
        return QDir(qEnvironmentVariable("CSL_TEST_DATA")).filePath(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void gbkAndBomFilesReadAlike()
    {
        auto gbk = CsvReader::readFile(data("devices_gbk.csv"));
        auto bom = CsvReader::readFile(data("devices_utf8_bom.csv"));
        QVERIFY2(gbk, qPrintable(gbk.ok() ? QString() : gbk.error().message));
        QVERIFY(bom);
        QCOMPARE(gbk->encoding, QStringLiteral("GB18030"));
        QCOMPARE(bom->encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(gbk->header, bom->header);
        QCOMPARE(gbk->rows, bom->rows);
        QCOMPARE(gbk->header.at(1), QString::fromUtf8("IP地址"));
        QCOMPARE(gbk->rows.size(), 3);
        QCOMPARE(gbk->rows.at(0).at(5), QString::fromUtf8("张伟"));
        QCOMPARE(gbk->rows.at(0).at(10), QString::fromUtf8("教务系统, 专用")); // quoted comma
    }

    void quotingAndDelimiters()
    {
        const QString text = QStringLiteral("a;b;c\n\"x;1\";\"say \"\"hi\"\"\";\"two\nlines\"\n\n1;2;3\n");
        const auto rows = CsvReader::split(text);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1), QStringList({QStringLiteral("x;1"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
        QVERIFY(rows.at(2).join(QString()).isEmpty()); // the blank line keeps its row number
        QCOMPARE(CsvReader::split(QStringLiteral("a\tb\n1\t2")).at(1).at(1), QStringLiteral("2"));
        QVERIFY(!CsvReader::parse(QByteArray()));
    }

    void writerRoundTrips()
    {
        TableData t;
        t.header = QStringList{QString::fromUtf8("名称"), QStringLiteral("note")};
        t.rows << QStringList{QString::fromUtf8("教学楼, 一层"), QStringLiteral("a \"b\"\nc")};
        for (auto enc : {CsvWriter::Encoding::Utf8Bom, CsvWriter::Encoding::Utf8, CsvWriter::Encoding::Gb18030}) {
            const QByteArray bytes = CsvWriter::toBytes(t, enc);
            QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), enc == CsvWriter::Encoding::Utf8Bom);
            auto back = CsvReader::parse(bytes);
            QVERIFY(back);
            QCOMPARE(back->header, t.header);
            QCOMPARE(back->rows, t.rows);
        }
    }

    void xlsxFromLibxlsxwriter()
    {
        // Written with libxlsxwriter's C API directly, as another program would: shared strings,
        // numbers, a date cell, a gap in a row, a second sheet.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.xlsx"));
        lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet* ws = workbook_add_worksheet(wb, "登记表");
        lxw_format* date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy/m/d");
        worksheet_write_string(ws, 0, 0, "IP地址", nullptr);
        worksheet_write_string(ws, 0, 1, "MAC地址", nullptr);
        worksheet_write_string(ws, 0, 2, "资产编号", nullptr);
        worksheet_write_string(ws, 0, 3, "登记日期", nullptr);
        worksheet_write_string(ws, 0, 5, "备注", nullptr);
        worksheet_write_string(ws, 1, 0, "10.1.1.5", nullptr);
        worksheet_write_string(ws, 1, 1, "00-11-22-33-44-55", nullptr);
        worksheet_write_number(ws, 1, 2, 20230015, nullptr);
        lxw_datetime dt{2024, 9, 1, 0, 0, 0};
        worksheet_write_datetime(ws, 1, 3, &dt, date);
        worksheet_write_string(ws, 1, 5, "机房", nullptr);
        worksheet_write_number(ws, 2, 2, 3.25, nullptr);
        workbook_add_worksheet(wb, "Sheet2");
        QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));

        auto names = XlsxReader::sheetNames(path);
        QVERIFY(names);
        QCOMPARE(*names, QStringList({QString::fromUtf8("登记表"), QStringLiteral("Sheet2")}));
        auto t = XlsxReader::readFile(path);
        QVERIFY2(t, qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t->header.size(), 6);
        QCOMPARE(t->header.at(4), QString());
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows.at(0).at(0), QStringLiteral("10.1.1.5"));
        QCOMPARE(t->rows.at(0).at(2), QStringLiteral("20230015"));
        QCOMPARE(t->rows.at(0).at(3), QStringLiteral("2024-09-01"));
        QCOMPARE(t->rows.at(0).at(5), QString::fromUtf8("机房"));
        QCOMPARE(t->cell(1, 2), QStringLiteral("3.25"));
        QCOMPARE(t->cell(1, 5), QString());
        QVERIFY(!XlsxReader::readFile(path, QStringLiteral("missing")));
    }

    void xlsxInlineStringsAndOurWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ours.xlsx"));
        XlsxWriter w(path);
        QVERIFY(w.addSheet(QStringLiteral("Devices"), {QStringLiteral("IP"), QStringLiteral("n"), QStringLiteral("d")}));
        QVERIFY(w.addRow({QStringLiteral("10.0.0.1"), 42, QDate(2025, 1, 2)}));
        QVERIFY(w.close());
        auto t = XlsxReader::readFile(path);
        QVERIFY(t);
        QCOMPARE(t->rows.at(0), QStringList({QStringLiteral("10.0.0.1"), QStringLiteral("42"), QStringLiteral("2025-01-02")}));
    }

    void notAWorkbook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fake.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("IP,MAC\n");
        f.close();
        auto t = XlsxReader::readFile(path);
        QVERIFY(!t);
        QVERIFY(t.error().message.contains(u"fake.xlsx"));
        QVERIFY(!CsvReader::readFile(dir.filePath(QStringLiteral("none.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestTableIo)
#include "TestTableIo.moc"
