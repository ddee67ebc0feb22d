<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/pages/staff_dialogs.py" line="+75"/>
        <source>New staff account</source>
        <translation>新建员工账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit {user}</source>
        <translation>编辑 {user}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the user name, if left empty</source>
        <translation>留空则使用用户名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— choose a store —</source>
        <translation>— 选择门店 —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— choose a region —</source>
        <translation>— 选择区域 —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>leave empty to keep the password</source>
        <translation>留空则保留原密码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter a user name: up to 64 characters, no spaces.</source>
        <translation>请输入用户名：最多 64 个字符，不含空格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clerk or store manager needs a store.</source>
        <translation>店员或店长必须属于一家门店。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A regional manager needs a region.</source>
        <translation>区域经理必须属于一个区域。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing was changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Works in one store; the region follows the store.</source>
        <translation>在一家门店工作；区域随门店而定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works for every store of one region.</source>
        <translation>负责一个区域的所有门店。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works for the whole chain (no store, no region).</source>
        <translation>负责整个连锁（不属于门店或区域）。</translation>
    </message>
</context>
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../desktop/member_dialogs.py" line="+118"/>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({code}) has {available:,} points available.</source>
        <translation>{name}（{code}）当前可用积分 {available:,}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Positive adds points, negative takes them away</source>
        <translation>正数为增加积分，负数为扣减积分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. goodwill for a late delivery, ticket 2031</source>
        <translation>例如：配送延误补偿，工单 2031</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points (+ or −)</source>
        <translation>积分（+ 或 −）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the number of points to add (or, with −, to take).</source>
        <translation>请输入要增加的积分数（扣减请加 −）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the points are adjusted: the reason is kept.</source>
        <translation>请填写调整原因，原因将被记录。</translation>
    </message>
</context>
<context>
    <name>AdminAccess</name>
    <message>
        <location filename="../../desktop/pages/admin_access.py" line="+56"/>
        <source>This page works on the central server&apos;s data; this database is standalone, so it cannot be used here.</source>
        <translation>此页面使用中央服务器的数据；本数据库为独立数据库，无法在此使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Central server {url}, signed in as {user}.</source>
        <translation>中央服务器 {url}，已登录为 {user}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Central server {url}: sign in as an administrator.</source>
        <translation>中央服务器 {url}：请以管理员身份登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in as someone else…</source>
        <translation>以其他身份登录…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an administrator may use this page; {user} is not one. Sign in as an administrator to continue.</source>
        <translation>只有管理员可以使用此页面；{user} 不是管理员。请以管理员身份登录后继续。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your sign-in has expired: sign in again.</source>
        <translation>登录已过期：请重新登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator may do this.</source>
        <translation>只有管理员可以执行此操作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central server refused: {reason}</source>
        <translation>中央服务器拒绝了请求：{reason}</translation>
    </message>
