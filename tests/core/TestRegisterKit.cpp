// The register kit is generic: a register declared only in tests/support/ToyRegister.cpp (a schema of about
// fifty lines) gets
// its table and migrations, repository, search and filters, import with per-row errors, export, the printed
// form, undo, status transitions, child rows and the command line, with no other code (its page: tests/gui).
#include "CliContext.h"
#include "Clock.h"
#include "Migration.h"
#include "PeopleSchema.h"
#include "RecordWriter.h"
#include "RegisterExport.h"
#include "RegisterImport.h"
#include "RegisterModule.h"
#include "RegisterRepository.h"
#include "RegisterTableModel.h"
#include "RegisterUndo.h"
#include "TempStore.h"
#include "ToyRegister.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace csl;
using namespace csl::test;

namespace {

using test::loans;
using test::loanChecks;
using test::overdueLoans;


QString writeFile(const QString& dir, const char* name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(QString::fromLatin1(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
    return path;
}

Record loan(const char* item, const char* ip, const char* kind = "laptop")
{
    Record r = loans().newRecord();
    loans().setValue(r, QStringLiteral("item"), QString::fromUtf8(item));
    loans().setValue(r, QStringLiteral("ip"), QString::fromLatin1(ip));
    loans().setValue(r, QStringLiteral("kind"), QString::fromLatin1(kind));
    loans().setValue(r, QStringLiteral("lent_on"), QStringLiteral("2026-11-02"));
    return r;
}

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs campusledger-cli's commands in this process, where the toy register exists.
CliResult runCli(const QStringList& args)
{
    CliResult r;
    cli::setSink([&r](const QString& line, bool error) { (error ? r.err : r.out) += line + u'\n'; });
    r.code = cli::run(QStringList{QStringLiteral("campusledger-cli")} + args);
    cli::setSink({});
    return r;
}

} // namespace

class TestRegisterKit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::registerLoans();
        qputenv("CAMPUSLEDGER_PASSPHRASE", kPassphrase.toUtf8());
        qputenv("CAMPUSLEDGER_KDF_PROFILE", "test");
    }
    void cleanup() { Clock::setFixed({}); }

    void migrationsFromTheSchema()
    {
        const QList<Migration> m = loans().migrations();
        QCOMPARE(m.size(), 2);
        QVERIFY(m.at(0).statements.first().contains(u"CREATE TABLE loans"));
        QVERIFY(!m.at(0).statements.first().contains(u"room"));
        QCOMPARE(m.at(1).statements, QStringList{QStringLiteral("ALTER TABLE loans ADD COLUMN room TEXT")});
        TempWorkspace tw;
        QVERIFY(tw.store().columns(QStringLiteral("loans")).contains(u"room"_qs));
        QVERIFY(tw.store().columns(QStringLiteral("loan_checks")).contains(u"loan_id"_qs));
        // Writes without the repository are refused by the kit's triggers.
        QSqlQuery q(tw.store().database());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO loans (id, item, kind, status) VALUES ('x', 'y', 'laptop', 'lent')")));
    }

