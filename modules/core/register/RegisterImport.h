// Import of any register from CSV/XLSX: column mapping by aliases, per-row validation, all-or-nothing commit.
#pragma once

#include <QCoreApplication>

#include "RegisterSchema.h"
#include "Result.h"
#include "TableData.h"

#include <QHash>
#include <QList>

#include <functional>

namespace csl {

class Store;

/**
 * @brief Turns a sheet of cells into records of one register, naming every bad cell by row and column.
 *
 * Usage: read a TableData (readFile()), guessMapping() from its header (the Chinese and English names of
 * the schema's aliases and labels), let the user adjust, prepare() to validate every row, then commit() —
 * all rows or none, unless bad rows are skipped. Person fields are matched by name in the people directory
 * (within the row's department when a name is there twice); names not there yet are added to it in the
 * same transaction (R-DEV-5).
 */
class RegisterImport final
{
    Q_DECLARE_TR_FUNCTIONS(csl::RegisterImport)
public:
    RegisterImport(Store& store, const RegisterSchema& schema) : m_store(store), m_schema(schema) {}

    /// Target keys (fields, then import extras such as "location"), in the order the mapping step shows them.
    QStringList targets() const;
    /// Target key → column index (-1 when the file has no such column), from header names.
    using Mapping = QHash<QString, int>;
    Mapping guessMapping(const QStringList& header) const;
    /// The target a header names ("IP地址" → "ip"), or an empty string.
    QString targetForHeader(const QString& header) const;
    /// The Required fields @p mapping leaves without a column (their labels), so a caller can refuse early.
    QStringList missingRequired(const Mapping& mapping) const;

    struct RowError
    {
        int row = 0;    ///< as the spreadsheet numbers it (header is row 1)
        QString column; ///< the file's header text
        QString message;
        /// "row N, column NAME: reason"
        QString format() const;
    };

    struct NewPerson
    {
        QString id;
        QString name;
        QString department;
    };

    struct Plan
    {
        QList<Record> records;      ///< valid rows, ready to write (ids assigned)
        QList<int> recordRows;      ///< the file row of each valid record
        QList<NewPerson> newPeople; ///< people not yet in the directory (ids assigned)
        QList<RowError> errors;
        int badRows = 0;
        int blankRows = 0;
    };

    /// Validates every row under @p mapping. Nothing is written.
    Plan prepare(const TableData& table, const Mapping& mapping) const;
    /// Writes the plan's records and new people in one transaction. Refuses when the plan has bad rows unless
    /// @p skipBadRows. @p progress may cancel (nothing is written).
    using Progress = std::function<bool(int done, int total)>;
    Status commit(const Plan& plan, bool skipBadRows, const Progress& progress = {}) const;

    /// Reads a .csv, .txt, .tsv or .xlsx file by its suffix.
    static Result<TableData> readFile(const QString& path);

private:
    Store& m_store;
    const RegisterSchema& m_schema;
};

} // namespace csl
