### Shared texts: errors, unexpected input, buttons and commands.

# The language's own name, shown on the language buttons.
language-name = Soomaali

core-error = Wax baa khaldamay. Mar kale isku day wax yar ka dib.
core-unexpected-input = Taas ma fahmin. Fadlan riix badhan.
core-unexpected-input-type = Taas ma akhrin karo. Ku qor xarfo ama riix badhan.
core-old-button = Badhankaas waa duug. Waa kan liiska.
core-throttled = Fariimo badan ayaad soo diraysaa. Wax yar sug.
core-not-allowed = Halkan taas ma samayn kartid.
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

help-participant =
    Sidan u isticmaal Lotsen:
    Riix badhamada ka hooseeya fariimaha.
    /menu wuxuu tusaa liiska.
    /language wuxuu beddelaa luqadda.
    /privacy wuxuu tusaa waxa aan kaa kaydinno.
    Su’aal ma qabtaa? La hadal hagahaaga.
help-staff =
    Lotsen loogu talagalay shaqaalaha:
    /menu wuxuu tusaa liiska shaqaalaha.
    Halkaas waxaad ku casuumi kartaa ka-qaybgalayaal.
    /language wuxuu beddelaa luqadda.
    /privacy wuxuu tusaa waxa la kaydiyo.
core-stale-button = Badhankaas halkan kuma shaqeeyo. Riix mid ka mid ah badhamada hoose.
core-no-access = Mar dambe ma gelin kartid Lotsen. La hadal maamule haddii aad u malaynayso inay khalad tahay.
core-page = Bogga { $page } ee { $pages }
core-page-previous = ◀️ Hore
core-page-next = Xiga ▶️
# The month before and after, on the calendar's arrows.
core-calendar-previous = ◀️ { $month }
core-calendar-next = { $month } ▶️
