### The reader's own settings: language and name.

profile-pick-language = Välj språk.
profile-language-saved = Nu skriver jag på svenska.
profile-ask-name =
    Vad vill du att vi kallar dig?
    Skriv ett namn.
profile-name-now = Nu kallar vi dig { $name }.
profile-name-none = Du har inget namn här ännu.
profile-name-saved = Tack! Nu kallar vi dig { $name }.
profile-name-text-only = Skriv namnet med bokstäver.
quiet-ask-start = När ska jag sluta skicka meddelanden på kvällen?
quiet-ask-end = När får jag skicka igen på morgonen?
quiet-saved = Sparat. Jag skickar inget mellan { $start } och { $end }.
profile-settings-title = Inställningar. Vad vill du ändra?
