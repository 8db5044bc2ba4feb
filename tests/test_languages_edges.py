"""Twenty-eighth pass, part N (issue 11): the usual refusal formulas of regional, minority and
creole languages new to the project (written-46's languages), read by
rejectwatch.model.languages_edges. Each refusal (the reader not chosen, the post filled or
taken, someone else chosen, the application going no further) gives a decision token; its
twins (a receipt with the language's "if you are chosen", an invitation, a concert's seat or
ticket taken, the reader chosen) give none. The sentences are written for these tests, in
other trades than the batch's."""

from __future__ import annotations

import pytest

from readings import decision

REFUSALS = [
    # Kölsch, West Flemish, Doric Scots
    "Leider bes de nit usjesook woode för de Kneip.",
    "Die Stell en der Werkstatt es ald verjovve.",
    "Mer han uns för en andere Bewerberin entschiede.",
    "Gie zyt nie gekozen vo de job in de garage.",
    "De plekke in de keuken is al ingevuld.",
    "Ye've nae been picked for the job at the garage.",
    "We've taen on anither lad for the fairm.",
    # the application going no further
    "We goan nie verder mee uw sollicitatie vo de winkel.",
    "Zo vašu žadosču už ďalej ňepujdzeme.",
    "Nou sa pa kontinyé avek out dosyé.",
    "Lamaran ente kagak bisa kita lanjutin.",
    "We no gon go forward wit your application fo da hotel.",
    # Romanesco, Provençal, Gheg
    "Nun sei stata scerta pe' er posto ar bar.",
    "Avemo preso n'antra ragazza pe' la cucina.",
    "Sias pas esta chausido pèr la plaço d'ajudo.",
    "Avèn chausi un autre candidat pèr l'escolo.",
    "Kemi zgjedhë nji punëtor tjetër për punëtorinë.",
    # Surzhyk, Moldovan, Šariš
    "Вас не вибрали на должность бухгалтера.",
    "Ну аць фост алеасэ пентру пост.",
    "Ам алес о алтэ кандидатэ.",
    "Ňeboli ste vybrata do škôlky.",
    # French creoles
    "Yo pa chwazi-w pou travay lekòl-la.",
    "Nou té chwazi in lòt moun pou la kizin.",
    "Post-la dja pran.",
    # Gullah, Hawaii Pidgin, Pijin
    "Oonuh ain been pick fuh de boat wuk.",
    "We neva pick you fo da luau crew.",
    "Mifala no tekem iu fo waka long hotel.",
    "Mifala tekem narafala meri fo klinim ofis.",
    # Pacific
    "Kare kotou i iki'ia no te angaanga i te otera.",
    "E se filifilia koutou mo te galuega i te falemai.",
    "Ko aki rineaki ibukin te mwakuri n te otera.",
    # Kinaray-a, Pangasinan, Betawi, Manado
    "Wara ka natanggap sa obra sa eskwelahan.",
    "Ag ka napili para ed trabaho ed eskuelaan.",
    "Ente kagak diterima buat kerja di bengkel.",
    "Torang so ambe orang laeng for jaga toko.",
    # Ndebele, Kikuyu, Bambara, Sango, Karachay-Balkar, Nogai
    "Uxolo, kawukhethwanga emsebenzini wokufundisa.",
    "Ndunathuurwo wira-ini wa cukuru.",
    "Hakɛto, i ma sugandi kalanso baara kama.",
    "A soro mo pepe ndali ti kua ti lekol.",
    "Школда ишге сайланмадынг.",
    "Биз баска адамды сайладык мектепке.",
]

TWINS = [
    # receipts with the language's "if you are chosen" or "if you are not chosen"
    "Wann de usjesook wees, sage mer Bescheid.",
    "Єслі тебе не вибрали на роботу, ми скажем.",
    "Дакэ ну аць фост алес, вэ вом анунца.",
    "Ef we pick yuh, we gwine call.",
    "Gin ye've nae been picked, we'll lat ye ken.",
    "Sapos mifala no siusim iu, bae mifala talem iu.",
    "Kafai e se filifilia koe, ka fakailoa atu.",
    "Ni i ma sugandi, an na a fɔ i ye.",
    "Tongana e soro mo pëpe, e yeke fa na mo.",
    # the reader chosen, invitations
    "Nou chwazi-w pou antrétyen-la.",
    "We wen pick you fo da interview.",
    "Mifala siusim iu fo intaviu.",
    "Kua iki matou ia koe no te uriuringa manako.",
    "Sikukhethile, woza ngoMsombuluko.",
    # seats, tickets, events
    "De plekke vo 't concert is al ingevuld.",
    "La plas pou konser-la lé dza pran.",
    "Орун концертде толгъанды.",
    "Місто на концерт вже занято.",
    "Posisi parkir udah ada yang ngisi.",
    # receipts and invitations in these languages
    "Mer han Ding Bewerbung krääje.",
    "Nou rousouvwè kandidati a-w.",
    "Kite ngundang lu buat wawancara.",
    "Mifala kasem aplikeson blong iu.",
    "Siyakumema engxoxweni.",
    "We goan verder mee uw sollicitatie naar 't gesprek.",
    "Kalu lamaran ente kagak bisa kita lanjutin, kita kabarin.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_edges_refusals_give_a_decision(text: str) -> None:
    assert decision(text), text


@pytest.mark.parametrize("text", TWINS)
def test_edges_twins_give_no_decision(text: str) -> None:
    assert not decision(text), text
