<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>csl::Backup</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>Cannot start the backup %1: %2</source>
        <translation>Cannot start the backup %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 failed: %2</source>
        <translation>The backup %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot finish the backup %1.</source>
        <translation>Cannot finish the backup %1.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>There is no backup at %1.</translation>
    </message>
    <message>
        <source>The backup's journal is broken: %1</source>
        <translation>The backup's journal is broken: %1</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Cannot copy %1 to %2.</translation>
    </message>
    <message>
        <source>Cannot copy the key header of %1.</source>
        <translation>Cannot copy the key header of %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1 with the backup.</source>
        <translation>Cannot replace %1 with the backup.</translation>
    </message>
</context>
<context>
    <name>csl::Journal</name>
    <message>
        <source>Cannot read the journal head.</source>
        <translation>Cannot read the journal head.</translation>
    </message>
    <message>
        <source>Cannot append to the journal: %1</source>
        <translation>Cannot append to the journal: %1</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>The journal cannot be read: %1</translation>
    </message>
    <message>
        <source>entry %1 is missing (found %2 next)</source>
        <translation>entry %1 is missing (found %2 next)</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2 (previous hash differs)</source>
        <translation>entry %1 does not follow entry %2 (previous hash differs)</translation>
    </message>
    <message>
        <source>entry %1 was altered (its content does not match its hash)</source>
        <translation>entry %1 was altered (its content does not match its hash)</translation>
    </message>
    <message>
        <source>Journal entry %1 does not exist.</source>
        <translation>Journal entry %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>csl::KdfParams</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>The key header has a damaged salt.</source>
        <translation>The key header has a damaged salt.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id needs %1 MiB).</source>
        <translation>Not enough memory to derive the key (Argon2id needs %1 MiB).</translation>
    </message>
    <message>
        <source>Cannot read the key header %1: %2</source>
        <translation>Cannot read the key header %1: %2</translation>
    </message>
    <message>
        <source>The key header %1 is damaged or not a CampusSec Ledger file.</source>
        <translation>The key header %1 is damaged or not a CampusSec Ledger file.</translation>
    </message>
    <message>
        <source>The key header %1 names an unknown algorithm.</source>
        <translation>The key header %1 names an unknown algorithm.</translation>
    </message>
    <message>
        <source>The key header %1 has invalid parameters.</source>
        <translation>The key header %1 has invalid parameters.</translation>
    </message>
    <message>
        <source>Cannot write the key header %1: %2</source>
        <translation>Cannot write the key header %1: %2</translation>
    </message>
</context>
<context>
    <name>csl::KeyStore</name>
    <message>
        <source>The remembered key in the system keychain is damaged.</source>
        <translation>The remembered key in the system keychain is damaged.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>The system keychain did not answer.</translation>
    </message>
    <message>
        <source>No key is remembered for this database on this computer.</source>
        <translation>No key is remembered for this database on this computer.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>The system keychain is not available: %1</translation>
    </message>
</context>
<context>
    <name>csl::MigrationRunner</name>
    <message>
        <source>Cannot record migrations: %1</source>
        <translation>Cannot record migrations: %1</translation>
    </message>
    <message>
        <source>Migration %1/%2 "%3" failed and was rolled back: %4</source>
        <translation>Migration %1/%2 "%3" failed and was rolled back: %4</translation>
    </message>
    <message>
        <source>Migration %1/%2 "%3" could not start: %4</source>
        <translation>Migration %1/%2 "%3" could not start: %4</translation>
    </message>
</context>
<context>
    <name>csl::PeopleModule</name>
    <message>
        <source>%1 has no phone number</source>
        <translation>%1 has no phone number</translation>
    </message>
    <message>
        <source>Add a phone number so the person can be reached when an incident is traced to them.</source>
        <translation>Add a phone number so the person can be reached when an incident is traced to them.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>csl::PersonRepository</name>
    <message>
        <source>Name: a person must be registered under their real name (R-DEV-5).</source>
        <translation>Name: a person must be registered under their real name (R-DEV-5).</translation>
    </message>
    <message>
        <source>Phone: "%1" is not a phone number.</source>
        <translation>Phone: "%1" is not a phone number.</translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>Person %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>csl::RecordWriter</name>
    <message>
        <source>There is no register table %1.</source>
        <translation>There is no register table %1.</translation>
    </message>
    <message>
        <source>Record %1 does not exist in %2.</source>
        <translation>Record %1 does not exist in %2.</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 has no field %2.</translation>
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation>Cannot add to %1: %2</translation>
    </message>
    <message>
        <source>%1 has no field %2 that can be changed.</source>
        <translation>%1 has no field %2 that can be changed.</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>Cannot change %1: %2</translation>
    </message>
</context>
<context>
    <name>csl::SqlCipherDriver</name>
    <message>
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>Cannot set the database key</source>
        <translation>Cannot set the database key</translation>
    </message>
</context>
<context>
    <name>csl::Store</name>
    <message>
        <source>A file already exists at %1; choose another name.</source>
        <translation>A file already exists at %1; choose another name.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file; CampusSec Ledger only opens encrypted databases.</source>
        <translation>%1 is an unencrypted SQLite file; CampusSec Ledger only opens encrypted databases.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or %1 is not a CampusSec Ledger database.</source>
        <translation>The passphrase is wrong, or %1 is not a CampusSec Ledger database.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>Cannot configure the database: %1</translation>
    </message>
    <message>
        <source>SQLCipher is not active: the database would not be encrypted.</source>
        <translation>SQLCipher is not active: the database would not be encrypted.</translation>
    </message>
    <message>
        <source>%1 is not encrypted.</source>
        <translation>%1 is not encrypted.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Cannot commit: %1</translation>
    </message>
    <message>
        <source>Cannot checkpoint the database: %1</source>
        <translation>Cannot checkpoint the database: %1</translation>
    </message>
    <message>
        <source>Cannot change the passphrase: %1</source>
        <translation>Cannot change the passphrase: %1</translation>
    </message>
    <message>
        <source>The passphrase was changed but the key header could not be renamed from %1.</source>
        <translation>The passphrase was changed but the key header could not be renamed from %1.</translation>
    </message>
</context>
</TS>