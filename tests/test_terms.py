"""Unit and property tests of the ``terms`` kind: policy lists, sureness, allow-list, forms, errors."""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import get_frequency_dict

from app.domain import Family, Severity
from app.kinds.base import CheckContext, Deps, RuleMeta
from app.kinds.terms import TermsKind, TermsParams, TermSpec, inflect, match_case, read_term_file, spelling_variants
from app.policy import Policy
from app.testing import term_count
from app.text.folding import fold_term
from tests.test_risk_cases import make_draft


def _meta(severity: Severity = Severity.WARNING, source: Path | None = None) -> RuleMeta:
    return RuleMeta(
        id="risk.custom-competitors",
        family=Family.RISK,
        severity=severity,
        languages=frozenset({"*"}),
        summary={"en": "Competitors"},
        messages={
            "default": {
                "en": "'{excerpt}' is on your organisation's '{list}' list.",
                "fr": "« {excerpt} » figure sur la liste « {list} » de votre organisation.",
            }
        },
        kind="terms",
        source=source,
    )


def _rule(params: dict[str, object], severity: Severity = Severity.WARNING, source: Path | None = None):  # type: ignore[no-untyped-def]
    kind = TermsKind()
    return kind.build(_meta(severity, source), TermsParams.model_validate(params), Deps(rules_root=Path(".")))


def _check(rule, text: str, language: str = "en", policy: Policy | None = None):  # type: ignore[no-untyped-def]
    findings = list(rule.check(make_draft(text, language), CheckContext(policy=policy or Policy())))
    for f in findings:
        assert text[f.offset : f.offset + f.length] == f.excerpt
    return findings


def test_policy_list_shape_from_the_engine() -> None:
    """The engine's custom term specs (term, replacement, message, list_name) work as they are."""
    rule = _rule(
        {
            "terms": [
                {"term": "Globex", "replacement": "a competitor"},
                {"term": "Project Falcon", "message": "Code name '{excerpt}' must stay internal."},
                {"term": "Initech"},
            ],
            "list_name": "competitors",
        }
    )
    found = _check(rule, "Better than GLOBEX and Initech's tools; Project  Falcon ships soon.")
    assert [(f.excerpt, f.severity) for f in found] == [
        ("GLOBEX", Severity.WARNING),
        ("Initech", Severity.WARNING),
        ("Project  Falcon", Severity.WARNING),
    ]
    assert found[0].replacements == ("A COMPETITOR",)
    assert found[0].message == "'GLOBEX' is on your organisation's 'competitors' list."
    assert found[2].message == "Code name 'Project  Falcon' must stay internal."
    fr = _check(rule, "Mieux que Globex.", "fr")
    assert fr[0].message == "« Globex » figure sur la liste « competitors » de votre organisation."


def test_sureness_maps_to_severity_and_is_capped_by_the_rule() -> None:
    """0/1/2 map through severity_by_sureness; the rule's severity (set by policy) caps the result."""
    params = {
        "terms": [{"term": "darn", "sureness": 0}, {"term": "heck", "sureness": 1}, {"term": "blast", "sureness": 2}],
        "severity_by_sureness": {0: "info", 1: "warning", 2: "error"},
    }
    found = _check(_rule(params, Severity.ERROR), "darn heck blast")
    assert [f.severity for f in found] == [Severity.INFO, Severity.WARNING, Severity.ERROR]
    capped = _check(_rule(params, Severity.WARNING), "darn heck blast")
    assert [f.severity for f in capped] == [Severity.INFO, Severity.WARNING, Severity.WARNING]
    strict = _check(_rule({**params, "min_sureness": 1}, Severity.ERROR), "darn heck blast")
    assert [f.excerpt for f in strict] == ["heck", "blast"]


def test_allow_list_and_accepted_vocabulary() -> None:
    """Allow-listed phrases and the policy's accepted words are never flagged."""
    rule = _rule({"terms": ["bite", "dick"], "allow": ["bite d'amarrage"]})
    assert _check(rule, "Une bite d’amarrage") == []
    assert [f.excerpt for f in _check(rule, "Une bite")] == ["bite"]
    assert _check(rule, "Ask Dick", policy=Policy(accept=["Dick"])) == []


