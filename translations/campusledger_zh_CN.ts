<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>csl::AboutDialog</name>
    <message>
        <source>About CampusSec Ledger</source>
        <translation>关于校园网络安全台账</translation>
    </message>
    <message>
        <source>CampusSec Ledger %1</source>
        <translation>校园网络安全台账 %1</translation>
    </message>
    <message>
        <source>(open a database to see it)</source>
        <translation>（打开数据库后显示）</translation>
    </message>
    <message>
        <source>The network security registers of a school, kept in one encrypted database.&lt;br&gt;&lt;br&gt;Qt %1 · SQLCipher %2 · libsodium %3 (Argon2id)&lt;br&gt;&lt;br&gt;Data stays on this computer unless you sync it to the education bureau.</source>
        <translation>学校的网络安全台账，保存在一个加密数据库中。&lt;br&gt;&lt;br&gt;Qt %1 · SQLCipher %2 · libsodium %3（Argon2id）&lt;br&gt;&lt;br&gt;除非与教育局平台同步，数据只保存在本机。</translation>
    </message>
</context>
<context>
    <name>csl::Backup</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 failed: %2</source>
        <translation>备份 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot finish the backup %1.</source>
        <translation>无法完成备份 %1。</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 处没有备份。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>Cannot copy the key header of %1.</source>
        <translation>无法复制 %1 的密钥头文件。</translation>
    </message>
    <message>
        <source>Cannot replace %1 with the backup.</source>
        <translation>无法用备份替换 %1。</translation>
    </message>
    <message>
        <source>The backup %1 already exists.</source>
        <translation>备份 %1 已存在。</translation>
    </message>
    <message>
        <source>%1 is the key header of a backup, but the backup %2 beside it is missing. Give the backup file itself (*%3).</source>
        <translation>%1 是备份的密钥头文件，但它旁边的备份 %2 不存在。请指定备份文件本身（*%3）。</translation>
    </message>
    <message>
        <source>The key header %1 of the backup is missing: keep it beside the backup.</source>
        <translation>缺少备份的密钥头文件 %1：请把它和备份放在一起。</translation>
    </message>
    <message>
        <source>The backup's journal is broken at entry %1: %2</source>
        <translation>备份的操作日志在第 %1 条处断裂：%2</translation>
    </message>
    <message>
        <source>The backup's records do not match its journal: %1</source>
        <translation>备份中的记录与其操作日志不符：%1</translation>
    </message>
    <message>
        <source>The backup %1 was made from another database (id %2; this one is %3), of %4 (%5).</source>
        <translation>备份 %1 来自另一个数据库（标识 %2；当前数据库为 %3），属于 %4（%5）。</translation>
    </message>
    <message>
        <source>The backup %1 is of another school: %2 (%3), not %4.</source>
        <translation>备份 %1 属于另一所学校：%2（%3），而不是 %4。</translation>
    </message>
    <message>
        <source>The bureau has acknowledged this school's journal up to entry %1, but the backup ends at entry %2. After the restore, new changes take numbers the bureau already holds with other contents: it will refuse them as a break in the chain until the bureau reconciles its copy. Changes made since the backup are lost here but remain in the bureau's copy.</source>
        <translation>教育局已确认本校操作日志至第 %1 条，而该备份只到第 %2 条。恢复后，新的修改会占用教育局已有（内容不同）的编号：在教育局核对其副本之前，它会把这些修改当作哈希链断裂而拒收。备份之后的修改在本机丢失，但仍保留在教育局的副本中。</translation>
    </message>
    <message>
        <source>%1 Nothing was restored. To restore it anyway, confirm by giving the school's name exactly: %2</source>
        <translation>%1 未恢复任何内容。如仍要恢复，请准确写出该校名称以确认：%2</translation>
    </message>
    <message>
        <source>%1 is open in another program or was not closed properly: open and close it once, then restore.</source>
        <translation>%1 正被其他程序打开，或上次未正常关闭：请先打开并关闭一次，再恢复。</translation>
    </message>
</context>
<context>
    <name>csl::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>修改口令</translation>
    </message>
    <message>
        <source>The database is re-encrypted under the new passphrase. Backups made before keep the passphrase they were made with. A key remembered on this computer is replaced.</source>
        <translation>数据库将用新口令重新加密。此前的备份仍使用制作时的口令。在此电脑上记住的密钥会被替换。</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>当前口令：</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>Confirm new passphrase:</source>
        <translation>确认新口令：</translation>
    </message>
    <message>
        <source>Current passphrase: it is not the passphrase of this database.</source>
        <translation>当前口令：这不是本数据库的口令。</translation>
    </message>
    <message>
        <source>Confirm new passphrase: the two entries differ.</source>
        <translation>确认新口令：两次输入不一致。</translation>
    </message>
    <message>
        <source>New passphrase: it is the current one.</source>
        <translation>新口令：与当前口令相同。</translation>
    </message>
</context>
<context>
    <name>csl::CsvReader</name>
    <message>
        <source>The file holds no rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>UTF-8, UTF-8 with BOM, GB18030 (GBK), UTF-16 LE and UTF-16 BE</source>
        <translation>UTF-8、带 BOM 的 UTF-8、GB18030（GBK）、UTF-16 LE 和 UTF-16 BE</translation>
    </message>
    <message>
        <source>The text is marked as %1 but is not valid %1; encodings tried: %2.</source>
        <translation>文本标记为 %1，但不是有效的 %1；已尝试的编码：%2。</translation>
    </message>
    <message>
        <source>The text cannot be decoded; encodings tried: %1. Save it from the spreadsheet as "CSV UTF-8" or "Unicode text".</source>
        <translation>无法识别文本的编码；已尝试的编码：%1。请在表格软件中另存为“CSV UTF-8”或“Unicode 文本”。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files over %3 MB are not read.</source>
        <translation>%1 大小为 %2 MB；超过 %3 MB 的文件不予读取。</translation>
    </message>
</context>
<context>
    <name>csl::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>csl::DeviceRepository</name>
    <message>
        <source>The number of days must be at least 1.</source>
        <translation>天数至少为 1。</translation>
    </message>
</context>
<context>
    <name>csl::DeviceRules</name>
    <message>
        <source>"%1" is not a host name (letters, digits, '-' and '.', at most 63 per label).</source>
        <translation>“%1”不是有效的主机名（只能包含字母、数字、“-”和“.”，每段最多 63 个字符）。</translation>
    </message>
    <message>
        <source>"%1" is not a subnet in CIDR form (10.1.2.0/24).</source>
        <translation>“%1”不是 CIDR 格式的子网（如 10.1.2.0/24）。</translation>
    </message>
    <message>
        <source>VLAN %1 is outside 1–4094.</source>
        <translation>VLAN %1 不在 1–4094 范围内。</translation>
    </message>
    <message>
        <source>The gateway %1 is not inside %2.</source>
        <translation>网关 %1 不在子网 %2 内。</translation>
    </message>
    <message>
        <source>IP %1 is registered to %2 MAC addresses</source>
        <translation>IP %1 登记了 %2 个 MAC 地址</translation>
    </message>
    <message>
        <source>MACs %1. Each device must use its assigned IP: find which one is wrong and correct it.</source>
        <translation>MAC：%1。每台设备必须使用分配给它的 IP 地址：请查明哪一条有误并更正。</translation>
    </message>
    <message>
        <source>MAC %1 is registered on %2 IP addresses</source>
        <translation>MAC %1 登记在 %2 个 IP 地址上</translation>
    </message>
    <message>
        <source>IPs %1. Keep one record per device and IP.</source>
        <translation>IP：%1。每台设备、每个 IP 只保留一条记录。</translation>
    </message>
    <message>
        <source>%1 is outside every registered subnet</source>
        <translation>%1 不属于任何已登记的子网</translation>
    </message>
    <message>
        <source>Either the IP was not assigned by the network administrator or its subnet is not registered.</source>
        <translation>该 IP 不是网络管理员分配的，或其所在子网尚未登记。</translation>
    </message>
    <message>
        <source>%1 has no registered user</source>
        <translation>%1 没有登记使用人</translation>
    </message>
    <message>
        <source>Name the person who uses it (real-name registration); an ownerless device is a zombie host to retire (R-DEV-4).</source>
        <translation>请填写使用人（实名登记）；无人使用的设备属于僵尸主机，应予报废（R-DEV-4）。</translation>
    </message>
    <message>
        <source>%1 has a randomised MAC %2</source>
        <translation>%1 使用随机 MAC 地址 %2</translation>
    </message>
    <message>
        <source>A locally administered MAC changes; turn off MAC randomisation for the school network so incidents can be traced to this device.</source>
        <translation>本地管理的 MAC 地址会变化；请在校园网中关闭 MAC 地址随机化，以便安全事件能够追溯到此设备。</translation>
    </message>
    <message>
        <source>%1 not seen on the network for %2 days</source>
        <translation>%1 已有 %2 天未在网络中出现</translation>
    </message>
    <message>
        <source>%1 never seen on the network</source>
        <translation>%1 从未在网络中出现</translation>
    </message>
    <message>
        <source>An unused host is a zombie system: confirm with its user, then mark it spare or retired.</source>
        <translation>长期不用的主机属于僵尸系统：请与使用人确认后，标记为备用或已报废。</translation>
    </message>
    <message>
        <source>IP %1 was seen with MAC %2, registered to %3</source>
        <translation>IP %1 出现时的 MAC 为 %2，但登记的是 %3</translation>
    </message>
    <message>
        <source>Another device uses this IP, or the device's network card changed: check and update the register.</source>
        <translation>有其他设备在使用此 IP，或该设备更换了网卡：请核查并更新台账。</translation>
    </message>
    <message>
        <source>Unregistered device %1 (%2) seen on the network</source>
        <translation>网络中发现未登记的设备 %1（%2）</translation>
    </message>
    <message>
        <source>Register the device with its user and location, or remove it from the network.</source>
        <translation>请登记该设备及其使用人和位置，或将其移出网络。</translation>
    </message>
    <message>
        <source>Vendor: %1. Register the device with its user and location, or remove it from the network.</source>
        <translation>厂商：%1。请登记该设备及其使用人和位置，或将其移出网络。</translation>
    </message>
