// The application icon and desktop entry: embedded, renderable, and consistent with what is installed.
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QSettings>
#include <QTest>

namespace {

/// Share of pixels that are not transparent: an empty or failed rendering gives 0.
double coverage(const QImage& image)
{
    int painted = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return double(painted) / double(image.width() * image.height());
}

} // namespace

class TestAppResources final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void svgIconIsEmbeddedAndRenders_data();
    void svgIconIsEmbeddedAndRenders();
    void pngRenderingsAreEmbedded();
    void desktopEntryNamesTheInstalledIcon();
};

void TestAppResources::svgIconIsEmbeddedAndRenders_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 32, 256})
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void TestAppResources::svgIconIsEmbeddedAndRenders()
{
    QFETCH(int, size);
    QVERIFY(QFile::exists(QStringLiteral(":/icons/campusledger.svg")));
    const QIcon icon(QStringLiteral(":/icons/campusledger.svg"));
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(size, size).toImage();
    QCOMPARE(image.width(), size);
    // The shield fills most of the square; the corners stay transparent.
    QVERIFY2(coverage(image) > 0.6, qPrintable(QString::number(coverage(image))));
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
}

void TestAppResources::pngRenderingsAreEmbedded()
{
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QString path = QStringLiteral(":/icons/campusledger-%1.png").arg(size);
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY2(coverage(image) > 0.6, qPrintable(path));
    }
}

void TestAppResources::desktopEntryNamesTheInstalledIcon()
{
    QSettings entry(QStringLiteral(CSL_SOURCE_DIR "/resources/campusledger.desktop"), QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    QCOMPARE(entry.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Exec")).toString(), QStringLiteral("campusledger"));
    QCOMPARE(entry.value(QStringLiteral("Icon")).toString(), QStringLiteral("campusledger"));
    QVERIFY(QFile::exists(QStringLiteral(CSL_SOURCE_DIR "/resources/icons/campusledger-48.png")));
    QVERIFY(QFile::exists(QStringLiteral(CSL_SOURCE_DIR "/resources/campusledger.ico")));
}

QTEST_MAIN(TestAppResources)
#include "TestAppResources.moc"
