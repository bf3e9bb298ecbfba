// The journal: chained entries, tamper detection, and no change without an entry.
#include "TempStore.h"

#include "PersonRepository.h"
#include "RecordAudit.h"
#include "RecordWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace csl;
using namespace csl::test;

class TestJournal : public QObject
{
    Q_OBJECT

    static QString addPerson(Store& s, const QString& name)
    {
        auto r = PersonRepository(s).add({{}, name, {}, u"教务处"_qs, {}, {}, false});
        return r ? *r : QString();
    }

private Q_SLOTS:
    void everyChangeIsJournaled()
    {
        TempWorkspace t;
        Store& s = t.store();
        const qint64 before = s.journal().headSeq();
        const QString id = addPerson(s, u"孙悦"_qs);
        QVERIFY(!id.isEmpty());
        PersonRecord p = *PersonRepository(s).find(id);
        p.phone = u"13500000001"_qs;
        QVERIFY(PersonRepository(s).update(p));
        QVERIFY(PersonRepository(s).remove(id));
        QVERIFY(RecordWriter(s).restore(u"people"_qs, u"people"_qs, id));

        auto entries = s.journal().entriesAfter(before, 100);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 4);
        const QStringList ops{u"insert"_qs, u"update"_qs, u"delete"_qs, u"restore"_qs};
        for (int i = 0; i < 4; ++i) {
            const JournalEntry& e = entries->at(i);
            QCOMPARE(e.op, ops.at(i));
            QCOMPARE(e.module, u"people"_qs);
            QCOMPARE(e.recordId, id);
            QCOMPARE(e.actor, u"测试员"_qs);
            QCOMPARE(e.hash, e.computeHash());
            QCOMPARE(e.hash.size(), 64);
            if (i > 0)
                QCOMPARE(e.prevHash, entries->at(i - 1).hash);
        }
        const QJsonObject after = QJsonDocument::fromJson(entries->at(1).fields).object();
        QCOMPARE(after.value(u"phone").toString(), u"13500000001"_qs);
        QCOMPARE(after.value(u"name").toString(), u"孙悦"_qs);
        QVERIFY(!after.contains(u"journal_seq"));
        QVERIFY(!QJsonDocument::fromJson(entries->at(2).fields).object().value(u"deleted_at").isNull());
        QVERIFY(QJsonDocument::fromJson(entries->at(3).fields).object().value(u"deleted_at").isNull());

