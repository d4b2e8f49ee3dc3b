### What is stored, who sees it, and the reader's rights. Keep it short and true.

privacy-notice-participant =
    Waxaan kaa kaydinnaa:
    • aqoonsigaaga Telegram, luqaddaada iyo magaca aad rabto in lagugu yeero
    • waxa aad ka jawaabto iyo waxa aad ku qorto Lotsen
    • fariimaha codka iyo sawirrada aad u dirto hagahaaga. Codka iyo sawirka laftooda waxay ku jiraan Telegram oo keliya.
    Hagahaaga iyo shaqaalaha degmada ee barnaamijkaaga way arki karaan.
    Cid kale ma siinno.
    Qaybta 🔒 Xogtayda ee liiska waxaad ka heli kartaa koobi, waxaad ka joojin kartaa dhammaan fariimaha, ama waxaad ka tirtiri kartaa xogtaada.
privacy-notice-staff =
    Waxaan kaa kaydinnaa:
    • aqoonsigaaga Telegram, luqaddaada iyo magacaaga
    • ka-qaybgalayaasha aad la shaqeyso
    • marka aad akhrido ama soo dejiso xogta ka-qaybgalayaasha
    Maamulayaasha degmada ayaa arki kara.
