// A text in every language the application has a catalogue for, so a file written in one language reads in another.
#pragma once

#include <QStringList>

namespace csl {

/// @brief The translations of @p source (context @p context) in every catalogue under ":/i18n/", the source
/// itself first. An import uses it to read headers and choices written by an export in another language.
QStringList allTranslations(const char* context, const char* source);

} // namespace csl
