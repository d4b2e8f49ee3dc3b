### Shared texts: errors, unexpected input, buttons and commands.

# The language's own name, shown on the language buttons.
language-name = فارسی

core-error = مشکلی پیش آمد. لطفاً کمی بعد دوباره امتحان کنید.
core-unexpected-input = متوجه نشدم. لطفاً یک دکمه را بزنید.
core-unexpected-input-type = نمی‌توانم این را بخوانم. لطفاً با حروف بنویسید یا یک دکمه را بزنید.
core-old-button = این دکمه قدیمی است. منو اینجاست.
core-throttled = شما پیام‌های زیادی می‌فرستید. لطفاً کمی صبر کنید.
core-not-allowed = این کار اینجا برای شما ممکن نیست.
core-cancelled = باشه. به منو برگشتید.
core-unknown-command = این فرمان را نمی‌شناسم. برای کمک، /help را بنویسید.
core-text-too-long = متن خیلی طولانی است. حداکثر { $max } حرف بنویسید.
# A limit on a text's length, as its own sentence.
core-max-chars = حداکثر { $max } حرف.

core-button-back = ▶️ بازگشت
core-button-menu = 🏠 منو
core-button-cancel = لغو

# Bot commands in Telegram's menu. Short: at most a few words.
command-menu = نمایش منو
command-help = کمک
command-language = تغییر زبان
command-privacy = درباره اطلاعات شما
command-cancel = لغو و رفتن به منو
command-settings = تنظیمات

help-participant =
    طرز استفاده از Lotsen:
    دکمه‌های زیر پیام‌ها را بزنید.
    فرمان /menu منو را نشان می‌دهد.
    فرمان /cancel شما را به منو برمی‌گرداند.
    فرمان /settings تنظیمات شما را نشان می‌دهد.
    فرمان /language زبان را تغییر می‌دهد.
    فرمان /privacy نشان می‌دهد چه چیزهایی درباره شما ذخیره می‌کنیم.
    سؤالی دارید؟ با راهنمای خود (lots) صحبت کنید.
help-staff =
    استفاده از Lotsen برای کارکنان:
    فرمان /menu منوی کارکنان را نشان می‌دهد.
    از /menu و سپس 🗂 بیشتر می‌توانید از شرکت‌کنندگان دعوت کنید.
    فرمان /cancel شما را به منو برمی‌گرداند.
    فرمان /settings تنظیمات شما را نشان می‌دهد.
    فرمان /language زبان را تغییر می‌دهد.
    فرمان /privacy نشان می‌دهد چه چیزهایی ذخیره می‌شود.
core-stale-button = این دکمه اینجا کار نمی‌کند. لطفاً یکی از دکمه‌های پایین را بزنید.
core-no-access = شما دیگر به Lotsen دسترسی ندارید. اگر فکر می‌کنید اشتباه شده، با مدیر سیستم صحبت کنید.
core-page = صفحه { $page } از { $pages }
core-page-previous = ▶️ قبلی
core-page-next = بعدی ◀️
# A staff member who has given no name yet (never called a participant).
core-staff-unnamed = راهنمای شماره { $number }
# The month before and after, on the calendar's arrows.
core-calendar-previous = ▶️ { $month }
core-calendar-next = { $month } ◀️