</context>
<context>
    <name>csl::Devices</name>
    <message>
        <source>Desktop</source>
        <translation>台式机</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>笔记本电脑</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Access point</source>
        <translation>无线接入点</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>平板电脑</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>IP/MAC register</source>
        <translation>IP/MAC 登记台账</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation><numerusform>%n 台设备</numerusform></translation>
    </message>
    <message>
        <source>IP/MAC register form</source>
        <translation>IP/MAC 登记表</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Network administrator</source>
        <translation>网络管理员</translation>
    </message>
    <message>
        <source>Head of information security</source>
        <translation>网络安全负责人</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Location (building and room)</source>
        <translation>位置（楼宇和房间）</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s)</source>
        <translation><numerusform>%n 个子网</numerusform></translation>
    </message>
    <message>
        <source>Subnet (CIDR)</source>
        <translation>子网（CIDR）</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
</context>
<context>
    <name>csl::DevicesModule</name>
    <message>
        <source>IP/MAC register</source>
        <translation>IP/MAC 登记台账</translation>
    </message>
</context>
<context>
    <name>csl::DevicesPage</name>
    <message>
        <source>Search IP, MAC, user, location, hostname…</source>
        <translation>搜索 IP、MAC、使用人、场地、主机名…</translation>
    </message>
    <message>
        <source>Seen on network…</source>
        <translation>网络发现…</translation>
    </message>
    <message>
        <source>Read a saved neighbour table or arp-scan output (cancel to read this computer's table)</source>
        <translation>读取保存的邻居表或 arp-scan 输出（取消则读取本机的邻居表）</translation>
    </message>
    <message>
        <source>Devices seen on the network</source>
        <translation>网络中发现的设备</translation>
    </message>
    <message>
        <source>Neighbour tables and arp-scan output (*.txt *.log *);;All files (*)</source>
        <translation>邻居表和 arp-scan 输出 (*.txt *.log *);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 pair(s) seen: %2 as registered, %3 unregistered, %4 with another MAC, %5 on another IP.</source>
        <translation>发现 %1 组 IP/MAC：%2 组与登记一致，%3 组未登记，%4 组 MAC 与登记不符，%5 组 IP 与登记不符。</translation>
    </message>
    <message>
        <source>R-DEV-4: an in-use device not seen on the network for longer is listed as a possible zombie host</source>
        <translation>R-DEV-4：在用设备超过此天数未在网络中出现，即列为疑似僵尸主机</translation>
    </message>
    <message>
        <source>Not seen on the network for %1 days</source>
        <translation>超过 %1 天未在网络中出现</translation>
    </message>
    <message>
        <source>From the IEEE registration tables built into this program</source>
        <translation>来自程序内置的 IEEE 注册表</translation>
    </message>
    <message>
        <source>Vendor: shown from the first three octets</source>
        <translation>厂商：输入前三个字节后显示</translation>
    </message>
</context>
<context>
    <name>csl::FieldEditor</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>csl::FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>csl::FindingsPanel</name>
    <message>
        <source>To do and findings</source>
        <translation>待办与发现</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>Nothing needs action now.</source>
        <translation>目前没有需要处理的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); double-click one to open the record it concerns.</source>
        <translation><numerusform>共 %n 条；双击一条即可打开相关记录。</numerusform></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) at the last check; checking again…</source>
        <translation><numerusform>上次检查共 %n 条；正在重新检查…</numerusform></translation>
    </message>
</context>
<context>
    <name>csl::Journal</name>
    <message>
        <source>Cannot read the journal head.</source>
        <translation>无法读取操作日志的最新条目。</translation>
    </message>
    <message>
        <source>Cannot append to the journal: %1</source>
        <translation>无法写入操作日志：%1</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>无法读取操作日志：%1</translation>
    </message>
    <message>
        <source>entry %1 is missing (found %2 next)</source>
        <translation>第 %1 条缺失（其后找到的是第 %2 条）</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2 (previous hash differs)</source>
        <translation>第 %1 条与第 %2 条不衔接（前一条哈希值不符）</translation>
    </message>
    <message>
        <source>entry %1 was altered (its content does not match its hash)</source>
        <translation>第 %1 条已被篡改（内容与其哈希值不符）</translation>
    </message>
    <message>
        <source>Journal entry %1 does not exist.</source>
        <translation>操作日志第 %1 条不存在。</translation>
    </message>
</context>
<context>
    <name>csl::JournalExport</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record after the change</source>
        <translation>修改后的记录</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Journal of %1</source>
        <translation>%1 操作日志</translation>
    </message>
    <message>
        <source>School code: %1. Printed %2.</source>
        <translation>学校代码：%1。打印时间：%2。</translation>
    </message>
    <message>
        <source>Hash chain: intact, %1 entries, head %2.</source>
        <translation>哈希链：完整，共 %1 条，最新哈希 %2。</translation>
    </message>
    <message>
        <source>Hash chain: BROKEN at entry %1 (%2).</source>
        <translation>哈希链：在第 %1 条处断裂（%2）。</translation>
    </message>
    <message>
        <source>Only the newest %1 entries are printed; export a CSV file for all of them.</source>
        <translation>只打印最新的 %1 条；如需全部条目，请导出 CSV 文件。</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF document (*.pdf);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF 文档 (*.pdf);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .xlsx, .pdf or .csv.</source>
        <translation>%1：请选择以 .xlsx、.pdf 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>学校代码</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>哈希链</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>BROKEN at entry %1 (%2)</source>
        <translation>在第 %1 条断裂（%2）</translation>
    </message>
    <message>
        <source>Entries in the journal</source>
        <translation>日志条数</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>最新条目哈希</translation>
    </message>
