### The participant's rights: see and take their data, stop all messages, be deleted.
# The reader is addressed without gendered verb forms (يمكنك, يُرجى, بعد موافقتك).

rights-summary = ما نحفظه عنك الآن: المتابعات: { $checkins }، التقييمات الذاتية: { $assessments }، المواعيد: { $meetings }، إجابات التمارين: { $practice }، الرسائل: { $messages }.
rights-summary-more =
    محفوظ أيضًا:
    📋 خطوات في خطتك: { $steps }
    🔔 تنبيهات إلى مرشدك: { $alerts }
    📊 بيانات لتقرير البلدية: { $facts }
    💬 رسائل مع مرشدك: { $line }
rights-export-button = 📦 إرسال بياناتي
rights-export-caption = هذا كل ما نحفظه عنك، في ملف واحد.
# The file's name: letters and hyphens; ".json" is added.
rights-export-file = بياناتي-lotsen
rights-stop-button = ⛔ إيقاف كل الرسائل
rights-start-button = ▶️ تشغيل الرسائل مرة أخرى
rights-stopped-status = ⛔ البوت لا يرسل إليك أي رسائل الآن.
rights-stopped = تم. لن يرسل البوت إليك أي رسائل. سيعرف مرشدك بذلك.
rights-started = تم. سيرسل البوت إليك الرسائل مرة أخرى.
rights-delete-button = 🗑 حذف بياناتي
rights-delete-ask =
    هل نحذف كل شيء عنك؟
    لا يمكن التراجع عن ذلك. سيعرف مرشدك بذلك.
rights-delete-ask-archive =
    يجب على البلدية أن تحفظ بعض البيانات لمدة من الوقت.
    بعد موافقتك نقفل بياناتك الآن، حتى لا يستخدمها أحد.
    { $days ->
        [one] بعد يوم واحد يُحذف كل شيء.
        [two] بعد يومين يُحذف كل شيء.
        [few] بعد { $days } أيام يُحذف كل شيء.
        [many] بعد { $days } يومًا يُحذف كل شيء.
        [zero] بعد { $days } يوم يُحذف كل شيء.
       *[other] بعد { $days } يوم يُحذف كل شيء.
    }
    سيعرف مرشدك بذلك.
rights-delete-yes = نعم، حذف بياناتي
rights-delete-no = لا
rights-deleted = تم حذف كل شيء عنك. شكرًا على هذا الوقت معنا. إذا وصلتك دعوة جديدة، يمكنك كتابة /start.
rights-archived =
    بياناتك مقفلة الآن. { $days ->
        [one] ستُحذف بعد يوم واحد.
        [two] ستُحذف بعد يومين.
        [few] ستُحذف بعد { $days } أيام.
        [many] ستُحذف بعد { $days } يومًا.
        [zero] ستُحذف بعد { $days } يوم.
       *[other] ستُحذف بعد { $days } يوم.
    } لن يرسل البوت إليك رسائل بعد الآن.
rights-locked = 🔒 بياناتك مقفلة وستُحذف في { DATETIME($until, dateStyle: "long") }. لم يعد بإمكانك استخدام Lotsen.

# To staff.
rights-notice-stopped = ⛔ إيقاف كل رسائل البوت بطلب من { $name }. يُرجى التواصل مع { $name } بطريقة أخرى.
rights-notice-archived = 🗑 طلب حذف من { $name }. البيانات مقفلة الآن، وستُحذف لاحقًا.
rights-notice-deleted = 🗑 طلب حذف من أحد المشاركين لديك. تم حذف كل البيانات.

# Administrators: the audit log.
staff-audit-button = 🧾 سجل المراجعة
staff-audit-caption = سجل المراجعة: من قرأ بيانات المشاركين أو صدّرها، وكل المحاولات المرفوضة.
