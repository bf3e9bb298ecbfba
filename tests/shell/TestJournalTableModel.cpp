// JournalTableModel: paging newest first, filters, model invariants (QAbstractItemModelTester).
#include "JournalExport.h"
#include "JournalTableModel.h"
#include "XlsxReader.h"
#include "PersonRepository.h"
#include "TempStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace csl;

class TestJournalTableModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesNewestFirst();
    void filters();
    void filterByDate();
    void forEachMatchingWalksEverything();
    void titlesAndOperations();
    void exports();

private:
    std::unique_ptr<test::TempWorkspace> m_tmp;
    QString m_firstId;
    static constexpr int kPeople = 700;
};

void TestJournalTableModel::initTestCase()
{
    m_tmp = std::make_unique<test::TempWorkspace>();
    QVERIFY(m_tmp->isValid());
    Store& store = m_tmp->store();
    PersonRepository repo(store);
    const Status st = store.write([&]() -> Status {
        for (int i = 0; i < kPeople; ++i) {
            store.setActor(i % 2 ? QStringLiteral("王建国") : QStringLiteral("李晓梅"));
            PersonRecord p;
            p.name = QStringLiteral("教师%1").arg(i);
            p.department = QStringLiteral("教务处");
            auto id = repo.add(p);
            if (!id)
                return id.error();
            if (i == 0)
                m_firstId = *id;
        }
        return {};
    });
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    PersonRecord first = *repo.find(m_firstId);
    first.phone = QStringLiteral("0514-87654321");
    QVERIFY(repo.update(first).ok());
}

void TestJournalTableModel::pagesNewestFirst()
{
    JournalTableModel model(m_tmp->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    // One page, or two when the checker asked for more after the reset: never the whole journal.
    QVERIFY(model.rowCount() >= JournalTableModel::pageSize);
    QCOMPARE(model.rowCount() % JournalTableModel::pageSize, 0);
    QVERIFY(model.rowCount() < kPeople + 1);
    QCOMPARE(model.columnCount(), int(JournalTableModel::ColumnCount));
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.totalEntries(), qint64(kPeople + 1));
    QCOMPARE(model.entry(0).seq, qint64(kPeople + 1));
    QCOMPARE(model.entry(0).op, QStringLiteral("update"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), kPeople + 1);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.entry(r).seq == model.entry(r - 1).seq - 1);
    QCOMPARE(model.index(model.rowCount() - 1, JournalTableModel::SeqColumn).data().toLongLong(), 1);
}

void TestJournalTableModel::filters()
{
    JournalTableModel model(m_tmp->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JournalFilter f;
    f.recordId = m_firstId.right(12); // the random tail: version-7 ids made in the same millisecond share their head
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 2); // insert and update of the same person
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.entry(0).op, QStringLiteral("update"));
    QCOMPARE(model.entry(1).op, QStringLiteral("insert"));

    f = {};
    f.actor = QStringLiteral("晓梅");
    model.setFilter(f);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), kPeople / 2);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.entry(r).actor, QStringLiteral("李晓梅"));

    f = {};
    f.module = QStringLiteral("no-such-module");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.lastError().isEmpty());
}

void TestJournalTableModel::filterByDate()
{
    JournalTableModel model(m_tmp->store());
    JournalFilter f;
    f.from = QDate::currentDate();
    f.to = QDate::currentDate();
    model.setFilter(f);
    QCOMPARE(model.rowCount(), JournalTableModel::pageSize);
    f.from = QDate::currentDate().addDays(1);
    f.to = QDate::currentDate().addDays(3);
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    f.from = QDate::currentDate().addYears(-1);
    f.to = QDate::currentDate().addDays(-1);
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
}

void TestJournalTableModel::forEachMatchingWalksEverything()
{
    JournalTableModel model(m_tmp->store());
    JournalFilter f;
    f.module = QStringLiteral("people");
    model.setFilter(f);
    qint64 n = 0;
    qint64 last = std::numeric_limits<qint64>::max();
    const Status st = model.forEachMatching([&](const JournalEntry& e) {
        if (e.seq >= last)
            return false;
        last = e.seq;
        ++n;
        return true;
    });
    QVERIFY(st.ok());
    QCOMPARE(n, qint64(kPeople + 1));
}

void TestJournalTableModel::titlesAndOperations()
{
    JournalTableModel model(m_tmp->store());
    model.setModuleTitles({{QStringLiteral("people"), QStringLiteral("人员名录")}});
    model.reload();
    QCOMPARE(model.index(0, JournalTableModel::ModuleColumn).data().toString(), QStringLiteral("人员名录"));
    QCOMPARE(model.index(0, JournalTableModel::OpColumn).data().toString(), QStringLiteral("Changed"));
    QVERIFY(model.index(0, JournalTableModel::FieldsColumn).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("0514-87654321")));
    QVERIFY(!model.index(0, JournalTableModel::TimeColumn).data().toString().isEmpty());
}

void TestJournalTableModel::exports()
{
    JournalTableModel model(m_tmp->store());
    JournalFilter f;
    f.recordId = m_firstId;
    model.setFilter(f);
    const JournalVerdict verdict = m_tmp->store().journal().verify();
    QVERIFY(verdict.ok);
    const QString xlsx = m_tmp->dir() + QStringLiteral("/日志.xlsx");
    const Status sx = JournalExport::write(model, m_tmp->ws(), verdict, xlsx);
    QVERIFY2(sx.ok(), qPrintable(sx.error().message));
    auto sheets = XlsxReader::sheetNames(xlsx);
    QVERIFY(sheets);
    QCOMPARE(sheets->size(), 2);
    auto table = XlsxReader::readFile(xlsx, sheets->first());
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 2); // the filter holds: insert and update of one person
    QCOMPARE(table->cell(0, 4), m_firstId);
    QVERIFY(table->cell(0, 6).contains(QStringLiteral("0514-87654321")));
    auto facts = XlsxReader::readFile(xlsx, sheets->at(1));
    QVERIFY(facts);
    QVERIFY(facts->cell(4, 1).contains(verdict.headHash) || facts->cell(5, 1) == verdict.headHash);

    const QString csv = m_tmp->dir() + QStringLiteral("/journal.csv");
    QVERIFY(JournalExport::write(model, m_tmp->ws(), verdict, csv).ok());
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QByteArray bytes = c.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 3);

    const QString pdf = m_tmp->dir() + QStringLiteral("/journal.pdf");
    const Status sp = JournalExport::write(model, m_tmp->ws(), verdict, pdf);
    QVERIFY2(sp.ok(), qPrintable(sp.error().message));
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    QVERIFY(fonts.waitForFinished(30000));
    const QString used = QString::fromUtf8(fonts.readAllStandardOutput());
    QVERIFY2(used.contains(QStringLiteral("NotoSansCJK")), qPrintable(used));

    QVERIFY(!JournalExport::write(model, m_tmp->ws(), verdict, m_tmp->dir() + QStringLiteral("/x.doc")).ok());
}

QTEST_MAIN(TestJournalTableModel)
#include "TestJournalTableModel.moc"
