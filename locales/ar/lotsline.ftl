### The line to the own lots: 📞 My lots, messages by voice, photo or text, and answers.

lotsline-menu-button = 📞 مرشدي
lotsline-none = ليس لديك مرشد الآن.
lotsline-home = 📞 مرشدك هو { $name }.
lotsline-hours =
    أوقات عمل { $name }:
    { $schedule }
# One weekday of the lots's hours, e.g. "Monday: 09:00–12:00, 13:00–15:00".
lotsline-hours-day = { $day }: { $times }
lotsline-hours-time = { $start }–{ $end }
lotsline-write-button = 🎙 اكتب أو سجّل
lotsline-book-button = 📅 احجز موعدًا
lotsline-call-button = 📞 اتصل بـ { $name }
lotsline-write =
    اكتب إلى { $name }.
    أو سجّل رسالة صوتية 🎙.
    يمكنك أيضًا إرسال صورة.
lotsline-sent = ✅ تم الإرسال. سيصل مرشدك رسالتك.
lotsline-forwarded = هذه الرسالة من شخص آخر. اكتب أو سجّل بنفسك.
lotsline-too-long =
    التسجيل طويل جدًا. { $minutes ->
        [zero] { $minutes } دقيقة على الأكثر.
        [one] دقيقة واحدة على الأكثر.
        [two] دقيقتان على الأكثر.
        [few] { $minutes } دقائق على الأكثر.
        [many] { $minutes } دقيقة على الأكثر.
       *[other] { $minutes } دقيقة على الأكثر.
    }
lotsline-sticker = لا أستطيع إرسال ملصق. اكتب أو سجّل.
lotsline-offer = هل تريد إرسال هذا إلى مرشدك؟
lotsline-offer-button = 📨 أرسله إلى مرشدي

# To staff.
lotsline-gone = هذه الرسالة لم تعد موجودة.
lotsline-thread = 💬 { $name } وأنت. اضغط على رسالة لتراها أو تسمعها.
lotsline-thread-empty = 💬 { $name } وأنت. لا توجد رسائل بعد.
lotsline-item =
    { $who ->
        [lots] ↩️ أنت
       *[participant] { $name }
    } · { $kind ->
        [voice] 🎙
        [video_note] 📹
        [audio] 🎵
        [photo] 🖼
       *[text] 💬
    } · { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
lotsline-play-button = ▶️ تشغيل
lotsline-reply-button = ↩️ رد
lotsline-card-button = 💬 الرسائل ({ $line })
lotsline-reply =
    اكتب ردك إلى { $name }.
    أو سجّل رسالة صوتية 🎙.
lotsline-answer-queued = ✅ تم الإرسال. سيصل الرد إلى { $name } قريبًا.
lotsline-answer-held = ⏸ أوقف { $name } الرسائل مؤقتًا. سيصل الرد عندما ينتهي التوقف.
lotsline-answer-stopped = ⛔ أوقف { $name } كل الرسائل. لم يُرسل الرد.

# To the participant: the lots's answer.
lotsline-answer-text =
    💬 { $name }، مرشدك:
    { $text }
lotsline-answer-voice = 🎙 { $name }، مرشدك
lotsline-answer-back = ↩️ رد

# A lots's work number.
lotsline-phone-button = 📞 رقم عملي
lotsline-phone-now = يستطيع المشاركون الاتصال بك على { $phone }.
lotsline-phone-none = لا يرى المشاركون أي رقم لك.
lotsline-phone-ask = اكتب رقم عملك. عندها يستطيع المشاركون الاتصال بك بضغطة واحدة.
lotsline-phone-hide = 🚫 لا تُظهر أي رقم
lotsline-phone-saved = تم الحفظ. يستطيع المشاركون الاتصال برقم عملك.
lotsline-phone-hidden = تم. لا يرى المشاركون أي رقم.
lotsline-phone-bad = هذا لا يبدو رقم هاتف. اكتب مثلًا 070-123 45 67.
