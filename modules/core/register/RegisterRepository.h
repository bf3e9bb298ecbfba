// Reads and writes the rows of any register through its schema; every change journaled.
#pragma once

#include <QCoreApplication>

#include "RegisterSchema.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <functional>

class QSqlQuery;

namespace csl {

class Store;

/**
 * @brief Reads the rows of a register through its schema; needs only a read-only store (findings run on a
 * reader connection).
 */
class RegisterReader final
{
    Q_DECLARE_TR_FUNCTIONS(csl::RegisterReader)
public:
    RegisterReader(const Store& store, const RegisterSchema& schema) : m_store(store), m_schema(schema) {}

    Result<Record> find(const QString& id) const;
    /// Records (live unless asked), with the names of the people they point at, in the default sort's order.
    QList<Record> all(bool includeDeleted = false) const;
    /// The live records whose parent field is @p parentId (a child register's rows).
    QList<Record> children(const QString& parentId) const;
    /// Live records with only @p keys filled (the rest empty), no people joined, in no order: what rules read.
    QList<Record> read(const QStringList& keys) const;
    int count() const;

private:
    QString selectSql() const;
    Record fromRow(const QSqlQuery& q) const;
    const Store& m_store;
    const RegisterSchema& m_schema;
};

/**
 * @brief The repository of a register: add, update, save, remove, restore (one
 * record or many, all or none), find, read all or a lean set of columns.
 *
 * Every write goes through RecordWriter or RecordBatch, so each row change has
 * its journal entry in the same transaction. Values are validated by the
 * schema before they are written: what a form refuses, a bulk edit or an
 * import cannot store either.
 */
class RegisterRepository final
{
    Q_DECLARE_TR_FUNCTIONS(csl::RegisterRepository)
public:
    RegisterRepository(Store& store, const RegisterSchema& schema)
        : m_store(store), m_schema(schema), m_reader(store, schema)
    {
    }

    const RegisterSchema& schema() const { return m_schema; }

    /// Validates (the schema's fields and rules) and adds; the error lists every bad field.
    Result<QString> add(Record r);
    /// Validates and writes @p r back; its status may move only along the schema's transitions.
    Status update(Record r) { return write(std::move(r), false); }
    /// Adds @p r when it has no id, else updates it; returns its id.
    Result<QString> save(const Record& r);
    Status remove(const QString& id);
    Status restore(const QString& id);

    /// Called after each row of addMany(); return false to cancel (the whole batch rolls back).
    using Progress = std::function<bool(int done, int total)>;
    /// Adds every record in one transaction, all or none; the records must be valid already (an import's plan).
    Status addMany(const QList<Record>& records, const Progress& progress = {});
    /// Sets the same fields (key → text) on each of @p ids in one transaction; every record is validated whole.
    Status updateMany(const QStringList& ids, const QHash<QString, QString>& changes);
    /// Writes each record back whole in one transaction, all or none (undo of an edit or a bulk edit).
    Status updateEach(const QList<Record>& records);
    Status removeMany(const QStringList& ids);
    Status restoreMany(const QStringList& ids);
    /// Moves the status field of @p id to @p to when the schema allows it; journaled like any update.
    Status transition(const QString& id, const QString& to);

    Result<Record> find(const QString& id) const { return m_reader.find(id); }
    QList<Record> all(bool includeDeleted = false) const { return m_reader.all(includeDeleted); }
    QList<Record> children(const QString& parentId) const { return m_reader.children(parentId); }
    QList<Record> read(const QStringList& keys) const { return m_reader.read(keys); }
    int count() const { return m_reader.count(); }

    /// The journal's fields of @p r: key → storable value (empty text as NULL, numbers as numbers).
    QVariantMap toFields(const Record& r) const;
    /// The stored values of @p r in field order, as RecordBatch takes them.
    QVariantList toValues(const Record& r) const;
    QStringList fieldKeys() const;

private:
    Status check(Record& r) const;
    /// update(), with the status moving only along the schema's transitions unless @p anyStatus (undo).
    Status write(Record r, bool anyStatus);
    Store& m_store;
    const RegisterSchema& m_schema;
    RegisterReader m_reader;
};

} // namespace csl
