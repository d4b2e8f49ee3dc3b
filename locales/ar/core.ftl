### Shared texts: errors, unexpected input, buttons and commands.

# The language's own name, shown on the language buttons.
language-name = العربية

core-error = حدث خطأ ما. يُرجى المحاولة مرة أخرى بعد قليل.
core-unexpected-input = لم أفهم ذلك. يُرجى الضغط على زر.
core-unexpected-input-type = لا أستطيع قراءة هذا. يُرجى الكتابة بالحروف أو الضغط على زر.
core-old-button = هذا الزر قديم. هذه هي القائمة.
core-throttled = وصلتني رسائل كثيرة منك. يُرجى الانتظار قليلًا.
core-not-allowed = لا يمكنك القيام بهذا هنا.
core-cancelled = حسنًا. عدت إلى القائمة.
core-unknown-command = لا أعرف هذا الأمر. للمساعدة، يُرجى كتابة /help.
core-text-too-long =
    النص طويل جدًا. يمكنك كتابة { $max } { $max ->
        [few] أحرف
        [many] حرفًا
       *[other] حرف
    } كحدٍّ أقصى.
# A limit on a text's length, as its own sentence.
core-max-chars =
    { $max ->
        [zero] { $max } حرف كحدٍّ أقصى.
        [one] حرف واحد كحدٍّ أقصى.
        [two] حرفان كحدٍّ أقصى.
        [few] { $max } أحرف كحدٍّ أقصى.
        [many] { $max } حرفًا كحدٍّ أقصى.
       *[other] { $max } حرف كحدٍّ أقصى.
    }

core-button-back = ▶️ رجوع
core-button-menu = 🏠 القائمة
core-button-cancel = إلغاء

# Bot commands in Telegram's menu. Short: at most a few words.
command-menu = عرض القائمة
command-help = المساعدة
command-language = تغيير اللغة
command-privacy = عن بياناتك
command-cancel = إلغاء والعودة إلى القائمة
command-settings = الإعدادات

help-participant =
    طريقة استخدام Lotsen:
    يُرجى الضغط على الأزرار تحت الرسائل.
    الأمر /menu يعرض القائمة.
    الأمر /cancel يعيدك إلى القائمة.
    الأمر /settings يعرض إعداداتك.
    الأمر /language يغيّر اللغة.
    الأمر /privacy يعرض ما نحفظه عنك.
    هل لديك أسئلة؟ يمكنك التحدث مع مرشدك (lots).
help-staff =
    استخدام Lotsen للموظفين:
    الأمر /menu يعرض قائمة الموظفين.
    من /menu ثم 🗂 المزيد يمكنك دعوة مشاركين.
    الأمر /cancel يعيدك إلى القائمة.
    الأمر /settings يعرض إعداداتك.
    الأمر /language يغيّر اللغة.
    الأمر /privacy يعرض ما يتم حفظه.
core-stale-button = هذا الزر لا يعمل هنا. يُرجى الضغط على أحد الأزرار في الأسفل.
core-no-access = لم يعد لديك وصول إلى Lotsen. تحدّث مع مسؤول النظام إذا كنت تظن أن هذا خطأ.
core-page = الصفحة { $page } من { $pages }
core-page-previous = ▶️ السابق
core-page-next = التالي ◀️
# A staff member who has given no name yet (never called a participant).
core-staff-unnamed = المرشد رقم { $number }
# The month before and after, on the calendar's arrows.
core-calendar-previous = ▶️ { $month }
core-calendar-next = { $month } ◀️
