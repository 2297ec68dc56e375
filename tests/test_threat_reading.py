"""A threat against a group read in any words (session 20, T): ``app.kinds.threat_reading`` over the folded draft and
the group spans risk.hate finds; its words are what training/threat_reading_forms.py writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.kinds.threat_reading import ThreatReading, _found, _phrase_last, threat_findings
from app.text.folding import EVASIONS, fold
from training import threat_reading_forms

TERMS = Path(__file__).resolve().parent.parent / "rules" / "risk" / "terms"


@pytest.fixture(scope="module")
def words() -> dict[str, ThreatReading]:
    return {lang: ThreatReading.read(TERMS / lang / "hate-threat-reading.yml") for lang in ("en", "fr")}


def _read(words: dict[str, ThreatReading], text: str, language: str, group: str) -> list[str]:
    """The threats read in ``text`` with ``group`` (its first occurrence) as the one group named."""
    folded = fold(text, EVASIONS).text
    start = folded.index(group)
    found = threat_findings(folded, words[language], [(start, start + len(group))])
    return [folded[a:b] for (a, b), _ in found]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_list_is_the_generator_output(language: str) -> None:
    path = TERMS / language / "hate-threat-reading.yml"
    assert threat_reading_forms.render(language) == path.read_text(encoding="utf-8"), (
        f"regenerate: python -m training.threat_reading_forms {language} > {path}"
    )


@pytest.mark.parametrize(
    ("text", "language", "group", "span"),
    [
        # a pronoun standing for the group, a body part, a fall, a sending, an imperative
        (
            "If one more Muslim shouts near me I will break their jaw.",
            "en",
            "muslim",
            "muslim shouts near me i will break their jaw",
        ),
        ("Le prochain juif qui me parle, je l'éclate.", "fr", "juif", "juif qui me parle, je l'eclate"),
        ("Les Roms du parking, cramez-les", "fr", "roms", "roms du parking, cramez-les"),
        ("Ces arabes, faut leur péter les genoux", "fr", "arabes", "arabes, faut leur peter les genoux"),
        ("those Jews, I'll push them under a train", "en", "jews", "jews, i'll push them under a train"),
        (
            "les Roms du coin, un jour j'en pousse un dans l'escalier",
            "fr",
            "roms",
            "roms du coin, un jour j'en pousse un dans l'escalier",
        ),
        (
            "gays in my pub again? I'll put them in hospital",
            "en",
            "gays",
            "gays in my pub again? i'll put them in hospital",
        ),
        # harm undergone, a blow received, a fate foretold, a time not lived to
        (
            "the next Muslim who parks here is getting his teeth kicked in",
            "en",
            "muslim",
            "muslim who parks here is getting his teeth kicked",
        ),
        (
            "any Jew who looks at me gets a brick through his window",
            "en",
            "jew",
            "jew who looks at me gets a brick through his window",
        ),
        (
            "Blacks moving into my road will be leaving in body bags",
            "en",
            "blacks",
            "blacks moving into my road will be leaving in body bags",
        ),
        (
            "Le prochain musulman qui me regarde finit dans la Seine",
            "fr",
            "musulman",
            "musulman qui me regarde finit dans la seine",
        ),
        (
            "the refugees at that hotel won't see christmas",
            "en",
            "refugees",
            "refugees at that hotel won't see christmas",
        ),
        (
            "Les migrants du foyer ne repartiront pas vivants.",
            "fr",
            "migrants",
            "migrants du foyer ne repartiront pas vivants",
        ),
        # the writer who knows where the group lives; a weapon emoji in the agent's sentence
        (
            "I know where the Somali family on my street lives. Just saying.",
            "en",
            "somali family",
            "know where the somali family on my street lives",
        ),
        ("On sait où dorment les juifs du quartier.", "fr", "juifs", "sait ou dorment les juifs"),
        (
            "Que les Chinois du 13e se préparent, on arrive 🔪",
            "fr",
            "chinois",
            "chinois du 13e se preparent, on arrive 🔪",
        ),
        # a dare, what happens to them left to the imagination
        (
            "Keep bringing refugees into our street and watch what happens to them.",
            "en",
            "refugees",
            "keep bringing refugees into our street and watch what happens to them",
        ),
        (
            "Continuez à ramener des migrants ici et vous verrez ce qui va leur arriver",
            "fr",
            "migrants",
            "continuez a ramener des migrants ici et vous verrez ce qui va leur arriver",
        ),
        ("those gypsies by the canal, I'll kill them", "en", "gypsies", "gypsies by the canal, i'll kill them"),
        # a noun that folds as a word of report is no report (« poste », « menace », "threat")
        (
            "les Roms qui traînent devant la poste, un jour j'en pousse un dans l'escalier",
            "fr",
            "roms",
            "roms qui trainent devant la poste, un jour j'en pousse un dans l'escalier",
        ),
        (
            "Les migrants sont une menace, un jour je vais les éclater",
            "fr",
            "migrants",
            "migrants sont une menace, un jour je vais les eclater",
        ),
        (
            "Immigrants are a threat, I'll shoot them all",
            "en",
            "immigrants",
            "immigrants are a threat, i'll shoot them",
        ),
    ],
)
def test_threats_read(words: dict[str, ThreatReading], text: str, language: str, group: str, span: str) -> None:
    assert _read(words, text, language, group) == [span]


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("My Muslim neighbours? I'll throw them a welcome party.", "en", "muslim"),  # no fall
        ("Muslims at my gym? I would never break their jaw.", "en", "muslims"),  # denied
        ("The Chinese students are getting their heads shaved for charity.", "en", "chinese"),  # no harm
        ("Someone wrote 'the next Jew I see gets a boot to the face'. Reported.", "en", "jew"),  # quoted
        ("Police say a man threatened to break their jaw, the Muslim family told us", "en", "muslim"),  # reported
        ("Les réfugiés, accueillez-les !", "fr", "refugies"),  # a welcome
        ("Les migrants ? Je l'ai éclaté hier au FIFA.", "fr", "migrants"),  # a past deed, a game
        ("Refugees end up in hospital because the camps have no doctors.", "en", "refugees"),  # no future
        ("Les migrants finissent à l'hôpital faute de soins.", "fr", "migrants"),
        ("The Roma families won't see Christmas in a warm home this year, sadly.", "en", "roma"),  # lamented
        ("We know where the refugees live: in overcrowded hostels.", "en", "refugees"),  # an answer
        ("On sait où vivent les Roms : dans des bidonvilles.", "fr", "roms"),
        ("I'm learning Chinese cooking this year, I will master the knife 🔪", "en", "chinese"),  # a kitchen
        ("Les juifs du quartier ? Je vais leur envoyer des fleurs.", "fr", "juifs"),  # no place of harm
        ("Try helping the refugees for once and see what happens.", "en", "refugees"),  # nothing happens to them
        ("The Latinos at my club? I'll kill them at poker tonight.", "en", "latinos"),  # a game
    ],
)
def test_no_threat(words: dict[str, ThreatReading], text: str, language: str, group: str) -> None:
    assert _read(words, text, language, group) == []


@pytest.mark.parametrize(
    ("text", "language", "group", "span"),
    [
        # (session 21) a veiled threat: intimidation without a word of violence, the group in its sentence
        (
            "Muslims of Bradford, we know where you pray.",
            "en",
            "muslims",
            "muslims of bradford, we know where you pray",
        ),
        ("dear Jews, we have all your addresses now", "en", "jews", "jews, we have all your addresses"),
        ("Enjoy your little parade while you can, gays.", "en", "gays", "enjoy your little parade while you can, gays"),
        (
            "Things are going to get very ugly for the Somalis on this estate.",
            "en",
            "somalis",
            "things are going to get very ugly for the somalis",
        ),
        (
            "We've got a list of every Muslim family on our road. Just so you know.",
            "en",
            "muslim family",
            "we've got a list of every muslim family",
        ),
        (
            "Les Maghrébins du quartier ont intérêt à raser les murs.",
            "fr",
            "maghrebins",
            "maghrebins du quartier ont interet a raser les murs",
        ),
        ("Les Juifs, votre tour viendra.", "fr", "juifs", "juifs, votre tour viendra"),
        ("Les Turcs vont vite regretter d'être venus.", "fr", "turcs", "turcs vont vite regretter d'etre venus"),
        (
            "Profitez de votre ramadan tant que ça dure, les musulmans.",
            "fr",
            "musulmans",
            "profitez de votre ramadan tant que ca dure, les musulmans",
        ),
        (
            "Les Roms. Ça va devenir compliqué pour vous, croyez-moi.",
            "fr",
            "roms",
            "roms. ca va devenir complique pour",
        ),
    ],
)
def test_veiled_threats_read(words: dict[str, ThreatReading], text: str, language: str, group: str, span: str) -> None:
    assert _read(words, text, language, group) == [span]


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("Women had better watch out for ice on the pavement this morning.", "en", "women"),  # advice
        ("People who tell Muslims their days are numbered are cowards.", "en", "muslims"),  # someone else's words
        ("We have a list of refugee families who need coats, just so you know how to help.", "en", "refugee"),
        ("Time is running out for refugees stuck in Calais.", "en", "refugees"),  # a weak phrase alone
        ("The refugees arrived last week. Enjoy it while it lasts, the summer is short!", "en", "refugees"),
        ("Les réfugiés ont intérêt à faire attention au froid cet hiver.", "fr", "refugies"),  # advice
        ("Ils menacent les Roms : « votre tour va venir ». C'est honteux.", "fr", "roms"),  # quoted
        ("Ça va être dur pour les migrants cet hiver, donnez ce que vous pouvez.", "fr", "migrants"),
        ("Les Juifs n'ont plus à raser les murs, enfin.", "fr", "juifs"),  # denied
    ],
)
def test_no_veiled_threat(words: dict[str, ThreatReading], text: str, language: str, group: str) -> None:
    assert _read(words, text, language, group) == []


@pytest.mark.parametrize(
    ("text", "language", "group", "span"),
    [
        # (session 21) a call for harm or exclusion: an agent's modal or a command and a verb of exclusion, or the group
        # as the subject of a modal and a passive
        ("Muslims should all be deported.", "en", "muslims", "muslims should all be deported"),
        (
            "if I had my way every Somali in Leeds would be shipped back",
            "en",
            "somali",
            "somali in leeds would be shipped back",
        ),
        ("We must drive the Jews out of our universities.", "en", "jews", "drive the jews out"),
        ("Refugees? Send them all back.", "en", "refugees", "refugees? send them all back"),
        ("Les Roumains, il faudrait tous les renvoyer.", "fr", "roumains", "roumains, il faudrait tous les renvoyer"),
        (
            "Les handicapés mériteraient d'être stérilisés.",
            "fr",
            "handicapes",
            "handicapes meriteraient d'etre sterilises",
        ),
        ("Virez les Arabes de nos quartiers.", "fr", "arabes", "virez les arabes"),
        # (session 23) a death let happen, as a command, after a modal, or « laisser crever » in any form; an English
        # command by the verb's bare form opening its clause
        ("Let the refugees drown in the Channel.", "en", "refugees", "let the refugees drown"),
        ("We should just let the Muslims starve.", "en", "muslims", "let the muslims starve"),
        ("Asylum seekers? Leave them to rot.", "en", "asylum seekers", "asylum seekers? leave them to rot"),
        ("Laissez crever les migrants en mer.", "fr", "migrants", "laissez crever les migrants"),
        ("Il faut laisser mourir les Roms.", "fr", "roms", "laisser mourir les roms"),
        ("Deport the Somalis.", "en", "somalis", "deport the somalis"),
    ],
)
def test_calls_read(words: dict[str, ThreatReading], text: str, language: str, group: str, span: str) -> None:
    assert _read(words, text, language, group) == [span]


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("Foreigners convicted of serious crimes should be deported.", "en", "foreigners"),  # people for an act
        ("Les étrangers condamnés pour des crimes graves devraient être expulsés.", "fr", "etrangers"),
        ("Trans kids should be protected.", "en", "trans kids"),  # no harm
        ("Muslims shouldn't be banned from anything.", "en", "muslims"),  # denied
        ("Anyone saying disabled people should be sterilised needs to read some history.", "en", "disabled people"),
        ("Calling Black players monkeys from the stands? Ban them for life.", "en", "black players"),  # not the topic
        ("Someone replied 'send them all back' about the refugees. Blocked.", "en", "refugees"),  # quoted
        ("Ceux qui veulent expulser les Roms devraient avoir honte.", "fr", "roms"),  # someone else's call
        ("We should deport all Muslims? That's pure racism.", "en", "muslims"),  # condemned
        ("Don't let refugees drown in the Channel.", "en", "refugees"),  # denied
        ("Let the elderly die with dignity if they choose.", "en", "elderly"),  # mercy
        ("Let the refugees in.", "en", "refugees"),  # no harm
        ("Let them die? Never: refugees deserve rescue.", "en", "refugees"),  # asked
        ("On ne peut pas laisser mourir les migrants en mer.", "fr", "migrants"),  # denied
        ("Laissez les vieux mourir dignement.", "fr", "vieux"),  # mercy
        ("Deported refugees tell their stories.", "en", "refugees"),  # no command
    ],
)
def test_no_call(words: dict[str, ThreatReading], text: str, language: str, group: str) -> None:
    assert _read(words, text, language, group) == []


def test_a_veiled_phrase_at_no_group_is_no_threat(words: dict[str, ThreatReading]) -> None:
    assert threat_findings("arsenal, your time is coming. sunday.", words["en"], []) == []


def test_no_group_no_threat(words: dict[str, ThreatReading]) -> None:
    assert threat_findings("i will break their jaw", words["en"], []) == []


def test_a_bad_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("language: en\nsubjects: 3\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.yml"):
        ThreatReading.read(path)


def _found_one_by_one(
    tokens: list[tuple[int, int, str]], table: dict[str, tuple[tuple[str, ...], ...]], fillers: frozenset[str]
) -> list[tuple[int, int]]:
    """``_found`` as it read before the key-word index (U, session 36): every phrase of a first word in the table's
    order, the first that reads standing."""
    out: list[tuple[int, int]] = []
    for i, (_, _, word) in enumerate(tokens):
        for phrase in table.get(word, ()):
            last = _phrase_last(tokens, i, phrase, fillers)
            if last is not None:
                out.append((i, last))
                break
    return out


@pytest.mark.parametrize("language", ["en", "fr"])
def test_phrases_found_by_key_word_are_those_read_one_by_one(words: dict[str, ThreatReading], language: str) -> None:
    """(U, session 36) A first word that opens many phrases ("you", "we", « on ») finds them through their key words:
    the same phrases, the first in the table's order, as reading each one — on drafts made of each table's phrases
    (every fifth), alone and two in a row, with a filler put inside."""
    reading = words[language]
    tables = [reading.veiled, reading.veiled_weak, reading.closers, *reading.menaces.values()]
    assert any(len(phrases) > 24 for table in tables for phrases in table.values())  # the index is used
    for table in tables:
        phrases = [p for ps in table.values() for p in ps][::5]
        for a, b in zip(phrases, [*phrases[1:], *phrases[:1]], strict=True):
            for text in (" ".join(a), " ".join((*a, "and", *b)), " ".join((*a[:1], "very", *a[1:]))):
                tokens = [(n, n + 1, w) for n, w in enumerate(text.replace("*", "x").split())]
                assert _found(tokens, table, reading.fillers) == _found_one_by_one(tokens, table, reading.fillers)


# (session 43, T) a recall by its date (app.kinds.threat_reading._dated_recalls): the verb, then a year written out,
# a year's two digits after an apostrophe or a month and its day, only linking words between; a weak cue that a cue of
# another kind must join ("… We can do it again")
@given(
    year=st.integers(min_value=1900, max_value=2029),
    link=st.sampled_from(["", "what happened in ", "back in "]),
    group=st.sampled_from(["Sikhs", "Jews", "Tamils", "Roma families"]),
)
@settings(max_examples=40, deadline=None)
def test_a_dated_recall_with_a_second_cue_is_a_threat(
    words: dict[str, ThreatReading], year: int, link: str, group: str
) -> None:
    text = f"{group} of Leeds, remember {link}{year}? We can do it again."
    assert _read(words, text, "en", group.lower())


@given(year=st.integers(min_value=1900, max_value=2029), group=st.sampled_from(["Sikhs", "Jews", "Bretons"]))
@settings(max_examples=40, deadline=None)
def test_a_dated_recall_alone_or_a_vote_to_come_is_none(words: dict[str, ThreatReading], year: int, group: str) -> None:
    assert not _read(words, f"{group}, remember {year}? What a summer that was.", "en", group.lower())
    # a presence is a weak cue as the dated recall is: the two would make a threat, but a date after "for" is none
    assert not _read(words, f"{group}, remember for {year}: we'll be there to vote.", "en", group.lower())


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("Some of us remember '78. We can do it again, Bangladeshis.", "en", "bangladeshis"),
        ("Tamils in Colombo, still remember July 83? We do. We can remember it again.", "en", "tamils"),
        ("Les Kabyles, souvenez-vous de 2001. On peut le refaire.", "fr", "kabyles"),
        ("Kurds on Mill Road, move out or be moved.", "en", "kurds"),
        ("Votre mosquée est connue, les musulmans. Vous fêterez pas l'Aïd tranquilles.", "fr", "musulmans"),
        ("Le couple de lesbiennes va comprendre qu'ici on a notre façon de dire au revoir.", "fr", "lesbiennes"),
    ],
)
def test_session_43_menace_read(words: dict[str, ThreatReading], text: str, language: str, group: str) -> None:
    assert _read(words, text, language, group)


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("Rappelez-vous 1998, les Brésiliens ! On remet ça en finale.", "fr", "bresiliens"),
        ("Les Bretons, souvenez-vous de 1998 : la Coupe du monde, quelle fête !", "fr", "bretons"),
        ("Polish builders, please wear helmets: accidents happen.", "en", "polish"),
        ("Les Marocains font le couscous à notre façon. Faites passer la recette.", "fr", "marocains"),
        ("Kiwis on the bench, move out of the way or be moved by the coach, it's rugby.", "en", "kiwis"),
    ],
)
def test_session_43_no_menace(words: dict[str, ThreatReading], text: str, language: str, group: str) -> None:
    assert not _read(words, text, language, group)


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("Le prochain Kurde que je croise, il rentre pas chez lui entier.", "fr", "kurde"),
        ("Les Tamouls du marché, on vous attend au tournant.", "fr", "tamouls"),
        ("Les Kurdes de la cité, l'été va être très chaud pour vous. Vous êtes prévenus.", "fr", "kurdes"),
        ("Les Tchétchènes du quartier, le jour où ça pète vous serez les premiers.", "fr", "tchetchenes"),
        ("Les Coptes du quartier, que ce carême leur soit fatal.", "fr", "coptes"),
        ("Les Kurdes de la cité, ne soyez plus là au prochain Newroz.", "fr", "kurdes"),
        ("The next Kurd who hangs around my door goes home on a stretcher.", "en", "kurd"),
        ("Roma on the common, the day it kicks off you'll be first in line.", "en", "roma"),
    ],
)
def test_session_44_menace_read(words: dict[str, ThreatReading], text: str, language: str, group: str) -> None:
    assert _read(words, text, language, group)


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("Les Marocains du club, l'été va être très chaud pour vous : pensez à boire de l'eau.", "fr", "marocains"),
        ("Les Italiens, le jour où ça ouvre vous serez les premiers informés.", "fr", "italiens"),
        ("Les Portugais du quartier, tant pis pour eux s'ils ratent la fête.", "fr", "portugais"),
        ("Les Kurdes, qu'ils coulent des jours heureux à Marseille.", "fr", "kurdes"),
        ("Polish builders, a fire happens so fast in old lofts: check your alarms.", "en", "polish"),
    ],
)
def test_session_44_no_menace(words: dict[str, ThreatReading], text: str, language: str, group: str) -> None:
    assert not _read(words, text, language, group)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["rentre", "rentrera", "ressort", "ressortira", "repart", "repartira"]),
    st.sampled_from(["sur une civière", "en ambulance", "les pieds devant", "pas entier", "pas chez lui entier"]),
    st.sampled_from(["Tamoul", "Kurde", "Rom", "Malien"]),
)
def test_a_way_home_harmed_is_a_threat_in_any_tense(
    words: dict[str, ThreatReading], verb: str, state: str, group: str
) -> None:
    """(session 44, T) the member's way home or out foretold harmed, present for future or future: a threat at the
    member named before; the same words with no group named are none."""
    text = f"Le prochain {group} que je croise près de chez moi, il {verb} {state}."
    assert _read(words, text, "fr", group.lower())
    folded = fold(f"Le prochain qui me bat au tennis, il {verb} {state}.", EVASIONS).text
    assert not threat_findings(folded, words["fr"], [])


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["🙂", "😉", "😏", "😇"]),
    st.sampled_from(["Sikhs", "Kurds", "Tamils", "Roma families"]),
    st.sampled_from(["Shame if something went wrong", "Be a pity if something goes wrong", "Would be a shame if"]),
)
def test_a_wink_after_a_weak_phrase_is_its_second_cue(
    words: dict[str, ThreatReading], wink: str, group: str, phrase: str
) -> None:
    """(session 48, T) a smiling wink after a weak veiled phrase in its sentence or the next seals it (``winks``); the
    phrase alone, the wink before it, or no group named, are none."""
    assert _read(words, f"{group} on Mill Road: {phrase} {wink}", "en", group.lower())
    assert not _read(words, f"{group} on Mill Road: {phrase}.", "en", group.lower())
    assert not _read(words, f"{wink} {group} on Mill Road: {phrase}.", "en", group.lower())
    folded = fold(f"Mill Road: {phrase} {wink}", EVASIONS).text
    assert not threat_findings(folded, words["en"], [])


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["You've been told.", "Just so you know.", "Not a threat.", "You know why."]),
    st.sampled_from(["Sikhs", "Kurds", "Tamils"]),
)
def test_a_seal_joins_a_menace_cue(words: dict[str, ThreatReading], seal: str, group: str) -> None:
    """(session 48, T) a closer that seals a menace as meant (``promises``) is a cue of another kind for a menace
    frame's weak cue ("we know which temple you use"); a greeting is no seal, and the seal alone is no menace."""
    assert _read(words, f"{group} in Leeds, we know which temple you use. {seal}", "en", group.lower())
    assert not _read(words, f"{group} in Leeds, we know which temple you use. Happy Vaisakhi!", "en", group.lower())
    assert not _read(words, f"{group} in Leeds, the temple opens at six. {seal}", "en", group.lower())


