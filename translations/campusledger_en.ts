<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>csl::AboutDialog</name>
    <message>
        <source>About CampusSec Ledger</source>
        <translation>About CampusSec Ledger</translation>
    </message>
    <message>
        <source>CampusSec Ledger %1</source>
        <translation>CampusSec Ledger %1</translation>
    </message>
    <message>
        <source>(open a database to see it)</source>
        <translation>(open a database to see it)</translation>
    </message>
    <message>
        <source>The network security registers of a school, kept in one encrypted database.&lt;br&gt;&lt;br&gt;Qt %1 · SQLCipher %2 · libsodium %3 (Argon2id)&lt;br&gt;&lt;br&gt;Data stays on this computer unless you sync it to the education bureau.</source>
        <translation>The network security registers of a school, kept in one encrypted database.&lt;br&gt;&lt;br&gt;Qt %1 · SQLCipher %2 · libsodium %3 (Argon2id)&lt;br&gt;&lt;br&gt;Data stays on this computer unless you sync it to the education bureau.</translation>
    </message>
</context>
<context>
    <name>csl::Backup</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
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
    <message>
        <source>The backup %1 already exists.</source>
        <translation>The backup %1 already exists.</translation>
    </message>
    <message>
        <source>%1 is the key header of a backup, but the backup %2 beside it is missing. Give the backup file itself (*%3).</source>
        <translation>%1 is the key header of a backup, but the backup %2 beside it is missing. Give the backup file itself (*%3).</translation>
    </message>
    <message>
        <source>The key header %1 of the backup is missing: keep it beside the backup.</source>
        <translation>The key header %1 of the backup is missing: keep it beside the backup.</translation>
    </message>
    <message>
        <source>The backup's journal is broken at entry %1: %2</source>
        <translation>The backup's journal is broken at entry %1: %2</translation>
    </message>
    <message>
        <source>The backup's records do not match its journal: %1</source>
        <translation>The backup's records do not match its journal: %1</translation>
    </message>
    <message>
        <source>The backup %1 was made from another database (id %2; this one is %3), of %4 (%5).</source>
        <translation>The backup %1 was made from another database (id %2; this one is %3), of %4 (%5).</translation>
    </message>
    <message>
        <source>The backup %1 is of another school: %2 (%3), not %4.</source>
        <translation>The backup %1 is of another school: %2 (%3), not %4.</translation>
    </message>
    <message>
        <source>The bureau has acknowledged this school's journal up to entry %1, but the backup ends at entry %2. After the restore, new changes take numbers the bureau already holds with other contents: it will refuse them as a break in the chain until the bureau reconciles its copy. Changes made since the backup are lost here but remain in the bureau's copy.</source>
        <translation>The bureau has acknowledged this school's journal up to entry %1, but the backup ends at entry %2. After the restore, new changes take numbers the bureau already holds with other contents: it will refuse them as a break in the chain until the bureau reconciles its copy. Changes made since the backup are lost here but remain in the bureau's copy.</translation>
    </message>
    <message>
        <source>%1 Nothing was restored. To restore it anyway, confirm by giving the school's name exactly: %2</source>
        <translation>%1 Nothing was restored. To restore it anyway, confirm by giving the school's name exactly: %2</translation>
    </message>
    <message>
        <source>%1 is open in another program or was not closed properly: open and close it once, then restore.</source>
        <translation>%1 is open in another program or was not closed properly: open and close it once, then restore.</translation>
    </message>
</context>
<context>
    <name>csl::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>The database is re-encrypted under the new passphrase. Backups made before keep the passphrase they were made with. A key remembered on this computer is replaced.</source>
        <translation>The database is re-encrypted under the new passphrase. Backups made before keep the passphrase they were made with. A key remembered on this computer is replaced.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <source>Confirm new passphrase:</source>
        <translation>Confirm new passphrase:</translation>
    </message>
    <message>
        <source>Current passphrase: it is not the passphrase of this database.</source>
        <translation>Current passphrase: it is not the passphrase of this database.</translation>
    </message>
    <message>
        <source>Confirm new passphrase: the two entries differ.</source>
        <translation>Confirm new passphrase: the two entries differ.</translation>
    </message>
    <message>
        <source>New passphrase: it is the current one.</source>
        <translation>New passphrase: it is the current one.</translation>
    </message>
</context>
<context>
    <name>csl::CsvReader</name>
    <message>
        <source>The file holds no rows.</source>
        <translation>The file holds no rows.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>UTF-8, UTF-8 with BOM, GB18030 (GBK), UTF-16 LE and UTF-16 BE</source>
        <translation>UTF-8, UTF-8 with BOM, GB18030 (GBK), UTF-16 LE and UTF-16 BE</translation>
    </message>
    <message>
        <source>The text is marked as %1 but is not valid %1; encodings tried: %2.</source>
        <translation>The text is marked as %1 but is not valid %1; encodings tried: %2.</translation>
    </message>
    <message>
        <source>The text cannot be decoded; encodings tried: %1. Save it from the spreadsheet as "CSV UTF-8" or "Unicode text".</source>
        <translation>The text cannot be decoded; encodings tried: %1. Save it from the spreadsheet as "CSV UTF-8" or "Unicode text".</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files over %3 MB are not read.</source>
        <translation>%1 is %2 MB; files over %3 MB are not read.</translation>
    </message>
</context>
<context>
    <name>csl::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>csl::DeviceRepository</name>
    <message>
        <source>The number of days must be at least 1.</source>
        <translation>The number of days must be at least 1.</translation>
    </message>
