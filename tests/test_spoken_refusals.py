"""Twenty-fourth pass, part D (issue 11): the usual refusal formulas of eight widely spoken
languages (Arabic, Malay, Chinese, French, Persian, Tagalog, Ukrainian, Brazilian Portuguese) and
of four rarer ones (Tetum, Romansh, Hawaiian, Corsican) that blind slice 22's wide part used and
no reading held (rejectwatch.model.languages_spoken): the post given to someone who already
works with the firm, the post filled, the reader not selected, the application going no further.
Each refusal gives its token; its twins (the reader chosen, a colleague chosen to meet or train
the reader, a choice still to come, a task rather than a post, a day rather than a round, a
conditional, a request for a document) give none. The sentences are written for these tests, in
other words and trades than the slice's."""

from __future__ import annotations

import pytest

from rejectwatch.model import negation

OUT, OTHER, GONE = negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE
DECISIONS = {OUT, OTHER, GONE, negation.STATUS_REFUSED}


def _tokens(text: str) -> set[str]:
    return DECISIONS.intersection(negation.read_cues(text)[0].split())


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("بعد المداولة قررت اللجنة اختيار زميلة تعمل لدينا في قسم المحاسبة لشغل المنصب.", OTHER),
        ("قررنا تعيين موظف من فرعنا في جدة لهذه الوظيفة.", OTHER),
        ("اخترنا زميلًا من فريق الاستقبال لهذا المنصب.", OTHER),
        ("منحنا الوظيفة لموظف عمل معنا في الموسم الماضي.", OTHER),
        ("نود إبلاغك بأنه تم ملء الوظيفة.", GONE),
        ("نعتذر، الوظيفة لم تعد شاغرة.", GONE),
        ("للأسف لم تتأهل للمرحلة النهائية من التوظيف.", OUT),
        (
            "Selepas temu duga, kami telah memilih seorang pelatih praktikal kami untuk "
            "mengisi jawatan juruwang ini.",
            OTHER,
        ),
        (
            "Kami sudah mengambil seorang rakan sekerja dari cawangan Ipoh untuk jawatan tersebut.",
            OTHER,
        ),
        ("Jawatan pembantu tadika telah diberikan kepada calon lain.", OTHER),
        ("Jawatan ini telah pun diisi oleh pekerja dalaman.", OTHER),
        ("Harap maaf, permohonan anda tidak dapat dipertimbangkan.", OUT),
        ("这个前台职位我们给了一位在总部做过两年的同事。", OTHER),
        ("讨论之后，我们最终选了一位做过类似项目的应聘者。", OTHER),
        ("这个岗位已经招到人了，谢谢你的关注。", GONE),
        ("这个职位已经由内部员工担任了。", GONE),
        ("不好意思，这一次不能和您合作了。", OUT),
        ("很遗憾，本次没能与您合作。", OUT),
        ("很抱歉，我们这次没办法录用你。", OUT),
        ("很遗憾，你没有通过我们的终面。", OUT),
        ("Malheureusement, nous ne donnerons pas suite à votre candidature.", OUT),
        ("Nous ne sommes hélas pas en mesure de vous proposer le poste.", OUT),
        ("Nous regrettons de ne pouvoir vous proposer ce poste.", OUT),
        (
            "La direction a confié le poste de serveur à Mathis, qui travaille déjà en salle "
            "le week-end.",
            OTHER,
        ),
        ("Nous avons finalement choisi Inès, qui connaît déjà notre clientèle.", OTHER),
        ("Nous avons proposé le poste à une collègue du magasin de Villeurbanne.", OTHER),
        ("مدیر فروشگاه تصمیم گرفت این سمت را به یکی از همکاران شعبه دیگر بسپارد.", OTHER),
        ("این جایگاه به یکی از کارآموزان قبلی ما سپرده شد.", OTHER),
        ("پس از بررسی تصمیم گرفتیم با کاندیدای دیگری ادامه دهیم.", OUT),
        ("متاسفانه امکان همکاری در حال حاضر وجود ندارد.", OUT),
        ("Pinili ng HR ang isang dating intern para sa posisyong ito.", OTHER),
        ("Nakapili na kami ng ibang aplikante para sa trabahong ito.", OTHER),
        ("Mayroon na kaming napiling ibang kandidato.", OTHER),
        ("Pasensya na, hindi na namin maipagpapatuloy ang iyong aplikasyon.", OUT),
        ("Hindi ka namin matatanggap sa posisyong ito.", OUT),
        ("Ikinalulungkot namin, hindi ka nakapasa sa aming panayam.", OUT),
        ("Sarado na ang posisyon.", GONE),
        ("Ми вирішили призначити на цю посаду колегу, яка вже працює у нашому офісі.", OTHER),
        ("Ми взяли на цю вакансію працівника з нашої другої кав'ярні.", OTHER),
        ("Ми обрали колегу з відділу продажів.", OTHER),
        ("На жаль, посаду вже зайнято.", GONE),
        ("На жаль, ми не можемо взяти вас на цю посаду.", OUT),
        ("Ваша кандидатура, на жаль, нам не підходить.", OUT),
        ("Decidimos seguir com uma pessoa que já conhece nosso sistema.", OTHER),
        ("Optamos por seguir com um candidato interno.", OTHER),
        ("A vaga já foi preenchida com uma colega do time de vendas.", GONE),
        ("Fechamos a vaga com uma pessoa que já atuava como freelancer aqui.", OTHER),
        ("Infelizmente não foi dessa vez.", OUT),
        ("Não vamos dar andamento à sua candidatura.", OUT),
        ("Ami hili ona kandidatu seluk ne'ebé iha esperiénsia barak liu.", OTHER),
        ("Ami simu ona ema seluk ba servisu ne'e.", OTHER),
        ("Ita-nia aplikasaun la kontinua ba faze tuir mai.", OUT),
        ("Ami la bele kontinua ita-nia aplikasaun.", OUT),
        ("Pozisaun ne'e nakonu ona.", GONE),
        ("Nus avain tschernì in auter candidat per questa plazza.", OTHER),
        ("Perstgisai, na pudain nus betg As offrir la plazza da cuschinier.", OUT),
        ("La plazza è gia occupada.", GONE),
        ("Ua koho ka hui i kekahi moho ʻē aʻe.", OTHER),
        ("ʻAʻole e hoʻomau ʻia kāu noi.", OUT),
        ("Ua piha ke kūlana.", GONE),
        ("Avemu sceltu un'altra persona per u postu di cameriere.", OTHER),
        ("Avemu presu una ragazza chì hà digià travagliatu quì.", OTHER),
        ("Ùn pudemu micca dà seguitu à a vostra candidatura.", OUT),
        ("U postu hè digià pigliatu.", GONE),
    ],
)
def test_spoken_refusals_give_their_token(text: str, token: str) -> None:
    assert token in _tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        "قررنا اختيار زميل لمقابلتك يوم الثلاثاء.",
        "قررنا تعيين موظف لمساعدتك في تعبئة النموذج.",
        "اخترناك لهذه الوظيفة ونتطلع للعمل معك.",
        "إذا تم ملء الوظيفة سنخبرك.",
        "قررنا منح الوظيفة لك.",
        "Kami akan memilih seorang calon untuk jawatan ini bulan depan.",
        "Kami telah memilih anda untuk mengisi jawatan ini.",
        "Kami telah memilih seorang pegawai untuk menemu duga anda bagi jawatan ini.",
        "Jawatan ini telah ditawarkan kepada anda.",
        "Permohonan anda tidak dapat diproses sehingga dokumen lengkap diterima.",
        "Jika jawatan telah diberikan kepada calon lain, kami akan memaklumkan.",
        "这个岗位我们给了你，欢迎加入！",
        "这个岗位的培训我们给了一位老同事负责。",
        "我们最后选了一位同事带你参观。",
        "这个位置已经有人了，请坐旁边。",
        "如果你没有通过面试，我们也会通知你。",
        "你还没通过面试的话，可以再约。",
        "Nous donnerons suite à votre candidature sous quinze jours.",
        "Nous ne sommes pas en mesure de vous proposer le poste avant septembre.",
        "Nous avons confié le poste à Léna, qui vous formera lundi.",
        "Nous avons choisi mardi, qui vous convient.",
        "Si nous ne donnons pas suite à votre candidature, nous vous écrirons.",
        "این سمت را به شما پیشنهاد دادیم.",
        "این کار را به همکارم سپردم تا با شما تماس بگیرد.",
        "اگر با کاندیدای دیگری ادامه دهیم به شما خبر می‌دهیم.",
        "Pinili ka ng manager para sa posisyong ito.",
        "Pinili ng manager ang isang agent na sasama sa iyo sa training para sa posisyong ito.",
        "Kung hindi ka nakapasa sa panayam, maaari kang mag-apply ulit.",
        "Hindi ka namin matatanggap sa Sabado, sa Lunes na lang.",
        "Ми вирішили взяти на цю посаду вас!",
        "Ми хочемо взяти на цю посаду людину з досвідом.",
        "Ми обрали колегу, яка проведе з вами співбесіду.",
        "Якщо посаду вже зайнято, ми вам повідомимо.",
        "Ваше резюме не відповідає формату, надішліть PDF.",
        "Escolhemos seguir com você para a próxima etapa!",
        "Decidimos seguir com uma pessoa que vai conduzir a sua entrevista.",
        "A vaga foi fechada com você, parabéns!",
        "Não foi dessa vez que consegui ir ao evento.",
        "Se não formos dar andamento à sua candidatura, avisaremos.",
        "Se ami hili ona kandidatu seluk, ami sei haruka email.",
        "Ami hili ona ita ba pozisaun ne'e!",
        "Sche nus avain elegì ina autra persuna, As infurmain nus.",
        "Nus avain tschernì Vus per la plazza.",
        "Inā ua piha ke kūlana, e haʻi aku mākou.",
        "Ua koho mākou iā ʻoe.",
        "Avemu sceltu un ghjovanu chì vi mustrarà a cucina.",
        "S'è u postu hè pigliatu, vi scriveremu.",
        "U postu hè datu à voi.",
    ],
)
def test_spoken_twins_stay_unread(text: str) -> None:
    assert not _tokens(text)
