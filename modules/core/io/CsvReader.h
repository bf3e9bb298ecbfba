// Reads CSV and tab-separated text as Excel and WPS write it: UTF-8 (BOM or not), GB18030/GBK, UTF-16 LE/BE.
#pragma once

#include <QCoreApplication>

#include "Result.h"
#include "TableData.h"

#include <QByteArray>

namespace csl {

/**
 * @brief A reader for delimited text files officers bring: RFC 4180 quoting,
 * CRLF or LF, comma, semicolon or tab (detected from the first line).
 *
 * The encoding is detected from the bytes: a UTF-8 or UTF-16 (LE/BE)
 * byte-order mark; UTF-16 without one when every other byte is zero; valid
 * UTF-8; else GB18030 (a superset of GBK and GB2312, which Excel in China
 * writes as "CSV"). Excel's and WPS's "Unicode text" is UTF-16 LE with a BOM,
 * tab-separated. Text that none of them decodes is refused with the list of
 * encodings tried, never shown as mojibake. A leading apostrophe that
 * CsvWriter put before a formula character is taken off again.
 */
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(csl::CsvReader)
public:
    /// Reads @p path; the first line becomes the header. @p delimiter 0: detect. Errors name the file.
    static Result<TableData> readFile(const QString& path, QChar delimiter = QChar());
    /// Parses @p bytes as readFile() does (for data already in memory).
    static Result<TableData> parse(const QByteArray& bytes, QChar delimiter = QChar());
    /// Decodes @p bytes, setting @p encoding to the name of what was detected; an error names what was tried.
    static Result<QString> decode(const QByteArray& bytes, QString* encoding = nullptr);
    /// Splits decoded text into rows of cells with @p delimiter (0: detect).
    static QList<QStringList> split(const QString& text, QChar delimiter = QChar());
    /// The files this reader takes, by suffix: csv, tsv and txt.
    static bool readsSuffix(const QString& suffix);
};

} // namespace csl
