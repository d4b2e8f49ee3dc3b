### 📈 Goals: the programme's targets, counted live, and who counts.

goals-menu-button = 📈 Mål
goals-title = 📈 Målen för { $programme }. Tryck på ett mål för att se vem som räknas.
goals-count = { $name }: { $counted } av { $level }
goals-share = { $name }: { $percent } % ({ $counted } av { $of }). Målet: { $level } %
goals-needed = Behövs till: { $needed }
goals-met = ✅ Målet är nått.
goals-on-track = 🟢 I fas
goals-behind = 🟠 Efter planen
goals-pending = ⏳ Kan räknas snart: { $pending }
goals-target =
    { $name }
    ✅ Räknas: { $counted }
    ⏳ Kan räknas snart: { $pending }
goals-nobody = Ingen av dina deltagare finns med här än.
goals-person-counts = ✅ { $name }
goals-person-pending = ⏳ { $name } – { DATETIME($until, dateStyle: "medium") }
