<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
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
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../pos/checkout.py" line="+86"/>
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
        <location line="+67"/>
        <source>No sale to print yet.</source>
        <translation>還沒有可列印的交易。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt could not be printed: {error}</source>
        <translation>收據列印失敗：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printed: {where}</source>
        <translation>收據已列印：{where}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+119"/>
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
        <location line="+51"/>
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
    <name>EnrolDialog</name>
    <message>
        <location filename="../../pos/enrol_dialog.py" line="+40"/>
        <source>Enrol a new member</source>
        <translation>新會員入會</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../desktop/main_window.py" line="+48"/>
        <source>MemberDesk — Back office</source>
        <translation>MemberDesk 會員管理 — 後台</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+95"/>
        <source>Attention</source>
        <translation>待處理</translation>
    </message>
</context>
<context>
    <name>MemberDetailPage</name>
    <message>
        <location filename="../../desktop/pages/member_detail.py" line="+75"/>
        <source>← Members</source>
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
        <location line="+192"/>
        <source>Freeze points…</source>
        <translation>凍結積分…</translation>
    </message>
    <message>
        <location line="-161"/>
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
        <location line="+93"/>
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
        <location line="+2"/>
        <source>Unfreeze points…</source>
        <translation>解凍積分…</translation>
    </message>
    <message>
        <location line="+36"/>
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
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="+67"/>
        <source>Available points</source>
        <translation>可用積分</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No member selected</source>
        <translation>未選擇會員</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name masked for privacy</source>
        <translation>為保護隱私，姓名已隱去</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member no. {code}</source>
        <translation>會員號 {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile {phone}</source>
        <translation>手機 {phone}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locked {points:,}</source>
        <translation>鎖定中 {points:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned recently; usable once the return window has passed</source>
        <translation>近期獲得的積分，退貨期過後即可使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet uploaded {points:+,}</source>
        <translation>待上傳 {points:+,}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes made on this device that the server has not confirmed yet</source>
        <translation>本機已記錄、伺服器尚未確認的變動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points owed {points:,}</source>
        <translation>積分欠款 {points:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaid automatically from future earnings</source>
        <translation>將從日後獲得的積分中自動扣還</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/pages/members.py" line="+60"/>
        <source>Member no., mobile, last 4 digits, name or pinyin initials</source>
        <translation>會員號、手機號碼、末四碼、姓名或拼音首字母</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <location line="+63"/>
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
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../ui/members_model.py" line="+147"/>
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
        <location line="+47"/>
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
    <name>OverrideDialog</name>
    <message>
        <location filename="../../pos/override_dialog.py" line="+28"/>
        <source>Manager override</source>
        <translation>店長授權</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. network down since this morning</source>
        <translation>例如：早上起網路中斷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager id</source>
        <translation>店長工號</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>PosWindow</name>
    <message>
        <location filename="../../pos/window.py" line="+25"/>
        <source>MemberDesk — Checkout</source>
        <translation>MemberDesk — 收銀台</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/profile_form.py" line="+67"/>
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
        <location line="+61"/>
        <source>{phone} (type a new number to change it)</source>
        <translation>{phone}（輸入新號碼即可更換）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The name must not be empty.</source>
        <translation>姓名不能為空。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation>「{text}」不是有效的電子郵件地址。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing has changed.</source>
        <translation>沒有任何修改。</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../../pos/redeem_dialog.py" line="+90"/>
        <source>Redeem a reward</source>
        <translation>兌換贈品</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+12"/>
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
        <location line="+59"/>
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
        <location line="+25"/>
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
        <location filename="../../pos/refund_dialog.py" line="+41"/>
        <location line="+40"/>
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
        <location line="+64"/>
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
</context>
<context>
    <name>SalePanel</name>
    <message>
        <location filename="../../pos/sale_panel.py" line="+74"/>
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
        <location line="+139"/>
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
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+44"/>
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
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/i18n.py" line="+134"/>
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
        <location filename="../../ui/i18n.py" line="-79"/>
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
