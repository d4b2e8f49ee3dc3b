### Self-assessment: questions about how it goes, one a screen, and the results.

menu-assessment =
    { $open ->
        [0] 📝 التقييم الذاتي
       *[other] 📝 التقييم الذاتي (جديد: { $open })
    }

# Answer scales. An instrument's file says which scale it uses.
scale-agree-1 = لا ينطبق عليّ أبدًا
scale-agree-2 = ينطبق عليّ قليلًا
scale-agree-3 = ينطبق عليّ جزئيًا
scale-agree-4 = ينطبق عليّ إلى حدٍّ كبير
scale-agree-5 = ينطبق عليّ تمامًا
scale-often-0 = أبدًا
scale-often-1 = نادرًا
scale-often-2 = أحيانًا
scale-often-3 = كثيرًا
scale-often-4 = معظم الوقت
scale-often-5 = طوال الوقت

assessment-home = هنا يمكنك الإجابة عن أسئلة عن أحوالك. يرى مرشدك إجاباتك.
assessment-open-button = ▶️ { $title } ({ $done }/{ $total })
assessment-self-button = 📝 { $title }
assessment-results-button = 📊 نتائجي
assessment-results-title = أي نتيجة نعرض لك؟
assessment-results-item = { $title } · { DATETIME($at, dateStyle: "medium") }

