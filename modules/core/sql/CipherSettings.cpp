#include "sql/CipherSettings.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

namespace csl::cipher {

int majorVersion(sqlite3* db)
{
    sqlite3_stmt* stmt = nullptr;
    int major = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        // "3.4.1", "4.6.1 community" …
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        major = text ? QByteArray(text).split('.').value(0).toInt() : 0;
    }
    sqlite3_finalize(stmt);
    return major;
}

QList<QByteArray> pragmas(int major, const QByteArray& schema, int pageSize)
{
    const QByteArray p = "PRAGMA " + schema + '.';
    QList<QByteArray> out;
    if (major >= 4)
        out << p + "cipher_compatibility = 3";
    out << p + "cipher_page_size = " + QByteArray::number(pageSize) //
        << p + "kdf_iter = " + QByteArray::number(kKdfIter);
    if (major >= 4) {
        // fast_kdf_iter is deprecated in 4.x and compatibility 3 sets it to 2.
        out << p + "cipher_hmac_algorithm = " + kHmacAlgorithm //
            << p + "cipher_kdf_algorithm = " + kKdfAlgorithm    //
            << p + "cipher_plaintext_header_size = " + QByteArray::number(kPlaintextHeaderSize);
    } else {
        out << p + "fast_kdf_iter = " + QByteArray::number(kFastKdfIter);
    }
    out << p + "cipher_use_hmac = ON";
    return out;
}

int apply(sqlite3* db, const QByteArray& schema, int pageSize)
{
    for (const QByteArray& sql : pragmas(majorVersion(db), schema, pageSize)) {
        if (const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr); rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

} // namespace csl::cipher