</context>
<context>
    <name>csl::JournalPage</name>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Every change to every register, newest first. Each entry is chained to the one before by a SHA-256 hash, so a change made behind the application's back shows.</source>
        <translation>各台账的每一次修改，最新的在前。每一条都以 SHA-256 哈希与前一条相连，绕过本程序所做的修改会被发现。</translation>
    </message>
    <message>
        <source>All registers</source>
        <translation>全部台账</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Chain: not checked yet</source>
        <translation>哈希链：尚未校验</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Dates: the first day (%1) is after the last day (%2).</source>
        <translation>日期：开始日期（%1）晚于结束日期（%2）。</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>无法读取操作日志：%1</translation>
    </message>
    <message>
        <source>%1 entries in all; newest %2 loaded, more as you scroll.</source>
        <translation>共 %1 条；已加载最新的 %2 条，滚动时继续加载。</translation>
    </message>
    <message>
        <source>%1 matching entries loaded, more as you scroll (of %2 in all).</source>
        <translation>已加载 %1 条符合条件的条目，滚动时继续加载（共 %2 条）。</translation>
    </message>
    <message>
        <source>%1 matching entries (of %2 in all).</source>
        <translation>%1 条符合条件（共 %2 条）。</translation>
    </message>
    <message>
        <source>Chain: intact (%1 entries)</source>
        <translation>哈希链：完整（共 %1 条）</translation>
    </message>
    <message>
        <source>Chain: BROKEN at entry %1</source>
        <translation>哈希链：在第 %1 条处断裂</translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: %2</source>
        <translation>操作日志在第 %1 条处断裂：%2</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Exported to %1. The file is not encrypted: keep it safe or delete it after use.</source>
        <translation>已导出到 %1。该文件未加密：请妥善保管，用完后删除。</translation>
    </message>
    <message>
        <source>%1 entries in all.</source>
        <translation>共 %1 条。</translation>
    </message>
</context>
<context>
    <name>csl::JournalTableModel</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record after the change</source>
        <translation>修改后的记录</translation>
    </message>
</context>
<context>
    <name>csl::KdfParams</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>The key header has a damaged salt.</source>
        <translation>密钥头文件中的盐值已损坏。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id needs %1 MiB).</source>
        <translation>内存不足，无法派生密钥（Argon2id 需要 %1 MiB）。</translation>
    </message>
    <message>
        <source>Cannot read the key header %1: %2</source>
        <translation>无法读取密钥头文件 %1：%2</translation>
    </message>
    <message>
        <source>The key header %1 is damaged or not a CampusSec Ledger file.</source>
        <translation>密钥头文件 %1 已损坏，或不是校园网络安全台账的文件。</translation>
    </message>
    <message>
        <source>The key header %1 names an unknown algorithm.</source>
        <translation>密钥头文件 %1 指定了未知的算法。</translation>
    </message>
    <message>
        <source>The key header %1 has invalid parameters.</source>
        <translation>密钥头文件 %1 中的参数无效。</translation>
    </message>
    <message>
        <source>Cannot write the key header %1: %2</source>
        <translation>无法写入密钥头文件 %1：%2</translation>
    </message>
    <message>
        <source>Unknown key derivation profile "%1".</source>
        <translation>未知的密钥派生配置“%1”。</translation>
    </message>
    <message>
        <source>The test key derivation profile is refused: it makes a passphrase cheap to guess and exists only in builds made for testing.</source>
        <translation>已拒绝测试用密钥派生配置：它使口令易被猜出，只存在于测试构建中。</translation>
    </message>
    <message>
        <source>The key header %1 asks for Argon2id costs outside the accepted range (opslimit %2 to %3, memlimit %4 to %5 bytes).</source>
        <translation>密钥头文件 %1 要求的 Argon2id 开销超出允许范围（opslimit %2 至 %3，memlimit %4 至 %5 字节）。</translation>
    </message>
</context>
<context>
    <name>csl::KeyStore</name>
    <message>
        <source>The remembered key in the system keychain is damaged.</source>
        <translation>系统钥匙串中记住的密钥已损坏。</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>系统钥匙串没有响应。</translation>
    </message>
    <message>
        <source>No key is remembered for this database on this computer.</source>
        <translation>本机没有记住此数据库的密钥。</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>系统钥匙串不可用：%1</translation>
    </message>
    <message>
        <source>Nothing is kept in the system keychain under %1.</source>
        <translation>系统钥匙串中没有 %1 的条目。</translation>
    </message>
    <message>
        <source>The secret is %1 bytes; the system keychain keeps at most %2.</source>
        <translation>该机密有 %1 字节，系统钥匙串最多只能保存 %2 字节。</translation>
    </message>
