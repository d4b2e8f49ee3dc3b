### 📈 Goals: the programme's targets, counted live, and who counts.

goals-menu-button = 📈 الأهداف
goals-title = 📈 أهداف { $programme }. اضغط على هدف لترى من يُحتسب.
goals-count = { $name }: { $counted } من { $level }
goals-share = { $name }: { $percent }% ({ $counted } من { $of }). الهدف: { $level }%
goals-needed = المطلوب بعد: { $needed }
goals-met = ✅ تم تحقيق الهدف.
goals-on-track = 🟢 على المسار
goals-behind = 🟠 متأخر
goals-pending = ⏳ قد يُحتسب قريبًا: { $pending }
goals-target =
    { $name }
    ✅ يُحتسب: { $counted }
    ⏳ قد يُحتسب قريبًا: { $pending }
goals-nobody = لا أحد من المشاركين لديك في هذه القائمة بعد.
goals-person-counts = ✅ { $name }
goals-person-pending = ⏳ { $name } – { DATETIME($until, dateStyle: "medium") }
