#include "JournalExport.h"

#include "JournalTableModel.h"
#include "Workspace.h"
#include "XlsxWriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace csl {

namespace {

QString csvField(QString s)
{
    // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char('"')) || s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

QString row(const JournalTableModel& model, const JournalEntry& e, bool html)
{
    QStringList cells{QString::number(e.seq),
                      QDateTime::fromString(e.time, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      e.actor,
                      e.module,
                      e.recordId,
                      JournalTableModel::operationName(e.op),
                      QString::fromUtf8(e.fields),
                      e.hash};
    Q_UNUSED(model);
    if (!html) {
        for (QString& c : cells)
            c = csvField(c);
        return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
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
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{Error::Io, tr("Cannot write %1: %2").arg(path, f.errorString())};
    // UTF-8 with a byte-order mark, so that Excel on a Chinese Windows reads the characters right.
    f.write("\xEF\xBB\xBF");
    QStringList head = headers();
    f.write(head.join(QLatin1Char(',')).toUtf8() + "\r\n");
    const Status st = model.forEachMatching([&](const JournalEntry& e) {
        return f.write(row(model, e, false).toUtf8()) >= 0;
    });
    if (!st)
        return st;
    if (!f.commit())
        return Error{Error::Io, tr("Cannot write %1: %2").arg(path, f.errorString())};
    return {};
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
        html += row(model, e, true);
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
