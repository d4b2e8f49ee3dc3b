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
scale-agree-3 = تا اندازه‌ای درست است
scale-agree-4 = تا اندازهٔ زیاد درست است
scale-agree-5 = کاملاً درست است
scale-often-0 = هیچ وقت
scale-often-1 = به ندرت
scale-often-2 = بعضی وقت‌ها
scale-often-3 = زیاد وقت‌ها
scale-often-4 = اکثر وقت‌ها
scale-often-5 = همیشه

assessment-home = در اینجا به سوال‌هایی در بارهٔ احوال خود جواب می‌دهید. رهنمای شما جواب‌های شما را می‌بیند.
assessment-open-button = ▶️ { $title } ({ $done }/{ $total })
assessment-self-button = 📝 { $title }
assessment-results-button = 📊 نتایج من
assessment-results-title = کدام نتیجه را می‌خواهید ببینید؟
assessment-results-item = { $title } · { DATETIME($at, dateStyle: "medium") }

assessment-intro =
    { $title }
    { $count } سوال. تقریباً { $minutes } دقیقه وقت می‌گیرد.
    جواب درست یا غلط وجود ندارد.
    رهنمای شما جواب‌های شما را می‌بیند.
assessment-intro-recall = به { $days } روز گذشته فکر کنید.
assessment-intro-themes = سوال‌ها { $themes } بخش دارد. بعد از هر بخش می‌توانید استراحت کنید.
assessment-intro-optional = خود شما انتخاب می‌کنید که جواب بدهید یا نه.
assessment-begin = شروع کنیم
assessment-decline = نخیر، تشکر
assessment-later = ⏸ بعداً ادامه می‌دهم
assessment-skip = تیر شدن ⏮

assessment-item-head = { $theme } · سوال { $number } از { $total }
assessment-item-answered = جواب شما: { $answer }
assessment-theme-done = ✅ خلاص شد: { $theme }. شما { $done } بخش از { $total } بخش را تمام کرده‌اید.
assessment-next-theme = بخش بعدی: { $upcoming }

assessment-result-title = تشکر! نتیجهٔ شما در { $title }:
assessment-result-line = { $number }. { $theme }: { $band } ({ $score } از { $max })
assessment-result-few = { $number }. { $theme }: جواب‌ها کافی نیست
assessment-result-total = در کل: { $band } ({ $score } از { $max })
assessment-band-low = فعلاً سخت است
assessment-band-mid = نسبتاً خوب است
assessment-band-high = خوب است
assessment-chart-caption = { $title }: جواب‌های شما در طول زمان. نوار درازتر یعنی بهتر.
assessment-chart-shown = در مجموع { $count } دفعه. اینجا دفعهٔ اول، دفعهٔ قبلی و دفعهٔ آخر را می‌بینید.
assessment-talk = 💬 می‌خواهم در این باره با رهنمای خود صحبت کنم
assessment-talk-sent = رهنمای شما خبر می‌شود که می‌خواهید صحبت کنید.

assessment-saved = جواب‌های شما ثبت شد. هر وقت خواستید، در بخش «خودارزیابی» ادامه بدهید.
assessment-declined = خوب. اگر خواستید، بعداً می‌توانید جواب بدهید.
assessment-old-question = به این سوال قبلاً جواب داده‌اید. سوال فعلی شما این است.
assessment-gone = این سوال‌ها دیگر وجود ندارد.
assessment-already-done = شما قبلاً به این سوال‌ها جواب داده‌اید. تشکر!

# Sent by the scheduler.
assessment-invite = 📝 وقت آن است که به چند سوال در بارهٔ احوال خود جواب بدهید: { $title }. تقریباً { $minutes } دقیقه وقت می‌گیرد.
assessment-minutes = تقریباً { $minutes } دقیقه وقت می‌گیرد.
assessment-invite-baseline = 📝 خوش آمدید! لطفاً با چند سوال در بارهٔ احوال خود شروع کنید: { $title }. تقریباً { $minutes } دقیقه وقت می‌گیرد.
assessment-invite-exit = 📝 برنامه به زودی ختم می‌شود. لطفاً به چند سوال آخر جواب بدهید: { $title }. تقریباً { $minutes } دقیقه وقت می‌گیرد.
assessment-reminder = یادآوری: هنوز به چند سوال جواب نداده‌اید: { $title }.
assessment-invite-start = حالا شروع کنیم

# Staff: the participant's self-assessments, from the participant card.
staff-assessment-button = 📊 خودارزیابی
staff-assessment-title = خودارزیابی: { $name }
staff-assessment-none = هنوز جوابی نیست.
staff-assessment-latest = { $title } · { DATETIME($at, dateStyle: "medium") }
staff-assessment-previous = دفعهٔ گذشته: { $score } از { $max }
staff-assessment-open = منتظر جواب: { $title } ({ $done }/{ $total })
staff-assessment-rhythm =
    { $weeks ->
        [0] سوال‌های کوتاه: خاموش
        [one] سوال‌های کوتاه: هر هفته
       *[other] سوال‌های کوتاه: هر { $weeks } هفته یک بار
    }
staff-assessment-chart = 📈 نشان دادن چارت
staff-assessment-chart-caption = { $name }: { $title } در طول زمان.
staff-assessment-no-chart = هنوز جوابی برای نشان دادن نیست.
staff-assessment-request = 📝 روان کردن فوری سوال‌ها
staff-assessment-ask-which = اشتراک‌کننده کدام سوال‌ها را بگیرد؟
staff-assessment-form-full = { $title }: همه سوال‌ها
staff-assessment-form-short = { $title }: نسخهٔ کوتاه
staff-assessment-requested = سوال‌ها روان شد.
staff-assessment-rhythm-button = 🔁 هر چند وقت
staff-assessment-ask-rhythm = اشتراک‌کننده هر چند وقت یک بار سوال‌های کوتاه بگیرد؟
staff-assessment-every =
    { $weeks ->
        [2] هر دو هفته یک بار
        [4] هر چهار هفته یک بار
        [one] هر هفته
       *[other] هر { $weeks } هفته یک بار
    }
staff-assessment-every-off = بدون سوال خودکار
staff-assessment-rhythm-saved = ثبت شد.