    void repositoryValidatesAndJournals()
    {
        TempWorkspace tw;
        RegisterRepository repo(tw.store(), loans());
        Record bad = loan("", "10.0.0.300", "toaster");
        loans().setValue(bad, QStringLiteral("mac"), QStringLiteral("zz"));
        loans().setValue(bad, QStringLiteral("count"), QStringLiteral("many"));
        const auto refused = repo.add(bad);
        QVERIFY(!refused);
        for (const char* word : {"Item", "10.0.0.300", "toaster", "zz", "many"})
            QVERIFY2(refused.error().message.contains(QString::fromLatin1(word)), qPrintable(refused.error().message));
        Record good = loan("ThinkPad T14", "10.0.0.9");
        loans().setValue(good, QStringLiteral("mac"), QStringLiteral("AA-BB-CC-00-11-22"));
        loans().setValue(good, QStringLiteral("checked"), QString::fromUtf8("是"));
        loans().setValue(good, QStringLiteral("kind"), QString::fromUtf8("笔记本"));
        auto id = repo.add(good);
        QVERIFY2(id, qPrintable(id.ok() ? QString() : id.error().message));
        const Record stored = *repo.find(*id);
        QCOMPARE(loans().value(stored, QStringLiteral("mac")), QStringLiteral("aa:bb:cc:00:11:22"));
        QCOMPARE(loans().value(stored, QStringLiteral("checked")), QStringLiteral("1"));
        QCOMPARE(loans().value(stored, QStringLiteral("kind")), QStringLiteral("laptop"));
        QCOMPARE(loans().value(stored, QStringLiteral("status")), QStringLiteral("lent"));
        // Status moves only along the declared transitions; each move is a journaled update.
        QVERIFY(repo.transition(*id, QStringLiteral("returned")));
        const Status back = repo.transition(*id, QStringLiteral("lent"));
        QVERIFY(!back);
        QVERIFY2(back.error().message.contains(u"Returned"), qPrintable(back.error().message));
        // Child rows belong to their loan.
        RegisterRepository checks(tw.store(), loanChecks());
        Record c = loanChecks().newRecord();
        loanChecks().setValue(c, QStringLiteral("loan_id"), *id);
        loanChecks().setValue(c, QStringLiteral("finding"), QStringLiteral("screen scratched"));
        QVERIFY(checks.add(c));
        QCOMPARE(checks.children(*id).size(), 1);
        QCOMPARE(checks.children(QStringLiteral("other")).size(), 0);
        QSqlQuery q(tw.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT op, fields FROM journal WHERE record_id = '%1' ORDER BY seq").arg(*id)));
        QStringList ops;
        while (q.next())
            ops << q.value(0).toString();
        QCOMPARE(ops, (QStringList{QStringLiteral("insert"), QStringLiteral("update")}));
        QVERIFY(tw.store().journal().verify().ok);
    }

    void tableSearchFiltersSort()
    {
        TempWorkspace tw;
        RegisterRepository repo(tw.store(), loans());
        QVERIFY(repo.add(loan("Projector A", "10.0.0.10", "projector")));
        QVERIFY(repo.add(loan("ThinkPad T14", "10.0.0.9")));
        Record third = loan("Dell XPS", "2001:db8::5");
        loans().setValue(third, QStringLiteral("department"), QString::fromUtf8("教务处"));
        QVERIFY(repo.add(third));
        RegisterTableModel model(loans());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(repo.all());
        QCOMPARE(model.rowCount(), 3);
        const int ip = model.columnOf(QStringLiteral("ip"));
        model.sort(ip, Qt::AscendingOrder);
        QCOMPARE(loans().value(model.recordAt(0), QStringLiteral("ip")), QStringLiteral("10.0.0.9")); // numerically
        QCOMPARE(loans().value(model.recordAt(2), QStringLiteral("ip")), QStringLiteral("2001:db8::5"));
        model.setSearch(QStringLiteral("think"));
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(QString());
        // Several filters at once; clearing one keeps the other.
        model.setFieldFilter(QStringLiteral("kind"), QStringLiteral("laptop"));
        QCOMPARE(model.rowCount(), 2);
        model.setColumnFilter(model.columnOf(QStringLiteral("department")), QString::fromUtf8("教务"));
        QCOMPARE(model.rowCount(), 1);
        model.setFieldFilter(QStringLiteral("kind"), QString());
        QCOMPARE(model.rowCount(), 1);
        model.setExtraFilter([](const Record& r) { return r.values.value(4).startsWith(u"10."); });
        QCOMPARE(model.rowCount(), 0);
        model.clearFilters();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(model.columnOf(QStringLiteral("kind")), Qt::Horizontal).toString(),
                 QStringLiteral("Kind"));
        QCOMPARE(model.index(model.rowOf(model.recordAt(0).id), model.columnOf(QStringLiteral("checked"))).data(),
                 QVariant(QString()));
    }

