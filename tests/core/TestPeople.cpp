// The people directory and its findings.
#include "TempStore.h"

#include "DemoSchool.h"
#include "PersonRepository.h"

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
