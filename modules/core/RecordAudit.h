// Checks that every register row is exactly what its last journal entry says.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace csl {

class Store;

/// @brief The outcome of RecordAudit::run().
struct RecordAuditVerdict
{
    bool ok = true;
    qint64 rows = 0;   ///< register rows checked
    QString table;     ///< where the first mismatch is, when !ok
    QString recordId;  ///< the record it is about; empty for a trigger
    QString reason;
};

/**
 * @brief Compares the registers with the journal, whose chain Journal::verify() proves.
 *
 * Each register row must match the journal entry its journal_seq names (same
 * module, record and fields), and that entry must be the newest one for the
 * record; every record the journal names must still have its row; every guard
 * trigger of the journal and the register tables must be present and exactly
 * as the application made it. So a row changed, deleted or put back to an
 * older version behind the application's back (guards dropped and recreated,
 * the file edited with the key) is found even when the chain itself is intact.
 */
class RecordAudit final
{
    Q_DECLARE_TR_FUNCTIONS(csl::RecordAudit)
public:
    static RecordAuditVerdict run(Store& store);
};

} // namespace csl
