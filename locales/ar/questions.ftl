### Questions and answers: the municipality's own answers, and a way to ask the lots.

questions-open-button = ❓ أسئلة وأجوبة
questions-title =
    ❓ أسئلة وأجوبة
    هنا أجوبة على أسئلة شائعة.
    الأجوبة عامة. موظف ملفك يعرف ما ينطبق عليك.
    اختر سؤالًا.
questions-answer =
    ❓ { $question }

    { $answer }
questions-missing = هذا السؤال لم يعد موجودًا. اختر سؤالًا آخر.
questions-ask-button = 💬 اسأل مرشدي عن هذا
questions-all-button = ❓ كل الأسئلة
questions-asked = شكرًا! وصل سؤالك إلى مرشدك وسيتواصل معك.
questions-already-asked = وصل هذا السؤال إلى مرشدك اليوم من قبل.
questions-no-lots = ليس لديك مرشد هنا بعد. خذ السؤال معك إلى موعدك القادم مع الموظفين.
# In an alert to the lots: a question no longer in the list, by its number.
questions-gone = السؤال رقم { $number }
