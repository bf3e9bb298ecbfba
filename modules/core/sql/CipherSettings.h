// The SQLCipher parameters every database is written with, set explicitly at each open.
#pragma once

#include <QByteArray>
#include <QList>

struct sqlite3;

namespace csl::cipher {

/**
 * @brief The cipher parameters of a CampusSec Ledger database: SQLCipher 3's
 * format (AES-256-CBC, HMAC-SHA1 per page, PBKDF2-HMAC-SHA1) with 4096-byte pages.
 *
 * Debian 12 ships SQLCipher 3.4.1; vcpkg (the Windows build) ships 4.x, whose
 * defaults differ (HMAC-SHA512, PBKDF2-HMAC-SHA512, 256,000 iterations). A
 * default left implicit would make a file written on one unreadable on the
 * other, so every parameter is set at each open, before the first read. The key
 * is raw (x'…'), so kdf_iter derives nothing; the HMAC key still goes through
 * fast_kdf_iter rounds of the KDF algorithm, which is why both are pinned.
 */
inline constexpr int kPageSize = 4096;
inline constexpr int kKdfIter = 64000;
inline constexpr int kFastKdfIter = 2;
inline constexpr int kPlaintextHeaderSize = 0;
inline constexpr char kHmacAlgorithm[] = "HMAC_SHA1";
inline constexpr char kKdfAlgorithm[] = "PBKDF2_HMAC_SHA1";

/// @brief The major version of the linked SQLCipher (3, 4 …) as @p db reports it; 0 if it does not answer.
int majorVersion(sqlite3* db);

/**
 * @brief The statements that set every cipher parameter of @p schema ("main",
 * or an attached database) under SQLCipher @p major.
 *
 * 3.x: cipher_page_size, kdf_iter, fast_kdf_iter, cipher_use_hmac (3.4.1 has no
 * algorithm pragmas: SHA1 is its only choice). 4.x: cipher_compatibility = 3
 * first, then the page size and each parameter again by name.
 */
QList<QByteArray> pragmas(int major, const QByteArray& schema = QByteArrayLiteral("main"),
                          int pageSize = kPageSize);

/// @brief Runs pragmas() on @p db, keyed and not yet read; SQLITE_OK or the first failing code.
int apply(sqlite3* db, const QByteArray& schema = QByteArrayLiteral("main"), int pageSize = kPageSize);

} // namespace csl::cipher
