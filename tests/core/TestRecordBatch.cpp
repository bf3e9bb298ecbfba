// The bulk write path: rows and journal entries identical to RecordWriter's, all or nothing, guarded by the same triggers.
#include "TempStore.h"

#include "Journal.h"
#include "RecordAudit.h"
#include "RecordBatch.h"
#include "RecordWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace csl;
using namespace csl::test;

namespace {

const QString kPeople = QStringLiteral("people");
const QStringList kFields{QStringLiteral("name"), QStringLiteral("staff_no"), QStringLiteral("department"),
                          QStringLiteral("post"), QStringLiteral("phone")};

/// The journal fields of @p e without what differs between two inserts of the same values.
QJsonObject comparable(const JournalEntry& e)
{
    QJsonObject o = QJsonDocument::fromJson(e.fields).object();
    for (const char* k : {"id", "created_at", "updated_at"}) {
        const QString key = QString::fromLatin1(k);
        if (!o.value(key).isString() || o.value(key).toString().isEmpty())
            return {};
        o.remove(key);
    }
    return o;
}

QByteArray qtWrites(const QJsonValue& v)
{
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

} // namespace

class TestRecordBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhatRecordWriterWrites()
    {
        TempWorkspace t;
        Store& s = t.store();
        // Nulls, empty text, quotes, control characters, CJK and an emoji: every branch of the JSON writer.
        const QVariantList values{u"王\"小\\明\"\t😀"_qs, QVariant(), QString(u""_qs), u"教务处\n二楼"_qs,
                                  u"\u0001\u001f\u007f"_qs};
        QVariantMap fields;
        for (int i = 0; i < kFields.size(); ++i)
            fields.insert(kFields.at(i), values.at(i));

        auto single = RecordWriter(s).insert(kPeople, kPeople, fields);
        QVERIFY2(single, qPrintable(single ? QString() : single.error().message));
        QString batchId;
        const Status st = s.write([&]() -> Status {
            RecordBatch batch(s, kPeople, kPeople, kFields);
            auto id = batch.insert(values);
            if (!id)
                return id.error();
            batchId = *id;
            return {};
        });
        QVERIFY2(st, qPrintable(st ? QString() : st.error().message));

        auto entries = s.journal().entriesAfter(s.journal().headSeq() - 2, 10);
        QVERIFY(entries && entries->size() == 2);
        const JournalEntry& a = entries->at(0);
        const JournalEntry& b = entries->at(1);
        QCOMPARE(a.recordId, *single);
        QCOMPARE(b.recordId, batchId);
        QCOMPARE(b.op, u"insert"_qs);
        QCOMPARE(b.prevHash, a.hash);
        QCOMPARE(b.computeHash(), b.hash);
        QVERIFY(!comparable(b).isEmpty());
        QCOMPARE(comparable(b), comparable(a));
        // Byte for byte what the canonical writer makes of the same object.
        QCOMPARE(b.fields, Journal::canonicalJson(QJsonDocument::fromJson(b.fields).object()));

        // The rows agree with their entries, and the chain holds.
        const RecordAuditVerdict audit = RecordAudit::run(s);
        QVERIFY2(audit.ok, qPrintable(audit.reason));
        QVERIFY(s.journal().verify().ok);
        QSqlQuery q(s.database());
        QVERIFY(q.exec(QStringLiteral("SELECT name, staff_no, phone FROM people WHERE id = '%1'").arg(batchId)) && q.next());
        QCOMPARE(q.value(0).toString(), values.at(0).toString());
        QVERIFY(q.value(1).isNull());
        QCOMPARE(q.value(2).toString(), values.at(4).toString());
    }

