### 📈 Goals: the programme's targets, counted live, and who counts.

goals-menu-button = 📈 Цілі
goals-title = 📈 Цілі програми { $programme }. Натисніть на ціль, щоб побачити, хто зараховується.
goals-count = { $name }: { $counted } з { $level }
goals-share = { $name }: { $percent }% ({ $counted } з { $of }). Ціль: { $level }%
goals-needed = Ще потрібно: { $needed }
goals-met = ✅ Ціль досягнуто.
goals-on-track = 🟢 За планом
goals-behind = 🟠 Відстає
goals-pending = ⏳ Незабаром може зарахуватися: { $pending }
goals-target =
    { $name }
    ✅ Зараховується: { $counted }
    ⏳ Незабаром може зарахуватися: { $pending }
goals-nobody = Поки що нікого з ваших учасників немає в цьому списку.
goals-person-counts = ✅ { $name }
goals-person-pending = ⏳ { $name } – { DATETIME($until, dateStyle: "medium") }
