// FindingsModel over Workspace::findings(): order, roles, due-soon counting, model invariants;
// findings computed on a worker thread over a read-only connection, the workspace's cache of them.
#include "DemoSchool.h"
#include "FindingsModel.h"
#include "PersonRepository.h"
#include "TempStore.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace csl;
using csl::test::findingLines;

namespace {

/// What the modules report when asked afresh, without any cache.
QList<Finding> computedNow(const Workspace& ws)
{
    auto byModule = ws.computeFindings();
    return byModule ? ws.merged(*byModule) : QList<Finding>{};
}

Status addPersonWithoutPhone(Workspace& ws, const QString& name)
{
    PersonRecord p;
    p.name = name;
    auto id = PersonRepository(ws.store()).add(p);
    return id ? Status{} : Status{id.error()};
}

} // namespace

class TestFindingsModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromWorkspace();
    void orderAndDue();
    void readerIsReadOnly();
    void cacheFollowsWrites();
    void backgroundMatchesSynchronous();
    void refreshesCoalesce();
    void cancelDuringComputation();
};

void TestFindingsModel::fromWorkspace()
{
    test::TempWorkspace tmp;
    QVERIFY(tmp.isValid());
    PersonRecord p;
    p.name = QStringLiteral("赵磊");
    auto id = PersonRepository(tmp.store()).add(p);
    QVERIFY(id);
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh(tmp.ws());
    QVERIFY(model.rowCount() >= 1);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(FindingsModel::RecordIdRole).toString() == *id)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data(FindingsModel::ModuleIdRole).toString(), QStringLiteral("people"));
    QCOMPARE(model.index(row, FindingsModel::RuleColumn).data().toString(), QStringLiteral("R-DEV-5"));
    QCOMPARE(model.index(row, FindingsModel::ModuleColumn).data().toString(),
             tmp.ws().module(QStringLiteral("people"))->title());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestFindingsModel::orderAndDue()
{
    const QDate today(2026, 11, 28);
    auto make = [](const char* title, Finding::Severity s, QDate deadline) {
        Finding f;
        f.ruleId = QStringLiteral("R-EMG-5");
        f.moduleId = QStringLiteral("devices");
        f.recordId = QString::fromLatin1(title);
        f.severity = s;
        f.deadline = Finding::endOfDay(deadline);
        f.title = QString::fromLatin1(title);
        return f;
    };
    QList<Finding> list{make("later", Finding::Severity::Critical, today.addDays(10)),
                        make("none", Finding::Severity::Critical, {}),
                        make("overdue", Finding::Severity::Info, today.addDays(-1)),
                        make("soon-warning", Finding::Severity::Warning, today.addDays(2)),
                        make("soon-critical", Finding::Severity::Critical, today.addDays(2))};
    sortFindings(list);
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(today);
    model.setFindings(list, {{QStringLiteral("devices"), QStringLiteral("设备台账")}});
    QStringList order;
    for (int r = 0; r < model.rowCount(); ++r)
        order << model.index(r, FindingsModel::TitleColumn).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("overdue"), QStringLiteral("soon-critical"),
                                 QStringLiteral("soon-warning"), QStringLiteral("later"), QStringLiteral("none")}));
    QCOMPARE(model.dueWithin(3, today), 3);
    QCOMPARE(model.dueWithin(0, today), 1);
    QVERIFY(model.index(0, FindingsModel::DeadlineColumn).data().toString().contains(QStringLiteral("overdue")));
    QVERIFY(model.index(0, FindingsModel::DeadlineColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(0, FindingsModel::ModuleColumn).data().toString(), QStringLiteral("设备台账"));
    QCOMPARE(model.index(4, FindingsModel::DeadlineColumn).data().toString(), QStringLiteral("None"));
}

void TestFindingsModel::readerIsReadOnly()
{
    test::TempWorkspace tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(addPersonWithoutPhone(tmp.ws(), QStringLiteral("周敏")));
    auto reader = Store::openReader(tmp.path(), tmp.store().key());
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
    QVERIFY((*reader)->isReadOnly());
    QVERIFY(!(*reader)->cipherVersion().isEmpty());
    {
        QSqlQuery q((*reader)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM people")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Neither the meta table nor a register can be written through it.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')")));
        QVERIFY(!(*reader)->setMeta(QStringLiteral("school.name"), QStringLiteral("改名")));
    }
    // The writer keeps writing while the reader is open (WAL), and the reader sees the commit.
    QVERIFY(addPersonWithoutPhone(tmp.ws(), QStringLiteral("吴刚")));
    {
        QSqlQuery q((*reader)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM people")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    (*reader).reset();
    // A wrong key opens nothing.
    SecureBytes wrong = tmp.store().key();
    wrong.data()[0] ^= 0xff;
    auto bad = Store::openReader(tmp.path(), wrong);
    QVERIFY(!bad);
    QCOMPARE(QSqlDatabase::connectionNames().size(), 1);
}

void TestFindingsModel::cacheFollowsWrites()
{
    test::TempWorkspace tmp;
    QVERIFY(tmp.isValid());
    Workspace& ws = tmp.ws();
    QVERIFY(addPersonWithoutPhone(ws, QStringLiteral("郑涛")));
    QCOMPARE(ws.findings(QStringLiteral("people")).size(), 1);
    QVERIFY(ws.cachedFindings().contains(QStringLiteral("people")));
    QVERIFY(!ws.cachedFindings().contains(QStringLiteral("devices"))); // only what was asked
    // A write through the workspace's own connection: the cache goes, the page sees its change.
    QVERIFY(addPersonWithoutPhone(ws, QStringLiteral("冯丽")));
    QVERIFY(ws.cachedFindings().isEmpty());
    QCOMPARE(ws.findings(QStringLiteral("people")).size(), 2);
    // A commit by another connection (another process, a sync receiver…) drops it too.
    QCOMPARE(ws.findings(QStringLiteral("sync")).size(), 0);
    {
        test::RawConnection raw(tmp.path(), tmp.store().key());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO sync_notices VALUES ('N-1', 'threat', '勒索病毒预警', '正文', "
                                         "'2026-11-27T08:00:00Z', '2026-11-30', 0, '2026-11-27T08:00:01Z')")),
                 QString());
    }
    const QList<Finding> sync = ws.findings(QStringLiteral("sync"));
    QCOMPARE(sync.size(), 1);
    QCOMPARE(sync.first().recordId, QStringLiteral("N-1"));
    QCOMPARE(findingLines(ws.findings()), findingLines(computedNow(ws)));
    // Findings computed elsewhere are taken only for the database they were computed on.
    const Store::ChangeStamp before = ws.store().changeStamp();
    QVERIFY(addPersonWithoutPhone(ws, QStringLiteral("陈晨")));
    QVERIFY(!ws.adoptFindings(before, {{QStringLiteral("people"), {}}}));
    QCOMPARE(ws.findings(QStringLiteral("people")).size(), 3);
}

