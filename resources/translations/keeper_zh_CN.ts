<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Cannot use the data folder {folder}: {reason}</source>
        <translation>无法使用数据文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>keeper cannot start</source>
        <translation>驿站管家无法启动</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Cannot use the data folder {folder}: {reason}</source>
        <translation>无法使用数据文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Station Keeper: the offline ledger of a service station for gig workers. Without a command it starts the window.</source>
        <translation>驿站管家：新就业形态劳动者服务驿站的离线台账。不带命令运行时打开程序窗口。</translation>
    </message>
    <message>
        <source>the data folder (default: the user&apos;s application data folder; or set KEEPER_DATA_DIR)</source>
        <translation>数据文件夹（默认：用户的应用数据文件夹；也可设置 KEEPER_DATA_DIR）</translation>
    </message>
    <message>
        <source>the language of messages and of the window (default: the system&apos;s)</source>
        <translation>提示信息和窗口的语言（默认：跟随系统）</translation>
    </message>
    <message>
        <source>show or set the station profile</source>
        <translation>查看或设置驿站信息</translation>
    </message>
    <message>
        <source>print the station profile</source>
        <translation>显示驿站信息</translation>
    </message>
    <message>
        <source>create or change the profile</source>
        <translation>创建或修改驿站信息</translation>
    </message>
    <message>
        <source>the station code given by the district</source>
        <translation>所属辖区分配的驿站编号</translation>
    </message>
    <message>
        <source>the station&apos;s name</source>
        <translation>驿站名称</translation>
    </message>
    <message>
        <source>the district the station reports to</source>
        <translation>驿站报送月报的所属辖区</translation>
    </message>
    <message>
        <source>the station&apos;s address</source>
        <translation>驿站地址</translation>
    </message>
    <message>
        <source>comprehensive station or specialised rider&apos;s/driver&apos;s home</source>
        <translation>综合型驿站或专属驿站（骑手之家/司机之家）</translation>
    </message>
    <message>
        <source>log one visit</source>
        <translation>登记一条来访记录</translation>
    </message>
    <message>
        <source>a service code or name (water, 饮水, …); repeat for several</source>
        <translation>服务项目的代码或名称（如 water、饮水……）；多个服务项目可重复此选项</translation>
    </message>
    <message>
        <source>the visitor&apos;s group code or name (rider, 外卖骑手, …); default: other</source>
        <translation>来访者人员类别的代码或名称（如 rider、外卖骑手……）；默认：other（其他）</translation>
    </message>
    <message>
        <source>a registered visitor&apos;s phone or member number</source>
        <translation>登记人员的手机号或会员编号</translation>
    </message>
    <message>
        <source>when the visit happened (default: now; a date alone means time unknown)</source>
        <translation>来访时间（默认：当前时间；只写日期表示具体时间不详）</translation>
    </message>
    <message>
        <source>people served at once (人次, default 1)</source>
        <translation>同时服务的人数（人次，默认 1）</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and schema version</source>
        <translation>检查数据库的完整性和数据库结构版本</translation>
    </message>
    <message>
        <source>fill an empty data folder with realistic demo data</source>
        <translation>向空的数据文件夹填入仿真的演示数据</translation>
    </message>
    <message>
        <source>how many past months besides this one (default 3)</source>
        <translation>除本月外，再生成之前几个月的数据（默认 3）</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same data (default 1)</source>
        <translation>随机种子：相同的种子生成相同的数据（默认 1）</translation>
    </message>
    <message>
        <source>comprehensive station</source>
        <translation>综合型驿站</translation>
    </message>
    <message>
        <source>specialised rider&apos;s/driver&apos;s home</source>
        <translation>专属驿站（骑手之家/司机之家）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>驿站编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>驿站名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属辖区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>驿站类型</translation>
    </message>
    <message>
        <source>Station profile saved: {code} {name} ({district}).</source>
        <translation>驿站信息已保存：{code} {name}（{district}）。</translation>
    </message>
    <message>
        <source>Logged visit #{id}.</source>
        <translation>已登记，记录编号 #{id}。</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>Schema version: {found} (this keeper: {known})</source>
        <translation>数据库结构版本：{found}（本版驿站管家：{known}）</translation>
    </message>
    <message>
        <source>Integrity: ok. {entries} entries, {visits} visits.</source>
        <translation>完整性：正常。共 {entries} 条记录，{visits} 人次。</translation>
    </message>
    <message>
        <source>Demo data written: {visits} visits in {entries} entries from {first} to {last}, {visitors} registered visitors.</source>
        <translation>演示数据已写入：{first} 至 {last} 共 {entries} 条记录、{visits} 人次，登记人员 {visitors} 名。</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>显示中</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Shortcut key:</source>
        <translation>快捷键：</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Only a service added by mistake and never used can be deleted; others are hidden, so old visits keep their names.</source>
        <translation>只有误添加且从未使用过的服务项目才能删除；其他服务项目请隐藏，这样以往的登记仍保留原来的名称。</translation>
    </message>
    <message>
        <source>code, e.g. haircut</source>
        <translation>代码，例如 haircut</translation>
    </message>
    <message>
        <source>Chinese name, e.g. 理发</source>
        <translation>中文名称，例如：理发</translation>
    </message>
    <message>
        <source>English name, e.g. Haircut</source>
        <translation>英文名称，例如 Haircut</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>添加服务项目</translation>
    </message>
    <message>
        <source>Words used in old ledgers</source>
        <translation>旧台账中的叫法</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>the word, e.g. 送水</source>
        <translation>叫法，例如：送水</translation>
    </message>
    <message>
        <source>Teach</source>
        <translation>添加叫法</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>删除叫法</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>keeper met a problem</source>
        <translation>驿站管家遇到问题</translation>
    </message>
    <message>
        <source>Something went wrong inside keeper. What you logged before is safe. Please copy this report and send it to whoever supports your station; it is also in the log file in {folder}.</source>
        <translation>驿站管家内部出现错误。此前登记的内容不会丢失。请复制这份报告，发给为本驿站提供技术支持的人员；报告也已保存在 {folder} 中的日志文件里。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>keeper</source>
        <translation>驿站管家</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no keeper database at {path} yet.</source>
        <translation>{path} 处还没有驿站管家数据库。</translation>
    </message>
    <message>
        <source>No station profile yet. Set one with: keeper station set --code C --name N --district D</source>
        <translation>尚未设置驿站信息。请用以下命令设置：keeper station set --code C --name N --district D</translation>
    </message>
    <message>
        <source>A new station profile needs --code, --name and --district.</source>
        <translation>新建驿站信息需要提供 --code、--name 和 --district。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date and time: write it as &quot;YYYY-MM-DD HH:MM&quot;, e.g. &quot;2026-10-03 14:05&quot;.</source>
        <translation>“{text}”不是有效的日期时间：请按“YYYY-MM-DD HH:MM”格式填写，例如“2026-10-03 14:05”。</translation>
    </message>
    <message>
        <source>Unknown service &quot;{text}&quot;. Known services: {known}.</source>
        <translation>未知的服务项目“{text}”。可用的服务项目：{known}。</translation>
    </message>
    <message>
        <source>Unknown visitor group &quot;{text}&quot;. Known groups: {known}.</source>
        <translation>未知的人员类别“{text}”。可用的人员类别：{known}。</translation>
    </message>
    <message>
        <source>The count must be a whole number from 1 to {max}.</source>
        <translation>人次必须是 1 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>The database is damaged ({count} problems found). Restore it from a backup.</source>
        <translation>数据库已损坏（发现 {count} 处问题）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The demo can cover 1 to {max} months, not {months}.</source>
        <translation>演示数据可覆盖 1 到 {max} 个月，不能为 {months} 个月。</translation>
    </message>
    <message>
        <source>This data folder already holds visits, so no demo data was added: demo data must never mix with a real ledger. Choose an empty data folder (--data-dir) for the demo.</source>
        <translation>此数据文件夹中已有来访记录，因此未添加演示数据：演示数据绝不能混入真实台账。请为演示数据另选一个空的数据文件夹（--data-dir）。</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>请至少选择一项服务项目。</translation>
    </message>
    <message>
        <source>Unknown service: {codes}.</source>
        <translation>未知的服务项目：{codes}。</translation>
    </message>
    <message>
        <source>A service needs both a Chinese and an English name.</source>
        <translation>服务项目须同时填写中文名称和英文名称。</translation>
    </message>
    <message>
        <source>A shortcut is one letter or digit, not &quot;{key}&quot;.</source>
        <translation>快捷键应为一个字母或数字，不能是“{key}”。</translation>
    </message>
    <message>
        <source>The key {key} already logs &quot;{name}&quot;.</source>
        <translation>快捷键 {key} 已用于登记“{name}”。</translation>
    </message>
    <message>
        <source>The service code &quot;{code}&quot; is not valid: use 2 to 32 lowercase letters, digits or _, starting with a letter (e.g. haircut).</source>
        <translation>服务项目代码“{code}”无效：请使用 2 到 32 个小写字母、数字或 _，并以字母开头（例如 haircut）。</translation>
    </message>
    <message>
        <source>The service code &quot;{code}&quot; is taken.</source>
        <translation>服务项目代码“{code}”已被占用。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has been used or is built in, so it can only be hidden, never deleted.</source>
        <translation>“{name}”已被使用或为内置项目，只能隐藏，不能删除。</translation>
    </message>
    <message>
        <source>Type the word to teach.</source>
        <translation>请输入要添加的叫法。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; already means {code}.</source>
        <translation>“{text}”已是 {code} 的叫法。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>&quot;{phone}&quot; is not a valid mobile number (11 digits starting with 1).</source>
        <translation>“{phone}”不是有效的手机号（以 1 开头的 11 位数字）。</translation>
    </message>
    <message>
        <source>Unknown visitor group: {group}.</source>
        <translation>未知的人员类别：{group}。</translation>
    </message>
    <message>
        <source>The phone {phone} is already registered to {name}.</source>
        <translation>手机号 {phone} 已登记在 {name} 名下。</translation>
    </message>
    <message>
        <source>Visitor #{id} does not exist.</source>
        <translation>第 {id} 号来访人员不存在。</translation>
    </message>
    <message>
        <source>The visit is in the future ({when}). Check the date and time.</source>
        <translation>来访时间晚于当前时间（{when}）。请检查日期和时间。</translation>
    </message>
    <message>
        <source>Visit #{id} does not exist.</source>
        <translation>第 {id} 条登记不存在。</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased; register them again instead.</source>
        <translation>此人的信息已删除，请重新登记。</translation>
    </message>
    <message>
        <source>Give a reason for the change: it is kept in the visit&apos;s history.</source>
        <translation>请填写修改原因：原因会保存在该条登记的修改记录中。</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>请选择两个不同的人进行合并。</translation>
    </message>
    <message>
        <source>That record was already merged.</source>
        <translation>该记录已经合并过。</translation>
    </message>
    <message>
        <source>Visit #{id} is voided; restore it before correcting it.</source>
        <translation>第 {id} 条登记已作废；请先恢复，再更正。</translation>
    </message>
    <message>
        <source>Visit #{id} is already voided.</source>
        <translation>第 {id} 条登记已经作废。</translation>
    </message>
    <message>
        <source>Visit #{id} is not voided.</source>
        <translation>第 {id} 条登记未作废。</translation>
    </message>
    <message>
        <source>The entry can no longer be undone (after {minutes} minutes); void it with a reason instead.</source>
        <translation>登记已超过 {minutes} 分钟，不能再撤销；请改为填写原因后作废。</translation>
    </message>
    <message>
        <source>The station code &quot;{code}&quot; is not valid: use 1 to 32 letters, digits, - or _, starting with a letter or digit (it names the report files).</source>
        <translation>驿站编号“{code}”无效：请使用 1 到 32 个字母、数字、- 或 _，并以字母或数字开头（报表文件以此命名）。</translation>
    </message>
    <message>
        <source>The station name is missing.</source>
        <translation>未填写驿站名称。</translation>
    </message>
    <message>
        <source>The district is missing.</source>
        <translation>未填写所属辖区。</translation>
    </message>
    <message>
        <source>The station kind &quot;{kind}&quot; is not valid: use comprehensive or specialized.</source>
        <translation>驿站类型“{kind}”无效：请使用 comprehensive（综合型驿站）或 specialized（专属驿站）。</translation>
    </message>
    <message>
        <source>No registered visitor has the phone or member number &quot;{text}&quot;.</source>
        <translation>没有手机号或会员编号为“{text}”的登记人员。</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program. Close the other keeper window and try again.</source>
        <translation>数据库 {path} 正被其他程序使用。请关闭另一个驿站管家窗口后重试。</translation>
    </message>
    <message>
        <source>Cannot open or write the database {path}. Check that the folder exists and can be written to.</source>
        <translation>无法打开或写入数据库 {path}。请检查该文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a keeper database ({detail}). Restore it from a backup.</source>
        <translation>数据库 {path} 已损坏或不是驿站管家数据库（{detail}）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of keeper (schema {found}; this keeper knows up to {known}). Install the newer keeper to open it.</source>
        <translation>数据库 {path} 由更新版本的驿站管家写入（数据库结构版本 {found}；本版本最高支持 {known}）。请安装新版驿站管家后再打开。</translation>
    </message>
