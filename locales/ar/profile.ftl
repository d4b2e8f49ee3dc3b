### The reader's own settings: language and name.

profile-pick-language = يُرجى اختيار اللغة.
profile-language-saved = الآن أكتب لك بالعربية.
profile-ask-name =
    ما الاسم الذي نناديك به؟
    يُرجى كتابة اسم.
profile-name-now = نناديك الآن باسم { $name }.
profile-name-none = ليس لديك اسم هنا بعد.
profile-name-saved = شكرًا! نناديك الآن باسم { $name }.
profile-name-text-only = يُرجى كتابة الاسم بالحروف.
quiet-ask-start = متى أتوقف عن إرسال الرسائل في المساء؟
quiet-ask-end = متى يمكنني أن أرسل الرسائل مرة أخرى في الصباح؟
quiet-saved = تم الحفظ. لن أرسل شيئًا بين الساعة { $start } والساعة { $end }.
profile-settings-title = الإعدادات. ماذا تريد أن تغيّر؟
