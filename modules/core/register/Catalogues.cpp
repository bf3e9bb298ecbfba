#include "Catalogues.h"

#include <QDir>
#include <QMutex>
#include <QTranslator>

#include <memory>
#include <vector>

namespace csl {

namespace {

/// Every catalogue of ours, loaded once (any thread); empty where the program embeds none.
const std::vector<std::unique_ptr<QTranslator>>& catalogues()
{
    static QMutex mutex;
    static std::vector<std::unique_ptr<QTranslator>> list;
    static bool loaded = false;
    const QMutexLocker lock(&mutex);
    if (!loaded) {
        loaded = true;
        const QDir dir(QStringLiteral(":/i18n"));
        for (const QString& name : dir.entryList({QStringLiteral("campusledger_*.qm")}, QDir::Files)) {
            auto t = std::make_unique<QTranslator>();
            if (t->load(dir.filePath(name)))
                list.push_back(std::move(t));
        }
    }
    return list;
}

} // namespace

QStringList allTranslations(const char* context, const char* source)
{
    QStringList out{QString::fromUtf8(source)};
    for (const auto& t : catalogues()) {
        const QString text = t->translate(context, source);
        if (!text.isEmpty() && !out.contains(text))
            out << text;
    }
    return out;
}

} // namespace csl
