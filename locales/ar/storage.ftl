# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = لا يسمح هذا المتصفح لـ Tandem بحفظ المسودات. يبقى عملك في هذه الصفحة فقط: نزّل المسودة قبل إغلاقها.
storage-read-only = كُتبت هذه المسودة بإصدار أحدث من Tandem ولا يمكن تعديلها هنا.
storage-copy-note = يمكن تحرير نسخة منها هنا؛ وتُحفظ البيانات التي لا يعرفها هذا الإصدار دون أن تُعرض.
storage-keep-copy = الاحتفاظ بنسخة قابلة للتحرير
storage-read-only-tag = للقراءة فقط: كُتبت بإصدار أحدث من Tandem
storage-changed-elsewhere = عُدّلت هذه المسودة في علامة تبويب أو نافذة أخرى.
storage-changed-newer = عدّل إصدار أحدث من Tandem هذه المسودة في علامة تبويب أو نافذة أخرى.
storage-changed-unreadable = تعذّرت قراءة النسخة المحفوظة من هذه المسودة: فنُحّيت جانبًا دون تغيير، وحُفظت هذه النسخة.
storage-load-other-note = إذا حمّلت النسخة الأخرى، فستضيع التغييرات التي لم تُحفظ بعد في علامة التبويب هذه.
storage-load-other = تحميل النسخة الأخرى
storage-keep-mine = الاحتفاظ بنسختي كنسخة منفصلة
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = مسودات محفوظة تعذّرت قراءتها: { $count }. نُحّيت جانبًا دون تغيير.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = تنزيل { $file }
storage-persistent = يحتفظ هذا المتصفح بهذه المسودات إلى أن تحذفها.
storage-not-persistent = قد يحذف هذا المتصفح هذه المسودات عند نفاد المساحة: صدّر نسخة احتياطية.
storage-export-all = تصدير جميع المسودات
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = تشغل المسودات المحفوظة { $kb } كيلوبايت، أي { $percent }٪ من { $limit } كيلوبايت يخصصها هذا المتصفح لها.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = تقدير المتصفح نفسه لجميع بيانات هذا الموقع، وقد لا يشمل المسودات: { $used } ميغابايت من أصل { $quota } ميغابايت يسمح بها.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = امتلأت مساحة المسودات بنسبة { $percent }٪. وعندما تمتلئ، لن يعود بالإمكان حفظ التغييرات في هذا المتصفح. صدّر جميع المسودات إلى ملف، ثم احذف المسودات التي لم تعد بحاجة إليها؛ وترد أقدمها أدناه.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: تشغل { $kb } كيلوبايت
