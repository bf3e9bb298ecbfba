// The QSQLCIPHER driver through QSqlQuery and QSqlTableModel.
#include "sql/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QtTest>

using csl::SqlCipherDriver;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    const QString m_key = QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

private Q_SLOTS:
    void initTestCase()
    {
        SqlCipherDriver::registerDriver();
        QVERIFY(QSqlDatabase::drivers().contains(u"QSQLCIPHER"_qs));
        m_db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_qs, u"t"_qs);
        m_db.setDatabaseName(m_dir.filePath(u"d.db"_qs));
        QVERIFY2(m_db.open(QString(), m_key), qPrintable(m_db.lastError().text()));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB, day TEXT)"_qs));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"t"_qs);
    }

    void init()
    {
        QSqlQuery q(m_db);
        // Hard deletes are fine in this test table: it is not a register.
        QVERIFY(q.exec(u"DELETE FROM t"_qs));
    }

    void positionalAndNamedBinds()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.prepare(u"INSERT INTO t (id, name, score) VALUES (?, ?, ?)"_qs));
        q.addBindValue(1);
        q.addBindValue(u"张伟"_qs);
        q.addBindValue(3.5);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);

        QVERIFY(q.prepare(u"INSERT INTO t (id, name, score) VALUES (:id, :name, :score)"_qs));
        q.bindValue(u":name"_qs, u"李娜 Li Na"_qs);
        q.bindValue(u":score"_qs, -2.25);
        q.bindValue(u":id"_qs, 2);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        // A named placeholder used twice.
        QVERIFY(q.prepare(u"SELECT count(*) FROM t WHERE id = :x OR id = :x + 1"_qs));
        q.bindValue(u":x"_qs, 1);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);

        QVERIFY(q.exec(u"SELECT name, score FROM t ORDER BY id"_qs));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"张伟"_qs);
        QCOMPARE(q.value(1).toDouble(), 3.5);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"李娜 Li Na"_qs);
        QCOMPARE(q.value(1).toDouble(), -2.25);
        QVERIFY(!q.next());
    }

    void typesRoundTrip()
    {
        QSqlQuery q(m_db);
        const QByteArray blob("\x00\x01\xff binary \xe4\xb8\xad", 15);
        const QDate day(2026, 11, 28);
        const QDateTime when(day, QTime(16, 0, 5, 123), Qt::UTC);
        QVERIFY(q.prepare(u"INSERT INTO t (id, name, score, data, day) VALUES (?, ?, ?, ?, ?)"_qs));
        q.addBindValue(qlonglong(9007199254740993LL));
        q.addBindValue(QVariant(QMetaType(QMetaType::QString))); // NULL
        q.addBindValue(1e-300);
        q.addBindValue(blob);
        q.addBindValue(when);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.lastInsertId().toLongLong(), 9007199254740993LL);

        QVERIFY(q.prepare(u"INSERT INTO t (id, day) VALUES (?, ?)"_qs));
        q.addBindValue(7);
        q.addBindValue(day);
        QVERIFY(q.exec());

        QVERIFY(q.exec(u"SELECT id, name, score, data, day FROM t ORDER BY id DESC"_qs));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 9007199254740993LL);
        QVERIFY(q.isNull(1));
        QCOMPARE(q.value(2).toDouble(), 1e-300);
        QCOMPARE(q.value(3).toByteArray(), blob);
        QCOMPARE(q.value(4).toDateTime(), when);
        QCOMPARE(q.record().field(3).metaType().id(), int(QMetaType::QByteArray));
        QVERIFY(q.next());
        QCOMPARE(q.value(4).toDate(), day);
    }

    void forwardOnlyAndScrollable()
    {
        QSqlQuery ins(m_db);
        QVERIFY(m_db.transaction());
        ins.prepare(u"INSERT INTO t (id, name) VALUES (?, ?)"_qs);
        for (int i = 1; i <= 50; ++i) {
            ins.addBindValue(i);
            ins.addBindValue(u"第%1行"_qs.arg(i));
            QVERIFY(ins.exec());
        }
        QVERIFY(m_db.commit());

        QSqlQuery fwd(m_db);
        fwd.setForwardOnly(true);
        QVERIFY(fwd.exec(u"SELECT id FROM t ORDER BY id"_qs));
        int n = 0;
        while (fwd.next())
            QCOMPARE(fwd.value(0).toInt(), ++n);
        QCOMPARE(n, 50);
        QVERIFY(!fwd.previous());

        QSqlQuery sc(m_db);
        QVERIFY(sc.exec(u"SELECT id, name FROM t ORDER BY id"_qs));
        QVERIFY(sc.last());
        QCOMPARE(sc.value(0).toInt(), 50);
        QCOMPARE(sc.at(), 49);
        QVERIFY(sc.seek(9));
        QCOMPARE(sc.value(1).toString(), u"第10行"_qs);
        QVERIFY(sc.previous());
        QCOMPARE(sc.value(0).toInt(), 9);
        QVERIFY(sc.first());
        QCOMPARE(sc.value(0).toInt(), 1);
        QVERIFY(!sc.seek(50));
    }

    void transactions()
    {
        QVERIFY(m_db.transaction());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"INSERT INTO t (id, name) VALUES (100, 'rolled back')"_qs));
        QVERIFY(m_db.rollback());
        QVERIFY(q.exec(u"SELECT count(*) FROM t WHERE id = 100"_qs));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        QVERIFY(m_db.transaction());
        QVERIFY(q.exec(u"INSERT INTO t (id, name) VALUES (101, 'kept')"_qs));
        QVERIFY(m_db.commit());
        QVERIFY(q.exec(u"SELECT name FROM t WHERE id = 101"_qs));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"kept"_qs);
    }

    void metadataAndTableModel()
    {
        QVERIFY(m_db.tables().contains(u"t"_qs));
        const QSqlRecord rec = m_db.record(u"t"_qs);
        QCOMPARE(rec.count(), 5);
        QCOMPARE(rec.fieldName(1), u"name"_qs);
        QCOMPARE(rec.field(0).metaType().id(), int(QMetaType::LongLong));
        QCOMPARE(rec.field(2).metaType().id(), int(QMetaType::Double));
        const QSqlIndex pk = m_db.primaryIndex(u"t"_qs);
        QCOMPARE(pk.count(), 1);
        QCOMPARE(pk.fieldName(0), u"id"_qs);

        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"INSERT INTO t (id, name, score) VALUES (1, '王芳', 1.0), (2, '赵磊', 2.0)"_qs));

        QSqlTableModel model(nullptr, m_db);
        model.setTable(u"t"_qs);
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        model.setSort(0, Qt::AscendingOrder);
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, 1)).toString(), u"赵磊"_qs);
        QVERIFY(model.setData(model.index(1, 1), u"赵磊磊"_qs));
        const int row = model.rowCount();
        QVERIFY(model.insertRow(row));
        model.setData(model.index(row, 0), 3);
        model.setData(model.index(row, 1), u"新行"_qs);
        QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));

        QVERIFY(q.exec(u"SELECT name FROM t ORDER BY id"_qs));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        QCOMPARE(names, (QStringList{u"王芳"_qs, u"赵磊磊"_qs, u"新行"_qs}));
    }

    void errorsCarrySqliteCode()
    {
        QSqlQuery q(m_db);
        QVERIFY(!q.exec(u"SELECT * FROM no_such_table"_qs));
        QCOMPARE(q.lastError().type(), QSqlError::StatementError);
        QCOMPARE(q.lastError().nativeErrorCode(), u"1"_qs); // SQLITE_ERROR
        QVERIFY(q.lastError().databaseText().contains(u"no such table"_qs));

        QVERIFY(q.exec(u"INSERT INTO t (id) VALUES (500)"_qs));
        QVERIFY(!q.exec(u"INSERT INTO t (id) VALUES (500)"_qs));
        QCOMPARE(q.lastError().nativeErrorCode(), u"1555"_qs); // SQLITE_CONSTRAINT_PRIMARYKEY
    }

    void wrongKeyIsNotADatabase()
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLCIPHER"_qs, u"wrong"_qs);
        other.setDatabaseName(m_dir.filePath(u"d.db"_qs));
        other.setConnectOptions(u"QSQLCIPHER_OPEN_EXISTING"_qs);
        QVERIFY(!other.open(QString(), QString(m_key).replace(0, 2, u"ff"_qs)));
        QCOMPARE(other.lastError().nativeErrorCode(), u"26"_qs); // SQLITE_NOTADB
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"wrong"_qs);
    }

    void scriptsRunEveryStatement()
    {
        QSqlQuery q(m_db);
        QVERIFY2(q.exec(u"CREATE TABLE s1 (a INTEGER); INSERT INTO s1 VALUES (1); INSERT INTO s1 VALUES (2);"_qs),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"SELECT sum(a) FROM s1"_qs));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "TestSqlCipherDriver.moc"
