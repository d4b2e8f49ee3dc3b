### Questions and answers: the municipality's own answers, and a way to ask the lots.

questions-open-button = ❓ Su’aalo iyo jawaabo
questions-title =
    ❓ Su’aalo iyo jawaabo
    Halkan waxaa ku jira jawaabo su’aalo caadi ah.
    Jawaabuhu waa guud. Shaqaalahaaga kiisku wuu garanayaa waxa adiga kuu khuseeya.
    Dooro su’aal.
questions-answer =
    ❓ { $question }

    { $answer }
questions-missing = Su’aashaas halkan ma taal hadda. Dooro su’aal kale.
questions-ask-button = 💬 Hagahayga ka weydii arrintan
questions-all-button = ❓ Dhammaan su’aalaha
questions-asked = Mahadsanid! Hagahaagu wuu helay su’aashaada, wuuna kula soo xiriiri doonaa.
questions-already-asked = Hagahaagu maanta horay ayuu u helay su’aashan.
questions-no-lots = Weli hage halkan kuma lihid. Su’aasha u qaado kulankaaga xiga ee shaqaalaha.
# In an alert to the lots: a question no longer in the list, by its number.
questions-gone = su’aasha lambar { $number }
