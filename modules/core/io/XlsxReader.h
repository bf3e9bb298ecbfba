// Reads the first (or a named) worksheet of an .xlsx file as text cells: shared strings, inline strings, numbers, dates.
#pragma once

#include <QCoreApplication>

#include "Result.h"
#include "TableData.h"

namespace csl {

/**
 * @brief Reads Office Open XML workbooks (Excel, WPS, LibreOffice, libxlsxwriter)
 * through minizip and QXmlStreamReader.
 *
 * Cells come back as the text a person would see: shared and inline strings
 * as they are, numbers without a trailing ".0", cells whose number format is a
 * date as ISO dates (yyyy-MM-dd, with the time when it has one), booleans as
 * TRUE/FALSE. Empty cells between filled ones are empty strings.
 *
 * A hostile or broken file is refused in words, naming the limit it broke:
 * more than maxInflatedBytes inflated (counted while inflating, whatever the
 * archive declares), a row past maxRows, a column past maxColumns (Excel's
 * own limits), or more than maxCells cells once the gaps are filled.
 */
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(csl::XlsxReader)
public:
    /// Names of the worksheets in workbook order.
    static Result<QStringList> sheetNames(const QString& path);
    /// Reads worksheet @p sheet (empty: the first); its first row becomes the header.
    static Result<TableData> readFile(const QString& path, const QString& sheet = {});

    static constexpr qint64 maxInflatedBytes = 100LL * 1024 * 1024; ///< every part read, inflated
    static constexpr int maxRows = 1048576;                         ///< Excel's last row
    static constexpr int maxColumns = 16384;                        ///< Excel's last column, XFD
    static constexpr qint64 maxCells = 10'000'000;                  ///< 100,000 rows of 100 columns

private:
    static QString tooLarge(const QString& file);
};

} // namespace csl
