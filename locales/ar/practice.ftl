### Vocational Swedish practice: short sessions between shifts.
# The reader is addressed without gendered verb forms (يمكنك, يُرجى, لنتدرّب).

menu-practice = 🗣 التدرّب على السويدية

practice-home = تمارينك لمهنة: { $track }
practice-home-no-track = هنا يمكنك التدرّب على السويدية لعملك، بضع دقائق في كل مرة.
practice-streak =
    { $streak ->
        [one] 🔥 يوم واحد على التوالي
        [two] 🔥 يومان على التوالي
        [few] 🔥 { $streak } أيام على التوالي
        [many] 🔥 { $streak } يومًا على التوالي
        [zero] 🔥 { $streak } يوم على التوالي
       *[other] 🔥 { $streak } يوم على التوالي
    }
practice-week =
    هذا الأسبوع:
    { $week }
    { $answers ->
        [one] إجابة واحدة.
        [two] إجابتان.
        [few] { $answers } إجابات.
        [many] { $answers } إجابةً.
        [zero] { $answers } إجابة.
       *[other] { $answers } إجابة.
    } تدرّبت على { $known ->
        [one] كلمة واحدة.
        [two] كلمتين.
        [few] { $known } كلمات.
        [many] { $known } كلمةً.
        [zero] { $known } كلمة.
       *[other] { $known } كلمة.
    }
practice-week-words =
    { $answers ->
        [zero] { $answers } إجابة.
        [one] إجابة واحدة.
        [two] إجابتان.
        [few] { $answers } إجابات.
        [many] { $answers } إجابةً.
       *[other] { $answers } إجابة.
    } تدرّبت على { $known ->
        [zero] { $known } كلمة.
        [one] كلمة واحدة.
        [two] كلمتين.
        [few] { $known } كلمات.
        [many] { $known } كلمةً.
       *[other] { $known } كلمة.
    }
practice-start = ▶️ لنتدرّب الآن
practice-track-button = 🧰 اختيار المهنة
practice-times-button = ⏰ التذكير
practice-meanings-now = 🌍 لغة شرح الكلمات: { $language }.
practice-meanings-button = 🌍 لغة شرح الكلمات
practice-ask-meanings =
    بأي لغة تريد أن ترى معنى الكلمات؟
    اختر اللغة التي تعرفها أكثر.
practice-meanings-saved = تم الحفظ. لغة شرح الكلمات الآن: { $language }.
practice-ask-track = أي مهنة نختار لتمارين السويدية؟
practice-track-saved = تم الحفظ. يمكنك الضغط على «لنتدرّب الآن» متى شئت.
practice-ask-times =
    متى نذكّرك بالتدرّب؟
    يُرجى اختيار وقت أو وقتين. لإلغاء وقت، يُرجى الضغط عليه مرة أخرى.
practice-times-max = يمكنك اختيار وقتين كحدٍّ أقصى.
practice-times-done = ✅ تم
practice-nothing-due = تدرّبت على كل شيء لهذا اليوم. أحسنت! نراك غدًا.
practice-saved = تم الحفظ. يمكنك المتابعة متى شئت من «التدرّب على السويدية».

practice-head = الكلمة { $number } من { $total }
practice-ask-recognise =
    ما معنى هذا؟
    { $sv }
practice-ask-recall =
    كيف نقول هذا بالسويدية؟
    { $meaning }
practice-ask-gap =
    ما الكلمة المناسبة هنا؟
    { $gap }
practice-ask-type =
    يُرجى الكتابة بالسويدية:
    { $meaning }
practice-ask-listen = استمع واختر الكلمة التي تسمعها.
practice-listen = 🔊 استمع
practice-dont-know = 🤷 لا أعرف
practice-stop = ⏸ التوقف الآن
practice-old-button = تمت الإجابة عن هذا السؤال. إليك السؤال الحالي.
practice-gone = هذا التمرين لم يعد موجودًا.

practice-right = ✅ صحيح!
practice-wrong = ليس تمامًا. هذه هي الإجابة:
practice-explain =
    { $sv } = { $meaning }
    { $example }
practice-hear-word = 🔊 الكلمة
practice-hear-example = 🔊 الجملة
practice-hear-meaning = 🔊 بـ{ $language }
practice-voice-failed = لا يمكن تشغيل الصوت الآن. حاول مرة أخرى لاحقًا.
practice-next = التالي ◀️
practice-grade-again = مرة أخرى
practice-grade-hard = صعب
practice-grade-good = جيد
practice-grade-easy = سهل
practice-graded = تم الحفظ. ستعود الكلمة حسب اختيارك.

practice-done = أحسنت! الإجابات الصحيحة: { $correct } من { $total }.
practice-more = ▶️ لنتدرّب أكثر

# Sent by the outbox at the times the participant chose.
practice-prompt = 🗣 هل لديك دقيقتان؟ لنتدرّب قليلًا على السويدية للعمل.
practice-prompt-button = ▶️ لنتدرّب الآن
practice-week-summary =
    🗓 أسبوعك مع السويدية:
    { $week }
    { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
        [zero] { $days } يوم
       *[other] { $days } يوم
    }، { $answers ->
        [one] إجابة واحدة.
        [two] إجابتان.
        [few] { $answers } إجابات.
        [many] { $answers } إجابةً.
        [zero] { $answers } إجابة.
       *[other] { $answers } إجابة.
    } تدرّبت على { $known ->
        [one] كلمة واحدة.
        [two] كلمتين.
        [few] { $known } كلمات.
        [many] { $known } كلمةً.
        [zero] { $known } كلمة.
       *[other] { $known } كلمة.
    }

# Staff: the participant's track, from the participant card.
staff-practice-button = 🗣 مهنة تمارين السويدية
staff-practice-ask = لأي مهنة يتدرّب المشارك على السويدية؟
staff-practice-saved = تم الحفظ.
