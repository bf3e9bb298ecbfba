// XlsxWriter: libxlsxwriter's temporary parts never reach TMPDIR or /tmp; the workbook still reads back.
#include "XlsxReader.h"
#include "XlsxWriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <linux/magic.h>
#include <sys/inotify.h>
#include <sys/vfs.h>
#include <unistd.h>
#endif

using namespace csl;

namespace {

/// Names created in the watched folders while it lives (inotify sees a file even if it is unlinked at once).
class CreationWatch
{
public:
    explicit CreationWatch(const QStringList& dirs)
    {
#ifdef Q_OS_LINUX
        m_fd = inotify_init1(IN_NONBLOCK);
        for (const QString& d : dirs)
            inotify_add_watch(m_fd, QFile::encodeName(d).constData(), IN_CREATE | IN_OPEN);
#else
        Q_UNUSED(dirs);
#endif
    }
    ~CreationWatch()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            close(m_fd);
#endif
    }
    bool isValid() const
    {
        return m_fd >= 0;
    }
    QStringList created()
    {
        QStringList names;
#ifdef Q_OS_LINUX
        alignas(inotify_event) char buf[65536];
        ssize_t n = 0;
        while ((n = read(m_fd, buf, sizeof buf)) > 0) {
            for (char* p = buf; p < buf + n;) {
                const auto* e = reinterpret_cast<const inotify_event*>(p);
                if ((e->mask & IN_CREATE) && e->len > 0)
                    names << QString::fromLocal8Bit(e->name);
                p += sizeof(inotify_event) + e->len;
            }
        }
#endif
        return names;
    }

private:
    int m_fd = -1;
};

} // namespace

class TestXlsxWriter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesNoPlaintextTemporaryFile();
};

void TestXlsxWriter::writesNoPlaintextTemporaryFile()
{
#ifndef Q_OS_LINUX
    QSKIP("inotify is Linux's");
#else
    QTemporaryDir tmp;
    QTemporaryDir out;
    QVERIFY(tmp.isValid() && out.isValid());
    // libxlsxwriter looks at TMPDIR, then /tmp: watch both while a workbook of personal data is written.
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    CreationWatch watch({tmp.path(), QStringLiteral("/tmp"), QDir::tempPath()});
    QVERIFY(watch.isValid());
    const QString path = out.filePath(QStringLiteral("people.xlsx"));
    {
        XlsxWriter w(path);
        QVERIFY(w.addSheet(QStringLiteral("People"), {QStringLiteral("name"), QStringLiteral("phone")}).ok());
        for (int i = 0; i < 500; ++i)
            QVERIFY(w.addRow({QString::fromUtf8("王建国%1").arg(i),
                              QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'))})
                        .ok());
        const QString parts = w.partsFolder();
        QVERIFY(!parts.isEmpty());
        struct statfs fs
        {
        };
        QCOMPARE(statfs(QFile::encodeName(parts).constData(), &fs), 0);
        QCOMPARE(qint64(fs.f_type), qint64(TMPFS_MAGIC)); // memory, not disk
        QCOMPARE(QFileInfo(parts).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        QVERIFY(w.close().ok());
    }
    const QStringList created = watch.created();
    QVERIFY2(created.isEmpty(), qPrintable(created.join(u',')));
    auto back = XlsxReader::readFile(path);
    QVERIFY(back);
    QCOMPARE(back->rows.size(), 500);
    QCOMPARE(back->rows.at(499).at(0), QString::fromUtf8("王建国499"));
#endif
}

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "TestXlsxWriter.moc"
