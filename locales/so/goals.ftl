### 📈 Goals: the programme's targets, counted live, and who counts.

goals-menu-button = 📈 Yoolal
goals-title = 📈 Yoolasha { $programme }. Riix yool si aad u aragto cidda la tiriyo.
goals-count = { $name }: { $counted } ka mid ah { $level }
goals-share = { $name }: { $percent }% ({ $counted } ka mid ah { $of }). Yoolka: { $level }%
goals-needed = Weli loo baahan yahay: { $needed }
goals-met = ✅ Yoolka waa la gaadhay.
goals-on-track = 🟢 Waddada saxda ah
goals-behind = 🟠 Dib ayuu uga dambeeyaa
goals-pending = ⏳ Dhowaan waa la tirin karaa: { $pending }
goals-target =
    { $name }
    ✅ Waa la tiriyaa: { $counted }
    ⏳ Dhowaan waa la tirin karaa: { $pending }
goals-nobody = Ma jiro ka-qaybgale kaaga ah oo liiskan ku jira weli.
goals-person-counts = ✅ { $name }
goals-person-pending = ⏳ { $name } – { DATETIME($until, dateStyle: "medium") }
