#include "RegisterRepository.h"

#include "FieldValues.h"
#include "RecordBatch.h"
#include "RecordWriter.h"
#include "Store.h"

#include <QSqlQuery>

namespace csl {

namespace {

bool numeric(FieldKind k)
{
    return k == FieldKind::Number || k == FieldKind::YesNo;
}

} // namespace

QStringList RegisterRepository::fieldKeys() const
{
    QStringList keys;
    for (const FieldDef& f : m_schema.fields())
        keys << f.key;
    return keys;
}

QVariantList RegisterRepository::toValues(const Record& r) const
{
    QVariantList out;
    const QList<FieldDef>& fields = m_schema.fields();
    out.reserve(fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        const QString v = r.values.value(i);
        if (v.isEmpty())
            out << QVariant();
        else if (numeric(fields.at(i).kind))
            out << QVariant(v.toLongLong());
        else
            out << QVariant(v);
    }
    return out;
}

QVariantMap RegisterRepository::toFields(const Record& r) const
{
    const QVariantList values = toValues(r);
    QVariantMap fields;
    for (int i = 0; i < values.size(); ++i)
        fields.insert(m_schema.fields().at(i).key, values.at(i));
    return fields;
}

QString RegisterReader::selectSql() const
{
    QStringList cols{QStringLiteral("t.id")};
    for (const FieldDef& f : m_schema.fields())
        cols << QStringLiteral("t.") + f.key;
    cols << QStringLiteral("t.updated_at") << QStringLiteral("t.deleted_at");
    QString joins;
    for (int k = 0; k < m_schema.personFields().size(); ++k) {
        const QString key = m_schema.fields().at(m_schema.personFields().at(k)).key;
        cols << QStringLiteral("p%1.name").arg(k);
        joins += QStringLiteral(" LEFT JOIN people p%1 ON p%1.id = t.%2").arg(k).arg(key);
    }
    return QStringLiteral("SELECT %1 FROM %2 t%3").arg(cols.join(QStringLiteral(", ")), m_schema.table(), joins);
}

Record RegisterReader::fromRow(const QSqlQuery& q) const
{
    Record r;
    const int n = int(m_schema.fields().size());
    const int people = int(m_schema.personFields().size());
    r.id = q.value(0).toString();
    r.values.reserve(n + people);
    for (int i = 0; i < n; ++i) {
        const QVariant v = q.value(i + 1);
        r.values << (v.isNull() ? QString() : v.toString());
    }
    r.updatedAt = q.value(n + 1).toString();
    r.deleted = !q.value(n + 2).isNull();
    for (int k = 0; k < people; ++k)
        r.values << q.value(n + 3 + k).toString();
    return r;
}

Status RegisterRepository::check(Record& r) const
{
    if (const auto errors = m_schema.validate(r, FieldValues::cachedToday()); !errors.isEmpty())
        return Error{Error::InvalidInput, m_schema.format(errors)};
    return {};
}

Result<QString> RegisterRepository::add(Record r)
{
    if (Status st = check(r); !st)
        return st.error();
    QVariantMap fields = toFields(r);
    if (!r.id.isEmpty())
        fields.insert(QStringLiteral("id"), r.id);
    return RecordWriter(m_store).insert(m_schema.module(), m_schema.table(), fields);
}

Status RegisterRepository::write(Record r, bool anyStatus)
{
    if (Status st = check(r); !st)
        return st;
    if (const int field = m_schema.fieldIndex(m_schema.statusField()); field >= 0 && !anyStatus) {
        auto cur = find(r.id);
        if (!cur)
            return cur.error();
        const FieldDef& f = m_schema.fields().at(field);
        const QString from = cur->values.value(field);
        const QString to = r.values.value(field);
        if (!m_schema.canTransition(from, to))
            return Error{Error::InvalidInput, tr("%1: the status cannot go from \"%2\" to \"%3\".")
                                                  .arg(m_schema.describe(*cur), m_schema.choiceLabel(f, from),
                                                       m_schema.choiceLabel(f, to))};
    }
    return RecordWriter(m_store).update(m_schema.module(), m_schema.table(), r.id, toFields(r));
}

Result<QString> RegisterRepository::save(const Record& r)
{
    if (r.id.isEmpty())
        return add(r);
    if (Status st = update(r); !st)
        return st.error();
    return r.id;
}

Status RegisterRepository::remove(const QString& id)
{
    return RecordWriter(m_store).softDelete(m_schema.module(), m_schema.table(), id);
}

Status RegisterRepository::restore(const QString& id)
{
    return RecordWriter(m_store).restore(m_schema.module(), m_schema.table(), id);
}

Status RegisterRepository::addMany(const QList<Record>& records, const Progress& progress)
{
    return m_store.write([&]() -> Status {
        RecordBatch batch(m_store, m_schema.module(), m_schema.table(), fieldKeys());
        const int total = int(records.size());
        for (int i = 0; i < total; ++i) {
            const Record& r = records.at(i);
            if (auto id = batch.insert(toValues(r), r.id); !id)
                return id.error();
            if (progress && !progress(i + 1, total))
                return Error{Error::Cancelled, tr("The import was cancelled; nothing was written.")};
        }
        return {};
    });
}

Status RegisterRepository::updateMany(const QStringList& ids, const QHash<QString, QString>& changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const FieldDef* f = m_schema.field(it.key());
        if (!f || f->kind == FieldKind::SecretRef || it.key() == m_schema.statusField())
            return Error{Error::InvalidInput,
                         tr("%1 has no field %2 that can be changed.").arg(m_schema.title(), it.key())};
    }
    return m_store.write([&]() -> Status {
        RecordWriter writer(m_store);
        for (const QString& id : ids) {
            auto cur = find(id);
            if (!cur)
                return cur.error();
            Record r = *cur;
            for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                m_schema.setValue(r, it.key(), it.value());
            // The whole record is validated and written, so a bulk edit cannot store what a single edit refuses.
            const QString name = m_schema.describe(*cur);
            if (Status st = check(r); !st)
                return Error{st.error().code, tr("%1: %2").arg(name, st.error().message)};
            if (Status st = writer.update(m_schema.module(), m_schema.table(), id, toFields(r)); !st)
                return Error{st.error().code, tr("%1: %2").arg(name, st.error().message)};
        }
        return {};
    });
}

