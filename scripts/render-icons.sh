#!/bin/sh
# Renders resources/icons/campusledger.svg into the PNG sizes and the Windows .ico
# that resources/ ships. Uses Qt's own SVG renderer (the one the app uses) and
# ImageMagick for the .ico. Run from anywhere; rewrites resources/icons/*.png and
# resources/campusledger.ico.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/render.cpp" <<'CPP'
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid())
        return 1;
    for (int i = 3; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        if (!image.save(QString::fromLocal8Bit(argv[2]) + QStringLiteral("/campusledger-%1.png").arg(size)))
            return 2;
    }
    return 0;
}
CPP
g++ -std=c++17 -fPIC "$tmp/render.cpp" -o "$tmp/render" $(pkg-config --cflags --libs Qt6Svg Qt6Gui Qt6Core)
QT_QPA_PLATFORM=offscreen "$tmp/render" "$root/resources/icons/campusledger.svg" "$root/resources/icons" \
    16 24 32 48 64 128 256
cd "$root/resources/icons"
convert campusledger-16.png campusledger-24.png campusledger-32.png campusledger-48.png \
    campusledger-64.png campusledger-128.png campusledger-256.png "$root/resources/campusledger.ico"
echo "rendered: $(ls "$root/resources/icons"/*.png | wc -l) PNGs and resources/campusledger.ico"
