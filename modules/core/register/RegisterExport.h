// Export of any register to CSV and XLSX, with headers the importer reads back, and its printed form.
#pragma once

#include <QCoreApplication>

#include "RegisterSchema.h"
#include "ReportDocument.h"
#include "Result.h"
#include "TableData.h"

namespace csl {

/// @brief Writes records as a sheet (one row each, translated headers and values) or as the printed register form.
class RegisterExport final
{
    Q_DECLARE_TR_FUNCTIONS(csl::RegisterExport)
public:
    enum class Format { Csv, Xlsx };

    /// The header and rows written (the same columns for CSV and XLSX; secrets never).
    static TableData toTable(const RegisterSchema& schema, const QList<Record>& records);
    /// Writes @p records to @p path in @p format.
    static Status write(const QString& path, Format format, const RegisterSchema& schema,
                        const QList<Record>& records);
    /// The format for a file name's suffix; Csv unless it ends in .xlsx.
    static Format formatFor(const QString& path);
    /// True when the exported columns hold personal data (R-X-2): the user is told the file is not encrypted.
    static bool holdsPersonalData(const RegisterSchema& schema);

    /// The printed register form of @p records: a numbered table of the Printed columns, signature lines.
    static ReportDocument form(const RegisterSchema& schema, const QString& schoolName, const QList<Record>& records);
};

} // namespace csl