</context>
<context>
    <name>csl::DeviceRules</name>
    <message>
        <source>"%1" is not a host name (letters, digits, '-' and '.', at most 63 per label).</source>
        <translation>"%1" is not a host name (letters, digits, '-' and '.', at most 63 per label).</translation>
    </message>
    <message>
        <source>"%1" is not a subnet in CIDR form (10.1.2.0/24).</source>
        <translation>"%1" is not a subnet in CIDR form (10.1.2.0/24).</translation>
    </message>
    <message>
        <source>VLAN %1 is outside 1–4094.</source>
        <translation>VLAN %1 is outside 1–4094.</translation>
    </message>
    <message>
        <source>The gateway %1 is not inside %2.</source>
        <translation>The gateway %1 is not inside %2.</translation>
    </message>
    <message>
        <source>IP %1 is registered to %2 MAC addresses</source>
        <translation>IP %1 is registered to %2 MAC addresses</translation>
    </message>
    <message>
        <source>MACs %1. Each device must use its assigned IP: find which one is wrong and correct it.</source>
        <translation>MACs %1. Each device must use its assigned IP: find which one is wrong and correct it.</translation>
    </message>
    <message>
        <source>MAC %1 is registered on %2 IP addresses</source>
        <translation>MAC %1 is registered on %2 IP addresses</translation>
    </message>
    <message>
        <source>IPs %1. Keep one record per device and IP.</source>
        <translation>IPs %1. Keep one record per device and IP.</translation>
    </message>
    <message>
        <source>%1 is outside every registered subnet</source>
        <translation>%1 is outside every registered subnet</translation>
    </message>
    <message>
        <source>Either the IP was not assigned by the network administrator or its subnet is not registered.</source>
        <translation>Either the IP was not assigned by the network administrator or its subnet is not registered.</translation>
    </message>
    <message>
        <source>%1 has no registered user</source>
        <translation>%1 has no registered user</translation>
    </message>
    <message>
        <source>Name the person who uses it (real-name registration); an ownerless device is a zombie host to retire (R-DEV-4).</source>
        <translation>Name the person who uses it (real-name registration); an ownerless device is a zombie host to retire (R-DEV-4).</translation>
    </message>
    <message>
        <source>%1 has a randomised MAC %2</source>
        <translation>%1 has a randomised MAC %2</translation>
    </message>
    <message>
        <source>A locally administered MAC changes; turn off MAC randomisation for the school network so incidents can be traced to this device.</source>
        <translation>A locally administered MAC changes; turn off MAC randomisation for the school network so incidents can be traced to this device.</translation>
    </message>
    <message>
        <source>%1 not seen on the network for %2 days</source>
        <translation>%1 not seen on the network for %2 days</translation>
    </message>
    <message>
        <source>%1 never seen on the network</source>
        <translation>%1 never seen on the network</translation>
    </message>
    <message>
        <source>An unused host is a zombie system: confirm with its user, then mark it spare or retired.</source>
        <translation>An unused host is a zombie system: confirm with its user, then mark it spare or retired.</translation>
    </message>
    <message>
        <source>IP %1 was seen with MAC %2, registered to %3</source>
        <translation>IP %1 was seen with MAC %2, registered to %3</translation>
    </message>
    <message>
        <source>Another device uses this IP, or the device's network card changed: check and update the register.</source>
        <translation>Another device uses this IP, or the device's network card changed: check and update the register.</translation>
    </message>
    <message>
        <source>Unregistered device %1 (%2) seen on the network</source>
        <translation>Unregistered device %1 (%2) seen on the network</translation>
    </message>
    <message>
        <source>Register the device with its user and location, or remove it from the network.</source>
        <translation>Register the device with its user and location, or remove it from the network.</translation>
    </message>
    <message>
        <source>Vendor: %1. Register the device with its user and location, or remove it from the network.</source>
        <translation>Vendor: %1. Register the device with its user and location, or remove it from the network.</translation>
    </message>
</context>
<context>
    <name>csl::Devices</name>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Access point</source>
        <translation>Access point</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>Spare</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>IP/MAC register</source>
        <translation>IP/MAC register</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation><numerusform>%n device(s)</numerusform></translation>
    </message>
    <message>
        <source>IP/MAC register form</source>
        <translation>IP/MAC register form</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Network administrator</source>
        <translation>Network administrator</translation>
    </message>
    <message>
        <source>Head of information security</source>
        <translation>Head of information security</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Device type</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Location (building and room)</source>
        <translation>Location (building and room)</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnets</translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s)</source>
        <translation><numerusform>%n subnet(s)</numerusform></translation>
    </message>
    <message>
        <source>Subnet (CIDR)</source>
        <translation>Subnet (CIDR)</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>csl::DevicesModule</name>
    <message>
        <source>IP/MAC register</source>
        <translation>IP/MAC register</translation>
    </message>