def test_entities_are_skipped_unless_asked() -> None:
    """Mentions, hashtags and URLs are off limits unless the rule names the entity kind."""
    plain = _rule({"terms": ["globex"]})
    assert _check(plain, "Thanks @globex and #globex, see https://globex.com") == []
    tags = _rule({"terms": ["globex"], "entities": ["hashtags"]})
    assert [f.excerpt for f in _check(tags, "Thanks @globex and #globex")] == ["globex"]


def test_squeezed_forms_only_where_a_run_was_squeezed() -> None:
    """'conne' matches 'conneeee' and 'connnne' but never 'cone' (no repeated run there)."""
    rule = _rule({"terms": ["conne"]})
    assert _check(rule, "an ice cream cone", "fr") == []
    assert [f.excerpt for f in _check(rule, "quelle connnnne", "fr")] == ["connnnne"]


def test_longest_match_wins_and_overlaps_are_dropped() -> None:
    """'fils de pute' is one finding, not two."""
    rule = _rule({"terms": ["pute", "fils de pute"]})
    assert [f.excerpt for f in _check(rule, "Ce fils de pute", "fr")] == ["fils de pute"]


def test_inflections() -> None:
    """Plural and feminine forms for one-word terms; phrases are left alone."""
    assert set(inflect("connard", "fr", ["plural", "feminine"])) == {"connards", "connarde", "connardes"}
    assert "conne" in inflect("con", "fr", ["feminine"])
    assert inflect("idiot", "en", ["plural"]) == ["idiots"]
    assert inflect("bully", "en", ["plural"]) == ["bullies", "bullys"]
    assert inflect("fils de pute", "fr", ["plural"]) == []


def test_match_case() -> None:
    """Replacements follow the excerpt's case."""
    assert match_case("mince", "MERDE") == "MINCE"
    assert match_case("mince", "Merde") == "Mince"
    assert match_case("mince", "merde") == "mince"


def test_term_files(tmp_path: Path) -> None:
    """YAML and text lists load; a bad file names itself and the key."""
    (tmp_path / "a.txt").write_text("# comment\nfoo\nbar baz  # trailing\n", encoding="utf-8")
    assert [t for t in read_term_file(tmp_path / "a.txt").terms] == ["foo", "bar baz"]
    (tmp_path / "b.yml").write_text("terms:\n  - {term: x, sureness: 5}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"b\.yml: terms\.0"):
        read_term_file(tmp_path / "b.yml")
    (tmp_path / "rule.yml").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="not found"):
        _rule({"lists": {"en": "missing.yml"}}, source=tmp_path / "rule.yml")
    rule = _rule({"lists": {"en": "a.txt"}}, source=tmp_path / "rule.yml")
    assert term_count(rule) >= 2
    assert [f.excerpt for f in _check(rule, "Foo and bar baz")] == ["Foo", "bar baz"]
    assert _check(rule, "Foo and bar baz", "fr") == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(["merde", "m.e.r.d.e", "MERDE", "mérde", "merdeee", "m3rde", "merde\u0301"]), max_size=4),
    st.lists(st.text(max_size=15), min_size=5, max_size=5),
)
def test_spans_hold_for_any_mix(words: list[str], fillers: list[str]) -> None:
    """Whatever surrounds the terms, every finding's span holds and never overlaps another."""
    rule = _rule({"terms": ["merde"]})
    text = " ".join(f"{fillers[i]} {w}" for i, w in enumerate(words)) + " " + fillers[-1]
    found = _check(rule, text, "fr")
    ends = [f.offset + f.length for f in found]
    assert all(found[i].offset >= ends[i - 1] for i in range(1, len(found)))


