// Writes CSV that Excel opens correctly in Chinese: UTF-8 with a BOM, CRLF, RFC 4180 quoting.
#pragma once

#include <QCoreApplication>

#include "Result.h"
#include "TableData.h"

namespace csl {

/// @brief Writes a TableData as CSV (UTF-8 with BOM so Excel shows Chinese; or GB18030 when asked).
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(csl::CsvWriter)
public:
    enum class Encoding { Utf8Bom, Utf8, Gb18030 };

    /// The CSV bytes of @p table (header first, unless it is empty).
    static QByteArray toBytes(const TableData& table, Encoding encoding = Encoding::Utf8Bom);
    /// Writes @p table to @p path atomically (QSaveFile).
    static Status writeFile(const QString& path, const TableData& table, Encoding encoding = Encoding::Utf8Bom);
    /// One cell, quoted when it holds a delimiter, quote or line break.
    static QString quote(const QString& cell);
};

} // namespace csl