</context>
<context>
    <name>csl::MainWindow</name>
    <message>
        <source>CampusSec Ledger</source>
        <translation>校园网络安全台账</translation>
    </message>
    <message>
        <source>The ledger is locked.</source>
        <translation>台账已锁定。</translation>
    </message>
    <message>
        <source>To do and findings</source>
        <translation>待办与发现</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>No page shows the register "%1".</source>
        <translation>没有显示台账“%1”的页面。</translation>
    </message>
    <message>
        <source>The record this finding concerns is no longer in the register; it may have been deleted.</source>
        <translation>此发现涉及的记录已不在台账中，可能已被删除。</translation>
    </message>
    <message>
        <source>To do and findings (%1)</source>
        <translation>待办与发现（%1）</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>上次备份：从未备份</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未同步</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Verify journal</source>
        <translation>校验操作日志(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About CampusSec Ledger</source>
        <translation>关于校园网络安全台账(&amp;A)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Ledger databases (*.cldb);;All files (*)</source>
        <translation>台账数据库 (*.cldb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is not a CampusSec Ledger database: its key header is missing or the file is not encrypted.</source>
        <translation>%1 不是校园网络安全台账的数据库：缺少密钥头文件，或文件未加密。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1

Close the database anyway?</source>
        <translation>自动备份失败：%1

仍然关闭数据库吗？</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? Changes made since that backup are lost (the current database is backed up first).</source>
        <translation>用备份 %1 替换数据库吗？该备份之后的修改将会丢失（替换前会先备份当前数据库）。</translation>
    </message>
    <message>
        <source>The passphrase that was in use when the backup was made:</source>
        <translation>做此备份时使用的口令：</translation>
    </message>
    <message>
        <source>The current database could not be backed up first, so nothing was restored: %1</source>
        <translation>无法先备份当前数据库，因此未做任何恢复：%1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未做任何恢复：%1</translation>
    </message>
    <message>
        <source>Restored from %1. Unlock with the passphrase of that backup.</source>
        <translation>已从 %1 恢复。请用该备份的口令解锁。</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entries, chained without a break.</source>
        <translation><numerusform>操作日志完整：共 %n 条，哈希链没有断裂。</numerusform></translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: %2. Keep this database as evidence and restore a backup.</source>
        <translation>操作日志在第 %1 条处断裂：%2。请保留此数据库作为证据，并从备份恢复。</translation>
    </message>
    <message>
        <source>The findings could not be checked: %1</source>
        <translation>无法检查待办与发现：%1</translation>
    </message>
    <message>
        <source>To do and findings (checking…)</source>
        <translation>待办与发现（正在检查…）</translation>
    </message>
    <message>
        <source>Ledger backups (*%1);;All files (*)</source>
        <translation>台账备份 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1

To restore it anyway, type the name of its school (%2):</source>
        <translation>%1

如仍要恢复，请输入该备份所属学校的名称（%2）：</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup is of another database and was not confirmed.</source>
        <translation>未恢复任何内容：该备份属于另一个数据库，且未经确认。</translation>
    </message>
    <message>
        <source>%1

Restore anyway?</source>
        <translation>%1

仍要恢复吗？</translation>
    </message>
    <message>
        <source>The key remembered on this computer could not be replaced (%1) and was forgotten.</source>
        <translation>无法替换在此电脑上记住的密钥（%1），已将其删除。</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>口令未修改：%1</translation>
    </message>
    <message>
        <source>The passphrase was changed. %1</source>
        <translation>口令已修改。%1</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before keep the old passphrase.</source>
        <translation>口令已修改。此前的备份仍使用旧口令。</translation>
    </message>
</context>
<context>
    <name>csl::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>csl::MigrationRunner</name>
    <message>
        <source>Cannot record migrations: %1</source>
        <translation>无法记录数据库升级：%1</translation>
    </message>
    <message>
        <source>Migration %1/%2 "%3" failed and was rolled back: %4</source>
        <translation>数据库升级 %1/%2“%3”失败，已回滚：%4</translation>
    </message>
    <message>
        <source>Migration %1/%2 "%3" could not start: %4</source>
        <translation>数据库升级 %1/%2“%3”无法开始：%4</translation>
    </message>
</context>
<context>
    <name>csl::NeighbourTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no IP/MAC pairs (expected /proc/net/arp, `ip neigh` or arp-scan output).</source>
        <translation>%1 中没有 IP/MAC 记录（应为 /proc/net/arp、`ip neigh` 或 arp-scan 的输出）。</translation>
    </message>
    <message>
        <source>Cannot read the neighbour table: %1</source>
        <translation>无法读取邻居表：%1</translation>
    </message>
    <message>
        <source>Windows did not return its neighbour table (error %1).</source>
        <translation>Windows 未返回邻居表（错误 %1）。</translation>
    </message>
</context>
<context>
    <name>csl::NewSchool</name>
    <message>
        <source>School name: enter the school's full name as registered.</source>
        <translation>学校名称：请填写登记的学校全称。</translation>
    </message>
    <message>
        <source>School code: enter the code the bureau assigned to the school.</source>
        <translation>学校代码：请输入教育局分配给学校的代码。</translation>
    </message>
</context>
<context>
    <name>csl::OuiTable</name>
    <message>
        <source>Multicast</source>
        <translation>组播地址</translation>
    </message>
    <message>
        <source>Vendor: %1 (IEEE block %2)</source>
        <translation>厂商：%1（IEEE 号段 %2）</translation>
    </message>
    <message>
        <source>Vendor: no organisation is registered for %1.</source>
        <translation>厂商：号段 %1 未登记任何机构。</translation>
    </message>
    <message>
        <source>Randomised or locally administered MAC: it names no vendor and may change (R-DEV-2).</source>
        <translation>随机或本地管理的 MAC 地址：无法识别厂商，且可能随时变化（R-DEV-2）。</translation>
    </message>
    <message>
        <source>A multicast address belongs to a group, not to a device.</source>
        <translation>组播地址属于一组接收者，不是某一台设备的地址。</translation>
    </message>
    <message>
        <source>Private (owner not published)</source>
        <translation>未公开（Private）</translation>
    </message>
    <message>
        <source>Randomised MAC</source>
        <translation>随机 MAC</translation>
    </message>
</context>
<context>
    <name>csl::PassphraseMeter</name>
    <message>
        <source>Enter a passphrase</source>
        <translation>请输入口令</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>很弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>About %1 bits</source>
        <translation>约 %1 位</translation>
    </message>
</context>
<context>
    <name>csl::PassphraseStrength</name>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>口令不能为空。</translation>
    </message>
    <message>
        <source>Passphrase: too easy to guess. Make it longer, for example a few unrelated words.</source>
        <translation>口令：太容易被猜中。请加长，例如使用几个互不相关的词。</translation>
    </message>
</context>
<context>
    <name>csl::People</name>
    <message>
        <source>People directory</source>
        <translation>人员名录</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n 人</numerusform></translation>
    </message>
    <message>
        <source>Staff who use the network: devices, duty shifts and responsibility letters name them. Register everyone under their real name (R-DEV-5).</source>
        <translation>使用网络的教职工：设备、值班和责任书都会引用他们。每个人都必须实名登记（R-DEV-5）。</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>Head of information security</source>
        <translation>网络安全负责人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>"%1" is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
</context>
<context>
    <name>csl::PeopleModule</name>
    <message>
        <source>%1 has no phone number</source>
        <translation>%1 没有登记联系电话</translation>
    </message>
    <message>
        <source>Add a phone number so the person can be reached when an incident is traced to them.</source>
        <translation>请补充联系电话，以便追溯到此人的安全事件发生时能够及时联系。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员名录</translation>
    </message>
</context>
<context>
    <name>csl::RecordAudit</name>
    <message>
        <source>The list of registers cannot be read: %1</source>
        <translation>无法读取台账列表：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>row %1 of %2 points at journal entry %3, which is not about it</source>
        <translation>%2 的第 %1 行指向操作日志第 %3 条，但该条记录的不是这一行</translation>
    </message>
    <message>
        <source>row %1 of %2 differs from journal entry %3 in field %4</source>
        <translation>%2 的第 %1 行与操作日志第 %3 条在字段 %4 上不一致</translation>
    </message>
    <message>
        <source>row %1 of %2 is the version of journal entry %3, but the journal's newest entry for it is %4: a later change was undone behind the journal's back</source>
        <translation>%2 中的记录 %1 是操作日志第 %3 条的版本，但日志中它的最新条目是第 %4 条：之后的修改被绕过日志撤销了</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>无法读取操作日志：%1</translation>
    </message>
    <message>
        <source>record %1 of module %2 is named by journal entry %3 but has no row: it was removed behind the journal's back</source>
        <translation>模块 %2 的记录 %1 见于操作日志第 %3 条，但数据行已不存在：它被绕过日志删除了</translation>
    </message>
    <message>
        <source>The triggers cannot be read: %1</source>
        <translation>无法读取触发器：%1</translation>
    </message>
    <message>
        <source>trigger %1 on %2 is not one the application made</source>
        <translation>%2 上的触发器 %1 不是本程序创建的</translation>
    </message>
    <message>
        <source>trigger %1 on %2 has been altered</source>
        <translation>%2 上的触发器 %1 已被修改</translation>
    </message>
    <message>
        <source>trigger %1 on %2 is missing</source>
        <translation>%2 上的触发器 %1 缺失</translation>
    </message>
</context>
<context>
    <name>csl::RecordBatch</name>
    <message>
        <source>There is no register table %1.</source>
        <translation>不存在台账表 %1。</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 没有字段 %2。</translation>
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation>无法向 %1 添加记录：%2</translation>
    </message>
    <message>
        <source>%1 values for %2 fields of %3.</source>
        <translation>%3 有 %2 个字段，却给了 %1 个值。</translation>
    </message>
    <message>
        <source>%1: a batch writes inside a transaction only.</source>
        <translation>%1：批量写入只能在事务中进行。</translation>
    </message>
</context>
<context>
    <name>csl::RecordDialog</name>
    <message>
        <source>%1: add</source>
        <translation>%1：新增</translation>
    </message>
    <message>
        <source>%1: edit %2</source>
        <translation>%1：编辑 %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Correct the fields marked below.</source>
        <translation>请更正下方标出的字段。</translation>
    </message>
</context>
<context>
    <name>csl::RecordWriter</name>
    <message>
        <source>There is no register table %1.</source>
        <translation>不存在台账表 %1。</translation>
    </message>
    <message>
        <source>Record %1 does not exist in %2.</source>
        <translation>%2 中不存在记录 %1。</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 没有字段 %2。</translation>
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation>无法向 %1 添加记录：%2</translation>
    </message>
    <message>
        <source>%1 has no field %2 that can be changed.</source>
        <translation>%1 没有可修改的字段 %2。</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>无法修改 %1：%2</translation>
    </message>
</context>
<context>
    <name>csl::RegisterBulkEditDialog</name>
    <message numerus="yes">
        <source>Bulk edit %n record(s)</source>
        <translation><numerusform>批量编辑 %n 条记录</numerusform></translation>
    </message>
    <message>
        <source>Tick the fields to change. Unticked fields keep each record's own value; each change is recorded in the journal.</source>
        <translation>勾选要修改的字段。未勾选的字段保留各条记录原有的值；每项修改都记入操作日志。</translation>
    </message>
    <message>
        <source>Change this field on every selected record</source>
        <translation>在所有选中的记录上修改此字段</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tick at least one field to change.</source>
        <translation>请至少勾选一个要修改的字段。</translation>
    </message>
    <message>
        <source>None of the %1 selected records would change: they already have these values.</source>
        <translation>选中的 %1 条记录都不会改变：它们已是这些值。</translation>
    </message>
    <message>
        <source>%1 of the %2 selected records will change.</source>
        <translation>选中的 %2 条记录中有 %1 条将被修改。</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>未做任何修改。%1</translation>
    </message>
</context>
<context>
    <name>csl::RegisterChildPanel</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 (choose a record above)</source>
        <translation>%1（请先在上方选择一条记录）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>从%1中删除</translation>
    </message>
    <message>
        <source>Remove %1? The journal keeps it.</source>
        <translation>删除%1？操作日志会保留记录。</translation>
    </message>
</context>
<context>
    <name>csl::RegisterExport</name>
    <message>
        <source>School: %1    Records: %2</source>
        <translation>学校：%1    记录数：%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
</context>
<context>
    <name>csl::RegisterFindingsPanel</name>
    <message>
        <source>Findings to act on</source>
        <translation>待处理的发现</translation>
    </message>
</context>
<context>
    <name>csl::RegisterImport</name>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported. Fix them or choose to skip bad rows.</source>
        <translation><numerusform>%n 行有错误，未导入任何数据。请更正，或选择跳过错误行。</numerusform></translation>
    </message>
</context>
<context>
    <name>csl::RegisterImportDialog</name>
    <message>
        <source>Import into %1 from %2</source>
        <translation>从 %2 导入到%1</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import, skipping bad rows</source>
        <translation>导入（跳过有错误的行）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Errors (fix them in the file, skip those rows, or cancel):</source>
        <translation>错误（请在文件中改正、跳过这些行或取消）：</translation>
    </message>
    <message>
        <source>Choose the columns holding: %1.</source>
        <translation>请选择以下内容所在的列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 row(s) ready, %2 with errors, %3 new people for the directory (file read as %4).</source>
        <translation>%1 行可导入，%2 行有错误，将新增 %3 名人员到通讯录（文件编码：%4）。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>csl::RegisterPage</name>
    <message>
        <source>Search %1…</source>
        <translation>搜索%1…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Show only this %1</source>
        <translation>只显示此%1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>批量编辑…</translation>
    </message>
    <message>
        <source>Change the same fields on every selected record</source>
        <translation>在所有选中的记录上修改相同的字段</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>导入到%1</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Export the rows shown…</source>
        <translation>导出当前显示的行…</translation>
    </message>
    <message>
        <source>Print the rows shown…</source>
        <translation>打印当前显示的行…</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Select the records to change first (Ctrl+click or Shift+click for several).</source>
        <translation>请先选择要修改的记录（按住 Ctrl 或 Shift 单击可多选）。</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n record(s). Undo restores them all.</source>
        <translation><numerusform>已修改 %n 条记录。撤销可全部恢复。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected record(s)</source>
        <translation><numerusform>选中的 %n 条记录</numerusform></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>从%1中删除</translation>
    </message>
    <message>
        <source>Remove %1? Undo brings them back; the journal keeps them.</source>
        <translation>删除%1？撤销可恢复；操作日志会保留记录。</translation>
    </message>
    <message>
        <source>Removed %1. Undo brings it back.</source>
        <translation>已删除 %1，可点“撤销”恢复。</translation>
    </message>
    <message>
        <source>The last change was undone (the journal keeps both).</source>
        <translation>已撤销上一次修改（台账日志保留两次记录）。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s). Undo removes them again.</source>
        <translation><numerusform>已导入 %n 条记录。撤销可再次删除它们。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1. The file is not encrypted and holds personal data: keep it safe and delete it when it is no longer needed.</source>
        <translation><numerusform>已将 %n 条记录导出到 %1。该文件未加密且含有个人信息：请妥善保管，不再需要时及时删除。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1. The file is not encrypted.</source>
        <translation><numerusform>已将 %n 条记录导出到 %1。该文件未加密。</numerusform></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置%1</translation>
    </message>
    <message>
        <source>No change allowed</source>
        <translation>不允许变更</translation>
    </message>
    <message>
        <source>Choose a record first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
</context>
<context>
    <name>csl::RegisterReader</name>
    <message>
        <source>%1: there is no record %2.</source>
        <translation>%1：不存在记录 %2。</translation>
    </message>
</context>
<context>
    <name>csl::RegisterRepository</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 has no field %2 that can be changed.</source>
        <translation>%1 没有可修改的字段 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has no status.</source>
        <translation>%1没有状态字段。</translation>
    </message>
    <message>
        <source>%1: the status cannot go from "%2" to "%3".</source>
        <translation>%1：状态不能从“%2”改为“%3”。</translation>
    </message>
</context>
<context>
    <name>csl::RegisterSchema</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>（已设置）</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s).</source>
        <translation><numerusform>超过 %n 个字符。</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2.</source>
        <translation>“%1”不是以下之一：%2。</translation>
    </message>
    <message>
        <source>"%1" is not a date (write 2024-09-01).</source>
        <translation>“%1”不是有效日期（请写作 2024-09-01）。</translation>
    </message>
    <message>
        <source>"%1" is not a date and time (write 2024-09-01 08:30).</source>
        <translation>“%1”不是日期时间（请写作 2024-09-01 08:30）。</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 host address.</source>
        <translation>“%1”不是有效的 IPv4 或 IPv6 主机地址。</translation>
    </message>
    <message>
        <source>"%1" is not a MAC address (write it as aa:bb:cc:dd:ee:ff, AA-BB-CC-DD-EE-FF, aabb.ccdd.eeff or aabbccddeeff).</source>
        <translation>“%1”不是有效的 MAC 地址（请写作 aa:bb:cc:dd:ee:ff、AA-BB-CC-DD-EE-FF、aabb.ccdd.eeff 或 aabbccddeeff）。</translation>
    </message>
    <message>
        <source>%1 is not the address of a device.</source>
        <translation>%1 不是设备地址。</translation>
    </message>
    <message>
        <source>%1 is a multicast address, not the address of a device.</source>
        <translation>%1 是组播地址，不是设备地址。</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no (write 是 or 否).</source>
        <translation>“%1”既不是“是”也不是“否”（请填写 是 或 否）。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>csl::RegisterTableModel</name>
    <message>
        <source>No registered person (R-DEV-5)</source>
        <translation>未登记人员（R-DEV-5）</translation>
    </message>