def test_homonym_cues_clear_a_hit_within_the_window(tmp_path: Path) -> None:
    """A term near one of its cue words (folded, either side, within the window) is read in its harmless sense;
    farther away, or next to a word that is no cue, it is flagged; a bad window names the file and key."""
    (tmp_path / "rule.yml").write_text("", encoding="utf-8")
    (tmp_path / "h.yml").write_text(
        "homonym_window: 3\nhomonyms:\n  pédale: [frein, Vélo]\nterms:\n  - pédale\n  - autre\n", encoding="utf-8"
    )
    rule = _rule({"lists": {"fr": "h.yml"}}, source=tmp_path / "rule.yml")
    assert _check(rule, "La pédale de frein est usée", "fr") == []
    assert _check(rule, "Mon VELO a une pédale cassée", "fr") == []
    assert [f.excerpt for f in _check(rule, "Quelle pédale celui-là", "fr")] == ["pédale"]
    far = "La pédale un deux trois quatre frein"
    assert [f.excerpt for f in _check(rule, far, "fr")] == ["pédale"]
    assert [f.excerpt for f in _check(rule, "autre frein", "fr")] == ["autre"]  # cues belong to their own term
    (tmp_path / "bad.yml").write_text("homonym_window: 0\nterms: [x]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.yml: homonym_window"):
        read_term_file(tmp_path / "bad.yml")


