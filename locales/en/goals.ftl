### 📈 Goals: the programme's targets, counted live, and who counts.

goals-menu-button = 📈 Goals
goals-title = 📈 The goals of { $programme }. Tap a goal to see who counts.
goals-count = { $name }: { $counted } of { $level }
goals-share = { $name }: { $percent }% ({ $counted } of { $of }). Goal: { $level }%
goals-needed = Still needed: { $needed }
goals-met = ✅ Goal reached.
goals-on-track = 🟢 On track
goals-behind = 🟠 Behind
goals-pending = ⏳ May count soon: { $pending }
goals-target =
    { $name }
    ✅ Counts: { $counted }
    ⏳ May count soon: { $pending }
goals-nobody = None of your participants is on this list yet.
goals-person-counts = ✅ { $name }
goals-person-pending = ⏳ { $name } – { DATETIME($until, dateStyle: "medium") }
