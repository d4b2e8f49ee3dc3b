### Well-being: how I have felt the last two weeks. Optional.
# Impersonal forms (мені вдавалося, у мене була) on purpose: the past tense of "я" would show the participant’s gender.

maende-title = Самопочуття
maende-theme-wellbeing = Самопочуття
maende-energy = Мені вистачало сил робити те, що хотілося.
maende-sleep = Мені вдавалося добре висипатися.
maende-someone = У мене був хтось, з ким можна поговорити.
maende-hope = У мене була надія на майбутнє.
maende-difficult = Мені вдавалося впоратися з тим, що було важко.
