#include "RecordAudit.h"

#include "Journal.h"
#include "RecordWriter.h"
#include "Store.h"

#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace

RecordAuditVerdict RecordAudit::run(Store& store)
{
    RecordAuditVerdict v;
    QSqlDatabase db = store.database();
    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    if (!tables.exec(QStringLiteral("SELECT name, module FROM register_tables ORDER BY name"))) {
        v.ok = false;
        v.reason = tr("The list of registers cannot be read: %1").arg(tables.lastError().text());
        return v;
    }
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        const QString module = tables.value(1).toString();
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT t.*, j.module, j.record_id, j.fields FROM %1 t "
                                      "LEFT JOIN journal j ON j.seq = t.journal_seq")
                           .arg(table))) {
            v.ok = false;
            v.table = table;
            v.reason = tr("%1 cannot be read: %2").arg(table, rows.lastError().text());
            return v;
        }
        const QSqlRecord rec = rows.record();
        const int columns = rec.count() - 3;
        while (rows.next()) {
            ++v.rows;
            QVariantMap row;
            for (int i = 0; i < columns; ++i)
                row.insert(rec.fieldName(i), rows.value(i));
            const QString id = row.value(QStringLiteral("id")).toString();
            const auto fail = [&](const QString& why) {
                v.ok = false;
                v.table = table;
                v.recordId = id;
                v.reason = why;
                return v;
            };
            const qint64 seq = row.value(QStringLiteral("journal_seq")).toLongLong();
            if (rows.value(columns).toString() != module || rows.value(columns + 1).toString() != id)
                return fail(tr("row %1 of %2 points at journal entry %3, which is not about it").arg(id, table).arg(seq));
            const QJsonObject journaled = QJsonDocument::fromJson(rows.value(columns + 2).toString().toUtf8()).object();
            const QJsonObject actual = RecordWriter::toJson(row);
            QStringList keys = journaled.keys() + actual.keys();
            keys.removeDuplicates();
            for (const QString& key : keys) {
                if (textOf(journaled.value(key)) != textOf(actual.value(key)))
                    return fail(tr("row %1 of %2 differs from journal entry %3 in field %4")
                                    .arg(id, table)
                                    .arg(seq)
                                    .arg(key));
            }
        }
    }
    return v;
}

} // namespace csl
