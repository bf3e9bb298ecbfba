#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace csl {

QString CsvReader::decode(const QByteArray& bytes, QString* encoding)
{
    const auto set = [encoding](const char* name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        set("UTF-8 (BOM)");
        return QString::fromUtf8(bytes.mid(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        set("UTF-8");
        return text;
    }
    // Not UTF-8: Excel in China saves "CSV" in the ANSI code page, GBK; GB18030 reads all of GBK.
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        text = gb.decode(bytes);
        if (!gb.hasError()) {
            set("GB18030");
            return text;
        }
    }
    set("UTF-8");
    return QString::fromUtf8(bytes);
}

QList<QStringList> CsvReader::split(const QString& text, QChar delimiter)
{
    if (delimiter.isNull()) {
        const QStringView first = QStringView(text).left(text.indexOf(u'\n') < 0 ? text.size() : text.indexOf(u'\n'));
        delimiter = u',';
        qsizetype best = first.count(u',');
        for (QChar c : {QChar(u';'), QChar(u'\t')}) {
            if (first.count(c) > best) {
                best = first.count(c);
                delimiter = c;
            }
        }
    }
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == delimiter) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            row << cell;
            cell.clear();
            cellStarted = false;
            rows << row;
            row.clear();
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    // Blank lines at the end are not rows; those between rows stay, so row numbers match the file.
    const auto blank = [](const QStringList& r) {
        return std::all_of(r.cbegin(), r.cend(), [](const QString& s) { return s.trimmed().isEmpty(); });
    };
    while (!rows.isEmpty() && blank(rows.last()))
        rows.removeLast();
    return rows;
}

Result<TableData> CsvReader::parse(const QByteArray& bytes)
{
    TableData t;
    QList<QStringList> rows = split(decode(bytes, &t.encoding));
    if (rows.isEmpty())
        return Error{Error::InvalidInput, tr("The file holds no rows.")};
    t.header = rows.takeFirst();
    for (QString& h : t.header)
        h = h.trimmed();
    t.rows = std::move(rows);
    return t;
}

Result<TableData> CsvReader::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Io, tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), f.errorString())};
    auto t = parse(f.readAll());
    if (!t)
        return Error{t.error().code, tr("%1: %2").arg(QFileInfo(path).fileName(), t.error().message)};
    return t;
}

} // namespace csl
