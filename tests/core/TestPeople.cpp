// The people directory and its findings.
#include "TempStore.h"

#include "DemoSchool.h"
#include "PeopleSchema.h"
#include "PersonRepository.h"
#include "RegisterExport.h"
#include "RegisterImport.h"
#include "RegisterRepository.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace csl;
using namespace csl::test;

class TestPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation()
    {
        QVERIFY(PersonRepository::validate({{}, u"  "_qs, {}, {}, {}, {}, false}).contains(u"Name"_qs));
        QVERIFY(PersonRepository::validate({{}, u"王五"_qs, {}, {}, {}, u"call me"_qs, false}).contains(u"Phone"_qs));
        QVERIFY(PersonRepository::validate({{}, u"王五"_qs, {}, {}, {}, u"0514-87654321"_qs, false}).isEmpty());
        TempWorkspace t;
        auto bad = PersonRepository(t.store()).add({{}, QString(), {}, {}, {}, {}, false});
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, Error::InvalidInput);
        QCOMPARE(t.store().journal().headSeq(), 0);
    }

    void crudAndSoftDelete()
    {
        TempWorkspace t;
        PersonRepository repo(t.store());
        auto id = repo.add({{}, u"黄丽"_qs, u"T100"_qs, u"德育处"_qs, u"主任"_qs, u"13700000000"_qs, false});
        QVERIFY(id);
        PersonRecord p = *repo.find(*id);
        QCOMPARE(p.department, u"德育处"_qs);
        p.post = u"副校长"_qs;
        QVERIFY(repo.update(p));
        QCOMPARE(repo.find(*id)->post, u"副校长"_qs);
        QVERIFY(repo.remove(*id));
        QCOMPARE(repo.count(), 0);
        QCOMPARE(repo.all(true).size(), 1);
        QVERIFY(repo.find(*id)->deleted);
    }

    void missingPhoneIsAFinding()
    {
        TempWorkspace t;
        PersonRepository repo(t.store());
        QVERIFY(repo.add({{}, u"有电话"_qs, {}, {}, {}, u"13800000000"_qs, false}));
        auto id = repo.add({{}, u"没电话"_qs, {}, {}, {}, {}, false});
        QVERIFY(id);
        const QList<Finding> f = t.ws().findings(u"people"_qs);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().ruleId, u"R-DEV-5"_qs);
        QCOMPARE(f.first().recordId, *id);
    }

    void importAndExportAsHrSheetsNameThem_data()
    {
        QTest::addColumn<QString>("out");
        QTest::newRow("csv") << u"people.csv"_qs;
        QTest::newRow("xlsx") << u"people.xlsx"_qs;
    }
    void importAndExportAsHrSheetsNameThem()
    {
        QFETCH(QString, out);
        TempWorkspace t;
        // Headers as a school's staff list writes them, one row with a bad phone number.
        const QString csv = QDir(t.dir()).filePath(u"staff.csv"_qs);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("序号,姓名,工号,部门,岗位/职务,联系电话\n"
                    "1,黄丽,T100,德育处,主任,13700000000\n"
                    "2,周强,T101,信息中心,网络管理员,call me\n"
                    "3,陈静,T102,教务处,教师,0514-87654321\n");
        }
        auto table = RegisterImport::readFile(csv);
        QVERIFY(table);
        const RegisterSchema& people = PeopleSchema::schema();
        RegisterImport import(t.store(), people);
        const auto mapping = import.guessMapping(table->header);
        QCOMPARE(mapping.value(u"name"_qs), 1);
        QCOMPARE(mapping.value(u"staff_no"_qs), 2);
        QCOMPARE(mapping.value(u"post"_qs), 4);
        QCOMPARE(mapping.value(u"phone"_qs), 5);
        const auto plan = import.prepare(*table, mapping);
        QCOMPARE(plan.badRows, 1);
        QVERIFY2(plan.errors.first().format().startsWith(u"row 3, column 联系电话: \"call me\""_qs),
                 qPrintable(plan.errors.first().format()));
        QVERIFY(!import.commit(plan, false));
        QCOMPARE(PersonRepository(t.store()).count(), 0);
        QVERIFY(import.commit(plan, true));
        QCOMPARE(PersonRepository(t.store()).count(), 2);

        // Exported, and read back into another school unchanged.
        const QString path = QDir(t.dir()).filePath(out);
        const QList<Record> before = RegisterReader(t.store(), people).all();
        QVERIFY(RegisterExport::write(path, RegisterExport::formatFor(path), people, before));
        QVERIFY(RegisterExport::holdsPersonalData(people)); // the page and the CLI warn: the file is not encrypted
        TempWorkspace u;
        auto back = RegisterImport::readFile(path);
        QVERIFY(back);
        RegisterImport again(u.store(), people);
        QVERIFY(again.commit(again.prepare(*back, again.guessMapping(back->header)), false));
        const QList<Record> after = RegisterReader(u.store(), people).all();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i)
            QCOMPARE(after.at(i).values, before.at(i).values);
        QVERIFY(u.store().journal().verify().ok);
    }

    void demoSchoolIsRealistic()
    {
        TempWorkspace t;
        DemoSchool::Options opt;
        opt.devices = 100;
        QVERIFY(DemoSchool::build(t.ws(), opt));
        QCOMPARE(t.ws().schoolName(), u"江苏省扬州市育才实验学校"_qs);
        const auto people = PersonRepository(t.store()).all();
        QCOMPARE(people.size(), DemoSchool::peopleFor(100));
        for (const PersonRecord& p : people) {
            QVERIFY(p.name.size() >= 2 && p.name.size() <= 4);
            QVERIFY(p.name.at(0).script() == QChar::Script_Han);
            QVERIFY(!p.department.isEmpty());
        }
        QVERIFY(t.store().journal().verify().ok);
        // Same seed, same school.
        TempWorkspace u;
        QVERIFY(DemoSchool::build(u.ws(), opt));
        QCOMPARE(PersonRepository(u.store()).all().first().name, people.first().name);
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "TestPeople.moc"
