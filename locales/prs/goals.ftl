### 📈 Goals: the programme's targets, counted live, and who counts.

goals-menu-button = 📈 اهداف
goals-title = 📈 اهداف { $programme }. بالای یک هدف بزنید تا ببینید کی حساب می‌شود.
goals-count = { $name }: { $counted } از { $level }
goals-share = { $name }: { $percent }٪ ({ $counted } از { $of }). هدف: { $level }٪
goals-needed = هنوز ضرور: { $needed }
goals-met = ✅ به هدف رسیدیم.
goals-on-track = 🟢 در مسیر
goals-behind = 🟠 عقب
goals-pending = ⏳ به زودی حساب می‌شود: { $pending }
goals-target =
    { $name }
    ✅ حساب می‌شود: { $counted }
    ⏳ به زودی حساب می‌شود: { $pending }
goals-nobody = هنوز هیچ کدام از اشتراک‌کنندگان شما در این لست نیست.
goals-person-counts = ✅ { $name }
goals-person-pending = ⏳ { $name } – { DATETIME($until, dateStyle: "medium") }