</context>
<context>
    <name>csl::DevicesPage</name>
    <message>
        <source>Search IP, MAC, user, location, hostname…</source>
        <translation>Search IP, MAC, user, location, hostname…</translation>
    </message>
    <message>
        <source>Seen on network…</source>
        <translation>Seen on network…</translation>
    </message>
    <message>
        <source>Read a saved neighbour table or arp-scan output (cancel to read this computer's table)</source>
        <translation>Read a saved neighbour table or arp-scan output (cancel to read this computer's table)</translation>
    </message>
    <message>
        <source>Devices seen on the network</source>
        <translation>Devices seen on the network</translation>
    </message>
    <message>
        <source>Neighbour tables and arp-scan output (*.txt *.log *);;All files (*)</source>
        <translation>Neighbour tables and arp-scan output (*.txt *.log *);;All files (*)</translation>
    </message>
    <message>
        <source>%1 pair(s) seen: %2 as registered, %3 unregistered, %4 with another MAC, %5 on another IP.</source>
        <translation>%1 pair(s) seen: %2 as registered, %3 unregistered, %4 with another MAC, %5 on another IP.</translation>
    </message>
    <message>
        <source>R-DEV-4: an in-use device not seen on the network for longer is listed as a possible zombie host</source>
        <translation>R-DEV-4: an in-use device not seen on the network for longer is listed as a possible zombie host</translation>
    </message>
    <message>
        <source>Not seen on the network for %1 days</source>
        <translation>Not seen on the network for %1 days</translation>
    </message>
    <message>
        <source>From the IEEE registration tables built into this program</source>
        <translation>From the IEEE registration tables built into this program</translation>
    </message>
    <message>
        <source>Vendor: shown from the first three octets</source>
        <translation>Vendor: shown from the first three octets</translation>
    </message>
</context>
<context>
    <name>csl::FieldEditor</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
</context>
<context>
    <name>csl::FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
</context>
<context>
    <name>csl::FindingsPanel</name>
    <message>
        <source>To do and findings</source>
        <translation>To do and findings</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Nothing needs action now.</source>
        <translation>Nothing needs action now.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); double-click one to open the record it concerns.</source>
        <translation><numerusform>%n finding(s); double-click one to open the record it concerns.</numerusform></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) at the last check; checking again…</source>
        <translation><numerusform>%n finding(s) at the last check; checking again…</numerusform></translation>
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
    <name>csl::JournalExport</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Record after the change</source>
        <translation>Record after the change</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Journal of %1</source>
        <translation>Journal of %1</translation>
    </message>
    <message>
        <source>School code: %1. Printed %2.</source>
        <translation>School code: %1. Printed %2.</translation>
    </message>
    <message>
        <source>Hash chain: intact, %1 entries, head %2.</source>
        <translation>Hash chain: intact, %1 entries, head %2.</translation>
    </message>
    <message>
        <source>Hash chain: BROKEN at entry %1 (%2).</source>
        <translation>Hash chain: BROKEN at entry %1 (%2).</translation>
    </message>
    <message>
        <source>Only the newest %1 entries are printed; export a CSV file for all of them.</source>
        <translation>Only the newest %1 entries are printed; export a CSV file for all of them.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF document (*.pdf);;CSV file (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;PDF document (*.pdf);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .xlsx, .pdf or .csv.</source>
        <translation>%1: choose a file ending in .xlsx, .pdf or .csv.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>Hash chain</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>BROKEN at entry %1 (%2)</source>
        <translation>BROKEN at entry %1 (%2)</translation>
    </message>
    <message>
        <source>Entries in the journal</source>
        <translation>Entries in the journal</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Head hash</translation>
    </message>
</context>
<context>
    <name>csl::JournalPage</name>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Every change to every register, newest first. Each entry is chained to the one before by a SHA-256 hash, so a change made behind the application's back shows.</source>
        <translation>Every change to every register, newest first. Each entry is chained to the one before by a SHA-256 hash, so a change made behind the application's back shows.</translation>
    </message>
    <message>
        <source>All registers</source>
        <translation>All registers</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Chain: not checked yet</source>
        <translation>Chain: not checked yet</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Dates: the first day (%1) is after the last day (%2).</source>
        <translation>Dates: the first day (%1) is after the last day (%2).</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>The journal could not be read: %1</translation>
    </message>
    <message>
        <source>%1 entries in all; newest %2 loaded, more as you scroll.</source>
        <translation>%1 entries in all; newest %2 loaded, more as you scroll.</translation>
    </message>
    <message>
        <source>%1 matching entries loaded, more as you scroll (of %2 in all).</source>
        <translation>%1 matching entries loaded, more as you scroll (of %2 in all).</translation>
    </message>
    <message>
        <source>%1 matching entries (of %2 in all).</source>
        <translation>%1 matching entries (of %2 in all).</translation>
    </message>
    <message>
        <source>Chain: intact (%1 entries)</source>
        <translation>Chain: intact (%1 entries)</translation>
    </message>
    <message>
        <source>Chain: BROKEN at entry %1</source>
        <translation>Chain: BROKEN at entry %1</translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: %2</source>
        <translation>The journal is broken at entry %1: %2</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Export the journal</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>Exported to %1. The file is not encrypted: keep it safe or delete it after use.</source>
        <translation>Exported to %1. The file is not encrypted: keep it safe or delete it after use.</translation>
    </message>
    <message>
        <source>%1 entries in all.</source>
        <translation>%1 entries in all.</translation>
    </message>
</context>
<context>
    <name>csl::JournalTableModel</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Record after the change</source>
        <translation>Record after the change</translation>
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
    <message>
        <source>Unknown key derivation profile "%1".</source>
        <translation>Unknown key derivation profile "%1".</translation>
    </message>
    <message>
        <source>The test key derivation profile is refused: it makes a passphrase cheap to guess and exists only in builds made for testing.</source>
        <translation>The test key derivation profile is refused: it makes a passphrase cheap to guess and exists only in builds made for testing.</translation>
    </message>
    <message>
        <source>The key header %1 asks for Argon2id costs outside the accepted range (opslimit %2 to %3, memlimit %4 to %5 bytes).</source>
        <translation>The key header %1 asks for Argon2id costs outside the accepted range (opslimit %2 to %3, memlimit %4 to %5 bytes).</translation>
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
    <message>
        <source>Nothing is kept in the system keychain under %1.</source>
        <translation>Nothing is kept in the system keychain under %1.</translation>
    </message>
    <message>
        <source>The secret is %1 bytes; the system keychain keeps at most %2.</source>
        <translation>The secret is %1 bytes; the system keychain keeps at most %2.</translation>
    </message>
</context>
<context>
    <name>csl::MainWindow</name>
    <message>
        <source>CampusSec Ledger</source>
        <translation>CampusSec Ledger</translation>
    </message>
    <message>
        <source>The ledger is locked.</source>
        <translation>The ledger is locked.</translation>
    </message>
    <message>
        <source>To do and findings</source>
        <translation>To do and findings</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>No page shows the register "%1".</source>
        <translation>No page shows the register "%1".</translation>
    </message>
    <message>
        <source>The record this finding concerns is no longer in the register; it may have been deleted.</source>
        <translation>The record this finding concerns is no longer in the register; it may have been deleted.</translation>
    </message>
    <message>
        <source>To do and findings (%1)</source>
        <translation>To do and findings (%1)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Last backup: never</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Verify journal</source>
        <translation>&amp;Verify journal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About CampusSec Ledger</source>
        <translation>&amp;About CampusSec Ledger</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>Ledger databases (*.cldb);;All files (*)</source>
        <translation>Ledger databases (*.cldb);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is not a CampusSec Ledger database: its key header is missing or the file is not encrypted.</source>
        <translation>%1 is not a CampusSec Ledger database: its key header is missing or the file is not encrypted.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1

Close the database anyway?</source>
        <translation>The automatic backup failed: %1

Close the database anyway?</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? Changes made since that backup are lost (the current database is backed up first).</source>
        <translation>Replace the database with the backup %1? Changes made since that backup are lost (the current database is backed up first).</translation>
    </message>
    <message>
        <source>The passphrase that was in use when the backup was made:</source>
        <translation>The passphrase that was in use when the backup was made:</translation>
    </message>
    <message>
        <source>The current database could not be backed up first, so nothing was restored: %1</source>
        <translation>The current database could not be backed up first, so nothing was restored: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>Restored from %1. Unlock with the passphrase of that backup.</source>
        <translation>Restored from %1. Unlock with the passphrase of that backup.</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entries, chained without a break.</source>
        <translation><numerusform>The journal is intact: %n entries, chained without a break.</numerusform></translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: %2. Keep this database as evidence and restore a backup.</source>
        <translation>The journal is broken at entry %1: %2. Keep this database as evidence and restore a backup.</translation>
    </message>
    <message>
        <source>The findings could not be checked: %1</source>
        <translation>The findings could not be checked: %1</translation>
    </message>
    <message>
        <source>To do and findings (checking…)</source>
        <translation>To do and findings (checking…)</translation>
    </message>
    <message>
        <source>Ledger backups (*%1);;All files (*)</source>
        <translation>Ledger backups (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>%1

To restore it anyway, type the name of its school (%2):</source>
        <translation>%1

To restore it anyway, type the name of its school (%2):</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup is of another database and was not confirmed.</source>
        <translation>Nothing was restored: the backup is of another database and was not confirmed.</translation>
    </message>
    <message>
        <source>%1

Restore anyway?</source>
        <translation>%1

Restore anyway?</translation>
    </message>
    <message>
        <source>The key remembered on this computer could not be replaced (%1) and was forgotten.</source>
        <translation>The key remembered on this computer could not be replaced (%1) and was forgotten.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>The passphrase was not changed: %1</translation>
    </message>
    <message>
        <source>The passphrase was changed. %1</source>
        <translation>The passphrase was changed. %1</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before keep the old passphrase.</source>
        <translation>The passphrase was changed. Backups made before keep the old passphrase.</translation>
    </message>
</context>
<context>
    <name>csl::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <name>csl::NeighbourTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no IP/MAC pairs (expected /proc/net/arp, `ip neigh` or arp-scan output).</source>
        <translation>%1 holds no IP/MAC pairs (expected /proc/net/arp, `ip neigh` or arp-scan output).</translation>
    </message>
    <message>
        <source>Cannot read the neighbour table: %1</source>
        <translation>Cannot read the neighbour table: %1</translation>
    </message>
    <message>
        <source>Windows did not return its neighbour table (error %1).</source>
        <translation>Windows did not return its neighbour table (error %1).</translation>
    </message>
</context>
<context>
    <name>csl::NewSchool</name>
    <message>
        <source>School name: enter the school's full name as registered.</source>
        <translation>School name: enter the school's full name as registered.</translation>
    </message>
    <message>
        <source>School code: enter the code the bureau assigned to the school.</source>
        <translation>School code: enter the code the bureau assigned to the school.</translation>
    </message>
</context>
<context>
    <name>csl::OuiTable</name>
    <message>
        <source>Multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <source>Vendor: %1 (IEEE block %2)</source>
        <translation>Vendor: %1 (IEEE block %2)</translation>
    </message>
    <message>
        <source>Vendor: no organisation is registered for %1.</source>
        <translation>Vendor: no organisation is registered for %1.</translation>
    </message>
    <message>
        <source>Randomised or locally administered MAC: it names no vendor and may change (R-DEV-2).</source>
        <translation>Randomised or locally administered MAC: it names no vendor and may change (R-DEV-2).</translation>
    </message>
    <message>
        <source>A multicast address belongs to a group, not to a device.</source>
        <translation>A multicast address belongs to a group, not to a device.</translation>
    </message>
    <message>
        <source>Private (owner not published)</source>
        <translation>Private (owner not published)</translation>
    </message>
    <message>
        <source>Randomised MAC</source>
        <translation>Randomised MAC</translation>
    </message>
</context>
<context>
    <name>csl::PassphraseMeter</name>
    <message>
        <source>Enter a passphrase</source>
        <translation>Enter a passphrase</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>About %1 bits</source>
        <translation>About %1 bits</translation>
    </message>
</context>
<context>
    <name>csl::PassphraseStrength</name>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>Passphrase: too easy to guess. Make it longer, for example a few unrelated words.</source>
        <translation>Passphrase: too easy to guess. Make it longer, for example a few unrelated words.</translation>
    </message>
</context>
<context>
    <name>csl::People</name>
    <message>
        <source>People directory</source>
        <translation>People directory</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person(s)</numerusform></translation>
    </message>
    <message>
        <source>Staff who use the network: devices, duty shifts and responsibility letters name them. Register everyone under their real name (R-DEV-5).</source>
        <translation>Staff who use the network: devices, duty shifts and responsibility letters name them. Register everyone under their real name (R-DEV-5).</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <source>Head of information security</source>
        <translation>Head of information security</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>"%1" is not a phone number.</source>
        <translation>"%1" is not a phone number.</translation>
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
    <name>csl::RecordAudit</name>
    <message>
        <source>The list of registers cannot be read: %1</source>
        <translation>The list of registers cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>row %1 of %2 points at journal entry %3, which is not about it</source>
        <translation>row %1 of %2 points at journal entry %3, which is not about it</translation>
    </message>
    <message>
        <source>row %1 of %2 differs from journal entry %3 in field %4</source>
        <translation>row %1 of %2 differs from journal entry %3 in field %4</translation>
    </message>
    <message>
        <source>row %1 of %2 is the version of journal entry %3, but the journal's newest entry for it is %4: a later change was undone behind the journal's back</source>
        <translation>row %1 of %2 is the version of journal entry %3, but the journal's newest entry for it is %4: a later change was undone behind the journal's back</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>The journal cannot be read: %1</translation>
    </message>
    <message>
        <source>record %1 of module %2 is named by journal entry %3 but has no row: it was removed behind the journal's back</source>
        <translation>record %1 of module %2 is named by journal entry %3 but has no row: it was removed behind the journal's back</translation>
    </message>
    <message>
        <source>The triggers cannot be read: %1</source>
        <translation>The triggers cannot be read: %1</translation>
    </message>
    <message>
        <source>trigger %1 on %2 is not one the application made</source>
        <translation>trigger %1 on %2 is not one the application made</translation>
    </message>
    <message>
        <source>trigger %1 on %2 has been altered</source>
        <translation>trigger %1 on %2 has been altered</translation>
    </message>
    <message>
        <source>trigger %1 on %2 is missing</source>
        <translation>trigger %1 on %2 is missing</translation>
    </message>
</context>
<context>
    <name>csl::RecordBatch</name>
    <message>
        <source>There is no register table %1.</source>
        <translation>There is no register table %1.</translation>
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
        <source>%1 values for %2 fields of %3.</source>
        <translation>%1 values for %2 fields of %3.</translation>
    </message>
    <message>
        <source>%1: a batch writes inside a transaction only.</source>
        <translation>%1: a batch writes inside a transaction only.</translation>
    </message>
</context>
<context>
    <name>csl::RecordDialog</name>
    <message>
        <source>%1: add</source>
        <translation>%1: add</translation>
    </message>
    <message>
        <source>%1: edit %2</source>
        <translation>%1: edit %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Correct the fields marked below.</source>
        <translation>Correct the fields marked below.</translation>
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
    <name>csl::RegisterBulkEditDialog</name>
    <message numerus="yes">
        <source>Bulk edit %n record(s)</source>
        <translation><numerusform>Bulk edit %n record(s)</numerusform></translation>
    </message>
    <message>
        <source>Tick the fields to change. Unticked fields keep each record's own value; each change is recorded in the journal.</source>
        <translation>Tick the fields to change. Unticked fields keep each record's own value; each change is recorded in the journal.</translation>
    </message>
    <message>
        <source>Change this field on every selected record</source>
        <translation>Change this field on every selected record</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tick at least one field to change.</source>
        <translation>Tick at least one field to change.</translation>
    </message>
    <message>
        <source>None of the %1 selected records would change: they already have these values.</source>
        <translation>None of the %1 selected records would change: they already have these values.</translation>
    </message>
    <message>
        <source>%1 of the %2 selected records will change.</source>
        <translation>%1 of the %2 selected records will change.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Nothing was changed. %1</translation>
    </message>
</context>
<context>
    <name>csl::RegisterChildPanel</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1 (choose a record above)</source>
        <translation>%1 (choose a record above)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Remove from %1</translation>
    </message>
    <message>
        <source>Remove %1? The journal keeps it.</source>
        <translation>Remove %1? The journal keeps it.</translation>
    </message>
</context>
<context>
    <name>csl::RegisterExport</name>
    <message>
        <source>School: %1    Records: %2</source>
        <translation>School: %1    Records: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>csl::RegisterFindingsPanel</name>
    <message>
        <source>Findings to act on</source>
        <translation>Findings to act on</translation>
    </message>
</context>
<context>
    <name>csl::RegisterImport</name>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>row %1, column %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported. Fix them or choose to skip bad rows.</source>
        <translation><numerusform>%n row(s) have errors; nothing was imported. Fix them or choose to skip bad rows.</numerusform></translation>
    </message>
</context>
<context>
    <name>csl::RegisterImportDialog</name>
    <message>
        <source>Import into %1 from %2</source>
        <translation>Import into %1 from %2</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import, skipping bad rows</source>
        <translation>Import, skipping bad rows</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Errors (fix them in the file, skip those rows, or cancel):</source>
        <translation>Errors (fix them in the file, skip those rows, or cancel):</translation>
    </message>
    <message>
        <source>Choose the columns holding: %1.</source>
        <translation>Choose the columns holding: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 row(s) ready, %2 with errors, %3 new people for the directory (file read as %4).</source>
        <translation>%1 row(s) ready, %2 with errors, %3 new people for the directory (file read as %4).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>csl::RegisterPage</name>
    <message>
        <source>Search %1…</source>
        <translation>Search %1…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Show only this %1</source>
        <translation>Show only this %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>Bulk edit…</translation>
    </message>
    <message>
        <source>Change the same fields on every selected record</source>
        <translation>Change the same fields on every selected record</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Import into %1</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Export all…</translation>
    </message>
    <message>
        <source>Export the rows shown…</source>
        <translation>Export the rows shown…</translation>
    </message>
    <message>
        <source>Print the rows shown…</source>
        <translation>Print the rows shown…</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Select the records to change first (Ctrl+click or Shift+click for several).</source>
        <translation>Select the records to change first (Ctrl+click or Shift+click for several).</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n record(s). Undo restores them all.</source>
        <translation><numerusform>Changed %n record(s). Undo restores them all.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected record(s)</source>
        <translation><numerusform>%n selected record(s)</numerusform></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Remove from %1</translation>
    </message>
    <message>
        <source>Remove %1? Undo brings them back; the journal keeps them.</source>
        <translation>Remove %1? Undo brings them back; the journal keeps them.</translation>
    </message>
    <message>
        <source>Removed %1. Undo brings it back.</source>
        <translation>Removed %1. Undo brings it back.</translation>
    </message>
    <message>
        <source>The last change was undone (the journal keeps both).</source>
        <translation>The last change was undone (the journal keeps both).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s). Undo removes them again.</source>
        <translation><numerusform>Imported %n record(s). Undo removes them again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1. The file is not encrypted and holds personal data: keep it safe and delete it when it is no longer needed.</source>
        <translation><numerusform>Exported %n record(s) to %1. The file is not encrypted and holds personal data: keep it safe and delete it when it is no longer needed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1. The file is not encrypted.</source>
        <translation><numerusform>Exported %n record(s) to %1. The file is not encrypted.</numerusform></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Set %1</translation>
    </message>
    <message>
        <source>No change allowed</source>
        <translation>No change allowed</translation>
    </message>
    <message>
        <source>Choose a record first.</source>
        <translation>Choose a record first.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>csl::RegisterReader</name>
    <message>
        <source>%1: there is no record %2.</source>
        <translation>%1: there is no record %2.</translation>
    </message>
</context>
<context>
    <name>csl::RegisterRepository</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>%1 has no field %2 that can be changed.</source>
        <translation>%1 has no field %2 that can be changed.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no status.</source>
        <translation>%1 has no status.</translation>
    </message>
    <message>
        <source>%1: the status cannot go from "%2" to "%3".</source>
        <translation>%1: the status cannot go from "%2" to "%3".</translation>
    </message>
</context>
<context>
    <name>csl::RegisterSchema</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(set)</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s).</source>
        <translation><numerusform>is longer than %n character(s).</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>"%1" is not one of: %2.</source>
        <translation>"%1" is not one of: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a date (write 2024-09-01).</source>
        <translation>"%1" is not a date (write 2024-09-01).</translation>
    </message>
    <message>
        <source>"%1" is not a date and time (write 2024-09-01 08:30).</source>
        <translation>"%1" is not a date and time (write 2024-09-01 08:30).</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 host address.</source>
        <translation>"%1" is not an IPv4 or IPv6 host address.</translation>
    </message>
    <message>
        <source>"%1" is not a MAC address (write it as aa:bb:cc:dd:ee:ff, AA-BB-CC-DD-EE-FF, aabb.ccdd.eeff or aabbccddeeff).</source>
        <translation>"%1" is not a MAC address (write it as aa:bb:cc:dd:ee:ff, AA-BB-CC-DD-EE-FF, aabb.ccdd.eeff or aabbccddeeff).</translation>
    </message>
    <message>
        <source>%1 is not the address of a device.</source>
        <translation>%1 is not the address of a device.</translation>
    </message>
    <message>
        <source>%1 is a multicast address, not the address of a device.</source>
        <translation>%1 is a multicast address, not the address of a device.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>"%1" is not a whole number.</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no (write 是 or 否).</source>
        <translation>"%1" is neither yes nor no (write 是 or 否).</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>csl::RegisterTableModel</name>
    <message>
        <source>No registered person (R-DEV-5)</source>
        <translation>No registered person (R-DEV-5)</translation>
    </message>