def test_homonym_senses_are_rule_data_checked_at_load(tmp_path: Path) -> None:
    """An entry's ``homonym:`` names senses of the rule's senses file (``params.senses``): read by their grammar there
    (a harmless use is info); a sense the file lacks, or no senses file for the list's language, names the term list
    and the entry."""
    (tmp_path / "rule.yml").write_text("", encoding="utf-8")
    (tmp_path / "senses.yml").write_text(
        "language: en\nsenses:\n  loaf:\n    before: ['\\bcrusty\\s+']\n", encoding="utf-8"
    )
    (tmp_path / "h.yml").write_text(
        "language: en\nterms:\n  - {term: bap, sureness: 2, homonym: [loaf]}\n", encoding="utf-8"
    )
    params = {"lists": {"en": "h.yml"}, "senses": {"en": "senses.yml"}, "severity_by_sureness": {2: "error"}}
    rule = _rule(params, severity=Severity.ERROR, source=tmp_path / "rule.yml")
    assert [f.severity for f in _check(rule, "a crusty bap for lunch")] == [Severity.INFO]
    assert [f.severity for f in _check(rule, "look at that bap")] == [Severity.WARNING]  # neither: at most a warning
    (tmp_path / "h.yml").write_text("language: en\nterms:\n  - {term: bap, homonym: [roll]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"h\.yml: terms\.0\.homonym \(bap\): unknown sense 'roll'"):
        _rule(params, source=tmp_path / "rule.yml")
    with pytest.raises(ValueError, match=r"h\.yml: terms\.0\.homonym \(bap\): no params\.senses\.en"):
        _rule({"lists": {"en": "h.yml"}}, source=tmp_path / "rule.yml")


def test_reported_words_are_info_with_their_reason() -> None:
    """A hit right after a ``reported`` phrase (folded: accents, ’, « ») is info with the reason (in the draft's
    language); elsewhere, and in another language, it keeps its grade; a pattern that does not compile is refused."""
    rule = _rule(
        {
            "terms": [{"term": "connard", "sureness": 2}],
            "severity_by_sureness": {0: "info", 1: "warning", 2: "error"},
            "reported": {"fr": r"\btrait(?:e|er)\s+d(?:e\s+|'\s*)(?:\"\s*)?"},
        },
        severity=Severity.ERROR,
    )
    for text in ("Il m’a TRAITÉ de « connard » !", "se faire traiter de connard", "traité de connard"):
        (found,) = _check(rule, text, "fr")
        assert (found.excerpt, found.severity, found.explanation) == (
            "connard",
            Severity.INFO,
            "rapporté : le brouillon dit que quelqu'un d'autre a employé ce mot",  # a French draft: French reason
        )
    assert [f.severity for f in _check(rule, "T'es un connard, traité de rien", "fr")] == [Severity.ERROR]
    assert [f.severity for f in _check(rule, "traité de connard", "en")] == [Severity.ERROR]
    selfish = _rule({"terms": ["attardé"], "self_directed": {"fr": r"\bje\s+suis\s+(?:un\s+)?"}})
    (found,) = _check(selfish, "Je suis un ATTARDÉ", "fr")
    assert (found.severity, found.explanation) == (
        Severity.INFO,
        "dit de soi : le brouillon ne vise personne d'autre avec ce mot",
    )
    assert [f.severity for f in _check(selfish, "Il est un attardé", "fr")] == [Severity.WARNING]
    with pytest.raises(ValueError, match="reported"):
        TermsParams.model_validate({"reported": {"fr": "(unclosed"}})


def test_mentioned_words_are_info_unless_the_writer_uses_them() -> None:
    """A hit the words right after discuss (``mentioned``) is info with its reason; ``use_before`` / ``use_after`` (the
    writer aims the word: "I called him a …", "… fits you") keep the grade over both ``reported`` and ``mentioned``; the
    new patterns are validated like ``reported``."""
    rule = _rule(
        {
            "terms": [{"term": "retard", "sureness": 2}],
            "severity_by_sureness": {0: "info", 1: "warning", 2: "error"},
            "reported": {"en": r"\bcalled\s+(?:\w+\s+)?an?\s+"},
            "mentioned": {"en": r"""["']?\s*is\s+an?\s+slur"""},
            "use_before": {"en": r"\bi\s+called\s+(?:\w+\s+)?an?\s+"},
            "use_after": {"en": r"\s*fits\s+you"},
        },
        severity=Severity.ERROR,
    )
    mentioned = "mentioned: the draft discusses this word, it does not aim it at anyone"
    for text, reason in [
        ("'Retard' is a slur.", mentioned),
        ("RETARD is a slur", mentioned),
        ("He called me a retard.", "reported: the draft says someone else used this word"),
    ]:
        (found,) = _check(rule, text)
        assert (found.severity, found.explanation) == (Severity.INFO, reason), text
    for text in ("I called him a retard.", "I called him a retard, is a slur?", "Retard fits you", "You retard."):
        assert [f.severity for f in _check(rule, text)] == [Severity.ERROR], text
    assert [f.severity for f in _check(rule, "'Retard' is a slur.", "fr")] == [Severity.ERROR]  # English patterns only
    for key in ("mentioned", "use_before", "use_after"):
        with pytest.raises(ValueError, match=key):
            TermsParams.model_validate({key: {"en": "(unclosed"}})


def test_a_quoted_word_is_mentioned_unless_its_sentence_aims_it() -> None:
    """With ``quoted_unless``, a hit that is the whole of a quotation (", ', « », spaces inside) is info as mentioned;
    not when its sentence matches the pattern (a second-person word), when it opens its sentence before a comma or
    "!" (it calls someone), or when the quote marks do not enclose it alone ("don't" is no quote)."""
    rule = _rule(
        {
            "terms": [{"term": "retard", "sureness": 2}, {"term": "sale arabe", "sureness": 2}],
            "severity_by_sureness": {0: "info", 1: "warning", 2: "error"},
            "quoted_unless": {"en": r"\byou\b", "fr": r"\btu\b"},
        },
        severity=Severity.ERROR,
    )
    for text, language in [
        ('How is "retard" still allowed?', "en"),
        ("They wrote 'retard' on the wall. You saw it?", "en"),
        ("Des tags « sale arabe » partout.", "fr"),
        ("Des tags «sale arabe» partout.", "fr"),
    ]:
        (found,) = _check(rule, text, language)
        assert found.severity is Severity.INFO, text
    for text, language in [
        ('Shut up, you "retard".', "en"),
        ('"Retard", go home.', "en"),
        ("'Retard'! Move.", "en"),
        ("They said retard's fine", "en"),
        ('He is a "retard"s friend', "en"),
        ("Tu es un « sale arabe ».", "fr"),
        ('How is "retard" still allowed?', "de"),  # no pattern for this language: the quotation is not read
    ]:
        assert [f.severity for f in _check(rule, text, language)] == [Severity.ERROR], text


_FRAMES = {
    "en": (
        ["He called me a", "Someone yelled", "The word", "Words like", "I got called a"],
        ["faggot", "retard", "chink"],
    ),
    "fr": (["Il m'a traité de", "Le mot", "J'ai entendu", "Se faire traiter de"], ["pédé", "sale arabe", "bougnoule"]),
}
_OWN = {
    "en": ["I called him a", "I'd call her a", "We called them"],
    "fr": ["Je l'ai traité de", "J'ai traité ce type de"],
}


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["en", "fr"]),
    st.integers(0, 4),
    st.integers(0, 2),
    st.integers(0, 2),
    st.sampled_from([("", ""), ("'", "'"), ('"', '"'), ("« ", " »")]),
)
def test_the_writers_own_use_is_never_demoted(
    language: str, frame_at: int, slur_at: int, own_at: int, quotes: tuple[str, str]
) -> None:
    """In the shipped risk.slurs rule, whatever frame reports a slur and however it is quoted, the reported form is
    info and the writer's own act ("I called him a …", « je l'ai traité de … ») keeps the slur's grade."""
    rule = _shipped_slurs()
    frames, slurs = _FRAMES[language]
    frame, slur, own = frames[frame_at % len(frames)], slurs[slur_at], _OWN[language][own_at % len(_OWN[language])]
    word = f"{quotes[0]}{slur}{quotes[1]}"
    reported = _check(rule, f"{frame} {word} in the street.", language)
    assert reported and all(f.severity is Severity.INFO for f in reported), (frame, word)
    used = _check(rule, f"{own} {word} in the street.", language)
    assert used and all(f.severity is not Severity.INFO for f in used), (own, word)


