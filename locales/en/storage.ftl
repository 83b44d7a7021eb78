# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = This browser does not let Tandem save drafts. Your work stays on this page only: download the draft before closing it.
storage-read-only = This draft was written by a newer version of Tandem and cannot be changed here.
storage-copy-note = A copy can be edited here; details this version does not know are kept but not shown.
storage-keep-copy = Keep an editable copy
storage-read-only-tag = Read-only: written by a newer version of Tandem
storage-changed-elsewhere = This draft was changed in another tab or window.
storage-changed-newer = A newer version of Tandem changed this draft in another tab or window.
storage-changed-unreadable = The stored version of this draft could not be read: it was kept aside, unchanged, and this version was saved.
storage-load-other-note = If you load the other version, the changes not yet saved in this tab are lost.
storage-load-other = Load the other version
storage-keep-mine = Keep mine as a copy
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Stored drafts that could not be read: { $count }. They were kept aside, unchanged.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Download { $file }
storage-persistent = This browser keeps these drafts until you delete them.
storage-not-persistent = This browser may delete these drafts when space runs low: export a backup.
storage-export-all = Export all drafts
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Stored drafts take { $kb } kB: { $percent } % of the { $limit } kB this browser keeps for them.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = The browser's own figure for all of this site's data, which may leave the drafts out: { $used } MB of the { $quota } MB it allows.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Storage for drafts is { $percent } % full. Once it is full, changes can no longer be saved in this browser. Export all drafts to a file, then delete the drafts you no longer need; the oldest are listed below.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB in storage
