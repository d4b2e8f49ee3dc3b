### The reader's own settings: language and name.

profile-pick-language = Dooro luqad.
profile-language-saved = Hadda waxaan ku qorayaa Soomaali.
profile-ask-name =
    Magacee ayaad rabtaa inaan kuugu yeerno?
    Qor magac.
profile-name-now = Hadda waxaan kuugu yeernaa { $name }.
profile-name-none = Weli magac kuma lihid halkan.
profile-name-saved = Mahadsanid! Hadda waxaan kuugu yeernaa { $name }.
profile-name-text-only = Magaca ku qor xarfo.
quiet-ask-start = Goorma ayaan joojiyaa dirista fariimaha fiidkii?
quiet-ask-end = Goorma ayaan mar kale fariimo diri karaa subaxdii?
quiet-saved = Waa la kaydiyay. Fariin kuuma soo diri doono inta u dhexeysa { $start } iyo { $end }.
profile-settings-title = Dejinta. Maxaad rabtaa inaad beddesho?
