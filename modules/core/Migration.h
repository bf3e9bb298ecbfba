// A versioned schema change owned by one module.
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace csl {

/**
 * @brief One step of a module's schema: SQL statements and/or a function,
 * run together in one transaction with the record that it ran.
 */
struct Migration
{
    int version = 0;  ///< 1, 2, 3 … within its module
    QString name;     ///< a short description for the error message and the log
    QStringList statements;
    std::function<Status(QSqlDatabase&)> apply; ///< optional, runs after the statements
};

/**
 * @brief SQL creating a register table: the module's own columns plus id,
 * created_at, updated_at, deleted_at and journal_seq, and the triggers that
 * refuse any insert or update without its journal entry and any hard delete.
 *
 * The triggers RAISE(FAIL), and RecordWriter writes with INSERT/UPDATE OR FAIL,
 * so SQLite needs no statement journal: under SQLCipher every statement-journal
 * page is encrypted, which made each journaled insert several times slower.
 * @param columns column definitions, e.g. "name TEXT NOT NULL, phone TEXT"
 */
QStringList registerTableSql(const QString& table, const QString& module, const QString& columns);
/// @brief The guard triggers registerTableSql() puts on @p table, by trigger name: the record audit
/// compares the database's triggers with these, so a dropped or altered guard is found.
QList<std::pair<QString, QString>> registerTriggerSql(const QString& table, const QString& module);

} // namespace csl
