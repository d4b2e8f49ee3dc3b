### End of programme: my own view at the end of the programme.
# No gendered forms (готовий/готова, past tense of "я"): the statements fit every participant.

avslut-title = Завершення програми
avslut-theme-exit = Коли програма закінчується
avslut-ready = Я відчуваю готовність і впевненість, щоб почати працювати.
avslut-physical = У мене добре фізичне здоров’я.
avslut-mental = У мене добре психічне здоров’я.
avslut-support = Мені надали підтримку, яка мені підходить.
avslut-chances = Мої шанси знайти роботу або вступити на навчання стали кращими.
