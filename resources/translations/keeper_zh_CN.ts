<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>Search titles and stories</source>
        <translation>搜索活动名称和事迹</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>显示已作废</translation>
    </message>
    <message>
        <source>Types…</source>
        <translation>活动类型…</translation>
    </message>
    <message>
        <source>Record an activity…</source>
        <translation>登记活动…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Choose an activity in the list to see who took part.</source>
        <translation>在列表中选择一项活动，查看参与人员。</translation>
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
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>%n activities · {people} participants · {hours} volunteer hours · {helped} people helped</source>
        <translation>活动 %n 次 · 参与 {people} 人次 · 志愿服务 {hours} 小时 · 帮助 {helped} 人</translation>
    </message>
    <message>
        <source>No activities match these filters.</source>
        <translation>没有符合筛选条件的活动。</translation>
    </message>
    <message>
        <source>No activities yet. Record a patrol, a clean-up, help in an emergency or any good deed with “Record an activity…”.</source>
        <translation>还没有活动。社区巡防、环境整治、应急处置或任何好人好事，都可以用“登记活动…”记录下来。</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>{people} participants ({registered} registered, {others} others) × {hours} hours = {total} volunteer hours</source>
        <translation>参与 {people} 人（登记人员 {registered} 人，其他 {others} 人）× {hours} 小时 = 志愿服务 {total} 小时</translation>
    </message>
    <message>
        <source>People helped: {count}</source>
        <translation>帮助群众：{count} 人</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Photo not found: {path}</source>
        <translation>找不到照片：{path}</translation>
    </message>
    <message>
        <source>Activity #{id} recorded.</source>
        <translation>活动 #{id} 已登记。</translation>
    </message>
    <message>
        <source>Restore activity #{id}</source>
        <translation>恢复活动 #{id}</translation>
    </message>
    <message>
        <source>Void activity #{id}</source>
        <translation>作废活动 #{id}</translation>
    </message>
    <message>
        <source>The activity counts again.</source>
        <translation>该活动将重新计入统计。</translation>
    </message>
    <message>
        <source>A voided activity stays in the list, marked, and no longer counts in the figures.</source>
        <translation>作废的活动仍保留在列表中并作标记，不再计入统计。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Activity types</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>志愿服务队</translation>
    </message>
</context>
<context>
    <name>ActivityDialogs</name>
    <message>
        <source>(erased) #{id}</source>
        <translation>（已删除）#{id}</translation>
    </message>
    <message>
        <source>Add a participant: name, pinyin, phone tail or member number</source>
        <translation>添加参与人员：姓名、拼音、手机尾号或会员号</translation>
    </message>
    <message>
        <source>Remove the selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <source>Add the team&apos;s members</source>
        <translation>添加本队全部队员</translation>
    </message>
    <message>
        <source>Record an activity</source>
        <translation>登记活动</translation>
    </message>
    <message>
        <source>Correct activity #{id}</source>
        <translation>更正活动 #{id}</translation>
    </message>
    <message>
        <source>E.g. night patrol on Wangjing West Road</source>
        <translation>例如：望京西路夜间巡防</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>不属于服务队</translation>
    </message>
    <message>
        <source> people not registered</source>
        <translation> 人（未登记）</translation>
    </message>
    <message>
        <source> hours each</source>
        <translation> 小时/人</translation>
    </message>
    <message>
        <source>What happened? A good deed worth reporting: who was helped, how.</source>
        <translation>发生了什么？值得上报的好人好事：帮助了谁、怎样帮助的。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>活动名称：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>服务队：</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>参与人员：</translation>
    </message>
    <message>
        <source>Others:</source>
        <translation>其他人员：</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>People helped:</source>
        <translation>帮助群众：</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>事迹：</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>{people} participants · {hours} volunteer hours</source>
        <translation>参与 {people} 人 · 志愿服务 {hours} 小时</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿时长</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <source>(voided)</source>
        <translation>（已作废）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>keeper is already open</source>
        <translation>驿站管家已经打开</translation>
    </message>
    <message>
        <source>A keeper window is already open on {folder}; it has been brought to the front. Use that window: two windows on one ledger would get in each other&apos;s way.</source>
        <translation>驿站管家已在 {folder} 上打开了一个窗口，已把它切换到最前面。请使用那个窗口：两个窗口同时操作一本台账会互相干扰。</translation>
    </message>
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
    <name>AppealDialogs</name>
    <message>
        <source>Record an appeal</source>
        <translation>登记诉求</translation>
    </message>
    <message>
        <source>Correct appeal #{id}</source>
        <translation>更正诉求 #{id}</translation>
    </message>
    <message>
        <source>Name, phone tail or member no. — empty: anonymous</source>
        <translation>姓名、手机尾号或会员号；不填为匿名</translation>
    </message>
    <message>
        <source>What happens, where, to whom? E.g. the guards of a compound do not let riders in to deliver.</source>
        <translation>什么问题？在哪里？涉及谁？例如：某小区保安不让骑手进小区送餐。</translation>
    </message>
    <message>
        <source>Raised by:</source>
        <translation>反映人：</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>人员类别：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>诉求内容：</translation>
    </message>
    <message>
        <source>Refer appeal #{id}</source>
        <translation>转办诉求 #{id}</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Resolve appeal #{id}</source>
        <translation>办结诉求 #{id}</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Follow up appeal #{id}</source>
        <translation>回访诉求 #{id}</translation>
    </message>
    <message>
        <source>Save the follow-up</source>
        <translation>保存回访</translation>
    </message>
    <message>
        <source>not before {day}</source>
        <translation>不早于 {day}</translation>
    </message>
    <message>
        <source>E.g. the sub-district office, the compound&apos;s property management, the platform&apos;s station manager</source>
        <translation>例如：街道办、小区物业、平台站点负责人</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>转交给：</translation>
    </message>
    <message>
        <source>What was done, by whom?</source>
        <translation>谁做了什么，怎样解决的？</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>The worker is:</source>
        <translation>反映人评价：</translation>
    </message>
    <message>
        <source>What they said (optional)</source>
        <translation>回访情况（可不填）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>AppealTable</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Anonymous {group}</source>
        <translation>匿名{group}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>{status} · overdue {days} d</source>
        <translation>{status} · 超期 {days} 天</translation>
    </message>
