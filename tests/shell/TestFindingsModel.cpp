// FindingsModel over Workspace::findings(): order, roles, due-soon counting, model invariants.
#include "FindingsModel.h"
#include "PersonRepository.h"
#include "TempStore.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace csl;

class TestFindingsModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromWorkspace();
    void orderAndDue();
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
        f.deadline = deadline;
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

QTEST_GUILESS_MAIN(TestFindingsModel)
#include "TestFindingsModel.moc"