Status RegisterRepository::updateEach(const QList<Record>& records)
{
    return m_store.write([&]() -> Status {
        for (const Record& r : records) // undo writes records back as they were, status included
            if (Status st = write(r, true); !st)
                return Error{st.error().code, tr("%1: %2").arg(m_schema.describe(r), st.error().message)};
        return {};
    });
}

Status RegisterRepository::removeMany(const QStringList& ids)
{
    return m_store.write([&]() -> Status {
        for (const QString& id : ids)
            if (Status st = remove(id); !st)
                return st;
        return {};
    });
}

Status RegisterRepository::restoreMany(const QStringList& ids)
{
    return m_store.write([&]() -> Status {
        for (const QString& id : ids)
            if (Status st = restore(id); !st)
                return st;
        return {};
    });
}

Status RegisterRepository::transition(const QString& id, const QString& to)
{
    const int field = m_schema.fieldIndex(m_schema.statusField());
    if (field < 0)
        return Error{Error::InvalidInput, tr("%1 has no status.").arg(m_schema.title())};
    auto cur = find(id);
    if (!cur)
        return cur.error();
    Record r = *cur;
    r.values[field] = to;
    return update(r); // which refuses a move the schema does not allow
}

Result<Record> RegisterReader::find(const QString& id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(selectSql() + QStringLiteral(" WHERE t.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q);
    return Error{Error::NotFound, tr("%1: there is no record %2.").arg(m_schema.title(), id)};
}

QList<Record> RegisterReader::all(bool includeDeleted) const
{
    QList<Record> out;
    {
        // Reserved up front: growing a list of 100,000 records moves every record each time it doubles.
        QSqlQuery n(m_store.database());
        if (n.exec(QStringLiteral("SELECT count(*) FROM %1").arg(m_schema.table())) && n.next())
            out.reserve(n.value(0).toLongLong());
    }
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    QString sql = selectSql();
    if (!includeDeleted)
        sql += QStringLiteral(" WHERE t.deleted_at IS NULL");
    if (!m_schema.defaultSort().isEmpty())
        sql += QStringLiteral(" ORDER BY t.%1").arg(m_schema.defaultSort());
    q.exec(sql);
    while (q.next())
        out << fromRow(q);
    return out;
}

QList<Record> RegisterReader::children(const QString& parentId) const
{
    QList<Record> out;
    if (m_schema.parentField().isEmpty())
        return out;
    QSqlQuery q(m_store.database());
    q.prepare(selectSql() + QStringLiteral(" WHERE t.deleted_at IS NULL AND t.%1 = ? ORDER BY t.created_at, t.id")
                                .arg(m_schema.parentField()));
    q.addBindValue(parentId);
    if (q.exec())
        while (q.next())
            out << fromRow(q);
    return out;
}

QList<Record> RegisterReader::read(const QStringList& keys) const
{
    QList<int> fields;
    QStringList cols{QStringLiteral("id")};
    for (const QString& k : keys)
        if (const int i = m_schema.fieldIndex(k); i >= 0) {
            fields << i;
            cols << k;
        }
    QList<Record> out;
    out.reserve(count());
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE deleted_at IS NULL")
                    .arg(cols.join(QStringLiteral(", ")), m_schema.table())))
        return out;
    const int width = int(m_schema.fields().size() + m_schema.personFields().size());
    while (q.next()) {
        Record r;
        r.id = q.value(0).toString();
        r.values.resize(width);
        for (int c = 0; c < fields.size(); ++c) {
            const QVariant v = q.value(c + 1);
            if (!v.isNull())
                r.values[fields.at(c)] = v.toString();
        }
        out << std::move(r);
    }
    return out;
}

int RegisterReader::count() const
{
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(m_schema.table())) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace csl
