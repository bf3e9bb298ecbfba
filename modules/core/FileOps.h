// File operations the store's crash safety rests on: atomic replace and flush to disk, with wide paths.
#pragma once

#include <QString>

#include <filesystem>

namespace csl {

/// @brief @p path as the OS takes it: UTF-16 on Windows (non-ASCII folders), the locale's bytes elsewhere.
std::filesystem::path fsPath(const QString& path);
/// @brief Renames @p from over @p to in one step (the old @p to, if any, is replaced); false on failure.
bool replaceFile(const QString& from, const QString& to);
/// @brief Flushes @p path's contents to the disk, so a rename after it never exposes a half-written file.
bool syncFile(const QString& path);
/// @brief Removes @p path if it exists; false only if it exists and could not be removed.
bool removeIfExists(const QString& path);

} // namespace csl
