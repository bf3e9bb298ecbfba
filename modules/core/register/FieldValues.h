// Parsers of the value kinds registers share: MAC, IP, dates, yes/no — hand-written, since imports parse 100,000 rows.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace csl::FieldValues {

/// aa:bb:cc:dd:ee:ff from aa:bb:cc:dd:ee:ff, AA-BB-CC-DD-EE-FF, aabb.ccdd.eeff or aabbccddeeff; empty if none.
QString normaliseMac(const QString& text);
/// Canonical IPv4 (dotted quad) or IPv6 (compressed, lower case) text; empty if not a host address.
QString normaliseIp(const QString& text);
/// A date as spreadsheets write it (2024-09-01, 2024/9/1, 2024.9.1, 20240901, 2024年9月1日, with a time after it);
/// invalid if none.
QDate parseDate(const QString& text);
/// A local date and time (2024-09-01 08:30, 2024-09-01T08:30[:ss], 2024/9/1 8:30); invalid if none.
QDateTime parseDateTime(const QString& text);
/// 1 for 是/yes/y/true/1/✓/√, 0 for 否/no/n/false/0/×/✗, empty otherwise.
QString parseYesNo(const QString& text);
/// Today's date, read from the clock at most once a second (an import validates 100,000 rows).
QDate cachedToday();

} // namespace csl::FieldValues
