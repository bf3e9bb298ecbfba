// A sheet of text cells read from or written to CSV/XLSX: a header row and data rows.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace csl {

/**
 * @brief Rows of text cells as they stood in a file.
 *
 * Row numbers in messages are the file's own: the header is row 1, so
 * rows.at(i) is row i + 2 when hasHeader (the default for imports).
 */
struct TableData
{
    QStringList header;
    QList<QStringList> rows;
    QString encoding; ///< what the reader detected: "UTF-8", "UTF-8 (BOM)", "GB18030", "XLSX"

    /// The cell at @p row, @p column, or an empty string past the end of a short row.
    QString cell(int row, int column) const
    {
        const QStringList& r = rows.at(row);
        return column >= 0 && column < r.size() ? r.at(column) : QString();
    }
    /// The row number a person sees in a spreadsheet for rows.at(@p index).
    static int fileRow(int index) { return index + 2; }
};

} // namespace csl
