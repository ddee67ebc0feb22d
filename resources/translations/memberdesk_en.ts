<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/pages/staff_dialogs.py" line="+75" />
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit {user}</source>
        <translation>Edit {user}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the user name, if left empty</source>
        <translation>the user name, if left empty</translation>
    </message>
    <message>
        <location line="+7" />
        <source>— choose a store —</source>
        <translation>— choose a store —</translation>
    </message>
    <message>
        <location line="+5" />
        <source>— choose a region —</source>
        <translation>— choose a region —</translation>
    </message>
    <message>
        <location line="+10" />
        <source>leave empty to keep the password</source>
        <translation>leave empty to keep the password</translation>
    </message>
    <message>
        <location line="+7" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Enter a user name: up to 64 characters, no spaces.</source>
        <translation>Enter a user name: up to 64 characters, no spaces.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A clerk or store manager needs a store.</source>
        <translation>A clerk or store manager needs a store.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A regional manager needs a region.</source>
        <translation>A regional manager needs a region.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The password needs at least {n} characters.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Works in one store; the region follows the store.</source>
        <translation>Works in one store; the region follows the store.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Works for every store of one region.</source>
        <translation>Works for every store of one region.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Works for the whole chain (no store, no region).</source>
        <translation>Works for the whole chain (no store, no region).</translation>
    </message>