</context>
<context>
    <name>AppealsScreen</name>
    <message>
        <source>All but voided</source>
        <translation>全部（不含作废）</translation>
    </message>
    <message>
        <source>Open (not yet resolved)</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <source>Search the texts and names</source>
        <translation>搜索诉求内容和姓名</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>诉求类别…</translation>
    </message>
    <message>
        <source>Record an appeal…</source>
        <translation>登记诉求…</translation>
    </message>
    <message>
        <source>Overdue when open for more than</source>
        <translation>未办结超过</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天即为超期</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Choose an appeal in the list to see its steps.</source>
        <translation>在列表中选择一条诉求，查看办理过程。</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>转办…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Take back the last step…</source>
        <translation>撤回上一步…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>%n shown</source>
        <translation>显示 %n 件</translation>
    </message>
    <message>
        <source>%n open</source>
        <translation>未办结 %n 件</translation>
    </message>
    <message>
        <source>No appeals match these filters.</source>
        <translation>没有符合筛选条件的诉求。</translation>
    </message>
    <message>
        <source>No appeals yet. When a worker raises a problem (a compound that keeps riders out, nowhere to rest, an insurance question), record it with “Record an appeal…” and follow it here until it is solved.</source>
        <translation>还没有诉求。劳动者反映问题（小区进门难、没地方休息、保险问题等）时，用“登记诉求…”记下来，并在这里跟踪到解决为止。</translation>
    </message>
    <message>
        <source>{urgency} urgency</source>
        <translation>紧急程度：{urgency}</translation>
    </message>
    <message>
        <source>voided: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>%n overdue</source>
        <translation>超期 %n 件</translation>
    </message>
    <message>
        <source>overdue by %n days</source>
        <translation>已超期 %n 天</translation>
    </message>
    <message>
        <source>Raised by: {who}</source>
        <translation>反映人：{who}</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Raised and recorded</source>
        <translation>反映并登记</translation>
    </message>
    <message>
        <source>skipped (resolved directly)</source>
        <translation>未转办（直接办结）</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>to {whom}</source>
        <translation>转交：{whom}</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Open for more than {limit} days: follow it up.</source>
        <translation>超过 {limit} 天未办结，请督促办理。</translation>
    </message>
    <message>
        <source>Appeal #{id} recorded.</source>
        <translation>诉求 #{id} 已登记。</translation>
    </message>
    <message>
        <source>Take back the last step of appeal #{id}</source>
        <translation>撤回诉求 #{id} 的上一步</translation>
    </message>
    <message>
        <source>The last step is taken back, as if it had not been recorded; the history keeps it.</source>
        <translation>上一步将被撤回，如同未曾登记；修改记录中仍会保留。</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Void appeal #{id}</source>
        <translation>作废诉求 #{id}</translation>
    </message>
    <message>
        <source>A voided appeal stays in the list, marked, and no longer counts in the figures.</source>
        <translation>作废的诉求仍保留在列表中并作标记，不再计入统计。</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Restore appeal #{id}</source>
        <translation>恢复诉求 #{id}</translation>
    </message>
    <message>
        <source>The appeal counts again.</source>
        <translation>该诉求将重新计入统计。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Appeal categories</source>
        <translation>诉求类别</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>at closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>damaged, kept</source>
        <translation>已损坏（保留）</translation>
    </message>
    <message>
        <source>Backed up and verified: {name} ({size}).</source>
        <translation>已备份并校验：{name}（{size}）。</translation>
    </message>
    <message>
        <source>Copied to {folder}, encrypted.</source>
        <translation>已加密复制到 {folder}。</translation>
    </message>
    <message>
        <source>Copied to {folder}.</source>
        <translation>已复制到 {folder}。</translation>
    </message>
    <message>
        <source>Second place for backups (e.g. a USB stick)</source>
        <translation>备份的第二存放位置（如U盘）</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>keeper backups (*.db *.enc);;All files (*)</source>
        <translation>驿站管家备份 (*.db *.enc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>keeper backs up the ledger every day and when it closes, into {folder}. Keep a second copy on a USB stick too: a PC can break or be stolen.</source>
        <translation>驿站管家每天以及关闭时自动备份台账，存放在 {folder}。请再在U盘上保存一份：电脑可能损坏或丢失。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Stop copying</source>
        <translation>停止复制</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Second copy to: {folder}</source>
        <translation>第二份备份存到：{folder}</translation>
    </message>
    <message>
        <source>Second copy to: not chosen</source>
        <translation>第二份备份存到：尚未选择</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>{kind}, encrypted</source>
        <translation>{kind}，已加密</translation>
    </message>
    <message>
        <source>Last copy to a second place: {when}.</source>
        <translation>最近一次复制到第二位置：{when}。</translation>
    </message>
    <message>
        <source>No backup has been copied to a second place yet. Choose a USB stick above, then press Back up now.</source>
        <translation>还没有备份复制到第二位置。请在上方选择U盘，然后点击“立即备份”。</translation>
    </message>
    <message>
        <source>No copy to a second place since {when}: plug in the USB stick and press Back up now.</source>
        <translation>自 {when} 以来没有复制到第二位置：请插入U盘并点击“立即备份”。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Enter the PIN to change where backups go.</source>
        <translation>请输入PIN码以更改备份位置。</translation>
    </message>
    <message>
        <source>That folder is inside keeper&apos;s own data folder. Choose a USB stick or another disk.</source>
        <translation>该文件夹位于驿站管家自己的数据文件夹内。请选择U盘或其他磁盘。</translation>
    </message>
    <message>
        <source>Backups will also be copied to {folder}. Press Back up now for the first copy.</source>
        <translation>备份也将复制到 {folder}。请点击“立即备份”完成第一次复制。</translation>
    </message>
    <message>
        <source>Backups are no longer copied to a second place.</source>
        <translation>备份不再复制到第二位置。</translation>
    </message>
    <message>
        <source>Enter the PIN to restore a backup.</source>
        <translation>请输入PIN码以恢复备份。</translation>
    </message>
    <message>
        <source>Replace the ledger with the backup {name}?

Everything logged after that backup was made will no longer be in the ledger. The ledger as it is now is kept in the backups folder first.</source>
        <translation>用备份 {name} 替换当前台账吗？

该备份之后登记的内容将不再出现在台账中。当前台账会先保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restored {name}. The ledger as it was before is kept as {kept}.</source>
        <translation>已恢复 {name}。恢复前的台账保存为 {kept}。</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>每日备份失败：{reason}</translation>
    </message>
    <message>
        <source>No backup was copied to a USB stick for a week: see Settings, Backups.</source>
        <translation>已有一周没有备份复制到U盘：请查看“设置”中的“备份”。</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>There is no manifest.json in it: it is not a keeper bundle.</source>
        <translation>其中没有 manifest.json：这不是 keeper 数据包。</translation>
    </message>
    <message>
        <source>The signature does not match the manifest: the bundle was changed after the station made it.</source>
        <translation>签名与清单不符：数据包在驿站生成后被改动过。</translation>
    </message>
    <message>
        <source>Its format is &quot;{found}&quot;; a district bundle is {known}.</source>
        <translation>其格式为“{found}”；辖区数据包应为 {known}。</translation>
    </message>
    <message>
        <source>The signature does not match the manifest: the bundle was changed after the district made it.</source>
        <translation>签名与清单不符：数据包在辖区生成后被改动过。</translation>
    </message>
    <message>
        <source>It holds {name}, which its manifest does not list.</source>
        <translation>其中含有清单未列出的文件 {name}。</translation>
    </message>
    <message>
        <source>{name} does not match its checksum: the file was changed or damaged on the way. Ask the district to send the bundle again.</source>
        <translation>{name} 与校验值不符：文件在传送途中被改动或损坏。请辖区重新发送数据包。</translation>
    </message>
    <message>
        <source>Its totals ({figures}) are not the sum of its stations&apos; figures.</source>
        <translation>其合计（{figures}）不等于各驿站数据之和。</translation>
    </message>
    <message>
        <source>{name} is missing from the bundle.</source>
        <translation>数据包中缺少 {name}。</translation>
    </message>
    <message>
        <source>{name} does not match its checksum: the file was changed or damaged on the way. Ask the station to send the bundle again.</source>
        <translation>{name} 与校验值不符：文件在传送途中被改动或损坏。请驿站重新发送数据包。</translation>
    </message>
    <message>
        <source>{name} has {found} rows but its manifest says {listed}.</source>
        <translation>{name} 有 {found} 行，但清单写的是 {listed} 行。</translation>
    </message>
    <message>
        <source>It is {size} MB, far more than a month&apos;s bundle: not taken.</source>
        <translation>文件大小 {size} MB，远超一个月的数据包：不予接收。</translation>
    </message>
    <message>
        <source>It cannot be read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>The zip file is damaged or cut short (an unfinished download?). Ask the station to send it again.</source>
        <translation>压缩包已损坏或不完整（下载未完成？）。请驿站重新发送。</translation>
    </message>
    <message>
        <source>It is not a zip file, so not a keeper bundle.</source>
        <translation>这不是 zip 压缩包，因此不是 keeper 数据包。</translation>
    </message>
    <message>
        <source>It holds an entry named &quot;{name}&quot; that points outside the bundle: refused for safety.</source>
        <translation>其中有名为“{name}”的条目指向数据包之外：为安全起见不予接收。</translation>
    </message>
    <message>
        <source>It holds two entries named {name}: refused, since which one counts would be a guess.</source>
        <translation>其中有两个名为 {name} 的条目：无法确定以哪个为准，不予接收。</translation>
    </message>
    <message>
        <source>Its entry {name} unpacks to far more than a bundle holds (a zip bomb?): refused.</source>
        <translation>其中条目 {name} 解压后远超数据包应有大小（压缩炸弹？）：不予接收。</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {reason}</source>
        <translation>{name} 不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <source>{name} has a missing or wrong &quot;{field}&quot;.</source>
        <translation>{name} 的“{field}”缺失或有误。</translation>
    </message>
    <message>
        <source>Its format is &quot;{found}&quot;; this keeper reads {known}. The station should update keeper and export the month again.</source>
        <translation>其格式为“{found}”；本 keeper 读取 {known}。请驿站更新 keeper 后重新导出该月。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text.</source>
        <translation>{name} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>{name} does not have the columns of a keeper bundle.</source>
        <translation>{name} 的列与 keeper 数据包不符。</translation>
    </message>
    <message>
        <source>{name} row {row} is not a row of station {code}&apos;s bundle.</source>
        <translation>{name} 第 {row} 行不是驿站 {code} 数据包中的有效行。</translation>
    </message>
    <message>
        <source>summary.json is about another station, month or revision than the manifest.</source>
        <translation>summary.json 的驿站、月份或版本与清单不一致。</translation>
    </message>
    <message>
        <source>Its figures disagree with each other ({detail}): it was not made by keeper as it is, or was changed.</source>
        <translation>其中数据相互矛盾（{detail}）：不是 keeper 原样生成的，或被改动过。</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>&quot;{argument}&quot; is not valid UTF-8 text. Rename the folder or file, or give another one.</source>
        <translation>“{argument}”不是有效的 UTF-8 文字。请重命名该文件夹或文件，或换一个。</translation>
    </message>
    <message>
        <source>Stopped before the end: what was not finished was not saved (nothing half-written is kept).</source>
        <translation>已在完成前停止：未完成的内容没有保存（不会留下写了一半的内容）。</translation>
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
        <source>the attendant&apos;s PIN, when one is set (the window asks for it too)</source>
        <translation>值班员PIN码（已设置时需要；窗口中也会要求输入）</translation>
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
        <source>the directory of registered workers</source>
        <translation>登记人员名录</translation>
    </message>
    <message>
        <source>import a roster (CSV or xlsx): new phones added, known ones updated</source>
        <translation>导入花名册（CSV 或 xlsx）：新手机号新增，已有手机号更新</translation>
    </message>
    <message>
        <source>only check the file and say what would happen</source>
        <translation>只检查文件并说明将会发生什么</translation>
    </message>
    <message>
        <source>write the monthly report: Excel, PDF and the district bundle</source>
        <translation>生成月报：Excel、PDF 和报送数据包</translation>
    </message>
    <message>
        <source>the month to report</source>
        <translation>要报送的月份</translation>
    </message>
    <message>
        <source>the folder to write into (default: the data folder&apos;s exports)</source>
        <translation>写入的文件夹（默认：数据文件夹中的 exports）</translation>
    </message>
    <message>
        <source>which files (default: all three)</source>
        <translation>生成哪些文件（默认：全部三种）</translation>
    </message>
    <message>
        <source>full phone numbers in the workbook&apos;s ledger (kept at the station)</source>
        <translation>工作簿台账中显示完整手机号（仅留存驿站）</translation>
    </message>
    <message>
        <source>close an exported month: later changes are recorded as corrections</source>
        <translation>关闭已导出的月份：之后的修改将记为更正</translation>
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
        <source>Integrity: ok. {entries}, {visits}.</source>
        <translation>完整性：正常。共 {entries}，{visits}。</translation>
    </message>
    <message>
        <source>%n entries</source>
        <translation>%n 条记录</translation>
    </message>
    <message>
        <source>%n visits</source>
        <translation>%n 人次</translation>
    </message>
    <message>
        <source>Demo data written: %n visits in {entries} entries from {first} to {last}, {visitors} registered visitors.</source>
        <translation>演示数据已写入：{first} 至 {last} 共 {entries} 条记录、%n 人次，登记人员 {visitors} 名。</translation>
    </message>
    <message>
        <source>{month}: %n visits, revision {revision}.</source>
        <translation>{month}：%n 人次，第 {revision} 版。</translation>
    </message>
    <message>
        <source>{month} is closed. Later changes to it are recorded as corrections.</source>
        <translation>{month} 已关闭。之后对该月的修改将记为更正。</translation>
    </message>
    <message>
        <source>Checked %n rows: all can be imported.</source>
        <translation>已检查 %n 行：全部可以导入。</translation>
    </message>
    <message>
        <source>a registered visitor&apos;s phone or member number, or a member card&apos;s code</source>
        <translation>登记人员的手机号或会员编号，或会员卡上的码</translation>
    </message>
    <message>
        <source>{month}: %n visits up to {day}, a preview (未完/incomplete: the month is not over; no revision number taken).</source>
        <translation>{month}：截至 {day} 共 %n 人次，为预览（未完：本月尚未结束，不占用版本号）。</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 行</translation>
    </message>
    <message>
        <source>Roster imported: {added} added, {updated} updated, {same} unchanged.</source>
        <translation>花名册已导入：新增 {added} 人，更新 {updated} 人，{same} 人无变化。</translation>
    </message>
    <message>
        <source>import a legacy ledger (CSV or .xlsx)</source>
        <translation>导入旧台账（CSV 或 .xlsx）</translation>
    </message>
    <message>
        <source>Import a station&apos;s old ledger: a CSV file (UTF-8 or GBK) or the first sheet of an .xlsx workbook. The first row names the columns (日期, 时间, 服务项目, 身份, 人次, 手机号, …). Importing the same file again adds nothing.</source>
        <translation>导入驿站的旧台账：CSV 文件（UTF-8 或 GBK）或 .xlsx 工作簿的第一个工作表。第一行为列名（日期、时间、服务项目、身份、人次、手机号……）。同一文件再次导入不会重复添加。</translation>
    </message>
    <message>
        <source>the ledger to import</source>
        <translation>要导入的台账文件</translation>
    </message>
    <message>
        <source>only check the file and report; store nothing</source>
        <translation>只检查文件并报告，不保存任何数据</translation>
    </message>
    <message>
        <source>import the good rows even when some are rejected (needs --rejects)</source>
        <translation>即使有问题行，也导入其余正常的行（需配合 --rejects）</translation>
    </message>
    <message>
        <source>with --skip-bad: write the rejected rows, with a reason column, to this CSV</source>
        <translation>配合 --skip-bad：把问题行连同原因列写入此 CSV 文件</translation>
    </message>
    <message>
        <source>--skip-bad needs --rejects OUT.csv: the rejected rows are written there.</source>
        <translation>--skip-bad 需要配合 --rejects OUT.csv：问题行会写入该文件。</translation>
    </message>
    <message>
        <source>--rejects goes with --skip-bad.</source>
        <translation>--rejects 需要与 --skip-bad 一起使用。</translation>
    </message>
    <message>
        <source>File {file}, rows read: {rows}.</source>
        <translation>文件 {file}，读取行数：{rows}。</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>提示：{text}</translation>
    </message>
    <message>
        <source>Dry run, nothing stored. Would import: {new}. Imported before: {already}. Rejected: {rejected}. Warnings: {warnings}.</source>
        <translation>试运行，未保存任何数据。可导入：{new}。此前已导入：{already}。问题行：{rejected}。提示：{warnings}。</translation>
    </message>
    <message>
        <source>Nothing was imported: {rejected} of {rows} rows are rejected. Correct them in the file and import it again, or import the other rows with --skip-bad --rejects OUT.csv.</source>
        <translation>未导入任何数据：{rows} 行中有 {rejected} 行有问题。请在文件中改正后重新导入，或用 --skip-bad --rejects OUT.csv 导入其余的行。</translation>
    </message>
    <message>
        <source>Imported: {added} (import #{batch}). Imported before, skipped: {already}. Rejected: {rejected}. Warnings: {warnings}.</source>
        <translation>已导入：{added}（第 {batch} 次导入）。此前已导入、已跳过：{already}。问题行：{rejected}。提示：{warnings}。</translation>
    </message>
    <message>
        <source>Nothing new to import. Imported before, skipped: {already}. Rejected: {rejected}. Warnings: {warnings}.</source>
        <translation>没有新的内容可导入。此前已导入、已跳过：{already}。问题行：{rejected}。提示：{warnings}。</translation>
    </message>
    <message>
        <source>Rejected rows written to {file}: {rejected}.</source>
        <translation>问题行已写入 {file}：{rejected} 行。</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>back up the database now (verified), into backups/ and the second folder</source>
        <translation>立即备份数据库（并校验），存入 backups/ 和第二备份文件夹</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current one is kept in backups/)</source>
        <translation>用备份替换数据库（当前数据库会保存在 backups/ 中）</translation>
    </message>
    <message>
        <source>a backup made by keeper (keeper-….db)</source>
        <translation>驿站管家生成的备份（keeper-….db）</translation>
    </message>
    <message>
        <source>the attendant&apos;s PIN, needed when one is set</source>
        <translation>值班员PIN码，已设置PIN码时必填</translation>
    </message>
    <message>
        <source>write the backup into DIR instead (e.g. a USB stick), encrypted with the recovery code; not rotated</source>
        <translation>改为把备份写入 DIR（如U盘），用恢复码加密；不参与轮换</translation>
    </message>
    <message>
        <source>with --to: write it unencrypted (anyone with the file can read it)</source>
        <translation>与 --to 一起使用：不加密写入（拿到文件的人都能读取）</translation>
    </message>
    <message>
        <source>also replace the unencrypted copies in the second folder by encrypted ones</source>
        <translation>同时把第二位置中未加密的副本换成加密副本</translation>
    </message>
    <message>
        <source>the recovery code of an encrypted backup (asked on a PC that does not have it)</source>
        <translation>加密备份的恢复码（在没有该恢复码的电脑上需要提供）</translation>
    </message>
    <message>
        <source>Encrypted backup written and verified: {path} ({size}). It opens only with the recovery code.</source>
        <translation>已写入并校验加密备份：{path}（{size}）。只有用恢复码才能打开。</translation>
    </message>
    <message>
        <source>Backup written and verified, not encrypted: {path} ({size}).</source>
        <translation>已写入并校验备份（未加密）：{path}（{size}）。</translation>
    </message>
    <message>
        <source>Also copied to {path} (encrypted).</source>
        <translation>另已复制到 {path}（已加密）。</translation>
    </message>
    <message>
        <source>Also copied to {path}.</source>
        <translation>同时复制到 {path}。</translation>
    </message>
    <message>
        <source>Old backups removed by rotation: %n.</source>
        <translation>轮换清理掉的旧备份：%n 个。</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>Warning: the database can only be read and has no recovery code yet, so this copy is not encrypted: keep it safe.</source>
        <translation>警告：数据库只能读取，且还没有恢复码，所以这份副本没有加密：请妥善保管。</translation>
    </message>
    <message>
        <source>A recovery code was made for encrypted backups:</source>
        <translation>已为加密备份生成恢复码：</translation>
    </message>
    <message>
        <source>Write it down and keep it with the station&apos;s seal: restoring these backups on another PC needs it. It is shown only this once.</source>
        <translation>请抄下来，与驿站公章放在一起：在其他电脑上恢复这些备份时需要它。恢复码只显示这一次。</translation>
    </message>
    <message>
        <source>Warning: no recovery code yet, so nothing was encrypted: run keeper backup --to DIR once, or choose the second place in Settings, to make one.</source>
        <translation>警告：还没有恢复码，所以什么也没有加密：请先运行一次 keeper backup --to DIR，或在“设置”中选择第二位置，以生成恢复码。</translation>
    </message>
    <message>
        <source>Unencrypted copies replaced by encrypted ones: %n.</source>
        <translation>已将 %n 个未加密副本换成加密副本。</translation>
    </message>
    <message>
        <source>Warning: %n unencrypted copies in {folder} can be read by anyone who finds the stick; run keeper backup --replace-plain to encrypt them.</source>
        <translation>警告：{folder} 中有 %n 个未加密副本，捡到U盘的人都能读取；请运行 keeper backup --replace-plain 加密它们。</translation>
    </message>
    <message>
        <source>Restored the database from the encrypted backup {path} (schema {version}).</source>
        <translation>已从加密备份 {path} 恢复数据库（结构版本 {version}）。</translation>
    </message>
    <message>
        <source>Restored the database from {path} (schema {version}).</source>
        <translation>已从 {path} 恢复数据库（结构版本 {version}）。</translation>
    </message>
    <message>
        <source>The database as it was before is kept as {path}.</source>
        <translation>恢复前的数据库保存为 {path}。</translation>
    </message>
    <message>
        <source>the station&apos;s stock: water, first aid, repair parts, loans, donations</source>
        <translation>驿站物资库存：饮用水、应急药品、维修配件、借用物品、爱心互献</translation>
    </message>
    <message>
        <source>items with what is on hand, and the alerts</source>
        <translation>列出各物资的库存和提醒</translation>
    </message>
    <message>
        <source>an item&apos;s code or name (bottled_water, 瓶装水, …)</source>
        <translation>物资代码或名称（bottled_water、瓶装水 …）</translation>
    </message>
    <message>
        <source>how many</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>the day it happened (default: today)</source>
        <translation>发生日期（默认：今天）</translation>
    </message>
    <message>
        <source>record a delivery, bought or donated</source>
        <translation>登记入库（采购或捐赠）</translation>
    </message>
    <message>
        <source>the lot&apos;s expiry date</source>
        <translation>该批次的有效期</translation>
    </message>
    <message>
        <source>a donation: the giver&apos;s name, or &quot;anonymous&quot;</source>
        <translation>捐赠：捐赠人姓名，或 &quot;anonymous&quot;（匿名）</translation>
    </message>
    <message>
        <source>hand out stock</source>
        <translation>发放物资</translation>
    </message>
    <message>
        <source>what it was for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>throw away expired or damaged stock</source>
        <translation>报损过期或损坏的物资</translation>
    </message>
    <message>
        <source>why (expired, damaged …)</source>
        <translation>原因（过期、损坏 …）</translation>
    </message>
    <message>
        <source>a stocktake: what is on the shelf becomes what is on hand</source>
        <translation>盘点：以实际清点数为库存</translation>
    </message>
    <message>
        <source>why it differs</source>
        <translation>差异原因</translation>
    </message>
    <message>
        <source>{item}: {quantity} {unit} on hand.</source>
        <translation>{item}：库存 {quantity} {unit}。</translation>
    </message>
    <message>
        <source>next expiry {day}</source>
        <translation>最近到期 {day}</translation>
    </message>
    <message>
        <source>min {n}</source>
        <translation>最低 {n}</translation>
    </message>
    <message>
        <source>Difference recorded: {difference:+d}.</source>
        <translation>已记录差异：{difference:+d}。</translation>
    </message>
    <message>
        <source>print member cards (QR code and barcode, no phone) to a PDF</source>
        <translation>把会员卡（二维码和条形码，不含手机号）打印成 PDF</translation>
    </message>
    <message>
        <source>a member number (M000123); repeat for several</source>
        <translation>会员编号（M000123）；多人可重复此选项</translation>
    </message>
    <message>
        <source>everyone who has no card yet</source>
        <translation>所有还没有卡的人</translation>
    </message>
    <message>
        <source>an A4 sheet of ten cards with cut marks, or one card a page (default: the station&apos;s setting)</source>
        <translation>A4 纸每页十张并带裁切线，或每页一张（默认：按驿站设置）</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>{cards} cards on {pages} pages: {path}</source>
        <translation>{cards} 张卡，共 {pages} 页：{path}</translation>
    </message>
    <message>
        <source>the district office: receive, check and report the stations&apos; bundles</source>
        <translation>街道（区）办公室：接收、核查并汇总各驿站的数据包</translation>
    </message>
    <message>
        <source>a shared PostgreSQL database instead of district.db in the folder</source>
        <translation>使用共享的 PostgreSQL 数据库，而不是文件夹中的 district.db</translation>
    </message>
    <message>
        <source>create the district folder</source>
        <translation>创建街道文件夹</translation>
    </message>
    <message>
        <source>the district&apos;s name</source>
        <translation>街道名称</translation>
    </message>
    <message>
        <source>the district&apos;s code</source>
        <translation>街道编号</translation>
    </message>
    <message>
        <source>the register of stations</source>
        <translation>驿站名册</translation>
    </message>
    <message>
        <source>import the register (CSV or xlsx): code, name, kind, opened, closed, contact</source>
        <translation>导入驿站名册（CSV 或 xlsx）：编号、名称、类型、启用、停用、负责人</translation>
    </message>
    <message>
        <source>list the register</source>
        <translation>列出驿站名册</translation>
    </message>
    <message>
        <source>accept the new key a station&apos;s bundle came with (a replaced PC)</source>
        <translation>接受驿站数据包所带的新密钥（驿站换了电脑）</translation>
    </message>
    <message>
        <source>receive bundles, or folders of them (searched recursively)</source>
        <translation>接收数据包，或包含数据包的文件夹（含子文件夹）</translation>
    </message>
    <message>
        <source>only check the bundles and say what would happen</source>
        <translation>只检查数据包并说明将会怎样，不保存</translation>
    </message>
    <message>
        <source>who has reported a month: expected, received, on time, late, missing, rate</source>
        <translation>某月报送情况：应报、已报、按时、迟报、未报、报送率</translation>
    </message>
    <message>
        <source>rule and outlier findings of a month</source>
        <translation>某月的规则核查和异常值发现</translation>
    </message>
    <message>
        <source>mark a finding of the checks as explained, with a note</source>
        <translation>将核查发现标记为已说明，并附说明</translation>
    </message>
    <message>
        <source>approve (lock) a month, or one station&apos;s month</source>
        <translation>审核通过（锁定）某月，或某驿站的某月</translation>
    </message>
    <message>
        <source>reopen an approved month</source>
        <translation>重新打开已审核通过的月份</translation>
    </message>
    <message>
        <source>write the month&apos;s district report (xlsx, pdf) and district bundle</source>
        <translation>生成该月街道报表（xlsx、pdf）和街道数据包</translation>
    </message>
    <message>
        <source>District {name} ready in {folder} ({where}). Its key: {fingerprint}.</source>
        <translation>街道 {name} 已就绪：{folder}（{where}）。其密钥指纹：{fingerprint}。</translation>
    </message>
    <message>
        <source>Would add {added} and update {updated} stations.</source>
        <translation>将新增 {added} 个、更新 {updated} 个驿站。</translation>
    </message>
    <message>
        <source>Register: {added} stations added, {updated} updated.</source>
        <translation>驿站名册：新增 {added} 个，更新 {updated} 个。</translation>
    </message>
    <message>
        <source>The register is empty: import it with keeper district stations import FILE.</source>
        <translation>驿站名册为空：请用 keeper district stations import FILE 导入。</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>尚无密钥</translation>
    </message>
    <message>
        <source>Station {code} now signs with key {fingerprint}.</source>
        <translation>驿站 {code} 现在使用密钥 {fingerprint} 签名。</translation>
    </message>
    <message>
        <source>{accepted} accepted, {already} already received, {refused} refused.</source>
        <translation>接收 {accepted} 个，已收过 {already} 个，拒收 {refused} 个。</translation>
    </message>
    <message>
        <source>(dry run: nothing stored)</source>
        <translation>（试运行：未保存任何内容）</translation>
    </message>
    <message>
        <source>{refused} bundles were refused, each for the reason given above; the others were received.</source>
        <translation>{refused} 个数据包被拒收，原因见上；其余已接收。</translation>
    </message>
    <message>
        <source>{month}: {expected} expected, {received} received ({rate}), {on_time} on time (by {due}), {late} late, {missing} missing.</source>
        <translation>{month}：应报 {expected} 个，已报 {received} 个（{rate}），按时 {on_time} 个（截止 {due}），迟报 {late} 个，未报 {missing} 个。</translation>
    </message>
    <message>
        <source>The month is approved.</source>
        <translation>该月已审核通过。</translation>
    </message>
    <message>
        <source>late: {code} {name}, received {when}</source>
        <translation>迟报：{code} {name}，收到于 {when}</translation>
    </message>
    <message>
        <source>To chase:</source>
        <translation>待催报：</translation>
    </message>
    <message>
        <source>figures disagree</source>
        <translation>数据相互矛盾</translation>
    </message>
    <message>
        <source>no visits all month</source>
        <translation>全月无服务人次</translation>
    </message>
    <message>
        <source>far from its last six months</source>
        <translation>与其近六个月差距很大</translation>
    </message>
    <message>
        <source>explained: {note}</source>
        <translation>已说明：{note}</translation>
    </message>
    <message>
        <source>{month}: {findings}, {open} not explained.</source>
        <translation>{month}：共 {findings}，{open} 项未说明。</translation>
    </message>
    <message>
        <source>%n findings</source>
        <translation>%n 项发现</translation>
    </message>
    <message>
        <source>Finding #{id} explained.</source>
        <translation>发现 #{id} 已标记为已说明。</translation>
    </message>
    <message>
        <source>{month} approved{station}.</source>
        <translation>{month}{station} 已审核通过。</translation>
    </message>
    <message>
        <source>{month} was already approved{station}.</source>
        <translation>{month}{station} 此前已审核通过。</translation>
    </message>
    <message>
        <source>{month} reopened{station}: new revisions are taken again.</source>
        <translation>{month}{station} 已重新打开：可再次接收新版本。</translation>
    </message>
</context>
<context>
    <name>CardSettings</name>
    <message>
        <source>Member cards and scanner</source>
        <translation>会员卡与扫码枪</translation>
    </message>
    <message>
        <source>A4 sheet of ten, with cut marks</source>
        <translation>A4 纸每页十张，带裁切线</translation>
    </message>
    <message>
        <source>One card a page (label printer)</source>
        <translation>每页一张（标签打印机）</translation>
    </message>
    <message>
        <source>Print cards as:</source>
        <translation>卡片打印方式：</translation>
    </message>
    <message>
        <source>Only pick the person</source>
        <translation>只选中此人</translation>
    </message>
    <message>
        <source>Log {service} at once</source>
        <translation>立即登记{service}</translation>
    </message>
    <message>
        <source>A scanned card:</source>
        <translation>扫到会员卡时：</translation>
    </message>
    <message>
        <source>A USB scanner set to keyboard mode with Enter after each code works on the log screen. Logging at once keeps the usual undo (Ctrl+Z); tiles chosen before the scan are logged instead.</source>
        <translation>USB 扫码枪设为键盘模式、每个码后加回车，即可在登记页使用。立即登记后仍可照常撤销（Ctrl+Z）；扫码前已选的服务按所选登记。</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>member cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Member card · no. {serial}</source>
        <translation>会员卡 · 第 {serial} 张</translation>
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
        <source>code, e.g. massage</source>
        <translation>代码（如 massage）</translation>
    </message>
    <message>
        <source>Chinese name, e.g. 按摩</source>
        <translation>中文名（如 按摩）</translation>
    </message>
    <message>
        <source>English name, e.g. Massage</source>
        <translation>英文名（如 Massage）</translation>
    </message>
    <message>
        <source>Visitor groups</source>
        <translation>来访人员类别</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>code, e.g. porter</source>
        <translation>代码（如 porter）</translation>
    </message>
    <message>
        <source>Chinese name, e.g. 搬运工</source>
        <translation>中文名（如 搬运工）</translation>
    </message>
    <message>
        <source>English name, e.g. Porter</source>
        <translation>英文名（如 Porter）</translation>
    </message>
    <message>
        <source>Only a group added by mistake and never used can be deleted; others are hidden, so old visits keep their names.</source>
        <translation>只有误加且从未使用的类别可以删除；其他类别只能隐藏，以便旧的登记保留原名称。</translation>
    </message>
    <message>
        <source>Changing the visitor groups</source>
        <translation>修改来访人员类别</translation>
    </message>
    <message>
        <source>Alt+key</source>
        <translation>Alt+键</translation>
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
        <source>A digit 1–9: Alt and the digit pick the group on the log screen.</source>
        <translation>数字 1–9：在登记页按 Alt 加该数字即选中此类别。</translation>
    </message>
    <message>
        <source>The group&apos;s own</source>
        <translation>类别自带图标</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>图标：</translation>
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
        <source>Add service</source>
        <translation>添加服务项目</translation>
    </message>
    <message>
        <source>Words used in old ledgers</source>
        <translation>旧台账中的叫法</translation>
    </message>
    <message>
        <source>When an old ledger is imported, these words are read as keeper&apos;s services and groups. The grey ones are built in; teach the words your own sheets use.</source>
        <translation>导入旧台账时，这些叫法会被识别为对应的服务项目和人员类别。灰色的是内置叫法；可添加本站表格里用的叫法。</translation>
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
        <source>Changing the words of old ledgers</source>
        <translation>修改旧台账中的叫法</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Changing the services</source>
        <translation>修改服务项目</translation>
    </message>
</context>
<context>
    <name>City</name>
    <message>
        <source>{file}: accepted district {code} {month} r{revision}.</source>
        <translation>{file}：已接收辖区 {code} {month} 第 {revision} 版。</translation>
    </message>
    <message>
        <source>{file}: already received ({code} {month} r{revision}).</source>
        <translation>{file}：此前已接收（{code} {month} 第 {revision} 版）。</translation>
    </message>
    <message>
        <source>{file}: refused: {reason}</source>
        <translation>{file}：拒收：{reason}</translation>
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
    <name>DamagedDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>keeper backups (*.db *.enc);;All files (*)</source>
        <translation>驿站管家备份 (*.db *.enc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The ledger&apos;s database is damaged</source>
        <translation>台账数据库已损坏</translation>
    </message>
    <message>
        <source>keeper found damage in its database</source>
        <translation>驿站管家发现数据库已损坏</translation>
    </message>
    <message>
        <source>The file {path} cannot be trusted any more. This happens when a disk is failing, or rarely when the PC loses power. keeper has not changed anything.</source>
        <translation>文件 {path} 已不可靠。这通常是硬盘故障所致，偶尔也因电脑突然断电。驿站管家没有做任何改动。</translation>
    </message>
    <message>
        <source>The newest good backup was made on {when} ({size}). Restoring it brings back everything logged until then; what was logged after it must be typed in again from paper. The damaged file is kept in the backups folder.</source>
        <translation>最新的完好备份生成于 {when}（{size}）。恢复后，该时间之前登记的内容都会回来；之后登记的内容需要根据纸质记录重新录入。损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>It is in the second place, {folder}.</source>
        <translation>该备份在第二位置：{folder}。</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. If you have a copy on a USB stick, restore it from there. Otherwise quit and ask for help; do not delete the damaged file.</source>
        <translation>在 {folder} 中没有找到完好的备份。如果U盘上有备份，请从U盘恢复。否则请退出并寻求帮助；不要删除损坏的文件。</translation>
    </message>
    <message>
        <source>What SQLite reported</source>
        <translation>SQLite 报告的问题</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>恢复 {when} 的备份</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Quit keeper</source>
        <translation>退出驿站管家</translation>
    </message>
</context>
<context>
    <name>District</name>
    <message>
        <source>There is no station {code} in the register.</source>
        <translation>驿站名册中没有驿站 {code}。</translation>
    </message>
    <message>
        <source>{month} is approved for the whole district: reopen the whole month (without --station).</source>
        <translation>{month} 已对整个街道审核通过：请重新打开整月（不加 --station）。</translation>
    </message>
    <message>
        <source>{month} is not approved{station}: there is nothing to reopen.</source>
        <translation>{month}{station} 未审核通过：无需重新打开。</translation>
    </message>
    <message>
        <source>Say what explains the finding: the note is kept with it.</source>
        <translation>请说明该发现的原因：说明会与其一同保存。</translation>
    </message>
    <message>
        <source>There is no finding #{id}.</source>
        <translation>没有发现 #{id}。</translation>
    </message>
    <message>
        <source>{file}: refused: {reason}</source>
        <translation>{file}：拒收：{reason}</translation>
    </message>
    <message>
        <source>{file}: refused: {problem}</source>
        <translation>{file}：拒收：{problem}</translation>
    </message>
    <message>
        <source>{file}: refused: {station} {month} r{revision} arrived from another officer at the same moment with other content.</source>
        <translation>{file}：拒收：{station} {month} r{revision} 同时由另一位工作人员接收，且内容不同。</translation>
    </message>
    <message>
        <source>{file}: already received ({station} {month} r{revision}).</source>
        <translation>{file}：已收过（{station} {month} r{revision}）。</translation>
    </message>
    <message>
        <source>{file}: refused: station {station} is not in the register. Add it (keeper district stations import) and receive the file again.</source>
        <translation>{file}：拒收：驿站 {station} 不在名册中。请先加入名册（keeper district stations import），再重新接收该文件。</translation>
    </message>
    <message>
        <source>{file}: refused: {month} is in the future.</source>
        <translation>{file}：拒收：{month} 尚未到来。</translation>
    </message>
    <message>
        <source>{file}: refused: it is a preview of {month}, made before the month ended. The station sends the whole month after it ends.</source>
        <translation>{file}：拒收：这是 {month} 月底前生成的预览。请驿站在月底后报送整月数据。</translation>
    </message>
    <message>
        <source>{file}: refused: {month} is already approved for {station}. Reopen it first (keeper district reopen) to take a new revision.</source>
        <translation>{file}：拒收：{station} 的 {month} 已审核通过。如需接收新版本，请先重新打开（keeper district reopen）。</translation>
    </message>
    <message>
        <source>{file}: refused: signed by another key ({fingerprint}) than station {station}&apos;s ({known}). If the station has a new PC, accept its new key with keeper district stations accept-key {station} and receive the file again.</source>
        <translation>{file}：拒收：签名密钥（{fingerprint}）不是驿站 {station} 的密钥（{known}）。如该驿站换了电脑，请用 keeper district stations accept-key {station} 接受新密钥后重新接收该文件。</translation>
    </message>
    <message>
        <source>{file}: refused: {station} {month} r{revision} is already held with other content. Ask the station to export the month again.</source>
        <translation>{file}：拒收：已收到内容不同的 {station} {month} r{revision}。请驿站重新导出该月。</translation>
    </message>
    <message>
        <source>{file}: refused: r{revision} is older than r{held}, which is already held for {station} {month}.</source>
        <translation>{file}：拒收：r{revision} 比已收到的 {station} {month} r{held} 更旧。</translation>
    </message>
    <message>
        <source>{file}: accepted {station} {month} r{revision}.</source>
        <translation>{file}：已接收 {station} {month} r{revision}。</translation>
    </message>
    <message>
        <source>{file}: accepted {station} {month} r{revision}, superseded r{held}.</source>
        <translation>{file}：已接收 {station} {month} r{revision}，取代 r{held}。</translation>
    </message>
    <message>
        <source>Its key {fingerprint} is now station {station}&apos;s (first bundle: compare it with the one printed on the station&apos;s signed report).</source>
        <translation>其密钥 {fingerprint} 已记录为驿站 {station} 的密钥（首个数据包：请与驿站签字报表上打印的指纹核对）。</translation>
    </message>
    <message>
        <source>The register has no {columns} column. The first row must name the columns, e.g. 编号, 名称, 类型, 启用, 停用, 负责人, 电话.</source>
        <translation>名册中没有 {columns} 列。第一行须为列名，例如：编号、名称、类型、启用、停用、负责人、电话。</translation>
    </message>
    <message>
        <source>Nothing was imported: rows that need fixing first: {rows}</source>
        <translation>未导入任何内容：以下行需先修正：{rows}</translation>
    </message>
    <message>
        <source>Station {code} has sent no bundle with another key: there is nothing to accept.</source>
        <translation>驿站 {code} 没有发来使用其他密钥的数据包：无需接受。</translation>
    </message>
    <message>
        <source>Choose the finding to explain in the list.</source>
        <translation>请在列表中选择要说明的核查发现。</translation>
    </message>
</context>
<context>
    <name>DistrictExport</name>
    <message>
        <source>Month report</source>
        <translation>月度汇总报表</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <source>Writes the workbook (.xlsx), the PDF to sign and stamp, and the signed district bundle (.zip) for the city.</source>
        <translation>生成 Excel 工作簿（.xlsx）、供签字盖章的 PDF，以及报送市级的带签名辖区数据包（.zip）。</translation>
    </message>
    <message>
        <source>Write the report into</source>
        <translation>报表保存到</translation>
    </message>
    <message>
        <source>Written: {files}</source>
        <translation>已生成：{files}</translation>
    </message>
</context>
<context>
    <name>DistrictGrid</name>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>不需报送</translation>
    </message>
    <message>
        <source> (revision {revision}, received {day})</source>
        <translation>（第 {revision} 版，{day} 收到）</translation>
    </message>
</context>
<context>
    <name>DistrictRegister</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Stations register</source>
        <translation>驿站名册</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>仍在运营</translation>
    </message>
    <message>
        <source>comprehensive</source>
        <translation>综合型</translation>
    </message>
    <message>
        <source>specialized</source>
        <translation>专项型</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Opened (month):</source>
        <translation>启用月份：</translation>
    </message>
    <message>
        <source>Closed (last month):</source>
        <translation>停用月份（最后一个月）：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>新增驿站</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>DistrictReport</name>
    <message>
        <source>District monthly report, {month}</source>
        <translation>辖区驿站服务月报 {month}</translation>
    </message>
    <message>
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>辖区编号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>District totals</source>
        <translation>辖区汇总</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>各驿站</translation>
    </message>
    <message>
        <source>Missing reports</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应报</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已报</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <source>Reporting rate</source>
        <translation>报送率</translation>
    </message>
    <message>
        <source>Expected {expected}, received {received} (on time {on_time}, late {late}), missing {missing}; reporting rate {rate}.</source>
        <translation>应报 {expected} 个，已报 {received} 个（按时 {on_time} 个，逾期 {late} 个），未报 {missing} 个；报送率 {rate}。</translation>
    </message>
    <message>
        <source>Totals of the district</source>
        <translation>辖区合计</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
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
        <source>vs last month</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Visits (person-times)</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>People (registered)</source>
        <translation>服务人数（登记）</translation>
    </message>
    <message>
        <source>not added up: a worker may visit several stations</source>
        <translation>不汇总：同一人可能到访多个驿站</translation>
    </message>
    <message>
        <source>People (人数) are counted by each station and are not added up across stations: a worker who visits several stations would be counted once at each.</source>
        <translation>服务人数由各驿站分别统计，辖区不作汇总：同一名劳动者可能到访多个驿站，相加会重复计算。</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Stations reporting</source>
        <translation>报送驿站数</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Visitor groups</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>所属平台</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No platform recorded this month.</source>
        <translation>本月未登记平台。</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Appeals received</source>
        <translation>诉求受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>志愿活动</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人次</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿时长</translation>
    </message>
    <message>
        <source>Station by station</source>
        <translation>各驿站情况</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>驿站</translation>
    </message>
    <message>
        <source>Service uses</source>
        <translation>服务项次</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>On time?</source>
        <translation>是否按时</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Stations to chase (no report received)</source>
        <translation>待催报驿站（未收到月报）</translation>
    </message>
    <message>
        <source>Every expected station has reported.</source>
        <translation>所有应报驿站均已报送。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Uses per service</source>
        <translation>各服务项目人次</translation>
    </message>
    <message>
        <source>Visits per group</source>
        <translation>各群体人次</translation>
    </message>
    <message>
        <source>Visits per station (the {count} busiest)</source>
        <translation>各驿站服务人次（前 {count} 名）</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>每日服务人次</translation>
    </message>
    <message>
        <source>Visits per station</source>
        <translation>各驿站服务人次</translation>
    </message>
    <message>
        <source>Earlier months are the reports held now from the stations that sent them.</source>
        <translation>上月及去年同月为目前已收到的各驿站报送数据。</translation>
    </message>
    <message>
        <source>Prepared by (signature)</source>
        <translation>填报人签字</translation>
    </message>
    <message>
        <source>Reviewed by (signature)</source>
        <translation>审核人签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>盖章</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>Generated by keeper on {when}</source>
        <translation>驿站管家生成于 {when}</translation>
    </message>
    <message>
        <source>District key fingerprint: {fingerprint}</source>
        <translation>辖区密钥指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>comprehensive</source>
        <translation>综合型</translation>
    </message>
    <message>
        <source>specialized</source>
        <translation>专项型</translation>
    </message>
</context>
<context>
    <name>DistrictStation</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>People</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <source>Service uses</source>
        <translation>服务项次</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>志愿活动</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿时长</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>替代</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Figures up to</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>已说明</translation>
    </message>
    <message>
        <source>comprehensive</source>
        <translation>综合型</translation>
    </message>
    <message>
        <source>specialized</source>
        <translation>专项型</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>应报期间：</translation>
    </message>
    <message>
        <source>from {opened}</source>
        <translation>自 {opened} 起</translation>
    </message>
    <message>
        <source>{opened} to {closed}</source>
        <translation>{opened} 至 {closed}</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>签名密钥：</translation>
    </message>
    <message>
        <source>none yet (first bundle)</source>
        <translation>尚无（待收到首个数据包）</translation>
    </message>
    <message>
        <source>Figures over time</source>
        <translation>历月数据</translation>
    </message>
    <message>
        <source>Revisions of {month}</source>
        <translation>{month} 各版次</translation>
    </message>
    <message>
        <source>Findings ({count})</source>
        <translation>核查发现（{count}）</translation>
    </message>
    <message>
        <source>Visits per month, {first} to {last}</source>
        <translation>每月服务人次（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览（未完）</translation>
    </message>
    <message>
        <source>What explains it, e.g. closed for renovation 10–20 October</source>
        <translation>原因说明，例如：10月10日至20日装修停业</translation>
    </message>
    <message>
        <source>Mark as explained</source>
        <translation>标记为已说明</translation>
    </message>
    <message>
        <source>figures disagree</source>
        <translation>数据不一致</translation>
    </message>
    <message>
        <source>no visits</source>
        <translation>零服务</translation>
    </message>
    <message>
        <source>far from its last months</source>
        <translation>与近几月差异大</translation>
    </message>
    <message>
        <source>yes: {note}</source>
        <translation>是：{note}</translation>
    </message>
</context>
<context>
    <name>DistrictWindow</name>
    <message>
        <source>{name} — district office · keeper</source>
        <translation>{name} — 辖区汇总 · 驿站管家</translation>
    </message>
    <message>
        <source>Receive bundles…</source>
        <translation>接收数据包…</translation>
    </message>
    <message>
        <source>Receive a folder…</source>
        <translation>接收文件夹…</translation>
    </message>
    <message>
        <source>Month report…</source>
        <translation>月度汇总报表…</translation>
    </message>
    <message>
        <source>Stations register…</source>
        <translation>驿站名册…</translation>
    </message>
    <message>
        <source>Drop bundles (.zip) or folders of them anywhere on this window to receive them. Double-click a cell for the station&apos;s page; click a month to see its figures.</source>
        <translation>把数据包（.zip）或存放数据包的文件夹拖到本窗口即可接收。双击格子查看该驿站详情；点击月份查看该月报送情况。</translation>
    </message>
    <message>
        <source>{month}: expected {expected}, received {received} (on time {on_time}, late {late}, approved {approved}), missing {missing}; reporting rate {rate}.</source>
        <translation>{month}：应报 {expected} 个，已报 {received} 个（按时 {on_time}，逾期 {late}，已审核 {approved}），未报 {missing} 个；报送率 {rate}。</translation>
    </message>
    <message>
        <source>Reopen {month}…</source>
        <translation>取消审核 {month}…</translation>
    </message>
    <message>
        <source>Approve {month}…</source>
        <translation>审核通过 {month}…</translation>
    </message>
    <message>
        <source>Reopen {month}? Stations can then send new revisions of it again.</source>
        <translation>取消 {month} 的审核？取消后各驿站可再次报送该月的新版本。</translation>
    </message>
    <message>
        <source>Approve {month}? Its reports become final: a new revision is refused until the month is reopened.</source>
        <translation>审核通过 {month}？通过后该月报表即为定稿：在取消审核之前，新版本一律拒收。</translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>接收数据包</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>数据包 (*.zip)</translation>
    </message>
    <message>
        <source>Receive every bundle in a folder</source>
        <translation>接收文件夹中的全部数据包</translation>
    </message>
    <message>
        <source>Still receiving the last drop: drop these again when it is done.</source>
        <translation>上一批仍在接收中，完成后请再拖入这些文件。</translation>
    </message>
    <message>
        <source>No bundle (.zip) found there.</source>
        <translation>那里没有找到数据包（.zip）。</translation>
    </message>
    <message>
        <source>Done: {accepted} accepted, {already} already held, {refused} refused.</source>
        <translation>完成：接收 {accepted} 个，此前已有 {already} 个，拒收 {refused} 个。</translation>
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
        <source>The service &quot;{text}&quot; is hidden at this station, so a new visit cannot use it. Show it again under Settings, Services, to log it.</source>
        <translation>服务项目“{text}”在本驿站已隐藏，新的来访不能再用它。如需登记，请先在“设置 › 服务项目”中重新显示。</translation>
    </message>
    <message>
        <source>Unknown visitor group &quot;{text}&quot;. Known groups: {known}.</source>
        <translation>未知的人员类别“{text}”。可用的人员类别：{known}。</translation>
    </message>
    <message>
        <source>The visitor group &quot;{text}&quot; is hidden at this station, so a new visit cannot use it. Show it again under Settings, Visitor groups, to log it.</source>
        <translation>人员类别“{text}”在本驿站已隐藏，新的来访不能再用它。如需登记，请先在“设置 › 来访人员类别”中重新显示。</translation>
    </message>
    <message>
        <source>The count must be a whole number from 1 to {max}.</source>
        <translation>人次必须是 1 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>The database is damaged (problems found: {count}). Restore it from a backup.</source>
        <translation>数据库已损坏（发现 {count} 处问题）。请从备份恢复。</translation>
    </message>
    <message>
        <source>Rows of the roster that cannot be imported: {count} (listed above), so nothing was imported. Correct them and import the file again.</source>
        <translation>花名册中有 {count} 行无法导入（见上方列表），因此没有导入任何内容。请改正后重新导入。</translation>
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
        <source>Unknown visitor group: {code}.</source>
        <translation>未知的来访人员类别：{code}。</translation>
    </message>
    <message>
        <source>A service needs both a Chinese and an English name.</source>
        <translation>服务项目须同时填写中文名称和英文名称。</translation>
    </message>
    <message>
        <source>A visitor group needs both a Chinese and an English name.</source>
        <translation>来访人员类别需要中文和英文名称。</translation>
    </message>
    <message>
        <source>A group&apos;s key is a digit from 1 to 9 (Alt+1 … Alt+9), not &quot;{key}&quot;.</source>
        <translation>类别的快捷键是 1 到 9 的数字（Alt+1 … Alt+9），不能是“{key}”。</translation>
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
        <source>The code &quot;{code}&quot; is not valid: use 2 to 32 lowercase letters, digits or _, starting with a letter (e.g. haircut).</source>
        <translation>代码“{code}”无效：请使用 2 到 32 个小写字母、数字或 _，以字母开头（例如 haircut）。</translation>
    </message>
    <message>
        <source>The code &quot;{code}&quot; is taken.</source>
        <translation>代码“{code}”已被占用。</translation>
    </message>
    <message>
        <source>Unknown icon: {icon}.</source>
        <translation>未知图标：{icon}。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is where visits of no other group go, so it stays shown.</source>
        <translation>“{name}”用于不属于其他类别的来访，因此始终显示。</translation>
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
        <source>The date {day} is in the future. Check the date.</source>
        <translation>日期 {day} 在将来，请检查日期。</translation>
    </message>
    <message>
        <source>The date {day} is before the step before it ({previous}).</source>
        <translation>日期 {day} 早于上一步（{previous}）。</translation>
    </message>
    <message>
        <source>Give a reason for the change: it is kept in the record&apos;s history.</source>
        <translation>请填写修改原因：它会记入这条记录的修改历史。</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is already in the list.</source>
        <translation>“{name}”已在列表中。</translation>
    </message>
    <message>
        <source>The code &quot;{code}&quot; is taken or not valid: use 2 to 32 lowercase letters, digits or _, starting with a letter.</source>
        <translation>代码“{code}”已被占用或无效：请用 2 到 32 个小写字母、数字或 _，并以字母开头。</translation>
    </message>
    <message>
        <source>Unknown category: {code}.</source>
        <translation>未知类别：{code}。</translation>
    </message>
    <message>
        <source>Describe the problem: what happens, where, to whom.</source>
        <translation>请填写诉求内容：什么问题、在哪里、涉及谁。</translation>
    </message>
    <message>
        <source>Unknown urgency: {urgency}.</source>
        <translation>未知紧急程度：{urgency}。</translation>
    </message>
    <message>
        <source>Unknown visitor group: {group}.</source>
        <translation>未知的人员类别：{group}。</translation>
    </message>
    <message>
        <source>The date {day} is after the appeal&apos;s next step ({next}).</source>
        <translation>日期 {day} 晚于该诉求的下一步（{next}）。</translation>
    </message>
    <message>
        <source>Appeal #{id} does not exist.</source>
        <translation>诉求 #{id} 不存在。</translation>
    </message>
    <message>
        <source>Appeal #{id} is voided.</source>
        <translation>诉求 #{id} 已作废。</translation>
    </message>
    <message>
        <source>Say to whom the appeal was referred.</source>
        <translation>请填写诉求转交给了谁。</translation>
    </message>
    <message>
        <source>Appeal #{id} is already resolved: it can no longer be referred.</source>
        <translation>诉求 #{id} 已办结，不能再转办。</translation>
    </message>
    <message>
        <source>Say how the appeal was resolved.</source>
        <translation>请填写办理结果。</translation>
    </message>
    <message>
        <source>Appeal #{id} is already resolved.</source>
        <translation>诉求 #{id} 已办结。</translation>
    </message>
    <message>
        <source>Say whether the worker was satisfied.</source>
        <translation>请选择反映人是否满意。</translation>
    </message>
    <message>
        <source>Resolve appeal #{id} before following it up.</source>
        <translation>请先办结诉求 #{id}，再回访。</translation>
    </message>
    <message>
        <source>Appeal #{id} was already followed up.</source>
        <translation>诉求 #{id} 已回访过。</translation>
    </message>
    <message>
        <source>Appeal #{id} has no step to take back.</source>
        <translation>诉求 #{id} 没有可撤回的步骤。</translation>
    </message>
    <message>
        <source>Appeal #{id} is not voided.</source>
        <translation>诉求 #{id} 未作废。</translation>
    </message>
    <message>
        <source>An appeal is overdue after 1 to 365 days, not {days}.</source>
        <translation>超期天数应为 1 到 365 天，不能是 {days}。</translation>
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
        <source>The date {day} is before {year}: no station kept a ledger then. Check the date.</source>
        <translation>日期 {day} 早于 {year} 年：那时还没有驿站台账。请检查日期。</translation>
    </message>
    <message>
        <source>The note has {length} characters; at most {max} are kept. Shorten it.</source>
        <translation>备注有 {length} 个字，最多只能保存 {max} 个。请缩短。</translation>
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
        <source>The station code is missing: type the code the district gave the station (e.g. CY-017).</source>
        <translation>未填写驿站编号：请填写所属辖区分配的编号（例如 CY-017）。</translation>
    </message>
    <message>
        <source>The station code &quot;{code}&quot; is not valid: use 2 to 32 letters, digits or -, starting with a letter or digit, as the district gave it (it names the report files).</source>
        <translation>驿站编号“{code}”无效：请按街道给定的编号，使用 2 到 32 个字母、数字或 -，并以字母或数字开头（报表文件以此命名）。</translation>
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
        <source>Another keeper (a window or a command) is busy with the database {path}. Wait a moment and try again.</source>
        <translation>另一个驿站管家（窗口或命令）正在使用数据库 {path}。请稍等片刻再试。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space, then try again. The database is not damaged: do not restore anything.</source>
        <translation>{folder} 所在的磁盘已满。请腾出一些空间后再试。数据库没有损坏：不要恢复任何备份。</translation>
    </message>
    <message>
        <source>The database {path} can only be read (the disk or folder is read-only), so nothing can be saved. It can still be checked, exported and backed up to another disk.</source>
        <translation>数据库 {path} 只能读取（磁盘或文件夹是只读的），因此无法保存任何内容。仍然可以检查、导出报表，并备份到其他磁盘。</translation>
    </message>
    <message>
        <source>Cannot open or write the database {path}. Check that the folder exists and can be written to.</source>
        <translation>无法打开或写入数据库 {path}。请检查该文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). Nothing was changed. Restore it from a backup (Settings → Backups in the window, or keeper restore FILE).</source>
        <translation>数据库 {path} 已损坏（{detail}）。没有做任何更改。请从备份恢复（窗口中的“设置 → 备份”，或 keeper restore 文件）。</translation>
    </message>
    <message>
        <source>{path} is not a keeper database ({detail}). keeper leaves it as it is: move it away, or restore a backup made by keeper.</source>
        <translation>{path} 不是驿站管家的数据库（{detail}）。驿站管家不会改动它：请把它移走，或恢复一个驿站管家制作的备份。</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of keeper (schema {found}; this keeper knows up to {known}). Install the newer keeper to open it.</source>
        <translation>数据库 {path} 由更新版本的驿站管家写入（数据库结构版本 {found}；本版本最高支持 {known}）。请安装新版驿站管家后再打开。</translation>
    </message>
    <message>
        <source>{month} is closed: its report went to the district. A visit can no longer be added to it; reopen the month first if this is a correction.</source>
        <translation>{month} 已关闭：该月报表已报送。不能再向该月添加登记；如需补录，请先重新打开该月。</translation>
    </message>
    <message>
        <source>Export the report of {month} before closing it.</source>
        <translation>请先导出 {month} 的报表，再关闭该月。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a month: write it as YYYY-MM, e.g. 2026-10.</source>
        <translation>“{text}”不是有效的月份：请写成 YYYY-MM，例如 2026-10。</translation>
    </message>
    <message>
        <source>Unknown report format &quot;{format}&quot;: use xlsx, pdf and/or bundle.</source>
        <translation>未知的报表格式“{format}”：请使用 xlsx、pdf 和/或 bundle。</translation>
    </message>
    <message>
        <source>{month} has not begun yet: a report can be made from its first day on (a preview until it ends).</source>
        <translation>{month} 尚未开始：从该月第一天起才能生成报表（月底前为预览）。</translation>
    </message>
    <message>
        <source>Set the station profile first: the code names the report files.</source>
        <translation>请先设置驿站信息：报表文件以驿站编号命名。</translation>
    </message>
    <message>
        <source>The number of others must be a whole number from 0 to {max}.</source>
        <translation>其他人员数应为 0 到 {max} 的整数。</translation>
    </message>
    <message>
        <source>The people helped must be a whole number from 0 to {max}.</source>
        <translation>帮助群众数应为 0 到 {max} 的整数。</translation>
    </message>
    <message>
        <source>Give the activity a title.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>Unknown activity type: {code}.</source>
        <translation>未知活动类型：{code}。</translation>
    </message>
    <message>
        <source>Who took part? Pick registered visitors or count the others.</source>
        <translation>谁参加了？请选择登记人员，或填写其他人员数。</translation>
    </message>
    <message>
        <source>The hours per participant must be from 0 to {max}.</source>
        <translation>每人时长应为 0 到 {max} 小时。</translation>
    </message>
    <message>
        <source>The photo {path} does not exist. Choose the file again.</source>
        <translation>照片 {path} 不存在，请重新选择文件。</translation>
    </message>
    <message>
        <source>Team #{id} does not exist.</source>
        <translation>服务队 #{id} 不存在。</translation>
    </message>
    <message>
        <source>Activity #{id} does not exist.</source>
        <translation>活动 #{id} 不存在。</translation>
    </message>
    <message>
        <source>Activity #{id} is voided.</source>
        <translation>活动 #{id} 已作废。</translation>
    </message>
    <message>
        <source>Activity #{id} is not voided.</source>
        <translation>活动 #{id} 未作废。</translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation>请填写服务队名称。</translation>
    </message>
    <message>
        <source>There is already a team called &quot;{name}&quot;.</source>
        <translation>已有名为“{name}”的服务队。</translation>
    </message>
    <message>
        <source>They are already in this team.</source>
        <translation>此人已在本队。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>导入已取消，未保存任何数据。</translation>
    </message>
    <message>
        <source>The ledger has no {columns} column. The first row of the sheet must name the columns, e.g. 日期, 时间, 服务项目, 身份, 人次.</source>
        <translation>台账中没有 {columns} 列。表格第一行须为列名，例如：日期、时间、服务项目、身份、人次。</translation>
    </message>
    <message>
        <source>Import #{id} does not exist.</source>
        <translation>第 {id} 次导入不存在。</translation>
    </message>
    <message>
        <source>Import #{id} was already undone.</source>
        <translation>第 {id} 次导入已经撤销过了。</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>The roster has no {column} column (e.g. 姓名, 手机号).</source>
        <translation>花名册缺少 {column} 列（例如：姓名、手机号）。</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is an old Excel 97-2003 workbook (.xls) or a protected one. Open it in Excel and save it as .xlsx or as CSV, then import that.</source>
        <translation>{file} 是旧版 Excel 97-2003 工作簿（.xls）或受保护的工作簿。请在 Excel 中打开并另存为 .xlsx 或 CSV，再导入。</translation>
    </message>
    <message>
        <source>{file} is empty: there is no row to import.</source>
        <translation>{file} 是空的：没有可导入的行。</translation>
    </message>
    <message>
        <source>{file} is neither a CSV text file (UTF-8 or GBK) nor an Excel workbook (.xlsx). Save it from Excel as CSV or .xlsx and import that.</source>
        <translation>{file} 既不是 CSV 文本文件（UTF-8 或 GBK），也不是 Excel 工作簿（.xlsx）。请在 Excel 中另存为 CSV 或 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>{file} cannot be read as CSV near row {row}: {reason}</source>
        <translation>{file} 第 {row} 行附近无法按 CSV 读取：{reason}</translation>
    </message>
    <message>
        <source>{file} has no worksheet.</source>
        <translation>{file} 中没有工作表。</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook keeper can read ({reason}). Open it in Excel and save it again as .xlsx or CSV.</source>
        <translation>{file} 不是 keeper 能读取的 Excel 工作簿（{reason}）。请在 Excel 中打开，重新另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>--plain goes with --to DIR: the copies in the second folder are always encrypted once there is a recovery code.</source>
        <translation>--plain 只能与 --to DIR 一起使用：有了恢复码之后，第二位置中的副本一律加密。</translation>
    </message>
    <message>
        <source>A PIN is set: give the attendant&apos;s PIN with --pin PIN.</source>
        <translation>已设置PIN码：请用 --pin PIN 提供值班员PIN码。</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>PIN码错误。</translation>
    </message>
    <message>
        <source>{path} is encrypted and this PC does not have its recovery code: give it with --code CODE (it is on the recovery code page kept with the station&apos;s seal).</source>
        <translation>{path} 已加密，本机没有它的恢复码：请用 --code 恢复码 提供（恢复码印在与驿站公章一起保管的恢复码页上）。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space or choose another folder, then try again.</source>
        <translation>{folder} 所在的磁盘已满。请清理空间或选择其他文件夹，然后重试。</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: the disk or folder is read-only, or keeper may not write there.</source>
        <translation>无法写入 {folder}：磁盘或文件夹是只读的，或驿站管家没有写入权限。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be reached (was the USB stick taken out?).</source>
        <translation>无法访问文件夹 {folder}（U盘是否已拔出？）。</translation>
    </message>
    <message>
        <source>The database is in use by another program (another keeper window?). Close it and try again.</source>
        <translation>数据库正被其他程序使用（是否开着另一个驿站管家窗口？）。请关闭后重试。</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>无法写入 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>The database is damaged ({detail}). Restore it from a backup.</source>
        <translation>数据库已损坏（{detail}）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The backup did not read back correctly ({detail}) and was deleted. Run &quot;keeper check&quot;: the database may be damaged, or the disk {folder} may be failing.</source>
        <translation>备份回读校验失败（{detail}），已删除。请运行“keeper check”：可能是数据库已损坏，也可能是磁盘 {folder} 出现故障。</translation>
    </message>
    <message>
        <source>The copy in {folder} did not read back correctly and was deleted: the disk may be failing.</source>
        <translation>{folder} 中的副本回读校验失败，已删除：该磁盘可能出现故障。</translation>
    </message>
    <message>
        <source>A keeper window is open on this data folder. Restore from that window (Settings → Backups), or close it and try again.</source>
        <translation>此数据文件夹上已打开了一个驿站管家窗口。请在那个窗口中恢复（设置 → 备份），或关闭它后再试。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of keeper (schema {found}; this keeper knows up to {known}). Install the newer keeper to restore it.</source>
        <translation>{path} 由更新版本的驿站管家生成（结构版本 {found}；本程序最高支持 {known}）。请安装新版本后再恢复。</translation>
    </message>
    <message>
        <source>{path} is a damaged database ({detail}); choose another backup.</source>
        <translation>{path} 是已损坏的数据库（{detail}）；请选择其他备份。</translation>
    </message>
    <message>
        <source>{path} is not a keeper database; choose a backup made by keeper (keeper-….db).</source>
        <translation>{path} 不是驿站管家的数据库；请选择驿站管家生成的备份（keeper-….db）。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN码须为4到8位数字。</translation>
    </message>
    <message>
        <source>The current PIN is wrong.</source>
        <translation>当前PIN码错误。</translation>
    </message>
    <message>
        <source>Choose the other record first.</source>
        <translation>请先选择另一条记录。</translation>
    </message>
    <message>
        <source>The recovery code is wrong for {path}: it was encrypted with another code. Nothing was changed.</source>
        <translation>恢复码与 {path} 不符：该文件是用另一个恢复码加密的。未做任何改动。</translation>
    </message>
    <message>
        <source>{path} has been changed or damaged since it was written (it fails its check). Nothing was changed; choose another backup.</source>
        <translation>{path} 写入后被改动或已损坏（校验不通过）。未做任何改动，请选择其他备份。</translation>
    </message>
    <message>
        <source>{path} is incomplete: the file was cut short (was the USB stick pulled out while copying?). Nothing was changed; choose another backup.</source>
        <translation>{path} 不完整：文件被截断了（复制时拔出了U盘？）。未做任何改动，请选择其他备份。</translation>
    </message>
    <message>
        <source>{path} was encrypted by a newer version of keeper. Install the newer keeper to restore it.</source>
        <translation>{path} 是由更新版本的驿站管家加密的。请安装新版驿站管家后再恢复。</translation>
    </message>
    <message>
        <source>That is not a recovery code: it has 25 letters and digits, in five groups of five, as printed on the recovery code page.</source>
        <translation>这不是恢复码：恢复码由 25 个字母和数字组成，分为五组、每组五个，与恢复码页上印的一样。</translation>
    </message>
    <message>
        <source>{path} is not an encrypted keeper backup.</source>
        <translation>{path} 不是驿站管家的加密备份。</translation>
    </message>
    <message>
        <source>The copy in {folder} is not encrypted: anyone who finds it can read names and phones. Make a recovery code in Settings, Backups.</source>
        <translation>{folder} 中的副本没有加密：捡到的人都能看到姓名和手机号。请在“设置 → 备份”中生成恢复码。</translation>
    </message>
    <message>
        <source>{path} is encrypted. Type its recovery code (from the recovery code page kept with the station&apos;s seal).</source>
        <translation>{path} 已加密。请输入它的恢复码（在与驿站公章一起保管的恢复码页上）。</translation>
    </message>
    <message>
        <source>The quantity must be a whole number, not &quot;{text}&quot;.</source>
        <translation>数量必须是整数，不能是“{text}”。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date: use YYYY-MM-DD.</source>
        <translation>“{text}”不是日期：请使用 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Unknown supply item: {item}.</source>
        <translation>未知物资：{item}。</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to {max}.</source>
        <translation>数量必须是 1 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>{day} is in the future.</source>
        <translation>{day} 是将来的日期。</translation>
    </message>
    <message>
        <source>{month} is closed: its report went to the district. Record the change of stock on a day of an open month.</source>
        <translation>{month} 已结账：月报已报送辖区。请把库存变动登记在未结账月份的日期上。</translation>
    </message>
    <message>
        <source>This lot expired on {day}: recorded, but discard it rather than hand it out.</source>
        <translation>该批次已于 {day} 过期：已登记，但请报损处理，不要发放。</translation>
    </message>
    <message>
        <source>No expiry date given for {item}: keeper cannot warn before this lot expires.</source>
        <translation>未填写{item}的有效期：该批次到期前驿站管家无法提醒。</translation>
    </message>
    <message>
        <source>Only {on_hand} {unit} of {item} are on hand, not {quantity}. If there are more on the shelf, count the stock first.</source>
        <translation>{item}库存只有 {on_hand} {unit}，不足 {quantity}。如果货架上实际更多，请先盘点。</translation>
    </message>
    <message>
        <source>Say why the stock is discarded (expired, damaged …).</source>
        <translation>请说明报损原因（过期、损坏 …）。</translation>
    </message>
    <message>
        <source>The count must be a whole number from 0 to {max}.</source>
        <translation>盘点数必须是 0 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>An item needs both a Chinese and an English name.</source>
        <translation>物资需要中文和英文名称。</translation>
    </message>
    <message>
        <source>Say the unit it is counted in, in Chinese and English (瓶 / bottles).</source>
        <translation>请填写计量单位的中文和英文（瓶 / bottles）。</translation>
    </message>
    <message>
        <source>Unknown category: {category}.</source>
        <translation>未知类别：{category}。</translation>
    </message>
    <message>
        <source>The minimum must be a whole number from 0 to 100000.</source>
        <translation>最低库存必须是 0 到 100000 之间的整数。</translation>
    </message>
    <message>
        <source>A visit uses a whole number from 0 to 99 of an item.</source>
        <translation>每次登记使用的物资数量必须是 0 到 99 之间的整数。</translation>
    </message>
    <message>
        <source>Say whose cards to print: --member M000123 (repeat for several) or --all-new for everyone without a card.</source>
        <translation>请说明为谁打印：--member M000123（多人可重复），或 --all-new 为所有还没有卡的人打印。</translation>
    </message>
    <message>
        <source>Everyone already has a card: nothing to print.</source>
        <translation>每个人都已有卡，无需打印。</translation>
    </message>
    <message>
        <source>No station profile yet: set the station&apos;s code and name in Settings before printing or reading member cards.</source>
        <translation>还没有驿站信息：请先在“设置”中填写驿站编码和名称，再打印或读取会员卡。</translation>
    </message>
    <message>
        <source>This code is not a readable member card (&quot;{text}&quot;). Nothing was logged; find the person by name instead.</source>
        <translation>这不是可识别的会员卡（“{text}”）。未登记任何内容；请改用姓名查找此人。</translation>
    </message>
    <message>
        <source>This card is from another station ({station}), not from this one. Nothing was logged; register the person here if they come often.</source>
        <translation>这是其他驿站（{station}）的卡，不是本站的。未登记任何内容；如此人常来，可在本站登记。</translation>
    </message>
    <message>
        <source>No member {member} at this station (the card may belong to someone whose record was removed). Nothing was logged.</source>
        <translation>本站没有会员 {member}（此卡的持有人记录可能已被删除）。未登记任何内容。</translation>
    </message>
    <message>
        <source>This card was replaced: {member}&apos;s card no. {serial} is no longer valid (the card in force is no. {current}). Nothing was logged.</source>
        <translation>此卡已被补办替换：{member} 的第 {serial} 张卡已失效（现用的是第 {current} 张）。未登记任何内容。</translation>
    </message>
    <message>
        <source>Card no. {serial} of {member} was never issued here. Nothing was logged.</source>
        <translation>本站从未发放 {member} 的第 {serial} 张卡。未登记任何内容。</translation>
    </message>
    <message>
        <source>No member {member} who can have a card (unknown, erased or merged).</source>
        <translation>没有可以办卡的会员 {member}（不存在、已删除或已合并）。</translation>
    </message>
    <message>
        <source>This person cannot have a card (no member number, erased or merged).</source>
        <translation>此人不能办卡（没有会员编号、已删除或已合并）。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>No bundle (.zip) found in {paths}.</source>
        <translation>在 {paths} 中没有找到数据包（.zip）。</translation>
    </message>
    <message>
        <source>{file} did not read back whole after writing ({detail}), so it was not saved. The disk may be full or failing: free some space or choose another folder, then try again.</source>
        <translation>{file} 写入后读回不完整（{detail}），因此没有保存。磁盘可能已满或出现故障：请腾出空间或换一个文件夹后再试。</translation>
    </message>
    <message>
        <source>Cannot reach the district database {url}: {reason}</source>
        <translation>无法连接街道数据库 {url}：{reason}</translation>
    </message>
    <message>
        <source>&quot;{url}&quot; is not a database keeper can use: give a postgresql://… address, or nothing for district.db in the district folder.</source>
        <translation>“{url}”不是 keeper 能使用的数据库：请填写 postgresql://… 地址，或留空以使用街道文件夹中的 district.db。</translation>
    </message>
    <message>
        <source>{path} is damaged: it should say which database the district uses.</source>
        <translation>{path} 已损坏：它应写明街道使用哪个数据库。</translation>
    </message>
    <message>
        <source>There is no district in {folder} yet: run keeper district init first.</source>
        <translation>{folder} 中还没有街道：请先运行 keeper district init。</translation>
    </message>
    <message>
        <source>The district database {path} was written by a newer version of keeper (schema {found}; this keeper knows up to {known}). Install the newer keeper to open it.</source>
        <translation>街道数据库 {path} 由更新版本的 keeper 写入（结构版本 {found}；本 keeper 最高支持 {known}）。请安装新版 keeper 后再打开。</translation>
    </message>
    <message>
        <source>Give the district a name.</source>
        <translation>请填写街道名称。</translation>
    </message>
    <message>
        <source>The district bundle needs the station&apos;s visitor key, which is made at the first export and cannot be stored on a read-only disk. Export with --format xlsx,pdf, or restore a backup onto a writable disk first.</source>
        <translation>上报街道的数据包需要本站的访客密钥，它在第一次导出时生成，无法保存在只读磁盘上。请使用 --format xlsx,pdf 导出，或先把备份恢复到可写的磁盘上。</translation>
    </message>
    <message>
        <source>The bundle&apos;s revision is not valid.</source>
        <translation>数据包的版次无效。</translation>
    </message>
    <message>
        <source>The bundle is for {month}, a month that has not begun.</source>
        <translation>数据包的月份 {month} 尚未开始。</translation>
    </message>
    <message>
        <source>{code} is not in the register: add it before receiving its bundles.</source>
        <translation>{code} 不在名册中：请先加入名册再接收其数据包。</translation>
    </message>
    <message>
        <source>{month} is approved for {code}: reopen it to take a new revision.</source>
        <translation>{code} 的 {month} 已审核：如需接收新版本，请先取消审核。</translation>
    </message>
    <message>
        <source>Revision {revision} is not newer than revision {held}, already held.</source>
        <translation>第 {revision} 版不比已收到的第 {held} 版新。</translation>
    </message>
    <message>
        <source>{code} signed this bundle with another key than before: accept the new key first if its PC was replaced.</source>
        <translation>{code} 用了与以前不同的密钥签名：如果其电脑已更换，请先确认接受新密钥。</translation>
    </message>
    <message>
        <source>The station code &quot;{code}&quot; is not valid: 2 to 32 letters, digits or -, starting with a letter or digit (e.g. CY-017).</source>
        <translation>驿站编号“{code}”无效：应为 2 到 32 个字母、数字或 -，以字母或数字开头（例如 CY-017）。</translation>
    </message>
    <message>
        <source>A station cannot close ({closed}) before it opened ({opened}).</source>
        <translation>驿站停用月份（{closed}）不能早于启用月份（{opened}）。</translation>
    </message>
    <message>
        <source>{month} has not begun yet: there is nothing to report.</source>
        <translation>{month} 尚未开始，没有可报送的内容。</translation>
    </message>
    <message>
        <source>Cannot write the report into {folder}: {reason}. Check that the folder (or USB stick) is there, writable and not full.</source>
        <translation>无法将报表写入 {folder}：{reason}。请检查该文件夹（或 U 盘）是否存在、可写且未满。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>group</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>count</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>缺少日期</translation>
    </message>
    <message>
        <source>no service is given</source>
        <translation>没有填写服务项目</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time of day (write it as 14:05)</source>
        <translation>“{text}”不是有效的时间（请写成 14:05）</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (write it as 2026-10-03)</source>
        <translation>“{text}”不是日期（请写成 2026-10-03）</translation>
    </message>
    <message>
        <source>the date &quot;{text}&quot; does not exist</source>
        <translation>日期“{text}”不存在</translation>
    </message>
    <message>
        <source>the count &quot;{text}&quot; is not a whole number from 1 to {max}</source>
        <translation>人次“{text}”不是 1 到 {max} 之间的整数</translation>
    </message>
    <message>
        <source>the phone &quot;{text}&quot; is not a valid mobile number</source>
        <translation>手机号“{text}”不是有效的手机号码</translation>
    </message>
    <message>
        <source>unknown service &quot;{text}&quot;</source>
        <translation>未知的服务项目“{text}”</translation>
    </message>
    <message>
        <source>the date {when} is in the future</source>
        <translation>日期 {when} 晚于当前时间</translation>
    </message>
    <message>
        <source>{month} is closed: its report went to the district (reopen the month to add visits to it)</source>
        <translation>{month} 已关闭：月报已报送辖区（如需补录，请先重新打开该月）</translation>
    </message>
    <message>
        <source>the note has {length} characters (at most {max})</source>
        <translation>备注有 {length} 个字（最多 {max} 个）</translation>
    </message>
    <message>
        <source>Unknown group &quot;{text}&quot; (rows: {count}, the first is row {row}): stored as other, the text kept in the note.</source>
        <translation>未知的人员类别“{text}”（共 {count} 行，首次出现在第 {row} 行）：按“其他”保存，原文保留在备注中。</translation>
    </message>
    <message>
        <source>Rows with a name but no phone: {count}. Their visits are stored without a visitor (visitors are matched by phone).</source>
        <translation>有姓名但没有手机号的行：{count} 行。这些登记不关联来访人员（来访人员按手机号匹配）。</translation>
    </message>
    <message>
        <source>This file was imported before, on {when} (import #{id}).</source>
        <translation>此文件已于 {when} 导入过（第 {id} 次导入）。</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not yes or no (是/否)</source>
        <translation>“{text}”不是“是”或“否”</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>the phone is missing</source>
        <translation>缺少手机号</translation>
    </message>
    <message>
        <source>the phone is also on row {row}</source>
        <translation>该手机号与第 {row} 行重复</translation>
    </message>
    <message>
        <source>unknown group &quot;{text}&quot;: stored as other</source>
        <translation>未知的人员类别“{text}”：按“其他”保存</translation>
    </message>
    <message>
        <source>the date {text} is in the future</source>
        <translation>日期 {text} 晚于今天</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Ledger file:</source>
        <translation>台账文件：</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) of the old ledger</source>
        <translation>旧台账的 CSV 文件或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose a file: keeper shows how it understands it before anything is stored.</source>
        <translation>请选择文件：保存之前，keeper 会先显示它如何理解文件内容。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
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
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What the row says</source>
        <translation>该行内容</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Skip the rejected rows: import the others and save the rejected ones, with the reason, to a CSV file</source>
        <translation>跳过问题行：导入其余的行，问题行连同原因保存到 CSV 文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a ledger to import</source>
        <translation>选择要导入的台账</translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>台账 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Rejected rows ({count})</source>
        <translation>问题行（{count}）</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>提示（{count}）</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 行</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;{sheet}&quot;</source>
        <translation>Excel 工作簿，工作表“{sheet}”</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>CSV file in {encoding}, separated by {separator}</source>
        <translation>CSV 文件，编码 {encoding}，以{separator}分隔</translation>
    </message>
    <message>
        <source>{source}; column names in row {row}.</source>
        <translation>{source}；列名在第 {row} 行。</translation>
    </message>
    <message>
        <source>Rows read: {rows}. Ready to import: {new}. Imported before (skipped): {already}. Rejected: {rejected}. New visitors: {visitors}.</source>
        <translation>读取行数：{rows}。可导入：{new}。此前已导入（跳过）：{already}。问题行：{rejected}。新来访人员：{visitors}。</translation>
    </message>
    <message>
        <source>Correct the rejected rows in the file and choose it again, or tick &quot;Skip the rejected rows&quot;.</source>
        <translation>请在文件中改正问题行后重新选择文件，或勾选“跳过问题行”。</translation>
    </message>
    <message>
        <source>Save the rejected rows as</source>
        <translation>问题行另存为</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows are rejected.</source>
        <translation>未导入任何数据：有问题行。</translation>
    </message>
    <message>
        <source>Imported %n rows (import #{batch}). Imported before and skipped: {already}.</source>
        <translation>已导入 %n 行（第 {batch} 次导入）。此前已导入、已跳过：{already}。</translation>
    </message>
    <message>
        <source>Import #{id} undone: %n visits voided.</source>
        <translation>第 {id} 次导入已撤销：%n 条登记已作废。</translation>
    </message>
    <message>
        <source>Rejected rows saved to {file}.</source>
        <translation>问题行已保存到 {file}。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Rows added</source>
        <translation>新增行数</translation>
    </message>
    <message>
        <source>Undone at</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <source>Voids every visit of the import (they stay in the ledger, marked); the file can then be imported again.</source>
        <translation>作废这次导入的所有登记（仍保留在台账中并加标记）；之后可以重新导入该文件。</translation>
    </message>
    <message>
        <source>Undo the import?</source>
        <translation>撤销导入？</translation>
    </message>
    <message>
        <source>Undo import #{id} of {file}? Its {rows} visits are voided: they stay in the ledger, marked &quot;import undone&quot;, and no longer count.</source>
        <translation>撤销第 {id} 次导入（{file}）？其中 {rows} 条登记将被作废：仍保留在台账中，标记为“导入已撤销”，不再计入统计。</translation>
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
        <source>Import old ledgers…</source>
        <translation>导入旧台账…</translation>
    </message>
    <message>
        <source>Excel or CSV ledgers kept before keeper, or paper sheets typed up</source>
        <translation>使用驿站管家之前的 Excel 或 CSV 台账，或录入的纸质登记表</translation>
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
        <source>{entries}, {visits}</source>
        <translation>{entries}，{visits}</translation>
    </message>
    <message>
        <source>%n entries</source>
        <translation>%n 条登记</translation>
    </message>
    <message>
        <source>%n visits</source>
        <translation>%n 人次</translation>
    </message>
    <message>
        <source> (%n voided, not counted)</source>
        <translation>（%n 条已作废，不计入统计）</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>PIN</source>
        <translation>PIN码</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %n second(s) before trying again.</source>
        <translation>PIN码错误次数过多。请等待 %n 秒后再试。</translation>
    </message>
    <message>
        <source>Wrong PIN. Wait %n second(s) before trying again.</source>
        <translation>PIN码错误。请等待 %n 秒后再试。</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN码错误，请重试。</translation>
    </message>
    <message>
        <source>keeper is locked</source>
        <translation>驿站管家已锁定</translation>
    </message>
    <message>
        <source>Enter the attendant&apos;s PIN to go on. What was being typed is kept.</source>
        <translation>请输入值班员PIN码继续。正在填写的内容会保留。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Enter the PIN in the window in front.</source>
        <translation>请在最前面的窗口中输入PIN码。</translation>
    </message>
    <message>
        <source>Set a PIN in Settings to lock the window.</source>
        <translation>请先在“设置”中设置PIN码，才能锁定窗口。</translation>
    </message>
    <message>
        <source>PIN needed</source>
        <translation>需要PIN码</translation>
    </message>
    <message>
        <source>Enter the attendant&apos;s PIN to go on.</source>
        <translation>请输入值班员PIN码继续。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>PIN and lock</source>
        <translation>PIN码与锁屏</translation>
    </message>
    <message>
        <source>Current PIN:</source>
        <translation>当前PIN码：</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4到8位数字</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>新PIN码：</translation>
    </message>
    <message>
        <source>New PIN again:</source>
        <translation>再次输入新PIN码：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>only with Ctrl+L</source>
        <translation>仅按 Ctrl+L 时</translation>
    </message>
    <message>
        <source>Lock when unused for:</source>
        <translation>无操作多久后锁定：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>取消PIN码</translation>
    </message>
    <message>
        <source>A PIN is set: the window locks on Ctrl+L and when unused, and restore asks for it.</source>
        <translation>已设置PIN码：按 Ctrl+L 或长时间无操作时窗口会锁定，恢复备份时也需输入。</translation>
    </message>
    <message>
        <source>No PIN: the window never locks. Set one to protect the ledger on a shared PC.</source>
        <translation>未设置PIN码：窗口不会锁定。在公用电脑上请设置PIN码保护台账。</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>两次输入的新PIN码不一致。</translation>
    </message>
    <message>
        <source>Enter the current PIN to change the lock settings.</source>
        <translation>请输入当前PIN码以更改锁屏设置。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The PIN was removed.</source>
        <translation>PIN码已取消。</translation>
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
        <source>Nothing logged today yet. Choose a service (keys 1–8) and a group, then press Enter.</source>
        <translation>今天还没有登记。选择服务项目（数字键 1–8）和人员类别，然后按 Enter。</translation>
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
        <source>Today: %n visits</source>
        <translation>今日：%n 人次</translation>
    </message>
    <message>
        <source>This month so far: %n visits (same days last month: {before}, {change})</source>
        <translation>本月至今：%n 人次（上月同期：{before}，{change}）</translation>
    </message>
    <message>
        <source>One click:</source>
        <translation>一键登记：</translation>
    </message>
    <message>
        <source>Log this visit now</source>
        <translation>立即登记一条同样的来访</translation>
    </message>
    <message>
        <source> (and %n more on the Supplies screen)</source>
        <translation>（另有 %n 项，见“物资”页面）</translation>
    </message>
    <message>
        <source>Supplies: {alerts}</source>
        <translation>物资：{alerts}</translation>
    </message>
    <message>
        <source>Did it use a part?</source>
        <translation>用了配件吗？</translation>
    </message>
    <message>
        <source>No part</source>
        <translation>未用配件</translation>
    </message>
    <message>
        <source>A card was scanned but the scanner sent no Enter after it: set the scanner to add Enter (see the README). Nothing was logged.</source>
        <translation>扫到了会员卡，但扫码枪没有在码后发送回车：请把扫码枪设为加回车后缀（见说明文档）。未登记任何内容。</translation>
    </message>
    <message>
        <source>Card: {name} ({member}). Choose the services and press Enter.</source>
        <translation>会员卡：{name}（{member}）。请选择服务后按回车。</translation>
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
    <message>
        <source>Visits today: %n</source>
        <translation>今日服务人次：%n</translation>
    </message>
    <message>
        <source>Stock alerts: %n</source>
        <translation>库存提醒：%n</translation>
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
        <source>Supplies</source>
        <translation>物资</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why? (kept in the history)</source>
        <translation>请填写原因（将保存在修改记录中）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <source>Why? (kept in the history)</source>
        <translation>原因（记入修改记录）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>keeper: recovery code for encrypted backups</source>
        <translation>驿站管家：加密备份恢复码</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>生成日期：{day}</translation>
    </message>
    <message>
        <source>Keep this page with the station seal. The backups keeper copies to a USB stick or another folder are encrypted: restoring one on another PC asks for this code. Without it nobody can open those copies, the station included.</source>
        <translation>请将本页与驿站公章放在一起保管。驿站管家复制到U盘或其他文件夹的备份都已加密：在其他电脑上恢复时需要输入这个恢复码。没有它，谁也打不开这些副本，驿站自己也不例外。</translation>
    </message>
    <message>
        <source>Do not keep this page with the USB stick.</source>
        <translation>不要把本页和U盘放在一起。</translation>
    </message>
    <message>
        <source>Save the recovery code page</source>
        <translation>保存恢复码页</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Recovery code for encrypted backups</source>
        <translation>加密备份的恢复码</translation>
    </message>
    <message>
        <source>Backups copied to the USB stick are now encrypted, so a lost stick shows nobody the workers&apos; names and phones. Restoring them on another PC needs this code. It is shown only now: print it or write it down, and keep it with the station seal, not with the stick.</source>
        <translation>复制到U盘的备份从现在起都会加密，U盘丢了也没人能看到劳动者的姓名和手机号。在其他电脑上恢复这些备份需要这个恢复码。它只显示这一次：请打印或抄下来，与驿站公章放在一起，不要和U盘放在一起。</translation>
    </message>
    <message>
        <source>Save the page to print (PDF)…</source>
        <translation>保存为可打印的页面（PDF）…</translation>
    </message>
    <message>
        <source>I have printed or written down the code</source>
        <translation>我已打印或抄下恢复码</translation>
    </message>
    <message>
        <source>Saved as {path}. Print it, then delete the file.</source>
        <translation>已保存为 {path}。打印后请删除该文件。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>{name} is encrypted with a recovery code this PC does not have. Type the code from the recovery code page:</source>
        <translation>{name} 是用本机没有的恢复码加密的。请输入恢复码页上的恢复码：</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>生成新的恢复码…</translation>
    </message>
    <message>
        <source>Encrypt them</source>
        <translation>加密这些副本</translation>
    </message>
    <message>
        <source>Copies in the second place are encrypted with the recovery code.</source>
        <translation>第二位置中的副本已用恢复码加密。</translation>
    </message>
    <message>
        <source>No recovery code yet: copies in the second place are not encrypted.</source>
        <translation>还没有恢复码：第二位置中的副本没有加密。</translation>
    </message>
    <message>
        <source>%n unencrypted copies in {folder} can be read by anyone who finds the stick.</source>
        <translation>{folder} 中有 %n 个未加密副本，捡到U盘的人都能读取。</translation>
    </message>
    <message>
        <source>Enter the PIN to make a new recovery code.</source>
        <translation>请输入PIN码以生成新的恢复码。</translation>
    </message>
    <message>
        <source>Make a new recovery code? Copies already made stay encrypted with the old code: keep its page until they are rotated away.</source>
        <translation>生成新的恢复码？已有的副本仍用旧恢复码加密：在它们被轮换清理之前，请保留旧恢复码页。</translation>
    </message>
    <message>
        <source>%n copies in {folder} still need the old code: {names}</source>
        <translation>{folder} 中有 %n 个副本仍需旧恢复码才能打开：{names}</translation>
    </message>
    <message>
        <source>The new recovery code is in use.</source>
        <translation>新的恢复码已启用。</translation>
    </message>
    <message>
        <source>%n copies replaced by encrypted ones.</source>
        <translation>已将 %n 个副本换成加密副本。</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Monthly report, {month}</source>
        <translation>驿站服务月报 {month}</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>驿站编号</translation>
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
        <source>Visits (person-times)</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Registered visitors</source>
        <translation>服务人数（登记）</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>台账条数</translation>
    </message>
    <message>
        <source>vs last month</source>
        <translation>较上月</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>较去年同月</translation>
    </message>
    <message>
        <source>Busiest day: {day} ({day_visits})   Busiest hour: {hour} ({hour_visits})</source>
        <translation>最忙的一天：{day}（{day_visits} 人次）&#x3000;最忙时段：{hour}（{hour_visits} 人次）</translation>
    </message>
    <message>
        <source>Corrections since the previous revision: {count}</source>
        <translation>上一版报送后的更正：{count} 条</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>每日服务人次</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Visits count the people served; uses count each service they had: a rider who drinks water and rests is 1 visit and 2 uses.</source>
        <translation>说明：服务人次按来访人次计；服务次数按每人次使用的每项服务计，一人次既饮水又休息，计 1 人次、2 服务次数。</translation>
    </message>
    <message>
        <source>Revision {revision}</source>
        <translation>第 {revision} 版</translation>
    </message>
    <message>
        <source>figures up to {day}</source>
        <translation>数据截至 {day}</translation>
    </message>
    <message>
        <source>month not over: a preview</source>
        <translation>月份未结束，仅供预览</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Visitor groups</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>所属平台</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>诉求办理</translation>
    </message>
    <message>
        <source>Received {received}, resolved {resolved}, open {open}, overdue {overdue}.</source>
        <translation>受理 {received} 件，办结 {resolved} 件，未办结 {open} 件，超期 {overdue} 件。</translation>
    </message>
    <message>
        <source>Open and overdue appeals</source>
        <translation>未办结及超期诉求</translation>
    </message>
    <message>
        <source>No open appeals this month.</source>
        <translation>本月无未办结诉求。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转办单位</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Volunteer activities</source>
        <translation>志愿活动</translation>
    </message>
    <message>
        <source>{count} activities, {participants} participants, {hours} volunteer hours.</source>
        <translation>活动 {count} 次，参与 {participants} 人次，志愿服务 {hours} 小时。</translation>
    </message>
    <message>
        <source>Activities this month</source>
        <translation>本月活动</translation>
    </message>
    <message>
        <source>No activities this month.</source>
        <translation>本月无志愿活动。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长（小时）</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <source>Prepared by (signature)</source>
        <translation>填报人签字</translation>
    </message>
    <message>
        <source>Reviewed by (signature)</source>
        <translation>审核人签字</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>盖章</translation>
    </message>
    <message>
        <source>Station key fingerprint: {fingerprint}</source>
        <translation>驿站密钥指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>Generated by keeper on {when}</source>
        <translation>驿站管家生成于 {when}</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>ReportStock</name>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Supplies and donations</source>
        <translation>物资与爱心互献</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物资</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>期初</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Count difference</source>
        <translation>盘点差异</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>期末</translation>
    </message>
    <message>
        <source>Donated goods (爱心互献): {received} received, {claimed} claimed.</source>
        <translation>爱心互献物资：接收 {received} 件，领取 {claimed} 件。</translation>
    </message>
    <message>
        <source>Issued is net of what corrected or voided visits gave back; a count difference is what a stocktake found missing (−) or extra (+).</source>
        <translation>发放已扣除更正或作废的登记退回的数量；盘点差异为盘点时发现的短少（−）或多出（+）。</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
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
        <source>Monthly report, {month}</source>
        <translation>驿站服务月报 {month}</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>驿站名称</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>驿站编号</translation>
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
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
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
        <source>Change vs last month</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <source>Change vs last year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Visits (person-times)</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Registered visitors who came</source>
        <translation>服务人数（登记访客）</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>新登记人数</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>台账登记条数</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>最忙的一天</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>最忙时段</translation>
    </message>
    <message>
        <source>Corrections since the previous revision</source>
        <translation>上一版报送后的更正</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Visits count the people served; uses count each service they had: a rider who drinks water and rests is 1 visit and 2 uses.</source>
        <translation>说明：服务人次按来访人次计；服务次数按每人次使用的每项服务计，一人次既饮水又休息，计 1 人次、2 服务次数。</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Revision {revision}</source>
        <translation>第 {revision} 版</translation>
    </message>
    <message>
        <source>Figures up to</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Visitor groups</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>所属平台</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>No platform recorded this month.</source>
        <translation>本月未登记平台。</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>每日服务人次</translation>
    </message>
    <message>
        <source>Visits per hour</source>
        <translation>各时段服务人次</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Uses per service</source>
        <translation>各服务项目服务次数</translation>
    </message>
    <message>
        <source>Visits per group</source>
        <translation>各人员类别人次</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Category: {name}</source>
        <translation>类别：{name}</translation>
    </message>
    <message>
        <source>Volunteer activities</source>
        <translation>志愿活动</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>开展活动次数</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长（小时）</translation>
    </message>
    <message>
        <source>Type: {name}</source>
        <translation>类型：{name}</translation>
    </message>
    <message>
        <source>Entry no.</source>
        <translation>登记号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <source>Reason voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>import undone</source>
        <translation>导入已撤销</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转办单位</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>People helped</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>活动简述</translation>
    </message>
    <message>
        <source>No appeals this month.</source>
        <translation>本月无诉求。</translation>
    </message>
    <message>
        <source>No activities this month.</source>
        <translation>本月无志愿活动。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Report for the district</source>
        <translation>报送辖区的月报</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Names, phones and notes in the workbook (a copy that stays at the station; the district&apos;s copy never has them)</source>
        <translation>工作簿含姓名、手机号和备注（仅留存驿站；报送辖区的版本从不包含）</translation>
    </message>
    <message>
        <source>Write into:</source>
        <translation>写入：</translation>
    </message>
    <message>
        <source>Export Excel, PDF and bundle</source>
        <translation>导出 Excel、PDF 和报送数据包</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Close this month</source>
        <translation>关闭本月</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Exported before:</source>
        <translation>导出记录：</translation>
    </message>
    <message>
        <source>The month&apos;s figures</source>
        <translation>本月数据</translation>
    </message>
    <message>
        <source>Visits (person-times)</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Registered visitors who came</source>
        <translation>来访登记人员（人数）</translation>
    </message>
    <message>
        <source>Busiest day: {day} ({visits}). Busiest hour: {hour}.</source>
        <translation>最忙的一天：{day}（{visits} 人次）。最忙时段：{hour}。</translation>
    </message>
    <message>
        <source>Uses per service</source>
        <translation>各服务项目服务次数</translation>
    </message>
    <message>
        <source>Visits per group</source>
        <translation>各人员类别人次</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>新增登记</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>台账条数</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <source>Corrections since the previous revision: {corrections}.</source>
        <translation>上一版报送后的更正：{corrections} 条。</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>每日人次</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Exported, not closed</source>
        <translation>已导出，未关闭</translation>
    </message>
    <message>
        <source>Not exported yet</source>
        <translation>尚未导出</translation>
    </message>
    <message>
        <source>Where to write the report (e.g. a USB stick)</source>
        <translation>报表写到哪里（例如 U 盘）</translation>
    </message>
    <message>
        <source>Written (revision {revision}): {files}</source>
        <translation>已写入（第 {revision} 版）：{files}</translation>
    </message>
    <message>
        <source>Written as a preview (the month is not over, figures up to {day}): {files}</source>
        <translation>已生成预览（本月尚未结束，数据截至 {day}）：{files}</translation>
    </message>
    <message>
        <source>Reopening a closed month</source>
        <translation>重新打开已关闭的月份</translation>
    </message>
    <message>
        <source>Reopen the month</source>
        <translation>重新打开该月</translation>
    </message>
    <message>
        <source>Why? (kept in the history)</source>
        <translation>请填写原因（将保存在修改记录中）</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Import a roster of registered workers</source>
        <translation>导入登记人员花名册</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a header row: 姓名, 手机号 and, if known, 身份, 平台, 党员, 志愿者, 报到日期.</source>
        <translation>带表头的 CSV 或 Excel 文件：姓名、手机号，以及（如有）身份、平台、党员、志愿者、报到日期。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Party / volunteer</source>
        <translation>党员/志愿者</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>花名册文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
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
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>Row {row} (note): {reason}</source>
        <translation>第 {row} 行（提示）：{reason}</translation>
    </message>
    <message>
        <source>%n rows cannot be imported (listed below). Correct them in the file and choose it again: nothing is imported until every row is right.</source>
        <translation>有 %n 行无法导入（见下方列表）。请在文件中改正后重新选择：所有行都正确之前不会导入任何内容。</translation>
    </message>
    <message>
        <source>%n rows ready. Known mobile numbers update their record; new ones are registered.</source>
        <translation>%n 行已就绪。已有手机号将更新原记录，新手机号将新登记。</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {same} unchanged.</source>
        <translation>已导入：新增 {added} 人，更新 {updated} 人，{same} 人无变化。</translation>
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
        <source>Logging visits</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>After each visit, go back to the usual visitor group</source>
        <translation>每次登记后，人员类别回到最常见的类别</translation>
    </message>
    <message>
        <source>The usual group is the one this station served most in the last 30 days. Untick it to keep the last visit&apos;s group, e.g. while typing in a paper sheet of one group.</source>
        <translation>最常见的类别指本驿站近 30 天服务人次最多的人员类别。取消勾选则保留上一条登记的类别，例如补录同一类人员的纸质登记表时。</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Erase names and phones after:</source>
        <translation>多久后删除姓名和手机号：</translation>
    </message>
    <message>
        <source>A registered worker who has not come for this long has their name and mobile number erased when keeper starts; their visits stay in the figures without a name. Each erasure is recorded.</source>
        <translation>登记人员超过这段时间未来访，驿站管家启动时将删除其姓名和手机号；其来访记录仍计入统计，但不再关联姓名。每次删除都有记录。</translation>
    </message>
    <message>
        <source>Changing the station profile</source>
        <translation>修改驿站信息</translation>
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
    <message>
        <source>* must be filled in</source>
        <translation>* 为必填项</translation>
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
    <name>Supplies</name>
    <message>
        <source>{item}: {quantity} expired on {day}, discard them</source>
        <translation>{item}：{quantity} 件已于 {day} 过期，请报损</translation>
    </message>
    <message>
        <source>{item}: out of stock</source>
        <translation>{item}：已无库存</translation>
    </message>
    <message>
        <source>{item}: {quantity} expire on {day}</source>
        <translation>{item}：{quantity} 件将于 {day} 到期</translation>
    </message>
    <message>
        <source>{item}: only {quantity} left (minimum {minimum})</source>
        <translation>{item}：仅剩 {quantity}（最低 {minimum}）</translation>
    </message>
    <message>
        <source>{item} (hidden)</source>
        <translation>{item}（已隐藏）</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>饮品</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>应急药品</translation>
    </message>
    <message>
        <source>Repair parts</source>
        <translation>维修配件</translation>
    </message>
    <message>
        <source>Loan items</source>
        <translation>借用物品</translation>
    </message>
    <message>
        <source>Donations (爱心互献)</source>
        <translation>爱心互献</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>a visit at {day}</source>
        <translation>{day} 的登记</translation>
    </message>
    <message>
        <source>Anonymous donor</source>
        <translation>匿名捐赠</translation>
    </message>
</context>
<context>
    <name>SuppliesScreen</name>
    <message>
        <source>Receive…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>发放…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>报损…</translation>
    </message>
    <message>
        <source>Count…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <source>Items and services…</source>
        <translation>物资与服务…</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>需要处理：</translation>
    </message>
    <message>
        <source>Nothing is low, out or expiring.</source>
        <translation>没有库存不足、缺货或即将过期的物资。</translation>
    </message>
    <message>
        <source>Movements of {item}</source>
        <translation>{item}的出入库记录</translation>
    </message>
</context>
<context>
    <name>SupplyDialog</name>
    <message>
        <source>Receive stock</source>
        <translation>物资入库</translation>
    </message>
    <message>
        <source>Record receipt</source>
        <translation>登记入库</translation>
    </message>
    <message>
        <source>Issue stock</source>
        <translation>发放物资</translation>
    </message>
    <message>
        <source>Record issue</source>
        <translation>登记发放</translation>
    </message>
    <message>
        <source>Discard stock</source>
        <translation>物资报损</translation>
    </message>
    <message>
        <source>Record discard</source>
        <translation>登记报损</translation>
    </message>
    <message>
        <source>Count stock</source>
        <translation>盘点物资</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>登记盘点</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>物资：</translation>
    </message>
    <message>
        <source>Counted on the shelf:</source>
        <translation>实际清点数：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Donated by</source>
        <translation>捐赠人</translation>
    </message>
    <message>
        <source>name, or empty: anonymous</source>
        <translation>姓名或单位，留空为匿名</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Why? Expired, damaged … (required)</source>
        <translation>原因：过期、损坏 …（必填）</translation>
    </message>
    <message>
        <source>on hand: {quantity} {unit}</source>
        <translation>现有库存：{quantity} {unit}</translation>
    </message>
</context>
<context>
    <name>SupplyItems</name>
    <message>
        <source>Items and services</source>
        <translation>物资与服务</translation>
    </message>
    <message>
        <source>a new item&apos;s code, e.g. mask</source>
        <translation>新物资代码，如 mask</translation>
    </message>
    <message>
        <source>Below this, the log screen and the status bar say so.</source>
        <translation>低于此数时，登记页和状态栏会提醒。</translation>
    </message>
    <message>
        <source>Has expiry dates</source>
        <translation>有有效期</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
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
        <source>Unit (zh / en):</source>
        <translation>单位（中/英）：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Minimum on hand:</source>
        <translation>最低库存：</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>保存物资</translation>
    </message>
    <message>
        <source>Add as a new item</source>
        <translation>添加为新物资</translation>
    </message>
    <message>
        <source>Services that use this item</source>
        <translation>使用该物资的服务</translation>
    </message>
    <message>
        <source>ask which</source>
        <translation>询问配件</translation>
    </message>
    <message>
        <source>How many each person served takes; &quot;ask which&quot;: after the visit the log screen offers the parts to choose (repairs).</source>
        <translation>每服务一人次使用的数量；“询问配件”：登记后登记页会列出配件供选择（维修）。</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Warn this many days before a lot expires:</source>
        <translation>批次到期前多少天提醒：</translation>
    </message>
    <message>
        <source>{service}: {quantity} per person</source>
        <translation>{service}：每人次 {quantity}</translation>
    </message>
    <message>
        <source>{service}: ask which</source>
        <translation>{service}：询问配件</translation>
    </message>
    <message>
        <source>Changing the supplies list</source>
        <translation>修改物资清单</translation>
    </message>
</context>
<context>
    <name>SupplyTable</name>
    <message>
        <source>Item</source>
        <translation>物资</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>最近到期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Lot expires</source>
        <translation>批次有效期</translation>
    </message>
    <message>
        <source>Donor or visit</source>
        <translation>捐赠人或登记</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message>
        <source>New volunteer team</source>
        <translation>新建志愿服务队</translation>
    </message>
    <message>
        <source>Rename the team</source>
        <translation>服务队改名</translation>
    </message>
    <message>
        <source>E.g. Wangjing riders&apos; volunteer patrol</source>
        <translation>例如：望京骑手志愿巡防队</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation>队长：</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>添加队员</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>队员：</translation>
    </message>
    <message>
        <source>Joined on:</source>
        <translation>入队日期：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Find the person in the directory first.</source>
        <translation>请先在访客名录中找到此人。</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>新建服务队…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>No volunteer teams yet. Create one with “New team…” and add its members from the directory.</source>
        <translation>还没有志愿服务队。用“新建服务队…”创建，并从访客名录中添加队员。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>No members yet: add them with “Add a member…”.</source>
        <translation>还没有队员：用“添加队员…”添加。</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>添加队员…</translation>
    </message>
    <message>
        <source>Remove from the team…</source>
        <translation>移出本队…</translation>
    </message>
    <message>
        <source>Make leader</source>
        <translation>设为队长</translation>
    </message>
    <message>
        <source>Activity history</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>{name}  ({members})</source>
        <translation>{name}（{members} 人）</translation>
    </message>
    <message>
        <source>Leader: {name}</source>
        <translation>队长：{name}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Choose a member to see the activities they took part in.</source>
        <translation>选择一名队员，查看其参加过的活动。</translation>
    </message>
    <message>
        <source>{name}: %n activities, {hours} volunteer hours</source>
        <translation>{name}：参加活动 %n 次，志愿服务 {hours} 小时</translation>
    </message>
    <message>
        <source>{name} has not taken part in an activity yet.</source>
        <translation>{name} 还没有参加过活动。</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>移出本队</translation>
    </message>
    <message>
        <source>Remove {name} from the team? Their past activities stay.</source>
        <translation>将 {name} 移出本队？其以往的活动记录会保留。</translation>
    </message>
</context>
<context>
    <name>VisitDialogs</name>
    <message>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Correct the visit of {visit}</source>
        <translation>更正登记：{visit}</translation>
    </message>
    <message>
        <source>Restore the visit of {visit}</source>
        <translation>恢复登记：{visit}</translation>
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
        <source>Void the visit of {visit}</source>
        <translation>作废登记：{visit}</translation>
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
        <source>People</source>
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
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>{when}, {group} · {services}</source>
        <translation>{when}，{group} · {services}</translation>
    </message>
    <message>
        <source>History of a visit</source>
        <translation>登记的修改记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>(undone at once)</source>
        <translation>（登记后立即撤销）</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
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
        <source>Voided: import undone</source>
        <translation>已作废：导入已撤销</translation>
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
        <source>Visit #{id}</source>
        <translation>第 {id} 条登记</translation>
    </message>
    <message>
        <source>Appeal #{id}</source>
        <translation>诉求 #{id}</translation>
    </message>
    <message>
        <source>Activity #{id}</source>
        <translation>活动 #{id}</translation>
    </message>
    <message>
        <source>Person #{id}</source>
        <translation>人员 #{id}</translation>
    </message>
    <message>
        <source>Team #{id}</source>
        <translation>服务队 #{id}</translation>
    </message>
    <message>
        <source>Correction #{id}</source>
        <translation>更正 #{id}</translation>
    </message>
    <message>
        <source>History entry #{id}</source>
        <translation>修改记录 #{id}</translation>
    </message>
    <message>
        <source>Supplies entry #{id}</source>
        <translation>物资记录 #{id}</translation>
    </message>
    <message>
        <source>Their name or phone is also written in %n places; it is replaced by ■■■ there:</source>
        <translation>此人的姓名或手机号还写在以下 %n 处，将替换为 ■■■：</translation>
    </message>
    <message>
        <source>Their name and phone are not written in any note, appeal, story or history entry.</source>
        <translation>备注、诉求、事迹和修改记录中都没有写此人的姓名和手机号。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>After erasing</source>
        <translation>删除后</translation>
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
    <name>VisitorCards</name>
    <message>
        <source>Save the member cards</source>
        <translation>保存会员卡</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Everyone already has a card: nothing to print.</source>
        <translation>每个人都已有卡，无需打印。</translation>
    </message>
    <message>
        <source>Nobody chosen can have a card (no member number, or erased).</source>
        <translation>所选的人都不能办卡（没有会员编号或已删除）。</translation>
    </message>
    <message>
        <source>Printing was cancelled: no file written, no card issued.</source>
        <translation>已取消打印：没有写入文件，也没有发卡。</translation>
    </message>
    <message>
        <source>The cards could not be written to {path}: {reason}</source>
        <translation>无法把会员卡写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>{cards} cards on {pages} pages written to {path}</source>
        <translation>已把 {cards} 张卡（{pages} 页）写入 {path}</translation>
    </message>
    <message>
        <source>Drawing {count} member cards…</source>
        <translation>正在生成 {count} 张会员卡…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reissue a lost card</source>
        <translation>补办遗失的会员卡</translation>
    </message>
    <message>
        <source>{name} gets a card with a new number. The old card then says &quot;this card was replaced&quot; when scanned. Print the new card afterwards.</source>
        <translation>{name} 将得到一张新编号的卡。之后扫描旧卡会提示“此卡已被替换”。补办后请打印新卡。</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>补办</translation>
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
        <translation>姓名</translation>
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
        <source>Party / volunteer</source>
        <translation>党员/志愿者</translation>
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
        <source>Import a roster…</source>
        <translation>导入花名册…</translation>
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
        <source>Party / volunteer:</source>
        <translation>党员/志愿者：</translation>
    </message>
    <message>
        <source>Correct details…</source>
        <translation>更正个人信息…</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>报到日期：</translation>
    </message>
    <message>
        <source>Print cards for all without one…</source>
        <translation>为所有无卡者打印…</translation>
    </message>
    <message>
        <source>Print member cards for everyone who has none yet</source>
        <translation>为所有还没有会员卡的人打印</translation>
    </message>
    <message>
        <source>Member card:</source>
        <translation>会员卡：</translation>
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
        <source>Merge a duplicate…</source>
        <translation>合并重复记录…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>删除此人信息…</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>打印会员卡…</translation>
    </message>
    <message>
        <source>Print the cards of everyone selected in the list</source>
        <translation>打印列表中所有选中人员的会员卡</translation>
    </message>
    <message>
        <source>Reissue a lost card…</source>
        <translation>补办遗失的卡…</translation>
    </message>
    <message>
        <source>Correct visit…</source>
        <translation>更正这次来访…</translation>
    </message>
    <message>
        <source>%n people</source>
        <translation>共 %n 人</translation>
    </message>
    <message>
        <source>Choose someone in the list, or search above.</source>
        <translation>请在列表中选择一人，或在上方搜索。</translation>
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
        <source>no. {serial}</source>
        <translation>第 {serial} 张</translation>
    </message>
    <message>
        <source>none printed yet</source>
        <translation>尚未打印</translation>
    </message>
    <message>
        <source>%n visits, first {first}, last {last}</source>
        <translation>%n 人次，首次 {first}，最近 {last}</translation>
    </message>
    <message>
        <source>Erasing a person&apos;s data</source>
        <translation>删除个人信息</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可不填</translation>
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
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Rename the selected</source>
        <translation>修改所选名称</translation>
    </message>
    <message>
        <source>Hide / show the selected</source>
        <translation>隐藏/显示所选</translation>
    </message>
    <message>
        <source>no (hidden)</source>
        <translation>否（已隐藏）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
</TS>
