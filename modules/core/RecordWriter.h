// The one path by which register rows change: row and journal entry together.
#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace csl {

class Store;

/**
 * @brief Inserts, updates, soft-deletes and restores register rows, each with
 * its journal entry in the same transaction.
 *
 * Register tables are made by registerTableSql(); their triggers refuse any
 * change that does not come with a fresh journal entry for that record, so a
 * code path that bypasses this class fails instead of going unrecorded.
 */
class RecordWriter final
{
    Q_DECLARE_TR_FUNCTIONS(csl::RecordWriter)
public:
    explicit RecordWriter(Store& store) : m_store(store) {}

    /// Inserts a row with a new UUID (or fields["id"] when given); returns the id.
    Result<QString> insert(const QString& module, const QString& table, const QVariantMap& fields);
    /// Changes the given fields of row @p id.
    Status update(const QString& module, const QString& table, const QString& id, const QVariantMap& changes);
    /// Marks row @p id deleted; it stays for history and sync.
    Status softDelete(const QString& module, const QString& table, const QString& id);
    /// Clears the deleted mark of row @p id.
    Status restore(const QString& module, const QString& table, const QString& id);

    /// The row as the journal records it: every column but journal_seq.
    Result<QVariantMap> current(const QString& table, const QString& id) const;
    static QJsonObject toJson(const QVariantMap& row);
    /// A value as rows and the journal store it: dates as ISO text, booleans as 0/1.
    static QVariant storable(const QVariant& v);
    /// A new record id: a UUID of version 7 (RFC 9562), so ids made one after another sort
    /// together and a bulk import appends to its indexes instead of scattering over them.
    static QString newId();

private:
    Status change(const QString& module, const QString& table, const QString& id, const QString& op,
                  const QVariantMap& changes);
    Result<QStringList> columns(const QString& table) const;
    Store& m_store;
};

} // namespace csl
