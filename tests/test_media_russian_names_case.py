"""Russian names in the case and gender their words agree in, quotations no one named spoke
("ему ответили:"), a group's label without the place it stood, a plural role as a group, and
words quoted in narrative whose speaker the next sentence's parse names (round 11, spkru11).

The checklist: constructed texts of each form, the accepted answers after "|" ("-" for no
speaker). The controls: near misses, each with main's answer (dec9dd4), which must stand;
the two that changed are marked and say why.
"""

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from refuge.media.extract.russian_case import agreeing, in_case, told_by_nobody

pytestmark = pytest.mark.once


def _labels(text: str) -> list[str]:
    quotes = extract(parse_article(text.replace("\\n", "\n").encode(), source="ru.txt")).quotes
    return [q.speaker or " ".join(x for x in (q.speaker_role, q.affiliation) if x) for q in quotes]


def _same(a: str, b: str) -> bool:
    return a.lower().replace("ё", "е").strip(" «»") == b.lower().replace("ё", "е").strip(" «»")


CHECKLIST = [
    pytest.param(
        "Петр Заикин",
        (
            "Адвокат Петр Заикин приехал в Шали. Оюба Титиева задерживали дважды. «Мы обжалуем "
            "приговор», — сказал он."
        ),
        id="case-gen-then-on-lawyer",
    ),
    pytest.param(
        "Петр Заикин",
        (
            "Адвокат Петр Заикин выступил в суде. Оюба Титиева обвинили в хранении наркотиков. "
            "«Дело "
            "сфабриковано», — заявил он."
        ),
        id="case-acc-obvinili-then-on",
    ),
    pytest.param(
        "Петр Заикин",
        (
            "Адвокат Петр Заикин напомнил, что Оюба Титиева задерживали дважды. «Это все "
            "незаконно», "
            "— сказал он."
        ),
        id="case-gen-chto-clause",
    ),
    pytest.param(
        "Оюб Титиев",
        (
            "В общем, сказать им было нечего, кроме того, что Оюба Титиева каждый из них не знает. "
            "Дело в том, что Оюба Титиева задерживали дважды. «Это все незаконно», — заявил Титиев."
        ),
        id="case-gen-label",
    ),
    pytest.param(
        "Оюб Титиев/Титиев",
        (
            "В общем, свидетели сказали, что Оюба Титиева никто из них не знает. После этого Оюба "
            "под конвоем отвезли в райотдел. Там он заявил: «Что вы вообще делаете? Это все "
            "незаконно!»"
        ),
        id="case-gen-first-alone",
    ),
    pytest.param(
        "Наталья Эстемирова",
        (
            "Наталья Эстемирова приехала в Шали. Ислама Умарова задержали ночью. «Его забрали без "
            "всяких документов», — рассказала она."
        ),
        id="case-acc-zaderzhali-then-ona",
    ),
    pytest.param(
        "Ислам Умаров",
        "Ислама Умарова задерживали дважды. Там Ислам Умаров заявил: «Это все незаконно».",
        id="case-gen-islam-label",
    ),
    pytest.param(
        "-",
        (
            "Оюб Титиев приехал в райотдел. Там он заявил: «Что вы вообще делаете?» На что ему "
            "ответили: «Хочешь по закону? Будет тебе по закону!»"
        ),
        id="case-plural-impersonal-otvetili",
    ),
    pytest.param(
        "-",
        "Оюба Титиева привезли в райотдел. Ему сказали: «Подпиши протокол и иди домой».",
        id="case-plural-impersonal-skazali",
    ),
    pytest.param(
        "Айшат Ахмадова",
        "«Мою сестру забрали прямо из дома», — цитирует «Медуза» Айшат Ахмадову.",
        id="case-citiruet-aishat",
    ),
    pytest.param(
        "Хеда Саратова",
        "«Людей забирают каждую ночь», — цитирует «Кавказский узел» Хеду Саратову.",
        id="case-citiruet-kheda",
    ),
    pytest.param(
        "Айшат Ахмадова",
        (
            "Журналисты позвонили Айшат Ахмадовой. «Мою сестру забрали прямо из дома», — "
            "рассказала "
            "Айшат Ахмадова."
        ),
        id="case-soobshchila-aishat-dat",
    ),
    pytest.param(
        "Айшат Ахмадова",
        "По словам Айшат Ахмадовой, «ее сестру забрали прямо из дома».",
        id="case-po-slovam-aishat",
    ),
    pytest.param(
        "Ислам Ахмадов",
        "Мы дозвонились Исламу Ахмадову. «Брата забрали ночью», — рассказал Ислам Ахмадов.",
        id="case-rasskazal-islamu",
    ),
    pytest.param(
        "Мадина Исаева",
        "«Брата забрали ночью», — цитирует «Новая газета» Мадину Исаеву.",
        id="case-citiruet-madina",
    ),
    pytest.param(
        "Ислам Ахмадов",
        "«Брата забрали ночью», — цитирует «Новая газета» Ислама Ахмадова.",
        id="case-citiruet-male",
    ),
    pytest.param(
        "Рамзан Кадыров/Кадыров",
        (
            "В Чечне «разные силы через определенные рычаги» пытаются «поколебать мир в "
            "республике». "
            "Об этом написал в своем телеграм-канале глава Чечни Рамзан Кадыров."
        ),
        id="next-ob-etom-napisal-telegram",
    ),
    pytest.param(
        "Рамзан Кадыров/Кадыров",
        (
            "Полку приходится «удерживать на своих плечах то, что пытаются разрушить враги». "
            "Об этом "
            "Рамзан Кадыров написал в телеграм-канале."
        ),
        id="next-ob-etom-napisal-name-first",
    ),
    pytest.param(
        "Сергей Бабинец/Бабинец",
        (
            "Следователи сочли обращение «простым обращением о несогласии с действиями "
            "полиции». Об "
            "этом сообщил председатель «Комитета против пыток» Сергей Бабинец."
        ),
        id="next-ob-etom-soobshchil-role",
    ),
    pytest.param(
        "Рамзан Кадыров/Кадыров",
        (
            "Глава Чечни Рамзан Кадыров раскритиковал Instagram за удаление поста после нескольких "
            '"слов о цепных псах США". Об этом чеченский лидер написал в своем аккаунте в '
            "Instagram."
        ),
        id="next-ob-etom-lider",
    ),
    pytest.param(
        "Дмитрий Песков/Песков",
        (
            "Глава Чечни, судя по всему, «продолжает руководить республикой в полном объеме». Так "
            "Дмитрий Песков прокомментировал видеообращение Кадырова."
        ),
        id="next-tak-prokommentiroval",
    ),
    pytest.param(
        "Дмитрий Песков/Песков",
        (
            "«Никаких оснований для проверки нет». Таким образом пресс-секретарь президента "
            "Дмитрий "
            "Песков прокомментировал заявление правозащитников."
        ),
        id="next-takim-obrazom",
    ),
    pytest.param(
        "Татьяна Москалькова/Москалькова",
        (
            "Проверка жалоб жителей Чечни «еще не закончена и будет продолжена». Об этом заявила "
            "уполномоченный по правам человека Татьяна Москалькова."
        ),
        id="next-ob-etom-zayavila-fem",
    ),
    pytest.param(
        "Олег Орлов/Орлов",
        (
            "Дело Титиева «сфабриковано от начала до конца и будет обжаловано».\\n\\nОб этом "
            "рассказал председатель совета «Мемориала» Олег Орлов."
        ),
        id="next-ob-etom-paragraph",
    ),
    pytest.param(
        "пресс-служба МВД по Чечне/МВД по Чечне/пресс-службе МВД по Чечне",
        (
            "Задержанные «дали признательные показания в присутствии адвокатов». Об этом "
            "сообщили в "
            "пресс-службе МВД по Чечне."
        ),
        id="next-ob-etom-soobshchili-v",
    ),
    pytest.param(
        "участники акции",
        "«Свободу Оюбу Титиеву!» — скандировали участники акции у здания суда.",
        id="place-uchastniki-akcii",
    ),
    pytest.param(
        "родственники задержанных",
        "«Верните наших детей!» — кричали родственники задержанных возле здания МВД.",
        id="place-rodstvenniki-zaderzhannyh",
    ),
    pytest.param(
        "сторонники Титиева",
        "«Оюб не виновен!» — скандировали сторонники Титиева перед зданием суда.",
        id="place-storonniki-pered",
    ),
    pytest.param(
        "жители села",
        "«Мы требуем справедливости», — говорили жители села около мечети.",
        id="place-zhiteli-sela",
    ),
    pytest.param(
        "активисты ЛГБТ-сети",
        "«Остановите преследования в Чечне», — кричали активисты ЛГБТ-сети рядом с посольством.",
        id="place-aktivisty-ryadom",
    ),
    pytest.param(
        "участники пикета",
        "«Руки прочь от Мемориала!» — скандировали участники пикета напротив здания суда.",
        id="place-uchastniki-piketa-napr",
    ),
    pytest.param(
        "Рамзан Кадыров/Кадыров",
        (
            "В Чечне «разные силы через определенные рычаги» пытаются «поколебать мир» в "
            "республике. "
            "Об этом написал на своем канале в Telegram глава Чеченской Республики Рамзан Кадыров."
        ),
        id="next-ob-etom-kanal-e2",
    ),
    pytest.param(
        "Правозащитники/правозащитники",
        (
            'Впоследствии Кадыров извинился. Правозащитники отметили, что это не первый "публичный '
            'призыв Кадырова и его окружения к тяжким преступлениям".'
        ),
        id="plural-group-not-latest",
    ),
    pytest.param(
        "Рамзан Кадыров/Кадыров",
        (
            "Кадыров рассказал о желающих «поколебать мир» в Чечне силах\\n\\nВ Чечне «разные "
            "силы через определенные рычаги» пытаются «поколебать мир» в республике. Об этом "
            "написал на своем канале в Telegram глава Чеченской Республики Рамзан Кадыров."
        ),
        id="next-headline-verb-above",
    ),
    pytest.param(
        "Игорь Каляпин/Каляпин",
        (
            "Игорь Каляпин приехал в Грозный. По его оценке, Кадыров «не в первый раз объявляет "
            "правозащитников врагами». Об этом он написал в телеграм-канале."
        ),
        id="next-ob-etom-on",
    ),
    pytest.param(
        "Игорь Каляпин/Каляпин",
        (
            "Игорь Каляпин приехал в Грозный. По его словам, Кадыров «не в первый раз объявляет "
            "правозащитников врагами»."
        ),
        id="po-ego-slovam-subject-between",
    ),
]


