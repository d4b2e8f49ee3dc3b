### Avslut: my own view at the end of the programme.

avslut-title = Avslut
avslut-theme-exit = När programmet slutar
avslut-ready = Jag är redo och trygg att ta ett jobb.
avslut-physical = Min fysiska hälsa är god.
avslut-mental = Min psykiska hälsa är god.
avslut-support = Jag har fått stöd som passar mig.
avslut-chances = Mina chanser att få jobb eller plats på en utbildning har blivit bättre.
