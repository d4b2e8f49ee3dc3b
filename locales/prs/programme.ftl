### The end of the programme, the facts the report counts, and the question six months after.

programme-facts-button = 📊 معلومات برای راپور
programme-end-button = 🏁 ختم برنامه
programme-facts =
    معلومات برای راپور: { $name }
    جنسیت: { $gender }
    سال تولد: { $birth_year }
    وضعیت در شروع: { $entry_status }
    تحصیلات: { $education }
programme-facts-sensitive =
    معلولیت: { $disability }
    تابعیت کشوری بیرون از اتحادیه اروپا: { $third_country }
programme-facts-job-started = شروع کار: { DATETIME($job_started, dateStyle: "long") }
programme-facts-running = برنامه جریان دارد.
programme-facts-ended = ختم شد در { DATETIME($at, dateStyle: "long") }: { $exit_status }
programme-facts-follow-up = بعد از شش ماه: { $follow_up }
programme-not-recorded = –
programme-saved = ثبت شد.
programme-fact-gender = جنسیت
programme-fact-job-started = شروع کار
programme-fact-birth-year = سال تولد
programme-fact-entry-status = وضعیت در شروع
programme-fact-education = تحصیلات
programme-fact-disability = معلولیت
programme-fact-third-country = تابعیت
programme-ask-gender = جنسیت اشتراک‌کننده چیست؟
programme-ask-birth-year = اشتراک‌کننده در کدام سال تولد شده است؟ سال را بنویسید، مثلاً 2004.
programme-ask-entry-status = اشتراک‌کننده وقتی برنامه شروع شد چه می‌کرد؟
programme-ask-education = بلندترین تحصیلات اشتراک‌کننده چیست؟
programme-ask-disability = آیا اشتراک‌کننده معلولیت دارد؟
programme-ask-third-country = آیا اشتراک‌کننده تبعهٔ کشوری بیرون از اتحادیه اروپا است؟
programme-birth-year-bad = یک سال چهار رقمی بنویسید، مثلاً 2004.
programme-gender-woman = زن
programme-gender-man = مرد
programme-gender-non-binary = نان‌باینری
programme-gender-not-stated = نمی‌خواهد جواب بدهد
programme-entry-status-unemployed = بیکار
programme-entry-status-long-term-unemployed = بیکار بیشتر از یک سال
programme-entry-status-inactive = نه کار می‌کند و نه پشت کار است
programme-entry-status-employed = کار دارد
programme-education-isced-0-2 = مکتب ابتدایی یا کمتر
programme-education-isced-3-4 = لیسه
programme-education-isced-5-8 = پوهنځی یا پوهنتون
programme-disability-yes = بلی
programme-disability-no = نخیر
programme-disability-not-stated = نمی‌خواهد جواب بدهد
programme-third-country-yes = بلی
programme-third-country-no = نخیر
programme-third-country-not-stated = نمی‌خواهد جواب بدهد
programme-end-ask = { $name } بعد از ختم برنامه چطور ادامه می‌دهد؟
programme-end-confirm =
    برنامهٔ { $name } ختم شود؟
    وضعیت در ختم: { $status }
    ربات احوال‌پرسی‌ها و تمرین‌ها را بند می‌کند. { $name } یک پرسشنامهٔ آخر می‌گیرد. شش ماه بعد ربات می‌پرسد که کارها چطور است.
programme-end-yes = 🏁 بلی، ختم شود
programme-end-already = برنامهٔ { $name } در { DATETIME($at, dateStyle: "long") } ختم شد.
programme-ended-saved = برنامه ختم شد. پرسشنامهٔ آخر فرستاده شد.
programme-end-again = برنامه از پیش ختم شده بود. چیزی تغییر نکرد.
programme-ended-notice =
    برنامهٔ شما حالا ختم شد. تشکر از وقتی که با هم بودیم!
    برای آینده برایتان کامیابی آرزو داریم.
programme-follow-up-ask =
    سلام! شش ماه از ختم برنامهٔ شما گذشته است.
    حالا چه کار می‌کنید؟
programme-follow-up-again = می‌خواهیم بدانیم کارهای شما چطور پیش می‌رود. حالا چه کار می‌کنید؟
programme-follow-up-button-working = 💼 کار می‌کنم
programme-follow-up-button-studying = 📚 درس می‌خوانم
programme-follow-up-button-looking = 🔎 پشت کار هستم
programme-follow-up-button-other = چیز دیگر
programme-follow-up-thanks = تشکر از جواب شما! کامیاب باشید.
programme-follow-up-done = شما قبلاً جواب داده‌اید. تشکر!
programme-follow-up-working = کار می‌کند
programme-follow-up-studying = درس می‌خواند
programme-follow-up-looking = پشت کار است
programme-follow-up-other = چیز دیگر
programme-follow-up-none = بدون جواب
programme-ask-job-start = { $name } کدام روز کار را شروع کرد؟ روز را انتخاب کنید.
programme-job-start-unknown = نمی‌دانم
programme-job-month-ask = تشکر! در کدام ماه کار را شروع کردید؟
programme-job-month-unknown = یادم نیست