@pytest.mark.parametrize(("accepted", "text"), CHECKLIST)
def test_checklist(accepted: str, text: str):
    label = _labels(text)[-1]
    if accepted == "-":
        assert label == ""
    else:
        assert any(_same(label, answer) for answer in accepted.split("/")), label


# Near misses: (main's answer for each quotation, text). Three changed from main, each for the
# better: "Малика Титиева заявила" was "Малик Титиев"; a group lost the place it stood; and
# one marked below.
CONTROLS = [
    pytest.param(
        ["Рамзан Кадыров"],
        (
            "Игорь Каляпин приехал в Грозный. Рамзан Кадыров выступил в парламенте. По его "
            "словам, «правозащитники не в первый раз лгут о Чечне»."
        ),
        id="k-po-ego-no-subject-between",
    ),
    pytest.param(
        [""],
        (
            "Игорь Каляпин приехал в Грозный. По её словам, Кадыров «не в первый раз объявляет "
            "правозащитников врагами»."
        ),
        id="k-po-eyo-no-woman",
    ),
    pytest.param(
        ["Кадыров"],
        (
            "Игорь Каляпин приехал в Грозный. По его словам, Кадыров заявил, что «правозащитники "
            "не в первый раз лгут о Чечне»."
        ),
        id="k-po-ego-speech-verb",
    ),
    pytest.param(
        ["Игорь Каляпин"],
        (
            "Игорь Каляпин приехал в Грозный. По его словам, Елена Милашина «не в первый раз "
            "получает угрозы из Чечни»."
        ),
        id="k-po-ego-woman-between",
    ),
    pytest.param(
        ["Малика Титиева"], "Малика Титиева заявила: «Моего брата забрали ночью».", id="k-fem-nom-a"
    ),
    pytest.param(
        ["Игорь Каляпин"],
        (
            "Игорь Каляпин и Олег Орлов приехали в Грозный. «Мы обжалуем это решение», — сказал "
            "Каляпин."
        ),
        id="k-two-subjects-plural",
    ),
    pytest.param(
        ["Оюб Титиев"],
        "Оюб Титиев и Петр Заикин заявили: «Мы обжалуем приговор».",
        id="k-joint-plural",
    ),
    pytest.param(
        ["Журналисты Новой газеты"],
        "Журналисты «Новой газеты» сообщили: «Людей забирают каждую ночь».",
        id="k-plural-noun-subject",
    ),
    pytest.param(
        # Changed for the better (2026-12-06): "ответили" is a speech verb of a body now; the
        # answer was "Мвд".
        ["пресс-служба МВД"],
        "В пресс-службе МВД ответили: «Таких задержаний не было».",
        id="k-plural-v-source",
    ),
    pytest.param(
        ["Родственники задержанных"],
        "Родственники задержанных сказали: «Нам не дают свиданий».",
        id="k-plural-relatives",
    ),
    pytest.param(
        ["Ислам Ахмадов"],
        "«Брата забрали ночью», — цитирует «Медуза» Ислама Ахмадова.",
        id="k-male-acc-citiruet",
    ),
    pytest.param(
        ["Татьяна Москалькова"],
        "«Проверка еще не закончена», — цитирует «Интерфакс» Татьяну Москалькову.",
        id="k-fem-acc-known-first",
    ),
    pytest.param(
        ["Айшат Ахмадова"],
        "«Мою сестру забрали прямо из дома», — сказала Айшат Ахмадова.",
        id="k-aishat-nom",
    ),
    pytest.param(
        ["Ислам Ахмадов"],
        "По словам Ислама Ахмадова, «брата забрали прямо из дома».",
        id="k-male-gen-po-slovam",
    ),
    pytest.param(
        ["Зарема Мусаева"],
        "Зарема Мусаева сказала: «Меня забрали из дома силой».",
        id="k-zarema-nom",
    ),
    pytest.param(
        ["Оюб Титиев"],
        "Оюб Титиев заявил: «Что вы вообще делаете? Это все незаконно!»",
        id="k-oyub-nom",
    ),
    pytest.param(
        ["Oyub Titiev"],
        'Oyub Titiev was detained twice. "This is all illegal," he said.',
        id="k-english",
    ),
    pytest.param(
        ["Адам"],
        "Адам (имя изменено) рассказал: «Меня держали в подвале двенадцать дней».",
        id="k-pseudonym",
    ),
    pytest.param(
        ["брат"],
        (
            "Ислама Умарова, по словам его брата, задерживали дважды. «Его били каждый день», — "
            "сказал брат."
        ),
        id="k-brat-after-gen",
    ),
    pytest.param(
        ["Рамзан Кадыров"],
        (
            "Правозащитники обвинили Рамзана Кадырова в давлении. «Это ложь от начала до конца», — "
            "ответил глава Чечни."
        ),
        id="k-kadyrov-gen-obj",
    ),
    pytest.param(
        ["Мадина Зайнетдинова"],
        (
            "Судья Мадина Зайнетдинова приговорила Оюба Титиева к четырем годам. «Приговор "
            "законен», "
            "— сказала судья."
        ),
        id="k-titiev-obj-then-sudya",
    ),
    pytest.param(
        ["Рамзан Кадыров"],
        "«Это ложь», — сказал Рамзан Кадыров. Об этом сообщил пресс-секретарь Альви Каримов.",
        id="k-quote-then-ob-etom-other",
    ),
    pytest.param(
        # A body's name in guillemets is no quotation, in any case it is in.
        [],
        "Он много лет работает в «Комитете против пыток». Об этом написал Игорь Каляпин.",
        id="k-org-name-then-ob-etom",
    ),
    pytest.param(
        ["Игорь Каляпин"],
        "Он работает в «Комитете против пыток» и «не боится угроз». Об этом написал Игорь Каляпин.",
        id="k-org-name-and-quote-then-ob-etom",
    ),
    pytest.param(
        ["Кадыров"],
        (
            "Кадыров заявил, что правозащитники «получают гранты за истории о притеснениях». "
            "Об этом "
            "сообщил ТАСС."
        ),
        id="k-own-verb-then-ob-etom",
    ),
    pytest.param(
        [""],
        (
            "Силовики «не имеют отношения к похищениям людей в Чечне».\\n\\nСуд отложил "
            "заседание.\\n\\nОб этом рассказал Петр Заикин."
        ),
        id="k-ob-etom-not-adjacent",
    ),
    pytest.param(
        ["Memorial"],  # the body's canonical name, now that its genitive is listed
        (
            "Задержанных «держали в подвале без связи с адвокатами». Об этом говорится в заявлении "
            "«Мемориала»."
        ),
        id="k-ob-etom-govoritsya",
    ),
    pytest.param(
        [""],
        (
            "«Меня забрали ночью прямо на улице и держали в подвале», — вспоминает он.\\n\\nТак "
            "описывает свое задержание Ислам, 27 лет."
        ),
        id="k-tak-opisyvaet",
    ),
    pytest.param(
        ["Кадыров"],
        "Кадыров: «В Чечне нет таких людей»\\n\\nОб этом глава Чечни заявил в эфире телеканала.",
        id="k-headline-then-ob-etom",
    ),
    pytest.param(
        [],
        (
            "Гусев подчеркнул, что главы регионов могут говорить все, что угодно, однако его "
            '"удивляет молчание" властей в ответ.'
        ),
        id="k-two-word-phrase",
    ),
    pytest.param(
        [],
        "Кадыров пообещал «разобраться лично». Об этом написал глава Чечни.",
        id="k-two-word-alone-ob-etom",
    ),
    pytest.param(
        ["Caucasian Knot"],
        "Задержанных «доставили в отдел полиции в Грозном». Об этом сообщил «Кавказский узел».",
        id="k-ob-etom-soobshchil-outlet",
    ),
    pytest.param(
        ["представитель Мемориала у здания суда"],
        "«Свободу Оюбу Титиеву!» — сказал представитель Мемориала у здания суда.",
        id="k-place-singular-role",
    ),
    pytest.param(
        ["Олег Орлов"], "«Дело сфабриковано», — сказал Олег Орлов у здания суда.", id="k-place-name"
    ),
    pytest.param(
        ["участники акции"],
        "«Свободу Оюбу Титиеву!» — скандировали участники акции.",
        id="k-place-none",
    ),
    pytest.param(
        ["участники акции в поддержку Титиева"],
        "«Свободу Оюбу Титиеву!» — скандировали участники акции в поддержку Титиева.",
        id="k-group-no-place",
    ),
    pytest.param(
        ["сотрудники представительства"],
        (
            "«Мы требуем расследования», — заявили сотрудники представительства у входа в офис "
            "«Мемориала»."
        ),
        id="k-place-in-role",
    ),
    pytest.param(
        ["правозащитники из «Мемориала»"],
        "«Мы требуем расследования», — заявили правозащитники из «Мемориала».",
        id="k-group-u-possessive",
    ),
    pytest.param(
        ["Оюб Титиев"],
        "— Что произошло?\\n— Меня задержали без объяснений, — говорит Оюб Титиев.",
        id="k-interview-answer",
    ),
    pytest.param(
        ["Kremlin"],
        (
            "Кремль считает, что глава Чечни «продолжает руководить республикой в полном объеме». "
            "Так Дмитрий Песков прокомментировал видеообращение Кадырова."
        ),
        id="k-kreml-schitaet",
    ),
    pytest.param(
        ["Kremlin"],
        (
            "В Кремле уверены, что «никаких оснований для проверки нет». Таким образом "
            "пресс-секретарь президента Дмитрий Песков прокомментировал заявление правозащитников."
        ),
        id="k-kreml-uvereny",
    ),
    pytest.param(
        ["МВД по Чечне"],
        "Задержанных «доставили в отдел полиции в Грозном». Об этом сообщили в МВД по Чечне.",
        id="k-ob-etom-v-mvd",
    ),
    pytest.param(
        ["Адам"],
        (
            "Адам (имя изменено) рассказал, что его «держали в подвале двенадцать дней». Об "
            "этом он "
            "сообщил «Новой газете»."
        ),
        id="k-own-verb-pseudonym",
    ),
    pytest.param(
        [""], "«Мы не допустим провокаций». Так прошла встреча в Грозном.", id="k-tak-not-speech"
    ),
    pytest.param(
        ["официально"],
        "Дело «сфабриковано от начала до конца». Об этом никто не заявил официально.",
        id="k-ob-etom-negated",
    ),
    pytest.param(
        ["Chechnya's leader"],
        (
            'Chechnya\'s leader said the reports were "lies from start to finish". This was stated '
            "by Kadyrov on Telegram."
        ),
        id="k-english-next",
    ),
    pytest.param(
        ["Рамзан Кадыров"],
        (
            "«Это ложь от начала до конца», — сказал Рамзан Кадыров. Так глава Чечни ответил на "
            "доклад."
        ),
        id="k-ob-etom-after-dash-quote",
    ),
    pytest.param(
        ["Олег Орлов"],
        (
            "Председатель «Мемориала» Олег Орлов выступил в Москве. Правозащитник отметил, что "
            "дело "
            "«сфабриковано от начала до конца»."
        ),
        id="k-singular-redescribe",
    ),
    pytest.param(
        ["Олег Орлов и Светлана Ганнушкина"],
        (
            "Олег Орлов и Светлана Ганнушкина приехали в Грозный. Правозащитники заявили: «Мы "
            "обжалуем это решение»."
        ),
        id="k-plural-group-named-before",
    ),
]


