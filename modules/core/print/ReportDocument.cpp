#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace csl {

namespace {

QString firstInstalled(std::initializer_list<const char*> names)
{
    const QStringList installed = QFontDatabase::families();
    for (const char* n : names) {
        const QString name = QString::fromUtf8(n);
        if (installed.contains(name, Qt::CaseInsensitive))
            return name;
    }
    return QString::fromUtf8(*names.begin());
}

} // namespace

ReportDocument::ReportDocument(QString title) : m_title(std::move(title)) {}

QString ReportDocument::serifFamily()
{
#ifdef Q_OS_WIN
    return firstInstalled({"SimSun", "FangSong", "Microsoft YaHei"});
#else
    return firstInstalled({"Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei"});
#endif
}

QString ReportDocument::sansFamily()
{
#ifdef Q_OS_WIN
    return firstInstalled({"Microsoft YaHei", "SimHei", "SimSun"});
#else
    return firstInstalled({"Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei"});
#endif
}

QString ReportDocument::escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString ReportDocument::html() const
{
    QString out = QStringLiteral("<html><body style=\"font-family: '%1';\">").arg(serifFamily());
    out += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(escape(m_title));
    out += m_body;
    if (!m_signatures.isEmpty()) {
        out += QStringLiteral("<br/><table width=\"100%\" cellpadding=\"8\"><tr>");
        for (const QString& s : m_signatures)
            out += QStringLiteral("<td>%1: ____________________</td>").arg(escape(s));
        out += QStringLiteral("</tr><tr>");
        for (int i = 0; i < m_signatures.size(); ++i)
            out += QStringLiteral("<td>%1: ______年____月____日</td>").arg(escape(tr("Date")));
        out += QStringLiteral("</tr></table>");
    }
    out += QStringLiteral("</body></html>");
    return out;
}

int ReportDocument::render(QPagedPaintDevice* device) const
{
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    const double w = device->width();
    const double h = device->height();
    const double band = h * 0.05; // header and footer bands

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    QFont base(serifFamily());
    base.setPointSizeF(10.5); // 五号, the size of official forms
    doc.setDefaultFont(base);
    doc.setDocumentMargin(0);
    doc.setHtml(html());
    const double contentH = h - 2 * band;
    doc.setPageSize(QSizeF(w, contentH));
    const int pages = doc.pageCount();

    QFont small(sansFamily());
    small.setPointSizeF(9);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF head(0, 0, w, band * 0.7);
        painter.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, m_school);
        painter.drawText(head, Qt::AlignHCenter | Qt::AlignVCenter, m_title);
        painter.drawText(head, Qt::AlignRight | Qt::AlignVCenter, m_date.toString(QStringLiteral("yyyy-MM-dd")));
        painter.drawLine(QPointF(0, band * 0.75), QPointF(w, band * 0.75));
        painter.drawText(QRectF(0, h - band * 0.7, w, band * 0.7), Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.save();
        painter.translate(0, band - i * contentH);
        doc.drawContents(&painter, QRectF(0, i * contentH, w, contentH));
        painter.restore();
    }
    return pages;
}

Status ReportDocument::writePdf(const QString& path) const
{
    QPdfWriter pdf(path);
    pdf.setTitle(m_title);
    pdf.setCreator(QStringLiteral("CampusSec Ledger"));
    pdf.setResolution(300);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), m_landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                  QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    if (render(&pdf) == 0)
        return Error{Error::Io, tr("Cannot write %1.").arg(QFileInfo(path).fileName())};
    return {};
}

} // namespace csl
