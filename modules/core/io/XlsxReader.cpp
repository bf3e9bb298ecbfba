#include "XlsxReader.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cmath>
#include <memory>

namespace csl {

namespace {

struct ZipCloser
{
    void operator()(void* z) const { unzClose(z); }
};
using Zip = std::unique_ptr<void, ZipCloser>;

/// The archive and what reading it may still cost: a zip bomb stops at the budget, not at the end of memory.
struct Book
{
    unzFile zip = nullptr;
    qint64 budget = XlsxReader::maxInflatedBytes;
    bool overBudget = false;
};

/// One member of the archive, or a null array when it is not there or the budget ran out.
QByteArray member(Book& book, const QString& name)
{
    if (book.overBudget || unzLocateFile(book.zip, name.toUtf8().constData(), 0) != UNZ_OK)
        return {};
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(book.zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return {};
    if (info.uncompressed_size > quint64(book.budget)) {
        book.overBudget = true;
        return {};
    }
    if (unzOpenCurrentFile(book.zip) != UNZ_OK)
        return {};
    QByteArray out;
    out.reserve(qsizetype(info.uncompressed_size));
    char buf[65536];
    int n = 0;
    // The declared size may lie: count what actually comes out.
    while ((n = unzReadCurrentFile(book.zip, buf, sizeof buf)) > 0) {
        book.budget -= n;
        if (book.budget < 0) {
            book.overBudget = true;
            break;
        }
        out.append(buf, n);
    }
    unzCloseCurrentFile(book.zip);
    if (n < 0 || book.overBudget)
        return {};
    return out.isNull() ? QByteArray("") : out;
}

QString resolveTarget(const QString& target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

/// Sheet names and their part paths, in workbook order.
QList<std::pair<QString, QString>> sheets(Book& zip)
{
    QHash<QString, QString> rels;
    QXmlStreamReader r(member(zip, QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"Relationship")
            rels.insert(r.attributes().value(QLatin1StringView("Id")).toString(), resolveTarget(r.attributes().value(QLatin1StringView("Target")).toString()));
    }
    QList<std::pair<QString, QString>> out;
    QXmlStreamReader w(member(zip, QStringLiteral("xl/workbook.xml")));
    while (!w.atEnd()) {
        w.readNext();
        if (w.isStartElement() && w.name() == u"sheet") {
            QString rid;
            for (const QXmlStreamAttribute& a : w.attributes())
                if (a.name() == u"id")
                    rid = a.value().toString();
            out << std::pair{w.attributes().value(QLatin1StringView("name")).toString(), rels.value(rid)};
        }
    }
    return out;
}

QStringList sharedStrings(Book& zip)
{
    QStringList out;
    QXmlStreamReader r(member(zip, QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    bool inSi = false;
    bool inRph = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (r.name() == u"rPh") {
                inRph = true; // phonetic runs are not part of the text
            } else if (r.name() == u"t" && inSi && !inRph) {
                current += r.readElementText();
            }
        } else if (r.isEndElement()) {
            if (r.name() == u"si") {
                out << current;
                inSi = false;
            } else if (r.name() == u"rPh") {
                inRph = false;
            }
        }
    }
    return out;
}

bool isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    QString c = code;
    c.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return c.contains(u'y', Qt::CaseInsensitive) || c.contains(u'd', Qt::CaseInsensitive)
           || (c.contains(u'm', Qt::CaseInsensitive) && c.contains(u'h', Qt::CaseInsensitive));
}

/// Which cell styles (index into cellXfs) show a number as a date.
QSet<int> dateStyles(Book& zip)
{
    QHash<int, QString> custom;
    QSet<int> out;
    QXmlStreamReader r(member(zip, QStringLiteral("xl/styles.xml")));
    bool inXfs = false;
    int index = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == u"numFmt") {
                custom.insert(r.attributes().value(QLatin1StringView("numFmtId")).toInt(), r.attributes().value(QLatin1StringView("formatCode")).toString());
            } else if (r.name() == u"cellXfs") {
                inXfs = true;
            } else if (inXfs && r.name() == u"xf") {
                const int fmt = r.attributes().value(QLatin1StringView("numFmtId")).toInt();
                if (isDateFormat(fmt, custom.value(fmt)))
                    out.insert(index);
                ++index;
            }
        } else if (r.isEndElement() && r.name() == u"cellXfs") {
            inXfs = false;
        }
    }
    return out;
}

/// The column of a cell reference ("B7" is 1); past the sheet's last column it stops at maxColumns.
int columnIndex(QStringView ref)
{
    int col = 0;
    for (QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        col = col * 26 + (u - u'A' + 1);
        if (col > XlsxReader::maxColumns)
            return XlsxReader::maxColumns;
    }
    return col - 1;
}

QString numberText(const QString& v, bool date)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return v;
    if (date) {
        const qint64 days = qint64(std::floor(d));
        const QDate day = QDate(1899, 12, 30).addDays(days);
        const double frac = d - double(days);
        if (frac < 1e-9)
            return day.toString(Qt::ISODate);
        const QTime t = QTime(0, 0).addMSecs(int(std::llround(frac * 86400.0) * 1000));
        return QDateTime(day, t).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    // Whole numbers (asset numbers, phone numbers) without ".0" or exponent.
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

} // namespace

QString XlsxReader::tooLarge(const QString& file)
{
    return tr("%1 inflates to more than %2 MB, the limit for a workbook (it may be a zip bomb); it was not read.")
        .arg(file)
        .arg(maxInflatedBytes / (1024 * 1024));
}

