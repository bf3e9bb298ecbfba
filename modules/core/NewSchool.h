// The one way a real school's database comes into being: the CLI's init and the welcome dialog.
#pragma once

#include <QCoreApplication>

#include "KdfParams.h"
#include "Result.h"

#include <QString>

#include <memory>

namespace csl {

class Store;
class Workspace;

/// @brief What a school is recorded as: its name, the bureau's code and the security officer.
struct SchoolFacts
{
    QString name;
    QString code;
    QString officer; ///< empty: none recorded (never an invented person)
};

/**
 * @brief Creates a new school's database: checks the facts and the passphrase's strength, creates
 * the encrypted store, migrates every module and records the facts. The demo-data maker writes its
 * facts through writeFacts() too, so there is one place that says what a school's facts are.
 */
class NewSchool final
{
    Q_DECLARE_TR_FUNCTIONS(csl::NewSchool)
public:
    /// The facts a school must have (name and code), refused in words naming the field.
    static Status check(const SchoolFacts& facts);
    /// Records @p facts in the store's meta table in one transaction; an empty officer is not recorded at all.
    static Status writeFacts(Store& store, const SchoolFacts& facts);
    /// @brief Creates the database at @p path for @p facts. Refuses a passphrase weaker than
    /// PassphraseStrength::minimumBits. The journal's actor is the officer, or @p fallbackActor.
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const QString& passphrase,
                                                     const KdfParams& kdf, const SchoolFacts& facts,
                                                     const QString& fallbackActor);
};

} // namespace csl
