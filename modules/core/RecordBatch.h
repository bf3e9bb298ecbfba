// The fast path for many new rows of one register: each row with its journal entry, as RecordWriter writes them.
#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace csl {

class SqlStatement;
class Store;

/**
 * @brief Inserts many rows into one register table inside the caller's
 * Store::write() transaction, each with its journal entry.
 *
 * What lands is exactly what RecordWriter::insert() writes — the same row, the
 * same canonical journal fields, the same hash chain, checked by the same
 * triggers — but the statement is prepared once, values are bound straight to
 * the engine, and the journal's JSON is written directly instead of through a
 * QJsonObject per row. Imports use it (DESIGN.md's import budget).
 *
 * @code
 * store.write([&]() -> Status {
 *     RecordBatch batch(store, "devices", "devices", {"ip", "mac"});
 *     for (const auto& d : devices)
 *         if (auto id = batch.insert({d.ip, d.mac}); !id) return id.error();
 *     return {};
 * });
 * @endcode
 */
class RecordBatch final
{
    Q_DECLARE_TR_FUNCTIONS(csl::RecordBatch)
public:
    /// @p fields: the columns insert() gets values for, in that order (not id, times or journal_seq).
    RecordBatch(Store& store, const QString& module, const QString& table, const QStringList& fields);
    ~RecordBatch();
    Q_DISABLE_COPY_MOVE(RecordBatch)

    /// Inserts one row (a null QVariant is NULL); a new id unless @p id is given. Returns the id.
    Result<QString> insert(const QVariantList& values, const QString& id = {});

    /// Appends @p v to @p out as QJsonDocument's compact form writes it.
    static void appendJsonValue(QByteArray& out, const QVariant& v);

private:
    Status prepare();

    /// Where each value of the journal's fields comes from, in key order.
    struct Part
    {
        QByteArray key;  ///< "\"name\":"
        enum Source { Field, Id, Now, Null } source = Null;
        int field = -1;
    };

    Store& m_store;
    QString m_module;
    QString m_table;
    QStringList m_fields;
    QList<Part> m_parts;
    std::unique_ptr<SqlStatement> m_insert;
    Error m_error;
    bool m_prepared = false;
    QByteArray m_json;
    QList<QByteArray> m_text;
};

} // namespace csl
