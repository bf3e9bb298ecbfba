// Writes .xlsx workbooks through libxlsxwriter: text, numbers and dates, a bold header, frozen first row.
#pragma once

#include <QCoreApplication>

#include "Result.h"
#include "TableData.h"

#include <QVariant>

#include <memory>

namespace csl {

/**
 * @brief An .xlsx writer for exports (device register, journal …).
 *
 * Usage: XlsxWriter w(path); w.addSheet(tr("Devices"), header); w.addRow(cells)…;
 * then close() — nothing is on disk before close() returns success. Cells are
 * written by type: QString as text (IPs and asset numbers stay text), numbers
 * as numbers, QDate/QDateTime as real Excel dates.
 *
 * No plaintext temporary file: libxlsxwriter (1.1.4 in Debian 12) writes each
 * XML part to a temporary file before zipping; the writer gives it a private
 * folder on a memory file system (tmpfs, /dev/shm) instead of TMPDIR or /tmp.
 */
class XlsxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(csl::XlsxWriter)
public:
    explicit XlsxWriter(const QString& path);
    ~XlsxWriter();
    Q_DISABLE_COPY_MOVE(XlsxWriter)

    /// Starts a new worksheet named @p name with a bold, frozen @p header row.
    Status addSheet(const QString& name, const QStringList& header);
    /// Appends a row to the current worksheet.
    Status addRow(const QVariantList& cells);
    /// Sets the width (in characters) of column @p column of the current sheet.
    void setColumnWidth(int column, double width);
    /// Writes the file. Errors name the file.
    Status close();
    /// The private in-memory folder the library's parts go to (empty where the system has none).
    QString partsFolder() const;

    /// Convenience: one sheet holding @p table, all cells text.
    static Status writeFile(const QString& path, const QString& sheetName, const TableData& table);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace csl
