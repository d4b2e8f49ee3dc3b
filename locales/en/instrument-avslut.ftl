### End of programme: my own view at the end of the programme.

avslut-title = End of programme
avslut-theme-exit = When the programme ends
avslut-ready = I feel ready and confident to take a job.
avslut-physical = My physical health is good.
avslut-mental = My mental health is good.
avslut-support = I have got support that suits me.
avslut-chances = My chances of getting a job or a place in education have got better.
