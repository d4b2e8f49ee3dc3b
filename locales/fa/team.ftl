### Admins manage the staff: caseloads, moves, and who has access.

menu-staff-team = 👥 کارکنان
team-unnamed = کارمند شماره { $number }
team-title =
    { $count ->
        [0] هنوز کارمندی نیست.
        [one] کارکنان ({ $count }). یک نفر را انتخاب کنید:
       *[other] کارکنان ({ $count }). یک نفر را انتخاب کنید:
    }
team-row =
    { $count ->
        [0] { $name } · بدون شرکت‌کننده
        [one] { $name } · { $count } شرکت‌کننده
       *[other] { $name } · { $count } شرکت‌کننده
    }
team-member =
    { $name }
    { $count ->
        [0] بدون شرکت‌کننده.
        [one] { $count } شرکت‌کننده.
       *[other] { $count } شرکت‌کننده.
    }
team-configured-admin = مدیر سیستم طبق تنظیمات. اینجا نمی‌توان او را غیرفعال کرد.
team-move-button = ⬅️ انتقال همه شرکت‌کنندگان
team-deactivate-button = 🚫 غیرفعال کردن
team-pick-target = چه کسی شرکت‌کنندگان { $name } را به عهده می‌گیرد؟
team-no-target = کارمند دیگری نیست. اول یک همکار را دعوت کنید.
team-confirm =
    { $question ->
        [move] { $count } شرکت‌کننده از { $name } به { $target } منتقل شوند؟
        [move-deactivate] { $count } شرکت‌کننده از { $name } به { $target } منتقل شوند و { $name } غیرفعال شود؟
       *[deactivate] { $name } غیرفعال شود؟ بعد از آن نمی‌تواند از Lotsen استفاده کند.
    }
team-yes = ✅ بله
team-moved = شرکت‌کنندگان منتقل شدند. به راهنمای جدیدشان خبر داده شد.
team-deactivated = انجام شد. همکار دیگر دسترسی ندارد.
team-refused = انجام نشد. دوباره امتحان کنید.
team-refused-participants = اول شرکت‌کنندگان را منتقل کنید.
team-refused-configured = مدیر سیستمِ تنظیمات را اینجا نمی‌توان غیرفعال کرد.
team-refused-self = نمی‌توانید خودتان را غیرفعال کنید.
team-gone = این شخص دیگر در فهرست نیست.
team-away-button = 🔁 غیرفعال‌شده‌ها ({ $away })
team-away-title = غیرفعال‌شده‌ها. روی یک نفر بزنید تا دوباره دسترسی بگیرد.
team-reactivate-ask = دسترسی { $name } دوباره فعال شود؟ تا وقتی شرکت‌کننده‌ای به او منتقل نکنید، شرکت‌کننده‌ای ندارد.
team-reactivated = انجام شد. همکار دوباره دسترسی دارد.
team-participant-moved = { $name } اکنون شرکت‌کننده شماست.

# A participant's card: an admin gives them another lots.
staff-lots-button = 🔁 تغییر راهنما
staff-lots-pick = راهنمای جدید { $name } چه کسی باشد؟ اکنون: { $current }.
staff-lots-confirm = { $name } از { $current } به { $target } منتقل شود؟
staff-lots-moved = انجام شد. به راهنمای جدید خبر داده شد.

# An admin sets the name participants see for a staff member.
team-rename-button = ✏️ تغییر نام
team-rename-ask =
    نام فعلی: { $name }.
    نام تازه را بنویسید.
team-renamed = ذخیره شد. نام حالا { $name } است.
