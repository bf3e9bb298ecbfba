#include "RecordWriter.h"

#include "Journal.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QRandomGenerator>
#include <QUuid>

namespace csl {

namespace {

const QString kSeq = QStringLiteral("journal_seq");

} // namespace

QVariant RecordWriter::storable(const QVariant& v)
{
    // Store what the journal records: dates as ISO text, so the row and its
    // journal entry compare equal.
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    if (v.typeId() == QMetaType::Bool)
        return qlonglong(v.toBool());
    return v;
}

QString RecordWriter::newId()
{
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    const quint64 r1 = QRandomGenerator::global()->generate64();
    const quint64 r2 = QRandomGenerator::global()->generate64();
    QByteArray b(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        b[i] = char(ms >> (40 - 8 * i));
    b[6] = char(0x70 | (r1 & 0x0f)); // version 7
    b[7] = char(r1 >> 8);
    b[8] = char(0x80 | (r2 & 0x3f)); // RFC 9562 variant
    for (int i = 9; i < 16; ++i)
        b[i] = char(r2 >> (8 * (i - 8)));
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

QJsonObject RecordWriter::toJson(const QVariantMap& row)
{
    QJsonObject o;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (it.key() == kSeq)
            continue;
        const QVariant v = storable(it.value());
        if (v.isNull())
            o.insert(it.key(), QJsonValue::Null);
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            o.insert(it.key(), v.toLongLong());
        else if (v.typeId() == QMetaType::Double)
            o.insert(it.key(), v.toDouble());
        else if (v.typeId() == QMetaType::QByteArray)
            o.insert(it.key(), QString::fromLatin1(v.toByteArray().toBase64()));
        else
            o.insert(it.key(), v.toString());
    }
    return o;
}

Result<QStringList> RecordWriter::columns(const QString& table) const
{
    QStringList cols = m_store.columns(table);
    if (cols.isEmpty())
        return Error{Error::Database, tr("There is no register table %1.").arg(table)};
    return cols;
}

Result<QVariantMap> RecordWriter::current(const QString& table, const QString& id) const
{
    auto cols = columns(table);
    if (!cols)
        return cols.error();
    QSqlQuery& q = m_store.prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return Error{Error::Database, q.lastError().text()};
    if (!q.next())
        return Error{Error::NotFound, tr("Record %1 does not exist in %2.").arg(id, table)};
    QVariantMap row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    q.finish();
    return row;
}

Result<QString> RecordWriter::insert(const QString& module, const QString& table, const QVariantMap& fields)
{
    auto cols = columns(table);
    if (!cols)
        return cols.error();
    QVariantMap row;
    for (const QString& c : *cols)
        row.insert(c, QVariant());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!cols->contains(it.key()) || it.key() == kSeq)
            return Error{Error::InvalidInput, tr("%1 has no field %2.").arg(table, it.key())};
        row.insert(it.key(), storable(it.value()));
    }
    const QString id = fields.value(QStringLiteral("id")).toString().isEmpty() ? newId()
                                                                               : fields.value(QStringLiteral("id")).toString();
    const QString now = Journal::timestamp();
    row.insert(QStringLiteral("id"), id);
    row.insert(QStringLiteral("created_at"), now);
    row.insert(QStringLiteral("updated_at"), now);
    row.insert(QStringLiteral("deleted_at"), QVariant());

    const Status st = m_store.write([&]() -> Status {
        auto entry = m_store.journal().append(m_store.actor(), module, id, QStringLiteral("insert"), toJson(row));
        if (!entry)
            return entry.error();
        row.insert(kSeq, entry->seq);
        QStringList names;
        QStringList marks;
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            names << it.key();
            marks << QStringLiteral("?");
        }
        QSqlQuery& q = m_store.prepared(
            QStringLiteral("INSERT OR FAIL INTO %1 (%2) VALUES (%3)").arg(table, names.join(u','), marks.join(u',')));
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            q.addBindValue(it.value());
        if (!q.exec())
            return Error{Error::Database, tr("Cannot add to %1: %2").arg(table, q.lastError().databaseText())};
        return {};
    });
    if (!st)
        return st.error();
    return id;
}

Status RecordWriter::change(const QString& module, const QString& table, const QString& id, const QString& op,
                            const QVariantMap& changes)
{
    return m_store.write([&]() -> Status {
        auto row = current(table, id);
        if (!row)
            return row.error();
        QVariantMap next = *row;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            if (!next.contains(it.key()) || it.key() == kSeq || it.key() == u"id" || it.key() == u"created_at")
                return Error{Error::InvalidInput, tr("%1 has no field %2 that can be changed.").arg(table, it.key())};
            next.insert(it.key(), storable(it.value()));
        }
        next.insert(QStringLiteral("updated_at"), Journal::timestamp());
        auto entry = m_store.journal().append(m_store.actor(), module, id, op, toJson(next));
        if (!entry)
            return entry.error();
        QStringList sets;
        QVariantList values;
        for (auto it = next.cbegin(); it != next.cend(); ++it) {
            if (it.key() == u"id" || it.key() == kSeq)
                continue;
            sets << it.key() + QStringLiteral(" = ?");
            values << it.value();
        }
        sets << kSeq + QStringLiteral(" = ?");
        values << entry->seq;
        QSqlQuery& q = m_store.prepared(QStringLiteral("UPDATE OR FAIL %1 SET %2 WHERE id = ?").arg(table, sets.join(u',')));
        for (const QVariant& v : values)
            q.addBindValue(v);
        q.addBindValue(id);
        if (!q.exec())
            return Error{Error::Database, tr("Cannot change %1: %2").arg(table, q.lastError().databaseText())};
        return {};
    });
}

Status RecordWriter::update(const QString& module, const QString& table, const QString& id, const QVariantMap& changes)
{
    return change(module, table, id, QStringLiteral("update"), changes);
}

Status RecordWriter::softDelete(const QString& module, const QString& table, const QString& id)
{
    return change(module, table, id, QStringLiteral("delete"),
                  {{QStringLiteral("deleted_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
}

Status RecordWriter::restore(const QString& module, const QString& table, const QString& id)
{
    return change(module, table, id, QStringLiteral("restore"), {{QStringLiteral("deleted_at"), QVariant()}});
}

} // namespace csl
