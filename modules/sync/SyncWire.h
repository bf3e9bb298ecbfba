// The sync wire format shared by the client and the reference receiver: gzip, entries, batches.
#pragma once

#include "Journal.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace csl::sync {

/// zlib level for batches: measured by tests/bench/bench_sync (size against time).
inline constexpr int kGzipLevel = 1;

/// @brief gzip (RFC 1952) framing through zlib; qCompress is raw zlib and not what HTTP expects.
QByteArray gzip(const QByteArray& data, int level = 6);
/// @brief Inflates a gzip body; refuses more than @p maxOut bytes (a gzip bomb) with an empty Result error.
Result<QByteArray> gunzip(const QByteArray& data, qint64 maxOut);

/// @brief An entry as the wire carries it: `fields` as a JSON string holding the hashed bytes.
QJsonObject entryToJson(const JournalEntry& e);
/// @brief The entry back from the wire; an error names the missing or malformed member.
Result<JournalEntry> entryFromJson(const QJsonObject& o);

/// @brief SHA-256 hex of "code|first|last|lastHash": the same batch always carries the same key.
QString idempotencyKey(const QString& schoolCode, qint64 first, qint64 last, const QString& lastHash);

/// @brief A batch ready to send.
struct Batch
{
    qint64 first = 0;
    qint64 last = 0;
    QString prevHash;
    QString lastHash;
    QString key;
    int count = 0;
    qint64 rawBytes = 0; ///< JSON before gzip
    QByteArray body;     ///< gzip
};

/// @brief Builds the gzip JSON body of @p entries (in order, chained) for school @p code.
Batch makeBatch(const QString& code, const QList<JournalEntry>& entries);

/// Bytes one entry adds to a batch's JSON (an estimate used to cut batches by size).
qint64 entryWireSize(const JournalEntry& e);

} // namespace csl::sync