void TestFindingsModel::backgroundMatchesSynchronous()
{
    test::TempWorkspace tmp;
    QVERIFY(tmp.isValid());
    DemoSchool::Options o;
    o.devices = 2000;
    QVERIFY(DemoSchool::build(tmp.ws(), o));
    QVERIFY(addPersonWithoutPhone(tmp.ws(), QStringLiteral("褚红")));
    const QList<Finding> expected = computedNow(tmp.ws());
    QVERIFY(expected.size() > 10);
    QSet<QString> modules;
    for (const Finding& f : expected)
        modules.insert(f.moduleId);
    QVERIFY(modules.contains(QStringLiteral("devices")) && modules.contains(QStringLiteral("people")));

    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy arrived(&model, &FindingsModel::findingsArrived);
    QSignalSpy failed(&model, &FindingsModel::computationFailed);
    model.refreshInBackground(tmp.ws());
    // Nothing is computed here: the findings come later, by a queued signal.
    QVERIFY(model.isChecking());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(arrived.wait(30000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!model.isChecking());
    QCOMPARE(findingLines(model.findings()), findingLines(expected));
    QCOMPARE(findingLines(model.findings()), findingLines(tmp.ws().findings()));
    // The worker's connection is gone; its findings are the workspace's cache now.
    QTRY_COMPARE(QSqlDatabase::connectionNames().size(), 1);
    QVERIFY(tmp.ws().cachedFindings().contains(QStringLiteral("devices")));
}

void TestFindingsModel::refreshesCoalesce()
{
    test::TempWorkspace tmp;
    QVERIFY(tmp.isValid());
    DemoSchool::Options o;
    o.devices = 1000;
    QVERIFY(DemoSchool::build(tmp.ws(), o));
    FindingsModel model;
    QSignalSpy arrived(&model, &FindingsModel::findingsArrived);
    QSignalSpy checking(&model, &FindingsModel::checkingChanged);
    for (int i = 0; i < 5; ++i)
        model.refreshInBackground(tmp.ws());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isChecking(), 30000);
    // Five requests while one ran: that run, and one more after it.
    QCOMPARE(arrived.count(), 2);
    QCOMPARE(checking.count(), 2); // on once, off once
    QCOMPARE(findingLines(model.findings()), findingLines(computedNow(tmp.ws())));
    // A change made while the worker reads: the result it brings is stale, so it runs again.
    model.refreshInBackground(tmp.ws());
    QVERIFY(addPersonWithoutPhone(tmp.ws(), QStringLiteral("卫东")));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isChecking(), 30000);
    QCOMPARE(findingLines(model.findings()), findingLines(computedNow(tmp.ws())));
}

void TestFindingsModel::cancelDuringComputation()
{
    auto tmp = std::make_unique<test::TempWorkspace>();
    QVERIFY(tmp->isValid());
    DemoSchool::Options o;
    o.devices = 5000;
    QVERIFY(DemoSchool::build(tmp->ws(), o));
    const QString path = tmp->path();
    const SecureBytes key = tmp->store().key();
    FindingsModel model;
    QSignalSpy arrived(&model, &FindingsModel::findingsArrived);
    model.refreshInBackground(tmp->ws());
    QVERIFY(model.isChecking());
    // Locking: cancel returns once the worker's connection is closed, so the workspace may close.
    model.cancel();
    QVERIFY(!model.isChecking());
    QCOMPARE(QSqlDatabase::connectionNames().size(), 1);
    tmp->close();
    QCOMPARE(QSqlDatabase::connectionNames().size(), 0);
    // The writer's close could truncate its WAL: no reader was left holding it.
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    QTest::qWait(200);
    QCOMPARE(arrived.count(), 0); // the cancelled result never shows
    QCOMPARE(model.rowCount(), 0);

    // Reopened and changed: the next computation shows the database as it is now.
    auto store = Store::openWithKey(path, key);
    QVERIFY(store);
    (*store)->setActor(QStringLiteral("测试员"));
    Workspace ws(std::move(*store));
    QVERIFY(addPersonWithoutPhone(ws, QStringLiteral("蒋雪")));
    model.refreshInBackground(ws);
    QVERIFY(arrived.wait(30000));
    QCOMPARE(findingLines(model.findings()), findingLines(computedNow(ws)));
    bool found = false;
    for (const Finding& f : model.findings())
        found = found || f.title.contains(QStringLiteral("蒋雪"));
    QVERIFY(found);
    model.cancel();
}

QTEST_GUILESS_MAIN(TestFindingsModel)
#include "TestFindingsModel.moc"
