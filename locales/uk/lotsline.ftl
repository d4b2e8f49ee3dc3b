### The line to the own lots: 📞 My lots, messages by voice, photo or text, and answers.

lotsline-menu-button = 📞 Мій наставник
lotsline-none = Зараз у вас немає наставника.
lotsline-home = 📞 Ваш наставник — { $name }.
lotsline-hours =
    { $name } працює:
    { $schedule }
# One weekday of the lots's hours, e.g. "Monday: 09:00–12:00, 13:00–15:00".
lotsline-hours-day = { $day }: { $times }
lotsline-hours-time = { $start }–{ $end }
lotsline-write-button = 🎙 Написати або записати
lotsline-book-button = 📅 Записатися на зустріч
lotsline-call-button = 📞 Подзвонити: { $name }
lotsline-write =
    Напишіть: { $name }.
    Або запишіть голосове повідомлення 🎙.
    Ви також можете надіслати фото.
lotsline-sent = ✅ Надіслано. Ваш наставник отримає повідомлення.
lotsline-forwarded = Це від іншої людини. Напишіть або запишіть самі.
lotsline-too-long =
    Запис задовгий. { $minutes ->
        [one] Не більше { $minutes } хвилини.
        [few] Не більше { $minutes } хвилин.
        [many] Не більше { $minutes } хвилин.
       *[other] Не більше { $minutes } хвилини.
    }
lotsline-sticker = Я не можу надіслати наліпку. Напишіть або запишіть.
lotsline-offer = Надіслати це вашому наставнику?
lotsline-offer-button = 📨 Надіслати наставнику

# To staff.
lotsline-gone = Цього повідомлення більше немає.
lotsline-thread = 💬 { $name } і ви. Натисніть на повідомлення, щоб побачити або почути його.
lotsline-thread-empty = 💬 { $name } і ви. Повідомлень ще немає.
lotsline-item =
    { $who ->
        [lots] ↩️ Ви
       *[participant] { $name }
    } · { $kind ->
        [voice] 🎙
        [video_note] 📹
        [audio] 🎵
        [photo] 🖼
       *[text] 💬
    } · { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
lotsline-play-button = ▶️ Відтворити
lotsline-reply-button = ↩️ Відповісти
lotsline-card-button = 💬 Повідомлення ({ $line })
lotsline-reply =
    Напишіть відповідь: { $name }.
    Або запишіть голосове повідомлення 🎙.
lotsline-answer-queued = ✅ Надіслано. { $name } скоро отримає відповідь.
lotsline-answer-held = ⏸ { $name } призупиняє повідомлення. Відповідь прийде, коли пауза закінчиться.
lotsline-answer-stopped = ⛔ { $name } зупиняє всі повідомлення. Відповідь не надіслано.

# To the participant: the lots's answer.
lotsline-answer-text =
    💬 { $name }, ваш наставник:
    { $text }
lotsline-answer-voice = 🎙 { $name }, ваш наставник
lotsline-answer-back = ↩️ Відповісти

# A lots's work number.
lotsline-phone-button = 📞 Мій робочий номер
lotsline-phone-now = Учасники можуть дзвонити вам на { $phone }.
lotsline-phone-none = Учасники не бачать вашого номера.
lotsline-phone-ask = Напишіть свій робочий номер. Тоді учасники зможуть подзвонити вам одним дотиком.
lotsline-phone-hide = 🚫 Не показувати номер
lotsline-phone-saved = Збережено. Учасники можуть дзвонити на ваш робочий номер.
lotsline-phone-hidden = Готово. Учасники не бачать номера.
lotsline-phone-bad = Це не схоже на номер телефону. Напишіть, наприклад, 070-123 45 67.
