### Well-being: how I have felt the last two weeks. Optional.

maende-title = Well-being
maende-theme-wellbeing = Well-being
maende-energy = I have had the energy to do what I wanted to do.
maende-sleep = I have slept well.
maende-someone = I have had someone to talk to.
maende-hope = I have felt hope for the future.
maende-difficult = I have managed things that were hard.
