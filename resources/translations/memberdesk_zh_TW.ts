<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/pages/staff_dialogs.py" line="+75"/>
        <source>New staff account</source>
        <translation>新建員工帳號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit {user}</source>
        <translation>編輯 {user}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the user name, if left empty</source>
        <translation>留空則使用使用者名稱</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— choose a store —</source>
        <translation>— 選擇門市 —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— choose a region —</source>
        <translation>— 選擇區域 —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>leave empty to keep the password</source>
        <translation>留空則保留原密碼</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
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
        <translation>門市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter a user name: up to 64 characters, no spaces.</source>
        <translation>請輸入使用者名稱：最多 64 個字元，不含空格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clerk or store manager needs a store.</source>
        <translation>店員或店長必須屬於一家門市。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A regional manager needs a region.</source>
        <translation>區域經理必須屬於一個區域。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密碼至少需要 {n} 個字元。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing was changed.</source>
        <translation>沒有任何變更。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Works in one store; the region follows the store.</source>
        <translation>在一家門市工作；區域隨門市而定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works for every store of one region.</source>
        <translation>負責一個區域的所有門市。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works for the whole chain (no store, no region).</source>
        <translation>負責整個連鎖（不屬於門市或區域）。</translation>
    </message>
</context>
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../desktop/member_dialogs.py" line="+118"/>
        <source>Adjust points</source>
        <translation>調整積分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({code}) has {available:,} points available.</source>
        <translation>{name}（{code}）目前可用積分 {available:,}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Positive adds points, negative takes them away</source>
        <translation>正數為增加積分，負數為扣減積分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. goodwill for a late delivery, ticket 2031</source>
        <translation>例如：配送延誤補償，工單 2031</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points (+ or −)</source>
        <translation>積分（+ 或 −）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust</source>
        <translation>調整</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the number of points to add (or, with −, to take).</source>
        <translation>請輸入要增加的積分數（扣減請加 −）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the points are adjusted: the reason is kept.</source>
        <translation>請填寫調整原因，原因將被記錄。</translation>
    </message>
</context>
<context>
    <name>AdminAccess</name>
    <message>
        <location filename="../../desktop/pages/admin_access.py" line="+56"/>
        <source>This page works on the central server&apos;s data; this database is standalone, so it cannot be used here.</source>
        <translation>此頁面使用中央伺服器的資料；本資料庫為獨立資料庫，無法在此使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Central server {url}, signed in as {user}.</source>
        <translation>中央伺服器 {url}，已登入為 {user}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Central server {url}: sign in as an administrator.</source>
        <translation>中央伺服器 {url}：請以管理員身分登入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in as someone else…</source>
        <translation>以其他身分登入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in…</source>
        <translation>登入…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an administrator may use this page; {user} is not one. Sign in as an administrator to continue.</source>
        <translation>只有管理員可以使用此頁面；{user} 不是管理員。請以管理員身分登入後繼續。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your sign-in has expired: sign in again.</source>
        <translation>登入已過期：請重新登入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator may do this.</source>
        <translation>只有管理員可以執行此操作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central server refused: {reason}</source>
        <translation>中央伺服器拒絕了請求：{reason}</translation>
    </message>
</context>
<context>
    <name>AttentionFactsPane</name>
    <message>
        <location filename="../../desktop/pages/attention.py" line="+219"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>門店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk</source>
        <translation>店員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open member</source>
        <translation>開啟會員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an item to see its facts.</source>
        <translation>選擇一筆記錄查看詳情。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server said: {reason}</source>
        <translation>伺服器回覆：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open: resolve it on the server</source>
        <translation>待處理：請在伺服器上處理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved {when} by {who}: {how}</source>
        <translation>{who} 於 {when} 已處理：{how}</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location line="-227"/>
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已處理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing needs attention.</source>
        <translation>沒有需要處理的事項。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No items.</source>
        <translation>沒有記錄。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} items shown; scroll for more</source>
        <translation>已顯示 {count} 筆，向下捲動查看更多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} items need attention</source>
        <translation>{count} 筆待處理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} items</source>
        <translation>{count} 筆</translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../ui/attention_model.py" line="+101"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>門店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk</source>
        <translation>店員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the server said</source>
        <translation>伺服器回覆</translation>
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
        <translation>登入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account created</source>
        <translation>建立員工帳號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account changed</source>
        <translation>修改員工帳號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN reset</source>
        <translation>重設 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own PIN set</source>
        <translation>設定本人 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device enrolled</source>
        <translation>登記裝置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device revoked</source>
        <translation>撤銷裝置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier changed</source>
        <translation>修改等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier ladder changed</source>
        <translation>修改等級體系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier policy changed</source>
        <translation>修改等級規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit changed</source>
        <translation>修改權益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point rules published</source>
        <translation>發佈積分規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward created</source>
        <translation>建立兌換禮品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward changed</source>
        <translation>修改兌換禮品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock allocated</source>
        <translation>分配庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention item resolved</source>
        <translation>處理待辦事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member&apos;s contact details revealed</source>
        <translation>查看會員完整聯絡方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job run</source>
        <translation>執行作業</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>anyone (a user name)</source>
        <extracomment>Detail fields that name what an entry is about, most telling first.</extracomment>
        <translation>任何人（使用者名稱）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation>顯示</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>對象</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Load older</source>
        <translation>載入更早記錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The first day is after the last day.</source>
        <translation>開始日期晚於結束日期。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not signed in: no entries to show.</source>
        <translation>未登入：沒有可顯示的記錄。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{n} entries written to {path}.</source>
        <translation>已將 {n} 筆記錄寫入 {path}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the audit log</source>
        <translation>匯出稽核日誌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{n} entries, newest first.</source>
        <translation>共 {n} 筆記錄，最新的在前。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} newest entries; older ones follow with “Load older”.</source>
        <translation>最新的 {n} 筆記錄；點選「載入更早記錄」查看更早的。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No entries match.</source>
        <translation>沒有符合條件的記錄。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{action} by {actor} at {time}</source>
        <translation>{actor} 於 {time}：{action}</translation>
    </message>
</context>
<context>
    <name>BenefitUsesModel</name>
    <message>
        <location filename="../../desktop/member_benefits_tab.py" line="+93"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit</source>
        <translation>權益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>週期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>門市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>員工</translation>
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
        <translation>本週（{key}）</translation>
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
        <translation>本會員年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ever</source>
        <translation>永久</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{percent}% off every purchase</source>
        <translation>每筆消費 {percent}% 折扣</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points ×{times}</source>
        <translation>積分 ×{times}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Birthday gift: {points:,} points</source>
        <translation>生日禮：{points:,} 積分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday gift</source>
        <translation>生日禮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free-shipping coupon</source>
        <translation>免運券</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority service</source>
        <translation>優先服務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no longer in the rulebook)</source>
        <translation>（規則中已無此權益）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Benefit</source>
        <translation>權益</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quota period</source>
        <translation>額度週期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>剩餘</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no quota</source>
        <translation>不限次數</translation>
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
        <translation>使用記錄（最新在前）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant the selected benefit</source>
        <translation>發放所選權益</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday gifts and free-shipping coupons are handed out on request.</source>
        <translation>生日禮和免運券應會員要求發放。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Benefits of {tier}</source>
        <translation>{tier}權益</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {tier} tier has no benefits.</source>
        <translation>{tier}等級沒有權益。</translation>
    </message>
</context>
<context>
    <name>CancelRedemptionDialog</name>
    <message>
        <location filename="../../desktop/member_dialogs.py" line="+61"/>
        <location line="+20"/>
        <source>Cancel redemption</source>
        <translation>取消兌換</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cancel {reward} × {qty} redeemed on {when}: {points:,} points go back to the member and the reward back to stock.</source>
        <translation>取消 {when} 兌換的 {reward} × {qty}：{points:,} 積分退還會員，禮品退回庫存。</translation>
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
        <translation>請填寫原因，原因將隨此次變更一併記錄。</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../desktop/pages/mall/catalog.py" line="+102"/>
        <source>Search SKU, name or category</source>
        <translation>搜尋 SKU、名稱或類別</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reward</source>
        <translation>獎品</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points price</source>
        <translation>積分價</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash (¥)</source>
        <translation>現金（¥）</translation>
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
        <translation>庫存方式</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Central stock</source>
        <translation>總部庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit per member</source>
        <translation>每人限兌</translation>
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
        <translation>等級限制</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Coupon template</source>
        <translation>優惠券範本</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>On the shelf</source>
        <translation>上架</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+137"/>
        <source>New reward</source>
        <translation>新增獎品</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Save to the central server</source>
        <translation>儲存到中央伺服器</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Store stock</source>
        <translation>門市庫存</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>items the store holds</source>
        <translation>門市持有件數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store</source>
        <translation>門市</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>any tier</source>
        <translation>任何等級</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tier} and above</source>
        <translation>{tier}及以上</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+75"/>
        <location line="+61"/>
        <source>Reward {sku}</source>
        <translation>獎品 {sku}</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+15"/>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>未傳送任何內容：請更正標紅的欄位。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>This reward is no longer in the catalog.</source>
        <translation>該獎品已不在目錄中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no changes to save.</source>
        <translation>沒有需要儲存的變更。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+62"/>
        <source>Not signed in: nothing was saved.</source>
        <translation>未登入：未儲存任何內容。</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reward {sku} saved on the central server. The catalog shows it after the next sync.</source>
        <translation>獎品 {sku} 已儲存到中央伺服器。下次同步後目錄中即可看到。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a reward with stock per store first.</source>
        <translation>請先選擇按門市分配庫存的獎品。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quantity: {problem}. Nothing was sent.</source>
        <translation>數量：{problem}。未傳送任何內容。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{store} now holds {quantity} of {sku} (was {previous}). The table shows it after the next sync.</source>
        <translation>{store} 現持有 {sku} {quantity} 件（原為 {previous}）。下次同步後表格中即可看到。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Image: {problem}. The image was not changed.</source>
        <translation>圖片：{problem}。圖片未變更。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{shown} of {total} rewards</source>
        <translation>共 {total} 個獎品，顯示 {shown} 個</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{user} may not make this change to the points mall.</source>
        <translation>{user} 無權對積分商城做此變更。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Select a reward with stock per store to allocate its stock.</source>
        <translation>選擇按門市分配庫存的獎品以分配其庫存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sku} does not use stock per store.</source>
        <translation>{sku} 不按門市分配庫存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sku}: no store holds any yet.</source>
        <translation>{sku}：尚無門市持有庫存。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: a reward with this SKU exists</source>
        <translation>{field}：已存在該 SKU 的獎品</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/charts.py" line="+108"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as an image, or its data</source>
        <translation>將圖表儲存為圖片，或匯出其資料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image (PNG)…</source>
        <translation>圖片（PNG）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as CSV…</source>
        <translation>資料（CSV）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as Excel (XLSX)…</source>
        <translation>資料（Excel XLSX）…</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Export chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {path}
{why}</source>
        <translation>未儲存：{path}
{why}</translation>
    </message>