Result<QStringList> XlsxReader::sheetNames(const QString& path)
{
    Zip zip(unzOpen64(QFile::encodeName(path).constData()));
    if (!zip)
        return Error{Error::InvalidInput, tr("%1 is not an .xlsx workbook.").arg(QFileInfo(path).fileName())};
    Book book{zip.get()};
    QStringList names;
    for (const auto& s : sheets(book))
        names << s.first;
    if (book.overBudget)
        return Error{Error::InvalidInput, tooLarge(QFileInfo(path).fileName())};
    return names;
}

Result<TableData> XlsxReader::readFile(const QString& path, const QString& sheet)
{
    const QString file = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return Error{Error::Io, tr("Cannot read %1: the file does not exist.").arg(file)};
    Zip zip(unzOpen64(QFile::encodeName(path).constData()));
    if (!zip)
        return Error{Error::InvalidInput, tr("%1 is not an .xlsx workbook.").arg(file)};
    Book book{zip.get()};
    const auto list = sheets(book);
    if (book.overBudget)
        return Error{Error::InvalidInput, tooLarge(file)};
    if (list.isEmpty())
        return Error{Error::InvalidInput, tr("%1 holds no worksheet.").arg(file)};
    QString part = list.first().second;
    if (!sheet.isEmpty()) {
        part.clear();
        for (const auto& s : list)
            if (s.first == sheet)
                part = s.second;
        if (part.isEmpty())
            return Error{Error::NotFound, tr("%1 has no worksheet \"%2\".").arg(file, sheet)};
    }
    const QByteArray xml = member(book, part);
    const QStringList shared = sharedStrings(book);
    const QSet<int> dates = dateStyles(book);
    if (book.overBudget)
        return Error{Error::InvalidInput, tooLarge(file)};
    if (xml.isNull())
        return Error{Error::InvalidInput, tr("%1: the worksheet %2 is missing.").arg(file, part)};

    QList<QStringList> rows;
    QXmlStreamReader r(xml);
    QStringList row;
    int rowNumber = 0;
    qint64 cells = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"row") {
            const qint64 rn = r.attributes().value(QLatin1StringView("r")).toLongLong();
            const qint64 next = rn > 0 ? rn : qint64(rowNumber) + 1;
            if (next > maxRows)
                return Error{Error::InvalidInput,
                             tr("%1: row %2 is beyond the limit of %3 rows of a worksheet; the file was not read.")
                                 .arg(file)
                                 .arg(next)
                                 .arg(maxRows)};
            rowNumber = int(next);
            while (rows.size() < rowNumber - 1)
                rows << QStringList(); // keep file row numbers for messages
            row.clear();
        } else if (r.isStartElement() && r.name() == u"c") {
            const auto attrs = r.attributes();
            const int col = attrs.hasAttribute(QLatin1StringView("r"))
                                ? columnIndex(attrs.value(QLatin1StringView("r")))
                                : int(row.size());
            if (col >= maxColumns)
                return Error{Error::InvalidInput,
                             tr("%1: a cell of row %2 is beyond the limit of %3 columns of a worksheet; the file "
                                "was not read.")
                                 .arg(file)
                                 .arg(rowNumber)
                                 .arg(maxColumns)};
            cells += std::max<qint64>(1, col + 1 - row.size());
            if (cells > maxCells)
                return Error{Error::InvalidInput,
                             tr("%1: the worksheet holds more than %2 cells (counting the empty ones before a "
                                "filled cell), the limit for a register; the file was not read.")
                                 .arg(file)
                                 .arg(maxCells)};
            const QString type = attrs.value(QLatin1StringView("t")).toString();
            const bool date = dates.contains(attrs.value(QLatin1StringView("s")).toInt());
            QString value;
            QString inlineText;
            while (!(r.isEndElement() && r.name() == u"c") && !r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == u"v")
                    value = r.readElementText();
                else if (r.isStartElement() && r.name() == u"t")
                    inlineText += r.readElementText();
            }
            QString text;
            if (type == u"s")
                text = shared.value(value.toInt());
            else if (type == u"inlineStr")
                text = inlineText;
            else if (type == u"b")
                text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            else if (type == u"str" || type == u"e" || type == u"d")
                text = value;
            else
                text = numberText(value, date);
            while (row.size() < col)
                row << QString();
            if (col >= 0 && col < row.size())
                row[col] = text;
            else
                row << text;
        } else if (r.isEndElement() && r.name() == u"row") {
            rows << row;
        }
    }
    if (r.hasError())
        return Error{Error::InvalidInput, tr("%1: the worksheet is damaged (%2).").arg(file, r.errorString())};
    // Blank rows at the top (before the header) and at the end are not data.
    const auto blank = [](const QStringList& r) {
        return std::all_of(r.cbegin(), r.cend(), [](const QString& s) { return s.trimmed().isEmpty(); });
    };
    while (!rows.isEmpty() && blank(rows.first()))
        rows.removeFirst();
    while (!rows.isEmpty() && blank(rows.last()))
        rows.removeLast();
    if (rows.isEmpty())
        return Error{Error::InvalidInput, tr("%1: the worksheet holds no rows.").arg(file)};
    TableData t;
    t.encoding = QStringLiteral("XLSX");
    t.header = rows.takeFirst();
    for (QString& h : t.header)
        h = h.trimmed();
    t.rows = std::move(rows);
    return t;
}

} // namespace csl
