### The way to work: how ready I feel for work. One statement a screen; the scale says how well it fits.

vagen-title = The way to work
vagen-theme-health = Health and energy
vagen-theme-routines = Daily life and routines
vagen-theme-language = Language and contact with others
vagen-theme-skills = Knowledge and experience
vagen-theme-social = Support from others
vagen-theme-motivation = Motivation and self-confidence
vagen-theme-practical = Practical things

vagen-health-1 = My health lets me work.
vagen-health-2 = I have the energy to be active all day.
vagen-health-3 = I sleep well enough to have energy.
vagen-health-4 = I know what I can do when I feel bad.
vagen-health-5 = I can get health care when I need it.
vagen-health-6 = I can stand and walk for a large part of the day.
vagen-health-7 = I can handle worry and stress.

vagen-routines-1 = My days have fixed routines.
vagen-routines-2 = I get up on time in the morning.
vagen-routines-3 = I come to meetings on time.
vagen-routines-4 = I plan my week.
vagen-routines-5 = I keep track of my letters and papers.
vagen-routines-6 = I find my way to new places on my own.
vagen-routines-7 = I do what I have promised.

vagen-language-1 = My Swedish is good enough for a job.
vagen-language-2 = I understand when someone explains a task in Swedish.
vagen-language-3 = I ask when I do not understand.
vagen-language-4 = I can talk on the phone in Swedish.
vagen-language-5 = I can read simple texts in Swedish, for example a schedule.
vagen-language-6 = I can write a short message in Swedish.
vagen-language-7 = I can look for information on my phone or computer.

vagen-skills-1 = I know what I am good at.
vagen-skills-2 = I have experience that is useful in a job.
vagen-skills-3 = I can tell an employer about my experience.
vagen-skills-4 = I know which jobs suit me.
vagen-skills-5 = I know which studies can help me.
vagen-skills-6 = I can learn new tasks.
vagen-skills-7 = I have a CV or I know how to write one.

vagen-social-1 = I have people who support me.
vagen-social-2 = I have someone to talk to when things are hard.
vagen-social-3 = People close to me think it is good that I work or study.
vagen-social-4 = I meet other people every week.
vagen-social-5 = I like working together with others.
vagen-social-6 = I know where I can go to get help.
vagen-social-7 = I know someone who has a job.

vagen-motivation-1 = I want a job or to start studying.
vagen-motivation-2 = I believe that I can get a job.
vagen-motivation-3 = I have a goal for the next few months.
vagen-motivation-4 = I know what to do to reach my goal.
vagen-motivation-5 = I dare to try new things.
vagen-motivation-6 = I keep going when something is hard.
vagen-motivation-7 = I believe in myself.

vagen-practical-1 = Practical things do not stop me from working.
vagen-practical-2 = I can get to a workplace, for example by bus.
vagen-practical-3 = I have childcare, or I do not need it.
vagen-practical-4 = I have enough money to be able to plan.
vagen-practical-5 = I have a safe place to live.
vagen-practical-6 = I have the papers I need to work.
vagen-practical-7 = I can work the hours that a job needs.