</context>
<context>
    <name>LedgerScreen</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务项目</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部人员类别</translation>
    </message>
    <message>
        <source>Search notes and visitors</source>
        <translation>搜索备注和来访人员</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>显示已作废</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Visitor:</source>
        <translation>来访人员：</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{entries} entries, {visits} visits&lt;/b&gt;</source>
        <translation>&lt;b&gt;{entries} 条登记，{visits} 人次&lt;/b&gt;</translation>
    </message>
    <message>
        <source> ({voided} voided, not counted)</source>
        <translation>（{voided} 条已作废，不计入统计）</translation>
    </message>
</context>
<context>
    <name>LogScreen</name>
    <message>
        <source>Log visit  (Enter)</source>
        <translation>登记（Enter）</translation>
    </message>
    <message>
        <source>Undo last entry  (Ctrl+Z)</source>
        <translation>撤销上一条登记（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Logged: {group} · {services} × {count}</source>
        <translation>已登记：{group} · {services} × {count}</translation>
    </message>
    <message>
        <source>Registered: {name}</source>
        <translation>已登记：{name}</translation>
    </message>
    <message>
        <source>The last entry was undone.</source>
        <translation>已撤销上一条登记。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today: {visits} visits&lt;/b&gt;</source>
        <translation>&lt;b&gt;今日：{visits} 人次&lt;/b&gt;</translation>
    </message>
    <message>
        <source>One click:</source>
        <translation>一键登记：</translation>
    </message>
    <message>
        <source>Log this visit now</source>
        <translation>立即登记一条同样的来访</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Station Keeper</source>
        <translation>驿站管家</translation>
    </message>
    <message>
        <source>{screen} (Ctrl+{number})</source>
        <translation>{screen}（Ctrl+{number}）</translation>
    </message>
    <message>
        <source>No station profile yet</source>
        <translation>尚未设置驿站信息</translation>
    </message>
    <message>
        <source>{name} ({code}), {district}</source>
        <translation>{name}（{code}），{district}</translation>
    </message>
    <message numerus="yes">
        <source>Visits today: %n</source>
        <translation>
            <numerusform>今日服务人次：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Log</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访人员</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>志愿活动</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>What this screen will hold:</source>
        <translation>此页面将包含：</translation>
    </message>
    <message>
        <source>This screen is being built. Until then, use the command line (keeper --help) or keep the paper ledger.</source>
        <translation>此页面正在建设中。在此之前，请使用命令行（keeper --help）或继续使用纸质台账。</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Problems workers raise (诉求), followed until they are solved.</source>
        <translation>劳动者提出的诉求，持续跟进直至解决。</translation>
    </message>
    <message>
        <source>Recorded, referred, resolved, followed up: each step dated</source>
        <translation>登记、转办、办结、回访：每一步都记录日期</translation>
    </message>
    <message>
        <source>Filters by status and category; overdue appeals flagged</source>
        <translation>按状态和类别筛选；超期诉求醒目标出</translation>
    </message>
    <message>
        <source>Volunteer work and good deeds by the station&apos;s workers.</source>
        <translation>驿站劳动者参与的志愿服务和好人好事。</translation>
    </message>
    <message>
        <source>Patrols, clean-ups, emergency help: participants, hours, people helped</source>
        <translation>巡逻、清洁、应急救助：参与人员、时长、帮助人数</translation>
    </message>
    <message>
        <source>Volunteer teams and each member&apos;s history</source>
        <translation>志愿服务队及每位队员的活动记录</translation>
    </message>
    <message>
        <source>The monthly report for the district office in one action.</source>
        <translation>一键生成报送所属辖区的月报。</translation>
    </message>
    <message>
        <source>The month&apos;s figures and charts against last month</source>
        <translation>本月数据和图表，与上月对比</translation>
    </message>
    <message>
        <source>Excel workbook, printable PDF to sign and stamp, and the bundle the district merges</source>
        <translation>Excel 工作簿、可打印后签字盖章的 PDF，以及供所属辖区汇总的数据包</translation>
    </message>
    <message>
        <source>Closing a month; later corrections listed as such</source>
        <translation>月度结账；结账后的更正单独列出</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Station profile</source>
        <translation>驿站信息</translation>
    </message>
    <message>
        <source>Save station profile</source>
        <translation>保存驿站信息</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The new language is used the next time keeper starts.</source>
        <translation>新语言将在下次启动驿站管家时生效。</translation>
    </message>
