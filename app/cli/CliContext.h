// Shared plumbing of campusledger-cli: exit codes, output, opening a database.
#pragma once

#include "Workspace.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace csl::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2, WrongPassphrase = 3 };

void printOut(const QString& line);
void printErr(const QString& line);
/// Where printOut/printErr lines go instead of stdout/stderr (tests that run commands in-process); empty: back.
using Sink = std::function<void(const QString& line, bool error)>;
void setSink(Sink sink);

/// Runs one command line (@p args[0] is the program, args[1] the command) and returns its exit code.
int run(QStringList args);

/// Parses @p args (the subcommand first) with @p parser; on a usage error prints it and returns false.
bool parseOrUsage(QCommandLineParser& parser, const QStringList& args, const QStringList& required);

/// KDF costs for a new database or passphrase: tuned to ~0.5 s; CAMPUSLEDGER_KDF_PROFILE=test (the cheapest)
/// only in builds with tests, refused in the others.
Result<KdfParams> newDatabaseKdf();

/// Opens and migrates the database at @p path with CAMPUSLEDGER_PASSPHRASE, else the key remembered in the
/// keychain ("remember on this computer"), else a passphrase asked for without echo.
/// On failure prints the reason and sets @p exitCode (3 for a wrong passphrase).
std::unique_ptr<Workspace> openWorkspace(const QString& path, int& exitCode);
/// The same, for the file named by the --db option that addDbOption() added to @p parser.
std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, int& exitCode);
/// Adds the --db PATH option every command that opens a database takes.
void addDbOption(QCommandLineParser& parser);

/// Maps a core Error to an exit code (3 for a wrong passphrase, else 1) after printing it.
int fail(const Error& error);

int runVerify(const QStringList& args);
int runBackup(const QStringList& args);
int runRestore(const QStringList& args);

// Every register (RegisterCommands.cpp).
int runRegisters(const QStringList& args);
int runImport(const QStringList& args);
int runExport(const QStringList& args);
int runList(const QStringList& args);
int runPrint(const QStringList& args);

// A new school (SchoolCommands.cpp) and a new passphrase (PasswdCommand.cpp).
int runInit(const QStringList& args);
int runDemo(const QStringList& args);
int runPasswd(const QStringList& args);

int runFindings(const QStringList& args);
int runSync(const QStringList& args);

} // namespace csl::cli
