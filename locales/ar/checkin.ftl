### Check-ins (avstämningar): how the week has been, and whether help is needed.

checkin-prompt = مرحبًا! كيف كان أسبوعك؟
checkin-prompt-named = مرحبًا { $name }! كيف كان أسبوعك؟
checkin-reminder = لم يصلنا ردّ منك. كيف كان أسبوعك؟ يُرجى الضغط على زر.
checkin-mood-5 = 😄 جيد جدًا
checkin-mood-4 = 🙂 جيد
checkin-mood-3 = 😐 لا بأس
checkin-mood-2 = 🙁 سيئ
checkin-mood-1 = 😞 سيئ جدًا
checkin-ask-help = شكرًا! هل يمكننا مساعدتك في شيء؟
checkin-help-no = لا، كل شيء بخير
checkin-help-contact = نعم، تواصلوا معي
checkin-help-message = أريد الكتابة إلى مرشدي
checkin-write-message =
    يُرجى كتابة رسالتك إلى مرشدك.
    أو سجّل رسالة صوتية 🎙. يمكنك أيضًا إرسال صورة.
checkin-message-too-long =
    الرسالة طويلة جدًا. يمكنك كتابة { $max } { $max ->
        [few] أحرف
        [many] حرفًا
       *[other] حرف
    } كحدٍّ أقصى.
checkin-thanks = شكرًا على ردّك!
checkin-thanks-contact = شكرًا! سيتواصل معك مرشدك.
checkin-thanks-message = شكرًا! وصلت رسالتك إلى مرشدك.
checkin-already-answered = وصلنا ردّك من قبل. شكرًا!
checkin-message-to-staff =
    💬 رسالة من { $name }:
    { $message }

# Pause: "I'm sick or away".
pause-ask = كم من الوقت نوقف الرسائل مؤقتًا؟
pause-days =
    { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
        [zero] { $days } يوم
       *[other] { $days } يوم
    }
pause-saved = تم إيقاف الرسائل مؤقتًا. لن تصلك رسائل حتى نهاية يوم { DATETIME($until, dateStyle: "long") }.
pause-status = ⏸ الرسائل متوقفة مؤقتًا حتى نهاية يوم { DATETIME($until, dateStyle: "long") }.
pause-resumed = أهلًا بعودتك! ستصلك الرسائل من جديد الآن.
