<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../desktop/member_dialogs.py" line="+118" />
        <source>Adjust points</source>
        <translation>Adjust points</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{name} ({code}) has {available:,} points available.</source>
        <translation>{name} ({code}) has {available:,} points available.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Positive adds points, negative takes them away</source>
        <translation>Positive adds points, negative takes them away</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. goodwill for a late delivery, ticket 2031</source>
        <translation>e.g. goodwill for a late delivery, ticket 2031</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Points (+ or −)</source>
        <translation>Points (+ or −)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adjust</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Enter the number of points to add (or, with −, to take).</source>
        <translation>Enter the number of points to add (or, with −, to take).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say why the points are adjusted: the reason is kept.</source>
        <translation>Say why the points are adjusted: the reason is kept.</translation>
    </message>
</context>
<context>
    <name>AttentionFactsPane</name>
    <message>
        <location filename="../../desktop/pages/attention.py" line="+219" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Open member</source>
        <translation>Open member</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Select an item to see its facts.</source>
        <translation>Select an item to see its facts.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server said: {reason}</source>
        <translation>The server said: {reason}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open: resolve it on the server</source>
        <translation>Open: resolve it on the server</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Resolved {when} by {who}: {how}</source>
        <translation>Resolved {when} by {who}: {how}</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location line="-227" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No items.</source>
        <translation>No items.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} items shown; scroll for more</source>
        <translation>{count} items shown; scroll for more</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} items need attention</source>
        <translation>{count} items need attention</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} items</source>
        <translation>{count} items</translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../ui/attention_model.py" line="+101" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the server said</source>
        <translation>What the server said</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Command: {command}</source>
        <translation>Command: {command}</translation>
    </message>
</context>
<context>
    <name>CancelRedemptionDialog</name>
    <message>
        <location filename="../../desktop/member_dialogs.py" line="+61" />
        <location line="+20" />
        <source>Cancel redemption</source>
        <translation>Cancel redemption</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Cancel {reward} × {qty} redeemed on {when}: {points:,} points go back to the member and the reward back to stock.</source>
        <translation>Cancel {reward} × {qty} redeemed on {when}: {points:,} points go back to the member and the reward back to stock.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give a reason: it is kept with the change.</source>
        <translation>Give a reason: it is kept with the change.</translation>
    </message>
</context>
<context>
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../pos/checkout.py" line="+86" />
        <source>Scan the member card, or type member no. / mobile, then Enter</source>
        <translation>Scan the member card, or type member no. / mobile, then Enter</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Scan a member card to begin</source>
        <translation>Scan a member card to begin</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redeem</source>
        <translation>Redeem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most points</source>
        <translation>Most points</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+67" />
        <source>No sale to print yet.</source>
        <translation>No sale to print yet.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The receipt could not be printed: {error}</source>
        <translation>The receipt could not be printed: {error}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt printed: {where}</source>
        <translation>Receipt printed: {where}</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+119" />
        <source>Scan the member card first.</source>
        <translation>Scan the member card first.</translation>
    </message>
    <message>
        <location line="-79" />
        <location line="+6" />
        <source>Scanned: {text}</source>
        <translation>Scanned: {text}</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Type the amount of the sale first.</source>
        <translation>Type the amount of the sale first.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Not completed: nothing was recorded and no points were spent.</source>
        <translation>Not completed: nothing was recorded and no points were spent.</translation>
    </message>
    <message>
        <location filename="../../pos/outcomes.py" line="+19" />
        <source>Sale {receipt} recorded: paid {paid}. Earned {earned:,} points, paid with {spent:,} points. Member {code} now has {available:,} points available.</source>
        <translation>Sale {receipt} recorded: paid {paid}. Earned {earned:,} points, paid with {spent:,} points. Member {code} now has {available:,} points available.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>(pending sync)</source>
        <translation>(pending sync)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Redeemed {qty} × {name} for {points:,} points.</source>
        <translation>Redeemed {qty} × {name} for {points:,} points.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Refunded {amount} of sale {receipt}: {reversed:,} points taken back, {returned:,} points given back.</source>
        <translation>Refunded {amount} of sale {receipt}: {reversed:,} points taken back, {returned:,} points given back.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Points debt: {points:,}.</source>
        <translation>Points debt: {points:,}.</translation>
    </message>
