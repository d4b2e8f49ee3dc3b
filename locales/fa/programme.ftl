### The end of the programme, the facts the report counts, and the question six months after.

programme-facts-button = 📊 اطلاعات برای گزارش
programme-end-button = 🏁 پایان برنامه
programme-facts =
    اطلاعات برای گزارش: { $name }
    جنسیت: { $gender }
    سال تولد: { $birth_year }
    وضعیت در شروع: { $entry_status }
    تحصیلات: { $education }
programme-facts-sensitive =
    معلولیت: { $disability }
    تابعیت کشوری خارج از اتحادیه اروپا: { $third_country }
programme-facts-job-started = شروع کار: { DATETIME($job_started, dateStyle: "long") }
programme-facts-running = برنامه در جریان است.
programme-facts-ended = پایان در { DATETIME($at, dateStyle: "long") }: { $exit_status }
programme-facts-follow-up = پس از شش ماه: { $follow_up }
programme-not-recorded = –
programme-saved = ذخیره شد.
programme-fact-gender = جنسیت
programme-fact-job-started = شروع کار
programme-fact-birth-year = سال تولد
programme-fact-entry-status = وضعیت در شروع
programme-fact-education = تحصیلات
programme-fact-disability = معلولیت
programme-fact-third-country = تابعیت
programme-ask-gender = جنسیت شرکت‌کننده چیست؟
programme-ask-birth-year = شرکت‌کننده در چه سالی به دنیا آمده است؟ سال را بنویسید، مثلاً 2004.
programme-ask-entry-status = شرکت‌کننده هنگام شروع برنامه چه می‌کرد؟
programme-ask-education = بالاترین تحصیلات شرکت‌کننده چیست؟
programme-ask-disability = آیا شرکت‌کننده معلولیت دارد؟
programme-ask-third-country = آیا شرکت‌کننده تبعهٔ کشوری خارج از اتحادیه اروپا است؟
programme-birth-year-bad = یک سال چهاررقمی بنویسید، مثلاً 2004.
programme-gender-woman = زن
programme-gender-man = مرد
programme-gender-non-binary = نان‌باینری
programme-gender-not-stated = نمی‌خواهد پاسخ دهد
programme-entry-status-unemployed = بیکار
programme-entry-status-long-term-unemployed = بیکار بیش از یک سال
programme-entry-status-inactive = نه کار می‌کند و نه دنبال کار است
programme-entry-status-employed = کار دارد
programme-education-isced-0-2 = مدرسهٔ پایه یا کمتر
programme-education-isced-3-4 = دبیرستان
programme-education-isced-5-8 = دانشکده یا دانشگاه
programme-disability-yes = بله
programme-disability-no = نه
programme-disability-not-stated = نمی‌خواهد پاسخ دهد
programme-third-country-yes = بله
programme-third-country-no = نه
programme-third-country-not-stated = نمی‌خواهد پاسخ دهد
programme-end-ask = { $name } پس از پایان برنامه چگونه ادامه می‌دهد؟
programme-end-confirm =
    برنامهٔ { $name } پایان یابد؟
    وضعیت در پایان: { $status }
    ربات پیگیری‌ها و تمرین‌ها را متوقف می‌کند. { $name } یک پرسشنامهٔ آخر دریافت می‌کند. شش ماه بعد ربات می‌پرسد اوضاع چطور است.
programme-end-yes = 🏁 بله، پایان بده
programme-end-already = برنامهٔ { $name } در { DATETIME($at, dateStyle: "long") } پایان یافت.
programme-ended-saved = برنامه پایان یافت. پرسشنامهٔ آخر فرستاده شد.
programme-end-again = برنامه از قبل پایان یافته بود. چیزی تغییر نکرد.
programme-ended-notice =
    برنامهٔ شما اکنون تمام شد. از زمانی که با هم بودیم سپاسگزاریم!
    برای آینده برایتان آرزوی موفقیت داریم.
programme-follow-up-ask =
    سلام! شش ماه از پایان برنامهٔ شما گذشته است.
    الان چه کار می‌کنید؟
programme-follow-up-again = دوست داریم بدانیم حال و کارتان چطور است. الان چه کار می‌کنید؟
programme-follow-up-button-working = 💼 کار می‌کنم
programme-follow-up-button-studying = 📚 درس می‌خوانم
programme-follow-up-button-looking = 🔎 دنبال کار هستم
programme-follow-up-button-other = چیز دیگری
programme-follow-up-thanks = از پاسخ شما سپاسگزاریم! موفق باشید.
programme-follow-up-done = شما قبلاً پاسخ داده‌اید. سپاسگزاریم!
programme-follow-up-working = کار می‌کند
programme-follow-up-studying = درس می‌خواند
programme-follow-up-looking = دنبال کار است
programme-follow-up-other = چیز دیگری
programme-follow-up-none = بدون پاسخ
programme-ask-job-start = { $name } چه روزی کار را شروع کرد؟ روز را انتخاب کنید.
programme-job-start-unknown = نمی‌دانم
programme-job-month-ask = ممنون! در کدام ماه کار را شروع کردید؟
programme-job-month-unknown = یادم نیست
