### The individual action plan: the participant’s view and the staff’s editing.

plan-menu-button = 📋 پلان من
plan-staff-button = 📋 پلان

## The plan in plain words (the participant and the lots read the same lines).

plan-title = 📋 پلان شما
plan-none = شما هنوز پلان ندارید. رهنمای شما پلان را همراه شما می‌سازد.
plan-goal = 🎯 هدف: { $goal }
plan-goal-empty = 🎯 هدف: هنوز نوشته نشده
plan-occupations = 💼 وظیفه‌ها و جاهای کار: { $occupations }
plan-track = 🛤 حالا: { $track }
plan-ladder = 🪜 مرحله کارآموزی: { $ladder }
plan-placement = 🏢 جای کارآموزی: { $workplace }
plan-supervisor = 👤 سرپرست: { $supervisor }
plan-hours = ⏱ { $hours } ساعت در هفته
plan-starts = 🚩 شروع: { DATETIME($date, dateStyle: "long") }
plan-ends = 🏁 ختم: { DATETIME($date, dateStyle: "long") }
plan-follow-up = 🔁 پیگیری بعدی: { DATETIME($date, dateStyle: "long") }
plan-steps-title = قدم‌ها:
plan-steps-none = هنوز قدمی نیست.
plan-step-line = { $mark } { $text } · { DATETIME($due, dateStyle: "medium") } · { $who }
plan-step-line-undated = { $mark } { $text } · { $who }
plan-responsible =
    { $responsible ->
        [me] شما
        [agency] یک اداره دیگر
       *[lots] رهنمای شما
    }
plan-kind-unknown = { $id } (دیگر در لیست نیست)

## The participant.

plan-steps-pick = یک قدم را فشار دهید تا آن را ببینید.
plan-goal-write = ✏️ هدفم را بنویسم
plan-ask-goal = به چه چیزی می‌خواهید برسید؟ هدف خود را با گپ‌های خود بنویسید. بیشترین { $max } حرف.
plan-goal-saved = ثبت شد. حالا این هدف شماست.
plan-step-view =
    { $text }
    📅 { DATETIME($due, dateStyle: "full") }
    👤 مسئول: { $who }
plan-step-view-undated =
    { $text }
    👤 مسئول: { $who }
plan-step-tick = ✅ این کار را کردم
plan-step-ticked = شاباش! این قدم تمام شد.
plan-step-already = این قدم قبلاً تمام شده است.
plan-step-ask = ❓ درباره این از رهنمای خود بپرسم
plan-step-asked = سوال شما درباره این قدم به رهنمای شما می‌رسد.
plan-step-gone = این قدم دیگر وجود ندارد.

## Messages the bot sends on its own.

plan-notice-changed = 📋 پلان شما تغییر کرد. فشار دهید تا آن را ببینید.
plan-step-reminder = ⏰ فردا، { DATETIME($due, dateStyle: "full") }: { $text }
plan-step-question-notice = ❓ { $name } درباره یک قدم پلان سوال دارد: «{ $text }». لطفاً با { $name } به تماس شوید.

## Staff.

plan-staff-title = 📋 پلان { $name }
plan-staff-responsible =
    { $responsible ->
        [me] اشتراک‌کننده
        [agency] یک اداره دیگر
       *[lots] رهنما
    }
plan-staff-goal = 🎯 هدف
plan-staff-occupations = 💼 وظیفه‌ها
plan-staff-track = 🛤 مسیر
plan-staff-ladder = 🪜 مرحله کارآموزی
plan-staff-placement = 🏢 جای کارآموزی
plan-staff-add-step = ➕ قدم نو
plan-staff-steps = 🔄 تغییر یک قدم
plan-staff-follow-up = 🔁 پیگیری
plan-staff-start = 🚩 شروع
plan-staff-end = 🏁 ختم
plan-staff-history = 🕘 تاریخچه
plan-staff-clear = 🗑 پاک کردن
plan-staff-skip = تیر شدن
plan-staff-saved = ثبت شد. اشتراک‌کننده خبر می‌شود که پلان تغییر کرده است.
plan-staff-ask-goal = هدف را بنویسید، اگر می‌شود با گپ‌های خود اشتراک‌کننده. بیشترین { $max } حرف.
plan-staff-ask-occupations = وظیفه‌ها و جاهای کار را بنویسید. هر کدام در یک سطر، یا با کامه جدا.
plan-staff-occupations-bad = بیشترین { $count } وظیفه بنویسید، هر کدام بیشترین { $max } حرف.
plan-staff-ask-track = مسیر را انتخاب کنید:
plan-staff-ask-ladder = مرحله زینه کارآموزی را انتخاب کنید:
plan-staff-ask-workplace = نام جای کارآموزی را بنویسید.
plan-staff-no-placement = بدون جای کارآموزی
plan-staff-ask-supervisor = نام اول سرپرست را بنویسید.
plan-staff-ask-hours = چند ساعت در هفته؟ فشار دهید یا یک عدد بنویسید.
plan-staff-hours-bad = یک عدد از ۱ تا { $max } بنویسید.
plan-staff-ask-step = قدم را کوتاه بنویسید. بیشترین { $step_max } حرف.
plan-staff-ask-date = یک تاریخ انتخاب کنید:
plan-staff-date-today = امروز
plan-staff-date-weeks =
    { $weeks ->
        [one] یک هفته بعد
       *[other] { $weeks } هفته بعد
    }
plan-staff-date-months =
    { $months ->
        [one] یک ماه بعد
       *[other] { $months } ماه بعد
    }
plan-staff-date-none = بدون تاریخ
plan-staff-ask-responsible = کی مسئول این قدم است؟
plan-staff-step-saved = قدم ثبت شد. اشتراک‌کننده خبر می‌شود.
plan-staff-step-unchanged = این قدم از قبل همین حالت را دارد.
plan-staff-ask-pick-step = کدام قدم را می‌خواهید تغییر بدهید؟
plan-staff-ask-status = حالت این قدم حالا چیست؟
plan-status-name =
    { $status ->
        [done] تمام شد
        [cancelled] لغو شد
       *[planned] پلان شده
    }
plan-staff-status-button =
    { $status ->
        [done] ✅ تمام شد
        [cancelled] ✖️ لغو شد
       *[planned] ⬜ پلان شده
    }
plan-staff-history-title = 🕘 تغییرات پلان ({ $total })، تازه‌ترین اول:
plan-staff-history-none = هنوز تغییری نیست.
plan-staff-newer = ⬆️ تازه‌تر
plan-staff-older = ⬇️ کهنه‌تر
plan-history-nothing = (خالی)
plan-history-by =
    { $actor ->
        [import] وارد کردن
        [participant] اشتراک‌کننده
       *[staff] کارمندان
    }
plan-history-line = { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $who } · { plan-history-field }: { $old } ← { $new }
plan-history-field =
    { $field ->
        [goal] هدف
        [occupations] وظیفه‌ها
        [track] مسیر
        [ladder] مرحله کارآموزی
        [workplace] جای کارآموزی
        [supervisor] سرپرست
        [hours_per_week] ساعت در هفته
        [starts_on] شروع
        [ends_on] ختم
        [follow_up_on] پیگیری
        [step] قدم
        [step-status] حالت قدم
       *[other] { $field }
    }
