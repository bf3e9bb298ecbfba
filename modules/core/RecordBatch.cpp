#include "RecordBatch.h"

#include "Journal.h"
#include "RecordWriter.h"
#include "Store.h"

#include "sql/SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace csl {

namespace {

const QString kSeq = QStringLiteral("journal_seq");
const QString kId = QStringLiteral("id");
const QString kCreated = QStringLiteral("created_at");
const QString kUpdated = QStringLiteral("updated_at");
const QString kDeleted = QStringLiteral("deleted_at");

/// True when QJsonDocument writes @p s as its UTF-8 bytes between quotes, with nothing escaped.
bool isPlainJson(QStringView s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || c.isSurrogate())
            return false;
    }
    return true;
}

/// The exact bytes QJsonDocument writes for one value (the slow, sure way).
QByteArray qtJson(const QJsonValue& v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void appendJsonText(QByteArray& out, const QString& s, const QByteArray& utf8)
{
    if (isPlainJson(s)) {
        out += '"';
        out += utf8;
        out += '"';
    } else {
        out += qtJson(QJsonValue(s));
    }
}

} // namespace

RecordBatch::RecordBatch(Store& store, const QString& module, const QString& table, const QStringList& fields)
    : m_store(store), m_module(module), m_table(table), m_fields(fields)
{
}

RecordBatch::~RecordBatch() = default;

void RecordBatch::appendJsonValue(QByteArray& out, const QVariant& value)
{
    const QVariant v = RecordWriter::storable(value);
    if (v.isNull()) {
        out += "null";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::Double:
        out += qtJson(QJsonValue(v.toDouble()));
        return;
    case QMetaType::QByteArray:
        out += qtJson(QJsonValue(QString::fromLatin1(v.toByteArray().toBase64())));
        return;
    default: {
        const QString s = v.toString();
        appendJsonText(out, s, s.toUtf8());
    }
    }
}

Status RecordBatch::prepare()
{
    m_prepared = true;
    const QStringList columns = m_store.columns(m_table);
    if (columns.isEmpty())
        return m_error = Error{Error::Database, tr("There is no register table %1.").arg(m_table)};
    for (const QString& f : m_fields) {
        if (!columns.contains(f) || f == kSeq || f == kId || f == kCreated || f == kUpdated || f == kDeleted)
            return m_error = Error{Error::InvalidInput, tr("%1 has no field %2.").arg(m_table, f)};
    }
    // The journal records every column but journal_seq, keys sorted as QJsonObject sorts them.
    QStringList keys = columns;
    keys.removeAll(kSeq);
    std::sort(keys.begin(), keys.end());
    for (const QString& k : keys) {
        Part p;
        p.key = qtJson(QJsonValue(k)) + ':';
        if (k == kId)
            p.source = Part::Id;
        else if (k == kCreated || k == kUpdated)
            p.source = Part::Now;
        else if (const int i = int(m_fields.indexOf(k)); i >= 0) {
            p.source = Part::Field;
            p.field = i;
        }
        m_parts << p;
    }

    QStringList names = m_fields;
    names << kId << kCreated << kUpdated << kSeq;
    // Every other column is named too and left unbound, that is NULL, as the journal records it
    // (RecordWriter binds each column; a column DEFAULT must not slip in unjournaled).
    for (const QString& c : columns)
        if (!names.contains(c))
            names << c;
    const QByteArray sql = QStringLiteral("INSERT OR FAIL INTO %1 (%2) VALUES (?%3)")
                               .arg(m_table, names.join(u','), QStringLiteral(",?").repeated(names.size() - 1))
                               .toUtf8();
    auto insert = std::make_unique<SqlStatement>();
    if (!insert->prepare(m_store.database(), sql))
        return m_error = Error{Error::Database, tr("Cannot add to %1: %2").arg(m_table, insert->errorText())};
    m_insert = std::move(insert);
    m_text.resize(m_fields.size());
    m_json.reserve(1024);
    return {};
}

Result<QString> RecordBatch::insert(const QVariantList& values, const QString& givenId)
{
    if (!m_store.inTransaction())
        return Error{Error::Database, tr("%1: a batch writes inside a transaction only.").arg(m_table)};
    if (!m_prepared)
        (void)prepare(); // a failure leaves m_insert null and m_error set
    if (!m_insert)
        return m_error;
    if (values.size() != m_fields.size())
        return Error{Error::InvalidInput, tr("%1 values for %2 fields of %3.").arg(values.size()).arg(m_fields.size()).arg(m_table)};

    const QString id = givenId.isEmpty() ? RecordWriter::newId() : givenId;
    const QString now = Journal::timestamp();
    const QByteArray id8 = id.toUtf8();
    const QByteArray now8 = now.toUtf8();

    // Bind each value once; keep its UTF-8 for the journal's copy.
    QList<QVariant> stored(values.size());
    for (int i = 0; i < values.size(); ++i) {
        const QVariant v = RecordWriter::storable(values.at(i));
        stored[i] = v;
        const int col = i + 1;
        if (v.isNull()) {
            m_insert->bindNull(col);
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            m_insert->bindInt(col, v.toLongLong());
        } else if (v.typeId() == QMetaType::Double) {
            m_insert->bindDouble(col, v.toDouble());
        } else if (v.typeId() == QMetaType::QByteArray) {
            m_text[i] = v.toByteArray();
            m_insert->bindBlob(col, m_text.at(i));
        } else {
            m_text[i] = v.toString().toUtf8();
            m_insert->bindText(col, m_text.at(i));
        }
    }

    m_json.clear();
    m_json += '{';
    for (int k = 0; k < m_parts.size(); ++k) {
        const Part& p = m_parts.at(k);
        if (k)
            m_json += ',';
        m_json += p.key;
        switch (p.source) {
        case Part::Id: appendJsonText(m_json, id, id8); break;
        case Part::Now: appendJsonText(m_json, now, now8); break;
        case Part::Null: m_json += "null"; break;
        case Part::Field: {
            const QVariant& v = stored.at(p.field);
            if (!v.isNull() && v.typeId() == QMetaType::QString)
                appendJsonText(m_json, v.toString(), m_text.at(p.field));
            else
                appendJsonValue(m_json, v);
        }
        }
    }
    m_json += '}';

    auto entry = m_store.journal().appendCanonical(m_store.actor(), m_module, id, QStringLiteral("insert"), m_json);
    if (!entry)
        return entry.error();
    const int n = int(m_fields.size());
    m_insert->bindText(n + 1, id8);
    m_insert->bindText(n + 2, now8);
    m_insert->bindText(n + 3, now8);
    m_insert->bindInt(n + 4, entry->seq);
    if (!m_insert->exec())
        return Error{Error::Database, tr("Cannot add to %1: %2").arg(m_table, m_insert->errorText())};
    return id;
}

} // namespace csl