</context>
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
    <name>AdminAccess</name>
    <message>
        <location filename="../../desktop/pages/admin_access.py" line="+56" />
        <source>This page works on the central server's data; this database is standalone, so it cannot be used here.</source>
        <translation>This page works on the central server's data; this database is standalone, so it cannot be used here.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Central server {url}, signed in as {user}.</source>
        <translation>Central server {url}, signed in as {user}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Central server {url}: sign in as an administrator.</source>
        <translation>Central server {url}: sign in as an administrator.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign in as someone else…</source>
        <translation>Sign in as someone else…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Only an administrator may use this page; {user} is not one. Sign in as an administrator to continue.</source>
        <translation>Only an administrator may use this page; {user} is not one. Sign in as an administrator to continue.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Your sign-in has expired: sign in again.</source>
        <translation>Your sign-in has expired: sign in again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central server refused: {reason}</source>
        <translation>The central server refused: {reason}</translation>
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
    <name>AuditLogPage</name>
    <message>
        <location filename="../../desktop/pages/audit_log.py" line="+56" />
        <source>Signed in</source>
        <extracomment>The actions the server writes (``server/routes/*``), in the words of the interface.</extracomment>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff account created</source>
        <translation>Staff account created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff account changed</source>
        <translation>Staff account changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PIN reset</source>
        <translation>PIN reset</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Own PIN set</source>
        <translation>Own PIN set</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device enrolled</source>
        <translation>Device enrolled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device revoked</source>
        <translation>Device revoked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier changed</source>
        <translation>Tier changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier ladder changed</source>
        <translation>Tier ladder changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier policy changed</source>
        <translation>Tier policy changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Benefit changed</source>
        <translation>Benefit changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Point rules published</source>
        <translation>Point rules published</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reward created</source>
        <translation>Reward created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reward changed</source>
        <translation>Reward changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stock allocated</source>
        <translation>Stock allocated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attention item resolved</source>
        <translation>Attention item resolved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member's contact details revealed</source>
        <translation>Member's contact details revealed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job run</source>
        <translation>Job run</translation>
    </message>
    <message>
        <location line="+45" />
        <source>anyone (a user name)</source>
        <extracomment>Detail fields that name what an entry is about, most telling first.</extracomment>
        <translation>anyone (a user name)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+4" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+3" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+13" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="-11" />
        <location line="+11" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Load older</source>
        <translation>Load older</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The first day is after the last day.</source>
        <translation>The first day is after the last day.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Not signed in: no entries to show.</source>
        <translation>Not signed in: no entries to show.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>{n} entries written to {path}.</source>
        <translation>{n} entries written to {path}.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+72" />
        <source>{n} entries, newest first.</source>
        <translation>{n} entries, newest first.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} newest entries; older ones follow with “Load older”.</source>
        <translation>{n} newest entries; older ones follow with “Load older”.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No entries match.</source>
        <translation>No entries match.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{action} by {actor} at {time}</source>
        <translation>{action} by {actor} at {time}</translation>
    </message>
</context>
<context>
    <name>BenefitUsesModel</name>
    <message>
        <location filename="../../desktop/member_benefits_tab.py" line="+93" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>BenefitsModel</name>
    <message>
        <location line="-71" />
        <source>today ({key})</source>
        <translation>today ({key})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this week ({key})</source>
        <translation>this week ({key})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this month ({key})</source>
        <translation>this month ({key})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this year ({key})</source>
        <translation>this year ({key})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this membership year</source>
        <translation>this membership year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ever</source>
        <translation>ever</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{percent}% off every purchase</source>
        <translation>{percent}% off every purchase</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Points ×{times}</source>
        <translation>Points ×{times}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Birthday gift: {points:,} points</source>
        <translation>Birthday gift: {points:,} points</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Birthday gift</source>
        <translation>Birthday gift</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Free-shipping coupon</source>
        <translation>Free-shipping coupon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Priority service</source>
        <translation>Priority service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no longer in the rulebook)</source>
        <translation>(no longer in the rulebook)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Quota period</source>
        <translation>Quota period</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+10" />
        <source>no quota</source>
        <translation>no quota</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{left} of {quota}</source>
        <translation>{left} of {quota}</translation>
    </message>
</context>
<context>
    <name>BenefitsTab</name>
    <message>
        <location line="+52" />
        <source>Uses, newest first</source>
        <translation>Uses, newest first</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Grant the selected benefit</source>
        <translation>Grant the selected benefit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Birthday gifts and free-shipping coupons are handed out on request.</source>
        <translation>Birthday gifts and free-shipping coupons are handed out on request.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Benefits of {tier}</source>
        <translation>Benefits of {tier}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The {tier} tier has no benefits.</source>
        <translation>The {tier} tier has no benefits.</translation>
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
    <name>CatalogPanel</name>
    <message>
        <location filename="../../desktop/pages/mall/catalog.py" line="+102" />
        <source>Search SKU, name or category</source>
        <translation>Search SKU, name or category</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location line="+13" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+26" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-25" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points price</source>
        <translation>Points price</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cash (¥)</source>
        <translation>Cash (¥)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>0 or e.g. 12.50</source>
        <translation>0 or e.g. 12.50</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+19" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Central stock</source>
        <translation>Central stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limit per member</source>
        <translation>Limit per member</translation>
    </message>
    <message>
        <location line="+0" />
        <source>empty: no limit</source>
        <translation>empty: no limit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>YYYY-MM-DD, empty: open</source>
        <translation>YYYY-MM-DD, empty: open</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tier restriction</source>
        <translation>Tier restriction</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <source>Coupon template</source>
        <translation>Coupon template</translation>
    </message>
    <message>
        <location line="-9" />
        <source>On the shelf</source>
        <translation>On the shelf</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+137" />
        <source>New reward</source>
        <translation>New reward</translation>
    </message>
    <message>
        <location line="-135" />
        <source>Save to the central server</source>
        <translation>Save to the central server</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Store stock</source>
        <translation>Store stock</translation>
    </message>
    <message>
        <location line="+11" />
        <source>items the store holds</source>
        <translation>items the store holds</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allocate</source>
        <translation>Allocate</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+48" />
        <source>any tier</source>
        <translation>any tier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{tier} and above</source>
        <translation>{tier} and above</translation>
    </message>
    <message>
        <location line="+4" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+77" />
        <location line="+75" />
        <location line="+61" />
        <source>Reward {sku}</source>
        <translation>Reward {sku}</translation>
    </message>
    <message>
        <location line="-112" />
        <location line="+15" />
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>Nothing was sent: correct the fields marked in red.</translation>
    </message>
    <message>
        <location line="-8" />
        <source>This reward is no longer in the catalog.</source>
        <translation>This reward is no longer in the catalog.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There are no changes to save.</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+62" />
        <source>Not signed in: nothing was saved.</source>
        <translation>Not signed in: nothing was saved.</translation>
    </message>
    <message>
        <location line="-60" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Reward {sku} saved on the central server. The catalog shows it after the next sync.</source>
        <translation>Reward {sku} saved on the central server. The catalog shows it after the next sync.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Choose a reward with stock per store first.</source>
        <translation>Choose a reward with stock per store first.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Quantity: {problem}. Nothing was sent.</source>
        <translation>Quantity: {problem}. Nothing was sent.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{store} now holds {quantity} of {sku} (was {previous}). The table shows it after the next sync.</source>
        <translation>{store} now holds {quantity} of {sku} (was {previous}). The table shows it after the next sync.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Image: {problem}. The image was not changed.</source>
        <translation>Image: {problem}. The image was not changed.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{shown} of {total} rewards</source>
        <translation>{shown} of {total} rewards</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{user} may not make this change to the points mall.</source>
        <translation>{user} may not make this change to the points mall.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Select a reward with stock per store to allocate its stock.</source>
        <translation>Select a reward with stock per store to allocate its stock.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{sku} does not use stock per store.</source>
        <translation>{sku} does not use stock per store.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{sku}: no store holds any yet.</source>
        <translation>{sku}: no store holds any yet.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{field}: a reward with this SKU exists</source>
        <translation>{field}: a reward with this SKU exists</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/charts.py" line="+108" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save this chart as an image, or its data</source>
        <translation>Save this chart as an image, or its data</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Image (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data as CSV…</source>
        <translation>Data as CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data as Excel (XLSX)…</source>
        <translation>Data as Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+169" />
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+15" />
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not saved: {path}
{why}</source>
        <translation>Not saved: {path}
{why}</translation>
    </message>
</context>
<context>
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../pos/checkout.py" line="+95" />
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
        <location line="+74" />
        <source>No sale to print yet.</source>
        <translation>No sale to print yet.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The receipt could not be printed: {error}</source>
        <translation>The receipt could not be printed: {error}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt printed: {where}</source>
        <translation>Receipt printed: {where}</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+139" />
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
        <location line="+55" />
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
    <name>CouponDialog</name>
    <message>
        <location filename="../../desktop/bulk_dialogs.py" line="+152" />
        <source>Issue a coupon</source>
        <translation>Issue a coupon</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{count} coupons will be issued, one to each member.</source>
        <translation>{count} coupons will be issued, one to each member.</translation>
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
    <name>CouponsPage</name>
    <message>
        <location filename="../../desktop/pages/coupons.py" line="+51" />
        <source>amount off</source>
        <translation>amount off</translation>
    </message>
    <message>
        <location line="+1" />
        <source>percent off</source>
        <translation>percent off</translation>
    </message>
    <message>
        <location line="+1" />
        <source>free shipping</source>
        <translation>free shipping</translation>
    </message>
    <message>
        <location line="+3" />
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="+1" />
        <source>too long (at most 100 characters)</source>
        <translation>too long (at most 100 characters)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contains control characters</source>
        <translation>contains control characters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not an amount in yuan (for example 12.50)</source>
        <translation>not an amount in yuan (for example 12.50)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a percentage (for example 15 or 12.5, meaning % off)</source>
        <translation>not a percentage (for example 15 or 12.5, meaning % off)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>too small</source>
        <translation>too small</translation>
    </message>
    <message>
        <location line="+1" />
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <location line="+1" />
        <source>takes off more than the minimum spend it needs</source>
        <translation>takes off more than the minimum spend it needs</translation>
    </message>
    <message>
        <location line="+3" />
        <source>another template has this name</source>
        <translation>another template has this name</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{amount} off</source>
        <translation>{amount} off</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{percent}% off ({zhe}折)</source>
        <translation>{percent}% off ({zhe}折)</translation>
    </message>
    <message>
        <location line="+100" />
        <location line="+47" />
        <location line="+101" />
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location line="-132" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>e.g. 满300减50</source>
        <translation>e.g. 满300减50</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+13" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Amount off (¥)</source>
        <translation>Amount off (¥)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>e.g. 50 or 12.50</source>
        <translation>e.g. 50 or 12.50</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Percent off (%)</source>
        <translation>Percent off (%)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>15 means 15% off (85折)</source>
        <translation>15 means 15% off (85折)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Minimum spend (¥)</source>
        <translation>Minimum spend (¥)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>empty: no minimum</source>
        <translation>empty: no minimum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid for (days)</source>
        <translation>Valid for (days)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>days from when it is issued</source>
        <translation>days from when it is issued</translation>
    </message>
    <message>
        <location line="+1" />
        <source>May be issued</source>
        <translation>May be issued</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A change of amounts applies to unused coupons already issued; a change of validity to coupons issued from now on.</source>
        <translation>A change of amounts applies to unused coupons already issued; a change of validity to coupons issued from now on.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save to the central server</source>
        <translation>Save to the central server</translation>
    </message>
    <message>
        <location line="+119" />
        <location line="+71" />
        <source>Template {name} ({id})</source>
        <translation>Template {name} ({id})</translation>
    </message>
    <message>
        <location line="-45" />
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>Nothing was sent: correct the fields marked in red.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This template is no longer in the local copy.</source>
        <translation>This template is no longer in the local copy.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There are no changes to save.</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saving needs a connection to the central server; this database is standalone. Nothing was saved.</source>
        <translation>Saving needs a connection to the central server; this database is standalone. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not signed in: nothing was saved.</source>
        <translation>Not signed in: nothing was saved.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Template {name} ({id}) saved on the central server. The table shows it after the next sync.</source>
        <translation>Template {name} ({id}) saved on the central server. The table shows it after the next sync.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{total} templates, {active} may be issued</source>
        <translation>{total} templates, {active} may be issued</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The local copy cannot be read: {error}</source>
        <translation>The local copy cannot be read: {error}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Fixed: coupons of this template have been issued.</source>
        <translation>Fixed: coupons of this template have been issued.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>on a spend of {amount} or more</source>
        <translation>on a spend of {amount} or more</translation>
    </message>
    <message>
        <location line="+4" />
        <source>on any spend</source>
        <translation>on any spend</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{amount} off {spend}</source>
        <translation>{amount} off {spend}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{percent}% off (pays {zhe}折) {spend}</source>
        <translation>{percent}% off (pays {zhe}折) {spend}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>free shipping {spend}</source>
        <translation>free shipping {spend}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{user} may not change coupon templates (back office or admin only).</source>
        <translation>{user} may not change coupon templates (back office or admin only).</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/pages/dashboards/base.py" line="+58" />
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <location line="+71" />
        <source>The figures could not be read (see the log). Try again.</source>
        <translation>The figures could not be read (see the log). Try again.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>(no home store)</source>
        <translation>(no home store)</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <location filename="../../ui/widgets/dashboard_filter_bar.py" line="+52" />
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+6" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+24" />
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <location filename="../../desktop/pages/dashboards/__init__.py" line="+64" />
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points health</source>
        <translation>Points health</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points mall</source>
        <translation>Points mall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RFM &amp; churn</source>
        <translation>RFM &amp; churn</translation>
    </message>
    <message>
        <location line="+50" />
        <source>This device holds region {regions}: the figures are of its members.</source>
        <translation>This device holds region {regions}: the figures are of its members.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Figures of every member this database holds.</source>
        <translation>Figures of every member this database holds.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../pos/enrol_dialog.py" line="+43" />
        <source>Enrol a new member</source>
        <translation>Enrol a new member</translation>
    </message>
    <message>
        <location line="+10" />
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
    <name>FigureTable</name>
    <message>
        <location filename="../../ui/widgets/figure_table.py" line="+64" />
        <source>Export</source>
        <extracomment>(shown text, exported value)</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Data as CSV…</source>
        <translation>Data as CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data as Excel (XLSX)…</source>
        <translation>Data as Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+9" />
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not saved: {path}
{why}</source>
        <translation>Not saved: {path}
{why}</translation>
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
        <source>Sign out (the sale in progress is kept)</source>
        <translation>Sign out (the sale in progress is kept)</translation>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/import_dialog.py" line="+43" />
        <location line="+109" />
        <source>Import members</source>
        <translation>Import members</translation>
    </message>
    <message>
        <location line="-102" />
        <source>Choose a CSV file…</source>
        <translation>Choose a CSV file…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Member field</source>
        <translation>Member field</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+149" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="-149" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+149" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="-134" />
        <source>Which column holds what</source>
        <translation>Which column holds what</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Preview (first rows)</source>
        <translation>Preview (first rows)</translation>
    </message>
    <message>
        <location line="+11" />
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
        <source>Home store</source>
        <translation>Home store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening points</source>
        <translation>Opening points</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Required, but empty</source>
        <translation>Required, but empty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not an 11-digit mobile number</source>
        <translation>Not an 11-digit mobile number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A member with this mobile number exists already</source>
        <translation>A member with this mobile number exists already</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Same as line {line} of the file</source>
        <translation>Same as line {line} of the file</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not a valid member number</source>
        <translation>Not a valid member number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gender must be F, M, 女 or 男</source>
        <translation>Gender must be F, M, 女 or 男</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not a date like 1990-05-17</source>
        <translation>Not a date like 1990-05-17</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points must be a whole number of 0 or more</source>
        <translation>Points must be a whole number of 0 or more</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No store has this code</source>
        <translation>No store has this code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>More values than columns (a separator inside an unquoted value?)</source>
        <translation>More values than columns (a separator inside an unquoted value?)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No free member number found; try again</source>
        <translation>No free member number found; try again</translation>
    </message>
    <message>
        <location line="+14" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location line="+57" />
        <source>{rows} rows in the file; {bad} of the first {shown} have a problem</source>
        <translation>{rows} rows in the file; {bad} of the first {shown} have a problem</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Importing members…</source>
        <translation>Importing members…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{accepted} members imported, {rejected} rows refused</source>
        <translation>{accepted} members imported, {rejected} rows refused</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancelled after {rows} rows: {summary}</source>
        <translation>Cancelled after {rows} rows: {summary}</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <location filename="../../desktop/pages/coupon_issue.py" line="+55" />
        <source>Issue coupons</source>
        <translation>Issue coupons</translation>
    </message>
    <message>
        <location line="+17" />
        <source>member no. or mobile</source>
        <translation>member no. or mobile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issue to this member</source>
        <translation>Issue to this member</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Issue to everyone matching…</source>
        <translation>Issue to everyone matching…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+5" />
        <source>To one member</source>
        <translation>To one member</translation>
    </message>
    <message>
        <location line="+6" />
        <source>To everyone matching</source>
        <translation>To everyone matching</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Counting members…</source>
        <translation>Counting members…</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+21" />
        <source>Choose a template first.</source>
        <translation>Choose a template first.</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Type a member no. or mobile first.</source>
        <translation>Type a member no. or mobile first.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Issuing coupons…</source>
        <translation>Issuing coupons…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>{count} members match</source>
        <translation>{count} members match</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No member matches these filters: nothing to issue.</source>
        <translation>No member matches these filters: nothing to issue.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Issue {count} coupons of {template}, one to each member matching these filters? They are queued for upload and cannot be taken back here.</source>
        <translation>Issue {count} coupons of {template}, one to each member matching these filters? They are queued for upload and cannot be taken back here.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Issue {count} coupons</source>
        <translation>Issue {count} coupons</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Coupon {code} issued to {member}, valid until {until}.</source>
        <translation>Coupon {code} issued to {member}, valid until {until}.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{done} coupons issued, {failed} members refused</source>
        <translation>{done} coupons issued, {failed} members refused</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(first: {reason})</source>
        <translation>(first: {reason})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled: {summary}; the coupons issued stay issued.</source>
        <translation>Cancelled: {summary}; the coupons issued stay issued.</translation>
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
        <location filename="../../desktop/main_window.py" line="+68" />
        <source>MemberDesk — Back office</source>
        <translation>MemberDesk — Back office</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+111" />
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location line="-110" />
        <source>Tiers &amp; benefits</source>
        <translation>Tiers &amp; benefits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Point rules</source>
        <translation>Point rules</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points mall</source>
        <translation>Points mall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff &amp; roles</source>
        <translation>Staff &amp; roles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>MallDashboard</name>
    <message>
        <location filename="../../desktop/pages/dashboards/mall.py" line="+35" />
        <location line="+55" />
        <location line="+11" />
        <location line="+11" />
        <source>Redemptions</source>
        <translation>Redemptions</translation>
    </message>
    <message>
        <location line="-76" />
        <source>Items redeemed</source>
        <translation>Items redeemed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cash paid with points</source>
        <translation>Cash paid with points</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redemption conversion</source>
        <translation>Redemption conversion</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Stock alerts</source>
        <translation>Stock alerts</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Redemptions per period</source>
        <translation>Redemptions per period</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Top rewards by redemptions</source>
        <translation>Top rewards by redemptions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Top rewards</source>
        <translation>Top rewards</translation>
    </message>
    <message>
        <location line="+21" />
        <source>cheapest reward {points} points</source>
        <translation>cheapest reward {points} points</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no reward on offer</source>
        <translation>no reward on offer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} of {total} who could redeem</source>
        <translation>{n} of {total} who could redeem</translation>
    </message>
    <message>
        <location line="+7" />
        <source>at or below {n} left</source>
        <translation>at or below {n} left</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+6" />
        <location line="+22" />
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location line="-23" />
        <location line="+23" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cash (¥)</source>
        <translation>Cash (¥)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>central stock</source>
        <translation>central stock</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>MallPage</name>
    <message>
        <location filename="../../desktop/pages/mall/catalog.py" line="-507" />
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="+1" />
        <source>too long</source>
        <translation>too long</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contains control characters</source>
        <translation>contains control characters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>letters, digits, '.', '_' or '-' (up to 32, starting with a letter or digit)</source>
        <translation>letters, digits, '.', '_' or '-' (up to 32, starting with a letter or digit)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>too small</source>
        <translation>too small</translation>
    </message>
    <message>
        <location line="+1" />
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not an amount in yuan (for example 12.50)</source>
        <translation>not an amount in yuan (for example 12.50)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a date (YYYY-MM-DD)</source>
        <translation>not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ends before it starts</source>
        <translation>ends before it starts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>only a reward with central stock holds central stock</source>
        <translation>only a reward with central stock holds central stock</translation>
    </message>
    <message>
        <location line="+3" />
        <source>only for a coupon reward</source>
        <translation>only for a coupon reward</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not a picture (PNG, JPEG, BMP, GIF or WebP)</source>
        <translation>not a picture (PNG, JPEG, BMP, GIF or WebP)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is larger than 32 MB</source>
        <translation>the file is larger than 32 MB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>larger than 64 KB even when scaled to 256×256</source>
        <translation>larger than 64 KB even when scaled to 256×256</translation>
    </message>
    <message>
        <location line="+3" />
        <source>larger than 256×256 pixels</source>
        <translation>larger than 256×256 pixels</translation>
    </message>
    <message>
        <location line="+511" />
        <source>Saving needs a connection to the central server; this database is standalone. Nothing was saved.</source>
        <translation>Saving needs a connection to the central server; this database is standalone. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/mall/models.py" line="+23" />
        <source>physical</source>
        <translation>physical</translation>
    </message>
    <message>
        <location line="+1" />
        <source>virtual</source>
        <translation>virtual</translation>
    </message>
    <message>
        <location line="+1" />
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>coupon</source>
        <translation>coupon</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../desktop/pages/mall/page.py" line="+173" />
        <source>central stock</source>
        <translation>central stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per store</source>
        <translation>per store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location line="+3" />
        <source>placed</source>
        <translation>placed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fulfilled</source>
        <translation>fulfilled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/mall/page.py" line="-99" />
        <source>at or below </source>
        <translation>at or below </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redemption orders</source>
        <translation>Redemption orders</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Stock alerts: no reward on the shelf is at or below {n}.</source>
        <translation>Stock alerts: no reward on the shelf is at or below {n}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Stock alerts: {count} low (at or below {n})</source>
        <translation>Stock alerts: {count} low (at or below {n})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{sku} {name} — {where}: {quantity} left</source>
        <translation>{sku} {name} — {where}: {quantity} left</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The local copy cannot be read: {error}</source>
        <translation>The local copy cannot be read: {error}</translation>
    </message>
</context>
<context>
    <name>MemberDetailPage</name>
    <message>
        <location filename="../../desktop/pages/member_detail.py" line="+124" />
        <source>← Members</source>
        <extracomment>How long revealed personal data stays on screen. What the page reveals: the mobile. (The profile form shows the e-mail as it is, so revealing it would record nothing that is hidden.)</extracomment>
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
        <location line="+266" />
        <source>Freeze points…</source>
        <translation>Freeze points…</translation>
    </message>
    <message>
        <location line="-263" />
        <source>Merge a duplicate into this member…</source>
        <translation>Merge a duplicate into this member…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reveal mobile and e-mail</source>
        <translation>Reveal mobile and e-mail</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Asks the central server, which records who revealed what (audit log)</source>
        <translation>Asks the central server, which records who revealed what (audit log)</translation>
    </message>
    <message>
        <location line="+30" />
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
        <location line="+3" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location line="+111" />
        <source>Birthday gift granted: {points:,} points.</source>
        <translation>Birthday gift granted: {points:,} points.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Free-shipping coupon {code} issued.</source>
        <translation>Free-shipping coupon {code} issued.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Benefit use recorded.</source>
        <translation>Benefit use recorded.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It will be uploaded with the next sync.</source>
        <translation>It will be uploaded with the next sync.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not granted: {reason}</source>
        <translation>Not granted: {reason}</translation>
    </message>
    <message>
        <location line="+18" />
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
        <location line="+6" />
        <source>Unfreeze points…</source>
        <translation>Unfreeze points…</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Revealing personal data needs the central API, which records it first; this database is standalone, so nothing is shown.</source>
        <translation>Revealing personal data needs the central API, which records it first; this database is standalone, so nothing is shown.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not signed in: nothing was revealed.</source>
        <translation>Not signed in: nothing was revealed.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This database is standalone: there is no central server.</source>
        <translation>This database is standalone: there is no central server.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not signed in: the server's list is not shown.</source>
        <translation>Not signed in: the server's list is not shown.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Mobile {phone}</source>
        <translation>Mobile {phone}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E-mail {email}</source>
        <translation>E-mail {email}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Masked again in {seconds} s. The central server recorded this.</source>
        <translation>Masked again in {seconds} s. The central server recorded this.</translation>
    </message>
    <message>
        <location line="+31" />
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
    <message>
        <location line="+10" />
        <source>Member {code} merged into this member: {points:,} points in {lots} lots, {debt:,} points debt and {coupons} coupons moved; {code} is closed.</source>
        <translation>Member {code} merged into this member: {points:,} points in {lots} lots, {debt:,} points debt and {coupons} coupons moved; {code} is closed.</translation>
    </message>
</context>
<context>
    <name>MemberFilterBar</name>
    <message>
        <location filename="../../ui/widgets/member_filter_bar.py" line="+50" />
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No purchase since</source>
        <translation>No purchase since</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>MemberOverviewDashboard</name>
    <message>
        <location filename="../../desktop/pages/dashboards/members.py" line="+42" />
        <location line="+56" />
        <location line="+19" />
        <location line="+12" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="-86" />
        <source>New in period</source>
        <translation>New in period</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lapsed in period</source>
        <translation>Lapsed in period</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active, 30 days</source>
        <translation>Active, 30 days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active, 90 days</source>
        <translation>Active, 90 days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier moves up / down</source>
        <translation>Tier moves up / down</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Members, running total</source>
        <translation>Members, running total</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New vs lapsed members</source>
        <translation>New vs lapsed members</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Members by tier</source>
        <translation>Members by tier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier movement in the period</source>
        <translation>Tier movement in the period</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By store</source>
        <translation>By store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By region</source>
        <translation>By region</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{days} days without a purchase</source>
        <translation>{days} days without a purchase</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+6" />
        <source>{n} of {total} members</source>
        <translation>{n} of {total} members</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+23" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="-22" />
        <location line="+23" />
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+4" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Upgraded into</source>
        <translation>Upgraded into</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Downgraded into</source>
        <translation>Downgraded into</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Active 30 days (%)</source>
        <translation>Active 30 days (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active 90 days (%)</source>
        <translation>Active 90 days (%)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(no home store)</source>
        <translation>(no home store)</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="+83" />
        <source>Available points</source>
        <translation>Available points</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No member selected</source>
        <translation>No member selected</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name masked for privacy</source>
        <translation>Name masked for privacy</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Member no. {code}</source>
        <translation>Member no. {code}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobile {phone}</source>
        <translation>Mobile {phone}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Locked {points:,}</source>
        <translation>Locked {points:,}</translation>
    </message>
    <message>
        <location line="-54" />
        <source>Earned recently; usable once the return window has passed</source>
        <translation>Earned recently; usable once the return window has passed</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Not yet uploaded {points:+,}</source>
        <translation>Not yet uploaded {points:+,}</translation>
    </message>
    <message>
        <location line="-54" />
        <source>Changes made on this device that the server has not confirmed yet</source>
        <translation>Changes made on this device that the server has not confirmed yet</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Points owed {points:,}</source>
        <translation>Points owed {points:,}</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Repaid automatically from future earnings</source>
        <translation>Repaid automatically from future earnings</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Spend {amount} more by {day} to keep {tier}</source>
        <translation>Spend {amount} more by {day} to keep {tier}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spend {amount} more by {day} to reach {tier}</source>
        <translation>Spend {amount} more by {day} to reach {tier}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{amount} more growth by {day} to keep {tier}</source>
        <translation>{amount} more growth by {day} to keep {tier}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{amount} more growth by {day} to reach {tier}</source>
        <translation>{amount} more growth by {day} to reach {tier}</translation>
    </message>
    <message>
        <location line="+10" />
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
    <name>MemberReveal</name>
    <message>
        <location filename="../../desktop/member_reveal.py" line="+18" />
        <source>Your sign-in has expired: sign in again to reveal.</source>
        <translation>Your sign-in has expired: sign in again to reveal.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Revealing needs the central API, which records it first; {url} cannot be reached, so nothing is shown.</source>
        <translation>Revealing needs the central API, which records it first; {url} cannot be reached, so nothing is shown.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{user} may not reveal this member's personal data.</source>
        <translation>{user} may not reveal this member's personal data.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The central API does not know this member yet (not synced?): nothing is shown.</source>
        <translation>The central API does not know this member yet (not synced?): nothing is shown.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The central API failed ({status}); try again.</source>
        <translation>The central API failed ({status}); try again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central API did not reveal it: {reason}</source>
        <translation>The central API did not reveal it: {reason}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/pages/members.py" line="+87" />
        <source>Member no., mobile, last 4 digits, name or pinyin initials</source>
        <translation>Member no., mobile, last 4 digits, name or pinyin initials</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Tag…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Issue coupon…</source>
        <translation>Issue coupon…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The list as filtered and sorted, to CSV or XLSX</source>
        <translation>The list as filtered and sorted, to CSV or XLSX</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+22" />
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
        <location line="+91" />
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
    <message>
        <location line="+97" />
        <source>{count} members selected</source>
        <translation>{count} members selected</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Removing the tag…</source>
        <translation>Removing the tag…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tagging members…</source>
        <translation>Tagging members…</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Issuing coupons…</source>
        <translation>Issuing coupons…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>{done} members changed, {same} already so, {failed} refused</source>
        <translation>{done} members changed, {same} already so, {failed} refused</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancelled: {summary}</source>
        <translation>Cancelled: {summary}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Export members</source>
        <translation>Export members</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+7" />
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
        <location line="+1" />
        <source>Points debt</source>
        <translation>Points debt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Exporting members…</source>
        <translation>Exporting members…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export cancelled; no file was written</source>
        <translation>Export cancelled; no file was written</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count} members exported to {path}</source>
        <translation>{count} members exported to {path}</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../ui/members_model.py" line="+285" />
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
        <location line="+1" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+55" />
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
    <name>MergeMembersDialog</name>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="+76" />
        <source>Merge a duplicate member</source>
        <extracomment>Lots listed per member; the rest are counted.</extracomment>
        <translation>Merge a duplicate member</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Everything the duplicate enrolment holds moves to {name} ({code}): its points lots with their dates (pending points stay pending), its points debt, its unused coupons and its qualifying spend. The duplicate is then closed for good.</source>
        <translation>Everything the duplicate enrolment holds moves to {name} ({code}): its points lots with their dates (pending points stay pending), its points debt, its unused coupons and its qualifying spend. The duplicate is then closed for good.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Member code or mobile of the duplicate</source>
        <translation>Member code or mobile of the duplicate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+15" />
        <source>e.g. enrolled twice, the mobile was mistyped (ticket 2040)</source>
        <translation>e.g. enrolled twice, the mobile was mistyped (ticket 2040)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Available points</source>
        <translation>Available points</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending points</source>
        <translation>Pending points</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points debt</source>
        <translation>Points debt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points lots</source>
        <translation>Points lots</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unused coupons</source>
        <translation>Unused coupons</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stays (this member)</source>
        <translation>Stays (this member)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duplicate (closed)</source>
        <translation>Duplicate (closed)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After the merge</source>
        <translation>After the merge</translation>
    </message>
    <message>
        <location line="+29" />
        <source>, points frozen</source>
        <translation>, points frozen</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+23" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="-18" />
        <source>{points:,} pending until {available}, ends {ends}</source>
        <translation>{points:,} pending until {available}, ends {ends}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{points:,}, ends {ends}</source>
        <translation>{points:,}, ends {ends}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{count} ({names})</source>
        <translation>{count} ({names})</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{count} lots</source>
        <translation>{count} lots</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count}</source>
        <translation>{count}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{status} → closed</source>
        <translation>{status} → closed</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Type the member code or mobile of the duplicate.</source>
        <translation>Type the member code or mobile of the duplicate.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>That is this member. Find the other enrolment of the same person.</source>
        <translation>That is this member. Find the other enrolment of the same person.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Member {code} is {status}: only an active member can be merged.</source>
        <translation>Member {code} is {status}: only an active member can be merged.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Find the duplicate first: its code or mobile, then Find.</source>
        <translation>Find the duplicate first: its code or mobile, then Find.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give a reason: it is kept with the merge.</source>
        <translation>Give a reason: it is kept with the merge.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../desktop/pages/mall/models.py" line="+104" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member</source>
        <translation>Member</translation>
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
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../desktop/pages/mall/orders.py" line="+52" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+67" />
        <source>Any store</source>
        <translation>Any store</translation>
    </message>
    <message>
        <location line="-64" />
        <source>from YYYY-MM-DD</source>
        <translation>from YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3" />
        <source>until YYYY-MM-DD</source>
        <translation>until YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3" />
        <source>member code</source>
        <translation>member code</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mark fulfilled</source>
        <translation>Mark fulfilled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark shipped</source>
        <translation>Mark shipped</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel order…</source>
        <translation>Cancel order…</translation>
    </message>
    <message>
        <location line="+55" />
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>“{text}” is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+116" />
        <source>No orders match.</source>
        <translation>No orders match.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Order {reward} for {member} marked fulfilled.</source>
        <translation>Order {reward} for {member} marked fulfilled.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Order {reward} for {member} marked shipped.</source>
        <translation>Order {reward} for {member} marked shipped.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The change will be uploaded with the next sync.</source>
        <translation>The change will be uploaded with the next sync.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Order {reward} for {member} cancelled: {points:,} points and the stock returned.</source>
        <translation>Order {reward} for {member} cancelled: {points:,} points and the stock returned.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../pos/override_dialog.py" line="+40" />
        <source>Manager override</source>
        <translation>Manager override</translation>
    </message>
    <message>
        <location line="+18" />
        <source>e.g. network down since this morning</source>
        <translation>e.g. network down since this morning</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Fill in the manager, their PIN and the reason.</source>
        <translation>Fill in the manager, their PIN and the reason.</translation>
    </message>
    <message>
        <location line="-35" />
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
    <name>PictureField</name>
    <message>
        <location filename="../../desktop/pages/mall/picture_field.py" line="+46" />
        <source>Choose image…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove image</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Choose image</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>New image, {width}×{height}, {size} KB: sent when you save.</source>
        <translation>New image, {width}×{height}, {size} KB: sent when you save.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The image is removed when you save.</source>
        <translation>The image is removed when you save.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PNG or JPEG, scaled to {side}×{side}, up to {kb} KB.</source>
        <translation>PNG or JPEG, scaled to {side}×{side}, up to {kb} KB.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No image</source>
        <translation>No image</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/pages/staff_dialogs.py" line="+16" />
        <source>Reset the PIN of {user}</source>
        <translation>Reset the PIN of {user}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The new PIN signs {user} in at the tills of their store. Tell it to them; they can change it with their password.</source>
        <translation>The new PIN signs {user} in at the tills of their store. Tell it to them; they can change it with their password.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>New PIN ({low}–{high} digits)</source>
        <translation>New PIN ({low}–{high} digits)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location line="+20" />
        <source>A PIN is {low} to {high} digits.</source>
        <translation>A PIN is {low} to {high} digits.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Too easy to guess: not one digit repeated (1111), not digits in a row (1234).</source>
        <translation>Too easy to guess: not one digit repeated (1111), not digits in a row (1234).</translation>
    </message>
</context>
<context>
    <name>PointsHealthDashboard</name>
    <message>
        <location filename="../../desktop/pages/dashboards/points.py" line="+31" />
        <source>Points issued</source>
        <translation>Points issued</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points used</source>
        <translation>Points used</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points expired</source>
        <translation>Points expired</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+79" />
        <source>Consumption rate</source>
        <translation>Consumption rate</translation>
    </message>
    <message>
        <location line="-78" />
        <source>Breakage rate</source>
        <translation>Breakage rate</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+93" />
        <source>Outstanding points</source>
        <translation>Outstanding points</translation>
    </message>
    <message>
        <location line="-92" />
        <source>Points debt outstanding</source>
        <translation>Points debt outstanding</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Points issued, used and expired</source>
        <translation>Points issued, used and expired</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consumption rate (used / issued)</source>
        <translation>Consumption rate (used / issued)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outstanding points by expiry month</source>
        <translation>Outstanding points by expiry month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Liability by expiry month</source>
        <translation>Liability by expiry month</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Points movements in the period</source>
        <translation>Points movements in the period</translation>
    </message>
    <message>
        <location line="+16" />
        <source>healthy {low}–{high}</source>
        <translation>healthy {low}–{high}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>spent {spent}, redeemed {redeemed}</source>
        <translation>spent {spent}, redeemed {redeemed}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the breakage</source>
        <translation>the breakage</translation>
    </message>
    <message>
        <location line="+7" />
        <source>expired / (used + expired)</source>
        <translation>expired / (used + expired)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>; {points} overdue</source>
        <translation>; {points} overdue</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{n} members owe points</source>
        <translation>{n} members owe points</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1" />
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+64" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+64" />
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+59" />
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Expiry month</source>
        <translation>Expiry month</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+18" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Value (¥)</source>
        <translation>Value (¥)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gifted</source>
        <translation>Gifted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adjusted in</source>
        <translation>Adjusted in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adjusted out</source>
        <translation>Adjusted out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reversed by refunds</source>
        <translation>Reversed by refunds</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spent at the till</source>
        <translation>Spent at the till</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spend returned</source>
        <translation>Spend returned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redeemed in the mall</source>
        <translation>Redeemed in the mall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redemptions cancelled</source>
        <translation>Redemptions cancelled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Debt created</source>
        <translation>Debt created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Debt repaid</source>
        <translation>Debt repaid</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
</context>
<context>
    <name>PosWindow</name>
    <message>
        <location filename="../../pos/window.py" line="+75" />
        <source>MemberDesk — Checkout</source>
        <translation>MemberDesk — Checkout</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Standalone till: no staff sign-in</source>
        <translation>Standalone till: no staff sign-in</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Locked — {name} signed in</source>
        <translation>Locked — {name} signed in</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+12" />
        <location line="+13" />
        <source>Nobody signed in</source>
        <translation>Nobody signed in</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Signed in: {name} ({user})</source>
        <translation>Signed in: {name} ({user})</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/profile_form.py" line="+67" />
        <source>Remove the e-mail</source>
        <translation>Remove the e-mail</translation>
    </message>
    <message>
        <location line="+5" />
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
        <location line="+4" />
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
        <location line="+63" />
        <source>{phone} (type a new number to change it)</source>
        <translation>{phone} (type a new number to change it)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{email} (type a new address to change it)</source>
        <translation>{email} (type a new address to change it)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The name must not be empty.</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” is not an e-mail address.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location line="+28" />
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
        <location filename="../../pos/redeem_dialog.py" line="+104" />
        <source>Redeem a reward</source>
        <translation>Redeem a reward</translation>
    </message>
    <message>
        <location line="+10" />
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
        <location line="+13" />
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
        <location line="+74" />
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
        <location line="+29" />
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
        <location filename="../../pos/refund_dialog.py" line="+52" />
        <location line="+41" />
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
        <location line="+69" />
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
    <message>
        <location line="+9" />
        <source>A refund of {amount} is more than {threshold}: a manager must allow it.</source>
        <translation>A refund of {amount} is more than {threshold}: a manager must allow it.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not refunded: nothing was recorded.</source>
        <translation>Not refunded: nothing was recorded.</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <location filename="../../desktop/pages/mall/models.py" line="-73" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Category</translation>
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
        <source>Central stock</source>
        <translation>Central stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store stock</source>
        <translation>Store stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limit per member</source>
        <translation>Limit per member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On the shelf</source>
        <translation>On the shelf</translation>
    </message>
    <message>
        <location line="+35" />
        <source>{tier} and above</source>
        <translation>{tier} and above</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RfmDashboard</name>
    <message>
        <location filename="../../desktop/pages/dashboards/rfm.py" line="+78" />
        <source>Recompute RFM scores</source>
        <extracomment>Whom an action reaches: ("segment", code) or ("churn", "").</extracomment>
        <translation>Recompute RFM scores</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Members per segment</source>
        <translation>Members per segment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value per segment</source>
        <translation>Value per segment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issue a coupon to the segment…</source>
        <translation>Issue a coupon to the segment…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the segment's members…</source>
        <translation>Export the segment's members…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Churn warning list</source>
        <translation>Churn warning list</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Issue a coupon to the list…</source>
        <translation>Issue a coupon to the list…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the list's members…</source>
        <translation>Export the list's members…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Purchases fell by more than</source>
        <translation>Purchases fell by more than</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from at least</source>
        <translation>from at least</translation>
    </message>
    <message>
        <location line="+2" />
        <source>purchases in the previous period</source>
        <translation>purchases in the previous period</translation>
    </message>
    <message>
        <location line="+23" />
        <source>High value</source>
        <translation>High value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hibernating</source>
        <translation>Hibernating</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No RFM scores yet on this device: press “Recompute RFM scores”.</source>
        <translation>No RFM scores yet on this device: press “Recompute RFM scores”.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scores as of {as_of} (last {window} days; churn compares two periods of {period} days), {n} members scored, computed {at}. The period filter does not apply here.</source>
        <translation>Scores as of {as_of} (last {window} days; churn compares two periods of {period} days), {n} members scored, computed {at}. The period filter does not apply here.</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+16" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+9" />
        <location line="+5" />
        <location line="+191" />
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="-199" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+192" />
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location line="-191" />
        <location line="+192" />
        <source>Value (¥)</source>
        <translation>Value (¥)</translation>
    </message>
    <message>
        <location line="-177" />
        <location line="+163" />
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location line="-162" />
        <location line="+163" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-162" />
        <location line="+163" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="-162" />
        <location line="+178" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="-177" />
        <location line="+162" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="-161" />
        <location line="+162" />
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <location line="-161" />
        <location line="+176" />
        <source>Purchases before</source>
        <translation>Purchases before</translation>
    </message>
    <message>
        <location line="-175" />
        <location line="+176" />
        <source>Purchases lately</source>
        <translation>Purchases lately</translation>
    </message>
    <message>
        <location line="-175" />
        <location line="+176" />
        <source>Fall (%)</source>
        <translation>Fall (%)</translation>
    </message>
    <message>
        <location line="-169" />
        <source>More than {shown} members on the list; the first {shown} are shown (a coupon or an export reaches them all)</source>
        <translation>More than {shown} members on the list; the first {shown} are shown (a coupon or an export reaches them all)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} members on the list</source>
        <translation>{n} members on the list</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Choose a segment in the table first</source>
        <translation>Choose a segment in the table first</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Issuing coupons…</source>
        <translation>Issuing coupons…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{done} coupons issued, {failed} refused</source>
        <translation>{done} coupons issued, {failed} refused</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancelled: </source>
        <translation>Cancelled: </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export members</source>
        <translation>Export members</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+104" />
        <source>Exporting members…</source>
        <translation>Exporting members…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{count} members exported to {path}</source>
        <translation>{count} members exported to {path}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Recomputing RFM scores…</source>
        <translation>Recomputing RFM scores…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>That did not work (see the log). Try again.</source>
        <translation>That did not work (see the log). Try again.</translation>
    </message>
</context>
<context>
    <name>RulebookEditing</name>
    <message>
        <location filename="../../desktop/rulebook_editing.py" line="+60" />
        <source>Standalone database: the rulebook can be edited and previewed here, but saving needs a connection to the central server.</source>
        <translation>Standalone database: the rulebook can be edited and previewed here, but saving needs a connection to the central server.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saves go to the central server {url}, signed in as {user}.</source>
        <translation>Saves go to the central server {url}, signed in as {user}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saves go to the central server {url}; you will be asked to sign in.</source>
        <translation>Saves go to the central server {url}; you will be asked to sign in.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your sign-in has expired: sign in again and save.</source>
        <translation>Your sign-in has expired: sign in again and save.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot reach the central server {url}: the change was not saved.</source>
        <translation>Cannot reach the central server {url}: the change was not saved.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{user} may not change the rulebook (back office or admin only).</source>
        <translation>{user} may not change the rulebook (back office or admin only).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The central server refused the change: {reason}</source>
        <translation>The central server refused the change: {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The central server failed ({status}); try again.</source>
        <translation>The central server failed ({status}); try again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central server did not take the change: {reason}</source>
        <translation>The central server did not take the change: {reason}</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../desktop/pages/rules.py" line="+66" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extra %</source>
        <translation>Extra %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stacks</source>
        <translation>Stacks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weekdays (1 = Mon)</source>
        <translation>Weekdays (1 = Mon)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days of month</source>
        <translation>Days of month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birthday month</source>
        <translation>Birthday month</translation>
    </message>
    <message>
        <location line="+44" />
        <source> points per ¥100</source>
        <translation> points per ¥100</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+108" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-108" />
        <source>Points per ¥100</source>
        <translation>Points per ¥100</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+32" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Points multiplier %</source>
        <translation>Points multiplier %</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Earning</source>
        <translation>Earning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Takes effect on</source>
        <translation>Takes effect on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Base rate</source>
        <translation>Base rate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category rates</source>
        <translation>Category rates</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tier multipliers</source>
        <translation>Tier multipliers</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add campaign</source>
        <translation>Add campaign</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no cap</source>
        <translation>no cap</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+6" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="-3" />
        <source>A number of days after the sale</source>
        <translation>A number of days after the sale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cleared once a year</source>
        <translation>Cleared once a year</translation>
    </message>
    <message>
        <location line="+8" />
        <source> points = ¥1</source>
        <translation> points = ¥1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>% of a bill at most</source>
        <translation>% of a bill at most</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limits, pending period and expiry</source>
        <translation>Limits, pending period and expiry</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Daily cap (points)</source>
        <translation>Daily cap (points)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pending (return window)</source>
        <translation>Pending (return window)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points expire</source>
        <translation>Points expire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <location line="+2" />
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <location line="+2" />
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <location line="+2" />
        <source>after years</source>
        <translation>after years</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clearing date</source>
        <translation>Clearing date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paying with points</source>
        <translation>Paying with points</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the edited rules</source>
        <translation>the edited rules</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the version in force that day</source>
        <translation>the version in force that day</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>in the member's birthday month</source>
        <translation>in the member's birthday month</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Calculator: what a sample sale earns</source>
        <translation>Calculator: what a sample sale earns</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sale lines (after discounts)</source>
        <translation>Sale lines (after discounts)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member's tier</source>
        <translation>Member's tier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Day of the sale</source>
        <translation>Day of the sale</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Points earned that day before</source>
        <translation>Points earned that day before</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Publish as a new version</source>
        <translation>Publish as a new version</translation>
    </message>
    <message>
        <location line="+104" />
        <source>The daily cap is a whole number of points, or empty.</source>
        <translation>The daily cap is a whole number of points, or empty.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>Nothing was sent: correct the fields marked in red.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Publishing needs a connection to the central server; this database is standalone. Nothing was published.</source>
        <translation>Publishing needs a connection to the central server; this database is standalone. Nothing was published.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A new version starts today or later: past days keep the rules they had. Nothing was sent.</source>
        <translation>A new version starts today or later: past days keep the rules they had. Nothing was sent.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>There are no changes to publish.</source>
        <translation>There are no changes to publish.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not signed in: nothing was published.</source>
        <translation>Not signed in: nothing was published.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Published as version {version}, in force from {day}. The page lists it after the next sync.</source>
        <translation>Published as version {version}, in force from {day}. The page lists it after the next sync.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Version {v} from {day}</source>
        <translation>Version {v} from {day}</translation>
    </message>
    <message>
        <location line="+1" />
        <source> (in force today)</source>
        <translation> (in force today)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Published versions held here: {list}.</source>
        <translation>Published versions held here: {list}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No point rules are published yet.</source>
        <translation>No point rules are published yet.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The local rulebook cannot be read: {error}</source>
        <translation>The local rulebook cannot be read: {error}</translation>
    </message>
    <message>
        <location line="+143" />
        <source>Row {row}: name the category.</source>
        <translation>Row {row}: name the category.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{key} is listed twice.</source>
        <translation>{key} is listed twice.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{key}: “{text}” must be a whole number of at least {minimum}.</source>
        <translation>{key}: “{text}” must be a whole number of at least {minimum}.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Row {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>give the campaign a code</source>
        <translation>give the campaign a code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the code is used twice</source>
        <translation>the code is used twice</translation>
    </message>
    <message>
        <location line="+2" />
        <source>give the campaign a name</source>
        <translation>give the campaign a name</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the extra is a whole percent (100 = double points)</source>
        <translation>the extra is a whole percent (100 = double points)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>“{text}” is not a date like 2026-11-11</source>
        <translation>“{text}” is not a date like 2026-11-11</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it ends before it starts</source>
        <translation>it ends before it starts</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“{text}” must be numbers {lo}–{hi}, e.g. 1, 3</source>
        <translation>“{text}” must be numbers {lo}–{hi}, e.g. 1, 3</translation>
    </message>
    <message>
        <location line="+13" />
        <source>unknown tier code(s) {codes}</source>
        <translation>unknown tier code(s) {codes}</translation>
    </message>
    <message>
        <location line="+41" />
        <source>{month}/{day} is not a day of the year.</source>
        <translation>{month}/{day} is not a day of the year.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Line {row}: “{text}” is not an amount like 128.50</source>
        <translation>Line {row}: “{text}” is not an amount like 128.50</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The edited rules have errors (marked in red).</source>
        <translation>The edited rules have errors (marked in red).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No published version is in force on that day.</source>
        <translation>No published version is in force on that day.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter an amount on at least one line.</source>
        <translation>Enter an amount on at least one line.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Version {v}. Spendable from {available}; expires {expires}.</source>
        <translation>Version {v}. Spendable from {available}; expires {expires}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{n} base</source>
        <translation>{n} base</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} {tier} bonus</source>
        <translation>{n} {tier} bonus</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} {campaign}</source>
        <translation>{n} {campaign}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} over the daily cap</source>
        <translation>{n} over the daily cap</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{parts} (on {amount})</source>
        <translation>{parts} (on {amount})</translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <location filename="../../pos/sale_panel.py" line="+75" />
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
        <location line="+146" />
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/pages/settings.py" line="+80" />
        <source>Central server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location line="+12" />
        <source>e.g. http://192.168.1.20:8700</source>
        <translation>e.g. http://192.168.1.20:8700</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check and save</source>
        <translation>Check and save</translation>
    </message>
    <message>
        <location line="+9" />
        <source>If the central server has moved, enter its new address. It is kept only when the MemberDesk server there answers and knows this device.</source>
        <translation>If the central server has moved, enter its new address. It is kept only when the MemberDesk server there answers and knows this device.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New address</source>
        <translation>New address</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serves</source>
        <translation>Serves</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+45" />
        <source>That is already this device's central server.</source>
        <translation>That is already this device's central server.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not signed in: nothing was saved.</source>
        <translation>Not signed in: nothing was saved.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Saved: this device now syncs with {url}; the next sync uses it.</source>
        <translation>Saved: this device now syncs with {url}; the next sync uses it.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Standalone: this database does not sync with a central server.</source>
        <translation>Standalone: this database does not sync with a central server.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this computer only</source>
        <translation>this computer only</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name} (device {id})</source>
        <translation>{name} (device {id})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>store {store}</source>
        <translation>store {store}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>region {region}</source>
        <translation>region {region}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the back office: every member</source>
        <translation>the back office: every member</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“{text}” is not a server address (for example http://192.168.1.20:8700); nothing was saved.</source>
        <translation>“{text}” is not a server address (for example http://192.168.1.20:8700); nothing was saved.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing answers at {url}; nothing was saved.</source>
        <translation>Nothing answers at {url}; nothing was saved.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server at {url} answers, but its database does not; nothing was saved.</source>
        <translation>The server at {url} answers, but its database does not; nothing was saved.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{url} answers, but it is not a MemberDesk central server; nothing was saved.</source>
        <translation>{url} answers, but it is not a MemberDesk central server; nothing was saved.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The MemberDesk server at {url} does not know this device: it serves another database. Nothing was saved.</source>
        <translation>The MemberDesk server at {url} does not know this device: it serves another database. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only an administrator may change the central server's address; nothing was saved.</source>
        <translation>Only an administrator may change the central server's address; nothing was saved.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The sign-in was not accepted; nothing was saved.</source>
        <translation>The sign-in was not accepted; nothing was saved.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This database is not set up for sync; nothing was saved.</source>
        <translation>This database is not set up for sync; nothing was saved.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This device's credential cannot be read from the keyring; nothing was saved.</source>
        <translation>This device's credential cannot be read from the keyring; nothing was saved.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server at {url} did not pass the check ({reason}); nothing was saved.</source>
        <translation>The server at {url} did not pass the check ({reason}); nothing was saved.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{var}={value} is set for this computer; it decides the language, not this choice.</source>
        <translation>{var}={value} is set for this computer; it decides the language, not this choice.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restart MemberDesk to use the new language.</source>
        <translation>Restart MemberDesk to use the new language.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/signin_dialog.py" line="+35" />
        <source>Sign in to the central server</source>
        <translation>Sign in to the central server</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign in with your staff account: what this page changes is saved on the central server {url}.</source>
        <translation>Sign in with your staff account: what this page changes is saved on the central server {url}.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This account is locked after too many failed sign-ins; try later.</source>
        <translation>This account is locked after too many failed sign-ins; try later.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot reach the central server {url}.</source>
        <translation>Cannot reach the central server {url}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The central server did not sign you in: {reason}</source>
        <translation>The central server did not sign you in: {reason}</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../pos/signin_screen.py" line="+43" />
        <source>Wrong user or PIN. {left} more tries before this user is locked.</source>
        <translation>Wrong user or PIN. {left} more tries before this user is locked.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many wrong PINs for {user}: locked on this till until {until}.</source>
        <translation>Too many wrong PINs for {user}: locked on this till until {until}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{user} has no PIN yet. Set one on the central server first.</source>
        <translation>{user} has no PIN yet. Set one on the central server first.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This till has no staff list yet. Connect it to the server and let it sync.</source>
        <translation>This till has no staff list yet. Connect it to the server and let it sync.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{user} may not use the checkout.</source>
        <translation>{user} may not use the checkout.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{user} is not a manager and may not allow this.</source>
        <translation>{user} is not a manager and may not allow this.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+139" />
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <location line="-108" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+22" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+18" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Sign in to the checkout</source>
        <translation>Sign in to the checkout</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your user name and PIN, then Enter.</source>
        <translation>Your user name and PIN, then Enter.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Checkout locked</source>
        <translation>Checkout locked</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{name} ({user}) is signed in; the sale in progress is kept.
Their PIN unlocks; another user name takes over.</source>
        <translation>{name} ({user}) is signed in; the sale in progress is kept.
Their PIN unlocks; another user name takes over.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Type your PIN.</source>
        <translation>Type your PIN.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>A card was scanned. Sign in first, then scan it again.</source>
        <translation>A card was scanned. Sign in first, then scan it again.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/pages/staff.py" line="+86" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store / region</source>
        <translation>Store / region</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+14" />
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+288" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-285" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reset PIN…</source>
        <translation>Reset PIN…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Not signed in: no accounts to show.</source>
        <translation>Not signed in: no accounts to show.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>{user} is active again.</source>
        <translation>{user} is active again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{user} is deactivated and signed out everywhere.</source>
        <translation>{user} is deactivated and signed out everywhere.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{user} may sign in again.</source>
        <translation>{user} may sign in again.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{user} has a new PIN.</source>
        <translation>{user} has a new PIN.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Created {user}.</source>
        <translation>Created {user}.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Saved {user}.</source>
        <translation>Saved {user}.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>region {region}</source>
        <translation>region {region}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>whole chain</source>
        <translation>whole chain</translation>
    </message>
    <message>
        <location line="+6" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0" />
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>until {time}</source>
        <translation>until {time}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <location filename="../../desktop/pages/staff_dialogs.py" line="-281" />
        <source>Store clerk</source>
        <translation>Store clerk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store manager</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Regional manager</source>
        <translation>Regional manager</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administrator</source>
        <translation>Administrator</translation>
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
    <name>TableExport</name>
    <message>
        <location filename="../../ui/table_export.py" line="+61" />
        <source>Export table…</source>
        <translation>Export table…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../desktop/bulk_dialogs.py" line="-61" />
        <source>Tag members</source>
        <translation>Tag members</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Add the tag</source>
        <translation>Add the tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the tag</source>
        <translation>Remove the tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{count} members will be checked; those that need it are changed.</source>
        <translation>{count} members will be checked; those that need it are changed.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../desktop/pages/coupons.py" line="-410" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Takes off</source>
        <translation>Takes off</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum spend</source>
        <translation>Minimum spend</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unused here</source>
        <translation>Unused here</translation>
    </message>
    <message>
        <location line="+1" />
        <source>May be issued</source>
        <translation>May be issued</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location line="+4" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>TierChangesModel</name>
    <message>
        <location filename="../../desktop/member_tier_tab.py" line="+36" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Sale {receipt}</source>
        <translation>Sale {receipt}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge of a duplicate</source>
        <translation>Merge of a duplicate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tier evaluation</source>
        <translation>Tier evaluation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grace period started</source>
        <translation>Grace period started</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kept (qualifies again)</source>
        <translation>Kept (qualifies again)</translation>
    </message>
</context>
<context>
    <name>TierTab</name>
    <message>
        <location line="+34" />
        <location line="+35" />
        <location line="+18" />
        <source>Tier changes, newest first</source>
        <translation>Tier changes, newest first</translation>
    </message>
    <message>
        <location line="-44" />
        <source>All changes from the central server</source>
        <translation>All changes from the central server</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer holds the changes since it was set up; the server has all</source>
        <translation>This computer holds the changes since it was set up; the server has all</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{tier} since {day}</source>
        <translation>{tier} since {day}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Grace period until {day}: the window no longer qualifies for {tier}; it is kept until then and decided again.</source>
        <translation>Grace period until {day}: the window no longer qualifies for {tier}; it is kept until then and decided again.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No tier change on record.</source>
        <translation>No tier change on record.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tier changes on the central server, newest first</source>
        <translation>Tier changes on the central server, newest first</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} changes since the member enrolled.</source>
        <translation>{count} changes since the member enrolled.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The central server has no tier change for this member.</source>
        <translation>The central server has no tier change for this member.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Your sign-in has expired: sign in again.</source>
        <translation>Your sign-in has expired: sign in again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The central server ({url}) cannot be reached.</source>
        <translation>The central server ({url}) cannot be reached.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The central server does not know this member yet (not synced?).</source>
        <translation>The central server does not know this member yet (not synced?).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The central server failed ({status}); try again.</source>
        <translation>The central server failed ({status}); try again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The central server did not answer: {reason}</source>
        <translation>The central server did not answer: {reason}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{value:,} growth</source>
        <translation>{value:,} growth</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No tier rules on this computer yet: the next sync brings them.</source>
        <translation>No tier rules on this computer yet: the next sync brings them.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Qualifying spend {first} – {last}: {amount}</source>
        <translation>Qualifying spend {first} – {last}: {amount}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Growth value {first} – {last}: {amount}</source>
        <translation>Growth value {first} – {last}: {amount}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{tier} is secured for this window.</source>
        <translation>{tier} is secured for this window.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The highest tier.</source>
        <translation>The highest tier.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Spend {amount} more by {day} to keep {tier}</source>
        <translation>Spend {amount} more by {day} to keep {tier}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spend {amount} more by {day} to reach {tier}</source>
        <translation>Spend {amount} more by {day} to reach {tier}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{amount} more by {day} to keep {tier}</source>
        <translation>{amount} more by {day} to keep {tier}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{amount} more by {day} to reach {tier}</source>
        <translation>{amount} more by {day} to reach {tier}</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <location filename="../../desktop/pages/tiers.py" line="+63" />
        <source>Rolling 12 months</source>
        <translation>Rolling 12 months</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendar year</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membership year (anniversary)</source>
        <translation>Membership year (anniversary)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Discount (basis points, 100 = 1%)</source>
        <translation>Discount (basis points, 100 = 1%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points multiplier (percent)</source>
        <translation>Points multiplier (percent)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birthday gift (points)</source>
        <translation>Birthday gift (points)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Free shipping coupons</source>
        <translation>Free shipping coupons</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority service</source>
        <translation>Priority service</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no quota</source>
        <translation>no quota</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per year</source>
        <translation>per year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per membership year</source>
        <translation>per membership year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lifetime</source>
        <translation>lifetime</translation>
    </message>
    <message>
        <location line="+55" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What qualifies</source>
        <translation>What qualifies</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grace before a downgrade</source>
        <translation>Grace before a downgrade</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+19" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Members now</source>
        <translation>Members now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Under the edited rules</source>
        <translation>Under the edited rules</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moving up into it</source>
        <translation>Moving up into it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moving down from it</source>
        <translation>Moving down from it</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Preview: members who would move tier</source>
        <translation>Preview: members who would move tier</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save to the central server</source>
        <translation>Save to the central server</translation>
    </message>
    <message>
        <location line="+96" />
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>Nothing was sent: correct the fields marked in red.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saving needs a connection to the central server; this database is standalone. Nothing was saved.</source>
        <translation>Saving needs a connection to the central server; this database is standalone. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>There are no changes to save.</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not signed in: nothing was saved.</source>
        <translation>Not signed in: nothing was saved.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{n} change(s) were saved before this: {error}</source>
        <translation>{n} change(s) were saved before this: {error}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saved on the central server ({n} change(s)). The page shows the new rulebook after the next sync.</source>
        <translation>Saved on the central server ({n} change(s)). The page shows the new rulebook after the next sync.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The local rulebook cannot be read: {error}</source>
        <translation>The local rulebook cannot be read: {error}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Spend (yuan)</source>
        <translation>Spend (yuan)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Growth value</source>
        <translation>Growth value</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Local copy of the rulebook, revision {rev}.</source>
        <translation>Local copy of the rulebook, revision {rev}.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>{code}: the name must not be empty</source>
        <translation>{code}: the name must not be empty</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{code}: “{text}” is not an amount like 3000 or 3,000.00</source>
        <translation>{code}: “{text}” is not an amount like 3000 or 3,000.00</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{code}: “{text}” is not a whole number</source>
        <translation>{code}: “{text}” is not a whole number</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Two tiers have the same name.</source>
        <translation>Two tiers have the same name.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The lowest tier's threshold must be 0.</source>
        <translation>The lowest tier's threshold must be 0.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Thresholds must rise strictly from one tier to the next.</source>
        <translation>Thresholds must rise strictly from one tier to the next.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{where}: the value must be a whole number</source>
        <translation>{where}: the value must be a whole number</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{where}: the quota must be a whole number or empty</source>
        <translation>{where}: the quota must be a whole number or empty</translation>
    </message>
    <message>
        <location line="+40" />
        <source>No preview while a field is wrong.</source>
        <translation>No preview while a field is wrong.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Counting members…</source>
        <translation>Counting members…</translation>
    </message>
    <message>
        <location line="+50" />
        <source>On {day}, of {total} members: {up} would move up (at their next sale), {down} would move down (at the end of their window, after the grace period), {same} would keep their tier.</source>
        <translation>On {day}, of {total} members: {up} would move up (at their next sale), {down} would move down (at the end of their window, after the grace period), {same} would keep their tier.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>a quota needs a period (and free shipping coupons always do)</source>
        <translation>a quota needs a period (and free shipping coupons always do)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the quota must be at least 1</source>
        <translation>the quota must be at least 1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this value is not allowed for the benefit ({problem})</source>
        <translation>this value is not allowed for the benefit ({problem})</translation>
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
    <name>_TargetDialog</name>
    <message>
        <location filename="../../desktop/bulk_dialogs.py" line="-64" />
        <source>The {count} selected members</source>
        <translation>The {count} selected members</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All members matching the filters (counting…)</source>
        <translation>All members matching the filters (counting…)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All {count} members matching the filters</source>
        <translation>All {count} members matching the filters</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Counting members…</source>
        <translation>Counting members…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{count} members will be changed.</source>
        <translation>{count} members will be changed.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+59" />
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
        <location line="+1" />
        <source>Made by a disabled staff account</source>
        <translation>Made by a disabled staff account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manager override not verified</source>
        <translation>Manager override not verified</translation>
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
        <source>order status change</source>
        <translation>order status change</translation>
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
        <location line="+1" />
        <source>member merge</source>
        <translation>member merge</translation>
    </message>
    <message>
        <location line="+5" />
        <source>there is no such staff account</source>
        <translation>there is no such staff account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the account is disabled</source>
        <translation>the account is disabled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a manager of another store or region</source>
        <translation>a manager of another store or region</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the role may not approve overrides</source>
        <translation>the role may not approve overrides</translation>
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
    <message>
        <location line="+8" />
        <source>Staff account {staff} was disabled when this was made</source>
        <translation>Staff account {staff} was disabled when this was made</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Override approved by {staff}: {problem}</source>
        <translation>Override approved by {staff}: {problem}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/i18n.py" line="+174" />
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
        <source>Member {code} was merged into member {into} and is closed.</source>
        <translation>Member {code} was merged into member {into} and is closed.</translation>
    </message>
    <message>
        <location line="+3" />
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
        <location filename="../../ui/i18n.py" line="-82" />
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