</context>
<context>
    <name>csl::ReportDocument</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>csl::SettingsDialog</name>
    <message>
        <source>Back up automatically when the application closes</source>
        <translation>关闭程序时自动备份</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>"backups" beside the database</source>
        <translation>数据库旁的“backups”文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览……</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>空闲锁定：</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>保留备份份数：</translation>
    </message>
    <message>
        <source>Notify of deadlines within:</source>
        <translation>期限提醒：</translation>
    </message>
    <message>
        <source>Backups are encrypted like the database and open with the passphrase in use when they were made. Keep one copy away from this computer.</source>
        <translation>备份与数据库一样加密，用做备份时的口令打开。请在本机以外另存一份。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>The new language applies the next time CampusSec Ledger starts.</source>
        <translation>新的界面语言将在下次启动校园网络安全台账时生效。</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>修改口令…</translation>
    </message>
    <message>
        <source>Re-encrypt the open database under a new passphrase.</source>
        <translation>用新口令重新加密当前打开的数据库。</translation>
    </message>
</context>
<context>
    <name>csl::SqlCipherDriver</name>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>Cannot set the database key</source>
        <translation>无法设置数据库密钥</translation>
    </message>
    <message>
        <source>Cannot set the cipher parameters</source>
        <translation>无法设置数据库加密参数</translation>
    </message>
</context>
<context>
    <name>csl::SqlStatement</name>
    <message>
        <source>the database is not open</source>
        <translation>数据库未打开</translation>
    </message>
</context>
<context>
    <name>csl::Store</name>
    <message>
        <source>A file already exists at %1; choose another name.</source>
        <translation>%1 处已有文件，请另选文件名。</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>口令不能为空。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file; CampusSec Ledger only opens encrypted databases.</source>
        <translation>%1 是未加密的 SQLite 文件；校园网络安全台账只打开加密的数据库。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or %1 is not a CampusSec Ledger database.</source>
        <translation>口令错误，或 %1 不是校园网络安全台账的数据库。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>无法设置数据库：%1</translation>
    </message>
    <message>
        <source>SQLCipher is not active: the database would not be encrypted.</source>
        <translation>SQLCipher 未启用：数据库将不会被加密。</translation>
    </message>
    <message>
        <source>%1 is not encrypted.</source>
        <translation>%1 未加密。</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>Cannot checkpoint the database: %1</source>
        <translation>无法写入数据库检查点：%1</translation>
    </message>
    <message>
        <source>Cannot checkpoint %1: another program or window is using the database. Close it and try again.</source>
        <translation>无法为 %1 做检查点：另一个程序或窗口正在使用该数据库。请关闭后重试。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>it could not be flushed to the disk</source>
        <translation>无法写入磁盘</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase can only be changed outside any other change.</source>
        <translation>只能在没有其他修改进行时修改口令。</translation>
    </message>
    <message>
        <source>Cannot open %1 again: %2</source>
        <translation>无法重新打开 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase was not changed: another program or window has %1 open. Close it and try again.</source>
        <translation>口令未修改：另一个程序或窗口打开了 %1。请关闭后重试。</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1 could not be replaced.</source>
        <translation>口令未修改：无法替换 %1。</translation>
    </message>
