### The individual action plan: the participant’s view and the staff’s editing.

plan-menu-button = 📋 خطتي
plan-staff-button = 📋 الخطة

## The plan in plain words (the participant and the lots read the same lines).

plan-title = 📋 خطتك
plan-none = ليست لديك خطة بعد. يضع مرشدك الخطة معك.
plan-goal = 🎯 الهدف: { $goal }
plan-goal-empty = 🎯 الهدف: لم يُكتب بعد
plan-occupations = 💼 المهن وأماكن العمل: { $occupations }
plan-track = 🛤 الآن: { $track }
plan-ladder = 🪜 مرحلة التدريب: { $ladder }
plan-placement = 🏢 مكان التدريب: { $workplace }
plan-supervisor = 👤 المشرف: { $supervisor }
plan-hours =
    ⏱ { $hours ->
        [zero] { $hours } ساعة في الأسبوع
        [one] ساعة واحدة في الأسبوع
        [two] ساعتان في الأسبوع
        [few] { $hours } ساعات في الأسبوع
        [many] { $hours } ساعة في الأسبوع
       *[other] { $hours } ساعة في الأسبوع
    }
plan-starts = 🚩 البداية: { DATETIME($date, dateStyle: "long") }
plan-ends = 🏁 النهاية: { DATETIME($date, dateStyle: "long") }
plan-follow-up = 🔁 المتابعة القادمة: { DATETIME($date, dateStyle: "long") }
plan-steps-title = الخطوات:
plan-steps-none = لا توجد خطوات بعد.
plan-step-line = { $mark } { $text } · { DATETIME($due, dateStyle: "medium") } · { $who }
plan-step-line-undated = { $mark } { $text } · { $who }
plan-responsible =
    { $responsible ->
        [me] أنت
        [agency] جهة أخرى
       *[lots] مرشدك
    }
plan-kind-unknown = { $id } (لم يعد في القائمة)

## The participant.

plan-steps-pick = اضغط على خطوة لتراها.
plan-goal-write = ✏️ اكتب هدفي
plan-ask-goal = ماذا تريد أن تحقق؟ اكتب هدفك بكلماتك. { core-max-chars }
plan-goal-saved = تم الحفظ. هذا هو هدفك الآن.
plan-step-view =
    { $text }
    📅 { DATETIME($due, dateStyle: "full") }
    👤 المسؤول: { $who }
plan-step-view-undated =
    { $text }
    👤 المسؤول: { $who }
plan-step-tick = ✅ لقد قمت بها
plan-step-ticked = أحسنت! الخطوة تمت.
plan-step-already = هذه الخطوة تمت من قبل.
plan-step-ask = ❓ اسأل مرشدك عن هذا
plan-step-asked = سيصل سؤالك عن الخطوة إلى مرشدك.
plan-step-gone = هذه الخطوة لم تعد موجودة.

## Messages the bot sends on its own.

plan-notice-changed = 📋 تغيّرت خطتك. اضغط لتراها.
plan-step-reminder = ⏰ غدًا، { DATETIME($due, dateStyle: "full") }: { $text }
plan-step-question-notice = ❓ لدى { $name } سؤال عن خطوة في الخطة: “{ $text }”. يُرجى التواصل مع { $name }.

## Staff.

plan-staff-title = 📋 خطة { $name }
plan-staff-responsible =
    { $responsible ->
        [me] المشارك
        [agency] جهة أخرى
       *[lots] المرشد
    }
