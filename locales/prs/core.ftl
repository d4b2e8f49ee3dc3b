### Shared texts: errors, unexpected input, buttons and commands.

# The language's own name, shown on the language buttons.
language-name = دری

core-error = یک مشکل پیش آمد. لطفاً بعد از چند لحظه دوباره کوشش کنید.
core-unexpected-input = این را نفهمیدم. لطفاً یک دکمه را فشار دهید.
core-unexpected-input-type = این را خوانده نمی‌توانم. لطفاً با حروف بنویسید یا یک دکمه را فشار دهید.
core-old-button = این دکمه کهنه است. مینو اینجاست.
core-throttled = شما پیام‌های زیاد روان می‌کنید. لطفاً چند لحظه صبر کنید.
core-not-allowed = این کار در اینجا برای شما ممکن نیست.
core-cancelled = خوب. دوباره در مینو هستید.
core-unknown-command = این دستور را نمی‌شناسم. برای کمک، /help را بنویسید.
core-text-too-long = متن بسیار طولانی است. بیشتر از { $max } حرف ننویسید.
# A limit on a text's length, as its own sentence.
core-max-chars = حد اکثر { $max } حرف.

core-button-back = ▶️ برگشت
core-button-menu = 🏠 مینو
core-button-cancel = لغو

# Bot commands in Telegram's menu. Short: at most a few words.
command-menu = نشان دادن مینو
command-help = کمک
command-language = تبدیل زبان
command-privacy = در بارهٔ معلومات شما
command-cancel = لغو و رفتن به مینو
command-settings = تنظیمات

help-participant =
    طریقهٔ استفاده از Lotsen:
    دکمه‌های زیر پیام‌ها را فشار دهید.
    دستور /menu مینو را نشان می‌دهد.
    دستور /cancel شما را به مینو برمی‌گرداند.
    دستور /settings تنظیمات شما را نشان می‌دهد.
    دستور /language زبان را تبدیل می‌کند.
    دستور /privacy نشان می‌دهد که ما در بارهٔ شما چه چیزها را نگه می‌داریم.
    سوال دارید؟ با رهنمای خود (lots) صحبت کنید.
help-staff =
    استفاده از Lotsen برای کارمندان:
    دستور /menu مینوی کارمندان را نشان می‌دهد.
    از /menu و بعد 🗂 بیشتر می‌توانید اشتراک‌کنندگان را دعوت کنید.
    دستور /cancel شما را به مینو برمی‌گرداند.
    دستور /settings تنظیمات شما را نشان می‌دهد.
    دستور /language زبان را تبدیل می‌کند.
    دستور /privacy نشان می‌دهد که چه چیزها نگه داشته می‌شود.
core-stale-button = این دکمه در اینجا کار نمی‌کند. لطفاً یکی از دکمه‌های پایین را فشار دهید.
core-no-access = شما دیگر به Lotsen دسترسی ندارید. اگر فکر می‌کنید اشتباه شده، با مدیر سیستم گپ بزنید.
core-page = صفحهٔ { $page } از { $pages }
core-page-previous = ▶️ قبلی
core-page-next = بعدی ◀️
# A staff member who has given no name yet (never called a participant).
core-staff-unnamed = رهنمای نمبر { $number }
# The month before and after, on the calendar's arrows.
core-calendar-previous = ▶️ { $month }
core-calendar-next = { $month } ◀️