    void importNamesRowAndColumnAllOrNothing()
    {
        TempWorkspace tw;
        const QString csv = writeFile(tw.dir(), "loans.csv",
                                      "物品,类别,借用人,部门,IP地址,借出日期,数量\n"
                                      "ThinkPad T14,笔记本,王芳,教务处,10.0.0.9,2026-11-02,1\n"
                                      "Projector A,投影仪,李娜,政教处,10.0.0.300,2026-11-03,1\n"
                                      "Dell XPS,笔记本,王芳,教务处,10.0.0.11,2026-13-40,1\n"
                                      "Camera,toaster,,,10.0.0.12,,2\n"
                                      "Epson EB,投影仪,陈静,总务处,10.0.0.13,,x\n");
        auto table = RegisterImport::readFile(csv);
        QVERIFY(table);
        RegisterImport import(tw.store(), loans());
        const auto mapping = import.guessMapping(table->header);
        QCOMPARE(mapping.value(QStringLiteral("borrower")), 2);
        const auto plan = import.prepare(*table, mapping);
        QCOMPARE(plan.records.size(), 1);
        QCOMPARE(plan.badRows, 4);
        QStringList lines;
        for (const auto& e : plan.errors)
            lines << e.format();
        QVERIFY2(lines.at(0).startsWith(u"row 3, column IP地址: \"10.0.0.300\""_qs), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.at(1).startsWith(u"row 4, column 借出日期: \"2026-13-40\""_qs), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(u"row 5, column 类别: \"toaster\""_qs), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(u"row 6, column 数量: \"x\""_qs), qPrintable(lines.at(3)));
        QVERIFY(!import.commit(plan, false));
        QCOMPARE(RegisterReader(tw.store(), loans()).count(), 0);
        QCOMPARE(RegisterReader(tw.store(), PeopleSchema::schema()).count(), 0);
        QVERIFY(import.commit(plan, true));
        const QList<Record> all = RegisterReader(tw.store(), loans()).all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(loans().personName(all.first(), loans().fieldIndex(QStringLiteral("borrower"))), u"王芳"_qs);
        // Only the borrower of the written row joined the directory.
        QCOMPARE(RegisterReader(tw.store(), PeopleSchema::schema()).count(), 1);

        // Undo of the import removes what it added, in one step.
        RegisterUndo undo;
        undo.record(RegisterUndo::Change::Imported, plan.records);
        QVERIFY(undo.undo(tw.store(), loans()));
        QCOMPARE(RegisterReader(tw.store(), loans()).count(), 0);
        QVERIFY(tw.store().journal().verify().ok);
    }