plan-staff-goal = 🎯 الهدف
plan-staff-occupations = 💼 المهن
plan-staff-track = 🛤 المسار
plan-staff-ladder = 🪜 مرحلة التدريب
plan-staff-placement = 🏢 مكان التدريب
plan-staff-add-step = ➕ خطوة جديدة
plan-staff-steps = 🔄 تغيير خطوة
plan-staff-follow-up = 🔁 المتابعة
plan-staff-start = 🚩 البداية
plan-staff-end = 🏁 النهاية
plan-staff-history = 🕘 السجل
plan-staff-clear = 🗑 حذف
plan-staff-skip = تخطٍّ
plan-staff-saved = تم الحفظ. سيعرف المشارك أن الخطة تغيّرت.
plan-staff-ask-goal = اكتب الهدف، بكلمات المشارك إن أمكن. { core-max-chars }
plan-staff-ask-occupations = اكتب المهن وأماكن العمل. واحدًا في كل سطر، أو افصل بينها بفاصلة.
plan-staff-occupations-bad =
    اكتب { $count ->
        [zero] { $count } مهنة
        [one] مهنة واحدة
        [two] مهنتين
        [few] { $count } مهن
        [many] { $count } مهنة
       *[other] { $count } مهنة
    } على الأكثر، وكل واحدة { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر.
plan-staff-ask-track = اختر المسار:
plan-staff-ask-ladder = اختر مرحلة في سُلَّم التدريب:
plan-staff-ask-workplace = اكتب اسم مكان التدريب.
plan-staff-no-placement = لا يوجد مكان تدريب
plan-staff-ask-supervisor = اكتب الاسم الأول للمشرف.
plan-staff-ask-hours = كم ساعة في الأسبوع؟ اضغط أو اكتب رقمًا.
plan-staff-hours-bad = اكتب رقمًا من 1 إلى { $max }.
plan-staff-ask-step =
    اكتب الخطوة باختصار. { $step_max ->
        [zero] { $step_max } حرف على الأكثر.
        [one] حرف واحد على الأكثر.
        [two] حرفان على الأكثر.
        [few] { $step_max } أحرف على الأكثر.
        [many] { $step_max } حرفًا على الأكثر.
       *[other] { $step_max } حرف على الأكثر.
    }
plan-staff-ask-date = اختر تاريخًا:
plan-staff-date-today = اليوم
plan-staff-date-weeks =
    { $weeks ->
        [one] بعد أسبوع
        [two] بعد أسبوعين
        [few] بعد { $weeks } أسابيع
        [zero] بعد { $weeks } أسبوعًا
        [many] بعد { $weeks } أسبوعًا
       *[other] بعد { $weeks } أسبوعًا
    }
plan-staff-date-months =
    { $months ->
        [one] بعد شهر
        [two] بعد شهرين
        [few] بعد { $months } أشهر
        [zero] بعد { $months } شهرًا
        [many] بعد { $months } شهرًا
       *[other] بعد { $months } شهرًا
    }
plan-staff-date-none = بدون تاريخ
plan-staff-ask-responsible = من المسؤول عن الخطوة؟
plan-staff-step-saved = تم حفظ الخطوة. سيعرف المشارك ذلك.
plan-staff-step-unchanged = الخطوة لها هذه الحالة من قبل.
plan-staff-ask-pick-step = أي خطوة تريد أن تغيّر؟
plan-staff-ask-status = ما حالة الخطوة الآن؟
plan-status-name =
    { $status ->
        [done] تمت
        [cancelled] أُلغيت
       *[planned] مخطط لها
    }
plan-staff-status-button =
    { $status ->
        [done] ✅ تمت
        [cancelled] ✖️ أُلغيت
       *[planned] ⬜ مخطط لها
    }
plan-staff-history-title = 🕘 تغييرات الخطة ({ $total })، الأحدث أولًا:
plan-staff-history-none = لا توجد تغييرات بعد.
plan-staff-newer = ⬆️ الأحدث
plan-staff-older = ⬇️ الأقدم
plan-history-nothing = (فارغ)
plan-history-by =
    { $actor ->
        [import] استيراد
        [participant] المشارك
       *[staff] الموظفون
    }
plan-history-line = { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $who } · { plan-history-field }: { $old } ← { $new }
plan-history-field =
    { $field ->
        [goal] الهدف
        [occupations] المهن
        [track] المسار
        [ladder] مرحلة التدريب
        [workplace] مكان التدريب
        [supervisor] المشرف
        [hours_per_week] ساعات في الأسبوع
        [starts_on] البداية
        [ends_on] النهاية
        [follow_up_on] المتابعة
        [step] خطوة
        [step-status] حالة الخطوة
       *[other] { $field }
    }