    void jsonWriterMatchesQtForEveryCharacter()
    {
        // Every UTF-16 code unit alone (lone surrogates included), then every plane-1 emoji pair.
        for (char32_t u = 0; u <= 0xffff; ++u) {
            const QString s = u"a"_qs + QChar(char16_t(u)) + u"b"_qs;
            QByteArray mine;
            RecordBatch::appendJsonValue(mine, s);
            QCOMPARE(mine, qtWrites(QJsonValue(s)));
        }
        for (char32_t u = 0x1f600; u < 0x1f650; ++u) {
            const QString s = QString::fromUcs4(&u, 1);
            QByteArray mine;
            RecordBatch::appendJsonValue(mine, s);
            QCOMPARE(mine, qtWrites(QJsonValue(s)));
        }
        const QList<std::pair<QVariant, QByteArray>> others{
            {QVariant(), "null"},
            {QVariant(qlonglong(-9007199254740993LL)), "-9007199254740993"},
            {QVariant(42), "42"},
            {QVariant(true), "1"},
            {QVariant(QDate(2026, 11, 28)), "\"2026-11-28\""},
            {QVariant(0.5), "0.5"},
            {QVariant(QByteArray("\x01\x02")), "\"AQI=\""},
        };
        for (const auto& [v, expected] : others) {
            QByteArray mine;
            RecordBatch::appendJsonValue(mine, v);
            QCOMPARE(mine, expected);
            // And what the single-row path makes of it.
            QCOMPARE(Journal::canonicalJson(RecordWriter::toJson({{u"k"_qs, v}})), "{\"k\":" + expected + "}");
        }
    }

    void allOrNothing()
    {
        TempWorkspace t;
        Store& s = t.store();
        const qint64 head = s.journal().headSeq();
        const QString existing = *RecordWriter(s).insert(kPeople, kPeople, {{u"name"_qs, u"张三"_qs}});
        const Status st = s.write([&]() -> Status {
            RecordBatch batch(s, kPeople, kPeople, {u"name"_qs});
            for (int i = 0; i < 50; ++i)
                if (auto id = batch.insert({u"李%1"_qs.arg(i)}); !id)
                    return id.error();
            // A duplicate id fails in the engine; the whole batch goes.
            if (auto id = batch.insert({u"重复"_qs}, existing); !id)
                return id.error();
            return {};
        });
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(u"people"_qs), qPrintable(st.error().message));
        QCOMPARE(s.journal().headSeq(), head + 1);
        QSqlQuery q(s.database());
        QVERIFY(q.exec(u"SELECT count(*) FROM people"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The store writes on after the rollback, chained to the right head.
        QVERIFY(RecordWriter(s).insert(kPeople, kPeople, {{u"name"_qs, u"王五"_qs}}));
        QVERIFY(s.journal().verify().ok);
    }

    void refusesFieldsTheTableLacks()
    {
        TempWorkspace t;
        Store& s = t.store();
        const Status st = s.write([&]() -> Status {
            for (const QString& bad : {u"salary"_qs, u"journal_seq"_qs, u"created_at"_qs}) {
                RecordBatch batch(s, kPeople, kPeople, {u"name"_qs, bad});
                auto id = batch.insert({u"赵六"_qs, u"x"_qs});
                if (id || !id.error().message.contains(bad))
                    return Error{Error::InvalidInput, u"accepted or unnamed: "_qs + bad};
            }
            RecordBatch wrongCount(s, kPeople, kPeople, {u"name"_qs});
            if (wrongCount.insert({u"a"_qs, u"b"_qs}))
                return Error{Error::InvalidInput, u"two values for one field accepted"_qs};
            RecordBatch noTable(s, kPeople, u"nowhere"_qs, {u"name"_qs});
            if (noTable.insert({u"a"_qs}))
                return Error{Error::InvalidInput, u"a table that does not exist accepted"_qs};
            return {};
        });
        QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
        // Outside a transaction the entry would commit before its row: refused.
        RecordBatch outside(s, kPeople, kPeople, {u"name"_qs});
        const qint64 head = s.journal().headSeq();
        QVERIFY(!outside.insert({u"钱七"_qs}));
        QCOMPARE(s.journal().headSeq(), head);
    }

    void idsAreVersion7AndSortByTime()
    {
        QString previous;
        for (int i = 0; i < 5; ++i) {
            const QString id = RecordWriter::newId();
            const QUuid u(id);
            QVERIFY(!u.isNull());
            QCOMPARE(quint8(u.toRfc4122().at(6)) >> 4, 7); // the version nibble (QUuid::version() predates 7)
            QCOMPARE(u.variant(), QUuid::DCE);
            if (!previous.isEmpty())
                QVERIFY2(previous < id, qPrintable(previous + u" !< "_qs + id));
            previous = id;
            QTest::qWait(2); // the next millisecond at least
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordBatch)
#include "TestRecordBatch.moc"
