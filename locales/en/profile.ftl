### The reader’s own settings: language and name.

profile-pick-language = Choose a language.
profile-language-saved = Now I write in English.
profile-ask-name =
    What do you want us to call you?
    Write a name.
profile-name-now = Now we call you { $name }.
profile-name-none = You have no name here yet.
profile-name-saved = Thank you! Now we call you { $name }.
profile-name-text-only = Write the name with letters.
quiet-ask-start = When should I stop sending messages in the evening?
quiet-ask-end = When may I send again in the morning?
quiet-saved = Saved. I send nothing between { $start } and { $end }.
profile-settings-title = Settings. What do you want to change?
