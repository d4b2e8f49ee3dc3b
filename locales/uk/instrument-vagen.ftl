### The way to work: how ready I feel for work. One statement a screen; the scale says how well it fits.
# No gendered forms (готовий/готова, сам/сама, past tense): the statements fit every participant.

vagen-title = Шлях до роботи
vagen-theme-health = Здоров’я і сили
vagen-theme-routines = Щоденне життя і розпорядок
vagen-theme-language = Мова і спілкування
vagen-theme-skills = Знання і досвід
vagen-theme-social = Підтримка від інших
vagen-theme-motivation = Бажання і віра в себе
vagen-theme-practical = Практичні справи

vagen-health-1 = Моє здоров’я дозволяє мені працювати.
vagen-health-2 = Мені вистачає сил на цілий активний день.
vagen-health-3 = Я сплю достатньо, щоб мати сили.
vagen-health-4 = Я знаю, що можу зробити, коли мені погано.
vagen-health-5 = Я можу отримати медичну допомогу, коли вона потрібна.
vagen-health-6 = Я можу стояти і ходити більшу частину дня.
vagen-health-7 = Я можу впоратися з хвилюванням і стресом.

vagen-routines-1 = У мене є чіткий розпорядок дня.
vagen-routines-2 = Вранці я встаю вчасно.
vagen-routines-3 = Я приходжу на зустрічі вчасно.
vagen-routines-4 = Я планую свій тиждень.
vagen-routines-5 = Я стежу за своїми листами і документами.
vagen-routines-6 = Я можу без допомоги знайти дорогу до нового місця.
vagen-routines-7 = Я виконую свої обіцянки.

vagen-language-1 = Моєї шведської мови вистачає для роботи.
vagen-language-2 = Я розумію, коли мені пояснюють завдання шведською.
vagen-language-3 = Я питаю, коли чогось не розумію.
vagen-language-4 = Я можу говорити шведською по телефону.
vagen-language-5 = Я можу читати прості тексти шведською, наприклад розклад.
vagen-language-6 = Я можу написати коротке повідомлення шведською.
vagen-language-7 = Я можу шукати інформацію в телефоні або на комп’ютері.

vagen-skills-1 = Я знаю, що в мене добре виходить.
vagen-skills-2 = У мене є досвід, який знадобиться на роботі.
vagen-skills-3 = Я можу розповісти роботодавцю про свій досвід.
vagen-skills-4 = Я знаю, яка робота мені підходить.
vagen-skills-5 = Я знаю, яке навчання може мені допомогти.
vagen-skills-6 = Я можу навчитися новим завданням.
vagen-skills-7 = У мене є резюме, або я знаю, як його написати.

vagen-social-1 = У мене є люди, які мене підтримують.
vagen-social-2 = У мене є з ким поговорити, коли важко.
vagen-social-3 = Мої близькі вважають, що це добре, коли я працюю або навчаюся.
vagen-social-4 = Я щотижня зустрічаюся з іншими людьми.
vagen-social-5 = Мені подобається працювати разом з іншими.
vagen-social-6 = Я знаю, куди звернутися по допомогу.
vagen-social-7 = Я знаю когось, хто має роботу.

vagen-motivation-1 = Я хочу працювати або почати навчання.
vagen-motivation-2 = Я вірю, що можу знайти роботу.
vagen-motivation-3 = У мене є мета на найближчі місяці.
vagen-motivation-4 = Я знаю, що робити, щоб досягти своєї мети.
vagen-motivation-5 = Я не боюся пробувати нове.
vagen-motivation-6 = Я не здаюся, коли щось важко.
vagen-motivation-7 = Я вірю в себе.

vagen-practical-1 = Практичні справи не заважають мені працювати.
vagen-practical-2 = Я можу дістатися до місця роботи, наприклад автобусом.
vagen-practical-3 = Є хтось, хто доглядає моїх дітей, або мені це не потрібно.
vagen-practical-4 = Мені вистачає грошей, щоб щось планувати.
vagen-practical-5 = У мене є безпечне житло.
vagen-practical-6 = У мене є документи, потрібні для роботи.
vagen-practical-7 = Я можу працювати в ті години, які потрібні на роботі.