</context>
<context>
    <name>csl::SubnetDialog</name>
    <message>
        <source>Add a subnet</source>
        <translation>添加子网</translation>
    </message>
    <message>
        <source>Edit subnet %1</source>
        <translation>编辑子网 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>e.g. teachers' office PCs, classroom projectors</source>
        <translation>例如：教师办公电脑、教室投影</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 overlaps the registered subnet %2.</source>
        <translation>%1 与已登记的子网 %2 重叠。</translation>
    </message>
</context>
<context>
    <name>csl::SubnetPanel</name>
    <message>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add a subnet</source>
        <translation>添加子网</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>全部设备</translation>
    </message>
    <message>
        <source>Show the devices of every subnet</source>
        <translation>显示所有子网的设备</translation>
    </message>
    <message>
        <source>(no building)</source>
        <translation>（未指定楼宇）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>Gateway %1, %2</source>
        <translation>网关 %1，%2</translation>
    </message>
    <message>
        <source>Nearly full: %1 of %2 host addresses are registered.
%3</source>
        <translation>地址将满：%2 个主机地址中已登记 %1 个。
%3</translation>
    </message>
    <message>
        <source>The subnet was removed meanwhile.</source>
        <translation>该子网已被删除。</translation>
    </message>
    <message>
        <source>Added the subnet %1.</source>
        <translation>已添加子网 %1。</translation>
    </message>
    <message>
        <source>Saved the subnet %1.</source>
        <translation>已保存子网 %1。</translation>
    </message>
    <message>
        <source>Remove subnet</source>
        <translation>删除子网</translation>
    </message>
    <message>
        <source>Remove the subnet %1? Its devices stay registered; the journal keeps the subnet.</source>
        <translation>确定删除子网 %1 吗？其中的设备仍保留登记，操作日志保留该子网的记录。</translation>
    </message>
    <message>
        <source>Removed the subnet %1.</source>
        <translation>已删除子网 %1。</translation>
    </message>
</context>
<context>
    <name>csl::SyncClient</name>
    <message>
        <source>The school code is not set; enter it in the school's details.</source>
        <translation>尚未设置学校代码，请在学校信息中填写。</translation>
    </message>
    <message>
        <source>No sync token is saved on this computer. Enter the token the bureau issued.</source>
        <translation>本机未保存同步令牌，请输入教育局下发的令牌。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server's public key does not match the pinned key: this may not be the bureau's server.</source>
        <translation>服务器公钥与固定的公钥不符：对方可能不是教育局的服务器。</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>安全连接失败：%1</translation>
    </message>
    <message>
        <source>The server's certificate was issued for another host, not %1: the connection was refused.</source>
        <translation>服务器证书签发给了其他主机，而不是 %1：已拒绝连接。</translation>
    </message>
    <message>
        <source>The server's certificate has expired (%1): the connection was refused.</source>
        <translation>服务器证书已过期（%1）：已拒绝连接。</translation>
    </message>
    <message>
        <source>The server's certificate is not valid yet (check this computer's clock): the connection was refused.</source>
        <translation>服务器证书尚未生效（请检查本机时钟）：已拒绝连接。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1). Add the bureau's CA certificate if it uses its own.</source>
        <translation>服务器证书不受信任（%1）。如教育局使用自建证书机构，请添加其 CA 证书。</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器未在规定时间内应答</translation>
    </message>
    <message>
        <source>the answer was incomplete</source>
        <translation>应答不完整</translation>
    </message>
    <message>
        <source>The bureau rejected the token. Enter the current token the bureau issued.</source>
        <translation>教育局平台拒绝了令牌，请输入教育局当前下发的令牌。</translation>
    </message>
    <message>
        <source>The token does not belong to school %1.</source>
        <translation>该令牌不属于学校 %1。</translation>
    </message>
    <message>
        <source>The address %1 is not the bureau's sync service.</source>
        <translation>地址 %1 不是教育局的同步服务。</translation>
    </message>
    <message>
        <source>The bureau refused the journal: %1. Run "verify" on the journal.</source>
        <translation>教育局平台拒收操作日志：%1。请对操作日志执行“校验”。</translation>
    </message>
    <message>
        <source>the server is busy</source>
        <translation>服务器繁忙</translation>
    </message>
    <message>
        <source>the server reported an error (%1)</source>
        <translation>服务器报告错误（%1）</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>服务器应答 %1：%2</translation>
    </message>
    <message>
        <source>The server is busy — will retry at %1.</source>
        <translation>服务器繁忙——将于 %1 重试。</translation>
    </message>
    <message>
        <source>The server is unreachable (%1) — will retry at %2.</source>
        <translation>无法连接服务器（%1）——将于 %2 重试。</translation>
    </message>
    <message>
        <source>The server failed (%1) — will retry at %2.</source>
        <translation>服务器出错（%1）——将于 %2 重试。</translation>
    </message>
    <message>
        <source>Retrying in %1 s: %2</source>
        <translation>%1 秒后重试：%2</translation>
    </message>
    <message>
        <source>The server's answer names no head.</source>
        <translation>服务器应答中没有最新条目。</translation>
    </message>
    <message>
        <source>The bureau holds %1 entries but this journal has %2: was the database restored from an older backup?</source>
        <translation>教育局平台保存了 %1 条，而本机操作日志只有 %2 条：数据库是否从较旧的备份恢复？</translation>
    </message>
    <message>
        <source>The bureau's copy of entry %1 differs from this journal; ask the bureau to check its copy.</source>
        <translation>教育局平台保存的第 %1 条与本机操作日志不一致，请联系教育局核查。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1……</translation>
    </message>
    <message>
        <source>Sending entries %1 to %2…</source>
        <translation>正在发送第 %1 至 %2 条……</translation>
    </message>
    <message>
        <source>Entry %1 is larger than the server accepts.</source>
        <translation>第 %1 条超出服务器可接收的大小。</translation>
    </message>
    <message>
        <source>The bureau's copy does not continue this journal: %1</source>
        <translation>教育局平台的副本与本机操作日志无法衔接：%1</translation>
    </message>
    <message>
        <source>The server acknowledged entry %1, not the entry %2 that was sent.</source>
        <translation>服务器确认的是第 %1 条，而不是已发送的第 %2 条。</translation>
    </message>
    <message>
        <source>Fetching notices from the bureau…</source>
        <translation>正在获取教育局通报……</translation>
    </message>
    <message>
        <source>Done: %1 entries sent, the bureau holds everything up to entry %2; %3 new notices.</source>
        <translation>完成：已发送 %1 条，教育局平台已保存至第 %2 条；新通报 %3 条。</translation>
    </message>
    <message>
        <source>The server sent the request on to another address, %1; it was not followed, so the token stayed with %2. Check the sync address.</source>
        <translation>服务器把请求转到了另一个地址 %1；未予跟随，令牌只发给了 %2。请检查同步地址。</translation>
    </message>
    <message>
        <source>The server's answer is larger than %1 MB; it was not read.</source>
        <translation>服务器的应答超过 %1 MB，未予读取。</translation>
    </message>
</context>
<context>
    <name>csl::SyncModule</name>
    <message>
        <source>Threat notified by the bureau: %1</source>
        <translation>教育局通报的威胁：%1</translation>
    </message>
    <message>
        <source>Fix it by %1 and report the fix to the bureau (notice %2).</source>
        <translation>请于 %1 前完成整改并向教育局反馈（通报 %2）。</translation>
    </message>
    <message>
        <source>Notice from the bureau: %1</source>
        <translation>教育局通报：%1</translation>
    </message>
    <message>
        <source>Act on it by %1 (notice %2).</source>
        <translation>请于 %1 前处理（通报 %2）。</translation>
    </message>
    <message>
        <source>Read notice %1.</source>
        <translation>请阅读通报 %1。</translation>
    </message>
    <message>
        <source>Bureau sync</source>
        <translation>上级平台同步</translation>
    </message>
</context>
<context>
    <name>csl::SyncPage</name>
    <message>
        <source>&lt;h2&gt;Bureau sync&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;上级平台同步&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Notices from the bureau</source>
        <translation>教育局通报</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通报编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>History of runs</source>
        <translation>同步记录</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Acknowledged up to</source>
        <translation>已确认至</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Bureau address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>学校代码</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to replace</source>
        <translation>保存在系统钥匙串中；输入新值即替换</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>optional: the bureau's CA certificate (PEM)</source>
        <translation>可选：教育局的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览……</translation>
    </message>
    <message>
        <source>Bureau CA certificate</source>
        <translation>教育局 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>optional: sha256/… of the server's public key</source>
        <translation>可选：服务器公钥的 sha256/……</translation>
    </message>
    <message>
        <source>Pinned key</source>
        <translation>固定公钥</translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The bureau holds %1 of %2 journal entries.</source>
        <translation>教育局平台已保存 %2 条操作日志中的 %1 条。</translation>
    </message>
    <message>
        <source>Enter the school code the bureau assigned.</source>
        <translation>请输入教育局分配的学校代码。</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>同步正在进行中。</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>下次同步：%1</translation>
    </message>
    <message>
        <source>No run is scheduled.</source>
        <translation>未安排同步。</translation>
    </message>
