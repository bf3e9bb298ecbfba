#include "RecordAudit.h"

#include "Journal.h"
#include "Migration.h"
#include "RecordWriter.h"
#include "Store.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace csl {

namespace {

/// Values compare by their text: SQLite's column affinity may store "5" as 5.
QString textOf(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("\x01null");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    const QString s = v.toString();
    bool isNumber = false;
    const double d = s.toDouble(&isNumber);
    return isNumber ? QString::number(d, 'g', 17) : s;
}

/// The guard triggers the application makes: the journal's own and each register table's.
QHash<QString, std::pair<QString, QString>> expectedTriggers(const QList<std::pair<QString, QString>>& tables)
{
    QHash<QString, std::pair<QString, QString>> out; // name -> (table, sql)
    static const QRegularExpression name(QStringLiteral("^CREATE TRIGGER (\\w+) "));
    for (const QString& sql : Journal::schemaSql()) {
        const auto m = name.match(sql);
        if (m.hasMatch())
            out.insert(m.captured(1), {QStringLiteral("journal"), sql});
    }
    for (const auto& [table, module] : tables) {
        for (const auto& [trigger, sql] : registerTriggerSql(table, module))
            out.insert(trigger, {table, sql});
    }
    return out;
}

} // namespace

RecordAuditVerdict RecordAudit::run(Store& store)
{
    RecordAuditVerdict v;
    QSqlDatabase db = store.database();
    const auto fail = [&](const QString& table, const QString& id, const QString& why) {
        v.ok = false;
        v.table = table;
        v.recordId = id;
        v.reason = why;
        return v;
    };
    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    if (!tables.exec(QStringLiteral("SELECT name, module FROM register_tables ORDER BY name")))
        return fail({}, {}, tr("The list of registers cannot be read: %1").arg(tables.lastError().text()));
    QList<std::pair<QString, QString>> registers;
    while (tables.next())
        registers.append({tables.value(0).toString(), tables.value(1).toString()});
    tables.finish();

    QHash<QString, QSet<QString>> idsByModule;
    for (const auto& [table, module] : registers) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        // The newest entry for the record comes from the journal_record index (seq is its rowid).
        rows.prepare(QStringLiteral("SELECT t.*, j.module, j.record_id, j.fields, "
                                    "(SELECT max(n.seq) FROM journal n WHERE n.module = ? AND n.record_id = t.id) "
                                    "FROM %1 t LEFT JOIN journal j ON j.seq = t.journal_seq")
                         .arg(table));
        rows.addBindValue(module);
        if (!rows.exec())
            return fail(table, {}, tr("%1 cannot be read: %2").arg(table, rows.lastError().text()));
        const QSqlRecord rec = rows.record();
        const int columns = rec.count() - 4;
        QSet<QString>& ids = idsByModule[module];
        while (rows.next()) {
            ++v.rows;
            QVariantMap row;
            for (int i = 0; i < columns; ++i)
                row.insert(rec.fieldName(i), rows.value(i));
            const QString id = row.value(QStringLiteral("id")).toString();
            ids.insert(id);
            const qint64 seq = row.value(QStringLiteral("journal_seq")).toLongLong();
            if (rows.value(columns).toString() != module || rows.value(columns + 1).toString() != id)
                return fail(
                    table, id,
                    tr("row %1 of %2 points at journal entry %3, which is not about it").arg(id, table).arg(seq));
            const qint64 newest = rows.value(columns + 3).toLongLong();
            if (newest != seq)
                return fail(table, id,
                            tr("row %1 of %2 is the version of journal entry %3, but the journal's newest entry "
                               "for it is %4: a later change was undone behind the journal's back")
                                .arg(id, table)
                                .arg(seq)
                                .arg(newest));
            const QJsonObject journaled = QJsonDocument::fromJson(rows.value(columns + 2).toString().toUtf8()).object();
            const QJsonObject actual = RecordWriter::toJson(row);
            QStringList keys = journaled.keys() + actual.keys();
            keys.removeDuplicates();
            for (const QString& key : keys) {
                if (textOf(journaled.value(key)) != textOf(actual.value(key)))
                    return fail(
                        table, id,
                        tr("row %1 of %2 differs from journal entry %3 in field %4").arg(id, table).arg(seq).arg(key));
            }
        }
    }

    // Every record the journal names must still have its row (rows are soft-deleted, never removed).
    QSqlQuery named(db);
    named.setForwardOnly(true);
    if (!named.exec(QStringLiteral("SELECT module, record_id, max(seq) FROM journal GROUP BY module, record_id")))
        return fail(QStringLiteral("journal"), {}, tr("The journal cannot be read: %1").arg(named.lastError().text()));
    while (named.next()) {
        const QString module = named.value(0).toString();
        const QString id = named.value(1).toString();
        if (!idsByModule.value(module).contains(id))
            return fail({}, id,
                        tr("record %1 of module %2 is named by journal entry %3 but has no row: it was removed "
                           "behind the journal's back")
                            .arg(id, module)
                            .arg(named.value(2).toLongLong()));
    }
    named.finish();

    // The guards themselves: a trigger dropped, altered or added would let the next change pass unrecorded.
    const auto expected = expectedTriggers(registers);
    QSet<QString> guarded{QStringLiteral("journal")};
    for (const auto& [table, module] : registers)
        guarded.insert(table);
    QSqlQuery triggers(db);
    triggers.setForwardOnly(true);
    if (!triggers.exec(QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")))
        return fail({}, {}, tr("The triggers cannot be read: %1").arg(triggers.lastError().text()));
    QSet<QString> present;
    while (triggers.next()) {
        const QString name = triggers.value(0).toString();
        const QString table = triggers.value(1).toString();
        const auto it = expected.constFind(name);
        if (it == expected.cend()) {
            if (guarded.contains(table))
                return fail(table, {}, tr("trigger %1 on %2 is not one the application made").arg(name, table));
            continue;
        }
        present.insert(name);
        if (table != it->first || triggers.value(2).toString() != it->second)
            return fail(it->first, {}, tr("trigger %1 on %2 has been altered").arg(name, it->first));
    }
    QStringList names = expected.keys();
    names.sort();
    for (const QString& name : names) {
        if (!present.contains(name))
            return fail(expected.value(name).first, {},
                        tr("trigger %1 on %2 is missing").arg(name, expected.value(name).first));
    }
    return v;
}

} // namespace csl