</context>
<context>
    <name>CouponsModel</name>
    <message>
        <location filename="../../desktop/record_tables.py" line="+173" />
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+16" />
        <source>used {when}</source>
        <translation>used {when}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>void</source>
        <translation>void</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not valid yet</source>
        <translation>not valid yet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>usable</source>
        <translation>usable</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../pos/enrol_dialog.py" line="+40" />
        <source>Enrol a new member</source>
        <translation>Enrol a new member</translation>
    </message>
    <message>
        <location line="+9" />
        <source>11-digit mobile number</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+6" />
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobile *</source>
        <translation>Mobile *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location line="+20" />
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A mobile number is required.</source>
        <translation>A mobile number is required.</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <location filename="../../desktop/member_dialogs.py" line="-68" />
        <source>Freeze points</source>
        <translation>Freeze points</translation>
    </message>
    <message>
        <location line="+3" />
        <source>While frozen, {name} ({code}) earns no points and cannot spend any.</source>
        <translation>While frozen, {name} ({code}) earns no points and cannot spend any.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unfreeze points</source>
        <translation>Unfreeze points</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name} ({code}) will earn and spend points again.</source>
        <translation>{name} ({code}) will earn and spend points again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unfreeze</source>
        <translation>Unfreeze</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give a reason: it is kept with the change.</source>
        <translation>Give a reason: it is kept with the change.</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../pos/help_overlay.py" line="+25" />
        <source>Show or hide this help</source>
        <translation>Show or hide this help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Look up a member: type member no., mobile or last 4 digits</source>
        <translation>Look up a member: type member no., mobile or last 4 digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enrol a new member</source>
        <translation>Enrol a new member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redeem a reward</source>
        <translation>Redeem a reward</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refund a sale</source>
        <translation>Refund a sale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the last sale's receipt</source>
        <translation>Print the last sale's receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pay with as many points as allowed</source>
        <translation>Pay with as many points as allowed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complete the sale</source>
        <translation>Complete the sale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear: forget the member and the sale</source>
        <translation>Clear: forget the member and the sale</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A scan works from anywhere on this screen.</source>
        <translation>A scan works from anywhere on this screen.</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../../ui/widgets/ledger_view.py" line="+88" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LotsModel</name>
    <message>
        <location filename="../../desktop/record_tables.py" line="-101" />
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usable from</source>
        <translation>Usable from</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{day} (expired)</source>
        <translation>{day} (expired)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+48" />
        <source>MemberDesk — Back office</source>
        <translation>MemberDesk — Back office</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+95" />
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
</context>
<context>
    <name>MemberDetailPage</name>
    <message>
        <location filename="../../desktop/pages/member_detail.py" line="+75" />
        <source>← Members</source>
        <translation>← Members</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the member list (Esc)</source>
        <translation>Back to the member list (Esc)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Adjust points…</source>
        <translation>Adjust points…</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+192" />
        <source>Freeze points…</source>
        <translation>Freeze points…</translation>
    </message>
    <message>
        <location line="-161" />
        <source>Points lots (spent in this order)</source>
        <translation>Points lots (spent in this order)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points entries, newest first</source>
        <translation>Points entries, newest first</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cancel redemption…</source>
        <translation>Cancel redemption…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redemptions</source>
        <translation>Redemptions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Redemption cancelled: {points:,} points returned.</source>
        <translation>Redemption cancelled: {points:,} points returned.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Member {code}</source>
        <translation>Member {code}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{points:,} points are past their expiry date and no longer usable; the expiry job writes them off.</source>
        <translation>{points:,} points are past their expiry date and no longer usable; the expiry job writes them off.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Redemptions ({count})</source>
        <translation>Redemptions ({count})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Coupons ({count})</source>
        <translation>Coupons ({count})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unfreeze points…</source>
        <translation>Unfreeze points…</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{points:+,} points recorded. The change will be uploaded with the next sync.</source>
        <translation>{points:+,} points recorded. The change will be uploaded with the next sync.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Points frozen: no earning or spending until unfrozen.</source>
        <translation>Points frozen: no earning or spending until unfrozen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Points unfrozen: the member earns and spends again.</source>
        <translation>Points unfrozen: the member earns and spends again.</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="+67" />
        <source>Available points</source>
        <translation>Available points</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No member selected</source>
        <translation>No member selected</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Name masked for privacy</source>
        <translation>Name masked for privacy</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Member no. {code}</source>
        <translation>Member no. {code}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobile {phone}</source>
        <translation>Mobile {phone}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Locked {points:,}</source>
        <translation>Locked {points:,}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Earned recently; usable once the return window has passed</source>
        <translation>Earned recently; usable once the return window has passed</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not yet uploaded {points:+,}</source>
        <translation>Not yet uploaded {points:+,}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Changes made on this device that the server has not confirmed yet</source>
        <translation>Changes made on this device that the server has not confirmed yet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Points owed {points:,}</source>
        <translation>Points owed {points:,}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repaid automatically from future earnings</source>
        <translation>Repaid automatically from future earnings</translation>
    </message>
    <message>
        <location line="+13" />
        <source>MEMBERSHIP CLOSED</source>
        <translation>MEMBERSHIP CLOSED</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MEMBERSHIP FROZEN</source>
        <translation>MEMBERSHIP FROZEN</translation>
    </message>
    <message>
        <location line="+3" />
        <source>MEMBERSHIP NOT ACTIVE ({status})</source>
        <translation>MEMBERSHIP NOT ACTIVE ({status})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>POINTS FROZEN: no earning or spending</source>
        <translation>POINTS FROZEN: no earning or spending</translation>
    </message>