        const JournalVerdict v = s.journal().verify();
        QVERIFY(v.ok);
        QCOMPARE(v.count, s.journal().headSeq());
        QCOMPARE(v.headHash, entries->last().hash);
    }

    void failedWriteLeavesNoEntry()
    {
        TempWorkspace t;
        Store& s = t.store();
        addPerson(s, u"甲"_qs);
        const qint64 head = s.journal().headSeq();
        const Status st = s.write([&]() -> Status {
            if (addPerson(s, u"乙"_qs).isEmpty())
                return Error{Error::Database, u"unexpected"_qs};
            return Error{Error::Cancelled, u"the caller gave up"_qs};
        });
        QVERIFY(!st);
        QCOMPARE(s.journal().headSeq(), head);
        QCOMPARE(PersonRepository(s).count(), 1);
        // The cached head was forgotten: the next write chains correctly.
        addPerson(s, u"丙"_qs);
        QVERIFY(s.journal().verify().ok);
    }

    void bypassingTheJournalIsRefused()
    {
        TempWorkspace t;
        Store& s = t.store();
        const QString id = addPerson(s, u"赵敏"_qs);
        QSqlQuery q(s.database());
        // Straight SQL through the application's own connection.
        QVERIFY(!q.exec(u"UPDATE people SET phone = '110' WHERE id = '%1'"_qs.arg(id)));
        QVERIFY(q.lastError().databaseText().contains(u"journal"_qs));
        QVERIFY(!q.exec(u"INSERT INTO people (id, name, created_at, updated_at, journal_seq) "
                        "VALUES ('x', 'ghost', '', '', 1)"_qs));
        QVERIFY(q.lastError().databaseText().contains(u"journal"_qs));
        QVERIFY(!q.exec(u"DELETE FROM people WHERE id = '%1'"_qs.arg(id)));
        QVERIFY(q.lastError().databaseText().contains(u"soft-deleted"_qs));
        // Reusing the row's own entry to sneak a change in.
        QVERIFY(!q.exec(u"UPDATE people SET phone = '110', journal_seq = journal_seq WHERE id = '%1'"_qs.arg(id)));
        // Pointing at an entry of another record.
        const QString other = addPerson(s, u"钱多多"_qs);
        QVERIFY(!other.isEmpty());
        QVERIFY(!q.exec(u"UPDATE people SET phone = '110', journal_seq = (SELECT max(seq) FROM journal) "
                        "WHERE id = '%1'"_qs.arg(id)));
        // The journal itself is append-only.
        QVERIFY(!q.exec(u"UPDATE journal SET actor = 'someone else' WHERE seq = 1"_qs));
        QVERIFY(!q.exec(u"DELETE FROM journal WHERE seq = 1"_qs));
        QVERIFY(!q.exec(u"INSERT INTO journal (seq, time, actor, module, record_id, op, fields, prev_hash, hash) "
                        "VALUES (999, '', '', '', '', '', '', '', '')"_qs));

        QVERIFY(q.exec(u"SELECT phone FROM people WHERE id = '%1'"_qs.arg(id)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().isEmpty());
        QCOMPARE(PersonRepository(s).all(true).size(), 2);
        QVERIFY(s.journal().verify().ok);
    }

    void rowsMatchTheirJournalEntries()
    {
        TempWorkspace t;
        Store& s = t.store();
        const QString a = addPerson(s, u"吴桐"_qs);
        const QString b = addPerson(s, u"郑爽"_qs);
        PersonRecord p = *PersonRepository(s).find(a);
        p.phone = u"13012345678"_qs;
        QVERIFY(PersonRepository(s).update(p));
        QVERIFY(PersonRepository(s).remove(b));
        RecordAuditVerdict ok = RecordAudit::run(s);
        QVERIFY2(ok.ok, qPrintable(ok.reason));
        QCOMPARE(ok.rows, 2);

        const SecureBytes key = s.key();
        t.close();
        {
            RawConnection raw(t.path(), key);
            QCOMPARE(raw.exec(u"DROP TRIGGER people_journal_update"_qs), QString());
            QCOMPARE(raw.exec(u"UPDATE people SET department = '总务处' WHERE id = '%1'"_qs.arg(a)), QString());
        }
        auto opened = Store::open(t.path(), kPassphrase);
        QVERIFY(opened);
        QVERIFY((*opened)->journal().verify().ok); // the chain itself is intact
        const RecordAuditVerdict bad = RecordAudit::run(**opened);
        QVERIFY(!bad.ok);
        QCOMPARE(bad.table, u"people"_qs);
        QCOMPARE(bad.recordId, a);
        QVERIFY(bad.reason.contains(u"department"_qs));
    }

    void tamperedEntryIsNamed_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::newRow("fields") << u"UPDATE journal SET fields = replace(fields, '周', '吴') WHERE seq = %1"_qs;
        QTest::newRow("actor") << u"UPDATE journal SET actor = 'intruder' WHERE seq = %1"_qs;
        QTest::newRow("hash recomputed badly") << u"UPDATE journal SET hash = '%2' WHERE seq = %1"_qs;
        QTest::newRow("deleted") << u"DELETE FROM journal WHERE seq = %1"_qs;
    }

    void tamperedEntryIsNamed()
    {
        QFETCH(QString, tamper);
        TempWorkspace t;
        Store& s = t.store();
        for (int i = 0; i < 6; ++i)
            addPerson(s, u"周%1"_qs.arg(i));
        const qint64 victim = s.journal().headSeq() - 3;
        const SecureBytes key = s.key();
        t.close();
        {
            // A raw connection, as someone with the key but not the app would use.
            RawConnection raw(t.path(), key);
            QCOMPARE(raw.exec(u"DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete"_qs), QString());
            QCOMPARE(raw.exec(tamper.arg(victim).arg(QString(64, u'a'))), QString());
        }
        auto opened = Store::open(t.path(), kPassphrase);
        QVERIFY(opened);
        const JournalVerdict v = (*opened)->journal().verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBroken, victim);
        QVERIFY(v.reason.contains(QString::number(victim)));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "TestJournal.moc"
