// The record audit: rows deleted, put back to an older version, or guards dropped behind the journal's back.
#include "TempStore.h"

#include "PersonRepository.h"
#include "RecordAudit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace csl;
using namespace csl::test;

class TestRecordAudit : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TempWorkspace t;
        QString kept;
        QString victim;
        SecureBytes key;
    };

    /// Two people, the second edited once; the workspace is closed so a raw connection can write.
    static void makeSchool(Fixture& f)
    {
        PersonRepository people(f.t.store());
        f.kept = *people.add({{}, u"郑老师"_qs, u"T001"_qs, u"教务处"_qs, {}, {}, false});
        f.victim = *people.add({{}, u"王老师"_qs, u"T002"_qs, u"总务处"_qs, {}, u"0514-0000001"_qs, false});
        PersonRecord p = *people.find(f.victim);
        p.post = u"保管员"_qs;
        QVERIFY(people.update(p));
        const RecordAuditVerdict before = RecordAudit::run(f.t.store());
        QVERIFY2(before.ok, qPrintable(before.reason));
        QCOMPARE(before.rows, qint64(2));
        f.key = f.t.store().key();
        f.t.close();
    }

    static RecordAuditVerdict audit(const Fixture& f)
    {
        auto opened = Store::open(f.t.path(), kPassphrase);
        if (!opened)
            return {false, 0, {}, {}, opened.error().message};
        // The chain itself stays intact in every case here: only the audit can tell.
        if (!(*opened)->journal().verify().ok)
            return {false, 0, {}, {}, u"chain broken"_qs};
        return RecordAudit::run(**opened);
    }

private Q_SLOTS:
    void rowDeletedBehindTheJournal()
    {
        Fixture f;
        makeSchool(f);
        {
            RawConnection raw(f.t.path(), f.key);
            const QString trigger = raw.scalar(u"SELECT sql FROM sqlite_master WHERE name = 'people_no_delete'"_qs);
            QVERIFY(!trigger.isEmpty());
            QCOMPARE(raw.exec(u"DROP TRIGGER people_no_delete"_qs), QString());
            QCOMPARE(raw.exec(u"DELETE FROM people WHERE id = '%1'"_qs.arg(f.victim)), QString());
            QCOMPARE(raw.exec(trigger), QString()); // the guard put back exactly as it was
        }
        const RecordAuditVerdict v = audit(f);
        QVERIFY(!v.ok);
        QCOMPARE(v.recordId, f.victim);
        QVERIFY2(v.reason.contains(f.victim) && v.reason.contains(u"no row"_qs), qPrintable(v.reason));
    }

    void rowPutBackToAnOlderVersion()
    {
        Fixture f;
        makeSchool(f);
        {
            RawConnection raw(f.t.path(), f.key);
            // The first version of the row, exactly as its insert entry recorded it.
            const QString firstSeq =
                raw.scalar(u"SELECT min(seq) FROM journal WHERE record_id = '%1'"_qs.arg(f.victim));
            const QString fields = raw.scalar(u"SELECT fields FROM journal WHERE seq = %1"_qs.arg(firstSeq));
            const QJsonObject o = QJsonDocument::fromJson(fields.toUtf8()).object();
            const QString trigger =
                raw.scalar(u"SELECT sql FROM sqlite_master WHERE name = 'people_journal_update'"_qs);
            QCOMPARE(raw.exec(u"DROP TRIGGER people_journal_update"_qs), QString());
            QCOMPARE(
                raw.exec(u"UPDATE people SET post = NULL, updated_at = '%1', journal_seq = %2 WHERE id = '%3'"_qs.arg(
                    o.value(u"updated_at").toString(), firstSeq, f.victim)),
                QString());
            QCOMPARE(raw.exec(trigger), QString());
        }
        const RecordAuditVerdict v = audit(f);
        QVERIFY(!v.ok);
        QCOMPARE(v.table, u"people"_qs);
        QCOMPARE(v.recordId, f.victim);
        QVERIFY2(v.reason.contains(u"newest"_qs), qPrintable(v.reason));
    }

    void guardMissingOrAltered_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("expected");
        QTest::newRow("register guard dropped")
            << u"DROP TRIGGER people_no_delete"_qs << u"trigger people_no_delete on people is missing"_qs;
        QTest::newRow("journal guard dropped")
            << u"DROP TRIGGER journal_no_update"_qs << u"trigger journal_no_update on journal is missing"_qs;
        QTest::newRow("guard weakened")
            << u"DROP TRIGGER people_no_delete; CREATE TRIGGER people_no_delete BEFORE DELETE ON people "
               "WHEN 0 BEGIN SELECT RAISE(FAIL, 'no'); END"_qs
            << u"trigger people_no_delete on people has been altered"_qs;
        QTest::newRow("trigger added") << u"CREATE TRIGGER people_fixup AFTER INSERT ON people BEGIN SELECT 1; END"_qs
                                       << u"trigger people_fixup on people is not one the application made"_qs;
    }

    void guardMissingOrAltered()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, expected);
        Fixture f;
        makeSchool(f);
        {
            RawConnection raw(f.t.path(), f.key);
            QCOMPARE(raw.exec(tamper), QString());
        }
        const RecordAuditVerdict v = audit(f);
        QVERIFY(!v.ok);
        QVERIFY2(v.reason.contains(expected), qPrintable(v.reason));
    }
};

QTEST_GUILESS_MAIN(TestRecordAudit)
#include "TestRecordAudit.moc"
