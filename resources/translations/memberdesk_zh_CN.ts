<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../pos/checkout.py" line="+86"/>
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
        <location line="+67"/>
        <source>No sale to print yet.</source>
        <translation>还没有可打印的交易。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt could not be printed: {error}</source>
        <translation>小票打印失败：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printed: {where}</source>
        <translation>小票已打印：{where}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+119"/>
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
        <location line="+51"/>
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
    <name>EnrolDialog</name>
    <message>
        <location filename="../../pos/enrol_dialog.py" line="+40"/>
        <source>Enrol a new member</source>
        <translation>新会员入会</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../desktop/main_window.py" line="+48"/>
        <source>MemberDesk — Back office</source>
        <translation>MemberDesk 会员管理 — 后台</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+95"/>
        <source>Attention</source>
        <translation>待处理</translation>
    </message>
</context>
<context>
    <name>MemberDetailPage</name>
    <message>
        <location filename="../../desktop/pages/member_detail.py" line="+75"/>
        <source>← Members</source>
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
        <location line="+192"/>
        <source>Freeze points…</source>
        <translation>冻结积分…</translation>
    </message>
    <message>
        <location line="-161"/>
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
        <location line="+93"/>
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
        <location line="+2"/>
        <source>Unfreeze points…</source>
        <translation>解冻积分…</translation>
    </message>
    <message>
        <location line="+36"/>
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
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="+67"/>
        <source>Available points</source>
        <translation>可用积分</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No member selected</source>
        <translation>未选择会员</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name masked for privacy</source>
        <translation>为保护隐私，姓名已隐去</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member no. {code}</source>
        <translation>会员号 {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile {phone}</source>
        <translation>手机 {phone}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locked {points:,}</source>
        <translation>锁定中 {points:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned recently; usable once the return window has passed</source>
        <translation>近期获得的积分，退货期过后即可使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet uploaded {points:+,}</source>
        <translation>待上传 {points:+,}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes made on this device that the server has not confirmed yet</source>
        <translation>本机已记录、服务器尚未确认的变动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points owed {points:,}</source>
        <translation>积分欠款 {points:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaid automatically from future earnings</source>
        <translation>将从今后获得的积分中自动扣还</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/pages/members.py" line="+60"/>
        <source>Member no., mobile, last 4 digits, name or pinyin initials</source>
        <translation>会员号、手机号、手机尾号四位、姓名或拼音首字母</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <location line="+63"/>
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
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../ui/members_model.py" line="+147"/>
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
        <location line="+47"/>
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
    <name>OverrideDialog</name>
    <message>
        <location filename="../../pos/override_dialog.py" line="+28"/>
        <source>Manager override</source>
        <translation>店长授权</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. network down since this morning</source>
        <translation>例如：早上起网络中断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager id</source>
        <translation>店长工号</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>PosWindow</name>
    <message>
        <location filename="../../pos/window.py" line="+25"/>
        <source>MemberDesk — Checkout</source>
        <translation>MemberDesk — 收银台</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/profile_form.py" line="+67"/>
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
        <location line="+61"/>
        <source>{phone} (type a new number to change it)</source>
        <translation>{phone}（输入新号码即可更换）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The name must not be empty.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing has changed.</source>
        <translation>没有任何修改。</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../../pos/redeem_dialog.py" line="+90"/>
        <source>Redeem a reward</source>
        <translation>兑换礼品</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+12"/>
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
        <location line="+59"/>
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
        <location line="+25"/>
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
        <location filename="../../pos/refund_dialog.py" line="+41"/>
        <location line="+40"/>
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
        <location line="+64"/>
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
        <location line="+139"/>
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
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+44"/>
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
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/i18n.py" line="+134"/>
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
        <location filename="../../ui/i18n.py" line="-79"/>
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
