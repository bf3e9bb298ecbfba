// Loads the application's and Qt's own translations and the matching locale.
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace csl {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> ours;
    QString language = QStringLiteral("en");
};

Installed& installed()
{
    static Installed state;
    return state;
}

QString normalized(const QString& language)
{
    if (language.isEmpty())
        return QLocale::system().name();
    // "zh", "zh-CN", "zh_Hans_CN" all mean simplified Chinese here.
    const QLocale locale(language);
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("en");
    return locale.name();
}

QLocale localeFor(const QString& language)
{
    if (language == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(language);
}

/// Qt's catalogue: the Qt installation's folder, then the layout windeployqt makes.
std::unique_ptr<QTranslator> loadQtCatalogue(const QString& language)
{
    const QStringList folders{
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/qt6/translations"),
    };
    auto translator = std::make_unique<QTranslator>();
    for (const QString& folder : folders) {
        if (translator->load(QStringLiteral("qtbase_") + language, folder))
            return translator;
    }
    return nullptr;
}

} // namespace

void installTranslations(const QString& language)
{
    Installed& state = installed();
    if (state.qt) {
        QCoreApplication::removeTranslator(state.qt.get());
        state.qt.reset();
    }
    if (state.ours) {
        QCoreApplication::removeTranslator(state.ours.get());
        state.ours.reset();
    }

    QString lang = normalized(language);
    if (!availableLanguages().contains(lang))
        lang = QStringLiteral("en");
    state.language = lang;
    QLocale::setDefault(localeFor(lang));

    // English is the source language: Qt's own strings need no catalogue.
    if (lang != QLatin1String("en")) {
        state.qt = loadQtCatalogue(lang);
        if (state.qt)
            QCoreApplication::installTranslator(state.qt.get());
    }
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/campusledger_") + lang)) {
        state.ours = std::move(ours);
        QCoreApplication::installTranslator(state.ours.get());
    }
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList(
        {QStringLiteral("campusledger_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QString name = file.mid(int(qstrlen("campusledger_")));
        name.chop(3);
        languages.append(name);
    }
    if (!languages.contains(QStringLiteral("en")))
        languages.prepend(QStringLiteral("en"));
    return languages;
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace csl