assessment-intro =
    { $title }
    { $count ->
        [one] سؤال واحد.
        [two] سؤالان.
        [few] { $count } أسئلة.
        [many] { $count } سؤالًا.
        [zero] { $count } سؤال.
       *[other] { $count } سؤال.
    } يستغرق ذلك حوالي { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
        [zero] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
    لا توجد إجابات صحيحة أو خاطئة.
    يرى مرشدك إجاباتك.
assessment-intro-recall =
    { $days ->
        [one] يُرجى التفكير في اليوم الأخير.
        [two] يُرجى التفكير في آخر يومين.
        [few] يُرجى التفكير في آخر { $days } أيام.
        [many] يُرجى التفكير في آخر { $days } يومًا.
        [zero] يُرجى التفكير في آخر { $days } يوم.
       *[other] يُرجى التفكير في آخر { $days } يوم.
    }
assessment-intro-themes =
    الأسئلة مقسّمة إلى { $themes ->
        [one] جزء واحد
        [two] جزأين
        [few] { $themes } أجزاء
        [many] { $themes } جزءًا
        [zero] { $themes } جزء
       *[other] { $themes } جزء
    }. يمكنك أخذ استراحة بعد كل جزء.
assessment-intro-optional = الإجابة اختيارية، والقرار لك.
assessment-begin = لنبدأ
assessment-decline = لا، شكرًا
assessment-later = ⏸ المتابعة لاحقًا
assessment-skip = تخطي ⏮

assessment-item-head = { $theme } · السؤال { $number } من { $total }
assessment-item-answered = إجابتك: { $answer }
assessment-theme-done = ✅ تم: { $theme }. الأجزاء المنتهية: { $done } من { $total }.
assessment-next-theme = الجزء التالي: { $upcoming }

assessment-result-title = شكرًا! هذه نتيجتك في { $title }:
assessment-result-line = { $number }. { $theme }: { $band } ({ $score } من { $max })
assessment-result-few = { $number }. { $theme }: الإجابات قليلة جدًا
assessment-result-total = النتيجة الكلية: { $band } ({ $score } من { $max })
assessment-band-low = الأمور صعبة الآن
assessment-band-mid = الأمور جيدة إلى حدٍّ ما
assessment-band-high = الأمور جيدة
assessment-chart-caption = { $title }: إجاباتك مع مرور الوقت. كلما كان الشريط أطول كان ذلك أفضل.
assessment-chart-shown =
    { $count ->
        [zero] لا مرة في المجموع.
        [one] مرة واحدة في المجموع.
        [two] مرتان في المجموع.
        [few] { $count } مرات في المجموع.
        [many] { $count } مرة في المجموع.
       *[other] { $count } مرة في المجموع.
    } هنا: المرة الأولى والمرة السابقة والمرة الأخيرة.
assessment-talk = 💬 أريد التحدث مع مرشدي عن هذا
assessment-talk-sent = سيعلم مرشدك برغبتك في الحديث معه.

assessment-saved = تم حفظ إجاباتك. يمكنك المتابعة متى شئت من «التقييم الذاتي».
assessment-declined = حسنًا. يمكنك الإجابة لاحقًا إن أردت.
assessment-old-question = أجبتَ عن هذا السؤال من قبل. إليك السؤال الحالي.
assessment-gone = هذه الأسئلة لم تعد موجودة.
assessment-already-done = لقد أجبت عن هذه الأسئلة من قبل. شكرًا!

# Sent by the scheduler.
assessment-invite =
    📝 حان وقت بعض الأسئلة عن أحوالك: { $title }. يستغرق ذلك حوالي { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
        [zero] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
assessment-minutes =
    يستغرق ذلك حوالي { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
assessment-invite-baseline =
    📝 أهلًا بك! يمكنك البدء ببعض الأسئلة عن أحوالك: { $title }. يستغرق ذلك حوالي { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
        [zero] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
assessment-invite-exit =
    📝 سينتهي البرنامج قريبًا. يُرجى الإجابة عن بعض الأسئلة الأخيرة: { $title }. يستغرق ذلك حوالي { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
        [zero] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
assessment-reminder = تذكير: بقيت لديك أسئلة للإجابة عنها: { $title }.
assessment-invite-start = لنبدأ الآن

# Staff: the participant's self-assessments, from the participant card.
staff-assessment-button = 📊 التقييم الذاتي
staff-assessment-title = التقييم الذاتي: { $name }
staff-assessment-none = لا توجد إجابات بعد.
staff-assessment-latest = { $title } · { DATETIME($at, dateStyle: "medium") }
staff-assessment-previous = المرة السابقة: { $score } من { $max }
staff-assessment-open = بانتظار الإجابة: { $title } ({ $done }/{ $total })
staff-assessment-rhythm =
    { $weeks ->
        [0] الأسئلة القصيرة: متوقفة
        [one] الأسئلة القصيرة: كل أسبوع
        [two] الأسئلة القصيرة: كل أسبوعين
        [few] الأسئلة القصيرة: كل { $weeks } أسابيع
        [many] الأسئلة القصيرة: كل { $weeks } أسبوعًا
       *[other] الأسئلة القصيرة: كل { $weeks } أسبوع
    }
staff-assessment-chart = 📈 عرض الرسم البياني
staff-assessment-chart-caption = { $name }: { $title } مع مرور الوقت.
staff-assessment-no-chart = لا توجد إجابات لعرضها بعد.
staff-assessment-request = 📝 إرسال الأسئلة الآن
staff-assessment-ask-which = أي أسئلة نرسل إلى المشارك؟
staff-assessment-form-full = { $title }: كل الأسئلة
staff-assessment-form-short = { $title }: نسخة قصيرة
staff-assessment-requested = تم إرسال الأسئلة.
staff-assessment-rhythm-button = 🔁 كم مرة
staff-assessment-ask-rhythm = كم مرة يتلقى المشارك أسئلة قصيرة؟
staff-assessment-every =
    { $weeks ->
        [2] كل أسبوعين
        [4] كل أربعة أسابيع
        [one] كل أسبوع
        [few] كل { $weeks } أسابيع
        [many] كل { $weeks } أسبوعًا
        [zero] كل { $weeks } أسبوع
       *[other] كل { $weeks } أسبوع
    }
staff-assessment-every-off = بدون أسئلة تلقائية
staff-assessment-rhythm-saved = تم الحفظ.