</context>
<context>
    <name>csl::ReportDocument</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>csl::SettingsDialog</name>
    <message>
        <source>Back up automatically when the application closes</source>
        <translation>Back up automatically when the application closes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>"backups" beside the database</source>
        <translation>"backups" beside the database</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>Lock after idle:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Backups to keep:</translation>
    </message>
    <message>
        <source>Notify of deadlines within:</source>
        <translation>Notify of deadlines within:</translation>
    </message>
    <message>
        <source>Backups are encrypted like the database and open with the passphrase in use when they were made. Keep one copy away from this computer.</source>
        <translation>Backups are encrypted like the database and open with the passphrase in use when they were made. Keep one copy away from this computer.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>The new language applies the next time CampusSec Ledger starts.</source>
        <translation>The new language applies the next time CampusSec Ledger starts.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Re-encrypt the open database under a new passphrase.</source>
        <translation>Re-encrypt the open database under a new passphrase.</translation>
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
    <message>
        <source>Cannot set the cipher parameters</source>
        <translation>Cannot set the cipher parameters</translation>
    </message>
</context>
<context>
    <name>csl::SqlStatement</name>
    <message>
        <source>the database is not open</source>
        <translation>the database is not open</translation>
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
        <source>Cannot checkpoint %1: another program or window is using the database. Close it and try again.</source>
        <translation>Cannot checkpoint %1: another program or window is using the database. Close it and try again.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>it could not be flushed to the disk</source>
        <translation>it could not be flushed to the disk</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The passphrase can only be changed outside any other change.</source>
        <translation>The passphrase can only be changed outside any other change.</translation>
    </message>
    <message>
        <source>Cannot open %1 again: %2</source>
        <translation>Cannot open %1 again: %2</translation>
    </message>
    <message>
        <source>The passphrase was not changed: another program or window has %1 open. Close it and try again.</source>
        <translation>The passphrase was not changed: another program or window has %1 open. Close it and try again.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1 could not be replaced.</source>
        <translation>The passphrase was not changed: %1 could not be replaced.</translation>
    </message>
