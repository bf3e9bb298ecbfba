// Reads a table from any file an officer brings for import, choosing the reader by the file's suffix.
#pragma once

#include <QCoreApplication>

#include "Result.h"
#include "TableData.h"

namespace csl {

/**
 * @brief The one file-suffix check of imports: .xlsx through XlsxReader;
 * .csv and .txt through CsvReader with the delimiter detected; .tsv through
 * CsvReader with tabs. Anything else is refused, naming what is read.
 */
class TableReader final
{
    Q_DECLARE_TR_FUNCTIONS(csl::TableReader)
public:
    /// @brief The table in @p path (its first worksheet for .xlsx); errors name the file.
    static Result<TableData> readFile(const QString& path);
    /// @brief The file-dialog filter of what readFile() reads.
    static QString fileFilter();
};

} // namespace csl