@pytest.mark.parametrize(("expected", "text"), CONTROLS)
def test_control(expected: list[str], text: str):
    assert _labels(text) == expected


def test_surname_endings_agree_with_the_first_name():
    assert agreeing("Айшат Ахмадову") == ("femn", "accs")  # a consonant first name undeclined
    assert agreeing("Исламу Ахмадову") == ("masc", "datv")
    assert agreeing("Оюба Титиева")[0] == "masc"
    assert agreeing("Малика Титиева") == ("femn", "nomn")
    assert agreeing("Рамзан Кадыров") is None or agreeing("Рамзан Кадыров")[1] == "nomn"
    assert agreeing("Хож-Бауди Дааеву") is None or agreeing("Хож-Бауди Дааеву")[0] == "masc"


def test_a_name_left_oblique_comes_back_in_the_nominative():
    assert in_case("Оюба Титиева", "Оюба Титиева", "что ", " задерживали") == "Оюб Титиев"
    assert in_case("Мадину Исаеву", "Мадину Исаев", "цитирует ", ".") == "Мадина Исаева"
    # natasha's normal form stands where it is a nominative already.
    assert in_case("Рамзана Кадырова", "Рамзан Кадыров", "по словам ", ",") == "Рамзан Кадыров"
    # A nominative the verb agrees with stays as written; without the verb natasha's stands.
    assert in_case("Малика Титиева", "Малик Титиев", "", " заявила:") == "Малика Титиева"
    assert in_case("Малика Титиева", "Малик Титиев", "по словам ", ",") == "Малик Титиев"


def test_an_indefinite_personal_verb_names_nobody():
    text = "На что ему ответили: «Хочешь по закону?»"
    assert told_by_nobody(text, text.index("«"))
    for text in ("В пресс-службе МВД ответили: «Нет»", "Родственники сказали: «Нет»"):
        assert not told_by_nobody(text, text.index("«"))
