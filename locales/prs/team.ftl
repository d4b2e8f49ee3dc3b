### Admins manage the staff: caseloads, moves, and who has access.

menu-staff-team = 👥 کارمندان
team-unnamed = کارمند نمبر { $number }
team-title =
    { $count ->
        [0] هنوز کارمندی نیست.
        [one] کارمندان ({ $count }). یک نفر را انتخاب کنید:
       *[other] کارمندان ({ $count }). یک نفر را انتخاب کنید:
    }
team-row =
    { $count ->
        [0] { $name } · بدون اشتراک‌کننده
        [one] { $name } · { $count } اشتراک‌کننده
       *[other] { $name } · { $count } اشتراک‌کننده
    }
team-member =
    { $name }
    { $count ->
        [0] بدون اشتراک‌کننده.
        [one] { $count } اشتراک‌کننده.
       *[other] { $count } اشتراک‌کننده.
    }
team-configured-admin = مدیر سیستم مطابق تنظیمات. اینجا غیرفعال شده نمی‌تواند.
team-move-button = ⬅️ انتقال همهٔ اشتراک‌کنندگان
team-deactivate-button = 🚫 غیرفعال کردن
team-pick-target = کی اشتراک‌کنندگان { $name } را به دوش می‌گیرد؟
team-no-target = کارمند دیگری نیست. اول یک همکار را دعوت کنید.
team-confirm =
    { $question ->
        [move] { $count } اشتراک‌کننده از { $name } به { $target } انتقال شوند؟
        [move-deactivate] { $count } اشتراک‌کننده از { $name } به { $target } انتقال شوند و { $name } غیرفعال شود؟
       *[deactivate] { $name } غیرفعال شود؟ بعد از آن از Lotsen استفاده کرده نمی‌تواند.
    }
team-yes = ✅ بلی
team-moved = اشتراک‌کنندگان انتقال شدند. به رهنمای جدیدشان خبر داده شد.
team-deactivated = خلاص شد. همکار دیگر دسترسی ندارد.
team-refused = نشد. دوباره کوشش کنید.
team-refused-participants = اول اشتراک‌کنندگان را انتقال دهید.
team-refused-configured = مدیر سیستمِ تنظیمات اینجا غیرفعال شده نمی‌تواند.
team-refused-self = خود را غیرفعال کرده نمی‌توانید.
team-gone = این شخص دیگر در لست نیست.
team-away-button = 🔁 غیرفعال‌شده‌ها ({ $away })
team-away-title = غیرفعال‌شده‌ها. بالای یک نفر بزنید تا دوباره دسترسی بگیرد.
team-reactivate-ask = دسترسی { $name } دوباره فعال شود؟ تا وقتی اشتراک‌کننده‌ای به او انتقال ندهید، اشتراک‌کننده‌ای ندارد.
team-reactivated = خلاص شد. همکار دوباره دسترسی دارد.
team-participant-moved = { $name } حالا اشتراک‌کنندهٔ شماست.

# A participant's card: an admin gives them another lots.
staff-lots-button = 🔁 تبدیل رهنما
staff-lots-pick = رهنمای جدید { $name } کی باشد؟ حالا: { $current }.
staff-lots-confirm = { $name } از { $current } به { $target } انتقال شود؟
staff-lots-moved = خلاص شد. به رهنمای جدید خبر داده شد.

# An admin sets the name participants see for a staff member.
team-rename-button = ✏️ تبدیل نام
team-rename-ask =
    نام فعلی: { $name }.
    نام نو را بنویسید.
team-renamed = ذخیره شد. نام حالا { $name } است.
