#include "XlsxWriter.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#ifdef Q_OS_LINUX
#include <linux/magic.h>
#include <sys/vfs.h>
#endif

namespace csl {

namespace {

/// A private folder on a memory file system (tmpfs), or none when the system has no such folder.
std::unique_ptr<QTemporaryDir> memoryFolder()
{
#ifdef Q_OS_LINUX
    for (const char* root : {"/dev/shm", "/run/shm"}) {
        struct statfs fs
        {
        };
        if (statfs(root, &fs) != 0 || fs.f_type != TMPFS_MAGIC)
            continue;
        // QTemporaryDir makes it 0700: no other user can open a part while it exists.
        auto dir =
            std::make_unique<QTemporaryDir>(QString::fromLatin1(root) + QStringLiteral("/campusledger-xlsx-XXXXXX"));
        if (dir->isValid())
            return dir;
    }
#endif
    return nullptr;
}

} // namespace

struct XlsxWriter::Impl
{
    QString path;
    std::unique_ptr<QTemporaryDir> parts; ///< where libxlsxwriter writes its XML parts before zipping them
    QByteArray partsPath;
    lxw_workbook* book = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;
    lxw_row_t row = 0;
};

XlsxWriter::XlsxWriter(const QString& path) : d(std::make_unique<Impl>())
{
    d->path = path;
    // libxlsxwriter writes every XML part (the cells: names, phone numbers) to a temporary file before it
    // zips them; left to itself that file is in TMPDIR or /tmp, on disk, in plaintext. Point it at a
    // private folder in memory instead (constant_memory would write the rows there as they come, too).
    d->parts = memoryFolder();
    if (d->parts)
        d->partsPath = QFile::encodeName(d->parts->path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = d->partsPath.isEmpty() ? nullptr : d->partsPath.data();
    d->book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (d->book) {
        d->bold = workbook_add_format(d->book);
        format_set_bold(d->bold);
        d->date = workbook_add_format(d->book);
        format_set_num_format(d->date, "yyyy-mm-dd");
        d->dateTime = workbook_add_format(d->book);
        format_set_num_format(d->dateTime, "yyyy-mm-dd hh:mm:ss");
    }
}

XlsxWriter::~XlsxWriter()
{
    if (d->book) {
        // Not closed: discard what would have been written.
        workbook_close(d->book);
        QFile::remove(d->path);
    }
}

QString XlsxWriter::partsFolder() const
{
    return d->parts ? d->parts->path() : QString();
}

Status XlsxWriter::addSheet(const QString& name, const QStringList& header)
{
    if (!d->book)
        return Error{Error::Io, tr("Cannot create %1.").arg(QFileInfo(d->path).fileName())};
    // Excel limits sheet names to 31 characters without []:*?/\.
    QString safe = name;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        safe.replace(c, u'_');
    d->sheet = workbook_add_worksheet(d->book, safe.left(31).toUtf8().constData());
    if (!d->sheet)
        return Error{Error::InvalidInput, tr("Cannot add the worksheet \"%1\".").arg(name)};
    d->row = 0;
    if (!header.isEmpty()) {
        for (int c = 0; c < header.size(); ++c)
            worksheet_write_string(d->sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), d->bold);
        worksheet_freeze_panes(d->sheet, 1, 0);
        d->row = 1;
    }
    return {};
}

Status XlsxWriter::addRow(const QVariantList& cells)
{
    if (!d->sheet)
        return Error{Error::InvalidInput, tr("No worksheet to write to.")};
    for (int c = 0; c < cells.size(); ++c) {
        const QVariant& v = cells.at(c);
        const lxw_col_t col = lxw_col_t(c);
        lxw_error err = LXW_NO_ERROR;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Double:
            err = worksheet_write_number(d->sheet, d->row, col, v.toDouble(), nullptr);
            break;
        case QMetaType::QDate: {
            const QDate day = v.toDate();
            lxw_datetime dt{day.year(), day.month(), day.day(), 0, 0, 0.0};
            err = worksheet_write_datetime(d->sheet, d->row, col, &dt, d->date);
            break;
        }
        case QMetaType::QDateTime: {
            const QDateTime t = v.toDateTime().toLocalTime();
            lxw_datetime dt{t.date().year(), t.date().month(), t.date().day(), t.time().hour(), t.time().minute(),
                            double(t.time().second())};
            err = worksheet_write_datetime(d->sheet, d->row, col, &dt, d->dateTime);
            break;
        }
        default:
            if (!v.isNull() && !v.toString().isEmpty())
                err = worksheet_write_string(d->sheet, d->row, col, v.toString().toUtf8().constData(), nullptr);
        }
        if (err != LXW_NO_ERROR)
            return Error{Error::InvalidInput, tr("Row %1, column %2: %3").arg(d->row + 1).arg(c + 1)
                                                  .arg(QString::fromUtf8(lxw_strerror(err)))};
    }
    ++d->row;
    return {};
}

void XlsxWriter::setColumnWidth(int column, double width)
{
    if (d->sheet)
        worksheet_set_column(d->sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr);
}

Status XlsxWriter::close()
{
    if (!d->book)
        return Error{Error::Io, tr("Cannot create %1.").arg(QFileInfo(d->path).fileName())};
    const lxw_error err = workbook_close(d->book);
    d->book = nullptr;
    if (err != LXW_NO_ERROR)
        return Error{Error::Io, tr("Cannot write %1: %2").arg(QFileInfo(d->path).fileName(),
                                                               QString::fromUtf8(lxw_strerror(err)))};
    return {};
}

Status XlsxWriter::writeFile(const QString& path, const QString& sheetName, const TableData& table)
{
    XlsxWriter w(path);
    if (Status st = w.addSheet(sheetName, table.header); !st)
        return st;
    for (const QStringList& r : table.rows) {
        QVariantList cells;
        for (const QString& s : r)
            cells << s;
        if (Status st = w.addRow(cells); !st)
            return st;
    }
    return w.close();
}

} // namespace csl