</context>
<context>
    <name>csl::SubnetDialog</name>
    <message>
        <source>Add a subnet</source>
        <translation>Add a subnet</translation>
    </message>
    <message>
        <source>Edit subnet %1</source>
        <translation>Edit subnet %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>e.g. teachers' office PCs, classroom projectors</source>
        <translation>e.g. teachers' office PCs, classroom projectors</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 overlaps the registered subnet %2.</source>
        <translation>%1 overlaps the registered subnet %2.</translation>
    </message>
</context>
<context>
    <name>csl::SubnetPanel</name>
    <message>
        <source>Subnets</source>
        <translation>Subnets</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a subnet</source>
        <translation>Add a subnet</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnet</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>All devices</translation>
    </message>
    <message>
        <source>Show the devices of every subnet</source>
        <translation>Show the devices of every subnet</translation>
    </message>
    <message>
        <source>(no building)</source>
        <translation>(no building)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>Gateway %1, %2</source>
        <translation>Gateway %1, %2</translation>
    </message>
    <message>
        <source>Nearly full: %1 of %2 host addresses are registered.
%3</source>
        <translation>Nearly full: %1 of %2 host addresses are registered.
%3</translation>
    </message>
    <message>
        <source>The subnet was removed meanwhile.</source>
        <translation>The subnet was removed meanwhile.</translation>
    </message>
    <message>
        <source>Added the subnet %1.</source>
        <translation>Added the subnet %1.</translation>
    </message>
    <message>
        <source>Saved the subnet %1.</source>
        <translation>Saved the subnet %1.</translation>
    </message>
    <message>
        <source>Remove subnet</source>
        <translation>Remove subnet</translation>
    </message>
    <message>
        <source>Remove the subnet %1? Its devices stay registered; the journal keeps the subnet.</source>
        <translation>Remove the subnet %1? Its devices stay registered; the journal keeps the subnet.</translation>
    </message>
    <message>
        <source>Removed the subnet %1.</source>
        <translation>Removed the subnet %1.</translation>
    </message>