    void exportRoundTripAndPrint_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("loans.csv");
        QTest::newRow("xlsx") << QStringLiteral("loans.xlsx");
    }
    void exportRoundTripAndPrint()
    {
        QFETCH(QString, name);
        TempWorkspace a;
        RegisterRepository repo(a.store(), loans());
        Record r = loan("ThinkPad T14", "10.0.0.9");
        loans().setValue(r, QStringLiteral("due"), QStringLiteral("2026-12-05 17:30"));
        loans().setValue(r, QStringLiteral("checked"), QStringLiteral("1"));
        QVERIFY(repo.add(r));
        QVERIFY(repo.add(loan("Projector A", "10.0.0.10", "projector")));
        const QString path = QDir(a.dir()).filePath(name);
        QVERIFY(RegisterExport::write(path, RegisterExport::formatFor(path), loans(), repo.all()));

        TempWorkspace b;
        auto back = RegisterImport::readFile(path);
        QVERIFY(back);
        RegisterImport import(b.store(), loans());
        const auto plan = import.prepare(*back, import.guessMapping(back->header));
        QCOMPARE(plan.badRows, 0);
        QVERIFY(import.commit(plan, false));
        const QList<Record> before = repo.all();
        const QList<Record> after = RegisterReader(b.store(), loans()).all();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i)
            for (int f = 0; f < loans().fields().size(); ++f)
                if (loans().fields().at(f).kind != FieldKind::Person)
                    QCOMPARE(after.at(i).values.at(f), before.at(i).values.at(f));

        // The printed form: numbered rows of the Printed columns and the signature lines.
        const ReportDocument doc = RegisterExport::form(loans(), QStringLiteral("Test School"), repo.all());
        const QString html = doc.html();
        QVERIFY(html.contains(u"ThinkPad T14") && html.contains(u"Projector A") && html.contains(u"Lent by"));
        QVERIFY(!html.contains(u"Count")); // not a Printed column
        const QString pdf = QDir(a.dir()).filePath(QStringLiteral("loans.pdf"));
        QVERIFY(doc.writePdf(pdf));
        QVERIFY(QFileInfo(pdf).size() > 2000);
    }

    void undoEveryKindOfChange()
    {
        TempWorkspace tw;
        RegisterRepository repo(tw.store(), loans());
        const QString a = *repo.add(loan("ThinkPad T14", "10.0.0.9"));
        const QString b = *repo.add(loan("Projector A", "10.0.0.10", "projector"));
        RegisterUndo undo;
        // Edit.
        Record before = *repo.find(a);
        Record edited = before;
        loans().setValue(edited, QStringLiteral("item"), QStringLiteral("ThinkPad X1"));
        QVERIFY(repo.update(edited));
        undo.record(RegisterUndo::Change::Edited, {before});
        QVERIFY(undo.undo(tw.store(), loans()));
        QCOMPARE(loans().value(*repo.find(a), QStringLiteral("item")), QStringLiteral("ThinkPad T14"));
        QVERIFY(!undo.canUndo());
        // Bulk edit, validated whole and undone whole.
        const QList<Record> both{*repo.find(a), *repo.find(b)};
        QVERIFY(!repo.updateMany({a, b}, {{QStringLiteral("kind"), QStringLiteral("toaster")}}));
        QVERIFY(repo.updateMany({a, b}, {{QStringLiteral("checked"), QString::fromUtf8("是")}}));
        undo.record(RegisterUndo::Change::Edited, both);
        QVERIFY(undo.undo(tw.store(), loans()));
        QCOMPARE(loans().value(*repo.find(b), QStringLiteral("checked")), QString());
        // Removal.
        QVERIFY(repo.removeMany({a, b}));
        QCOMPARE(repo.count(), 0);
        undo.record(RegisterUndo::Change::Removed, both);
        QVERIFY(undo.undo(tw.store(), loans()));
        QCOMPARE(repo.count(), 2);
        // Add.
        const QString c = *repo.add(loan("Camera", "10.0.0.12"));
        undo.record(RegisterUndo::Change::Added, {*repo.find(c)});
        QVERIFY(undo.undo(tw.store(), loans()));
        QCOMPARE(repo.count(), 2);
        QVERIFY(tw.store().journal().verify().ok);
    }

    void findingsRecomputedOnlyForTheModuleWritten()
    {
        TempWorkspace tw;
        Clock::setFixed(QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
        const int before = test::ruleRuns();
        QVERIFY(tw.ws().findings().isEmpty());
        QCOMPARE(test::ruleRuns(), before + 1);
        // A write to another register leaves the loans' findings as they were computed.
        Record person = PeopleSchema::schema().newRecord();
        PeopleSchema::schema().setValue(person, QStringLiteral("name"), u"卫东"_qs);
        QVERIFY(RegisterRepository(tw.store(), PeopleSchema::schema()).add(person));
        const QList<Finding> afterPerson = tw.ws().findings();
        QCOMPARE(afterPerson.size(), 1); // the person without a phone (R-DEV-5), computed anew
        QCOMPARE(test::ruleRuns(), before + 1);
        // A write to the loans does recompute them.
        Record r = loan("ThinkPad T14", "10.0.0.9");
        loans().setValue(r, QStringLiteral("due"), QStringLiteral("2026-12-01 08:30"));
        QVERIFY(RegisterRepository(tw.store(), loans()).add(r));
        const QList<Finding> afterLoan = tw.ws().findings(QStringLiteral("loans"));
        QCOMPARE(test::ruleRuns(), before + 2);
        QCOMPARE(afterLoan.size(), 1);
        QCOMPARE(afterLoan.first().deadline, QDateTime(QDate(2026, 12, 1), QTime(8, 30)));
        tw.ws().findings(QStringLiteral("loans"));
        QCOMPARE(test::ruleRuns(), before + 2);
        // Time passing is a change too: the next minute asks the rules again.
        Clock::setFixed(QDateTime(QDate(2026, 12, 1), QTime(9, 1)));
        tw.ws().findings(QStringLiteral("loans"));
        QCOMPARE(test::ruleRuns(), before + 3);
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("school.cldb"));
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--school"),
                      QStringLiteral("Test School"), QStringLiteral("--code"), QStringLiteral("3210000001"),
                      QStringLiteral("--officer"), QStringLiteral("周晓梅")})
                     .code,
                 0);
        const CliResult registers = runCli({QStringLiteral("registers")});
        QVERIFY2(registers.out.contains(u"loans\tEquipment loans"), qPrintable(registers.out));
        QVERIFY(registers.out.contains(u"people\t") && registers.out.contains(u"devices\t"));

        const QString csv = writeFile(dir.path(), "in.csv",
                                      "物品,借用人,IP地址,归还期限\n"
                                      "ThinkPad T14,王芳,10.0.0.9,2026-12-03 17:00\n"
                                      "Projector A,李娜,10.0.0.300,\n");
        const CliResult refused = runCli({QStringLiteral("import"), QStringLiteral("loans"), QStringLiteral("--db"), db, csv});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"row 3, column IP地址: "_qs), qPrintable(refused.err));
        const CliResult imported = runCli({QStringLiteral("import"), QStringLiteral("loans"), QStringLiteral("--db"), db,
                                        csv, QStringLiteral("--skip-bad-rows")});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(u"imported 1 loan(s)"), qPrintable(imported.out));

        const CliResult listed = runCli({QStringLiteral("list"), QStringLiteral("loans"), QStringLiteral("--db"), db,
                                      QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        const QJsonArray arr = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(arr.size(), 1);
        QCOMPARE(arr.at(0).toObject().value(QStringLiteral("borrower_name")).toString(), u"王芳"_qs);
        QCOMPARE(runCli({QStringLiteral("list"), QStringLiteral("loans"), QStringLiteral("--db"), db,
                      QStringLiteral("--search"), QStringLiteral("nothing-like-this")})
                     .out.count(u'\n'),
                 1); // the header only

        const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("loans"), QStringLiteral("--db"), db,
                      QStringLiteral("--format"), QStringLiteral("xlsx"), xlsx})
                     .code,
                 0);
        QVERIFY(QFileInfo(xlsx).size() > 1000);
        const QString pdf = dir.filePath(QStringLiteral("loans.pdf"));
        QCOMPARE(runCli({QStringLiteral("print"), QStringLiteral("loans"), QStringLiteral("--db"), db,
                      QStringLiteral("--out"), pdf})
                     .code,
                 0);
        QVERIFY(QFileInfo(pdf).size() > 2000);

        // Findings at a chosen moment: not yet due on the 2nd, overdue on the 4th.
        const auto at = [&](const char* when) {
            return runCli({QStringLiteral("findings"), QStringLiteral("--db"), db, QStringLiteral("--module"),
                        QStringLiteral("loans"), QStringLiteral("--at"), QString::fromLatin1(when)})
                .out;
        };
        QVERIFY(!at("2026-12-02T09:00").contains(u"R-TEST-1"));
        const QString overdue = at("2026-12-04T09:00");
        QVERIFY2(overdue.contains(u"R-TEST-1\twarning\tloans\t2026-12-03T17:00\tThinkPad T14 is overdue"),
                 qPrintable(overdue));
        QCOMPARE(runCli({QStringLiteral("findings"), QStringLiteral("--db"), db, QStringLiteral("--at"),
                      QStringLiteral("tomorrow")})
                     .code,
                 2);
        QCOMPARE(runCli({QStringLiteral("list"), QStringLiteral("nosuch"), QStringLiteral("--db"), db}).code, 2);
    }
};

QTEST_MAIN(TestRegisterKit) // printing needs the font database of a QGuiApplication
#include "TestRegisterKit.moc"