</context>
<context>
    <name>MemberPickList</name>
    <message>
        <location filename="../../pos/pick_list.py" line="+85" />
        <source>{code}   {name}   {phone}   {tier}</source>
        <translation>{code}   {name}   {phone}   {tier}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/pages/members.py" line="+60" />
        <source>Member no., mobile, last 4 digits, name or pinyin initials</source>
        <translation>Member no., mobile, last 4 digits, name or pinyin initials</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Open member…</source>
        <translation>Open member…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Profile, points, redemptions, coupons (Enter)</source>
        <translation>Profile, points, redemptions, coupons (Enter)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recent points entries</source>
        <translation>Recent points entries</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{count} members shown; scroll for more</source>
        <translation>{count} members shown; scroll for more</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} members</source>
        <translation>{count} members</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No member matches “{query}”</source>
        <translation>No member matches “{query}”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First {count} matches; type more to narrow down</source>
        <translation>First {count} matches; type more to narrow down</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} found</source>
        <translation>{count} found</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../ui/members_model.py" line="+147" />
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Membership {status}</source>
        <translation>Membership {status}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Points frozen</source>
        <translation>Points frozen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owes {points:,} points</source>
        <translation>Owes {points:,} points</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../pos/override_dialog.py" line="+28" />
        <source>Manager override</source>
        <translation>Manager override</translation>
    </message>
    <message>
        <location line="+7" />
        <source>e.g. network down since this morning</source>
        <translation>e.g. network down since this morning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Manager id</source>
        <translation>Manager id</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
</context>
<context>
    <name>PosWindow</name>
    <message>
        <location filename="../../pos/window.py" line="+25" />
        <source>MemberDesk — Checkout</source>
        <translation>MemberDesk — Checkout</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/profile_form.py" line="+67" />
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+3" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Home store</source>
        <translation>Home store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location line="+61" />
        <source>{phone} (type a new number to change it)</source>
        <translation>{phone} (type a new number to change it)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The name must not be empty.</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” is not an e-mail address.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>A birthday once given cannot be removed.</source>
        <translation>A birthday once given cannot be removed.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“{text}” is not a date. Write it as 1990-05-31.</source>
        <translation>“{text}” is not a date. Write it as 1990-05-31.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The birthday is in the future.</source>
        <translation>The birthday is in the future.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A birthday before {year} is surely a typing slip.</source>
        <translation>A birthday before {year} is surely a typing slip.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Saved. The change will be uploaded with the next sync.</source>
        <translation>Saved. The change will be uploaded with the next sync.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../pos/receipt.py" line="+33" />
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tier discount</source>
        <translation>Tier discount</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Paid with {points:,} points</source>
        <translation>Paid with {points:,} points</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+9" />
        <source>MemberDesk receipt</source>
        <translation>MemberDesk receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receipt no. {receipt}</source>
        <translation>Receipt no. {receipt}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Member {code}</source>
        <translation>Member {code}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Points earned: {points:,}</source>
        <translation>Points earned: {points:,}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Points spent: {points:,}</source>
        <translation>Points spent: {points:,}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Points available: {points:,}</source>
        <translation>Points available: {points:,}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Points usable after the return window: {points:,}</source>
        <translation>Points usable after the return window: {points:,}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pending sync</source>
        <translation>Pending sync</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../pos/redeem_dialog.py" line="+90" />
        <source>Redeem a reward</source>
        <translation>Redeem a reward</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{code}: {points:,} points available</source>
        <translation>{code}: {points:,} points available</translation>
    </message>
    <message>
        <location line="+10" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limit left</source>
        <translation>Limit left</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nothing this member can redeem here today.</source>
        <translation>Nothing this member can redeem here today.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Redeem</source>
        <translation>Redeem</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+59" />
        <source>{points:,} points</source>
        <translation>{points:,} points</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+7" />
        <source>More points than the member has</source>
        <translation>More points than the member has</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not redeemed: nothing was spent.</source>
        <translation>Not redeemed: nothing was spent.</translation>
    </message>