def _shipped_slurs():  # type: ignore[no-untyped-def]
    """The shipped risk.slurs rule, built once."""
    global _SLURS
    if _SLURS is None:
        from app.engine import Engine
        from app.settings import Settings

        engine = Engine.create(Settings(offline=True))
        _SLURS = next(r for r in engine.ruleset(engine.base_policy).rules if r.meta.id == "risk.slurs")
    return _SLURS


_SLURS = None


def test_fuzzy_term_files_match_misspellings_but_not_their_excluded_words(tmp_path: Path) -> None:
    """A ``fuzzy`` file matches a letter masked (``*`` ``.`` ``-`` ``_``, 4+ letters), missing or swapped (5+), a
    missing letter also where squeezing leaves the same string ("trany"); ``fuzzy_exclude`` words and 3-letter terms
    stay exact, a non-fuzzy file reads only asterisk masks; a variant keeps its term's homonym cues."""
    body = "fuzzy: true\nfuzzy_exclude: [fagot]\nhomonyms: {faggot: [wood]}\nterms: [faggot, tranny, fag, spic]\n"
    (tmp_path / "slurs.yml").write_text(body, encoding="utf-8")
    (tmp_path / "exact.yml").write_text("terms: [faggot]\n", encoding="utf-8")
    rule = _rule({"lists": {"en": "slurs.yml"}}, source=tmp_path / "rule.yml")
    for text, excerpt in [
        ("you f*ggot", "f*ggot"),
        ("you f.ggot!", "f.ggot"),
        ("you f-ggot", "f-ggot"),
        ("you f_ggot", "f_ggot"),
        ("you faggto", "faggto"),
        ("that trany", "trany"),
        ("go home sp*c", "sp*c"),
    ]:
        assert [f.excerpt for f in _check(rule, text)] == [excerpt], text
    for text in ("a fagot", "a f*g", "a spci", "a faggot of wood", "a f*ggot of wood", "a f*gg*t"):
        assert _check(rule, text) == [], text
    exact = _rule({"lists": {"en": "exact.yml"}}, source=tmp_path / "rule.yml")
    # since session 13 (8d5fa37) every list reads letters masked by asterisks; the other evasions stay fuzzy files' own
    assert [f.excerpt for f in _check(exact, "you f*ggot")] == ["f*ggot"]
    assert _check(exact, "you f.ggot") == [] and _check(exact, "you faggto") == []
    assert {"f*ggot", "f.ggot", "faggto", "fagot", "fagggot"} <= spelling_variants("faggot")
    assert spelling_variants("fag") == set()
    assert not any(len(v) == 3 for v in spelling_variants("spic"))  # a 4-letter term: masks and doubles only


def _masked_rule(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "slurs.yml").write_text("fuzzy: true\nterms: [kike, nigga, faggot]\n", encoding="utf-8")
    return _rule({"lists": {"en": "slurs.yml"}}, source=tmp_path / "rule.yml")


