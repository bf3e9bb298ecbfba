// Loads the application's and Qt's own translations and the matching locale.
#pragma once

#include <QString>
#include <QStringList>

namespace csl {

/**
 * @brief Switches the user interface language to @p language ("zh_CN", "en").
 *
 * Removes the translators an earlier call installed, then installs Qt's own
 * catalogue (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, or the
 * "translations" folder beside the executable as windeployqt lays it out) and
 * the project's catalogue from ":/i18n/campusledger_<lang>.qm". Sets
 * QLocale::setDefault so dates, numbers and sorting follow the language.
 * An empty @p language means the system locale. Call after the
 * QCoreApplication exists; a language without a catalogue falls back to the
 * English source strings.
 */
void installTranslations(const QString& language);

/// @brief The languages with a catalogue of ours, e.g. {"en", "zh_CN"}.
QStringList availableLanguages();

/// @brief The language the last installTranslations() call settled on ("zh_CN", "en").
QString currentLanguage();

} // namespace csl
