### Questions and answers: the municipality's own answers, and a way to ask the lots.

questions-open-button = ❓ Questions and answers
questions-title =
    ❓ Questions and answers
    Here are answers to common questions.
    The answers are general. Your case officer knows what applies to you.
    Choose a question.
questions-answer =
    ❓ { $question }

    { $answer }
questions-missing = That question is no longer here. Choose another question.
questions-ask-button = 💬 Ask my lots about this
questions-all-button = ❓ All questions
questions-asked = Thank you! Your lots has got your question and will get back to you.
questions-already-asked = Your lots already got this question today.
questions-no-lots = You do not have a lots here yet. Take the question to your next meeting with the staff.
# In an alert to the lots: a question no longer in the list, by its number.
questions-gone = question no. { $number }