</context>
<context>
    <name>StationForm</name>
    <message>
        <source>e.g. CY-017, given by the district</source>
        <translation>例如：CY-017，由所属辖区分配</translation>
    </message>
    <message>
        <source>e.g. 望京街道暖心驿站</source>
        <translation>例如：望京街道暖心驿站</translation>
    </message>
    <message>
        <source>e.g. 朝阳区</source>
        <translation>例如：朝阳区</translation>
    </message>
    <message>
        <source>Comprehensive station</source>
        <translation>综合型驿站</translation>
    </message>
    <message>
        <source>Specialised rider&apos;s or driver&apos;s home</source>
        <translation>专属驿站（骑手之家/司机之家）</translation>
    </message>
    <message>
        <source>Station &amp;code:</source>
        <translation>驿站编号(&amp;C)：</translation>
    </message>
    <message>
        <source>Station &amp;name:</source>
        <translation>驿站名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>所属辖区(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>驿站类型(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>StationSetupDialog</name>
    <message>
        <source>Welcome to Station Keeper</source>
        <translation>欢迎使用驿站管家</translation>
    </message>
    <message>
        <source>Before the first visit is logged, tell keeper which station this is. The code and name appear on every monthly report; you can change them later in Settings.</source>
        <translation>登记第一条来访记录之前，请先填写本驿站的信息。驿站编号和名称会出现在每份月报上，之后可在“设置”中修改。</translation>
    </message>
</context>
<context>
    <name>VisitDialogs</name>
    <message>
        <source>Why? (kept in the history)</source>
        <translation>请填写原因（将保存在修改记录中）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Correct visit #{id}</source>
        <translation>更正第 {id} 条登记</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Restore visit #{id}</source>
        <translation>恢复第 {id} 条登记</translation>
    </message>
    <message>
        <source>The visit will count again.</source>
        <translation>该条登记将重新计入统计。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Void visit #{id}</source>
        <translation>作废第 {id} 条登记</translation>
    </message>
    <message>
        <source>The visit stays in the ledger, marked as voided, and no longer counts in the figures.</source>
        <translation>该条登记仍保留在台账中并标记为已作废，不再计入统计。</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>History of visit #{id}</source>
        <translation>第 {id} 条登记的修改记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>(undo)</source>
        <translation>（撤销）</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Visitor group</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Visitor:</source>
        <translation>来访人员：</translation>
    </message>
    <message>
        <source>Several people served at once (人次)</source>
        <translation>同时服务多人（人次）</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>人数：</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Untick to type in an entry from a paper sheet with its real date and time</source>
        <translation>取消勾选后，可按纸质台账上的实际日期和时间补录登记</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>时间不详</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
</context>
<context>
    <name>VisitTable</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>（信息已删除）</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
</context>
<context>
    <name>VisitorActions</name>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>合并同一人的两条记录</translation>
    </message>
    <message>
        <source>Find the other record of {name}. Its visits move to this one, details missing here are taken from it, and it is then left empty.</source>
        <translation>请找到 {name} 的另一条记录。其来访记录将并入本记录，本记录缺少的信息从中补全，之后那条记录将被清空。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Choose the other record first.</source>
        <translation>请先选择另一条记录。</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data</source>
        <translation>删除此人的个人信息</translation>
    </message>
    <message>
        <source>The name, mobile number and notes of {name} are erased for good. Their visits stay in the figures, without a name. This cannot be undone.</source>
        <translation>{name} 的姓名、手机号和备注将被永久删除。其来访记录仍计入统计，但不再关联姓名。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Register a visitor</source>
        <translation>登记来访人员</translation>
    </message>
    <message>
        <source>Correct visitor details</source>
        <translation>更正来访人员信息</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>Party member (党员)</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Volunteer team</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <source>Agreed today that the station keeps their name and phone</source>
        <translation>本人今天已同意驿站保存其姓名和手机号</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>打开已有记录</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>人员类别：</translation>
    </message>
    <message>
        <source>Platform or employer:</source>
        <translation>平台或工作单位：</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>报到日期：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Agreed on {day} that the station keeps their name and phone</source>
        <translation>本人已于 {day} 同意驿站保存其姓名和手机号</translation>
    </message>
</context>
<context>
    <name>VisitorPicker</name>
    <message>
        <source>Registered visitor: name, phone tail or member number (optional)</source>
        <translation>登记人员：姓名、手机尾号或会员编号（选填）</translation>
    </message>
    <message>
        <source>Not this visitor</source>
        <translation>不是这位来访人员</translation>
    </message>
    <message>
        <source>Register as new…</source>
        <translation>登记为新人员…</translation>
    </message>
    <message>
        <source>Nobody matches: register this person now</source>
        <translation>没有找到此人：现在登记</translation>
    </message>
</context>
<context>
    <name>VisitorTable</name>
    <message>
        <source>Member no.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>驿站名称</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近来访</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>VisitorsScreen</name>
    <message>
        <source>Search: name, pinyin (lyw), last digits of the mobile, member no.</source>
        <translation>搜索：姓名、拼音（如 lyw）、手机尾号、会员编号</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部人员类别</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Register a visitor…</source>
        <translation>登记来访人员…</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访人员</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Member no.:</source>
        <translation>会员编号：</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>人员类别：</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>其他：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>报到日期：</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>来访：</translation>
    </message>
    <message>
        <source>Services used:</source>
        <translation>使用的服务：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>合并重复记录…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>删除此人信息…</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <source>party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>(consent given {day})</source>
        <translation>（已于 {day} 同意保存信息）</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>（信息已删除）</translation>
    </message>
    <message>
        <source>{visits} visits, first {first}, last {last}</source>
        <translation>{visits} 人次，首次 {first}，最近 {last}</translation>
    </message>
</context>
</TS>