</context>
<context>
    <name>csl::SyncClient</name>
    <message>
        <source>The school code is not set; enter it in the school's details.</source>
        <translation>The school code is not set; enter it in the school's details.</translation>
    </message>
    <message>
        <source>No sync token is saved on this computer. Enter the token the bureau issued.</source>
        <translation>No sync token is saved on this computer. Enter the token the bureau issued.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The server's public key does not match the pinned key: this may not be the bureau's server.</source>
        <translation>The server's public key does not match the pinned key: this may not be the bureau's server.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>The secure connection failed: %1</translation>
    </message>
    <message>
        <source>The server's certificate was issued for another host, not %1: the connection was refused.</source>
        <translation>The server's certificate was issued for another host, not %1: the connection was refused.</translation>
    </message>
    <message>
        <source>The server's certificate has expired (%1): the connection was refused.</source>
        <translation>The server's certificate has expired (%1): the connection was refused.</translation>
    </message>
    <message>
        <source>The server's certificate is not valid yet (check this computer's clock): the connection was refused.</source>
        <translation>The server's certificate is not valid yet (check this computer's clock): the connection was refused.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1). Add the bureau's CA certificate if it uses its own.</source>
        <translation>The server's certificate is not trusted (%1). Add the bureau's CA certificate if it uses its own.</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>the server did not answer in time</translation>
    </message>
    <message>
        <source>the answer was incomplete</source>
        <translation>the answer was incomplete</translation>
    </message>
    <message>
        <source>The bureau rejected the token. Enter the current token the bureau issued.</source>
        <translation>The bureau rejected the token. Enter the current token the bureau issued.</translation>
    </message>
    <message>
        <source>The token does not belong to school %1.</source>
        <translation>The token does not belong to school %1.</translation>
    </message>
    <message>
        <source>The address %1 is not the bureau's sync service.</source>
        <translation>The address %1 is not the bureau's sync service.</translation>
    </message>
    <message>
        <source>The bureau refused the journal: %1. Run "verify" on the journal.</source>
        <translation>The bureau refused the journal: %1. Run "verify" on the journal.</translation>
    </message>
    <message>
        <source>the server is busy</source>
        <translation>the server is busy</translation>
    </message>
    <message>
        <source>the server reported an error (%1)</source>
        <translation>the server reported an error (%1)</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>The server answered %1: %2</translation>
    </message>
    <message>
        <source>The server is busy — will retry at %1.</source>
        <translation>The server is busy — will retry at %1.</translation>
    </message>
    <message>
        <source>The server is unreachable (%1) — will retry at %2.</source>
        <translation>The server is unreachable (%1) — will retry at %2.</translation>
    </message>
    <message>
        <source>The server failed (%1) — will retry at %2.</source>
        <translation>The server failed (%1) — will retry at %2.</translation>
    </message>
    <message>
        <source>Retrying in %1 s: %2</source>
        <translation>Retrying in %1 s: %2</translation>
    </message>
    <message>
        <source>The server's answer names no head.</source>
        <translation>The server's answer names no head.</translation>
    </message>
    <message>
        <source>The bureau holds %1 entries but this journal has %2: was the database restored from an older backup?</source>
        <translation>The bureau holds %1 entries but this journal has %2: was the database restored from an older backup?</translation>
    </message>
    <message>
        <source>The bureau's copy of entry %1 differs from this journal; ask the bureau to check its copy.</source>
        <translation>The bureau's copy of entry %1 differs from this journal; ask the bureau to check its copy.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Sending entries %1 to %2…</source>
        <translation>Sending entries %1 to %2…</translation>
    </message>
    <message>
        <source>Entry %1 is larger than the server accepts.</source>
        <translation>Entry %1 is larger than the server accepts.</translation>
    </message>
    <message>
        <source>The bureau's copy does not continue this journal: %1</source>
        <translation>The bureau's copy does not continue this journal: %1</translation>
    </message>
    <message>
        <source>The server acknowledged entry %1, not the entry %2 that was sent.</source>
        <translation>The server acknowledged entry %1, not the entry %2 that was sent.</translation>
    </message>
    <message>
        <source>Fetching notices from the bureau…</source>
        <translation>Fetching notices from the bureau…</translation>
    </message>
    <message>
        <source>Done: %1 entries sent, the bureau holds everything up to entry %2; %3 new notices.</source>
        <translation>Done: %1 entries sent, the bureau holds everything up to entry %2; %3 new notices.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address, %1; it was not followed, so the token stayed with %2. Check the sync address.</source>
        <translation>The server sent the request on to another address, %1; it was not followed, so the token stayed with %2. Check the sync address.</translation>
    </message>
    <message>
        <source>The server's answer is larger than %1 MB; it was not read.</source>
        <translation>The server's answer is larger than %1 MB; it was not read.</translation>
    </message>
</context>
<context>
    <name>csl::SyncModule</name>
    <message>
        <source>Threat notified by the bureau: %1</source>
        <translation>Threat notified by the bureau: %1</translation>
    </message>
    <message>
        <source>Fix it by %1 and report the fix to the bureau (notice %2).</source>
        <translation>Fix it by %1 and report the fix to the bureau (notice %2).</translation>
    </message>
    <message>
        <source>Notice from the bureau: %1</source>
        <translation>Notice from the bureau: %1</translation>
    </message>
    <message>
        <source>Act on it by %1 (notice %2).</source>
        <translation>Act on it by %1 (notice %2).</translation>
    </message>
    <message>
        <source>Read notice %1.</source>
        <translation>Read notice %1.</translation>
    </message>
    <message>
        <source>Bureau sync</source>
        <translation>Bureau sync</translation>
    </message>
</context>
<context>
    <name>csl::SyncPage</name>
    <message>
        <source>&lt;h2&gt;Bureau sync&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bureau sync&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Notices from the bureau</source>
        <translation>Notices from the bureau</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>History of runs</source>
        <translation>History of runs</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Acknowledged up to</source>
        <translation>Acknowledged up to</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Bureau address</source>
        <translation>Bureau address</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to replace</source>
        <translation>kept in the system keychain; type to replace</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>optional: the bureau's CA certificate (PEM)</source>
        <translation>optional: the bureau's CA certificate (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Bureau CA certificate</source>
        <translation>Bureau CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>optional: sha256/… of the server's public key</source>
        <translation>optional: sha256/… of the server's public key</translation>
    </message>
    <message>
        <source>Pinned key</source>
        <translation>Pinned key</translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation>Every day at</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The bureau holds %1 of %2 journal entries.</source>
        <translation>The bureau holds %1 of %2 journal entries.</translation>
    </message>
    <message>
        <source>Enter the school code the bureau assigned.</source>
        <translation>Enter the school code the bureau assigned.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>The settings were not saved: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>retry</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>threat</translation>
    </message>
    <message>
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Next run: %1</translation>
    </message>
    <message>
        <source>No run is scheduled.</source>
        <translation>No run is scheduled.</translation>
    </message>
</context>
<context>
    <name>csl::SyncRepository</name>
    <message>
        <source>The run was interrupted (the program was closed or stopped).</source>
        <translation>The run was interrupted (the program was closed or stopped).</translation>
    </message>
</context>
<context>
    <name>csl::SyncSettings</name>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>The CA file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>Enter the address of the bureau's platform.</source>
        <translation>Enter the address of the bureau's platform.</translation>
    </message>
    <message>
        <source>The address "%1" is not a valid URL.</source>
        <translation>The address "%1" is not a valid URL.</translation>
    </message>
    <message>
        <source>The address must start with https:// (the journal is only sent encrypted).</source>
        <translation>The address must start with https:// (the journal is only sent encrypted).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>The CA file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The pinned key must look like sha256/ followed by 44 base64 characters.</source>
        <translation>The pinned key must look like sha256/ followed by 44 base64 characters.</translation>
    </message>
    <message>
        <source>No sync token is saved on this computer. Enter the token the bureau issued.</source>
        <translation>No sync token is saved on this computer. Enter the token the bureau issued.</translation>
    </message>
