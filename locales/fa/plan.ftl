### The individual action plan: the participant’s view and the staff’s editing.

plan-menu-button = 📋 برنامه من
plan-staff-button = 📋 برنامه

## The plan in plain words (the participant and the lots read the same lines).

plan-title = 📋 برنامه شما
plan-none = هنوز برنامه‌ای ندارید. راهنمای شما برنامه را با شما می‌نویسد.
plan-goal = 🎯 هدف: { $goal }
plan-goal-empty = 🎯 هدف: هنوز نوشته نشده
plan-occupations = 💼 شغل‌ها و محل‌های کار: { $occupations }
plan-track = 🛤 اکنون: { $track }
plan-ladder = 🪜 مرحله کارآموزی: { $ladder }
plan-placement = 🏢 محل کارآموزی: { $workplace }
plan-supervisor = 👤 سرپرست: { $supervisor }
plan-hours = ⏱ { $hours } ساعت در هفته
plan-starts = 🚩 شروع: { DATETIME($date, dateStyle: "long") }
plan-ends = 🏁 پایان: { DATETIME($date, dateStyle: "long") }
plan-follow-up = 🔁 پیگیری بعدی: { DATETIME($date, dateStyle: "long") }
plan-steps-title = گام‌ها:
plan-steps-none = هنوز گامی نیست.
plan-step-line = { $mark } { $text } · { DATETIME($due, dateStyle: "medium") } · { $who }
plan-step-line-undated = { $mark } { $text } · { $who }
plan-responsible =
    { $responsible ->
        [me] شما
        [agency] یک اداره دیگر
       *[lots] راهنمای شما
    }
plan-kind-unknown = { $id } (دیگر در فهرست نیست)

## The participant.

plan-steps-pick = روی یک گام بزنید تا آن را ببینید.
plan-goal-write = ✏️ هدفم را بنویسم
plan-ask-goal = به چه چیزی می‌خواهید برسید؟ هدفتان را با کلمات خودتان بنویسید. حداکثر { $max } حرف.
plan-goal-saved = ذخیره شد. این هدف شماست.
plan-step-view =
    { $text }
    📅 { DATETIME($due, dateStyle: "full") }
    👤 مسئول: { $who }
plan-step-view-undated =
    { $text }
    👤 مسئول: { $who }
plan-step-tick = ✅ انجامش دادم
plan-step-ticked = آفرین! این گام انجام شد.
plan-step-already = این گام قبلاً انجام شده است.
plan-step-ask = ❓ درباره این از راهنمای خودم بپرسم
plan-step-asked = پرسش شما درباره این گام به راهنمای شما می‌رسد.
plan-step-gone = این گام دیگر وجود ندارد.

## Messages the bot sends on its own.

plan-notice-changed = 📋 برنامه شما تغییر کرد. بزنید تا آن را ببینید.
plan-step-reminder = ⏰ فردا، { DATETIME($due, dateStyle: "full") }: { $text }
plan-step-question-notice = ❓ { $name } درباره یک گام برنامه پرسشی دارد: «{ $text }». لطفاً با { $name } تماس بگیرید.

## Staff.

plan-staff-title = 📋 برنامه { $name }
plan-staff-responsible =
    { $responsible ->
        [me] شرکت‌کننده
        [agency] یک اداره دیگر
       *[lots] راهنما
    }
plan-staff-goal = 🎯 هدف
plan-staff-occupations = 💼 شغل‌ها
plan-staff-track = 🛤 مسیر
plan-staff-ladder = 🪜 مرحله کارآموزی
plan-staff-placement = 🏢 محل کارآموزی
plan-staff-add-step = ➕ گام تازه
plan-staff-steps = 🔄 تغییر یک گام
plan-staff-follow-up = 🔁 پیگیری
plan-staff-start = 🚩 شروع
plan-staff-end = 🏁 پایان
plan-staff-history = 🕘 تاریخچه
plan-staff-clear = 🗑 حذف
plan-staff-skip = رد شدن
plan-staff-saved = ذخیره شد. شرکت‌کننده باخبر می‌شود که برنامه تغییر کرده است.
plan-staff-ask-goal = هدف را بنویسید، اگر می‌شود با کلمات خود شرکت‌کننده. حداکثر { $max } حرف.
plan-staff-ask-occupations = شغل‌ها و محل‌های کار را بنویسید. هر کدام در یک خط، یا با ویرگول جدا.
plan-staff-occupations-bad = حداکثر { $count } شغل بنویسید، هر کدام حداکثر { $max } حرف.
plan-staff-ask-track = مسیر را انتخاب کنید:
plan-staff-ask-ladder = مرحله نردبان کارآموزی را انتخاب کنید:
plan-staff-ask-workplace = نام محل کارآموزی را بنویسید.
plan-staff-no-placement = بدون محل کارآموزی
plan-staff-ask-supervisor = نام کوچک سرپرست را بنویسید.
plan-staff-ask-hours = چند ساعت در هفته؟ بزنید یا یک عدد بنویسید.
plan-staff-hours-bad = عددی از ۱ تا { $max } بنویسید.
plan-staff-ask-step = گام را کوتاه بنویسید. حداکثر { $step_max } حرف.
plan-staff-ask-date = یک تاریخ انتخاب کنید:
plan-staff-date-today = امروز
plan-staff-date-weeks =
    { $weeks ->
        [one] یک هفته دیگر
       *[other] { $weeks } هفته دیگر
    }
plan-staff-date-months =
    { $months ->
        [one] یک ماه دیگر
       *[other] { $months } ماه دیگر
    }
plan-staff-date-none = بدون تاریخ
plan-staff-ask-responsible = چه کسی مسئول این گام است؟
plan-staff-step-saved = گام ذخیره شد. شرکت‌کننده باخبر می‌شود.
plan-staff-step-unchanged = این گام از قبل همین وضعیت را دارد.
plan-staff-ask-pick-step = کدام گام را می‌خواهید تغییر دهید؟
plan-staff-ask-status = وضعیت این گام اکنون چیست؟
plan-status-name =
    { $status ->
        [done] انجام شد
        [cancelled] لغو شد
       *[planned] برنامه‌ریزی شده
    }
plan-staff-status-button =
    { $status ->
        [done] ✅ انجام شد
        [cancelled] ✖️ لغو شد
       *[planned] ⬜ برنامه‌ریزی شده
    }
plan-staff-history-title = 🕘 تغییرات برنامه ({ $total })، تازه‌ترین اول:
plan-staff-history-none = هنوز تغییری نیست.
plan-staff-newer = ⬆️ تازه‌تر
plan-staff-older = ⬇️ قدیمی‌تر
plan-history-nothing = (خالی)
plan-history-by =
    { $actor ->
        [import] واردکردن
        [participant] شرکت‌کننده
       *[staff] کارکنان
    }
plan-history-line = { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $who } · { plan-history-field }: { $old } ← { $new }
plan-history-field =
    { $field ->
        [goal] هدف
        [occupations] شغل‌ها
        [track] مسیر
        [ladder] مرحله کارآموزی
        [workplace] محل کارآموزی
        [supervisor] سرپرست
        [hours_per_week] ساعت در هفته
        [starts_on] شروع
        [ends_on] پایان
        [follow_up_on] پیگیری
        [step] گام
        [step-status] وضعیت گام
       *[other] { $field }
    }
