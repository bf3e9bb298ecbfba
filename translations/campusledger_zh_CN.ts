<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>csl::Backup</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start the backup %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot finish the backup %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup's journal is broken: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot copy the key header of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot replace %1 with the backup.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>csl::Journal</name>
    <message>
        <source>Cannot read the journal head.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot append to the journal: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 is missing (found %2 next)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 does not follow entry %2 (previous hash differs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 was altered (its content does not match its hash)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal entry %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>csl::KdfParams</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key header has a damaged salt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id needs %1 MiB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the key header %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key header %1 is damaged or not a CampusSec Ledger file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key header %1 names an unknown algorithm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key header %1 has invalid parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the key header %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>csl::KeyStore</name>
    <message>
        <source>The remembered key in the system keychain is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key is remembered for this database on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>csl::MigrationRunner</name>
    <message>
        <source>Cannot record migrations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1/%2 "%3" failed and was rolled back: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1/%2 "%3" could not start: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>csl::PeopleModule</name>
    <message>
        <source>%1 has no phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a phone number so the person can be reached when an incident is traced to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>csl::PersonRepository</name>
    <message>
        <source>Name: a person must be registered under their real name (R-DEV-5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone: "%1" is not a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>csl::RecordWriter</name>
    <message>
        <source>There is no register table %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1 does not exist in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no field %2 that can be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>csl::SqlCipherDriver</name>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot set the database key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>csl::Store</name>
    <message>
        <source>A file already exists at %1; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file; CampusSec Ledger only opens encrypted databases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is wrong, or %1 is not a CampusSec Ledger database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLCipher is not active: the database would not be encrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not encrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot checkpoint the database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot change the passphrase: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase was changed but the key header could not be renamed from %1.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>