</context>
<context>
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../pos/checkout.py" line="+95"/>
        <source>Scan the member card, or type member no. / mobile, then Enter</source>
        <translation>掃描會員碼，或輸入會員號／手機號碼後按 Enter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Scan a member card to begin</source>
        <translation>請掃描會員碼</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up</source>
        <translation>查會員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol</source>
        <translation>入會</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeem</source>
        <translation>兌換</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>退貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most points</source>
        <translation>積分折抵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>結帳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No sale to print yet.</source>
        <translation>還沒有可列印的交易。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The receipt could not be printed: {error}</source>
        <translation>收據列印失敗：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printed: {where}</source>
        <translation>收據已列印：{where}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+139"/>
        <source>Scan the member card first.</source>
        <translation>請先掃描會員碼。</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+6"/>
        <source>Scanned: {text}</source>
        <translation>掃描內容：{text}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Type the amount of the sale first.</source>
        <translation>請先輸入本單金額。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not completed: nothing was recorded and no points were spent.</source>
        <translation>未結帳：沒有記錄任何交易，也沒有扣除點數。</translation>
    </message>
    <message>
        <location filename="../../pos/outcomes.py" line="+19"/>
        <source>Sale {receipt} recorded: paid {paid}. Earned {earned:,} points, paid with {spent:,} points. Member {code} now has {available:,} points available.</source>
        <translation>已結帳 {receipt}：實付 {paid}。獲得 {earned:,} 點，折抵 {spent:,} 點。會員 {code} 現有可用點數 {available:,}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(pending sync)</source>
        <translation>（待同步）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redeemed {qty} × {name} for {points:,} points.</source>
        <translation>已兌換 {qty} × {name}，扣 {points:,} 點。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refunded {amount} of sale {receipt}: {reversed:,} points taken back, {returned:,} points given back.</source>
        <translation>已退貨 {amount}（收據 {receipt}）：扣回 {reversed:,} 點，退還 {returned:,} 點。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Points debt: {points:,}.</source>
        <translation>點數欠額：{points:,}。</translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <location filename="../../desktop/bulk_dialogs.py" line="+152"/>
        <source>Issue a coupon</source>
        <translation>發放優惠券</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} coupons will be issued, one to each member.</source>
        <translation>將發放 {count} 張優惠券，每位會員一張。</translation>
    </message>
</context>
<context>
    <name>CouponsModel</name>
    <message>
        <location filename="../../desktop/record_tables.py" line="+173"/>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>券碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>發放日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>used {when}</source>
        <translation>已使用 {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>void</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>已過期</translation>
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
        <translation>滿減</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent off</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free shipping</source>
        <translation>包郵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long (at most 100 characters)</source>
        <translation>太長（最多 100 個字元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains control characters</source>
        <translation>含有控制字元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an amount in yuan (for example 12.50)</source>
        <translation>不是以元為單位的金額（例如 12.50）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a percentage (for example 15 or 12.5, meaning % off)</source>
        <translation>不是百分比（例如 15 或 12.5，表示減免的百分比）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a whole number</source>
        <translation>不是整數</translation>
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
        <translation>減免金額超過了使用門檻</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another template has this name</source>
        <translation>已有同名的範本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} off</source>
        <translation>減 {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent}% off ({zhe}折)</source>
        <translation>減 {percent}%（{zhe}折）</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+47"/>
        <location line="+101"/>
        <source>New template</source>
        <translation>新增範本</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 满300减50</source>
        <translation>例如 滿300減50</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Amount off (¥)</source>
        <translation>減免金額（¥）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 50 or 12.50</source>
        <translation>例如 50 或 12.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent off (%)</source>
        <translation>減免百分比（%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 means 15% off (85折)</source>
        <translation>15 表示減 15%（85折）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum spend (¥)</source>
        <translation>使用門檻（¥）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: no minimum</source>
        <translation>留空：無門檻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for (days)</source>
        <translation>有效天數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days from when it is issued</source>
        <translation>自發放之日起的天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be issued</source>
        <translation>可發放</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A change of amounts applies to unused coupons already issued; a change of validity to coupons issued from now on.</source>
        <translation>修改金額會作用於已發放但未使用的券；修改有效期只作用於此後發放的券。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save to the central server</source>
        <translation>儲存到中央伺服器</translation>
    </message>
    <message>
        <location line="+119"/>
        <location line="+71"/>
        <source>Template {name} ({id})</source>
        <translation>範本 {name}（{id}）</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>未傳送任何內容：請更正標紅的欄位。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This template is no longer in the local copy.</source>
        <translation>本機副本中已沒有這個範本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no changes to save.</source>
        <translation>沒有需要儲存的修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving needs a connection to the central server; this database is standalone. Nothing was saved.</source>
        <translation>儲存需要連線中央伺服器；此資料庫是獨立的。未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not signed in: nothing was saved.</source>
        <translation>未登入：未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Template {name} ({id}) saved on the central server. The table shows it after the next sync.</source>
        <translation>範本 {name}（{id}）已儲存到中央伺服器。下次同步後表格中會顯示。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{total} templates, {active} may be issued</source>
        <translation>共 {total} 個範本，{active} 個可發放</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The local copy cannot be read: {error}</source>
        <translation>無法讀取本機副本：{error}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fixed: coupons of this template have been issued.</source>
        <translation>已固定：此範本的優惠券已經發放。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on a spend of {amount} or more</source>
        <translation>消費滿 {amount} 可用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on any spend</source>
        <translation>無門檻</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} off {spend}</source>
        <translation>減 {amount}，{spend}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{percent}% off (pays {zhe}折) {spend}</source>
        <translation>減 {percent}%（{zhe}折），{spend}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>free shipping {spend}</source>
        <translation>包郵，{spend}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{user} may not change coupon templates (back office or admin only).</source>
        <translation>{user} 無權修改優惠券範本（僅限總部或管理員）。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/pages/dashboards/base.py" line="+58"/>
        <source>Computing the figures…</source>
        <translation>正在計算資料…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The figures could not be read (see the log). Try again.</source>
        <translation>無法讀取資料（詳見日誌），請重試。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no home store)</source>
        <translation>（無所屬門市）</translation>
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
        <translation>按週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All regions</source>
        <translation>全部區域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tiers</source>
        <translation>全部等級</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All stores</source>
        <translation>全部門市</translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <location filename="../../desktop/pages/dashboards/__init__.py" line="+64"/>
        <source>Dashboards</source>
        <translation>經營看板</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points health</source>
        <translation>積分健康度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points mall</source>
        <translation>積分商城</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM &amp; churn</source>
        <translation>RFM 與流失預警</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This device holds region {regions}: the figures are of its members.</source>
        <translation>本裝置保存區域 {regions} 的資料：數字僅含該區域會員。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures of every member this database holds.</source>
        <translation>本資料庫中全部會員的資料。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../pos/enrol_dialog.py" line="+43"/>
        <source>Enrol a new member</source>
        <translation>新會員入會</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>11-digit mobile number</source>
        <translation>11 位手機號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Not given</source>
        <translation>未填寫</translation>
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
        <translation>手機號碼 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrol</source>
        <translation>入會</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A name is required.</source>
        <translation>請填寫姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number is required.</source>
        <translation>請填寫手機號碼。</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <location filename="../../ui/widgets/figure_table.py" line="+64"/>
        <source>Export</source>
        <extracomment>(shown text, exported value)</extracomment>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as CSV…</source>
        <translation>資料（CSV）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as Excel (XLSX)…</source>
        <translation>資料（Excel XLSX）…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Export table</source>
        <translation>匯出表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {path}
{why}</source>
        <translation>未儲存：{path}
{why}</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <location filename="../../desktop/member_dialogs.py" line="-68"/>
        <source>Freeze points</source>
        <translation>凍結積分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While frozen, {name} ({code}) earns no points and cannot spend any.</source>
        <translation>凍結期間，{name}（{code}）不能獲得積分，也不能使用積分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freeze</source>
        <translation>凍結</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unfreeze points</source>
        <translation>解凍積分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({code}) will earn and spend points again.</source>
        <translation>{name}（{code}）將恢復獲得和使用積分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unfreeze</source>
        <translation>解凍</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give a reason: it is kept with the change.</source>
        <translation>請填寫原因，原因將隨此次變更一併記錄。</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../pos/help_overlay.py" line="+25"/>
        <source>Show or hide this help</source>
        <translation>顯示／隱藏本說明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up a member: type member no., mobile or last 4 digits</source>
        <translation>查會員：輸入會員號、手機號碼或末 4 碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol a new member</source>
        <translation>新會員入會</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeem a reward</source>
        <translation>兌換贈品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund a sale</source>
        <translation>退貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the last sale&apos;s receipt</source>
        <translation>列印上一筆交易的收據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay with as many points as allowed</source>
        <translation>以點數折抵（可折抵的最大額）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out (the sale in progress is kept)</source>
        <translation>登出（保留進行中的交易）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete the sale</source>
        <translation>結帳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear: forget the member and the sale</source>
        <translation>清除：清除會員與本單</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A scan works from anywhere on this screen.</source>
        <translation>在本畫面任何位置都可以直接掃碼。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/import_dialog.py" line="+43"/>
        <location line="+109"/>
        <source>Import members</source>
        <translation>匯入會員</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Choose a CSV file…</source>
        <translation>選擇 CSV 檔案…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen</source>
        <translation>未選擇檔案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column in the file</source>
        <translation>檔案中的欄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member field</source>
        <translation>會員欄位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+149"/>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+149"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Which column holds what</source>
        <translation>各欄對應的內容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview (first rows)</source>
        <translation>預覽（前幾行）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home store</source>
        <translation>所屬門市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member no.</source>
        <translation>會員號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening points</source>
        <translation>期初積分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required, but empty</source>
        <translation>必填，但為空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an 11-digit mobile number</source>
        <translation>不是 11 位手機號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member with this mobile number exists already</source>
        <translation>已有會員使用此手機號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as line {line} of the file</source>
        <translation>與檔案第 {line} 行重複</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid member number</source>
        <translation>不是有效的會員號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender must be F, M, 女 or 男</source>
        <translation>性別須為 F、M、女 或 男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date like 1990-05-17</source>
        <translation>不是 1990-05-17 這樣的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points must be a whole number of 0 or more</source>
        <translation>積分須為 0 或以上的整數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No store has this code</source>
        <translation>沒有此編號的門市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More values than columns (a separator inside an unquoted value?)</source>
        <translation>值的個數多於欄數（未加引號的值裡有分隔符？）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free member number found; try again</source>
        <translation>找不到可用的會員號，請重試</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{rows} rows in the file; {bad} of the first {shown} have a problem</source>
        <translation>檔案共 {rows} 行；前 {shown} 行中有 {bad} 行有問題</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing members…</source>
        <translation>正在匯入會員…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{accepted} members imported, {rejected} rows refused</source>
        <translation>已匯入 {accepted} 位會員，{rejected} 行被拒絕</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled after {rows} rows: {summary}</source>
        <translation>處理 {rows} 行後已取消：{summary}</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <location filename="../../desktop/pages/coupon_issue.py" line="+55"/>
        <source>Issue coupons</source>
        <translation>發放優惠券</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>member no. or mobile</source>
        <translation>會員號或手機號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue to this member</source>
        <translation>發給該會員</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue to everyone matching…</source>
        <translation>發給所有符合條件的會員…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To one member</source>
        <translation>發給單一會員</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To everyone matching</source>
        <translation>發給符合條件的會員</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Counting members…</source>
        <translation>正在統計會員…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+21"/>
        <source>Choose a template first.</source>
        <translation>請先選擇範本。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Type a member no. or mobile first.</source>
        <translation>請先輸入會員號或手機號碼。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Issuing coupons…</source>
        <translation>正在發放優惠券…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} members match</source>
        <translation>{count} 位會員符合條件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No member matches these filters: nothing to issue.</source>
        <translation>沒有會員符合這些條件：無需發放。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue {count} coupons of {template}, one to each member matching these filters? They are queued for upload and cannot be taken back here.</source>
        <translation>向符合這些條件的每位會員各發放一張 {template}，共 {count} 張？發放後將排隊上傳，此處無法撤回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issue {count} coupons</source>
        <translation>發放 {count} 張優惠券</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coupon {code} issued to {member}, valid until {until}.</source>
        <translation>優惠券 {code} 已發給 {member}，有效期至 {until}。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{done} coupons issued, {failed} members refused</source>
        <translation>已發放 {done} 張優惠券，{failed} 位會員被拒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(first: {reason})</source>
        <translation>（首個原因：{reason}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: {summary}; the coupons issued stay issued.</source>
        <translation>已取消：{summary}；已發放的優惠券保持有效。</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../../ui/widgets/ledger_view.py" line="+88"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>門店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>LotsModel</name>
    <message>
        <location filename="../../desktop/record_tables.py" line="-101"/>
        <source>Earned</source>
        <translation>獲得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>剩餘</translation>
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
        <translation>{day}（已過期）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+68"/>
        <source>MemberDesk — Back office</source>
        <translation>MemberDesk 會員管理 — 後台</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Attention</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Tiers &amp; benefits</source>
        <translation>等級與權益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point rules</source>
        <translation>積分規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points mall</source>
        <translation>積分商城</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupons</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboards</source>
        <translation>經營看板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff &amp; roles</source>
        <translation>員工與角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>稽核日誌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>設定</translation>
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
        <translation>兌換次數</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Items redeemed</source>
        <translation>兌換件數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points redeemed</source>
        <translation>兌換所用積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash paid with points</source>
        <translation>積分加價所付現金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption conversion</source>
        <translation>兌換轉換率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Stock alerts</source>
        <translation>庫存預警</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Redemptions per period</source>
        <translation>各期兌換次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top rewards by redemptions</source>
        <translation>兌換最多的禮品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top rewards</source>
        <translation>熱門禮品</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cheapest reward {points} points</source>
        <translation>最便宜禮品 {points} 積分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no reward on offer</source>
        <translation>暫無可兌換禮品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} of {total} who could redeem</source>
        <translation>可兌換的 {total} 人中有 {n} 人兌換</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at or below {n} left</source>
        <translation>剩餘不超過 {n} 件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+22"/>
        <source>Reward</source>
        <translation>禮品</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>SKU</source>
        <translation>貨號</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>件數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash (¥)</source>
        <translation>現金（元）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>central stock</source>
        <translation>總倉庫存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>庫存位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>剩餘</translation>
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
        <translation>過長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains control characters</source>
        <translation>含有控制字元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 32, starting with a letter or digit)</source>
        <translation>字母、數字、「.」、「_」或「-」（最多 32 個，以字母或數字開頭）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a whole number</source>
        <translation>不是整數</translation>
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
        <translation>不是以元為單位的金額（例如 12.50）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends before it starts</source>
        <translation>結束早於開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a reward with central stock holds central stock</source>
        <translation>只有使用總部庫存的獎品才有總部庫存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only for a coupon reward</source>
        <translation>僅用於優惠券獎品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a picture (PNG, JPEG, BMP, GIF or WebP)</source>
        <translation>不是圖片（PNG、JPEG、BMP、GIF 或 WebP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is larger than 32 MB</source>
        <translation>檔案大於 32 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>檔案為空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than 64 KB even when scaled to 256×256</source>
        <translation>縮放至 256×256 後仍大於 64 KB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>larger than 256×256 pixels</source>
        <translation>大於 256×256 像素</translation>
    </message>
    <message>
        <location line="+511"/>
        <source>Saving needs a connection to the central server; this database is standalone. Nothing was saved.</source>
        <translation>儲存需要連線中央伺服器；此資料庫為獨立資料庫。未儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/mall/models.py" line="+23"/>
        <source>physical</source>
        <translation>實物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual</source>
        <translation>虛擬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>服務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/pages/mall/page.py" line="+173"/>
        <source>central stock</source>
        <translation>總部庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per store</source>
        <translation>按門市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placed</source>
        <translation>已下單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fulfilled</source>
        <translation>已備貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/mall/page.py" line="-99"/>
        <source>at or below </source>
        <translation>不超過 </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catalog</source>
        <translation>目錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption orders</source>
        <translation>兌換訂單</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Stock alerts: no reward on the shelf is at or below {n}.</source>
        <translation>庫存預警：沒有上架獎品的庫存不超過 {n}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stock alerts: {count} low (at or below {n})</source>
        <translation>庫存預警：{count} 項偏低（不超過 {n}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sku} {name} — {where}: {quantity} left</source>
        <translation>{sku} {name} — {where}：剩餘 {quantity}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The local copy cannot be read: {error}</source>
        <translation>無法讀取本機副本：{error}</translation>
    </message>