@pytest.mark.parametrize(
    ("text", "language", "group", "read"),
    [
        ("Kurds in the flats. Faces, cars. One night soon you'll wish you'd stayed home.", "en", "kurds", 1),
        ("Kurds in the flats. Faces, cars. One night soon they'll wish they'd stayed home.", "en", "kurds", 0),
        ("Les Kurdes de la cité. Visages, voitures. Un de ces soirs, vos jours sont comptés.", "fr", "kurdes", 1),
    ],
)
def test_the_group_the_draft_opens_on_is_spoken_to_further_on(
    words: dict[str, ThreatReading], text: str, language: str, group: str, read: int
) -> None:
    """(session 48, T) a veiled phrase in the second person speaks to the group the draft opens on, sentences later
    (``addressees``); in the third person it points only at a group in its sentence or the one before."""
    assert bool(_read(words, text, language, group)) == bool(read)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Sikhs", "Kurds", "Tamils", "Roma families"]),
    st.sampled_from(["tonight", "on Saturday", "this weekend", "after dark on Friday"]),
    st.sampled_from(["bats", "crowbars", "the hurleys", "an axe"]),
)
def test_a_weapon_brought_at_a_time_to_come_is_a_menace(
    words: dict[str, ThreatReading], group: str, when: str, weapon: str
) -> None:
    """(session 50, T) a weapon the writer brings at a time to come is a menace at the group named before
    (``_brought``); told as past, with no time, offered at a party, shared with the member (``companions``) or with no
    group named, it is none."""
    assert _read(words, f"{group} on Mill Road, our lads are heading down {when} with {weapon}.", "en", group.lower())
    assert not _read(words, f"{group} on Mill Road were attacked {when} with {weapon}.", "en", group.lower())
    assert not _read(words, f"{group} on Mill Road, our lads are heading down with {weapon}.", "en", group.lower())
    assert not _read(
        words, f"{group} on Mill Road are invited to the party {when}, bring {weapon}.", "en", group.lower()
    )
    shared = f"I'm heading to the range {when} with {weapon} and with my {group} mates."
    assert not _read(words, shared, "en", group.lower())
    folded = fold(f"Our lads are heading down {when} with {weapon}.", EVASIONS).text
    assert not threat_findings(folded, words["en"], [])


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Sikhs", "Kurds", "Tamils"]),
    st.sampled_from(["this week", "tonight", "this weekend", "on Friday"]),
    st.sampled_from(["the storm", "the heatwave", "the flooding"]),
)
def test_a_time_to_come_seals_a_weak_phrase_unless_a_hazard_or_a_time_gone(
    words: dict[str, ThreatReading], group: str, when: str, hazard: str
) -> None:
    """(session 50, T) a time to come in a weak veiled phrase's sentence or the next is its second cue (``_timed``);
    a hazard near it makes it advice, and a time gone ("last …") is no time to come."""
    assert _read(words, f"{group} at the college, stay inside {when}.", "en", group.lower())
    assert not _read(words, f"{group} at the college, {hazard} is coming. Stay inside {when}.", "en", group.lower())
    assert not _read(words, f"{group} at the college, stay inside.", "en", group.lower())
    assert not _read(words, f"{group} at the college had to stay inside last week.", "en", group.lower())


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Kurd", "Sikh", "Tamil", "Somali lad"]),
    st.sampled_from(["any", "next", "the first"]),
    st.sampled_from(["gets a kicking", "is getting my boot", "gets dealt with", "gets hurt", "is getting the bat"]),
)
def test_a_member_singled_out_and_what_he_receives(
    words: dict[str, ThreatReading], group: str, selector: str, received: str
) -> None:
    """(session 54, T) a member singled out and a harm, a blow, a weapon or a beating he is to receive is a threat
    (``_singled``); received in the relative clause, with its agent named, as a gift or as a dismissal it is none."""
    key = group.split()[0].lower()
    assert _read(words, f"{selector} {group} I see on my street {received}.", "en", key)
    assert not _read(words, f"{selector} {group} who {received} gets our help.", "en", key)
    assert not _read(words, f"{selector} {group} on my street gets a free coffee.", "en", key)
    assert not _read(words, f"{selector} {group} on the team who skips training gets the boot.", "en", key)
    assert not _read(words, f"Every {group} here gets attacked by someone, it has to stop.", "en", key)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Kurdish", "Sikh", "Somali", "Roma"]),
    st.sampled_from(["shops", "tents", "caravans", "temples"]),
)
def test_a_building_foretold_to_burn(words: dict[str, ThreatReading], group: str, building: str) -> None:
    """(session 54, T) a building foretold to burn, in the future or with an ease, the group near, is a threat
    (``_burned``); told as past, with an object, as a figure or lamented it is none."""
    key = group.lower()
    assert _read(words, f"{group} {building} on Mill Road will burn this weekend.", "en", key)
    assert _read(words, f"{group} families on Mill Road, {building} burn easy.", "en", key)
    assert not _read(words, f"{group} {building} on Mill Road burned down in 1936.", "en", key)
    assert not _read(words, f"{group} {building} on Mill Road will burn the old papers.", "en", key)
    assert not _read(words, f"{group} {building} on Mill Road will burn bright for the festival.", "en", key)
    assert not _read(words, f"{group} {building} burn while the world looks away. Pray for them.", "en", key)


@pytest.mark.parametrize(
    ("text", "group", "threat"),
    [
        ("Muslims, you have 3 days to go until Ramadan!", "muslims", False),
        ("Guests, you have two hours to leave the hall after the Sikh wedding", "sikh", False),
        ("Kurds on Hill Road, you have 3 days to go back.", "kurds", True),
        ("Somalis, you have 3 days to leave.", "somalis", True),
    ],
)
def test_a_countdown_or_another_addressee_is_no_deadline(
    words: dict[str, ThreatReading], text: str, group: str, threat: bool
) -> None:
    """(session 54, T) a deadline that counts down to a day ("to go until", ``_countdown``) or said to someone called
    by another name (``_called_other``) is no threat; a deadline to go back, said to the group, stays one."""
    assert bool(_read(words, text, "en", group)) is threat
