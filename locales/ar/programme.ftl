### The end of the programme, the facts the report counts, and the question six months after.

programme-facts-button = 📊 بيانات للتقرير
programme-end-button = 🏁 إنهاء البرنامج
programme-facts =
    بيانات للتقرير: { $name }
    الجنس: { $gender }
    سنة الميلاد: { $birth_year }
    الوضع عند البدء: { $entry_status }
    التعليم: { $education }
programme-facts-sensitive =
    إعاقة: { $disability }
    مواطن في بلد خارج الاتحاد الأوروبي: { $third_country }
programme-facts-job-started = بدأ العمل: { DATETIME($job_started, dateStyle: "long") }
programme-facts-running = البرنامج مستمر.
programme-facts-ended = انتهى في { DATETIME($at, dateStyle: "long") }: { $exit_status }
programme-facts-follow-up = بعد ستة أشهر: { $follow_up }
programme-not-recorded = –
programme-saved = تم الحفظ.
programme-fact-gender = الجنس
programme-fact-job-started = بدأ العمل
programme-fact-birth-year = سنة الميلاد
programme-fact-entry-status = الوضع عند البدء
programme-fact-education = التعليم
programme-fact-disability = إعاقة
programme-fact-third-country = الجنسية
programme-ask-gender = ما جنس المشارك؟
programme-ask-birth-year = في أي سنة وُلد المشارك؟ اكتب السنة، مثلاً 2004.
programme-ask-entry-status = ماذا كان المشارك يفعل عندما بدأ البرنامج؟
programme-ask-education = ما أعلى تعليم لدى المشارك؟
programme-ask-disability = هل لدى المشارك إعاقة؟
programme-ask-third-country = هل المشارك مواطن في بلد خارج الاتحاد الأوروبي؟
programme-birth-year-bad = اكتب سنة من أربعة أرقام، مثلاً 2004.
programme-gender-woman = امرأة
programme-gender-man = رجل
programme-gender-non-binary = غير ثنائي
programme-gender-not-stated = لا يريد الإجابة
programme-entry-status-unemployed = عاطل عن العمل
programme-entry-status-long-term-unemployed = عاطل عن العمل أكثر من سنة
programme-entry-status-inactive = لا يعمل ولا يبحث عن عمل
programme-entry-status-employed = لديه عمل
programme-education-isced-0-2 = المدرسة الأساسية أو أقل
programme-education-isced-3-4 = المدرسة الثانوية
programme-education-isced-5-8 = كلية أو جامعة
programme-disability-yes = نعم
programme-disability-no = لا
programme-disability-not-stated = لا يريد الإجابة
programme-third-country-yes = نعم
programme-third-country-no = لا
programme-third-country-not-stated = لا يريد الإجابة
programme-end-ask = كيف يتابع { $name } طريقه عندما ينتهي البرنامج؟
programme-end-confirm =
    إنهاء البرنامج لـ { $name }؟
    الوضع عند الانتهاء: { $status }
    يتوقف البوت عن المتابعات والتمارين. يحصل { $name } على استبيان أخير. بعد ستة أشهر يسأل البوت كيف تسير الأمور.
programme-end-yes = 🏁 نعم، أنهِ البرنامج
programme-end-already = انتهى برنامج { $name } في { DATETIME($at, dateStyle: "long") }.
programme-ended-saved = انتهى البرنامج. تم إرسال الاستبيان الأخير.
programme-end-again = كان البرنامج قد انتهى من قبل. لم يتغير شيء.
programme-ended-notice =
    انتهى برنامجك الآن. شكراً على الوقت الذي قضيناه معاً!
    نتمنى لك التوفيق فيما هو قادم.
programme-follow-up-ask =
    مرحباً! مرت ستة أشهر على انتهاء برنامجك.
    ماذا تفعل الآن؟
programme-follow-up-again = نود أن نعرف كيف تسير أمورك. ماذا تفعل الآن؟
programme-follow-up-button-working = 💼 أعمل
programme-follow-up-button-studying = 📚 أدرس
programme-follow-up-button-looking = 🔎 أبحث عن عمل
programme-follow-up-button-other = شيء آخر
programme-follow-up-thanks = شكراً على إجابتك! نتمنى لك التوفيق.
programme-follow-up-done = لقد أجبت من قبل. شكراً!
programme-follow-up-working = يعمل
programme-follow-up-studying = يدرس
programme-follow-up-looking = يبحث عن عمل
programme-follow-up-other = شيء آخر
programme-follow-up-none = لا توجد إجابة
programme-ask-job-start = في أي يوم بدأ { $name } العمل؟ اختر اليوم.
programme-job-start-unknown = لا أعرف
programme-job-month-ask = شكرًا! في أي شهر بدأت العمل؟
programme-job-month-unknown = لا أتذكر
