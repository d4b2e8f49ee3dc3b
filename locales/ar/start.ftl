### /start: the invite link, and people the bot is not for.

start-no-invite =
    مرحبًا! اسمي Lotsen.
    أنا مخصص للمشاركين والموظفين في برامج سوق العمل التابعة للبلدية.
    للبدء، يلزمك رابط من مرشدك (lots).
    يُرجى طلب رابط من مرشدك.
start-invite-invalid =
    الرابط لا يعمل.
    ربما هو قديم جدًا، أو تم استخدامه من قبل.
    يُرجى طلب رابط جديد من مرشدك (lots).
start-already-member = لديك حساب في Lotsen بالفعل. هذه هي القائمة.
start-invite-already-joined = لديك حساب في Lotsen بالفعل. لا تحتاج إلى هذا الرابط.
