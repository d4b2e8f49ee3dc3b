"""Pure rules and the base every layer shares: time, language, settings, slots, scoring,
drills, vocabulary and plan kinds. No SQL, no aiogram; nothing here imports the layers above."""
