### Questions and answers: the municipality's own answers, and a way to ask the lots.

questions-open-button = ❓ سوال و جواب
questions-title =
    ❓ سوال و جواب
    اینجا جواب سوال‌های معمول است.
    جواب‌ها عمومی هستند. مسئول دوسیه‌تان می‌داند که چه چیزی برای شما صدق می‌کند.
    یک سوال را انتخاب کنید.
questions-answer =
    ❓ { $question }

    { $answer }
questions-missing = این سوال دیگر اینجا نیست. سوال دیگری را انتخاب کنید.
questions-ask-button = 💬 از رهنمای خود در بارهٔ این بپرسم
questions-all-button = ❓ همه سوال‌ها
questions-asked = تشکر! سوال شما به رهنمای شما رسید و او با شما تماس می‌گیرد.
questions-already-asked = رهنمای شما امروز این سوال را گرفته است.
questions-no-lots = شما هنوز اینجا رهنما ندارید. سوال را به جلسهٔ بعدی با کارمندان ببرید.
# In an alert to the lots: a question no longer in the list, by its number.
questions-gone = سوال شماره { $number }
