### Check-ins (avstämningar): how the week has been, and whether help is needed.

checkin-prompt = Вітаю! Як минув ваш тиждень?
checkin-prompt-named = Вітаю, { $name }! Як минув ваш тиждень?
checkin-reminder = Ми не отримали від вас відповіді. Як минув ваш тиждень? Натисніть кнопку.
checkin-mood-5 = 😄 Дуже добре
checkin-mood-4 = 🙂 Добре
checkin-mood-3 = 😐 Нормально
checkin-mood-2 = 🙁 Погано
checkin-mood-1 = 😞 Дуже погано
checkin-ask-help = Дякуємо! Вам потрібна допомога?
checkin-help-no = Ні, все добре
checkin-help-contact = Так, зв’яжіться зі мною
checkin-help-message = Написати наставнику
checkin-write-message =
    Напишіть повідомлення своєму наставнику.
    Або запишіть голосове повідомлення 🎙. Можна також надіслати фото.
# "не більше" takes the genitive: 1 символу, 21 символу, but 2, 5, 64 символів.
checkin-message-too-long = Повідомлення задовге. Напишіть не більше { $max ->
        [one] { $max } символу
        [few] { $max } символів
        [many] { $max } символів
       *[other] { $max } символів
    }.
checkin-thanks = Дякуємо за відповідь!
checkin-thanks-contact = Дякуємо! Ваш наставник зв’яжеться з вами.
checkin-thanks-message = Дякуємо! Ваш наставник отримав ваше повідомлення.
checkin-already-answered = Ви вже відповіли. Дякуємо!
# "{ $name } пише:" keeps the name in the nominative and shows no gender.
checkin-message-to-staff =
    💬 { $name } пише:
    { $message }

# Pause: "I'm sick or away".
pause-ask = На скільки днів призупинити повідомлення?
pause-days =
    { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
pause-saved = Призупинено. Ви не отримуватимете повідомлень до { DATETIME($until, dateStyle: "long") } включно.
pause-status = ⏸ Повідомлення призупинено до { DATETIME($until, dateStyle: "long") } включно.
pause-resumed = З поверненням! Тепер ви знову отримуєте повідомлення.
