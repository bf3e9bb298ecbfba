// Writes CSV that Excel opens correctly in Chinese: UTF-8 with a BOM, CRLF, RFC 4180 quoting, no formulas.
#pragma once

#include <QCoreApplication>

#include "Result.h"
#include "TableData.h"

#include <QSaveFile>

namespace csl {

/**
 * @brief The one CSV writer of the product (UTF-8 with BOM so Excel shows Chinese; or GB18030 when asked).
 *
 * Every cell goes through neutralise(): a cell that begins with =, +, -, @, a tab
 * or a carriage return would be run by a spreadsheet as a formula (CSV
 * injection), so it is written with a leading apostrophe; CsvReader takes that
 * apostrophe off again, so an export imports unchanged.
 *
 * Streaming use (a journal of a million entries): CsvWriter w(path); w.addRow(header);
 * w.addRow(cells)…; w.commit() — nothing replaces the file before commit() succeeds.
 */
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(csl::CsvWriter)
public:
    enum class Encoding { Utf8Bom, Utf8, Gb18030 };

    explicit CsvWriter(const QString& path, Encoding encoding = Encoding::Utf8Bom);
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    /// Appends one row (the header is a row like any other).
    Status addRow(const QStringList& cells);
    /// Replaces the file at the path with what was written. Errors name the file.
    Status commit();

    /// The CSV bytes of @p table (header first, unless it is empty).
    static QByteArray toBytes(const TableData& table, Encoding encoding = Encoding::Utf8Bom);
    /// Writes @p table to @p path atomically (QSaveFile).
    static Status writeFile(const QString& path, const TableData& table, Encoding encoding = Encoding::Utf8Bom);
    /// One row of cells, neutralised and quoted, ending in CRLF.
    static QString line(const QStringList& cells);
    /// One cell, quoted when it holds a delimiter, quote or line break (no neutralising).
    static QString quote(const QString& cell);
    /// @p cell with an apostrophe in front when it begins with =, +, -, @, tab or CR.
    static QString neutralise(const QString& cell);
    /// True when @p cell would start a formula in a spreadsheet.
    static bool startsFormula(QStringView cell);

private:
    QByteArray encode(const QString& text) const;
    QSaveFile m_file;
    Encoding m_encoding;
    Status m_status;
};

} // namespace csl