</context>
<context>
    <name>MemberDetailPage</name>
    <message>
        <location filename="../../desktop/pages/member_detail.py" line="+124"/>
        <source>← Members</source>
        <extracomment>How long revealed personal data stays on screen. What the page reveals: the mobile. (The profile form shows the e-mail as it is, so revealing it would record nothing that is hidden.)</extracomment>
        <translation>← 會員列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the member list (Esc)</source>
        <translation>返回會員列表（Esc）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adjust points…</source>
        <translation>調整積分…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+266"/>
        <source>Freeze points…</source>
        <translation>凍結積分…</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Merge a duplicate into this member…</source>
        <translation>將重複會員合併到此會員…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reveal mobile and e-mail</source>
        <translation>顯示完整手機號和電子郵件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks the central server, which records who revealed what (audit log)</source>
        <translation>向中央伺服器請求，伺服器會記錄誰檢視了什麼（稽核日誌）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Points lots (spent in this order)</source>
        <translation>積分批次（按此順序使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points entries, newest first</source>
        <translation>積分明細（最新在前）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel redemption…</source>
        <translation>取消兌換…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile</source>
        <translation>資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemptions</source>
        <translation>兌換記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupons</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benefits</source>
        <translation>權益</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Birthday gift granted: {points:,} points.</source>
        <translation>已發放生日禮：{points:,} 積分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free-shipping coupon {code} issued.</source>
        <translation>已發放免運券 {code}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benefit use recorded.</source>
        <translation>已記錄權益使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will be uploaded with the next sync.</source>
        <translation>將在下次同步時上傳。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not granted: {reason}</source>
        <translation>未發放：{reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Redemption cancelled: {points:,} points returned.</source>
        <translation>兌換已取消：已退還 {points:,} 積分。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Member {code}</source>
        <translation>會員 {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{points:,} points are past their expiry date and no longer usable; the expiry job writes them off.</source>
        <translation>{points:,} 積分已過有效期，不能再使用；到期處理作業會將其清除。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Redemptions ({count})</source>
        <translation>兌換記錄（{count}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupons ({count})</source>
        <translation>優惠券（{count}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unfreeze points…</source>
        <translation>解凍積分…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Revealing personal data needs the central API, which records it first; this database is standalone, so nothing is shown.</source>
        <translation>檢視個人資料需要中央伺服器先行記錄；此資料庫為獨立資料庫，因此不顯示任何內容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not signed in: nothing was revealed.</source>
        <translation>未登入：未顯示任何內容。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database is standalone: there is no central server.</source>
        <translation>本資料庫為獨立資料庫，沒有中央伺服器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in: the server&apos;s list is not shown.</source>
        <translation>未登入，不顯示中央伺服器上的列表。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mobile {phone}</source>
        <translation>手機 {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail {email}</source>
        <translation>電子郵件 {email}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masked again in {seconds} s. The central server recorded this.</source>
        <translation>{seconds} 秒後重新隱藏。中央伺服器已記錄此次檢視。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{points:+,} points recorded. The change will be uploaded with the next sync.</source>
        <translation>已記錄 {points:+,} 積分，將在下次同步時上傳。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Points frozen: no earning or spending until unfrozen.</source>
        <translation>積分已凍結：解凍前不能獲得或使用積分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points unfrozen: the member earns and spends again.</source>
        <translation>積分已解凍：會員可以重新獲得和使用積分。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member {code} merged into this member: {points:,} points in {lots} lots, {debt:,} points debt and {coupons} coupons moved; {code} is closed.</source>
        <translation>會員 {code} 已合併到此會員：轉入 {points:,} 積分（{lots} 個積分批次）、{debt:,} 積分欠額和 {coupons} 張優惠券；{code} 已註銷。</translation>
    </message>
</context>
<context>
    <name>MemberFilterBar</name>
    <message>
        <location filename="../../ui/widgets/member_filter_bar.py" line="+50"/>
        <source>All tiers</source>
        <translation>全部等級</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All stores</source>
        <translation>全部門市</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>任意狀態</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any tag</source>
        <translation>任意標籤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>入會日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No purchase since</source>
        <translation>此日起未消費</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
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
        <translation>會員數</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>New in period</source>
        <translation>期內新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed in period</source>
        <translation>期內流失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active, 30 days</source>
        <translation>30 天活躍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active, 90 days</source>
        <translation>90 天活躍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier moves up / down</source>
        <translation>等級升 / 降</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members, running total</source>
        <translation>會員總數走勢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New vs lapsed members</source>
        <translation>新增與流失會員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members by tier</source>
        <translation>各等級會員數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier movement in the period</source>
        <translation>期內等級變動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By store</source>
        <translation>按門市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By region</source>
        <translation>按區域</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{days} days without a purchase</source>
        <translation>{days} 天未消費即算流失</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>{n} of {total} members</source>
        <translation>{total} 名會員中 {n} 名</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>期間</translation>
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
        <translation>等級</translation>
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
        <translation>30 天活躍率（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active 90 days (%)</source>
        <translation>90 天活躍率（%）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Store</source>
        <translation>門市</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no home store)</source>
        <translation>（無所屬門市）</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="+83"/>
        <source>Available points</source>
        <translation>可用積分</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No member selected</source>
        <translation>未選擇會員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name masked for privacy</source>
        <translation>為保護隱私，姓名已隱去</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Member no. {code}</source>
        <translation>會員號 {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile {phone}</source>
        <translation>手機 {phone}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Locked {points:,}</source>
        <translation>鎖定中 {points:,}</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Earned recently; usable once the return window has passed</source>
        <translation>近期獲得的積分，退貨期過後即可使用</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not yet uploaded {points:+,}</source>
        <translation>待上傳 {points:+,}</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Changes made on this device that the server has not confirmed yet</source>
        <translation>本機已記錄、伺服器尚未確認的變動</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Points owed {points:,}</source>
        <translation>積分欠款 {points:,}</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Repaid automatically from future earnings</source>
        <translation>將從日後獲得的積分中自動扣還</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Spend {amount} more by {day} to keep {tier}</source>
        <translation>{day}前再消費 {amount} 保級{tier}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend {amount} more by {day} to reach {tier}</source>
        <translation>{day}前再消費 {amount} 升級{tier}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} more growth by {day} to keep {tier}</source>
        <translation>{day}前再獲得 {amount} 成長值保級{tier}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} more growth by {day} to reach {tier}</source>
        <translation>{day}前再獲得 {amount} 成長值升級{tier}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MEMBERSHIP CLOSED</source>
        <translation>會員已註銷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MEMBERSHIP FROZEN</source>
        <translation>會員已凍結</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MEMBERSHIP NOT ACTIVE ({status})</source>
        <translation>會員不可用（{status}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POINTS FROZEN: no earning or spending</source>
        <translation>積分已凍結：不能獲得或使用積分</translation>
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
        <translation>登入已過期：請重新登入後再檢視。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revealing needs the central API, which records it first; {url} cannot be reached, so nothing is shown.</source>
        <translation>檢視需要中央伺服器先行記錄；無法連線 {url}，因此不顯示任何內容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{user} may not reveal this member&apos;s personal data.</source>
        <translation>{user} 無權檢視此會員的個人資料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The central API does not know this member yet (not synced?): nothing is shown.</source>
        <translation>中央伺服器尚無此會員（尚未同步？）：不顯示任何內容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The central API failed ({status}); try again.</source>
        <translation>中央伺服器出錯（{status}）；請重試。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central API did not reveal it: {reason}</source>
        <translation>中央伺服器未予顯示：{reason}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/pages/members.py" line="+87"/>
        <source>Member no., mobile, last 4 digits, name or pinyin initials</source>
        <translation>會員號、手機號碼、末四碼、姓名或拼音首字母</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Tag…</source>
        <translation>標籤…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue coupon…</source>
        <translation>發券…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list as filtered and sorted, to CSV or XLSX</source>
        <translation>按目前篩選和排序匯出為 CSV 或 XLSX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open member…</source>
        <translation>開啟會員…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile, points, redemptions, coupons (Enter)</source>
        <translation>資料、積分、兌換記錄、優惠券（Enter）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent points entries</source>
        <translation>最近積分紀錄</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Searching…</source>
        <translation>搜尋中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{count} members shown; scroll for more</source>
        <translation>已顯示 {count} 位會員，向下捲動載入更多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} members</source>
        <translation>共 {count} 位會員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No member matches “{query}”</source>
        <translation>沒有與「{query}」相符的會員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First {count} matches; type more to narrow down</source>
        <translation>僅顯示前 {count} 筆結果，請輸入更多內容縮小範圍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} found</source>
        <translation>找到 {count} 位會員</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{count} members selected</source>
        <translation>已選 {count} 位會員</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Removing the tag…</source>
        <translation>正在移除標籤…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tagging members…</source>
        <translation>正在為會員加標籤…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Issuing coupons…</source>
        <translation>正在發券…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{done} members changed, {same} already so, {failed} refused</source>
        <translation>已修改 {done} 位會員，{same} 位無需修改，{failed} 位被拒絕</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: {summary}</source>
        <translation>已取消：{summary}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export members</source>
        <translation>匯出會員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member no.</source>
        <translation>會員號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>積分餘額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points debt</source>
        <translation>積分欠額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>門市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>入會日期</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exporting members…</source>
        <translation>正在匯出會員…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled; no file was written</source>
        <translation>匯出已取消，未寫入任何檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} members exported to {path}</source>
        <translation>已將 {count} 位會員匯出到 {path}</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../ui/members_model.py" line="+285"/>
        <source>Member no.</source>
        <translation>會員號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>積分餘額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>門市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>入會日期</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Membership {status}</source>
        <translation>會員{status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points frozen</source>
        <translation>積分已凍結</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owes {points:,} points</source>
        <translation>欠 {points:,} 積分</translation>
    </message>
</context>
<context>
    <name>MergeMembersDialog</name>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="+76"/>
        <source>Merge a duplicate member</source>
        <extracomment>Lots listed per member; the rest are counted.</extracomment>
        <translation>合併重複會員</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything the duplicate enrolment holds moves to {name} ({code}): its points lots with their dates (pending points stay pending), its points debt, its unused coupons and its qualifying spend. The duplicate is then closed for good.</source>
        <translation>重複登記的會員所持有的一切都將轉給 {name}（{code}）：積分批次及其日期（鎖定中的積分仍保持鎖定）、積分欠額、未使用的優惠券和計入等級的消費。隨後重複會員將被永久註銷。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member code or mobile of the duplicate</source>
        <translation>重複會員的會員號或手機號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>查詢</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate</source>
        <translation>重複會員</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. enrolled twice, the mobile was mistyped (ticket 2040)</source>
        <translation>例如：重複登記，手機號碼輸錯（工單 2040）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available points</source>
        <translation>可用積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending points</source>
        <translation>鎖定中積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points debt</source>
        <translation>積分欠額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points lots</source>
        <translation>積分批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused coupons</source>
        <translation>未使用優惠券</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stays (this member)</source>
        <translation>保留（此會員）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate (closed)</source>
        <translation>重複會員（將註銷）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the merge</source>
        <translation>合併後</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>, points frozen</source>
        <translation>，積分已凍結</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{points:,} pending until {available}, ends {ends}</source>
        <translation>{points:,}，鎖定至 {available}，{ends} 到期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{points:,}, ends {ends}</source>
        <translation>{points:,}，{ends} 到期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and {count} more</source>
        <translation>… 另有 {count} 個</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} ({names})</source>
        <translation>{count} 張（{names}）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} lots</source>
        <translation>{count} 個批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count}</source>
        <translation>{count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{status} → closed</source>
        <translation>{status} → 已註銷</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the member code or mobile of the duplicate.</source>
        <translation>請輸入重複會員的會員號或手機號碼。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>That is this member. Find the other enrolment of the same person.</source>
        <translation>這就是目前會員。請查詢同一人的另一次登記。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member {code} is {status}: only an active member can be merged.</source>
        <translation>會員 {code} 狀態為{status}：只能合併正常狀態的會員。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Find the duplicate first: its code or mobile, then Find.</source>
        <translation>請先查詢重複會員：輸入會員號或手機號碼，然後點擊「查詢」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a reason: it is kept with the merge.</source>
        <translation>請填寫原因：原因將隨合併一併保存。</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../desktop/pages/mall/models.py" line="+104"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>獎品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>門市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../desktop/pages/mall/orders.py" line="+52"/>
        <source>Any status</source>
        <translation>任何狀態</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>Any store</source>
        <translation>任何門市</translation>
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
        <translation>會員號</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load more</source>
        <translation>載入更多</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark fulfilled</source>
        <translation>標記為已備貨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark shipped</source>
        <translation>標記為已出貨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel order…</source>
        <translation>取消訂單…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>「{text}」不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>No orders match.</source>
        <translation>沒有符合條件的訂單。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order {reward} for {member} marked fulfilled.</source>
        <translation>會員 {member} 的訂單 {reward} 已標記為已備貨。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {reward} for {member} marked shipped.</source>
        <translation>會員 {member} 的訂單 {reward} 已標記為已出貨。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change will be uploaded with the next sync.</source>
        <translation>變更將在下次同步時上傳。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Order {reward} for {member} cancelled: {points:,} points and the stock returned.</source>
        <translation>會員 {member} 的訂單 {reward} 已取消：{points:,} 積分和庫存已退回。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../pos/override_dialog.py" line="+40"/>
        <source>Manager override</source>
        <translation>店長授權</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e.g. network down since this morning</source>
        <translation>例如：早上起網路中斷</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manager</source>
        <translation>店長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager PIN</source>
        <translation>店長 PIN 碼</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fill in the manager, their PIN and the reason.</source>
        <translation>請填寫店長、其 PIN 碼和原因。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow</source>
        <translation>授權</translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <location filename="../../desktop/pages/mall/picture_field.py" line="+46"/>
        <source>Choose image…</source>
        <translation>選擇圖片…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove image</source>
        <translation>移除圖片</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose image</source>
        <translation>選擇圖片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New image, {width}×{height}, {size} KB: sent when you save.</source>
        <translation>新圖片，{width}×{height}，{size} KB：儲存時上傳。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image is removed when you save.</source>
        <translation>儲存時將移除圖片。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG or JPEG, scaled to {side}×{side}, up to {kb} KB.</source>
        <translation>PNG 或 JPEG，縮放至 {side}×{side}，最大 {kb} KB。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No image</source>
        <translation>無圖片</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/pages/staff_dialogs.py" line="+16"/>
        <source>Reset the PIN of {user}</source>
        <translation>重設 {user} 的 PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new PIN signs {user} in at the tills of their store. Tell it to them; they can change it with their password.</source>
        <translation>{user} 可用新 PIN 在其門市的收銀台登入。請告知本人；本人可憑密碼修改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New PIN ({low}–{high} digits)</source>
        <translation>新 PIN（{low}–{high} 位數字）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN again</source>
        <translation>再次輸入新 PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset PIN</source>
        <translation>重設 PIN</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>PIN 為 {low} 到 {high} 位數字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs differ.</source>
        <translation>兩次輸入的 PIN 不一致。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too easy to guess: not one digit repeated (1111), not digits in a row (1234).</source>
        <translation>太容易被猜到：不能全是同一數字（1111），也不能是連續數字（1234）。</translation>
    </message>
</context>
<context>
    <name>PointsHealthDashboard</name>
    <message>
        <location filename="../../desktop/pages/dashboards/points.py" line="+31"/>
        <source>Points issued</source>
        <translation>發放積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points used</source>
        <translation>使用積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expired</source>
        <translation>過期積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Consumption rate</source>
        <translation>積分消耗率</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Breakage rate</source>
        <translation>積分沉澱率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Outstanding points</source>
        <translation>未用積分（負債）</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Points debt outstanding</source>
        <translation>積分欠款</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points issued, used and expired</source>
        <translation>積分發放、使用與過期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumption rate (used / issued)</source>
        <translation>積分消耗率（使用 / 發放）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding points by expiry month</source>
        <translation>按到期月份的未用積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liability by expiry month</source>
        <translation>按到期月份的積分負債</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points movements in the period</source>
        <translation>期內積分變動</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>healthy {low}–{high}</source>
        <translation>健康區間 {low}–{high}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>spent {spent}, redeemed {redeemed}</source>
        <translation>抵現 {spent}，兌換 {redeemed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the breakage</source>
        <translation>即沉澱（未兌現）積分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expired / (used + expired)</source>
        <translation>過期 /（使用 + 過期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {points} overdue</source>
        <translation>；{points} 已到期待核銷</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} members owe points</source>
        <translation>{n} 名會員欠積分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>積分</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+64"/>
        <source>Issued</source>
        <translation>發放</translation>
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
        <translation>過期</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Expiry month</source>
        <translation>到期月份</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Value (¥)</source>
        <translation>價值（元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned</source>
        <translation>消費獲得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifted</source>
        <translation>贈送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted in</source>
        <translation>調增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted out</source>
        <translation>調減</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed by refunds</source>
        <translation>退貨扣回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent at the till</source>
        <translation>收銀抵現</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend returned</source>
        <translation>抵現退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeemed in the mall</source>
        <translation>商城兌換</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemptions cancelled</source>
        <translation>兌換取消退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt created</source>
        <translation>新增積分欠款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt repaid</source>
        <translation>償還積分欠款</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Movement</source>
        <translation>變動類型</translation>
    </message>
</context>
<context>
    <name>PosWindow</name>
    <message>
        <location filename="../../pos/window.py" line="+75"/>
        <source>MemberDesk — Checkout</source>
        <translation>MemberDesk — 收銀台</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standalone till: no staff sign-in</source>
        <translation>獨立收銀機：無需員工登入</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Locked — {name} signed in</source>
        <translation>已鎖定 — {name} 已登入</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+13"/>
        <source>Nobody signed in</source>
        <translation>無人登入</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in: {name} ({user})</source>
        <translation>已登入：{name}（{user}）</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/profile_form.py" line="+67"/>
        <source>Remove the e-mail</source>
        <translation>刪除電子郵件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not given</source>
        <translation>未填寫</translation>
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
        <translation>用逗號分隔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home store</source>
        <translation>所屬門店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member since</source>
        <translation>入會日期</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save changes</source>
        <translation>儲存修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo changes</source>
        <translation>復原修改</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{phone} (type a new number to change it)</source>
        <translation>{phone}（輸入新號碼即可更換）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{email} (type a new address to change it)</source>
        <translation>{email}（輸入新地址即可修改）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The name must not be empty.</source>
        <translation>姓名不能為空。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation>「{text}」不是有效的電子郵件地址。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing has changed.</source>
        <translation>沒有任何修改。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A birthday once given cannot be removed.</source>
        <translation>生日一經填寫就不能刪除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{text}” is not a date. Write it as 1990-05-31.</source>
        <translation>「{text}」不是日期，請按 1990-05-31 的格式填寫。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birthday is in the future.</source>
        <translation>生日不能晚於今天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A birthday before {year} is surely a typing slip.</source>
        <translation>早於 {year} 年的生日應是輸入錯誤。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved. The change will be uploaded with the next sync.</source>
        <translation>已儲存，將在下次同步時上傳。</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../pos/receipt.py" line="+33"/>
        <source>Goods</source>
        <translation>商品金額</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier discount</source>
        <translation>等級折扣</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid with {points:,} points</source>
        <translation>點數折抵 {points:,}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paid</source>
        <translation>實付</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MemberDesk receipt</source>
        <translation>MemberDesk 購物收據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt no. {receipt}</source>
        <translation>收據號碼 {receipt}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member {code}</source>
        <translation>會員 {code}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points earned: {points:,}</source>
        <translation>本單點數：{points:,}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Points spent: {points:,}</source>
        <translation>使用點數：{points:,}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points available: {points:,}</source>
        <translation>可用點數：{points:,}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Points usable after the return window: {points:,}</source>
        <translation>退貨期後可用點數：{points:,}</translation>
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
        <translation>兌換贈品</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{code}: {points:,} points available</source>
        <translation>{code}：可用點數 {points:,}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SKU</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>贈品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>所需點數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit left</source>
        <translation>剩餘限兌</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing this member can redeem here today.</source>
        <translation>該會員今天在本店沒有可兌換的贈品。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Redeem</source>
        <translation>兌換</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>{points:,} points</source>
        <translation>{points:,} 點</translation>
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
        <translation>會員點數不足</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not redeemed: nothing was spent.</source>
        <translation>未兌換：沒有扣除點數。</translation>
    </message>
</context>
<context>
    <name>RedemptionsModel</name>
    <message>
        <location filename="../../desktop/record_tables.py" line="+15"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>禮品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>門店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>退貨</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Receipt number, then Enter</source>
        <translation>輸入收據號碼後按 Enter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Empty = refund everything left</source>
        <translation>留空 = 全部退貨</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipt no.</source>
        <translation>收據號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent sales</source>
        <translation>最近消費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund amount</source>
        <translation>退貨金額</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{receipt}  {when}  {amount}  {points:+,} points</source>
        <translation>{receipt}  {when}  {amount}  {points:+,} 點</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(refunded {amount})</source>
        <translation>（已退 {amount}）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{receipt} of {when}: goods {net}, paid {paid}, earned {earned:,} points, paid {spent:,} points; already refunded {refunded}</source>
        <translation>{receipt}（{when}）：商品 {net}，實付 {paid}，獲得 {earned:,} 點，折抵 {spent:,} 點；已退 {refunded}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Refund {amount} (cash back {cash}): {reversed:,} points taken back, {returned:,} points given back</source>
        <translation>退貨 {amount}（退款 {cash}）：扣回 {reversed:,} 點，退還 {returned:,} 點</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The member does not have {points:,} of these points: they become points debt.</source>
        <translation>會員缺少其中 {points:,} 點：將記為點數欠額。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A refund of {amount} is more than {threshold}: a manager must allow it.</source>
        <translation>退款 {amount} 超過 {threshold}：需要店長授權。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not refunded: nothing was recorded.</source>
        <translation>未退款：沒有記錄任何內容。</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central stock</source>
        <translation>總部庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store stock</source>
        <translation>門市庫存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit per member</source>
        <translation>每人限兌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>等級</translation>
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
        <translation>重新計算 RFM 評分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members per segment</source>
        <translation>各分群會員數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value per segment</source>
        <translation>各分群消費額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>會員分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a coupon to the segment…</source>
        <translation>向該分群發券…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the segment&apos;s members…</source>
        <translation>匯出該分群會員…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Churn warning list</source>
        <translation>流失預警名單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue a coupon to the list…</source>
        <translation>向名單會員發券…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the list&apos;s members…</source>
        <translation>匯出名單會員…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchases fell by more than</source>
        <translation>消費次數下降超過</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from at least</source>
        <translation>且前期至少</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>purchases in the previous period</source>
        <translation>次消費</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>High value</source>
        <translation>高價值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>忠誠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential</source>
        <translation>潛力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>流失風險</translation>
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
        <translation>本裝置尚無 RFM 評分：請點「重新計算 RFM 評分」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores as of {as_of} (last {window} days; churn compares two periods of {period} days), {n} members scored, computed {at}. The period filter does not apply here.</source>
        <translation>評分截至 {as_of}（近 {window} 天；流失預警比較前後兩個 {period} 天），共評分 {n} 名會員，計算於 {at}。期間篩選不作用於本頁。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <source>Members</source>
        <translation>會員數</translation>
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
        <translation>消費額</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share (%)</source>
        <translation>佔比（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+192"/>
        <source>Purchases</source>
        <translation>消費次數</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+192"/>
        <source>Value (¥)</source>
        <translation>消費額（元）</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+163"/>
        <source>Member no.</source>
        <translation>會員號</translation>
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
        <translation>門市</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+178"/>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+162"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+162"/>
        <source>Last purchase</source>
        <translation>最近消費</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+176"/>
        <source>Purchases before</source>
        <translation>前期消費次數</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+176"/>
        <source>Purchases lately</source>
        <translation>近期消費次數</translation>
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
        <translation>名單超過 {shown} 名會員，顯示前 {shown} 名（發券或匯出涵蓋全部名單會員）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} members on the list</source>
        <translation>名單共 {n} 名會員</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a segment in the table first</source>
        <translation>請先在表中選擇一個分群</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Issuing coupons…</source>
        <translation>正在發券…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{done} coupons issued, {failed} refused</source>
        <translation>已發券 {done} 張，{failed} 張被拒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: </source>
        <translation>已取消：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export members</source>
        <translation>匯出會員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Exporting members…</source>
        <translation>正在匯出會員…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} members exported to {path}</source>
        <translation>已匯出 {count} 名會員到 {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recomputing RFM scores…</source>
        <translation>正在重新計算 RFM 評分…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That did not work (see the log). Try again.</source>
        <translation>操作未完成（詳見日誌），請重試。</translation>
    </message>
</context>
<context>
    <name>RulebookEditing</name>
    <message>
        <location filename="../../desktop/rulebook_editing.py" line="+60"/>
        <source>Standalone database: the rulebook can be edited and previewed here, but saving needs a connection to the central server.</source>
        <translation>獨立資料庫：可在此修改和預覽規則，但儲存需要連線中心伺服器。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saves go to the central server {url}, signed in as {user}.</source>
        <translation>儲存到中心伺服器 {url}，目前登入：{user}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saves go to the central server {url}; you will be asked to sign in.</source>
        <translation>儲存到中心伺服器 {url}；儲存時需要登入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your sign-in has expired: sign in again and save.</source>
        <translation>登入已過期：請重新登入後儲存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the central server {url}: the change was not saved.</source>
        <translation>無法連線中心伺服器 {url}：修改未儲存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} may not change the rulebook (back office or admin only).</source>
        <translation>{user} 無權修改規則（僅限總部或管理員）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The central server refused the change: {reason}</source>
        <translation>中心伺服器拒絕了修改：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The central server failed ({status}); try again.</source>
        <translation>中心伺服器出錯（{status}），請重試。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central server did not take the change: {reason}</source>
        <translation>中心伺服器未接受修改：{reason}</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../desktop/pages/rules.py" line="+66"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra %</source>
        <translation>額外 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stacks</source>
        <translation>可疊加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekdays (1 = Mon)</source>
        <translation>星期（1 = 週一）</translation>
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
        <translation>品類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday month</source>
        <translation>生日月</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> points per ¥100</source>
        <translation> 積分/每 ¥100</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+108"/>
        <source>Category</source>
        <translation>品類</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Points per ¥100</source>
        <translation>每 ¥100 積分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add category</source>
        <translation>新增品類</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points multiplier %</source>
        <translation>積分倍率 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earning</source>
        <translation>積分獲取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base rate</source>
        <translation>基礎比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category rates</source>
        <translation>品類比例</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier multipliers</source>
        <translation>等級倍率</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add campaign</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaigns</source>
        <translation>活動</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no cap</source>
        <translation>不設上限</translation>
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
        <translation>消費後若干天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared once a year</source>
        <translation>每年清零一次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> points = ¥1</source>
        <translation> 積分 = ¥1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of a bill at most</source>
        <translation>% 為單筆帳單上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits, pending period and expiry</source>
        <translation>上限、凍結期與有效期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily cap (points)</source>
        <translation>每日上限（積分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending (return window)</source>
        <translation>凍結期（退貨期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expire</source>
        <translation>積分過期方式</translation>
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
        <translation>保留年數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clearing date</source>
        <translation>清零日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paying with points</source>
        <translation>積分抵現</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the edited rules</source>
        <translation>修改中的規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the version in force that day</source>
        <translation>當天生效的版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount (¥)</source>
        <translation>金額（¥）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in the member&apos;s birthday month</source>
        <translation>在會員生日月</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calculator: what a sample sale earns</source>
        <translation>計算器：示例消費可得積分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale lines (after discounts)</source>
        <translation>消費明細（折後）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member&apos;s tier</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the sale</source>
        <translation>消費日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points earned that day before</source>
        <translation>當天已得積分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish as a new version</source>
        <translation>發布為新版本</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The daily cap is a whole number of points, or empty.</source>
        <translation>每日上限須為整數積分，或留空。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>未傳送任何內容：請更正標紅的欄位。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publishing needs a connection to the central server; this database is standalone. Nothing was published.</source>
        <translation>發布需要連線中心伺服器；本資料庫是獨立的，未發布任何內容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new version starts today or later: past days keep the rules they had. Nothing was sent.</source>
        <translation>新版本只能從今天或以後生效：過去的日子保持原規則。未傳送任何內容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no changes to publish.</source>
        <translation>沒有需要發布的修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in: nothing was published.</source>
        <translation>未登入：未發布任何內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing…</source>
        <translation>正在發布…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published as version {version}, in force from {day}. The page lists it after the next sync.</source>
        <translation>已發布為第 {version} 版，自 {day} 起生效。下次同步後本頁列出該版本。</translation>
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
        <translation>本地已有的發布版本：{list}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No point rules are published yet.</source>
        <translation>尚未發布積分規則。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The local rulebook cannot be read: {error}</source>
        <translation>無法讀取本地規則：{error}</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Row {row}: name the category.</source>
        <translation>第 {row} 行：請填寫品類。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} is listed twice.</source>
        <translation>{key} 重複出現。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{key}: “{text}” must be a whole number of at least {minimum}.</source>
        <translation>{key}：「{text}」必須是不小於 {minimum} 的整數。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give the campaign a code</source>
        <translation>請填寫活動代碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code is used twice</source>
        <translation>代碼重複</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the campaign a name</source>
        <translation>請填寫活動名稱</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the extra is a whole percent (100 = double points)</source>
        <translation>額外比例為整數百分比（100 = 雙倍積分）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{text}” is not a date like 2026-11-11</source>
        <translation>「{text}」不是日期（例如 2026-11-11）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it ends before it starts</source>
        <translation>結束日期早於開始日期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{text}” must be numbers {lo}–{hi}, e.g. 1, 3</source>
        <translation>「{text}」必須是 {lo}–{hi} 的數字，例如 1, 3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown tier code(s) {codes}</source>
        <translation>未知的等級代碼 {codes}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{month}/{day} is not a day of the year.</source>
        <translation>{month}/{day} 不是有效日期。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Line {row}: “{text}” is not an amount like 128.50</source>
        <translation>第 {row} 行：「{text}」不是金額（例如 128.50）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edited rules have errors (marked in red).</source>
        <translation>修改中的規則有錯誤（已標紅）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No published version is in force on that day.</source>
        <translation>當天沒有生效的發布版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount on at least one line.</source>
        <translation>請至少在一行填寫金額。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Version {v}. Spendable from {available}; expires {expires}.</source>
        <translation>第 {v} 版。{available} 起可用；{expires} 過期。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} base</source>
        <translation>基礎 {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} {tier} bonus</source>
        <translation>{tier}加贈 {n}</translation>
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
        <translation>{parts}（消費 {amount}）</translation>
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
        <translation>把這筆金額記為一行，再輸入下一筆</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use most (F9)</source>
        <translation>最大折抵 (F9)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Complete sale (Enter / F12)</source>
        <translation>結帳（Enter / F12）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>品類</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Points as cash</source>
        <translation>點數折抵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goods</source>
        <translation>商品金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier discount</source>
        <translation>等級折扣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid with points</source>
        <translation>點數折抵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay</source>
        <translation>應付</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>No category</source>
        <translation>不分品類</translation>
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
        <translation>掃描會員碼即可累積點數</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{amount} ({points:,} points)</source>
        <translation>{amount}（{points:,} 點）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most {most:,} points for this bill; {available:,} available</source>
        <translation>本單最多可用 {most:,} 點；可用 {available:,}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline: {points:,} may be spent here until the next sync (more needs a manager)</source>
        <translation>離線：下次同步前本機最多可用 {points:,} 點（超出需店長授權）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earns {points:,} points</source>
        <translation>本單可得 {points:,} 點</translation>
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
        <translation>中央伺服器</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. http://192.168.1.20:8700</source>
        <translation>例如 http://192.168.1.20:8700</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check and save</source>
        <translation>檢查並儲存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If the central server has moved, enter its new address. It is kept only when the MemberDesk server there answers and knows this device.</source>
        <translation>如果中央伺服器已遷移，請輸入它的新位址。只有當該位址上的 MemberDesk 伺服器有回應並認得本裝置時，才會儲存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New address</source>
        <translation>新位址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves</source>
        <translation>服務範圍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device</source>
        <translation>本裝置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That is already this device&apos;s central server.</source>
        <translation>這已經是本裝置的中央伺服器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed in: nothing was saved.</source>
        <translation>未登入：未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved: this device now syncs with {url}; the next sync uses it.</source>
        <translation>已儲存：本裝置現在與 {url} 同步；下一次同步即使用該位址。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Standalone: this database does not sync with a central server.</source>
        <translation>單機：此資料庫不與中央伺服器同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer only</source>
        <translation>僅本機</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (device {id})</source>
        <translation>{name}（裝置 {id}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>store {store}</source>
        <translation>門市 {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region {region}</source>
        <translation>區域 {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the back office: every member</source>
        <translation>後台：全部會員</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{text}” is not a server address (for example http://192.168.1.20:8700); nothing was saved.</source>
        <translation>「{text}」不是伺服器位址（例如 http://192.168.1.20:8700）；未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing answers at {url}; nothing was saved.</source>
        <translation>{url} 沒有回應；未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at {url} answers, but its database does not; nothing was saved.</source>
        <translation>{url} 上的伺服器有回應，但其資料庫沒有回應；未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{url} answers, but it is not a MemberDesk central server; nothing was saved.</source>
        <translation>{url} 有回應，但它不是 MemberDesk 中央伺服器；未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MemberDesk server at {url} does not know this device: it serves another database. Nothing was saved.</source>
        <translation>{url} 上的 MemberDesk 伺服器不認得本裝置：它使用的是另一個資料庫。未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator may change the central server&apos;s address; nothing was saved.</source>
        <translation>只有管理員可以變更中央伺服器的位址；未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in was not accepted; nothing was saved.</source>
        <translation>登入未被接受；未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is not set up for sync; nothing was saved.</source>
        <translation>此資料庫未設定同步；未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device&apos;s credential cannot be read from the keyring; nothing was saved.</source>
        <translation>無法從金鑰圈讀取本裝置的憑證；未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at {url} did not pass the check ({reason}); nothing was saved.</source>
        <translation>{url} 上的伺服器未通過檢查（{reason}）；未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{var}={value} is set for this computer; it decides the language, not this choice.</source>
        <translation>本機設定了 {var}={value}；介面語言由它決定，而不是此處的選擇。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart MemberDesk to use the new language.</source>
        <translation>重新啟動 MemberDesk 後使用新語言。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/signin_dialog.py" line="+35"/>
        <source>Sign in to the central server</source>
        <translation>登入中心伺服器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in with your staff account: what this page changes is saved on the central server {url}.</source>
        <translation>請用您的員工帳號登入：本頁的修改儲存在中心伺服器 {url}。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter your user name and password.</source>
        <translation>請輸入使用者名稱和密碼。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This account is locked after too many failed sign-ins; try later.</source>
        <translation>登入失敗次數過多，帳號已鎖定，請稍後再試。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong user name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the central server {url}.</source>
        <translation>無法連線中心伺服器 {url}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The central server did not sign you in: {reason}</source>
        <translation>中心伺服器未能登入：{reason}</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../pos/signin_screen.py" line="+43"/>
        <source>Wrong user or PIN. {left} more tries before this user is locked.</source>
        <translation>使用者名稱或 PIN 碼錯誤。再錯 {left} 次，此使用者將被鎖定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs for {user}: locked on this till until {until}.</source>
        <translation>{user} 的 PIN 碼錯誤次數過多：在本收銀機上鎖定至 {until}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} has no PIN yet. Set one on the central server first.</source>
        <translation>{user} 尚未設定 PIN 碼，請先在中央伺服器上設定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This till has no staff list yet. Connect it to the server and let it sync.</source>
        <translation>本收銀機尚無員工名單。請連線伺服器並完成同步。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{user} may not use the checkout.</source>
        <translation>{user} 無權使用收銀台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} is not a manager and may not allow this.</source>
        <translation>{user} 不是店長，無權授權此操作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+139"/>
        <source>Type your user name.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sign in to the checkout</source>
        <translation>登入收銀台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user name and PIN, then Enter.</source>
        <translation>輸入使用者名稱和 PIN 碼，然後按 Enter。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checkout locked</source>
        <translation>收銀台已鎖定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({user}) is signed in; the sale in progress is kept.
Their PIN unlocks; another user name takes over.</source>
        <translation>{name}（{user}）已登入，進行中的交易已保留。
輸入其 PIN 碼解鎖；輸入其他使用者名稱則由該使用者接班。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type your PIN.</source>
        <translation>請輸入 PIN 碼。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A card was scanned. Sign in first, then scan it again.</source>
        <translation>剛才掃描了一張卡。請先登入，再重新掃描。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/pages/staff.py" line="+86"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
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
        <translation>門市 / 區域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New account…</source>
        <translation>新建帳號…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
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
        <translation>解鎖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset PIN…</source>
        <translation>重設 PIN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not signed in: no accounts to show.</source>
        <translation>未登入：沒有可顯示的帳號。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{user} is active again.</source>
        <translation>{user} 已重新啟用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} is deactivated and signed out everywhere.</source>
        <translation>{user} 已停用，並已在所有裝置上登出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{user} may sign in again.</source>
        <translation>{user} 可以重新登入了。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{user} has a new PIN.</source>
        <translation>{user} 的 PIN 已重設。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Created {user}.</source>
        <translation>已建立 {user}。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved {user}.</source>
        <translation>已儲存 {user}。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>region {region}</source>
        <translation>區域 {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole chain</source>
        <translation>整個連鎖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>active</source>
        <translation>啟用</translation>
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
        <translation>重新啟用</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <location filename="../../desktop/pages/staff_dialogs.py" line="-281"/>
        <source>Store clerk</source>
        <translation>店員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store manager</source>
        <translation>店長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back office</source>
        <translation>後台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional manager</source>
        <translation>區域經理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="+116"/>
        <source>Sync not set up</source>
        <translation>未設定同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device works on its own: nothing is uploaded to a server</source>
        <translation>本裝置獨立運作：不向伺服器上傳任何資料</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● Sync starting…</source>
        <translation>● 同步啟動中…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>● Connecting…</source>
        <translation>● 正在連線…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has not been tried yet</source>
        <translation>尚未連線過伺服器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation>● 線上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered the last sync</source>
        <translation>伺服器已回應上次同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Offline</source>
        <translation>● 離線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached; sales are kept and uploaded later</source>
        <translation>無法連線伺服器；交易已保存，稍後上傳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} · syncing</source>
        <translation>{state} · 同步中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To upload: {count:,}</source>
        <translation>待上傳：{count:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes made on this device that the server has not received yet</source>
        <translation>本裝置上伺服器尚未收到的變更</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oldest waiting {age}</source>
        <translation>最早一筆已等待 {age}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Never synced</source>
        <translation>從未同步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync {time}</source>
        <translation>上次同步 {time}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last error: {error}</source>
        <translation>上次錯誤：{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next attempt in {duration}</source>
        <translation>{duration}後重試</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min</source>
        <translation>{n} 分鐘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小時 {m} 分鐘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小時</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../ui/table_export.py" line="+61"/>
        <source>Export table…</source>
        <translation>匯出表格…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export table</source>
        <translation>匯出表格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../desktop/bulk_dialogs.py" line="-61"/>
        <source>Tag members</source>
        <translation>會員標籤</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{count} members will be checked; those that need it are changed.</source>
        <translation>將檢查 {count} 位會員，需要的才會修改。</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../desktop/pages/coupons.py" line="-410"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes off</source>
        <translation>優惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum spend</source>
        <translation>使用門檻</translation>
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
        <translation>可發放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>編號</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>原等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>新等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>變動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sale {receipt}</source>
        <translation>銷售 {receipt}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale</source>
        <translation>銷售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge of a duplicate</source>
        <translation>合併重複會員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier evaluation</source>
        <translation>等級評定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade</source>
        <translation>升級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downgrade</source>
        <translation>降級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grace period started</source>
        <translation>進入保級寬限期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept (qualifies again)</source>
        <translation>保級（重新達標）</translation>
    </message>
</context>
<context>
    <name>TierTab</name>
    <message>
        <location line="+34"/>
        <location line="+35"/>
        <location line="+18"/>
        <source>Tier changes, newest first</source>
        <translation>等級變動（最新在前）</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>All changes from the central server</source>
        <translation>中央伺服器上的全部變動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer holds the changes since it was set up; the server has all</source>
        <translation>本機只保存安裝以來的變動；中央伺服器保存全部</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{tier} since {day}</source>
        <translation>{day} 起為{tier}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grace period until {day}: the window no longer qualifies for {tier}; it is kept until then and decided again.</source>
        <translation>寬限期至 {day}：本週期已不符合{tier}條件；在此之前保留該等級，屆時重新評定。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No tier change on record.</source>
        <translation>沒有等級變動記錄。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tier changes on the central server, newest first</source>
        <translation>中央伺服器上的等級變動（最新在前）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} changes since the member enrolled.</source>
        <translation>會員入會以來共 {count} 次變動。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central server has no tier change for this member.</source>
        <translation>中央伺服器上沒有該會員的等級變動。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your sign-in has expired: sign in again.</source>
        <translation>登入已過期，請重新登入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central server ({url}) cannot be reached.</source>
        <translation>無法連線中央伺服器（{url}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The central server does not know this member yet (not synced?).</source>
        <translation>中央伺服器上還沒有該會員（尚未同步？）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central server failed ({status}); try again.</source>
        <translation>中央伺服器出錯（{status}），請重試。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The central server did not answer: {reason}</source>
        <translation>中央伺服器未能答覆：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value:,} growth</source>
        <translation>{value:,} 成長值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No tier rules on this computer yet: the next sync brings them.</source>
        <translation>本機尚無等級規則：下次同步時取得。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualifying spend {first} – {last}: {amount}</source>
        <translation>{first} – {last} 累計有效消費：{amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth value {first} – {last}: {amount}</source>
        <translation>{first} – {last} 成長值：{amount}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{tier} is secured for this window.</source>
        <translation>本週期已保住{tier}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The highest tier.</source>
        <translation>已是最高等級。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spend {amount} more by {day} to keep {tier}</source>
        <translation>{day} 前再消費 {amount} 可保持{tier}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend {amount} more by {day} to reach {tier}</source>
        <translation>{day} 前再消費 {amount} 可升至{tier}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} more by {day} to keep {tier}</source>
        <translation>{day} 前再獲得 {amount} 可保持{tier}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} more by {day} to reach {tier}</source>
        <translation>{day} 前再獲得 {amount} 可升至{tier}</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <location filename="../../desktop/pages/tiers.py" line="+63"/>
        <source>Rolling 12 months</source>
        <translation>滾動 12 個月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar year</source>
        <translation>自然年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership year (anniversary)</source>
        <translation>會員年（入會週年）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount (basis points, 100 = 1%)</source>
        <translation>折扣（基點，100 = 1%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points multiplier (percent)</source>
        <translation>積分倍率（百分比）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday gift (points)</source>
        <translation>生日禮（積分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free shipping coupons</source>
        <translation>免運券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority service</source>
        <translation>優先服務</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no quota</source>
        <translation>不限次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>每週</translation>
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
        <translation>每會員年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lifetime</source>
        <translation>終身</translation>
    </message>
    <message>
        <location line="+55"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What qualifies</source>
        <translation>定級依據</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>衡量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>統計週期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grace before a downgrade</source>
        <translation>降級前寬限期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>門檻</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tiers</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Benefit</source>
        <translation>權益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota</source>
        <translation>次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>週期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Benefits</source>
        <translation>權益</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Members now</source>
        <translation>現有會員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under the edited rules</source>
        <translation>按修改後的規則</translation>
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
        <translation>預覽：等級會變動的會員</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to the central server</source>
        <translation>儲存到中心伺服器</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>未傳送任何內容：請更正標紅的欄位。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving needs a connection to the central server; this database is standalone. Nothing was saved.</source>
        <translation>儲存需要連線中心伺服器；本資料庫是獨立的，未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no changes to save.</source>
        <translation>沒有需要儲存的修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in: nothing was saved.</source>
        <translation>未登入：未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} change(s) were saved before this: {error}</source>
        <translation>此前已儲存 {n} 項修改：{error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved on the central server ({n} change(s)). The page shows the new rulebook after the next sync.</source>
        <translation>已儲存到中心伺服器（{n} 項修改）。下次同步後本頁顯示新規則。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The local rulebook cannot be read: {error}</source>
        <translation>無法讀取本地規則：{error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spend (yuan)</source>
        <translation>消費金額（元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Growth value</source>
        <translation>成長值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local copy of the rulebook, revision {rev}.</source>
        <translation>本地規則副本，版本號 {rev}。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{code}: the name must not be empty</source>
        <translation>{code}：名稱不能為空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code}: “{text}” is not an amount like 3000 or 3,000.00</source>
        <translation>{code}：「{text}」不是金額（例如 3000 或 3,000.00）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code}: “{text}” is not a whole number</source>
        <translation>{code}：「{text}」不是整數</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Two tiers have the same name.</source>
        <translation>有兩個等級同名。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The lowest tier&apos;s threshold must be 0.</source>
        <translation>最低等級的門檻必須為 0。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thresholds must rise strictly from one tier to the next.</source>
        <translation>門檻必須逐級嚴格遞增。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{where}: the value must be a whole number</source>
        <translation>{where}：數值必須是整數</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: the quota must be a whole number or empty</source>
        <translation>{where}：次數必須是整數或留空</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No preview while a field is wrong.</source>
        <translation>有欄位錯誤時不顯示預覽。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Counting members…</source>
        <translation>正在統計會員…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>On {day}, of {total} members: {up} would move up (at their next sale), {down} would move down (at the end of their window, after the grace period), {same} would keep their tier.</source>
        <translation>{day}，{total} 名會員中：{up} 名將升級（下次消費時），{down} 名將降級（統計週期結束且寬限期滿後），{same} 名保持原等級。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a quota needs a period (and free shipping coupons always do)</source>
        <translation>設定次數必須指定週期（免運券總是需要週期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quota must be at least 1</source>
        <translation>次數至少為 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this value is not allowed for the benefit ({problem})</source>
        <translation>該權益不允許此數值（{problem}）</translation>
    </message>