</context>
<context>
    <name>AttentionFactsPane</name>
    <message>
        <location filename="../../desktop/pages/attention.py" line="+219"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open member</source>
        <translation>打开会员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an item to see its facts.</source>
        <translation>选择一条记录查看详情。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server said: {reason}</source>
        <translation>服务器答复：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open: resolve it on the server</source>
        <translation>待处理：请在服务器上处理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved {when} by {who}: {how}</source>
        <translation>{who} 于 {when} 已处理：{how}</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location line="-227"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing needs attention.</source>
        <translation>没有需要处理的事项。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No items.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} items shown; scroll for more</source>
        <translation>已显示 {count} 条，向下滚动查看更多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} items need attention</source>
        <translation>{count} 条待处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} items</source>
        <translation>{count} 条</translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../ui/attention_model.py" line="+101"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the server said</source>
        <translation>服务器答复</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Command: {command}</source>
        <translation>操作：{command}</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../desktop/pages/audit_log.py" line="+56"/>
        <source>Signed in</source>
        <extracomment>The actions the server writes (``server/routes/*``), in the words of the interface.</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account created</source>
        <translation>创建员工账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account changed</source>
        <translation>修改员工账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN reset</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own PIN set</source>
        <translation>设置本人 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device enrolled</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device revoked</source>
        <translation>吊销设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier changed</source>
        <translation>修改等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier ladder changed</source>
        <translation>修改等级体系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier policy changed</source>
        <translation>修改等级规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit changed</source>
        <translation>修改权益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point rules published</source>
        <translation>发布积分规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward created</source>
        <translation>创建兑换礼品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward changed</source>
        <translation>修改兑换礼品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock allocated</source>
        <translation>分配库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention item resolved</source>
        <translation>处理待办事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member&apos;s contact details revealed</source>
        <translation>查看会员完整联系方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job run</source>
        <translation>运行作业</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>anyone (a user name)</source>
        <extracomment>Detail fields that name what an entry is about, most telling first.</extracomment>
        <translation>任何人（用户名）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Load older</source>
        <translation>加载更早记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not signed in: no entries to show.</source>
        <translation>未登录：没有可显示的记录。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{n} entries written to {path}.</source>
        <translation>已将 {n} 条记录写入 {path}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{n} entries, newest first.</source>
        <translation>共 {n} 条记录，最新的在前。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} newest entries; older ones follow with “Load older”.</source>
        <translation>最新的 {n} 条记录；点击“加载更早记录”查看更早的。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No entries match.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{action} by {actor} at {time}</source>
        <translation>{actor} 于 {time}：{action}</translation>
    </message>
</context>
<context>
    <name>BenefitUsesModel</name>
    <message>
        <location filename="../../desktop/member_benefits_tab.py" line="+93"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit</source>
        <translation>权益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
</context>
<context>
    <name>BenefitsModel</name>
    <message>
        <location line="-71"/>
        <source>today ({key})</source>
        <translation>今天（{key}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this week ({key})</source>
        <translation>本周（{key}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this month ({key})</source>
        <translation>本月（{key}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this year ({key})</source>
        <translation>本年（{key}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this membership year</source>
        <translation>本会员年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ever</source>
        <translation>永久</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{percent}% off every purchase</source>
        <translation>每笔消费 {percent}% 折扣</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points ×{times}</source>
        <translation>积分 ×{times}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Birthday gift: {points:,} points</source>
        <translation>生日礼：{points:,} 积分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday gift</source>
        <translation>生日礼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free-shipping coupon</source>
        <translation>包邮券</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority service</source>
        <translation>优先服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no longer in the rulebook)</source>
        <translation>（规则中已无此权益）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Benefit</source>
        <translation>权益</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quota period</source>
        <translation>额度周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no quota</source>
        <translation>不限次数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{left} of {quota}</source>
        <translation>{left} / {quota}</translation>
    </message>
</context>
<context>
    <name>BenefitsTab</name>
    <message>
        <location line="+52"/>
        <source>Uses, newest first</source>
        <translation>使用记录（最新在前）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant the selected benefit</source>
        <translation>发放所选权益</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday gifts and free-shipping coupons are handed out on request.</source>
        <translation>生日礼和包邮券应会员要求发放。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Benefits of {tier}</source>
        <translation>{tier}权益</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {tier} tier has no benefits.</source>
        <translation>{tier}等级没有权益。</translation>
    </message>
</context>
<context>
    <name>CancelRedemptionDialog</name>
    <message>
        <location filename="../../desktop/member_dialogs.py" line="+61"/>
        <location line="+20"/>
        <source>Cancel redemption</source>
        <translation>取消兑换</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cancel {reward} × {qty} redeemed on {when}: {points:,} points go back to the member and the reward back to stock.</source>
        <translation>取消 {when} 兑换的 {reward} × {qty}：{points:,} 积分退还会员，礼品退回库存。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>不取消</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give a reason: it is kept with the change.</source>
        <translation>请填写原因，原因将随此次变更一并记录。</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../desktop/pages/mall/catalog.py" line="+102"/>
        <source>Search SKU, name or category</source>
        <translation>搜索 SKU、名称或类别</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reward</source>
        <translation>奖品</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points price</source>
        <translation>积分价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash (¥)</source>
        <translation>现金（¥）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 or e.g. 12.50</source>
        <translation>0 或如 12.50</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Stock</source>
        <translation>库存方式</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Central stock</source>
        <translation>总部库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit per member</source>
        <translation>每人限兑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: no limit</source>
        <translation>留空：不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>YYYY-MM-DD, empty: open</source>
        <translation>YYYY-MM-DD，留空：不限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier restriction</source>
        <translation>等级限制</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Coupon template</source>
        <translation>优惠券模板</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>On the shelf</source>
        <translation>上架</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+137"/>
        <source>New reward</source>
        <translation>新建奖品</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Save to the central server</source>
        <translation>保存到中央服务器</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Store stock</source>
        <translation>门店库存</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>items the store holds</source>
        <translation>门店持有件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>any tier</source>
        <translation>任何等级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tier} and above</source>
        <translation>{tier}及以上</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+75"/>
        <location line="+61"/>
        <source>Reward {sku}</source>
        <translation>奖品 {sku}</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+15"/>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>未发送任何内容：请更正标红的字段。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>This reward is no longer in the catalog.</source>
        <translation>该奖品已不在目录中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no changes to save.</source>
        <translation>没有需要保存的更改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+62"/>
        <source>Not signed in: nothing was saved.</source>
        <translation>未登录：未保存任何内容。</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reward {sku} saved on the central server. The catalog shows it after the next sync.</source>
        <translation>奖品 {sku} 已保存到中央服务器。下次同步后目录中即可看到。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a reward with stock per store first.</source>
        <translation>请先选择按门店分配库存的奖品。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quantity: {problem}. Nothing was sent.</source>
        <translation>数量：{problem}。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{store} now holds {quantity} of {sku} (was {previous}). The table shows it after the next sync.</source>
        <translation>{store} 现持有 {sku} {quantity} 件（原为 {previous}）。下次同步后表格中即可看到。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Image: {problem}. The image was not changed.</source>
        <translation>图片：{problem}。图片未更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{shown} of {total} rewards</source>
        <translation>共 {total} 个奖品，显示 {shown} 个</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{user} may not make this change to the points mall.</source>
        <translation>{user} 无权对积分商城做此更改。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Select a reward with stock per store to allocate its stock.</source>
        <translation>选择按门店分配库存的奖品以分配其库存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sku} does not use stock per store.</source>
        <translation>{sku} 不按门店分配库存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sku}: no store holds any yet.</source>
        <translation>{sku}：尚无门店持有库存。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: a reward with this SKU exists</source>
        <translation>{field}：已存在该 SKU 的奖品</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/charts.py" line="+108"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as an image, or its data</source>
        <translation>将图表保存为图片，或导出其数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image (PNG)…</source>
        <translation>图片（PNG）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as CSV…</source>
        <translation>数据（CSV）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as Excel (XLSX)…</source>
        <translation>数据（Excel XLSX）…</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {path}
{why}</source>
        <translation>未保存：{path}
{why}</translation>
    </message>
</context>
<context>
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../pos/checkout.py" line="+95"/>
        <source>Scan the member card, or type member no. / mobile, then Enter</source>
        <translation>扫描会员码，或输入会员号／手机号后按回车</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Scan a member card to begin</source>
        <translation>请扫描会员码</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up</source>
        <translation>查会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol</source>
        <translation>入会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most points</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>结账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No sale to print yet.</source>
        <translation>还没有可打印的交易。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The receipt could not be printed: {error}</source>
        <translation>小票打印失败：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printed: {where}</source>
        <translation>小票已打印：{where}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+139"/>
        <source>Scan the member card first.</source>
        <translation>请先扫描会员码。</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+6"/>
        <source>Scanned: {text}</source>
        <translation>扫描内容：{text}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Type the amount of the sale first.</source>
        <translation>请先输入本单金额。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not completed: nothing was recorded and no points were spent.</source>
        <translation>未结账：没有记录任何交易，也没有扣减积分。</translation>
    </message>
    <message>
        <location filename="../../pos/outcomes.py" line="+19"/>
        <source>Sale {receipt} recorded: paid {paid}. Earned {earned:,} points, paid with {spent:,} points. Member {code} now has {available:,} points available.</source>
        <translation>已结账 {receipt}：实付 {paid}。获得 {earned:,} 积分，抵用 {spent:,} 积分。会员 {code} 现有可用积分 {available:,}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(pending sync)</source>
        <translation>（待同步）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redeemed {qty} × {name} for {points:,} points.</source>
        <translation>已兑换 {qty} × {name}，扣 {points:,} 积分。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refunded {amount} of sale {receipt}: {reversed:,} points taken back, {returned:,} points given back.</source>
        <translation>已退货 {amount}（小票 {receipt}）：扣回 {reversed:,} 积分，退还 {returned:,} 积分。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Points debt: {points:,}.</source>
        <translation>积分欠款：{points:,}。</translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <location filename="../../desktop/bulk_dialogs.py" line="+152"/>
        <source>Issue a coupon</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} coupons will be issued, one to each member.</source>
        <translation>将发放 {count} 张优惠券，每位会员一张。</translation>
    </message>
</context>
<context>
    <name>CouponsModel</name>
    <message>
        <location filename="../../desktop/record_tables.py" line="+173"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>used {when}</source>
        <translation>已使用 {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usable</source>
        <translation>可使用</translation>
    </message>
</context>
<context>
    <name>CouponsPage</name>
    <message>
        <location filename="../../desktop/pages/coupons.py" line="+51"/>
        <source>amount off</source>
        <translation>满减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent off</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free shipping</source>
        <translation>包邮</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long (at most 100 characters)</source>
        <translation>太长（最多 100 个字符）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains control characters</source>
        <translation>含有控制字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an amount in yuan (for example 12.50)</source>
        <translation>不是以元为单位的金额（例如 12.50）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a percentage (for example 15 or 12.5, meaning % off)</source>
        <translation>不是百分比（例如 15 或 12.5，表示减免的百分比）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too small</source>
        <translation>太小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>takes off more than the minimum spend it needs</source>
        <translation>减免金额超过了使用门槛</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another template has this name</source>
        <translation>已有同名的模板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} off</source>
        <translation>减 {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent}% off ({zhe}折)</source>
        <translation>减 {percent}%（{zhe}折）</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+47"/>
        <location line="+101"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 满300减50</source>
        <translation>例如 满300减50</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Amount off (¥)</source>
        <translation>减免金额（¥）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 50 or 12.50</source>
        <translation>例如 50 或 12.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent off (%)</source>
        <translation>减免百分比（%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 means 15% off (85折)</source>
        <translation>15 表示减 15%（85折）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum spend (¥)</source>
        <translation>使用门槛（¥）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: no minimum</source>
        <translation>留空：无门槛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for (days)</source>
        <translation>有效天数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days from when it is issued</source>
        <translation>自发放之日起的天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be issued</source>
        <translation>可发放</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A change of amounts applies to unused coupons already issued; a change of validity to coupons issued from now on.</source>
        <translation>修改金额会作用于已发放但未使用的券；修改有效期只作用于此后发放的券。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save to the central server</source>
        <translation>保存到中心服务器</translation>
    </message>
    <message>
        <location line="+119"/>
        <location line="+71"/>
        <source>Template {name} ({id})</source>
        <translation>模板 {name}（{id}）</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>未发送任何内容：请更正标红的字段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This template is no longer in the local copy.</source>
        <translation>本地副本中已没有这个模板。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no changes to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving needs a connection to the central server; this database is standalone. Nothing was saved.</source>
        <translation>保存需要连接中心服务器；此数据库是独立的。未保存任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not signed in: nothing was saved.</source>
        <translation>未登录：未保存任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Template {name} ({id}) saved on the central server. The table shows it after the next sync.</source>
        <translation>模板 {name}（{id}）已保存到中心服务器。下次同步后表格中会显示。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{total} templates, {active} may be issued</source>
        <translation>共 {total} 个模板，{active} 个可发放</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The local copy cannot be read: {error}</source>
        <translation>无法读取本地副本：{error}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fixed: coupons of this template have been issued.</source>
        <translation>已固定：此模板的优惠券已经发放。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on a spend of {amount} or more</source>
        <translation>消费满 {amount} 可用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on any spend</source>
        <translation>无门槛</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} off {spend}</source>
        <translation>减 {amount}，{spend}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{percent}% off (pays {zhe}折) {spend}</source>
        <translation>减 {percent}%（{zhe}折），{spend}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>free shipping {spend}</source>
        <translation>包邮，{spend}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{user} may not change coupon templates (back office or admin only).</source>
        <translation>{user} 无权修改优惠券模板（仅限总部或管理员）。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/pages/dashboards/base.py" line="+58"/>
        <source>Computing the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The figures could not be read (see the log). Try again.</source>
        <translation>无法读取数据（详见日志），请重试。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no home store)</source>
        <translation>（无所属门店）</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <location filename="../../ui/widgets/dashboard_filter_bar.py" line="+52"/>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <location filename="../../desktop/pages/dashboards/__init__.py" line="+64"/>
        <source>Dashboards</source>
        <translation>经营看板</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points health</source>
        <translation>积分健康度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points mall</source>
        <translation>积分商城</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM &amp; churn</source>
        <translation>RFM 与流失预警</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This device holds region {regions}: the figures are of its members.</source>
        <translation>本设备保存区域 {regions} 的数据：数字仅含该区域会员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures of every member this database holds.</source>
        <translation>本数据库中全部会员的数据。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../pos/enrol_dialog.py" line="+43"/>
        <source>Enrol a new member</source>
        <translation>新会员入会</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>11-digit mobile number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile *</source>
        <translation>手机号 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrol</source>
        <translation>入会</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number is required.</source>
        <translation>请填写手机号。</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <location filename="../../ui/widgets/figure_table.py" line="+64"/>
        <source>Export</source>
        <extracomment>(shown text, exported value)</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as CSV…</source>
        <translation>数据（CSV）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as Excel (XLSX)…</source>
        <translation>数据（Excel XLSX）…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {path}
{why}</source>
        <translation>未保存：{path}
{why}</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <location filename="../../desktop/member_dialogs.py" line="-68"/>
        <source>Freeze points</source>
        <translation>冻结积分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While frozen, {name} ({code}) earns no points and cannot spend any.</source>
        <translation>冻结期间，{name}（{code}）不能获得积分，也不能使用积分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unfreeze points</source>
        <translation>解冻积分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({code}) will earn and spend points again.</source>
        <translation>{name}（{code}）将恢复获得和使用积分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unfreeze</source>
        <translation>解冻</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give a reason: it is kept with the change.</source>
        <translation>请填写原因，原因将随此次变更一并记录。</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../pos/help_overlay.py" line="+25"/>
        <source>Show or hide this help</source>
        <translation>显示／隐藏本帮助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up a member: type member no., mobile or last 4 digits</source>
        <translation>查会员：输入会员号、手机号或手机尾号 4 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol a new member</source>
        <translation>新会员入会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeem a reward</source>
        <translation>兑换礼品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund a sale</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the last sale&apos;s receipt</source>
        <translation>打印上一笔交易的小票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay with as many points as allowed</source>
        <translation>用积分抵现（可抵的最大额）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out (the sale in progress is kept)</source>
        <translation>退出登录（保留进行中的交易）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete the sale</source>
        <translation>结账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear: forget the member and the sale</source>
        <translation>清空：清除会员和本单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A scan works from anywhere on this screen.</source>
        <translation>在本界面任何位置都可以直接扫码。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/import_dialog.py" line="+43"/>
        <location line="+109"/>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Choose a CSV file…</source>
        <translation>选择 CSV 文件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member field</source>
        <translation>会员字段</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+149"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+149"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Which column holds what</source>
        <translation>各列对应的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview (first rows)</source>
        <translation>预览（前几行）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home store</source>
        <translation>所属门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening points</source>
        <translation>期初积分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required, but empty</source>
        <translation>必填，但为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an 11-digit mobile number</source>
        <translation>不是 11 位手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member with this mobile number exists already</source>
        <translation>已有会员使用此手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as line {line} of the file</source>
        <translation>与文件第 {line} 行重复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid member number</source>
        <translation>不是有效的会员号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender must be F, M, 女 or 男</source>
        <translation>性别须为 F、M、女 或 男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date like 1990-05-17</source>
        <translation>不是 1990-05-17 这样的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points must be a whole number of 0 or more</source>
        <translation>积分须为 0 或以上的整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No store has this code</source>
        <translation>没有此编号的门店</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More values than columns (a separator inside an unquoted value?)</source>
        <translation>值的个数多于列数（未加引号的值里有分隔符？）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free member number found; try again</source>
        <translation>找不到可用的会员号，请重试</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{rows} rows in the file; {bad} of the first {shown} have a problem</source>
        <translation>文件共 {rows} 行；前 {shown} 行中有 {bad} 行有问题</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing members…</source>
        <translation>正在导入会员…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{accepted} members imported, {rejected} rows refused</source>
        <translation>已导入 {accepted} 位会员，{rejected} 行被拒绝</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled after {rows} rows: {summary}</source>
        <translation>处理 {rows} 行后已取消：{summary}</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <location filename="../../desktop/pages/coupon_issue.py" line="+55"/>
        <source>Issue coupons</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>member no. or mobile</source>
        <translation>会员号或手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue to this member</source>
        <translation>发给该会员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue to everyone matching…</source>
        <translation>发给所有符合条件的会员…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To one member</source>
        <translation>发给单个会员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To everyone matching</source>
        <translation>发给符合条件的会员</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Counting members…</source>
        <translation>正在统计会员…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+21"/>
        <source>Choose a template first.</source>
        <translation>请先选择模板。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Type a member no. or mobile first.</source>
        <translation>请先输入会员号或手机号。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Issuing coupons…</source>
        <translation>正在发放优惠券…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} members match</source>
        <translation>{count} 位会员符合条件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No member matches these filters: nothing to issue.</source>
        <translation>没有会员符合这些条件：无需发放。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue {count} coupons of {template}, one to each member matching these filters? They are queued for upload and cannot be taken back here.</source>
        <translation>向符合这些条件的每位会员各发放一张 {template}，共 {count} 张？发放后将排队上传，此处无法撤回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issue {count} coupons</source>
        <translation>发放 {count} 张优惠券</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coupon {code} issued to {member}, valid until {until}.</source>
        <translation>优惠券 {code} 已发给 {member}，有效期至 {until}。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{done} coupons issued, {failed} members refused</source>
        <translation>已发放 {done} 张优惠券，{failed} 位会员被拒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(first: {reason})</source>
        <translation>（首个原因：{reason}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: {summary}; the coupons issued stay issued.</source>
        <translation>已取消：{summary}；已发放的优惠券保持有效。</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../../ui/widgets/ledger_view.py" line="+88"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LotsModel</name>
    <message>
        <location filename="../../desktop/record_tables.py" line="-101"/>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable from</source>
        <translation>可用日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{day} (expired)</source>
        <translation>{day}（已过期）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+68"/>
        <source>MemberDesk — Back office</source>
        <translation>MemberDesk 会员管理 — 后台</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Attention</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Tiers &amp; benefits</source>
        <translation>等级与权益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points mall</source>
        <translation>积分商城</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboards</source>
        <translation>经营看板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff &amp; roles</source>
        <translation>员工与角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>MallDashboard</name>
    <message>
        <location filename="../../desktop/pages/dashboards/mall.py" line="+35"/>
        <location line="+55"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Redemptions</source>
        <translation>兑换次数</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Items redeemed</source>
        <translation>兑换件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points redeemed</source>
        <translation>兑换所用积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash paid with points</source>
        <translation>积分加钱所付现金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption conversion</source>
        <translation>兑换转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Stock alerts</source>
        <translation>库存预警</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Redemptions per period</source>
        <translation>各期兑换次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top rewards by redemptions</source>
        <translation>兑换最多的礼品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top rewards</source>
        <translation>热门礼品</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cheapest reward {points} points</source>
        <translation>最便宜礼品 {points} 积分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no reward on offer</source>
        <translation>暂无可兑换礼品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} of {total} who could redeem</source>
        <translation>可兑换的 {total} 人中有 {n} 人兑换</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at or below {n} left</source>
        <translation>剩余不超过 {n} 件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+22"/>
        <source>Reward</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash (¥)</source>
        <translation>现金（元）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>central stock</source>
        <translation>总仓库存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>库存位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
</context>
<context>
    <name>MallPage</name>
    <message>
        <location filename="../../desktop/pages/mall/catalog.py" line="-507"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains control characters</source>
        <translation>含有控制字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 32, starting with a letter or digit)</source>
        <translation>字母、数字、“.”、“_”或“-”（最多 32 个，以字母或数字开头）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too small</source>
        <translation>太小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an amount in yuan (for example 12.50)</source>
        <translation>不是以元为单位的金额（例如 12.50）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends before it starts</source>
        <translation>结束早于开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a reward with central stock holds central stock</source>
        <translation>只有使用总部库存的奖品才有总部库存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only for a coupon reward</source>
        <translation>仅用于优惠券奖品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a picture (PNG, JPEG, BMP, GIF or WebP)</source>
        <translation>不是图片（PNG、JPEG、BMP、GIF 或 WebP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is larger than 32 MB</source>
        <translation>文件大于 32 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than 64 KB even when scaled to 256×256</source>
        <translation>缩放至 256×256 后仍大于 64 KB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>larger than 256×256 pixels</source>
        <translation>大于 256×256 像素</translation>
    </message>
    <message>
        <location line="+511"/>
        <source>Saving needs a connection to the central server; this database is standalone. Nothing was saved.</source>
        <translation>保存需要连接中央服务器；此数据库为独立数据库。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/mall/models.py" line="+23"/>
        <source>physical</source>
        <translation>实物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual</source>
        <translation>虚拟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/pages/mall/page.py" line="+173"/>
        <source>central stock</source>
        <translation>总部库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per store</source>
        <translation>按门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fulfilled</source>
        <translation>已备货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/mall/page.py" line="-99"/>
        <source>at or below </source>
        <translation>不超过 </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption orders</source>
        <translation>兑换订单</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Stock alerts: no reward on the shelf is at or below {n}.</source>
        <translation>库存预警：没有上架奖品的库存不超过 {n}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stock alerts: {count} low (at or below {n})</source>
        <translation>库存预警：{count} 项偏低（不超过 {n}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sku} {name} — {where}: {quantity} left</source>
        <translation>{sku} {name} — {where}：剩余 {quantity}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The local copy cannot be read: {error}</source>
        <translation>无法读取本地副本：{error}</translation>
    </message>
</context>
<context>
    <name>MemberDetailPage</name>
    <message>
        <location filename="../../desktop/pages/member_detail.py" line="+124"/>
        <source>← Members</source>
        <extracomment>How long revealed personal data stays on screen. What the page reveals: the mobile. (The profile form shows the e-mail as it is, so revealing it would record nothing that is hidden.)</extracomment>
        <translation>← 会员列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the member list (Esc)</source>
        <translation>返回会员列表（Esc）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adjust points…</source>
        <translation>调整积分…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+266"/>
        <source>Freeze points…</source>
        <translation>冻结积分…</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Merge a duplicate into this member…</source>
        <translation>将重复会员合并到此会员…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reveal mobile and e-mail</source>
        <translation>显示完整手机号和邮箱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks the central server, which records who revealed what (audit log)</source>
        <translation>向中央服务器请求，服务器会记录谁查看了什么（审计日志）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Points lots (spent in this order)</source>
        <translation>积分批次（按此顺序使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points entries, newest first</source>
        <translation>积分明细（最新在前）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel redemption…</source>
        <translation>取消兑换…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemptions</source>
        <translation>兑换记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benefits</source>
        <translation>权益</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Birthday gift granted: {points:,} points.</source>
        <translation>已发放生日礼：{points:,} 积分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free-shipping coupon {code} issued.</source>
        <translation>已发放包邮券 {code}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benefit use recorded.</source>
        <translation>已记录权益使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will be uploaded with the next sync.</source>
        <translation>将在下次同步时上传。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not granted: {reason}</source>
        <translation>未发放：{reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Redemption cancelled: {points:,} points returned.</source>
        <translation>兑换已取消：已退还 {points:,} 积分。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Member {code}</source>
        <translation>会员 {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{points:,} points are past their expiry date and no longer usable; the expiry job writes them off.</source>
        <translation>{points:,} 积分已过有效期，不能再使用；到期处理任务会将其清除。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Redemptions ({count})</source>
        <translation>兑换记录（{count}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupons ({count})</source>
        <translation>优惠券（{count}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unfreeze points…</source>
        <translation>解冻积分…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Revealing personal data needs the central API, which records it first; this database is standalone, so nothing is shown.</source>
        <translation>查看个人信息需要中央服务器先行记录；此数据库为独立数据库，因此不显示任何内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not signed in: nothing was revealed.</source>
        <translation>未登录：未显示任何内容。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database is standalone: there is no central server.</source>
        <translation>本数据库为独立数据库，没有中央服务器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in: the server&apos;s list is not shown.</source>
        <translation>未登录，不显示中央服务器上的列表。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mobile {phone}</source>
        <translation>手机 {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail {email}</source>
        <translation>邮箱 {email}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masked again in {seconds} s. The central server recorded this.</source>
        <translation>{seconds} 秒后重新隐藏。中央服务器已记录此次查看。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{points:+,} points recorded. The change will be uploaded with the next sync.</source>
        <translation>已记录 {points:+,} 积分，将在下次同步时上传。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Points frozen: no earning or spending until unfrozen.</source>
        <translation>积分已冻结：解冻前不能获得或使用积分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points unfrozen: the member earns and spends again.</source>
        <translation>积分已解冻：会员可以重新获得和使用积分。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member {code} merged into this member: {points:,} points in {lots} lots, {debt:,} points debt and {coupons} coupons moved; {code} is closed.</source>
        <translation>会员 {code} 已合并到此会员：转入 {points:,} 积分（{lots} 个积分批次）、{debt:,} 积分欠额和 {coupons} 张优惠券；{code} 已注销。</translation>
    </message>
</context>
<context>
    <name>MemberFilterBar</name>
    <message>
        <location filename="../../ui/widgets/member_filter_bar.py" line="+50"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No purchase since</source>
        <translation>此日起未消费</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>MemberOverviewDashboard</name>
    <message>
        <location filename="../../desktop/pages/dashboards/members.py" line="+42"/>
        <location line="+56"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>New in period</source>
        <translation>期内新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed in period</source>
        <translation>期内流失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active, 30 days</source>
        <translation>30 天活跃率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active, 90 days</source>
        <translation>90 天活跃率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier moves up / down</source>
        <translation>等级升 / 降</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members, running total</source>
        <translation>会员总数走势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New vs lapsed members</source>
        <translation>新增与流失会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members by tier</source>
        <translation>各等级会员数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier movement in the period</source>
        <translation>期内等级变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By store</source>
        <translation>按门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By region</source>
        <translation>按区域</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{days} days without a purchase</source>
        <translation>{days} 天未消费即算流失</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>{n} of {total} members</source>
        <translation>{total} 名会员中 {n} 名</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Lapsed</source>
        <translation>流失</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+4"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upgraded into</source>
        <translation>升入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Downgraded into</source>
        <translation>降入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Active 30 days (%)</source>
        <translation>30 天活跃率（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active 90 days (%)</source>
        <translation>90 天活跃率（%）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no home store)</source>
        <translation>（无所属门店）</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="+83"/>
        <source>Available points</source>
        <translation>可用积分</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No member selected</source>
        <translation>未选择会员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name masked for privacy</source>
        <translation>为保护隐私，姓名已隐去</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Member no. {code}</source>
        <translation>会员号 {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile {phone}</source>
        <translation>手机 {phone}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Locked {points:,}</source>
        <translation>锁定中 {points:,}</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Earned recently; usable once the return window has passed</source>
        <translation>近期获得的积分，退货期过后即可使用</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not yet uploaded {points:+,}</source>
        <translation>待上传 {points:+,}</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Changes made on this device that the server has not confirmed yet</source>
        <translation>本机已记录、服务器尚未确认的变动</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Points owed {points:,}</source>
        <translation>积分欠款 {points:,}</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Repaid automatically from future earnings</source>
        <translation>将从今后获得的积分中自动扣还</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Spend {amount} more by {day} to keep {tier}</source>
        <translation>{day}前再消费 {amount} 保级{tier}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend {amount} more by {day} to reach {tier}</source>
        <translation>{day}前再消费 {amount} 升级{tier}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} more growth by {day} to keep {tier}</source>
        <translation>{day}前再获得 {amount} 成长值保级{tier}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} more growth by {day} to reach {tier}</source>
        <translation>{day}前再获得 {amount} 成长值升级{tier}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MEMBERSHIP CLOSED</source>
        <translation>会员已注销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MEMBERSHIP FROZEN</source>
        <translation>会员已冻结</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MEMBERSHIP NOT ACTIVE ({status})</source>
        <translation>会员不可用（{status}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POINTS FROZEN: no earning or spending</source>
        <translation>积分已冻结：不能获得或使用积分</translation>
    </message>
</context>
<context>
    <name>MemberPickList</name>
    <message>
        <location filename="../../pos/pick_list.py" line="+85"/>
        <source>{code}   {name}   {phone}   {tier}</source>
        <translation>{code}   {name}   {phone}   {tier}</translation>
    </message>
</context>
<context>
    <name>MemberReveal</name>
    <message>
        <location filename="../../desktop/member_reveal.py" line="+18"/>
        <source>Your sign-in has expired: sign in again to reveal.</source>
        <translation>登录已过期：请重新登录后再查看。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revealing needs the central API, which records it first; {url} cannot be reached, so nothing is shown.</source>
        <translation>查看需要中央服务器先行记录；无法连接 {url}，因此不显示任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{user} may not reveal this member&apos;s personal data.</source>
        <translation>{user} 无权查看此会员的个人信息。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The central API does not know this member yet (not synced?): nothing is shown.</source>
        <translation>中央服务器尚无此会员（尚未同步？）：不显示任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The central API failed ({status}); try again.</source>
        <translation>中央服务器出错（{status}）；请重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central API did not reveal it: {reason}</source>
        <translation>中央服务器未予显示：{reason}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/pages/members.py" line="+87"/>
        <source>Member no., mobile, last 4 digits, name or pinyin initials</source>
        <translation>会员号、手机号、手机尾号四位、姓名或拼音首字母</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Tag…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue coupon…</source>
        <translation>发券…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list as filtered and sorted, to CSV or XLSX</source>
        <translation>按当前筛选和排序导出为 CSV 或 XLSX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open member…</source>
        <translation>打开会员…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile, points, redemptions, coupons (Enter)</source>
        <translation>资料、积分、兑换记录、优惠券（Enter）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent points entries</source>
        <translation>最近积分记录</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{count} members shown; scroll for more</source>
        <translation>已显示 {count} 位会员，向下滚动加载更多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} members</source>
        <translation>共 {count} 位会员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No member matches “{query}”</source>
        <translation>没有与“{query}”匹配的会员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First {count} matches; type more to narrow down</source>
        <translation>仅显示前 {count} 条结果，请输入更多内容缩小范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} found</source>
        <translation>找到 {count} 位会员</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{count} members selected</source>
        <translation>已选 {count} 位会员</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Removing the tag…</source>
        <translation>正在移除标签…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tagging members…</source>
        <translation>正在为会员加标签…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Issuing coupons…</source>
        <translation>正在发券…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{done} members changed, {same} already so, {failed} refused</source>
        <translation>已修改 {done} 位会员，{same} 位无需修改，{failed} 位被拒绝</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: {summary}</source>
        <translation>已取消：{summary}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points debt</source>
        <translation>积分欠额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exporting members…</source>
        <translation>正在导出会员…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled; no file was written</source>
        <translation>导出已取消，未写入任何文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} members exported to {path}</source>
        <translation>已将 {count} 位会员导出到 {path}</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../ui/members_model.py" line="+285"/>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Membership {status}</source>
        <translation>会员{status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points frozen</source>
        <translation>积分已冻结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owes {points:,} points</source>
        <translation>欠 {points:,} 积分</translation>
    </message>
</context>
<context>
    <name>MergeMembersDialog</name>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="+76"/>
        <source>Merge a duplicate member</source>
        <extracomment>Lots listed per member; the rest are counted.</extracomment>
        <translation>合并重复会员</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything the duplicate enrolment holds moves to {name} ({code}): its points lots with their dates (pending points stay pending), its points debt, its unused coupons and its qualifying spend. The duplicate is then closed for good.</source>
        <translation>重复登记的会员所持有的一切都将转给 {name}（{code}）：积分批次及其日期（锁定中的积分仍保持锁定）、积分欠额、未使用的优惠券和计入等级的消费。随后重复会员将被永久注销。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member code or mobile of the duplicate</source>
        <translation>重复会员的会员号或手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate</source>
        <translation>重复会员</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. enrolled twice, the mobile was mistyped (ticket 2040)</source>
        <translation>例如：重复登记，手机号输错（工单 2040）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available points</source>
        <translation>可用积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending points</source>
        <translation>锁定中积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points debt</source>
        <translation>积分欠额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points lots</source>
        <translation>积分批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused coupons</source>
        <translation>未使用优惠券</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stays (this member)</source>
        <translation>保留（此会员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate (closed)</source>
        <translation>重复会员（将注销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the merge</source>
        <translation>合并后</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>, points frozen</source>
        <translation>，积分已冻结</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{points:,} pending until {available}, ends {ends}</source>
        <translation>{points:,}，锁定至 {available}，{ends} 到期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{points:,}, ends {ends}</source>
        <translation>{points:,}，{ends} 到期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and {count} more</source>
        <translation>… 另有 {count} 个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} ({names})</source>
        <translation>{count} 张（{names}）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} lots</source>
        <translation>{count} 个批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count}</source>
        <translation>{count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{status} → closed</source>
        <translation>{status} → 已注销</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the member code or mobile of the duplicate.</source>
        <translation>请输入重复会员的会员号或手机号。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>That is this member. Find the other enrolment of the same person.</source>
        <translation>这就是当前会员。请查找同一人的另一次登记。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member {code} is {status}: only an active member can be merged.</source>
        <translation>会员 {code} 状态为{status}：只能合并正常状态的会员。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Find the duplicate first: its code or mobile, then Find.</source>
        <translation>请先查找重复会员：输入会员号或手机号，然后点击“查找”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a reason: it is kept with the merge.</source>
        <translation>请填写原因：原因将随合并一起保存。</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../desktop/pages/mall/models.py" line="+104"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>奖品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../desktop/pages/mall/orders.py" line="+52"/>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>Any store</source>
        <translation>任何门店</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>from YYYY-MM-DD</source>
        <translation>自 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until YYYY-MM-DD</source>
        <translation>至 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>member code</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark fulfilled</source>
        <translation>标记为已备货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark shipped</source>
        <translation>标记为已发货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>“{text}”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>No orders match.</source>
        <translation>没有符合条件的订单。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order {reward} for {member} marked fulfilled.</source>
        <translation>会员 {member} 的订单 {reward} 已标记为已备货。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {reward} for {member} marked shipped.</source>
        <translation>会员 {member} 的订单 {reward} 已标记为已发货。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change will be uploaded with the next sync.</source>
        <translation>更改将在下次同步时上传。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Order {reward} for {member} cancelled: {points:,} points and the stock returned.</source>
        <translation>会员 {member} 的订单 {reward} 已取消：{points:,} 积分和库存已退回。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../pos/override_dialog.py" line="+40"/>
        <source>Manager override</source>
        <translation>店长授权</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e.g. network down since this morning</source>
        <translation>例如：早上起网络中断</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager PIN</source>
        <translation>店长 PIN 码</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fill in the manager, their PIN and the reason.</source>
        <translation>请填写店长、其 PIN 码和原因。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow</source>
        <translation>授权</translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <location filename="../../desktop/pages/mall/picture_field.py" line="+46"/>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New image, {width}×{height}, {size} KB: sent when you save.</source>
        <translation>新图片，{width}×{height}，{size} KB：保存时上传。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image is removed when you save.</source>
        <translation>保存时将移除图片。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG or JPEG, scaled to {side}×{side}, up to {kb} KB.</source>
        <translation>PNG 或 JPEG，缩放至 {side}×{side}，最大 {kb} KB。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/pages/staff_dialogs.py" line="+16"/>
        <source>Reset the PIN of {user}</source>
        <translation>重置 {user} 的 PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new PIN signs {user} in at the tills of their store. Tell it to them; they can change it with their password.</source>
        <translation>{user} 可用新 PIN 在其门店的收银台登录。请告知本人；本人可凭密码修改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New PIN ({low}–{high} digits)</source>
        <translation>新 PIN（{low}–{high} 位数字）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset PIN</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>PIN 为 {low} 到 {high} 位数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too easy to guess: not one digit repeated (1111), not digits in a row (1234).</source>
        <translation>太容易被猜到：不能全是同一数字（1111），也不能是连续数字（1234）。</translation>
    </message>
</context>
<context>
    <name>PointsHealthDashboard</name>
    <message>
        <location filename="../../desktop/pages/dashboards/points.py" line="+31"/>
        <source>Points issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points used</source>
        <translation>使用积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expired</source>
        <translation>过期积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Consumption rate</source>
        <translation>积分消耗率</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Breakage rate</source>
        <translation>积分沉淀率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Outstanding points</source>
        <translation>未用积分（负债）</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Points debt outstanding</source>
        <translation>积分欠款</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points issued, used and expired</source>
        <translation>积分发放、使用与过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumption rate (used / issued)</source>
        <translation>积分消耗率（使用 / 发放）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding points by expiry month</source>
        <translation>按到期月份的未用积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liability by expiry month</source>
        <translation>按到期月份的积分负债</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points movements in the period</source>
        <translation>期内积分变动</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>healthy {low}–{high}</source>
        <translation>健康区间 {low}–{high}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>spent {spent}, redeemed {redeemed}</source>
        <translation>抵现 {spent}，兑换 {redeemed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the breakage</source>
        <translation>即沉淀（未兑现）积分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expired / (used + expired)</source>
        <translation>过期 /（使用 + 过期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {points} overdue</source>
        <translation>；{points} 已到期待核销</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} members owe points</source>
        <translation>{n} 名会员欠积分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+64"/>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>Used</source>
        <translation>使用</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+59"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Expiry month</source>
        <translation>到期月份</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Value (¥)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned</source>
        <translation>消费获得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifted</source>
        <translation>赠送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted in</source>
        <translation>调增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted out</source>
        <translation>调减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed by refunds</source>
        <translation>退货扣回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent at the till</source>
        <translation>收银抵现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend returned</source>
        <translation>抵现退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeemed in the mall</source>
        <translation>商城兑换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemptions cancelled</source>
        <translation>兑换取消退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt created</source>
        <translation>新增积分欠款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt repaid</source>
        <translation>偿还积分欠款</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Movement</source>
        <translation>变动类型</translation>
    </message>
</context>
<context>
    <name>PosWindow</name>
    <message>
        <location filename="../../pos/window.py" line="+75"/>
        <source>MemberDesk — Checkout</source>
        <translation>MemberDesk — 收银台</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standalone till: no staff sign-in</source>
        <translation>独立收银机：无需员工登录</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Locked — {name} signed in</source>
        <translation>已锁定 — {name} 已登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+13"/>
        <source>Nobody signed in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in: {name} ({user})</source>
        <translation>已登录：{name}（{user}）</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/profile_form.py" line="+67"/>
        <source>Remove the e-mail</source>
        <translation>删除邮箱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，例如 1990-05-31</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home store</source>
        <translation>所属门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member since</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{phone} (type a new number to change it)</source>
        <translation>{phone}（输入新号码即可更换）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{email} (type a new address to change it)</source>
        <translation>{email}（输入新地址即可修改）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The name must not be empty.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing has changed.</source>
        <translation>没有任何修改。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A birthday once given cannot be removed.</source>
        <translation>生日一经填写就不能删除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{text}” is not a date. Write it as 1990-05-31.</source>
        <translation>“{text}”不是日期，请按 1990-05-31 的格式填写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birthday is in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A birthday before {year} is surely a typing slip.</source>
        <translation>早于 {year} 年的生日应是输入错误。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved. The change will be uploaded with the next sync.</source>
        <translation>已保存，将在下次同步时上传。</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../pos/receipt.py" line="+33"/>
        <source>Goods</source>
        <translation>商品金额</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier discount</source>
        <translation>等级折扣</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid with {points:,} points</source>
        <translation>积分抵扣 {points:,}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MemberDesk receipt</source>
        <translation>MemberDesk 购物小票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt no. {receipt}</source>
        <translation>小票号 {receipt}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member {code}</source>
        <translation>会员 {code}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points earned: {points:,}</source>
        <translation>本单积分：{points:,}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Points spent: {points:,}</source>
        <translation>使用积分：{points:,}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points available: {points:,}</source>
        <translation>可用积分：{points:,}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Points usable after the return window: {points:,}</source>
        <translation>退货期后可用积分：{points:,}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../pos/redeem_dialog.py" line="+104"/>
        <source>Redeem a reward</source>
        <translation>兑换礼品</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{code}: {points:,} points available</source>
        <translation>{code}：可用积分 {points:,}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SKU</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>所需积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit left</source>
        <translation>剩余限兑</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing this member can redeem here today.</source>
        <translation>该会员今天在本店没有可兑换的礼品。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>{points:,} points</source>
        <translation>{points:,} 积分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More points than the member has</source>
        <translation>会员积分不足</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not redeemed: nothing was spent.</source>
        <translation>未兑换：没有扣减积分。</translation>
    </message>
</context>
<context>
    <name>RedemptionsModel</name>
    <message>
        <location filename="../../desktop/record_tables.py" line="+15"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cancelled {when}</source>
        <translation>已取消 {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../pos/refund_dialog.py" line="+52"/>
        <location line="+41"/>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Receipt number, then Enter</source>
        <translation>输入小票号后按回车</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Empty = refund everything left</source>
        <translation>留空 = 全部退货</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipt no.</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent sales</source>
        <translation>最近消费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund amount</source>
        <translation>退货金额</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{receipt}  {when}  {amount}  {points:+,} points</source>
        <translation>{receipt}  {when}  {amount}  {points:+,} 积分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(refunded {amount})</source>
        <translation>（已退 {amount}）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{receipt} of {when}: goods {net}, paid {paid}, earned {earned:,} points, paid {spent:,} points; already refunded {refunded}</source>
        <translation>{receipt}（{when}）：商品 {net}，实付 {paid}，获得 {earned:,} 积分，抵用 {spent:,} 积分；已退 {refunded}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Refund {amount} (cash back {cash}): {reversed:,} points taken back, {returned:,} points given back</source>
        <translation>退货 {amount}（退款 {cash}）：扣回 {reversed:,} 积分，退还 {returned:,} 积分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The member does not have {points:,} of these points: they become points debt.</source>
        <translation>会员缺少其中 {points:,} 积分：将记为积分欠款。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A refund of {amount} is more than {threshold}: a manager must allow it.</source>
        <translation>退款 {amount} 超过 {threshold}：需要店长授权。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not refunded: nothing was recorded.</source>
        <translation>未退款：没有记录任何内容。</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <location filename="../../desktop/pages/mall/models.py" line="-73"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central stock</source>
        <translation>总部库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store stock</source>
        <translation>门店库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit per member</source>
        <translation>每人限兑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the shelf</source>
        <translation>上架</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{tier} and above</source>
        <translation>{tier}及以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>RfmDashboard</name>
    <message>
        <location filename="../../desktop/pages/dashboards/rfm.py" line="+78"/>
        <source>Recompute RFM scores</source>
        <extracomment>Whom an action reaches: (&quot;segment&quot;, code) or (&quot;churn&quot;, &quot;&quot;).</extracomment>
        <translation>重新计算 RFM 评分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members per segment</source>
        <translation>各分群会员数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value per segment</source>
        <translation>各分群消费额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>会员分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a coupon to the segment…</source>
        <translation>向该分群发券…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the segment&apos;s members…</source>
        <translation>导出该分群会员…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Churn warning list</source>
        <translation>流失预警名单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue a coupon to the list…</source>
        <translation>向名单会员发券…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the list&apos;s members…</source>
        <translation>导出名单会员…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchases fell by more than</source>
        <translation>消费次数下降超过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from at least</source>
        <translation>且前期至少</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>purchases in the previous period</source>
        <translation>次消费</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>忠诚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No RFM scores yet on this device: press “Recompute RFM scores”.</source>
        <translation>本设备尚无 RFM 评分：请点“重新计算 RFM 评分”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores as of {as_of} (last {window} days; churn compares two periods of {period} days), {n} members scored, computed {at}. The period filter does not apply here.</source>
        <translation>评分截至 {as_of}（近 {window} 天；流失预警比较前后两个 {period} 天），共评分 {n} 名会员，计算于 {at}。期间筛选不作用于本页。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+191"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Value</source>
        <translation>消费额</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+192"/>
        <source>Purchases</source>
        <translation>消费次数</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+192"/>
        <source>Value (¥)</source>
        <translation>消费额（元）</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+163"/>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+163"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+163"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+178"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+162"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+162"/>
        <source>Last purchase</source>
        <translation>最近消费</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+176"/>
        <source>Purchases before</source>
        <translation>前期消费次数</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+176"/>
        <source>Purchases lately</source>
        <translation>近期消费次数</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+176"/>
        <source>Fall (%)</source>
        <translation>降幅（%）</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>More than {shown} members on the list; the first {shown} are shown (a coupon or an export reaches them all)</source>
        <translation>名单超过 {shown} 名会员，显示前 {shown} 名（发券或导出覆盖全部名单会员）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} members on the list</source>
        <translation>名单共 {n} 名会员</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a segment in the table first</source>
        <translation>请先在表中选择一个分群</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Issuing coupons…</source>
        <translation>正在发券…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{done} coupons issued, {failed} refused</source>
        <translation>已发券 {done} 张，{failed} 张被拒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: </source>
        <translation>已取消：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Exporting members…</source>
        <translation>正在导出会员…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} members exported to {path}</source>
        <translation>已导出 {count} 名会员到 {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recomputing RFM scores…</source>
        <translation>正在重新计算 RFM 评分…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That did not work (see the log). Try again.</source>
        <translation>操作未完成（详见日志），请重试。</translation>
    </message>
</context>
<context>
    <name>RulebookEditing</name>
    <message>
        <location filename="../../desktop/rulebook_editing.py" line="+60"/>
        <source>Standalone database: the rulebook can be edited and previewed here, but saving needs a connection to the central server.</source>
        <translation>独立数据库：可在此修改和预览规则，但保存需要连接中心服务器。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saves go to the central server {url}, signed in as {user}.</source>
        <translation>保存到中心服务器 {url}，当前登录：{user}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saves go to the central server {url}; you will be asked to sign in.</source>
        <translation>保存到中心服务器 {url}；保存时需要登录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your sign-in has expired: sign in again and save.</source>
        <translation>登录已过期：请重新登录后保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the central server {url}: the change was not saved.</source>
        <translation>无法连接中心服务器 {url}：修改未保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} may not change the rulebook (back office or admin only).</source>
        <translation>{user} 无权修改规则（仅限总部或管理员）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The central server refused the change: {reason}</source>
        <translation>中心服务器拒绝了修改：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The central server failed ({status}); try again.</source>
        <translation>中心服务器出错（{status}），请重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central server did not take the change: {reason}</source>
        <translation>中心服务器未接受修改：{reason}</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../desktop/pages/rules.py" line="+66"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra %</source>
        <translation>额外 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stacks</source>
        <translation>可叠加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekdays (1 = Mon)</source>
        <translation>星期（1 = 周一）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of month</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday month</source>
        <translation>生日月</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> points per ¥100</source>
        <translation> 积分/每 ¥100</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+108"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Points per ¥100</source>
        <translation>每 ¥100 积分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add category</source>
        <translation>添加品类</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points multiplier %</source>
        <translation>积分倍率 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earning</source>
        <translation>积分获取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base rate</source>
        <translation>基础比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category rates</source>
        <translation>品类比例</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier multipliers</source>
        <translation>等级倍率</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add campaign</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A number of days after the sale</source>
        <translation>消费后若干天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared once a year</source>
        <translation>每年清零一次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> points = ¥1</source>
        <translation> 积分 = ¥1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of a bill at most</source>
        <translation>% 为单笔账单上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits, pending period and expiry</source>
        <translation>上限、冻结期与有效期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily cap (points)</source>
        <translation>每日上限（积分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending (return window)</source>
        <translation>冻结期（退货期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expire</source>
        <translation>积分过期方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after years</source>
        <translation>保留年数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clearing date</source>
        <translation>清零日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paying with points</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the edited rules</source>
        <translation>修改中的规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the version in force that day</source>
        <translation>当天生效的版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in the member&apos;s birthday month</source>
        <translation>在会员生日月</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calculator: what a sample sale earns</source>
        <translation>计算器：示例消费可得积分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale lines (after discounts)</source>
        <translation>消费明细（折后）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member&apos;s tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the sale</source>
        <translation>消费日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points earned that day before</source>
        <translation>当天已得积分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish as a new version</source>
        <translation>发布为新版本</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The daily cap is a whole number of points, or empty.</source>
        <translation>每日上限须为整数积分，或留空。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>未发送任何内容：请更正标红的字段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publishing needs a connection to the central server; this database is standalone. Nothing was published.</source>
        <translation>发布需要连接中心服务器；本数据库是独立的，未发布任何内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new version starts today or later: past days keep the rules they had. Nothing was sent.</source>
        <translation>新版本只能从今天或以后生效：过去的日子保持原规则。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no changes to publish.</source>
        <translation>没有需要发布的修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in: nothing was published.</source>
        <translation>未登录：未发布任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published as version {version}, in force from {day}. The page lists it after the next sync.</source>
        <translation>已发布为第 {version} 版，自 {day} 起生效。下次同步后本页列出该版本。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version {v} from {day}</source>
        <translation>第 {v} 版，自 {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (in force today)</source>
        <translation>（今日生效）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published versions held here: {list}.</source>
        <translation>本地已有的发布版本：{list}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No point rules are published yet.</source>
        <translation>尚未发布积分规则。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The local rulebook cannot be read: {error}</source>
        <translation>无法读取本地规则：{error}</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Row {row}: name the category.</source>
        <translation>第 {row} 行：请填写品类。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} is listed twice.</source>
        <translation>{key} 重复出现。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{key}: “{text}” must be a whole number of at least {minimum}.</source>
        <translation>{key}：“{text}”必须是不小于 {minimum} 的整数。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give the campaign a code</source>
        <translation>请填写活动代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code is used twice</source>
        <translation>代码重复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the campaign a name</source>
        <translation>请填写活动名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the extra is a whole percent (100 = double points)</source>
        <translation>额外比例为整数百分比（100 = 双倍积分）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{text}” is not a date like 2026-11-11</source>
        <translation>“{text}”不是日期（例如 2026-11-11）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it ends before it starts</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{text}” must be numbers {lo}–{hi}, e.g. 1, 3</source>
        <translation>“{text}”必须是 {lo}–{hi} 的数字，例如 1, 3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown tier code(s) {codes}</source>
        <translation>未知的等级代码 {codes}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{month}/{day} is not a day of the year.</source>
        <translation>{month}/{day} 不是有效日期。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Line {row}: “{text}” is not an amount like 128.50</source>
        <translation>第 {row} 行：“{text}”不是金额（例如 128.50）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edited rules have errors (marked in red).</source>
        <translation>修改中的规则有错误（已标红）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No published version is in force on that day.</source>
        <translation>当天没有生效的发布版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount on at least one line.</source>
        <translation>请至少在一行填写金额。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Version {v}. Spendable from {available}; expires {expires}.</source>
        <translation>第 {v} 版。{available} 起可用；{expires} 过期。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} base</source>
        <translation>基础 {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} {tier} bonus</source>
        <translation>{tier}加赠 {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} {campaign}</source>
        <translation>{campaign} {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} over the daily cap</source>
        <translation>超出每日上限 {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{parts} (on {amount})</source>
        <translation>{parts}（消费 {amount}）</translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <location filename="../../pos/sale_panel.py" line="+75"/>
        <source>e.g. 128.50</source>
        <translation>例如 128.50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add line</source>
        <translation>加一行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this amount as a line and type the next</source>
        <translation>把这笔金额记为一行，再输入下一笔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use most (F9)</source>
        <translation>最大抵现 (F9)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Complete sale (Enter / F12)</source>
        <translation>结账（回车 / F12）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Points as cash</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goods</source>
        <translation>商品金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier discount</source>
        <translation>等级折扣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid with points</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>No category</source>
        <translation>不分品类</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No coupon</source>
        <translation>不用券</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {value} (until {date})</source>
        <translation>{name}：{value}（{date} 前有效）</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Scan the member card to earn points</source>
        <translation>扫描会员码即可积分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{amount} ({points:,} points)</source>
        <translation>{amount}（{points:,} 积分）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most {most:,} points for this bill; {available:,} available</source>
        <translation>本单最多可用 {most:,} 积分；可用 {available:,}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline: {points:,} may be spent here until the next sync (more needs a manager)</source>
        <translation>离线：下次同步前本机最多可用 {points:,} 积分（超出需店长授权）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earns {points:,} points</source>
        <translation>本单可得 {points:,} 积分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This coupon cannot be used: {reason}</source>
        <translation>此券不能使用：{reason}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/pages/settings.py" line="+80"/>
        <source>Central server</source>
        <translation>中央服务器</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. http://192.168.1.20:8700</source>
        <translation>例如 http://192.168.1.20:8700</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check and save</source>
        <translation>检查并保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If the central server has moved, enter its new address. It is kept only when the MemberDesk server there answers and knows this device.</source>
        <translation>如果中央服务器已迁移，请输入它的新地址。只有当该地址上的 MemberDesk 服务器有应答并认识本设备时，才会保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves</source>
        <translation>服务范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That is already this device&apos;s central server.</source>
        <translation>这已经是本设备的中央服务器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed in: nothing was saved.</source>
        <translation>未登录：未保存任何内容。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved: this device now syncs with {url}; the next sync uses it.</source>
        <translation>已保存：本设备现在与 {url} 同步；下一次同步即使用该地址。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Standalone: this database does not sync with a central server.</source>
        <translation>单机：此数据库不与中央服务器同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer only</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (device {id})</source>
        <translation>{name}（设备 {id}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>store {store}</source>
        <translation>门店 {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region {region}</source>
        <translation>区域 {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the back office: every member</source>
        <translation>后台：全部会员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{text}” is not a server address (for example http://192.168.1.20:8700); nothing was saved.</source>
        <translation>“{text}”不是服务器地址（例如 http://192.168.1.20:8700）；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing answers at {url}; nothing was saved.</source>
        <translation>{url} 没有应答；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at {url} answers, but its database does not; nothing was saved.</source>
        <translation>{url} 上的服务器有应答，但其数据库没有应答；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{url} answers, but it is not a MemberDesk central server; nothing was saved.</source>
        <translation>{url} 有应答，但它不是 MemberDesk 中央服务器；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MemberDesk server at {url} does not know this device: it serves another database. Nothing was saved.</source>
        <translation>{url} 上的 MemberDesk 服务器不认识本设备：它使用的是另一个数据库。未保存任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator may change the central server&apos;s address; nothing was saved.</source>
        <translation>只有管理员可以更改中央服务器的地址；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in was not accepted; nothing was saved.</source>
        <translation>登录未被接受；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is not set up for sync; nothing was saved.</source>
        <translation>此数据库未设置同步；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device&apos;s credential cannot be read from the keyring; nothing was saved.</source>
        <translation>无法从密钥环读取本设备的凭据；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at {url} did not pass the check ({reason}); nothing was saved.</source>
        <translation>{url} 上的服务器未通过检查（{reason}）；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{var}={value} is set for this computer; it decides the language, not this choice.</source>
        <translation>本机设置了 {var}={value}；界面语言由它决定，而不是此处的选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart MemberDesk to use the new language.</source>
        <translation>重新启动 MemberDesk 后使用新语言。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/signin_dialog.py" line="+35"/>
        <source>Sign in to the central server</source>
        <translation>登录中心服务器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in with your staff account: what this page changes is saved on the central server {url}.</source>
        <translation>请用您的员工账号登录：本页的修改保存在中心服务器 {url}。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This account is locked after too many failed sign-ins; try later.</source>
        <translation>登录失败次数过多，账号已锁定，请稍后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the central server {url}.</source>
        <translation>无法连接中心服务器 {url}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The central server did not sign you in: {reason}</source>
        <translation>中心服务器未能登录：{reason}</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../pos/signin_screen.py" line="+43"/>
        <source>Wrong user or PIN. {left} more tries before this user is locked.</source>
        <translation>用户名或 PIN 码错误。再错 {left} 次，此用户将被锁定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs for {user}: locked on this till until {until}.</source>
        <translation>{user} 的 PIN 码错误次数过多：在本收银机上锁定至 {until}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} has no PIN yet. Set one on the central server first.</source>
        <translation>{user} 尚未设置 PIN 码，请先在中心服务器上设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This till has no staff list yet. Connect it to the server and let it sync.</source>
        <translation>本收银机还没有员工名单。请连接服务器并完成同步。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{user} may not use the checkout.</source>
        <translation>{user} 无权使用收银台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} is not a manager and may not allow this.</source>
        <translation>{user} 不是店长，无权授权此操作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+139"/>
        <source>Type your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sign in to the checkout</source>
        <translation>登录收银台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user name and PIN, then Enter.</source>
        <translation>输入用户名和 PIN 码，然后按回车。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checkout locked</source>
        <translation>收银台已锁定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({user}) is signed in; the sale in progress is kept.
Their PIN unlocks; another user name takes over.</source>
        <translation>{name}（{user}）已登录，进行中的交易已保留。
输入其 PIN 码解锁；输入其他用户名则由该用户接班。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type your PIN.</source>
        <translation>请输入 PIN 码。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A card was scanned. Sign in first, then scan it again.</source>
        <translation>刚才扫描了一张卡。请先登录，再重新扫描。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/pages/staff.py" line="+86"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store / region</source>
        <translation>门店 / 区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+288"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset PIN…</source>
        <translation>重置 PIN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not signed in: no accounts to show.</source>
        <translation>未登录：没有可显示的账号。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{user} is active again.</source>
        <translation>{user} 已重新启用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} is deactivated and signed out everywhere.</source>
        <translation>{user} 已停用，并已在所有设备上登出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{user} may sign in again.</source>
        <translation>{user} 可以重新登录了。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{user} has a new PIN.</source>
        <translation>{user} 的 PIN 已重置。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Created {user}.</source>
        <translation>已创建 {user}。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved {user}.</source>
        <translation>已保存 {user}。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>region {region}</source>
        <translation>区域 {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole chain</source>
        <translation>整个连锁</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <location filename="../../desktop/pages/staff_dialogs.py" line="-281"/>
        <source>Store clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back office</source>
        <translation>后台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional manager</source>
        <translation>区域经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="+116"/>
        <source>Sync not set up</source>
        <translation>未设置同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device works on its own: nothing is uploaded to a server</source>
        <translation>本设备独立运行：不向服务器上传任何数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● Sync starting…</source>
        <translation>● 同步启动中…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has not been tried yet</source>
        <translation>尚未连接过服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered the last sync</source>
        <translation>服务器已响应上次同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached; sales are kept and uploaded later</source>
        <translation>无法连接服务器；交易已保存，稍后上传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} · syncing</source>
        <translation>{state} · 同步中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To upload: {count:,}</source>
        <translation>待上传：{count:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes made on this device that the server has not received yet</source>
        <translation>本设备上服务器尚未收到的更改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oldest waiting {age}</source>
        <translation>最早一笔已等待 {age}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync {time}</source>
        <translation>上次同步 {time}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last error: {error}</source>
        <translation>上次错误：{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next attempt in {duration}</source>
        <translation>{duration}后重试</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../ui/table_export.py" line="+61"/>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../desktop/bulk_dialogs.py" line="-61"/>
        <source>Tag members</source>
        <translation>会员标签</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{count} members will be checked; those that need it are changed.</source>
        <translation>将检查 {count} 位会员，需要的才会修改。</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../desktop/pages/coupons.py" line="-410"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes off</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum spend</source>
        <translation>使用门槛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused here</source>
        <translation>本地未使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be issued</source>
        <translation>可发放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>TierChangesModel</name>
    <message>
        <location filename="../../desktop/member_tier_tab.py" line="+36"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sale {receipt}</source>
        <translation>销售 {receipt}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge of a duplicate</source>
        <translation>合并重复会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier evaluation</source>
        <translation>等级评定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downgrade</source>
        <translation>降级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grace period started</source>
        <translation>进入保级宽限期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept (qualifies again)</source>
        <translation>保级（重新达标）</translation>
    </message>
</context>
<context>
    <name>TierTab</name>
    <message>
        <location line="+34"/>
        <location line="+35"/>
        <location line="+18"/>
        <source>Tier changes, newest first</source>
        <translation>等级变动（最新在前）</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>All changes from the central server</source>
        <translation>中央服务器上的全部变动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer holds the changes since it was set up; the server has all</source>
        <translation>本机只保存安装以来的变动；中央服务器保存全部</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{tier} since {day}</source>
        <translation>{day} 起为{tier}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grace period until {day}: the window no longer qualifies for {tier}; it is kept until then and decided again.</source>
        <translation>宽限期至 {day}：本周期已不满足{tier}条件；在此之前保留该等级，届时重新评定。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No tier change on record.</source>
        <translation>没有等级变动记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tier changes on the central server, newest first</source>
        <translation>中央服务器上的等级变动（最新在前）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} changes since the member enrolled.</source>
        <translation>会员入会以来共 {count} 次变动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central server has no tier change for this member.</source>
        <translation>中央服务器上没有该会员的等级变动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your sign-in has expired: sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central server ({url}) cannot be reached.</source>
        <translation>无法连接中央服务器（{url}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The central server does not know this member yet (not synced?).</source>
        <translation>中央服务器上还没有该会员（尚未同步？）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central server failed ({status}); try again.</source>
        <translation>中央服务器出错（{status}），请重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The central server did not answer: {reason}</source>
        <translation>中央服务器未能答复：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value:,} growth</source>
        <translation>{value:,} 成长值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No tier rules on this computer yet: the next sync brings them.</source>
        <translation>本机尚无等级规则：下次同步时获取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualifying spend {first} – {last}: {amount}</source>
        <translation>{first} – {last} 累计有效消费：{amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth value {first} – {last}: {amount}</source>
        <translation>{first} – {last} 成长值：{amount}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{tier} is secured for this window.</source>
        <translation>本周期已保住{tier}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The highest tier.</source>
        <translation>已是最高等级。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spend {amount} more by {day} to keep {tier}</source>
        <translation>{day} 前再消费 {amount} 可保持{tier}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend {amount} more by {day} to reach {tier}</source>
        <translation>{day} 前再消费 {amount} 可升至{tier}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} more by {day} to keep {tier}</source>
        <translation>{day} 前再获得 {amount} 可保持{tier}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} more by {day} to reach {tier}</source>
        <translation>{day} 前再获得 {amount} 可升至{tier}</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <location filename="../../desktop/pages/tiers.py" line="+63"/>
        <source>Rolling 12 months</source>
        <translation>滚动 12 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar year</source>
        <translation>自然年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership year (anniversary)</source>
        <translation>会员年（入会周年）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount (basis points, 100 = 1%)</source>
        <translation>折扣（基点，100 = 1%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points multiplier (percent)</source>
        <translation>积分倍率（百分比）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday gift (points)</source>
        <translation>生日礼（积分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free shipping coupons</source>
        <translation>免邮券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority service</source>
        <translation>优先服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no quota</source>
        <translation>不限次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per membership year</source>
        <translation>每会员年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lifetime</source>
        <translation>终身</translation>
    </message>
    <message>
        <location line="+55"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What qualifies</source>
        <translation>定级依据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>衡量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grace before a downgrade</source>
        <translation>降级前宽限期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Benefit</source>
        <translation>权益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota</source>
        <translation>次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Benefits</source>
        <translation>权益</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Members now</source>
        <translation>现有会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under the edited rules</source>
        <translation>按修改后的规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving up into it</source>
        <translation>升入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving down from it</source>
        <translation>降出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview: members who would move tier</source>
        <translation>预览：等级会变动的会员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to the central server</source>
        <translation>保存到中心服务器</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>未发送任何内容：请更正标红的字段。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving needs a connection to the central server; this database is standalone. Nothing was saved.</source>
        <translation>保存需要连接中心服务器；本数据库是独立的，未保存任何内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no changes to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in: nothing was saved.</source>
        <translation>未登录：未保存任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} change(s) were saved before this: {error}</source>
        <translation>此前已保存 {n} 项修改：{error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved on the central server ({n} change(s)). The page shows the new rulebook after the next sync.</source>
        <translation>已保存到中心服务器（{n} 项修改）。下次同步后本页显示新规则。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The local rulebook cannot be read: {error}</source>
        <translation>无法读取本地规则：{error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spend (yuan)</source>
        <translation>消费金额（元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Growth value</source>
        <translation>成长值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local copy of the rulebook, revision {rev}.</source>
        <translation>本地规则副本，版本号 {rev}。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{code}: the name must not be empty</source>
        <translation>{code}：名称不能为空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code}: “{text}” is not an amount like 3000 or 3,000.00</source>
        <translation>{code}：“{text}”不是金额（例如 3000 或 3,000.00）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code}: “{text}” is not a whole number</source>
        <translation>{code}：“{text}”不是整数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Two tiers have the same name.</source>
        <translation>有两个等级同名。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The lowest tier&apos;s threshold must be 0.</source>
        <translation>最低等级的门槛必须为 0。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thresholds must rise strictly from one tier to the next.</source>
        <translation>门槛必须逐级严格递增。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{where}: the value must be a whole number</source>
        <translation>{where}：数值必须是整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: the quota must be a whole number or empty</source>
        <translation>{where}：次数必须是整数或留空</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No preview while a field is wrong.</source>
        <translation>有字段错误时不显示预览。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Counting members…</source>
        <translation>正在统计会员…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>On {day}, of {total} members: {up} would move up (at their next sale), {down} would move down (at the end of their window, after the grace period), {same} would keep their tier.</source>
        <translation>{day}，{total} 名会员中：{up} 名将升级（下次消费时），{down} 名将降级（统计周期结束且宽限期满后），{same} 名保持原等级。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a quota needs a period (and free shipping coupons always do)</source>
        <translation>设置次数必须指定周期（免邮券总是需要周期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quota must be at least 1</source>
        <translation>次数至少为 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this value is not allowed for the benefit ({problem})</source>
        <translation>该权益不允许此数值（{problem}）</translation>
    </message>
</context>
<context>
    <name>TodayStrip</name>
    <message>
        <location filename="../../pos/today_strip.py" line="+22"/>
        <source>Today for this member</source>
        <translation>今日会员权益</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tier discount: {value}</source>
        <translation>等级折扣：{value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: +{pct}% points</source>
        <translation>{name}：积分 +{pct}%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coupons: {count}</source>
        <translation>优惠券：{count} 张</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rate:,} points pay {yuan}; up to {pct}% of a bill</source>
        <translation>{rate:,} 积分抵 {yuan}；每单最多抵 {pct}%</translation>
    </message>
</context>
<context>
    <name>_TargetDialog</name>
    <message>
        <location filename="../../desktop/bulk_dialogs.py" line="-64"/>
        <source>The {count} selected members</source>
        <translation>已选的 {count} 位会员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All members matching the filters (counting…)</source>
        <translation>符合筛选条件的全部会员（统计中…）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All {count} members matching the filters</source>
        <translation>符合筛选条件的全部 {count} 位会员</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Counting members…</source>
        <translation>正在统计会员数…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} members will be changed.</source>
        <translation>将修改 {count} 位会员。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+59"/>
        <source>MemberDesk</source>
        <translation>MemberDesk 会员管理</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the database {path}:
{error}</source>
        <translation>无法打开数据库 {path}：
{error}</translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../ui/attention_words.py" line="+14"/>
        <source>Refused by the server</source>
        <translation>服务器拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points overdraft</source>
        <translation>积分透支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points differ from the receipt</source>
        <translation>积分与小票不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward stock overdrawn</source>
        <translation>礼品库存透支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile edited by two people</source>
        <translation>资料被两人同时修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by a disabled staff account</source>
        <translation>停用账号的操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager override not verified</source>
        <translation>店长授权未通过核验</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enrolment</source>
        <translation>入会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile edit</source>
        <translation>资料修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membership status change</source>
        <translation>会籍状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>freezing or unfreezing points</source>
        <translation>冻结或解冻积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reward redemption</source>
        <translation>礼品兑换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled redemption</source>
        <translation>取消兑换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order status change</source>
        <translation>订单状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points adjustment</source>
        <translation>积分调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupon issue</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benefit use</source>
        <translation>使用权益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points expiry</source>
        <translation>积分到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier evaluation</source>
        <translation>等级评定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member merge</source>
        <translation>会员合并</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no such staff account</source>
        <translation>无此员工账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account is disabled</source>
        <translation>该账号已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a manager of another store or region</source>
        <translation>其他门店或区域的店长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the role may not approve overrides</source>
        <translation>该角色无权授权</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Points debt recorded: {points:,}</source>
        <translation>已记录积分欠款：{points:,}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt printed {device:,} points; the server counts {server:,}</source>
        <translation>小票打印 {device:,} 积分，服务器计算为 {server:,}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reward {sku}</source>
        <translation>礼品 {sku}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sale {sale}</source>
        <translation>销售单 {sale}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited from version {base}, the profile was at version {current}</source>
        <translation>修改基于第 {base} 版，资料当时已是第 {current} 版</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff account {staff} was disabled when this was made</source>
        <translation>操作时员工账号 {staff} 已停用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Override approved by {staff}: {problem}</source>
        <translation>授权人 {staff}：{problem}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/i18n.py" line="+174"/>
        <source>The request was refused.</source>
        <translation>请求被拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not an amount. Enter yuan, for example 128.50.</source>
        <translation>“{text}”不是有效金额，请以元为单位输入，例如 128.50。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a valid member code (misread?). Please scan again.</source>
        <translation>“{text}”不是有效的会员码（可能扫描有误），请重新扫描。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is not a valid mobile number.</source>
        <translation>“{text}”不是有效的手机号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No member found for “{key}”.</source>
        <translation>未找到“{key}”对应的会员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{key}” matches {count} members. Scan or enter the member code.</source>
        <translation>“{key}”匹配到 {count} 位会员，请扫描或输入会员号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This phone number already belongs to member {code}.</source>
        <translation>该手机号已属于会员 {code}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member {code} is not active ({status}).</source>
        <translation>会员 {code} 当前不可用（{status}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member {code} was merged into member {into} and is closed.</source>
        <translation>会员 {code} 已合并到会员 {into}，已注销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The points account of member {code} is frozen.</source>
        <translation>会员 {code} 的积分账户已冻结。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member {code} has {available} points available; {requested} requested.</source>
        <translation>会员 {code} 可用积分 {available}，本次需要 {requested}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {max_points} points can pay for this sale; {requested} requested.</source>
        <translation>本单最多可用 {max_points} 积分抵现，本次请求 {requested}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sale “{sale_id}”.</source>
        <translation>未找到销售单“{sale_id}”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale {sale_id} can be refunded {refundable} at most; {requested} requested.</source>
        <translation>销售单 {sale_id} 最多可退 {refundable}，本次申请 {requested}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reward “{sku}”.</source>
        <translation>未找到礼品“{sku}”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward {sku} is not available ({reason}).</source>
        <translation>礼品 {sku} 暂不可兑换（{reason}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward {sku}: {available} in stock at {where}; {requested} requested.</source>
        <translation>礼品 {sku} 在 {where} 库存 {available}，本次需要 {requested}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member {code} may redeem {sku} {limit} times; {used} used, {requested} requested.</source>
        <translation>会员 {code} 最多可兑换 {sku} {limit} 次，已兑换 {used} 次，本次 {requested} 次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No redemption “{redemption_id}”.</source>
        <translation>未找到兑换记录“{redemption_id}”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption {redemption_id} is already cancelled.</source>
        <translation>兑换 {redemption_id} 已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No coupon “{coupon}” for this member.</source>
        <translation>该会员没有优惠券“{coupon}”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon {coupon} cannot be used ({reason}).</source>
        <translation>优惠券 {coupon} 不可使用（{reason}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No store “{store}”.</source>
        <translation>未找到门店“{store}”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is not configured on this device.</source>
        <translation>本机尚未配置 {what}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason is required for {action}.</source>
        <translation>{action}需要填写原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device does not know the command “{kind}” (version {version}).</source>
        <translation>本机无法识别指令“{kind}”（版本 {version}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benefit {benefit} already used {used} of {quota} times this {period}.</source>
        <translation>权益 {benefit} 本期（{period}）已使用 {used}/{quota} 次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until the next sync, member {code} can spend {allowed} points on this device (confirmed {confirmed}, spent offline {spent_offline}); {requested} requested. A manager&apos;s override is needed.</source>
        <translation>下次同步前，会员 {code} 在本设备最多可用 {allowed} 积分（已确认 {confirmed}，离线已用 {spent_offline}）；本次需 {requested}。需经理授权。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last successful sync {age_hours} hours ago (limit {max_hours} hours). Spending points needs a manager&apos;s override.</source>
        <translation>上次成功同步在 {age_hours} 小时前（上限 {max_hours} 小时）。使用积分需经理授权。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device has not synced yet. Spending points needs a manager&apos;s override.</source>
        <translation>本设备尚未完成同步。使用积分需经理授权。</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <location filename="../../ui/widgets/ledger_view.py" line="-51"/>
        <source>Earned on a purchase</source>
        <translation>消费得积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with points</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken back on a refund</source>
        <translation>退货扣回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned on a refund</source>
        <translation>退货退还</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward redeemed</source>
        <translation>兑换礼品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption cancelled</source>
        <translation>取消兑换退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual adjustment</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift</source>
        <translation>赠送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
</context>
<context>
    <name>pos</name>
    <message>
        <location filename="../../pos/wording.py" line="+15"/>
        <source>General</source>
        <translation>普通商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh food</source>
        <translation>生鲜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High margin</source>
        <translation>高毛利</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic builders</source>
        <translation>引流商品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill below the coupon&apos;s minimum</source>
        <translation>未达到用券门槛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{n} base</source>
        <translation>基础 {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} {tier} bonus</source>
        <translation>{tier}加赠 {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} {campaign}</source>
        <translation>{campaign} {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} over the daily cap</source>
        <translation>超出每日上限 {n}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{amount} off</source>
        <translation>减 {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pct}% off</source>
        <translation>减 {pct}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free shipping</source>
        <translation>包邮</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../ui/i18n.py" line="-82"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>已注销</translation>
    </message>
</context>
</TS>
