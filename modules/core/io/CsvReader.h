// Reads CSV as Excel and other programs write it, detecting UTF-8, UTF-8 with BOM or GB18030/GBK.
#pragma once

#include <QCoreApplication>

#include "Result.h"
#include "TableData.h"

#include <QByteArray>

namespace csl {

/**
 * @brief A CSV reader for files officers bring: RFC 4180 quoting, CRLF or LF,
 * comma, semicolon or tab (detected from the first line), and the encoding
 * detected from the bytes: a UTF-8 BOM, valid UTF-8, or else GB18030 (a
 * superset of GBK and GB2312, which Excel in China writes).
 */
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(csl::CsvReader)
public:
    /// Reads @p path; the first line becomes the header. Io error names the file.
    static Result<TableData> readFile(const QString& path);
    /// Parses @p bytes as readFile() does (for data already in memory).
    static Result<TableData> parse(const QByteArray& bytes);
    /// Decodes @p bytes, setting @p encoding to the name of what was detected.
    static QString decode(const QByteArray& bytes, QString* encoding = nullptr);
    /// Splits decoded text into rows of cells with @p delimiter (0: detect).
    static QList<QStringList> split(const QString& text, QChar delimiter = QChar());
};

} // namespace csl