</context>
<context>
    <name>RedemptionsModel</name>
    <message>
        <location filename="../../desktop/record_tables.py" line="+15" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+20" />
        <source>cancelled {when}</source>
        <translation>cancelled {when}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>completed</source>
        <translation>completed</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../pos/refund_dialog.py" line="+41" />
        <location line="+40" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Receipt number, then Enter</source>
        <translation>Receipt number, then Enter</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Empty = refund everything left</source>
        <translation>Empty = refund everything left</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recent sales</source>
        <translation>Recent sales</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refund amount</source>
        <translation>Refund amount</translation>
    </message>
    <message>
        <location line="+64" />
        <source>{receipt}  {when}  {amount}  {points:+,} points</source>
        <translation>{receipt}  {when}  {amount}  {points:+,} points</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(refunded {amount})</source>
        <translation>(refunded {amount})</translation>
    </message>
    <message>
        <location line="+32" />
        <source>{receipt} of {when}: goods {net}, paid {paid}, earned {earned:,} points, paid {spent:,} points; already refunded {refunded}</source>
        <translation>{receipt} of {when}: goods {net}, paid {paid}, earned {earned:,} points, paid {spent:,} points; already refunded {refunded}</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Refund {amount} (cash back {cash}): {reversed:,} points taken back, {returned:,} points given back</source>
        <translation>Refund {amount} (cash back {cash}): {reversed:,} points taken back, {returned:,} points given back</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The member does not have {points:,} of these points: they become points debt.</source>
        <translation>The member does not have {points:,} of these points: they become points debt.</translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <location filename="../../pos/sale_panel.py" line="+74" />
        <source>e.g. 128.50</source>
        <translation>e.g. 128.50</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep this amount as a line and type the next</source>
        <translation>Keep this amount as a line and type the next</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Use most (F9)</source>
        <translation>Use most (F9)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Complete sale (Enter / F12)</source>
        <translation>Complete sale (Enter / F12)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+6" />
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Points as cash</source>
        <translation>Points as cash</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier discount</source>
        <translation>Tier discount</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paid with points</source>
        <translation>Paid with points</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location line="+139" />
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No coupon</source>
        <translation>No coupon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name}: {value} (until {date})</source>
        <translation>{name}: {value} (until {date})</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Scan the member card to earn points</source>
        <translation>Scan the member card to earn points</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{amount} ({points:,} points)</source>
        <translation>{amount} ({points:,} points)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>At most {most:,} points for this bill; {available:,} available</source>
        <translation>At most {most:,} points for this bill; {available:,} available</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Offline: {points:,} may be spent here until the next sync (more needs a manager)</source>
        <translation>Offline: {points:,} may be spent here until the next sync (more needs a manager)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Earns {points:,} points</source>
        <translation>Earns {points:,} points</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This coupon cannot be used: {reason}</source>
        <translation>This coupon cannot be used: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="+116" />
        <source>Sync not set up</source>
        <translation>Sync not set up</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This device works on its own: nothing is uploaded to a server</source>
        <translation>This device works on its own: nothing is uploaded to a server</translation>
    </message>
    <message>
        <location line="+6" />
        <source>● Sync starting…</source>
        <translation>● Sync starting…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>● Connecting…</source>
        <translation>● Connecting…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server has not been tried yet</source>
        <translation>The server has not been tried yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server answered the last sync</source>
        <translation>The server answered the last sync</translation>
    </message>
    <message>
        <location line="+2" />
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server cannot be reached; sales are kept and uploaded later</source>
        <translation>The server cannot be reached; sales are kept and uploaded later</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{state} · syncing</source>
        <translation>{state} · syncing</translation>
    </message>
    <message>
        <location line="+5" />
        <source>To upload: {count:,}</source>
        <translation>To upload: {count:,}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changes made on this device that the server has not received yet</source>
        <translation>Changes made on this device that the server has not received yet</translation>
    </message>
    <message>
        <location line="+7" />
        <source>oldest waiting {age}</source>
        <translation>oldest waiting {age}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Last sync {time}</source>
        <translation>Last sync {time}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Last error: {error}</source>
        <translation>Last error: {error}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next attempt in {duration}</source>
        <translation>Next attempt in {duration}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{d} d {h} h</source>
        <translation>{d} d {h} h</translation>
    </message>
