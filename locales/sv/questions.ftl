### Questions and answers: the municipality's own answers, and a way to ask the lots.

questions-open-button = ❓ Frågor och svar
questions-title =
    ❓ Frågor och svar
    Här finns svar på vanliga frågor.
    Svaren är allmänna. Din handläggare vet vad som gäller för dig.
    Välj en fråga.
questions-answer =
    ❓ { $question }

    { $answer }
questions-missing = Den frågan finns inte längre. Välj en annan fråga.
questions-ask-button = 💬 Fråga min lots om detta
questions-all-button = ❓ Alla frågor
questions-asked = Tack! Din lots har fått din fråga och hör av sig.
questions-already-asked = Din lots har redan fått den frågan i dag.
questions-no-lots = Du har ingen lots här än. Ta med frågan till ditt nästa möte med personalen.
# In an alert to the lots: a question no longer in the list, by its number.
questions-gone = fråga nr { $number }
