### Shared texts: errors, unexpected input, buttons and commands.

# The language's own name, shown on the language buttons.
language-name = Soomaali

core-error = Wax baa khaldamay. Mar kale isku day wax yar ka dib.
core-unexpected-input = Taas ma fahmin. Fadlan riix badhan.
core-unexpected-input-type = Taas ma akhrin karo. Ku qor xarfo ama riix badhan.
core-old-button = Badhankaas waa duug. Waa kan liiska.
core-throttled = Fariimo badan ayaad soo diraysaa. Wax yar sug.
core-not-allowed = Halkan taas ma samayn kartid.
core-cancelled = Hagaag. Waxaad dib ugu jirtaa liiska.
core-unknown-command = Amarkaas ma aqaan. Qor /help si aad caawimaad u hesho.
core-text-too-long = Qoraalku aad buu u dheer yahay. { core-max-chars }
# A limit on a text's length, as its own sentence.
core-max-chars =
    { $max ->
        [one] Ugu badnaan 1 xaraf.
       *[other] Ugu badnaan { $max } xaraf.
    }

core-button-back = ◀️ Dib u noqo
core-button-menu = 🏠 Liiska
core-button-cancel = Jooji

# Bot commands in Telegram's menu. Short: at most a few words.
command-menu = Tus liiska
command-help = Hel caawimaad
command-language = Beddel luqadda
command-privacy = Xogtaada
command-cancel = Jooji oo tag liiska
command-settings = Dejinta

help-participant =
    Sidan u isticmaal Lotsen:
    Riix badhamada ka hooseeya fariimaha.
    /menu wuxuu tusaa liiska.
    /cancel wuxuu kugu celiyaa liiska.
    /settings wuxuu tusaa dejintaada.
    /language wuxuu beddelaa luqadda.
    /privacy wuxuu tusaa waxa aan kaa kaydinno.
    Su’aal ma qabtaa? La hadal hagahaaga.
help-staff =
    Lotsen loogu talagalay shaqaalaha:
    /menu wuxuu tusaa liiska shaqaalaha.
    /menu kadib 🗂 Wax kale ayaad ku casuumi kartaa ka-qaybgalayaal.
    /cancel wuxuu kugu celiyaa liiska.
    /settings wuxuu tusaa dejintaada.
    /language wuxuu beddelaa luqadda.
    /privacy wuxuu tusaa waxa la kaydiyo.
core-stale-button = Badhankaas halkan kuma shaqeeyo. Riix mid ka mid ah badhamada hoose.
core-no-access = Mar dambe ma gelin kartid Lotsen. La hadal maamule haddii aad u malaynayso inay khalad tahay.
core-page = Bogga { $page } ee { $pages }
core-page-previous = ◀️ Hore
core-page-next = Xiga ▶️
# A staff member who has given no name yet (never called a participant).
core-staff-unnamed = Hagaha lambar { $number }
# The month before and after, on the calendar's arrows.
core-calendar-previous = ◀️ { $month }
core-calendar-next = { $month } ▶️
