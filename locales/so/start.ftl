### /start: the invite link, and people the bot is not for.

start-no-invite =
    Salaan! Magacaygu waa Lotsen.
    Waxaan u ahay ka-qaybgalayaasha iyo shaqaalaha barnaamijyada shaqada ee degmada.
    Si aad u bilowdo, waxaad u baahan tahay link ka yimid hagahaaga (lots).
    Hagahaaga ka codso link.
start-invite-invalid =
    Linkigu ma shaqaynayo.
    Waxaa laga yaabaa inuu duugoobay ama horay loo isticmaalay.
    Hagahaaga ka codso link cusub.
start-already-member = Horeba waad ku jirtaa Lotsen. Waa kan liiska.
start-invite-already-joined = Horeba waad ku jirtaa Lotsen. Linkigan uma baahnid.
