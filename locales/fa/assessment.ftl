### Self-assessment: questions about how it goes, one a screen, and the results.

menu-assessment =
    { $open ->
        [0] 📝 خودارزیابی
        [one] 📝 خودارزیابی ({ $open } جدید)
       *[other] 📝 خودارزیابی ({ $open } جدید)
    }

# Answer scales. An instrument's file says which scale it uses.
scale-agree-1 = اصلاً درست نیست
scale-agree-2 = کمی درست است
scale-agree-3 = تا حدی درست است
scale-agree-4 = تا حد زیادی درست است
scale-agree-5 = کاملاً درست است
scale-often-0 = هرگز
scale-often-1 = به‌ندرت
scale-often-2 = گاهی
scale-often-3 = خیلی وقت‌ها
scale-often-4 = بیشتر وقت‌ها
scale-often-5 = همیشه

assessment-home = اینجا به سؤال‌هایی درباره حال و وضع خود پاسخ می‌دهید. راهنمای شما پاسخ‌های شما را می‌بیند.
assessment-open-button = ▶️ { $title } ({ $done }/{ $total })
assessment-self-button = 📝 { $title }
assessment-results-button = 📊 نتیجه‌های من
assessment-results-title = کدام نتیجه را می‌خواهید ببینید؟
assessment-results-item = { $title } · { DATETIME($at, dateStyle: "medium") }

assessment-intro =
    { $title }
    { $count } سؤال. حدود { $minutes } دقیقه طول می‌کشد.
    پاسخ درست یا غلطی وجود ندارد.
    راهنمای شما پاسخ‌های شما را می‌بیند.
assessment-intro-recall = به { $days } روز گذشته فکر کنید.
assessment-intro-themes = سؤال‌ها { $themes } بخش دارند. بعد از هر بخش می‌توانید استراحت کنید.
assessment-intro-optional = خودتان انتخاب می‌کنید که پاسخ بدهید یا نه.
assessment-begin = شروع کنیم
assessment-decline = نه، ممنون
assessment-later = ⏸ بعداً ادامه می‌دهم
assessment-skip = رد شدن ⏮

assessment-item-head = { $theme } · سؤال { $number } از { $total }
assessment-item-answered = پاسخ شما: { $answer }
assessment-theme-done = ✅ تمام شد: { $theme }. شما { $done } بخش از { $total } بخش را انجام داده‌اید.
assessment-next-theme = بخش بعدی: { $upcoming }

assessment-result-title = ممنون! نتیجه شما در { $title }:
assessment-result-line = { $number }. { $theme }: { $band } ({ $score } از { $max })
assessment-result-few = { $number }. { $theme }: پاسخ‌ها کافی نیست
assessment-result-total = در مجموع: { $band } ({ $score } از { $max })
assessment-band-low = الان سخت است
assessment-band-mid = نسبتاً خوب پیش می‌رود
assessment-band-high = خوب پیش می‌رود
assessment-chart-caption = { $title }: پاسخ‌های شما در طول زمان. نوار بلندتر یعنی بهتر.
assessment-chart-shown = در کل { $count } بار. اینجا بار اول، بار قبلی و بار آخر را می‌بینید.
assessment-talk = 💬 می‌خواهم درباره این با راهنمای خودم صحبت کنم
assessment-talk-sent = راهنمای شما باخبر می‌شود که می‌خواهید صحبت کنید.

assessment-saved = پاسخ‌های شما ذخیره شد. هر وقت خواستید، در بخش «خودارزیابی» ادامه دهید.
assessment-declined = بسیار خب. اگر خواستید، بعداً می‌توانید پاسخ دهید.
assessment-old-question = به این سؤال قبلاً پاسخ داده‌اید. سؤال فعلی شما این است.
assessment-gone = این سؤال‌ها دیگر وجود ندارند.
assessment-already-done = شما قبلاً به این سؤال‌ها پاسخ داده‌اید. ممنون!

# Sent by the scheduler.
assessment-invite = 📝 وقت آن است که به چند سؤال درباره حال و وضع خود پاسخ دهید: { $title }. حدود { $minutes } دقیقه طول می‌کشد.
assessment-minutes = حدود { $minutes } دقیقه طول می‌کشد.
assessment-invite-baseline = 📝 خوش آمدید! لطفاً با چند سؤال درباره حال و وضع خود شروع کنید: { $title }. حدود { $minutes } دقیقه طول می‌کشد.
assessment-invite-exit = 📝 برنامه به‌زودی تمام می‌شود. لطفاً به چند سؤال آخر پاسخ دهید: { $title }. حدود { $minutes } دقیقه طول می‌کشد.
assessment-reminder = یادآوری: هنوز به چند سؤال پاسخ نداده‌اید: { $title }.
assessment-invite-start = الان شروع کنیم

# Staff: the participant's self-assessments, from the participant card.
staff-assessment-button = 📊 خودارزیابی
staff-assessment-title = خودارزیابی: { $name }
staff-assessment-none = هنوز پاسخی نیست.
staff-assessment-latest = { $title } · { DATETIME($at, dateStyle: "medium") }
staff-assessment-previous = دفعه قبل: { $score } از { $max }
staff-assessment-open = در انتظار پاسخ: { $title } ({ $done }/{ $total })
staff-assessment-rhythm =
    { $weeks ->
        [0] سؤال‌های کوتاه: خاموش
        [one] سؤال‌های کوتاه: هر هفته
       *[other] سؤال‌های کوتاه: هر { $weeks } هفته یک بار
    }
staff-assessment-chart = 📈 نمایش نمودار
staff-assessment-chart-caption = { $name }: { $title } در طول زمان.
staff-assessment-no-chart = هنوز پاسخی برای نمایش نیست.
staff-assessment-request = 📝 ارسال فوری سؤال‌ها
staff-assessment-ask-which = شرکت‌کننده کدام سؤال‌ها را دریافت کند؟
staff-assessment-form-full = { $title }: همه سؤال‌ها
staff-assessment-form-short = { $title }: نسخه کوتاه
staff-assessment-requested = سؤال‌ها ارسال شد.
staff-assessment-rhythm-button = 🔁 هر چند وقت
staff-assessment-ask-rhythm = شرکت‌کننده هر چند وقت یک بار سؤال‌های کوتاه دریافت کند؟
staff-assessment-every =
    { $weeks ->
        [2] هر دو هفته یک بار
        [4] هر چهار هفته یک بار
        [one] هر هفته
       *[other] هر { $weeks } هفته یک بار
    }
staff-assessment-every-off = بدون سؤال خودکار
staff-assessment-rhythm-saved = ذخیره شد.
