### Vägen till jobb: how ready I feel for work. One statement a screen; the scale says how well it fits.

vagen-title = الطريق إلى العمل
vagen-theme-health = الصحة والطاقة
vagen-theme-routines = الحياة اليومية والروتين
vagen-theme-language = اللغة والتواصل مع الآخرين
vagen-theme-skills = المعرفة والخبرة
vagen-theme-social = الدعم من الآخرين
vagen-theme-motivation = الرغبة والثقة بالنفس
vagen-theme-practical = أمور عملية

vagen-health-1 = صحتي تسمح لي بالعمل.
vagen-health-2 = لديّ طاقة للنشاط طوال اليوم.
vagen-health-3 = أنام بما يكفي لتكون لديّ طاقة.
vagen-health-4 = أعرف ما يمكنني فعله عندما لا أكون بخير.
vagen-health-5 = أستطيع الحصول على رعاية صحية عندما أحتاج إليها.
vagen-health-6 = أستطيع الوقوف والمشي معظم اليوم.
vagen-health-7 = أستطيع التعامل مع القلق والتوتر.

vagen-routines-1 = لديّ روتين ثابت في حياتي اليومية.
vagen-routines-2 = أستيقظ في الوقت المناسب صباحًا.
vagen-routines-3 = أصل إلى المواعيد في الوقت المحدد.
vagen-routines-4 = أخطط لأسبوعي.
vagen-routines-5 = أتابع رسائلي البريدية وأوراقي.
vagen-routines-6 = أجد الطريق إلى أماكن جديدة بنفسي.
vagen-routines-7 = أفعل ما وعدتُ به.

vagen-language-1 = لغتي السويدية تكفي للعمل.
vagen-language-2 = أفهم عندما يشرح لي أحد مهمةً بالسويدية.
vagen-language-3 = أسأل عندما لا أفهم.
vagen-language-4 = أستطيع التحدث بالسويدية على الهاتف.
vagen-language-5 = أستطيع قراءة نصوص بسيطة بالسويدية، مثل جدول مواعيد.
vagen-language-6 = أستطيع كتابة رسالة قصيرة بالسويدية.
vagen-language-7 = أستطيع البحث عن معلومات على الهاتف أو الكمبيوتر.

vagen-skills-1 = أعرف الأشياء التي أجيدها.
vagen-skills-2 = لديّ خبرة مفيدة في العمل.
vagen-skills-3 = أستطيع أن أتحدث عن خبرتي أمام صاحب عمل.
vagen-skills-4 = أعرف ما الوظائف التي تناسبني.
vagen-skills-5 = أعرف ما الدراسة التي يمكن أن تساعدني.
vagen-skills-6 = أتعلّم مهامّ جديدة.
vagen-skills-7 = لديّ سيرة ذاتية، أو أعرف كيف أكتبها.

vagen-social-1 = لديّ أشخاص يدعمونني.
vagen-social-2 = لديّ شخص أتحدث معه عندما تكون الأمور صعبة.
vagen-social-3 = المقرّبون مني يرون أن من الجيد أن أعمل أو أدرس.
vagen-social-4 = ألتقي بأشخاص آخرين كل أسبوع.
vagen-social-5 = أحبّ العمل مع الآخرين.
vagen-social-6 = أعرف إلى أين أذهب لأحصل على المساعدة.
vagen-social-7 = أعرف شخصًا لديه عمل.

vagen-motivation-1 = أريد أن أعمل أو أن أبدأ الدراسة.
vagen-motivation-2 = أعتقد أنني أستطيع أن أجد عملًا.
vagen-motivation-3 = لديّ هدف للأشهر القادمة.
vagen-motivation-4 = أعرف ما عليّ فعله لأصل إلى هدفي.
vagen-motivation-5 = لديّ الجرأة لتجربة أشياء جديدة.
vagen-motivation-6 = أستمر حتى عندما يكون الأمر صعبًا.
vagen-motivation-7 = أثق بنفسي.

vagen-practical-1 = الأمور العملية لا تمنعني من العمل.
vagen-practical-2 = أستطيع الوصول إلى مكان العمل، مثلًا بالحافلة.
vagen-practical-3 = لديّ من يعتني بأطفالي، أو لا أحتاج إلى ذلك.
vagen-practical-4 = لديّ مال يكفي لأخطط لأموري.
vagen-practical-5 = لديّ مكان آمن أسكن فيه.
vagen-practical-6 = لديّ الأوراق التي أحتاجها للعمل.
vagen-practical-7 = أستطيع العمل في الأوقات التي تتطلبها الوظيفة.
