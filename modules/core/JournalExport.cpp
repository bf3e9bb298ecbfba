#include "JournalExport.h"

#include "CsvWriter.h"
#include "JournalTableModel.h"
#include "Workspace.h"
#include "XlsxWriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace csl {

namespace {

QStringList cellsOf(const JournalEntry& e)
{
    QStringList cells{QString::number(e.seq),
                      QDateTime::fromString(e.time, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      e.actor,
                      e.module,
                      e.recordId,
                      JournalTableModel::operationName(e.op),
                      QString::fromUtf8(e.fields),
                      e.hash};
    return cells;
}

QString htmlRow(const JournalEntry& e)
{
    const QStringList cells = cellsOf(e);
    QString out = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size() - 1; ++i)
        out += QStringLiteral("<td>%1</td>").arg(cells.at(i).toHtmlEscaped());
    return out + QStringLiteral("</tr>");
}

QStringList headers()
{
    return {JournalExport::tr("No."),       JournalExport::tr("Time"),
            JournalExport::tr("By"),        JournalExport::tr("Register"),
            JournalExport::tr("Record"),    JournalExport::tr("Operation"),
            JournalExport::tr("Record after the change"), JournalExport::tr("SHA-256")};
}

} // namespace

QString JournalExport::fileFilters()
{
    return tr("Excel workbook (*.xlsx);;PDF document (*.pdf);;CSV file (*.csv)");
}

Status JournalExport::write(const JournalTableModel& model, const Workspace& workspace, const JournalVerdict& verdict,
                            const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(model, workspace, verdict, path);
    if (suffix == QLatin1String("csv"))
        return writeCsv(model, path);
    if (suffix == QLatin1String("pdf"))
        return writePdf(model, workspace, verdict, path);
    return Error{Error::InvalidInput, tr("%1: choose a file ending in .xlsx, .pdf or .csv.").arg(path)};
}

Status JournalExport::writeXlsx(const JournalTableModel& model, const Workspace& workspace,
                                const JournalVerdict& verdict, const QString& path)
{
    XlsxWriter xlsx(path);
    if (Status st = xlsx.addSheet(tr("Journal"), headers()); !st)
        return st;
    const double widths[] = {8, 20, 12, 14, 38, 10, 80, 66};
    for (int c = 0; c < 8; ++c)
        xlsx.setColumnWidth(c, widths[c]);
    Status rowStatus;
    const Status st = model.forEachMatching([&](const JournalEntry& e) {
        QDateTime t = QDateTime::fromString(e.time, Qt::ISODateWithMs);
        rowStatus = xlsx.addRow({e.seq, t.isValid() ? QVariant(t.toLocalTime()) : QVariant(e.time), e.actor, e.module,
                                 e.recordId, JournalTableModel::operationName(e.op), QString::fromUtf8(e.fields),
                                 e.hash});
        return rowStatus.ok();
    });
    if (!st)
        return st;
    if (!rowStatus)
        return rowStatus;
    // A second sheet says what the rows are and whether the chain held when they were exported.
    if (Status s2 = xlsx.addSheet(tr("Verification"), {tr("Item"), tr("Value")}); !s2)
        return s2;
    xlsx.setColumnWidth(0, 24);
    xlsx.setColumnWidth(1, 80);
    const QList<QVariantList> facts{
        {tr("School"), workspace.schoolName()},
        {tr("School code"), workspace.schoolCode()},
        {tr("Exported"), QDateTime::currentDateTime()},
        {tr("Hash chain"), verdict.ok ? tr("intact") : tr("BROKEN at entry %1 (%2)").arg(verdict.firstBroken).arg(verdict.reason)},
        {tr("Entries in the journal"), verdict.count},
        {tr("Head hash"), verdict.headHash},
    };
    for (const QVariantList& f : facts) {
        if (Status s3 = xlsx.addRow(f); !s3)
            return s3;
    }
    return xlsx.close();
}

Status JournalExport::writeCsv(const JournalTableModel& model, const QString& path)
{
    // The one CSV writer: UTF-8 with a BOM for Excel on a Chinese Windows, formulas neutralised.
    CsvWriter csv(path);
    if (Status st = csv.addRow(headers()); !st)
        return st;
    Status rowStatus;
    const Status st = model.forEachMatching([&](const JournalEntry& e) {
        rowStatus = csv.addRow(cellsOf(e));
        return rowStatus.ok();
    });
    if (!st)
        return st;
    if (!rowStatus)
        return rowStatus;
    return csv.commit();
}

Status JournalExport::writePdf(const JournalTableModel& model, const Workspace& workspace,
                               const JournalVerdict& verdict, const QString& path)
{
    QString html = QStringLiteral("<html><body style=\"font-family: 'Noto Sans CJK SC', 'Microsoft YaHei', "
                                  "'SimSun'; font-size: 8pt;\">");
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Journal of %1").arg(workspace.schoolName()).toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(tr("School code: %1. Printed %2.")
                         .arg(workspace.schoolCode(),
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                         .toHtmlEscaped(),
                     (verdict.ok ? tr("Hash chain: intact, %1 entries, head %2.").arg(verdict.count).arg(verdict.headHash)
                                 : tr("Hash chain: BROKEN at entry %1 (%2).").arg(verdict.firstBroken).arg(verdict.reason))
                         .toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    const QStringList head = headers();
    for (int i = 0; i < head.size() - 1; ++i)
        html += QStringLiteral("<th>%1</th>").arg(head.at(i).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    int n = 0;
    bool truncated = false;
    const Status st = model.forEachMatching([&](const JournalEntry& e) {
        if (n == pdfLimit) {
            truncated = true;
            return false;
        }
        html += htmlRow(e);
        ++n;
        return true;
    });
    if (!st)
        return st;
    html += QStringLiteral("</table>");
    if (truncated)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Only the newest %1 entries are printed; export a CSV file for all of them.")
                             .arg(pdfLimit)
                             .toHtmlEscaped());
    html += QStringLiteral("</body></html>");

    QPdfWriter pdf(path);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    pdf.setResolution(150);
    pdf.setTitle(tr("Journal"));
    pdf.setCreator(QStringLiteral("CampusSec Ledger"));
    QTextDocument doc;
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(8);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
    doc.print(&pdf);
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return Error{Error::Io, tr("Cannot write %1.").arg(path)};
    return {};
}

} // namespace csl
