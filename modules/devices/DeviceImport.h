// Import of devices from CSV/XLSX: column mapping, per-row validation, all-or-nothing commit.
#pragma once

#include <QCoreApplication>

#include "DeviceRecord.h"
#include "PersonRecord.h"
#include "Result.h"
#include "TableData.h"

#include <QHash>
#include <QList>

#include <functional>

namespace csl {

class Store;

/**
 * @brief Turns a sheet of cells into devices (R-DEV-1), naming every bad cell by row and column.
 *
 * Usage: read a TableData (CsvReader/XlsxReader), guessMapping() from its
 * header (the Chinese and English names officers use), let the user adjust,
 * prepare() to validate every row, then commit() — all rows or none, unless
 * bad rows are skipped. Users are matched by name in the people directory;
 * names not there yet are added to it in the same transaction (R-DEV-5).
 */
class DeviceImport final
{
    Q_DECLARE_TR_FUNCTIONS(csl::DeviceImport)
public:
    /// Target fields, in the order the mapping step shows them.
    static const QStringList& fields();
    /// The translated label of a target field ("location" included).
    static QString fieldLabel(const QString& field);
    /// Field → column index (-1 when the file has no such column), from header names.
    using Mapping = QHash<QString, int>;
    static Mapping guessMapping(const QStringList& header);
    /// The field a header names ("IP地址" → "ip"), or an empty string.
    static QString fieldForHeader(const QString& header);

    struct RowError
    {
        int row = 0;     ///< as the spreadsheet numbers it (header is row 1)
        QString column;  ///< the file's header text
        QString message;
        /// "row N, column NAME: reason"
        QString format() const;
    };

    struct Plan
    {
        QList<DeviceRecord> devices;  ///< valid rows, ready to write
        QList<int> deviceRows;        ///< the file row of each valid device
        QList<PersonRecord> newPeople;///< users not yet in the directory (ids assigned)
        QList<RowError> errors;
        int badRows = 0;
        int blankRows = 0;
    };

    DeviceImport(Store& store) : m_store(store) {}

    /// Validates every row under @p mapping. Nothing is written.
    Plan prepare(const TableData& table, const Mapping& mapping) const;
    /// Writes the plan's devices and new people in one transaction. Refuses when the plan
    /// has bad rows unless @p skipBadRows. @p progress may cancel (nothing is written).
    using Progress = std::function<bool(int done, int total)>;
    Status commit(const Plan& plan, bool skipBadRows, const Progress& progress = {}) const;

    /// Reads a .csv or .xlsx file by its extension.
    static Result<TableData> readFile(const QString& path);

    /// Splits "教学楼 301" / "实验楼A-204" into building and room.
    static std::pair<QString, QString> splitLocation(const QString& text);

private:
    Store& m_store;
};

} // namespace csl