def test_masked_terms_read_as_bare_links_or_ending_in_an_at_sign(tmp_path: Path) -> None:
    """ "k.ke" autolinks as a ``.ke`` domain: a bare link (no scheme, no path) that is wholly a masked term is read by
    the list; "@" (or "$") ending a word after a letter stands for a letter ("nigg@"). Real links, mentions, prices
    and emails are not read."""
    rule = _masked_rule(tmp_path)
    for text, excerpt in [
        ("you k.ke", "k.ke"),
        ("shut up, k.ke.", "k.ke"),
        ("you nigg@", "nigg@"),
        ("get lost nigg@!", "nigg@"),
        ("you f@ggot", "f@ggot"),
        ("n1gg@ please", "n1gg@"),
    ]:
        assert [f.excerpt for f in _check(rule, text)] == [excerpt], text
    for text in (
        "see k.ke/news",
        "see https://k.ke",
        "visit k.co",
        "go to bit.ly",
        "thanks @kike",
        "hi @nigga",
        "only $5 today",
        "4U and me",
        "x.ai rocks",
        "see you @ 5",
    ):
        assert _check(rule, text) == [], text


def test_email_addresses_and_currency_codes_are_never_read_as_terms(tmp_path: Path) -> None:
    """An e-mail address is an address, not a masked slur ("f@g.com" is not "fag"), whether its parts are leet or
    plain letters; a currency code or a short code before "$"/"@" stays as written ("US$", "HK$", "ky$"), while a
    symbol ending a longer word still stands for a letter ("nigg@")."""
    (tmp_path / "slurs.yml").write_text("fuzzy: true\nterms: [fag, faggot, nigga, kys, uss, hks]\n", encoding="utf-8")
    rule = _rule({"lists": {"en": "slurs.yml"}}, source=tmp_path / "rule.yml")
    for text in (
        "f@g.com is my email",
        "write to f@g.com, or visit f@g.com/x",
        "mail fag@bar.com now",
        "nigg@example.org",
        "contact nigga.fan@mail.co.uk",
        "see www.fag.com/nigga and https://x.com/f@g",
        "US$ 40, HK$200, ky$, C$50, R$20, A$30",
        "only 10$ and $ACME up",
    ):
        assert _check(rule, text) == [], text
    for text, excerpt in [("You f@g", "f@g"), ("go away nigg@!", "nigg@"), ("f@g, write f@g.com", "f@g")]:
        assert [f.excerpt for f in _check(rule, text)] == [excerpt], text


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["f@g", "fag", "n1gg@", "nigga", "k.ke", "f.a.g", "j.doe"]),
    st.sampled_from(["g", "fag", "nigg@", "mail", "k.ke"]),
    st.sampled_from(["com", "fr", "io", "co.uk", "ke"]),
    st.sampled_from(["", "/", "/x", ".", ","]),
)
def test_an_email_address_is_never_a_term(local: str, domain: str, tld: str, tail: str) -> None:
    """Whatever its local part and domain hold (leet, plain, masked), an e-mail address gives no finding."""
    rule = _masked_rule(Path(tempfile.mkdtemp()))
    text = f"write to {local}@{domain}.{tld}{tail} today"
    if "@" in domain:  # "x@nigg@.com" is not an address
        return
    assert _check(rule, text) == [], text


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["k.ke", "kike", "nigga", "k.kes", "t.co", "bit"]),
    st.sampled_from(["ke", "co", "ly", "com"]),
    st.sampled_from(["/", "/news", "/kike", "/k.ke"]),
    st.sampled_from(["nigga", "kike", "nigel", "faggot"]),
)
def test_links_with_a_path_and_mentions_are_never_read(label: str, tld: str, path: str, handle: str) -> None:
    """Whatever the host and path hold, a link with a path or a scheme and an @mention stay off limits."""
    rule = _masked_rule(Path(tempfile.mkdtemp()))
    for text in (f"see {label}.{tld}{path} now", f"see https://{label}.{tld} now", f"thanks @{handle} now"):
        assert _check(rule, text) == [], text


