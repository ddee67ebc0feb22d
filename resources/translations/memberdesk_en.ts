<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../pos/checkout.py" line="+45" />
        <source>Scan the member card, or type member no. / mobile, then Enter</source>
        <translation>Scan the member card, or type member no. / mobile, then Enter</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Scan a member card to begin</source>
        <translation>Scan a member card to begin</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Scanned: {text}</source>
        <translation>Scanned: {text}</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+16" />
        <source>MemberDesk — Back office</source>
        <translation>MemberDesk — Back office</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Members</source>
        <translation>Members</translation>
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
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/pages/members.py" line="+57" />
        <source>Member no., mobile, last 4 digits, name or pinyin initials</source>
        <translation>Member no., mobile, last 4 digits, name or pinyin initials</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Recent points entries</source>
        <translation>Recent points entries</translation>
    </message>
    <message>
        <location line="+62" />
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
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+33" />
        <source>MemberDesk</source>
        <translation>MemberDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot open the database {path}:
{error}</source>
        <translation>Cannot open the database {path}:
{error}</translation>
    </message>
    <message>
        <location filename="../../pos/app.py" line="+15" />
        <source>MemberDesk — Checkout</source>
        <translation>MemberDesk — Checkout</translation>
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