</context>
<context>
    <name>csl::SyncRepository</name>
    <message>
        <source>The run was interrupted (the program was closed or stopped).</source>
        <translation>同步被中断（程序被关闭或终止）。</translation>
    </message>
</context>
<context>
    <name>csl::SyncSettings</name>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 文件 %1 中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>Enter the address of the bureau's platform.</source>
        <translation>请输入教育局平台的地址。</translation>
    </message>
    <message>
        <source>The address "%1" is not a valid URL.</source>
        <translation>地址“%1”不是有效的网址。</translation>
    </message>
    <message>
        <source>The address must start with https:// (the journal is only sent encrypted).</source>
        <translation>地址必须以 https:// 开头（操作日志只以加密方式发送）。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>The pinned key must look like sha256/ followed by 44 base64 characters.</source>
        <translation>固定公钥的格式应为 sha256/ 加 44 个 base64 字符。</translation>
    </message>
    <message>
        <source>No sync token is saved on this computer. Enter the token the bureau issued.</source>
        <translation>本机未保存同步令牌，请输入教育局下发的令牌。</translation>
    </message>
</context>
<context>
    <name>csl::TableReader</name>
    <message>
        <source>%1: only .xlsx, .csv, .tsv and .txt files can be imported.</source>
        <translation>%1：只能导入 .xlsx、.csv、.tsv 和 .txt 文件。</translation>
    </message>
    <message>
        <source>Spreadsheets and text (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>表格和文本文件 (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>csl::TrayIcon</name>
    <message>
        <source>Show CampusSec Ledger</source>
        <translation>显示校园网络安全台账</translation>
    </message>
    <message>
        <source>To do and findings</source>
        <translation>待办与发现</translation>
    </message>
    <message>
        <source>CampusSec Ledger (locked)</source>
        <translation>校园网络安全台账（已锁定）</translation>
    </message>
    <message numerus="yes">
        <source>CampusSec Ledger: %n finding(s) to handle</source>
        <translation><numerusform>校园网络安全台账：有 %n 条待办</numerusform></translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation>%1 到期：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) are due within %1 days.</source>
        <translation><numerusform>有 %n 条待办将在 %1 天内到期。</numerusform></translation>
    </message>
    <message>
        <source>Deadline near</source>
        <translation>期限将至</translation>
    </message>
</context>
<context>
    <name>csl::UnlockDialog</name>
    <message>
        <source>Unlock — CampusSec Ledger</source>
        <translation>解锁 — 校园网络安全台账</translation>
    </message>
    <message>
        <source>CampusSec Ledger</source>
        <translation>校园网络安全台账</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>csl::UnlockWidget</name>
    <message>
        <source>Remember on this computer</source>
        <translation>在本机记住</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Enter the passphrase to open the ledger</source>
        <translation>输入口令以打开台账</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Keeps the database key in this computer's keychain (Windows Credential Manager), so the ledger opens without the passphrase for your account on this computer.</source>
        <translation>把数据库密钥保存在本机的系统钥匙串（Windows 凭据管理器）中，以后您的账户在这台电脑上打开台账时无需输入口令。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>The keychain did not give the remembered key (%1). Enter the passphrase instead.</source>
        <translation>无法从钥匙串取得记住的密钥（%1）。请输入口令。</translation>
    </message>
    <message>
        <source>The remembered key no longer opens this database (%1). Enter the passphrase instead.</source>
        <translation>记住的密钥已无法打开此数据库（%1）。请输入口令。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>Cannot read the key header of %1: %2</source>
        <translation>无法读取 %1 的密钥头文件：%2</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>正在派生密钥…</translation>
    </message>
    <message>
        <source>The key could not be derived.</source>
        <translation>无法派生密钥。</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the input method, then try again.</source>
        <translation>口令错误。请检查大写锁定键和输入法后重试。</translation>
    </message>
    <message numerus="yes">
        <source>After %n failed attempts, wait %1 seconds before the next.</source>
        <translation><numerusform>已连续输错 %n 次，请等待 %1 秒后再试。</numerusform></translation>
    </message>
    <message>
        <source>The key could not be kept in the keychain (%1); you will be asked for the passphrase next time.</source>
        <translation>无法把密钥保存到钥匙串（%1）；下次仍需输入口令。</translation>
    </message>
    <message>
        <source>You can try again in %1 s.</source>
        <translation>%1 秒后可以再试。</translation>
    </message>
</context>
<context>
    <name>csl::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>The user guide is not part of this build. It is the file docs/user-guide.zh_CN.md of the source distribution.</source>
        <translation>此版本未包含使用说明。使用说明是源代码中的 docs/user-guide.zh_CN.md 文件。</translation>
    </message>
</context>
<context>
    <name>csl::WelcomeDialog</name>
    <message>
        <source>Welcome — CampusSec Ledger</source>
        <translation>欢迎 — 校园网络安全台账</translation>
    </message>
    <message>
        <source>CampusSec Ledger</source>
        <translation>校园网络安全台账</translation>
    </message>
    <message>
        <source>The school's network security registers, kept in one encrypted database on this computer, ready for the bureau's inspection.</source>
        <translation>学校的网络安全台账，保存在本机的一个加密数据库中，随时备查。</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>For your school: its name, code, the security officer and a passphrase that only you know.</source>
        <translation>为本校建立：填写学校名称、学校代码、安全员和只有您知道的口令。</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>打开已有数据库</translation>
    </message>
    <message>
        <source>A ledger file (.cldb) made on this or another computer, or restored from a backup.</source>
        <translation>在本机或其他电脑上建立的台账文件（.cldb），或从备份恢复的文件。</translation>
    </message>
    <message>
        <source>Open the demo school</source>
        <translation>打开演示学校</translation>
    </message>
    <message>
        <source>A sample school with staff and devices to try things out. Its passphrase is "%1"; never keep real data in it.</source>
        <translation>一所虚构的示例学校，含人员和设备，供试用。口令为“%1”；切勿在其中保存真实数据。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>e.g. 江苏省扬州市育才实验学校</source>
        <translation>例如：江苏省扬州市育才实验学校</translation>
    </message>
    <message>
        <source>10 digits, as the bureau assigned it</source>
        <translation>10 位数字，由教育局分配</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览……</translation>
    </message>
    <message>
        <source>The passphrase cannot be recovered: if it is lost, so is the data. A few unrelated words or a long sentence are easy to remember and hard to guess.</source>
        <translation>口令无法找回：口令遗失，数据也就无法恢复。几个互不相关的词或一句较长的话，既容易记住又难以猜中。</translation>
    </message>
    <message>
        <source>School name:</source>
        <translation>学校名称：</translation>
    </message>
    <message>
        <source>School code:</source>
        <translation>学校代码：</translation>
    </message>
    <message>
        <source>Security officer:</source>
        <translation>安全员：</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Confirm passphrase:</source>
        <translation>确认口令：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>新数据库文件</translation>
    </message>
    <message>
        <source>Ledger databases (*.cldb)</source>
        <translation>台账数据库 (*.cldb)</translation>
    </message>
    <message>
        <source>School name: enter the school's full name as registered.</source>
        <translation>学校名称：请填写登记的学校全称。</translation>
    </message>
    <message>
        <source>School code: "%1" is not the 10-digit school identification code.</source>
        <translation>学校代码：“%1”不是 10 位学校标识码。</translation>
    </message>
    <message>
        <source>Security officer: enter the name of the person responsible.</source>
        <translation>安全员：请填写负责人姓名。</translation>
    </message>
    <message>
        <source>Database file: choose where to keep the database.</source>
        <translation>数据库文件：请选择数据库的保存位置。</translation>
    </message>
    <message>
        <source>Database file: %1 already exists. Choose another name, or go back and open it.</source>
        <translation>数据库文件：%1 已存在。请另选文件名，或返回后打开它。</translation>
    </message>
    <message>
        <source>Passphrase: too easy to guess. Make it longer, for example a few unrelated words.</source>
        <translation>口令：太容易被猜中。请加长，例如使用几个互不相关的词。</translation>
    </message>
    <message>
        <source>Confirm passphrase: the two entries differ.</source>
        <translation>确认口令：两次输入不一致。</translation>
    </message>
    <message>
        <source>Database file: cannot create the folder %1.</source>
        <translation>数据库文件：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Ledger databases (*.cldb);;All files (*)</source>
        <translation>台账数据库 (*.cldb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is not a CampusSec Ledger database: its key header (%2) is missing or the file is not encrypted.</source>
        <translation>%1 不是校园网络安全台账的数据库：缺少密钥头文件（%2），或文件未加密。</translation>
    </message>
    <message>
        <source>The demo database %1 does not open with the demo passphrase: %2</source>
        <translation>演示数据库 %1 无法用演示口令打开：%2</translation>
    </message>
</context>
<context>
    <name>csl::XlsxReader</name>
    <message>
        <source>%1 is not an .xlsx workbook.</source>
        <translation>%1 不是 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1 has no worksheet "%2".</source>
        <translation>%1 中没有工作表“%2”。</translation>
    </message>
    <message>
        <source>%1: the worksheet %2 is missing.</source>
        <translation>%1：缺少工作表 %2。</translation>
    </message>
    <message>
        <source>%1: the worksheet is damaged (%2).</source>
        <translation>%1：工作表已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1: the worksheet holds no rows.</source>
        <translation>%1：工作表中没有数据行。</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 MB, the limit for a workbook (it may be a zip bomb); it was not read.</source>
        <translation>%1 解压后超过工作簿上限 %2 MB（可能是压缩炸弹），未予读取。</translation>
    </message>
    <message>
        <source>%1: row %2 is beyond the limit of %3 rows of a worksheet; the file was not read.</source>
        <translation>%1：第 %2 行超出工作表 %3 行的上限，未读取该文件。</translation>
    </message>
    <message>
        <source>%1: a cell of row %2 is beyond the limit of %3 columns of a worksheet; the file was not read.</source>
        <translation>%1：第 %2 行有单元格超出工作表 %3 列的上限，未读取该文件。</translation>
    </message>
    <message>
        <source>%1: the worksheet holds more than %2 cells (counting the empty ones before a filled cell), the limit for a register; the file was not read.</source>
        <translation>%1：工作表的单元格超过台账上限 %2 个（含有内容的单元格之前的空单元格也计入），未读取该文件。</translation>
    </message>
</context>
<context>
    <name>csl::XlsxWriter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot add the worksheet "%1".</source>
        <translation>无法添加工作表“%1”。</translation>
    </message>
    <message>
        <source>No worksheet to write to.</source>
        <translation>没有可写入的工作表。</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>csl::cli</name>
    <message>
        <source>error: there is no register %1 (registers: %2)</source>
        <translation>错误：没有台账 %1（可用台账：%2）</translation>
    </message>
    <message>
        <source>List the registers the other commands take.</source>
        <translation>列出其他命令可用的台账。</translation>
    </message>
    <message>
        <source>Import a register from a .csv, .txt, .tsv or .xlsx file; columns are matched by their header (IP地址/IP, MAC地址/MAC, 姓名, 部门 …).</source>
        <translation>从 .csv、.txt、.tsv 或 .xlsx 文件导入台账；按表头匹配列（IP地址/IP、MAC地址/MAC、姓名、部门……）。</translation>
    </message>
    <message>
        <source>Import the good rows and skip the bad ones.</source>
        <translation>导入正确的行，跳过有错误的行。</translation>
    </message>
    <message>
        <source>What to import into (see `registers`).</source>
        <translation>导入到哪个台账（见 `registers`）。</translation>
    </message>
    <message>
        <source>The .csv, .txt, .tsv or .xlsx file.</source>
        <translation>.csv、.txt、.tsv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>usage: campusledger-cli import REGISTER --db PATH FILE [--skip-bad-rows]</source>
        <translation>用法：campusledger-cli import 台账 --db 路径 文件 [--skip-bad-rows]</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>error: %1 has no column for %2 (found: %3)</source>
        <translation>错误：%1 中没有%2列（找到的列：%3）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>error: %n bad row(s); nothing was imported (use --skip-bad-rows to import the rest)</source>
        <translation>错误：%n 行有误，未导入任何数据（使用 --skip-bad-rows 导入其余行）</translation>
    </message>
    <message>
        <source>imported %1 from %2 (%3)</source>
        <translation>已从 %2 导入 %1（%3）</translation>
    </message>
    <message>
        <source>, skipped %n bad row(s)</source>
        <translation>，跳过 %n 个错误行</translation>
    </message>
    <message>
        <source>Export a register to CSV or XLSX (not encrypted: keep the file safe).</source>
        <translation>将台账导出为 CSV 或 XLSX（文件未加密，请妥善保管）。</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from OUT's suffix).</source>
        <translation>csv 或 xlsx（默认按输出文件的后缀）。</translation>
    </message>
    <message>
        <source>Only the records this search finds.</source>
        <translation>只包含此搜索找到的记录。</translation>
    </message>
    <message>
        <source>What to export (see `registers`).</source>
        <translation>导出哪个台账（见 `registers`）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>usage: campusledger-cli export REGISTER --db PATH --format csv|xlsx OUT</source>
        <translation>用法：campusledger-cli export 台账 --db 路径 --format csv|xlsx 输出文件</translation>
    </message>
    <message>
        <source>error: --format takes csv or xlsx</source>
        <translation>错误：--format 只接受 csv 或 xlsx</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
    <message>
        <source>note: %1 is not encrypted and holds personal data; keep it safe and delete it when done.</source>
        <translation>注意：%1 未加密且含有个人信息，请妥善保管，用完及时删除。</translation>
    </message>
    <message>
        <source>List a register's records, one a line (tab-separated), or as JSON.</source>
        <translation>列出台账的记录，每行一条（以制表符分隔），或输出为 JSON。</translation>
    </message>
    <message>
        <source>One JSON array of objects (stored values) instead of lines.</source>
        <translation>输出一个 JSON 对象数组（存储值），而不是逐行输出。</translation>
    </message>
    <message>
        <source>What to list (see `registers`).</source>
        <translation>列出哪个台账（见 `registers`）。</translation>
    </message>
    <message>
        <source>usage: campusledger-cli list REGISTER --db PATH [--search TEXT] [--json]</source>
        <translation>用法：campusledger-cli list 台账 --db 路径 [--search 文本] [--json]</translation>
    </message>
    <message>
        <source>Print a register's form (with signature lines) to a PDF.</source>
        <translation>将台账登记表（含签字栏）打印为 PDF。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>What to print (see `registers`).</source>
        <translation>打印哪个台账（见 `registers`）。</translation>
    </message>
    <message>
        <source>usage: campusledger-cli print REGISTER --db PATH --out FILE.pdf [--search TEXT]</source>
        <translation>用法：campusledger-cli print 台账 --db 路径 --out 文件.pdf [--search 文本]</translation>
    </message>
    <message>
        <source>printed %1 to %2</source>
        <translation>已将 %1 打印到 %2</translation>
    </message>
    <message>
        <source>List what needs action in every register (or one), now or at a given moment.</source>
        <translation>列出所有台账（或某一台账）中需要处理的事项，可指定时间点。</translation>
    </message>
    <message>
        <source>Only this module's findings.</source>
        <translation>只列出此模块的发现。</translation>
    </message>
    <message>
        <source>One JSON array instead of lines.</source>
        <translation>输出一个 JSON 数组，而不是逐行输出。</translation>
    </message>
    <message>
        <source>The findings as they stand at this local time (the inspection day …).</source>
        <translation>按此本地时间计算的发现（如检查当天）。</translation>
    </message>
    <message>
        <source>error: --at takes a local time as YYYY-MM-DDTHH:MM (2026-12-01T16:30)</source>
        <translation>错误：--at 需要本地时间，格式为 YYYY-MM-DDTHH:MM（如 2026-12-01T16:30）</translation>
    </message>
    <message>
        <source>error: there is no module %1</source>
        <translation>错误：没有模块 %1</translation>
    </message>
</context>
</TS>