def _folded_zipf(language: str) -> dict[str, tuple[float, bool]]:
    """wordfreq's words folded as the terms kind folds a draft ("éculé" → "ecule"): the highest Zipf frequency of
    the spellings that fold to each key, and whether that spelling carries a letter outside ASCII (an accent)."""
    out: dict[str, tuple[float, bool]] = {}
    for word, freq in get_frequency_dict(language).items():
        key = fold_term(word)
        zipf = math.log10(freq) + 9
        if zipf > out.get(key, (-1.0, False))[0]:
            out[key] = (zipf, not word.isascii())
    return out


def _is_a_word(variant: str, folded: list[dict[str, tuple[float, bool]]]) -> bool:
    """Zipf >= 2.5, or >= 2.0 when the word's usual spelling is accented: a typo of a swear word rarely adds an
    accent, so such a variant is a real word (« éculé », worn out, one letter from « enculé »)."""
    for table in folded:
        zipf, accented = table.get(variant, (0.0, False))
        if zipf >= 2.5 or (accented and zipf >= 2.0):
            return True
    return False


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_fuzzy_slur_spelling_is_a_common_word(language: str) -> None:
    """A misspelling of a fuzzy term file that is a word (see ``_is_a_word``; wordfreq in English or French, its
    words folded as drafts are: the English list is read for French drafts too) must be a written form of the file
    or in its ``fuzzy_exclude``."""
    folded = [_folded_zipf(lang) for lang in ("en", "fr")]
    for path in sorted(Path("rules").glob(f"*/terms/{language}/*.yml")):
        try:
            term_file = read_term_file(path)
        except ValueError:
            continue  # not a terms-kind list
        if not term_file.fuzzy:
            continue
        forms: set[str] = set()
        for raw in term_file.terms:
            spec = TermSpec(term=raw) if isinstance(raw, str) else raw
            written = [spec.term, *spec.forms]
            generated = [f for w in written for f in inflect(w, language, term_file.inflect)] if spec.inflect else []
            forms |= {fold_term(f) for f in written + generated}
        excluded = {fold_term(w) for w in term_file.fuzzy_exclude}
        words = sorted(v for form in forms for v in spelling_variants(form) - forms - excluded if _is_a_word(v, folded))
        assert words == [], f"{path}: add to fuzzy_exclude: {words}"


def test_profanity_reads_the_english_frames_of_slurs() -> None:
    """(F, session 42) risk.profanity reads a reported, received or discussed word with risk.slurs' English frames, the
    same expressions kept in step here: "I got called a …" is the same act whichever list holds the word."""
    rules = Path(__file__).resolve().parents[1] / "rules" / "risk"
    slurs = yaml.safe_load((rules / "slurs.yml").read_text(encoding="utf-8"))["params"]
    profanity = yaml.safe_load((rules / "profanity.yml").read_text(encoding="utf-8"))["params"]
    for key in ("reported", "mentioned", "use_before", "use_after", "quoted_unless", "quote_openers"):
        assert profanity[key]["en"] == slurs[key]["en"], key
    assert profanity["quote_openers"]["fr"] == slurs["quote_openers"]["fr"]
    assert profanity["use_after"]["fr"] == slurs["use_after"]["fr"]


_CUES = frozenset({"mash", "peas", "gravy", "polder", "chaine"})
_ITEM = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8).filter(
    lambda w: w not in _CUES and w not in {"and", "or", "et", "ou"}
)


@given(first=st.lists(_ITEM, min_size=1, max_size=3), rest=st.lists(_ITEM, min_size=1, max_size=3))
@settings(max_examples=60, deadline=None)
def test_list_head_needs_a_cue_in_its_first_item(first: list[str], rest: list[str]) -> None:
    """(F, session 46) ``_listed``: the items after a homonym's comma make a list of its sense's things only when the
    first item (one to three words) holds a cue; a call without one ("Faggot, shut up and get out") is no list, and
    neither is a hit with no comma after it, or a cue item standing alone."""
    from app.kinds.terms import _listed

    head = "Faggots"
    assert not _listed(f"{head}, {' '.join(first)} and {' '.join(rest)}", len(head), _CUES)
    assert _listed(f"{head}, {' '.join(first[:2])} peas and {' '.join(rest)}", len(head), _CUES)
    assert not _listed(f"{head} {' '.join(first[:2])} peas and {' '.join(rest)}", len(head), _CUES)
    assert not _listed(f"{head}, peas.", len(head), _CUES)
