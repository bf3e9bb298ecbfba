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
    QString recordId;
    QString reason;
};

/**
 * @brief Compares each register row with the journal entry its journal_seq
 * names: same module and record, same fields. A row changed behind the
 * application's back (triggers dropped, file edited with the key) no longer
 * matches, even when the journal's own chain is intact.
 */
class RecordAudit final
{
    Q_DECLARE_TR_FUNCTIONS(csl::RecordAudit)
public:
    static RecordAuditVerdict run(Store& store);
};

} // namespace csl
