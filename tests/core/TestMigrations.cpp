// Migrations: versioned, one transaction each, a failure names itself and changes nothing.
#include "TempStore.h"

#include "MigrationRunner.h"

#include <QSqlQuery>
#include <QtTest>

using namespace csl;
using namespace csl::test;

class TestMigrations : public QObject
{
    Q_OBJECT

    static QStringList tables(Store& s)
    {
        return s.database().tables();
    }

private Q_SLOTS:
    void appliesInOrderOnce()
    {
        TempWorkspace t;
        MigrationRunner runner(t.store());
        const QList<Migration> list{
            {1, u"create"_qs, {u"CREATE TABLE demo_a (x INTEGER)"_qs}, {}},
            {2, u"second table"_qs, {u"CREATE TABLE demo_b (y TEXT)"_qs}, {}},
        };
        QVERIFY(runner.run(u"demo"_qs, list));
        QCOMPARE(runner.appliedVersion(u"demo"_qs), 2);
        QVERIFY(runner.run(u"demo"_qs, list)); // nothing pending: no "table exists" error
        QVERIFY(tables(t.store()).contains(u"demo_b"_qs));

        QSqlQuery q(t.store().database());
        QVERIFY(q.exec(u"PRAGMA user_version"_qs) && q.next());
        const int uv = q.value(0).toInt();
        QVERIFY(q.exec(u"SELECT count(*) FROM schema_migrations"_qs) && q.next());
        QCOMPARE(uv, q.value(0).toInt());
    }

    void failureRollsBackAndNamesTheMigration()
    {
        TempWorkspace t;
        MigrationRunner runner(t.store());
        QVERIFY(runner.run(u"demo"_qs, {{1, u"create"_qs, {u"CREATE TABLE demo_a (x INTEGER)"_qs}, {}}}));
        const QList<Migration> list{
            {1, u"create"_qs, {u"CREATE TABLE demo_a (x INTEGER)"_qs}, {}},
            {2, u"add column and index"_qs,
             {u"CREATE TABLE demo_c (z TEXT)"_qs, u"INSERT INTO demo_a VALUES (1)"_qs,
              u"CREATE INDEX broken ON no_such_table (q)"_qs},
             {}},
        };
        const Status st = runner.run(u"demo"_qs, list);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Migration);
        QVERIFY2(st.error().message.contains(u"demo/2"_qs), qPrintable(st.error().message));
        QVERIFY(st.error().message.contains(u"add column and index"_qs));
        QVERIFY(st.error().message.contains(u"no_such_table"_qs));
        QCOMPARE(runner.appliedVersion(u"demo"_qs), 1);
        QVERIFY(!tables(t.store()).contains(u"demo_c"_qs));
        QSqlQuery q(t.store().database());
        QVERIFY(q.exec(u"SELECT count(*) FROM demo_a"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void functionStepsJoinTheTransaction()
    {
        TempWorkspace t;
        MigrationRunner runner(t.store());
        Migration m{1, u"data fix"_qs, {u"CREATE TABLE demo_f (x INTEGER)"_qs},
                    [](QSqlDatabase& db) -> Status {
                        QSqlQuery(db).exec(u"INSERT INTO demo_f VALUES (42)"_qs);
                        return Error{Error::Migration, u"refused by the data check"_qs};
                    }};
        const Status st = runner.run(u"fn"_qs, {m});
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(u"refused by the data check"_qs));
        QVERIFY(!tables(t.store()).contains(u"demo_f"_qs));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
