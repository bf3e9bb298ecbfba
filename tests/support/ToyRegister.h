// A register declared only in the tests (equipment loans, with checks as child rows): the kit's proof.
#pragma once

#include "Finding.h"
#include "RegisterSchema.h"

namespace csl {
class Workspace;
}

namespace csl::test {

/// The loans: item, kind, borrower, department, IP, MAC, dates, count, checked, status with transitions,
/// notes and a room added in version 2.
const RegisterSchema& loans();
/// Checks made on a loan: a child register of loans.
const RegisterSchema& loanChecks();
/// The toy's rule: a loan past its due time and not returned (R-TEST-1), read at Clock::now().
QList<Finding> overdueLoans(const Workspace& ws);
/// How often overdueLoans() ran.
int& ruleRuns();
/// Adds the module "loans" to allModules() (once per process).
void registerLoans();

} // namespace csl::test
