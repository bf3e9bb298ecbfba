// Writes the (filtered) journal to a file for an inspector: spreadsheet or PDF.
#pragma once

#include <QCoreApplication>

#include "Journal.h"
#include "Result.h"

namespace csl {

class JournalTableModel;
class Workspace;

/// @brief Exports of the journal page, with the chain's verdict stated in the file.
class JournalExport final
{
    Q_DECLARE_TR_FUNCTIONS(csl::JournalExport)
public:
    /// @brief The file-dialog filters of the formats offered.
    static QString fileFilters();
    /// @brief Writes every entry matching @p model's filter to @p path; the format follows the suffix.
    static Status write(const JournalTableModel& model, const Workspace& workspace, const JournalVerdict& verdict,
                        const QString& path);
    /// @brief At most this many entries go into a PDF (a printed journal longer than that helps nobody).
    static constexpr int pdfLimit = 5000;

private:
    static Status writeXlsx(const JournalTableModel& model, const Workspace& workspace, const JournalVerdict& verdict,
                            const QString& path);
    static Status writeCsv(const JournalTableModel& model, const QString& path);
    static Status writePdf(const JournalTableModel& model, const Workspace& workspace, const JournalVerdict& verdict,
                           const QString& path);
};

} // namespace csl
