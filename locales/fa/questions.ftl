### Questions and answers: the municipality's own answers, and a way to ask the lots.

questions-open-button = ❓ پرسش و پاسخ
questions-title =
    ❓ پرسش و پاسخ
    اینجا پاسخ پرسش‌های رایج است.
    پاسخ‌ها کلی هستند. مسئول پرونده‌تان می‌داند چه چیزی برای شما صدق می‌کند.
    یک پرسش انتخاب کنید.
questions-answer =
    ❓ { $question }

    { $answer }
questions-missing = این پرسش دیگر اینجا نیست. پرسش دیگری انتخاب کنید.
questions-ask-button = 💬 از راهنمای خودم درباره این بپرسم
questions-all-button = ❓ همه پرسش‌ها
questions-asked = ممنون! پرسش شما به راهنمای شما رسید و او با شما تماس می‌گیرد.
questions-already-asked = راهنمای شما امروز این پرسش را گرفته است.
questions-no-lots = شما هنوز اینجا راهنما ندارید. پرسش را به جلسه بعدی با کارکنان ببرید.
# In an alert to the lots: a question no longer in the list, by its number.
questions-gone = پرسش شماره { $number }
