### 📈 Goals: the programme's targets, counted live, and who counts.

goals-menu-button = 📈 ዕላማታት
goals-title = 📈 ዕላማታት { $programme }። መን ከም ዝቑጸር ንምርኣይ ዕላማ ጠውቕ።
goals-count = { $name }: { $counted } ካብ { $level }
goals-share = { $name }: { $percent }% ({ $counted } ካብ { $of })። ዕላማ: { $level }%
goals-needed = ገና ዘድሊ: { $needed }
goals-met = ✅ ዕላማ ተበጺሑ።
goals-on-track = 🟢 ኣብ መስመር
goals-behind = 🟠 ድሒሩ
goals-pending = ⏳ ቀልጢፉ ክቑጸር ዝኽእል: { $pending }
goals-target =
    { $name }
    ✅ ዝቑጸር: { $counted }
    ⏳ ቀልጢፉ ክቑጸር ዝኽእል: { $pending }
goals-nobody = ካብ ተሳተፍትኻ ሓደ እኳ ገና ኣብዚ ዝርዝር የለን።
goals-person-counts = ✅ { $name }
goals-person-pending = ⏳ { $name } – { DATETIME($until, dateStyle: "medium") }
