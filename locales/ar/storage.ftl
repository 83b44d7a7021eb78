# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup.

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
