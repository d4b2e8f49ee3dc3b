### Questions and answers: the municipality's own answers, and a way to ask the lots.

questions-open-button = ❓ Запитання й відповіді
questions-title =
    ❓ Запитання й відповіді
    Тут відповіді на поширені запитання.
    Відповіді загальні. Ваш куратор знає, що стосується саме вас.
    Виберіть запитання.
questions-answer =
    ❓ { $question }

    { $answer }
questions-missing = Цього запитання тут більше немає. Виберіть інше запитання.
questions-ask-button = 💬 Запитати наставника про це
questions-all-button = ❓ Усі запитання
questions-asked = Дякуємо! Ваш наставник отримав ваше запитання і зв’яжеться з вами.
questions-already-asked = Ваш наставник уже отримав це запитання сьогодні.
questions-no-lots = У вас тут ще немає наставника. Візьміть запитання на наступну зустріч із працівниками.
# In an alert to the lots: a question no longer in the list, by its number.
questions-gone = запитання № { $number }