</context>
<context>
    <name>TodayStrip</name>
    <message>
        <location filename="../../pos/today_strip.py" line="+22"/>
        <source>Today for this member</source>
        <translation>今日會員權益</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tier discount: {value}</source>
        <translation>等級折扣：{value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: +{pct}% points</source>
        <translation>{name}：點數 +{pct}%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coupons: {count}</source>
        <translation>優惠券：{count} 張</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rate:,} points pay {yuan}; up to {pct}% of a bill</source>
        <translation>{rate:,} 點折抵 {yuan}；每單最多折抵 {pct}%</translation>
    </message>
</context>
<context>
    <name>_TargetDialog</name>
    <message>
        <location filename="../../desktop/bulk_dialogs.py" line="-64"/>
        <source>The {count} selected members</source>
        <translation>已選的 {count} 位會員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All members matching the filters (counting…)</source>
        <translation>符合篩選條件的全部會員（統計中…）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All {count} members matching the filters</source>
        <translation>符合篩選條件的全部 {count} 位會員</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Counting members…</source>
        <translation>正在統計會員數…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} members will be changed.</source>
        <translation>將修改 {count} 位會員。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+59"/>
        <source>MemberDesk</source>
        <translation>MemberDesk 會員管理</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the database {path}:
{error}</source>
        <translation>無法開啟資料庫 {path}：
{error}</translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../ui/attention_words.py" line="+14"/>
        <source>Refused by the server</source>
        <translation>伺服器拒絕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points overdraft</source>
        <translation>積分透支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points differ from the receipt</source>
        <translation>積分與收據不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward stock overdrawn</source>
        <translation>禮品庫存透支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile edited by two people</source>
        <translation>資料被兩人同時修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by a disabled staff account</source>
        <translation>停用帳號的操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager override not verified</source>
        <translation>店長授權未通過核驗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enrolment</source>
        <translation>入會</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile edit</source>
        <translation>資料修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membership status change</source>
        <translation>會籍狀態變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>freezing or unfreezing points</source>
        <translation>凍結或解凍積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sale</source>
        <translation>銷售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>退貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reward redemption</source>
        <translation>禮品兌換</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled redemption</source>
        <translation>取消兌換</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order status change</source>
        <translation>訂單狀態變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points adjustment</source>
        <translation>積分調整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupon issue</source>
        <translation>發放優惠券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benefit use</source>
        <translation>使用權益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points expiry</source>
        <translation>積分到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier evaluation</source>
        <translation>等級評定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member merge</source>
        <translation>會員合併</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no such staff account</source>
        <translation>無此員工帳號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account is disabled</source>
        <translation>該帳號已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a manager of another store or region</source>
        <translation>其他門店或區域的店長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the role may not approve overrides</source>
        <translation>該角色無權授權</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Points debt recorded: {points:,}</source>
        <translation>已記錄積分欠款：{points:,}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt printed {device:,} points; the server counts {server:,}</source>
        <translation>收據列印 {device:,} 積分，伺服器計算為 {server:,}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reward {sku}</source>
        <translation>禮品 {sku}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sale {sale}</source>
        <translation>銷售單 {sale}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited from version {base}, the profile was at version {current}</source>
        <translation>修改基於第 {base} 版，資料當時已是第 {current} 版</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff account {staff} was disabled when this was made</source>
        <translation>操作時員工帳號 {staff} 已停用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Override approved by {staff}: {problem}</source>
        <translation>授權人 {staff}：{problem}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/i18n.py" line="+174"/>
        <source>The request was refused.</source>
        <translation>請求被拒絕。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not an amount. Enter yuan, for example 128.50.</source>
        <translation>「{text}」不是有效金額，請以元為單位輸入，例如 128.50。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a valid member code (misread?). Please scan again.</source>
        <translation>「{text}」不是有效的會員碼（可能掃描有誤），請重新掃描。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is not a valid mobile number.</source>
        <translation>「{text}」不是有效的手機號碼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No member found for “{key}”.</source>
        <translation>找不到「{key}」對應的會員。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{key}” matches {count} members. Scan or enter the member code.</source>
        <translation>「{key}」符合 {count} 位會員，請掃描或輸入會員號。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This phone number already belongs to member {code}.</source>
        <translation>此手機號碼已屬於會員 {code}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member {code} is not active ({status}).</source>
        <translation>會員 {code} 目前不可用（{status}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member {code} was merged into member {into} and is closed.</source>
        <translation>會員 {code} 已合併到會員 {into}，已註銷。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The points account of member {code} is frozen.</source>
        <translation>會員 {code} 的積分帳戶已凍結。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member {code} has {available} points available; {requested} requested.</source>
        <translation>會員 {code} 可用積分 {available}，本次需要 {requested}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {max_points} points can pay for this sale; {requested} requested.</source>
        <translation>本單最多可用 {max_points} 積分折抵，本次要求 {requested}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sale “{sale_id}”.</source>
        <translation>找不到銷售單「{sale_id}」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale {sale_id} can be refunded {refundable} at most; {requested} requested.</source>
        <translation>銷售單 {sale_id} 最多可退 {refundable}，本次申請 {requested}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reward “{sku}”.</source>
        <translation>找不到禮品「{sku}」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward {sku} is not available ({reason}).</source>
        <translation>禮品 {sku} 暫不可兌換（{reason}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward {sku}: {available} in stock at {where}; {requested} requested.</source>
        <translation>禮品 {sku} 在 {where} 庫存 {available}，本次需要 {requested}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member {code} may redeem {sku} {limit} times; {used} used, {requested} requested.</source>
        <translation>會員 {code} 最多可兌換 {sku} {limit} 次，已兌換 {used} 次，本次 {requested} 次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No redemption “{redemption_id}”.</source>
        <translation>找不到兌換紀錄「{redemption_id}」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption {redemption_id} is already cancelled.</source>
        <translation>兌換 {redemption_id} 已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No coupon “{coupon}” for this member.</source>
        <translation>此會員沒有優惠券「{coupon}」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon {coupon} cannot be used ({reason}).</source>
        <translation>優惠券 {coupon} 不可使用（{reason}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No store “{store}”.</source>
        <translation>找不到門店「{store}」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is not configured on this device.</source>
        <translation>本機尚未設定 {what}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason is required for {action}.</source>
        <translation>{action}需要填寫原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device does not know the command “{kind}” (version {version}).</source>
        <translation>本機無法識別指令「{kind}」（版本 {version}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benefit {benefit} already used {used} of {quota} times this {period}.</source>
        <translation>權益 {benefit} 本期（{period}）已使用 {used}/{quota} 次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until the next sync, member {code} can spend {allowed} points on this device (confirmed {confirmed}, spent offline {spent_offline}); {requested} requested. A manager&apos;s override is needed.</source>
        <translation>下次同步前，會員 {code} 在本裝置最多可用 {allowed} 積分（已確認 {confirmed}，離線已用 {spent_offline}）；本次需 {requested}。需經理授權。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last successful sync {age_hours} hours ago (limit {max_hours} hours). Spending points needs a manager&apos;s override.</source>
        <translation>上次成功同步在 {age_hours} 小時前（上限 {max_hours} 小時）。使用積分需經理授權。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device has not synced yet. Spending points needs a manager&apos;s override.</source>
        <translation>本裝置尚未完成同步。使用積分需經理授權。</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <location filename="../../ui/widgets/ledger_view.py" line="-51"/>
        <source>Earned on a purchase</source>
        <translation>消費得積分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with points</source>
        <translation>積分折抵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken back on a refund</source>
        <translation>退貨扣回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned on a refund</source>
        <translation>退貨退還</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward redeemed</source>
        <translation>兌換禮品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption cancelled</source>
        <translation>取消兌換退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual adjustment</source>
        <translation>人工調整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift</source>
        <translation>贈送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>過期</translation>
    </message>
</context>
<context>
    <name>pos</name>
    <message>
        <location filename="../../pos/wording.py" line="+15"/>
        <source>General</source>
        <translation>一般商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh food</source>
        <translation>生鮮</translation>
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
        <translation>已過期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill below the coupon&apos;s minimum</source>
        <translation>未達用券門檻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>void</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{n} base</source>
        <translation>基本 {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} {tier} bonus</source>
        <translation>{tier}加贈 {n}</translation>
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
        <translation>減 {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pct}% off</source>
        <translation>減 {pct}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free shipping</source>
        <translation>免運</translation>
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
        <translation>已凍結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>已註銷</translation>
    </message>
</context>
</TS>
