// Export of the device register to CSV and XLSX, with headers the importer reads back.
#pragma once

#include <QCoreApplication>

#include "DeviceRecord.h"
#include "Result.h"
#include "TableData.h"

namespace csl {

/// @brief Writes devices as a sheet: one row per device, translated headers, text cells.
class DeviceExport final
{
    Q_DECLARE_TR_FUNCTIONS(csl::DeviceExport)
public:
    enum class Format { Csv, Xlsx };

    /// The header of the MAC vendor column (OuiTable); the importer leaves a column so named alone.
    static QString vendorHeader();
    /// The header and rows written (the same columns for CSV and XLSX; the vendor follows the MAC).
    static TableData toTable(const QList<DeviceRecord>& devices);
    /// Writes @p devices to @p path in @p format.
    static Status write(const QString& path, Format format, const QList<DeviceRecord>& devices);
    /// The format for a file name's suffix; Csv unless it ends in .xlsx.
    static Format formatFor(const QString& path);
};

} // namespace csl