</context>
<context>
    <name>csl::TableReader</name>
    <message>
        <source>%1: only .xlsx, .csv, .tsv and .txt files can be imported.</source>
        <translation>%1: only .xlsx, .csv, .tsv and .txt files can be imported.</translation>
    </message>
    <message>
        <source>Spreadsheets and text (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>Spreadsheets and text (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>csl::TrayIcon</name>
    <message>
        <source>Show CampusSec Ledger</source>
        <translation>Show CampusSec Ledger</translation>
    </message>
    <message>
        <source>To do and findings</source>
        <translation>To do and findings</translation>
    </message>
    <message>
        <source>CampusSec Ledger (locked)</source>
        <translation>CampusSec Ledger (locked)</translation>
    </message>
    <message numerus="yes">
        <source>CampusSec Ledger: %n finding(s) to handle</source>
        <translation><numerusform>CampusSec Ledger: %n finding(s) to handle</numerusform></translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation>Due %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) are due within %1 days.</source>
        <translation><numerusform>%n finding(s) are due within %1 days.</numerusform></translation>
    </message>
    <message>
        <source>Deadline near</source>
        <translation>Deadline near</translation>
    </message>
</context>
<context>
    <name>csl::UnlockDialog</name>
    <message>
        <source>Unlock — CampusSec Ledger</source>
        <translation>Unlock — CampusSec Ledger</translation>
    </message>
    <message>
        <source>CampusSec Ledger</source>
        <translation>CampusSec Ledger</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>csl::UnlockWidget</name>
    <message>
        <source>Remember on this computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Enter the passphrase to open the ledger</source>
        <translation>Enter the passphrase to open the ledger</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Keeps the database key in this computer's keychain (Windows Credential Manager), so the ledger opens without the passphrase for your account on this computer.</source>
        <translation>Keeps the database key in this computer's keychain (Windows Credential Manager), so the ledger opens without the passphrase for your account on this computer.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>The keychain did not give the remembered key (%1). Enter the passphrase instead.</source>
        <translation>The keychain did not give the remembered key (%1). Enter the passphrase instead.</translation>
    </message>
    <message>
        <source>The remembered key no longer opens this database (%1). Enter the passphrase instead.</source>
        <translation>The remembered key no longer opens this database (%1). Enter the passphrase instead.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>Cannot read the key header of %1: %2</source>
        <translation>Cannot read the key header of %1: %2</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Deriving the key…</translation>
    </message>
    <message>
        <source>The key could not be derived.</source>
        <translation>The key could not be derived.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the input method, then try again.</source>
        <translation>Wrong passphrase. Check Caps Lock and the input method, then try again.</translation>
    </message>
    <message numerus="yes">
        <source>After %n failed attempts, wait %1 seconds before the next.</source>
        <translation><numerusform>After %n failed attempts, wait %1 seconds before the next.</numerusform></translation>
    </message>
    <message>
        <source>The key could not be kept in the keychain (%1); you will be asked for the passphrase next time.</source>
        <translation>The key could not be kept in the keychain (%1); you will be asked for the passphrase next time.</translation>
    </message>
    <message>
        <source>You can try again in %1 s.</source>
        <translation>You can try again in %1 s.</translation>
    </message>
</context>
<context>
    <name>csl::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide is not part of this build. It is the file docs/user-guide.zh_CN.md of the source distribution.</source>
        <translation>The user guide is not part of this build. It is the file docs/user-guide.zh_CN.md of the source distribution.</translation>
    </message>
</context>
<context>
    <name>csl::WelcomeDialog</name>
    <message>
        <source>Welcome — CampusSec Ledger</source>
        <translation>Welcome — CampusSec Ledger</translation>
    </message>
    <message>
        <source>CampusSec Ledger</source>
        <translation>CampusSec Ledger</translation>
    </message>
    <message>
        <source>The school's network security registers, kept in one encrypted database on this computer, ready for the bureau's inspection.</source>
        <translation>The school's network security registers, kept in one encrypted database on this computer, ready for the bureau's inspection.</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <source>For your school: its name, code, the security officer and a passphrase that only you know.</source>
        <translation>For your school: its name, code, the security officer and a passphrase that only you know.</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>Open an existing database</translation>
    </message>
    <message>
        <source>A ledger file (.cldb) made on this or another computer, or restored from a backup.</source>
        <translation>A ledger file (.cldb) made on this or another computer, or restored from a backup.</translation>
    </message>
    <message>
        <source>Open the demo school</source>
        <translation>Open the demo school</translation>
    </message>
    <message>
        <source>A sample school with staff and devices to try things out. Its passphrase is "%1"; never keep real data in it.</source>
        <translation>A sample school with staff and devices to try things out. Its passphrase is "%1"; never keep real data in it.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>e.g. 江苏省扬州市育才实验学校</source>
        <translation>e.g. 江苏省扬州市育才实验学校</translation>
    </message>
    <message>
        <source>10 digits, as the bureau assigned it</source>
        <translation>10 digits, as the bureau assigned it</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>The passphrase cannot be recovered: if it is lost, so is the data. A few unrelated words or a long sentence are easy to remember and hard to guess.</source>
        <translation>The passphrase cannot be recovered: if it is lost, so is the data. A few unrelated words or a long sentence are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>School name:</source>
        <translation>School name:</translation>
    </message>
    <message>
        <source>School code:</source>
        <translation>School code:</translation>
    </message>
    <message>
        <source>Security officer:</source>
        <translation>Security officer:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Confirm passphrase:</source>
        <translation>Confirm passphrase:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>New database file</translation>
    </message>
    <message>
        <source>Ledger databases (*.cldb)</source>
        <translation>Ledger databases (*.cldb)</translation>
    </message>
    <message>
        <source>School name: enter the school's full name as registered.</source>
        <translation>School name: enter the school's full name as registered.</translation>
    </message>
    <message>
        <source>School code: "%1" is not the 10-digit school identification code.</source>
        <translation>School code: "%1" is not the 10-digit school identification code.</translation>
    </message>
    <message>
        <source>Security officer: enter the name of the person responsible.</source>
        <translation>Security officer: enter the name of the person responsible.</translation>
    </message>
    <message>
        <source>Database file: choose where to keep the database.</source>
        <translation>Database file: choose where to keep the database.</translation>
    </message>
    <message>
        <source>Database file: %1 already exists. Choose another name, or go back and open it.</source>
        <translation>Database file: %1 already exists. Choose another name, or go back and open it.</translation>
    </message>
    <message>
        <source>Passphrase: too easy to guess. Make it longer, for example a few unrelated words.</source>
        <translation>Passphrase: too easy to guess. Make it longer, for example a few unrelated words.</translation>
    </message>
    <message>
        <source>Confirm passphrase: the two entries differ.</source>
        <translation>Confirm passphrase: the two entries differ.</translation>
    </message>
    <message>
        <source>Database file: cannot create the folder %1.</source>
        <translation>Database file: cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>Ledger databases (*.cldb);;All files (*)</source>
        <translation>Ledger databases (*.cldb);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is not a CampusSec Ledger database: its key header (%2) is missing or the file is not encrypted.</source>
        <translation>%1 is not a CampusSec Ledger database: its key header (%2) is missing or the file is not encrypted.</translation>
    </message>
    <message>
        <source>The demo database %1 does not open with the demo passphrase: %2</source>
        <translation>The demo database %1 does not open with the demo passphrase: %2</translation>
    </message>
</context>
<context>
    <name>csl::XlsxReader</name>
    <message>
        <source>%1 is not an .xlsx workbook.</source>
        <translation>%1 is not an .xlsx workbook.</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>Cannot read %1: the file does not exist.</translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation>%1 holds no worksheet.</translation>
    </message>
    <message>
        <source>%1 has no worksheet "%2".</source>
        <translation>%1 has no worksheet "%2".</translation>
    </message>
    <message>
        <source>%1: the worksheet %2 is missing.</source>
        <translation>%1: the worksheet %2 is missing.</translation>
    </message>
    <message>
        <source>%1: the worksheet is damaged (%2).</source>
        <translation>%1: the worksheet is damaged (%2).</translation>
    </message>
    <message>
        <source>%1: the worksheet holds no rows.</source>
        <translation>%1: the worksheet holds no rows.</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 MB, the limit for a workbook (it may be a zip bomb); it was not read.</source>
        <translation>%1 inflates to more than %2 MB, the limit for a workbook (it may be a zip bomb); it was not read.</translation>
    </message>
    <message>
        <source>%1: row %2 is beyond the limit of %3 rows of a worksheet; the file was not read.</source>
        <translation>%1: row %2 is beyond the limit of %3 rows of a worksheet; the file was not read.</translation>
    </message>
    <message>
        <source>%1: a cell of row %2 is beyond the limit of %3 columns of a worksheet; the file was not read.</source>
        <translation>%1: a cell of row %2 is beyond the limit of %3 columns of a worksheet; the file was not read.</translation>
    </message>
    <message>
        <source>%1: the worksheet holds more than %2 cells (counting the empty ones before a filled cell), the limit for a register; the file was not read.</source>
        <translation>%1: the worksheet holds more than %2 cells (counting the empty ones before a filled cell), the limit for a register; the file was not read.</translation>
    </message>
</context>
<context>
    <name>csl::XlsxWriter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot add the worksheet "%1".</source>
        <translation>Cannot add the worksheet "%1".</translation>
    </message>
    <message>
        <source>No worksheet to write to.</source>
        <translation>No worksheet to write to.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Row %1, column %2: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>csl::cli</name>
    <message>
        <source>error: there is no register %1 (registers: %2)</source>
        <translation>error: there is no register %1 (registers: %2)</translation>
    </message>
    <message>
        <source>List the registers the other commands take.</source>
        <translation>List the registers the other commands take.</translation>
    </message>
    <message>
        <source>Import a register from a .csv, .txt, .tsv or .xlsx file; columns are matched by their header (IP地址/IP, MAC地址/MAC, 姓名, 部门 …).</source>
        <translation>Import a register from a .csv, .txt, .tsv or .xlsx file; columns are matched by their header (IP地址/IP, MAC地址/MAC, 姓名, 部门 …).</translation>
    </message>
    <message>
        <source>Import the good rows and skip the bad ones.</source>
        <translation>Import the good rows and skip the bad ones.</translation>
    </message>
    <message>
        <source>What to import into (see `registers`).</source>
        <translation>What to import into (see `registers`).</translation>
    </message>
    <message>
        <source>The .csv, .txt, .tsv or .xlsx file.</source>
        <translation>The .csv, .txt, .tsv or .xlsx file.</translation>
    </message>
    <message>
        <source>usage: campusledger-cli import REGISTER --db PATH FILE [--skip-bad-rows]</source>
        <translation>usage: campusledger-cli import REGISTER --db PATH FILE [--skip-bad-rows]</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>error: %1 has no column for %2 (found: %3)</source>
        <translation>error: %1 has no column for %2 (found: %3)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>error: %n bad row(s); nothing was imported (use --skip-bad-rows to import the rest)</source>
        <translation>error: %n bad row(s); nothing was imported (use --skip-bad-rows to import the rest)</translation>
    </message>
    <message>
        <source>imported %1 from %2 (%3)</source>
        <translation>imported %1 from %2 (%3)</translation>
    </message>
    <message>
        <source>, skipped %n bad row(s)</source>
        <translation>, skipped %n bad row(s)</translation>
    </message>
    <message>
        <source>Export a register to CSV or XLSX (not encrypted: keep the file safe).</source>
        <translation>Export a register to CSV or XLSX (not encrypted: keep the file safe).</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from OUT's suffix).</source>
        <translation>csv or xlsx (default: from OUT's suffix).</translation>
    </message>
    <message>
        <source>Only the records this search finds.</source>
        <translation>Only the records this search finds.</translation>
    </message>
    <message>
        <source>What to export (see `registers`).</source>
        <translation>What to export (see `registers`).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>usage: campusledger-cli export REGISTER --db PATH --format csv|xlsx OUT</source>
        <translation>usage: campusledger-cli export REGISTER --db PATH --format csv|xlsx OUT</translation>
    </message>
    <message>
        <source>error: --format takes csv or xlsx</source>
        <translation>error: --format takes csv or xlsx</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>exported %1 to %2</translation>
    </message>
    <message>
        <source>note: %1 is not encrypted and holds personal data; keep it safe and delete it when done.</source>
        <translation>note: %1 is not encrypted and holds personal data; keep it safe and delete it when done.</translation>
    </message>
    <message>
        <source>List a register's records, one a line (tab-separated), or as JSON.</source>
        <translation>List a register's records, one a line (tab-separated), or as JSON.</translation>
    </message>
    <message>
        <source>One JSON array of objects (stored values) instead of lines.</source>
        <translation>One JSON array of objects (stored values) instead of lines.</translation>
    </message>
    <message>
        <source>What to list (see `registers`).</source>
        <translation>What to list (see `registers`).</translation>
    </message>
    <message>
        <source>usage: campusledger-cli list REGISTER --db PATH [--search TEXT] [--json]</source>
        <translation>usage: campusledger-cli list REGISTER --db PATH [--search TEXT] [--json]</translation>
    </message>
    <message>
        <source>Print a register's form (with signature lines) to a PDF.</source>
        <translation>Print a register's form (with signature lines) to a PDF.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>The PDF to write.</translation>
    </message>
    <message>
        <source>What to print (see `registers`).</source>
        <translation>What to print (see `registers`).</translation>
    </message>
    <message>
        <source>usage: campusledger-cli print REGISTER --db PATH --out FILE.pdf [--search TEXT]</source>
        <translation>usage: campusledger-cli print REGISTER --db PATH --out FILE.pdf [--search TEXT]</translation>
    </message>
    <message>
        <source>printed %1 to %2</source>
        <translation>printed %1 to %2</translation>
    </message>
    <message>
        <source>List what needs action in every register (or one), now or at a given moment.</source>
        <translation>List what needs action in every register (or one), now or at a given moment.</translation>
    </message>
    <message>
        <source>Only this module's findings.</source>
        <translation>Only this module's findings.</translation>
    </message>
    <message>
        <source>One JSON array instead of lines.</source>
        <translation>One JSON array instead of lines.</translation>
    </message>
    <message>
        <source>The findings as they stand at this local time (the inspection day …).</source>
        <translation>The findings as they stand at this local time (the inspection day …).</translation>
    </message>
    <message>
        <source>error: --at takes a local time as YYYY-MM-DDTHH:MM (2026-12-01T16:30)</source>
        <translation>error: --at takes a local time as YYYY-MM-DDTHH:MM (2026-12-01T16:30)</translation>
    </message>
    <message>
        <source>error: there is no module %1</source>
        <translation>error: there is no module %1</translation>
    </message>
</context>
</TS>