</context>
<context>
    <name>TodayStrip</name>
    <message>
        <location filename="../../pos/today_strip.py" line="+22" />
        <source>Today for this member</source>
        <translation>Today for this member</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Tier discount: {value}</source>
        <translation>Tier discount: {value}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name}: +{pct}% points</source>
        <translation>{name}: +{pct}% points</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Coupons: {count}</source>
        <translation>Coupons: {count}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{rate:,} points pay {yuan}; up to {pct}% of a bill</source>
        <translation>{rate:,} points pay {yuan}; up to {pct}% of a bill</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+44" />
        <source>MemberDesk</source>
        <translation>MemberDesk</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot open the database {path}:
{error}</source>
        <translation>Cannot open the database {path}:
{error}</translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../ui/attention_words.py" line="+14" />
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points overdraft</source>
        <translation>Points overdraft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points differ from the receipt</source>
        <translation>Points differ from the receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reward stock overdrawn</source>
        <translation>Reward stock overdrawn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profile edited by two people</source>
        <translation>Profile edited by two people</translation>
    </message>
    <message>
        <location line="+4" />
        <source>enrolment</source>
        <translation>enrolment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>profile edit</source>
        <translation>profile edit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>membership status change</source>
        <translation>membership status change</translation>
    </message>
    <message>
        <location line="+1" />
        <source>freezing or unfreezing points</source>
        <translation>freezing or unfreezing points</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sale</source>
        <translation>sale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>refund</source>
        <translation>refund</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reward redemption</source>
        <translation>reward redemption</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancelled redemption</source>
        <translation>cancelled redemption</translation>
    </message>
    <message>
        <location line="+1" />
        <source>points adjustment</source>
        <translation>points adjustment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>coupon issue</source>
        <translation>coupon issue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>benefit use</source>
        <translation>benefit use</translation>
    </message>
    <message>
        <location line="+1" />
        <source>points expiry</source>
        <translation>points expiry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tier evaluation</source>
        <translation>tier evaluation</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Points debt recorded: {points:,}</source>
        <translation>Points debt recorded: {points:,}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Receipt printed {device:,} points; the server counts {server:,}</source>
        <translation>Receipt printed {device:,} points; the server counts {server:,}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reward {sku}</source>
        <translation>Reward {sku}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sale {sale}</source>
        <translation>Sale {sale}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Edited from version {base}, the profile was at version {current}</source>
        <translation>Edited from version {base}, the profile was at version {current}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/i18n.py" line="+134" />
        <source>The request was refused.</source>
        <translation>The request was refused.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{text}” is not an amount. Enter yuan, for example 128.50.</source>
        <translation>“{text}” is not an amount. Enter yuan, for example 128.50.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{text}” is not a valid member code (misread?). Please scan again.</source>
        <translation>“{text}” is not a valid member code (misread?). Please scan again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{text}” is not a valid mobile number.</source>
        <translation>“{text}” is not a valid mobile number.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No member found for “{key}”.</source>
        <translation>No member found for “{key}”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{key}” matches {count} members. Scan or enter the member code.</source>
        <translation>“{key}” matches {count} members. Scan or enter the member code.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This phone number already belongs to member {code}.</source>
        <translation>This phone number already belongs to member {code}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Member {code} is not active ({status}).</source>
        <translation>Member {code} is not active ({status}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The points account of member {code} is frozen.</source>
        <translation>The points account of member {code} is frozen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member {code} has {available} points available; {requested} requested.</source>
        <translation>Member {code} has {available} points available; {requested} requested.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most {max_points} points can pay for this sale; {requested} requested.</source>
        <translation>At most {max_points} points can pay for this sale; {requested} requested.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No sale “{sale_id}”.</source>
        <translation>No sale “{sale_id}”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sale {sale_id} can be refunded {refundable} at most; {requested} requested.</source>
        <translation>Sale {sale_id} can be refunded {refundable} at most; {requested} requested.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No reward “{sku}”.</source>
        <translation>No reward “{sku}”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reward {sku} is not available ({reason}).</source>
        <translation>Reward {sku} is not available ({reason}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reward {sku}: {available} in stock at {where}; {requested} requested.</source>
        <translation>Reward {sku}: {available} in stock at {where}; {requested} requested.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Member {code} may redeem {sku} {limit} times; {used} used, {requested} requested.</source>
        <translation>Member {code} may redeem {sku} {limit} times; {used} used, {requested} requested.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No redemption “{redemption_id}”.</source>
        <translation>No redemption “{redemption_id}”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redemption {redemption_id} is already cancelled.</source>
        <translation>Redemption {redemption_id} is already cancelled.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No coupon “{coupon}” for this member.</source>
        <translation>No coupon “{coupon}” for this member.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coupon {coupon} cannot be used ({reason}).</source>
        <translation>Coupon {coupon} cannot be used ({reason}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No store “{store}”.</source>
        <translation>No store “{store}”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} is not configured on this device.</source>
        <translation>{what} is not configured on this device.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A reason is required for {action}.</source>
        <translation>A reason is required for {action}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This device does not know the command “{kind}” (version {version}).</source>
        <translation>This device does not know the command “{kind}” (version {version}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Benefit {benefit} already used {used} of {quota} times this {period}.</source>
        <translation>Benefit {benefit} already used {used} of {quota} times this {period}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Until the next sync, member {code} can spend {allowed} points on this device (confirmed {confirmed}, spent offline {spent_offline}); {requested} requested. A manager's override is needed.</source>
        <translation>Until the next sync, member {code} can spend {allowed} points on this device (confirmed {confirmed}, spent offline {spent_offline}); {requested} requested. A manager's override is needed.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Last successful sync {age_hours} hours ago (limit {max_hours} hours). Spending points needs a manager's override.</source>
        <translation>Last successful sync {age_hours} hours ago (limit {max_hours} hours). Spending points needs a manager's override.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This device has not synced yet. Spending points needs a manager's override.</source>
        <translation>This device has not synced yet. Spending points needs a manager's override.</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <location filename="../../ui/widgets/ledger_view.py" line="-51" />
        <source>Earned on a purchase</source>
        <translation>Earned on a purchase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paid with points</source>
        <translation>Paid with points</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taken back on a refund</source>
        <translation>Taken back on a refund</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returned on a refund</source>
        <translation>Returned on a refund</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reward redeemed</source>
        <translation>Reward redeemed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redemption cancelled</source>
        <translation>Redemption cancelled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manual adjustment</source>
        <translation>Manual adjustment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>pos</name>
    <message>
        <location filename="../../pos/wording.py" line="+15" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fresh food</source>
        <translation>Fresh food</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High margin</source>
        <translation>High margin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Traffic builders</source>
        <translation>Traffic builders</translation>
    </message>
    <message>
        <location line="+4" />
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not valid yet</source>
        <translation>not valid yet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bill below the coupon's minimum</source>
        <translation>bill below the coupon's minimum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>already used</source>
        <translation>already used</translation>
    </message>
    <message>
        <location line="+1" />
        <source>void</source>
        <translation>void</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{n} base</source>
        <translation>{n} base</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} {tier} bonus</source>
        <translation>{n} {tier} bonus</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} {campaign}</source>
        <translation>{n} {campaign}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} over the daily cap</source>
        <translation>{n} over the daily cap</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{amount} off</source>
        <translation>{amount} off</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{pct}% off</source>
        <translation>{pct}% off</translation>
    </message>
    <message>
        <location line="+1" />
        <source>free shipping</source>
        <translation>free shipping</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../ui/i18n.py" line="-79" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1" />
        <source>frozen</source>
        <translation>frozen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
</TS>
