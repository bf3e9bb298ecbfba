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
 */
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(csl::XlsxReader)
public:
    /// Names of the worksheets in workbook order.
    static Result<QStringList> sheetNames(const QString& path);
    /// Reads worksheet @p sheet (empty: the first); its first row becomes the header.
    static Result<TableData> readFile(const QString& path, const QString& sheet = {});
};

} // namespace csl
