"""Known words of a language: a real-word filter for spelling variants, built from what Sevenfold already ships.

Owns ``known_words(language)``: the folded words (letters only, 2+ long) that the shipped data says are words of
``en`` or ``fr``. ``app.kinds.proximity`` drops every one-edit spelling variant of a hate term that is such a
word ("hat" for "hate", "sum" for "scum", « has » for « hais »), and splits a glued token ("hatewomen") only
when the token itself is not one. No list is written by hand and nothing is downloaded; the sources are:

- the word features of the shipped model (``models/<language>.sfm``, ``app.text.models``): words seen in at least
  two training tweets of that language (about 14,000 English, 3,700 French);
- English: the words of the TF-IDF block shipped in the same file (alt-profanity-check's vocabulary, about
  15,000) and VADER's lexicon (about 7,500 entries, mostly words that carry sentiment);
- French: the adjectives of textblob-fr's pattern lexicon (about 5,000 forms).

Limits: tweets' vocabulary, not a dictionary. Rare real words are missing (the French set is small), so a rare
word can still be taken for a misspelling, and a misspelling common enough in tweets ("u", "ur") counts as a
word. The set changes when the model is retrained; the variants it admits are checked against ``wordfreq`` in
tests/test_proximity.py, so a retrained model that lets a common word through fails a test, not a draft.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from app.text.folding import fold_term
from app.text.models import LANGUAGES, load_bundle, model_path

_FORM = re.compile(r'form="([^"]+)"')


def known_words(language: str, directory: Path | None = None) -> frozenset[str]:
    """The folded known words of ``language`` (base code); empty for a language without a shipped model."""
    base = _base(language)
    return frozenset() if base is None else _known_words(base, model_path(base, directory))


def _base(language: str) -> str | None:
    """The base code of ``language`` ("fr-CA": "fr") when Sevenfold ships a model for it, else None."""
    base = language.split("-")[0].lower()
    return base if base in LANGUAGES else None


@lru_cache(maxsize=8)
def _known_words(base: str, path: Path) -> frozenset[str]:
    """Cached per model file, not per folder argument: the default folder can be pointed elsewhere (tests do), and a
    set read while the model file was missing must not outlive that."""
    from app.kinds import build_cache  # imported late: the cache sits above the text layer

    parts = [base, str(path), build_cache.file_digest(path)] if build_cache.enabled() else []
    return build_cache.cached("known-words", parts, lambda: _read_known_words(base, path))


def _read_known_words(base: str, path: Path) -> frozenset[str]:
    """The known words of ``base`` read from the model file at ``path`` and the sentiment lexicon, folded."""
    raw: set[str] = set()
    if path.is_file():
        bundle = load_bundle(path)
        raw.update(feature[1:] for feature in bundle.vocab if feature.startswith("w"))
        if bundle.tfidf is not None:
            raw.update(bundle.tfidf.terms)
    raw.update(_lexicon_words(base))
    out = set()
    for word in raw:
        folded = fold_term(word)
        if len(folded) >= 2 and folded.isalpha():
            out.add(folded)
    return frozenset(out)


def _lexicon_words(language: str) -> list[str]:
    """The words of the sentiment lexicon shipped for ``language`` (VADER for English, textblob-fr for French)."""
    path = _lexicon_file(language)
    if path is None or not path.is_file():
        return []
    if language == "en":
        return [line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return _FORM.findall(path.read_text(encoding="utf-8"))


def _lexicon_file(language: str) -> Path | None:
    """The sentiment lexicon file shipped for ``language`` by its library, None when the library is missing."""
    if language == "en":
        spec = importlib.util.find_spec("vaderSentiment")
        if spec is None or spec.origin is None:
            return None
        return Path(spec.origin).with_name("vader_lexicon.txt")
    if language == "fr":
        # Found, not imported: importing textblob_fr imports textblob, nltk, scipy and scikit-learn (2 s).
        spec = importlib.util.find_spec("textblob_fr")
        if spec is None or spec.origin is None:
            return None
        return Path(spec.origin).with_name("fr-sentiment.xml")
    return None


def lexicon_files() -> list[Path]:
    """The sentiment lexicon files the known words read (``app.kinds.build_cache`` keys its values by them)."""
    return [path for path in map(_lexicon_file, sorted(LANGUAGES)) if path is not None]


def listed_words(language: str) -> frozenset[str]:
    """The folded one-word entries (terms and their written forms) of the profanity and slur lists shipped for
    ``language`` (``rules/risk/terms/<language>/{profanity,slurs}.yml``); empty for another language.

    Tweets' vocabulary misses many insults (« enfoiré », « pouffiasse » are not among the French model's words), so
    the language choice of a short draft counts these as words of their language too: "Enfoiré va" (Catalan 0.84 to
    the detector) is a French draft. Read from the packaged rules, not a policy's: the draft's language does not
    depend on which rules a policy turns on. The text layer cannot import the rule loader, so the two lists are
    read here (their terms and written forms only)."""
    base = _base(language)
    return frozenset() if base is None else _listed_words(base)


def phrase_words(language: str) -> frozenset[str]:
    """The folded words (letters only, 2+ long) of the threat phrases shipped for ``language``
    (``rules/risk/terms/<language>/threats*.yml``); empty for another language.

    Tweets' vocabulary misses verbs of harm in the infinitive (« crever », « pendre »): "Va crever" (Portuguese 0.69 to
    the detector) is a French draft. Words of a language, not insults: they never count as a listed word."""
    base = _base(language)
    return frozenset() if base is None else _phrase_words(base)


def spelled_words() -> frozenset[str]:
    """The words a leetspeak token may be read as (``app.text.folding``, step 5): the known words, listed words and
    threat-phrase words of every shipped language, and the words of the shipped group and hate lists
    (``groups.yml``, ``hate-*.yml``: "muslims", « vermine »). A token whose first reading is none of these is read
    with another letter for an ambiguous character when that makes one ("ki11ers": killers, "a11": all)."""
    return _spelled_words()


def listed_targets() -> frozenset[str]:
    """The one-word forms of the shipped group, slur and profanity lists of every language: a word written with one
    dot, star or underscore inside ("mus.lims", "jew.s", « ro.ms ») reads as such a word (``app.text.folding``)."""
    return _listed_targets()


@lru_cache(maxsize=1)
def _spelled_words() -> frozenset[str]:
    from app.kinds import build_cache  # shipped files only: ``build_cache.inputs_digest`` covers them all

    return build_cache.cached("spelled-words", [], _read_spelled_words)


def _read_spelled_words() -> frozenset[str]:
    out: set[str] = set()
    for base in LANGUAGES:
        out |= (
            known_words(base) | listed_words(base) | phrase_words(base) | _hate_words(base, "groups.yml", "hate-*.yml")
        )
    return frozenset(out)


@lru_cache(maxsize=1)
def _listed_targets() -> frozenset[str]:
    from app.kinds import build_cache

    return build_cache.cached("listed-targets", [], _read_listed_targets)


def _read_listed_targets() -> frozenset[str]:
    out: set[str] = set()
    for base in LANGUAGES:
        out |= listed_words(base) | {w for w in _written_terms(base, "groups.yml") if w.isalpha() and len(w) >= 3}
    return frozenset(out)


@lru_cache(maxsize=8)
def _hate_words(base: str, *patterns: str) -> frozenset[str]:
    words = (w for phrase in _written_terms(base, *patterns) for w in re.split(r"[\s'-]+", phrase))
    return frozenset(w for w in words if len(w) >= 2 and w.isalpha())


def shipped_rules_folder() -> Path | None:
    """The rules shipped with Sevenfold: ``app/_rules`` in a wheel, ``rules/`` in a checkout; None when neither is
    there. Here, below the rule loader (``app.loader.packaged_rules_dir`` uses it), so the text layer can read the
    shipped term lists too."""
    here = Path(__file__).resolve().parent.parent  # app/
    return next((p for p in (here / "_rules", here.parent / "rules") if p.is_dir()), None)


@lru_cache(maxsize=8)
def _listed_words(base: str) -> frozenset[str]:
    written = _written_terms(base, "profanity.yml", "slurs.yml")
    return frozenset(folded for folded in written if len(folded) >= 2 and folded.isalpha())


@lru_cache(maxsize=8)
def _phrase_words(base: str) -> frozenset[str]:
    written = _written_terms(base, "threats*.yml")
    return frozenset(word for phrase in written for word in phrase.split() if len(word) >= 2 and word.isalpha())


def _written_terms(base: str, *patterns: str) -> Iterator[str]:
    """The folded term and written forms of every entry of the shipped term lists of ``base`` whose file names match
    ``patterns`` (``rules/risk/terms/<base>/``); nothing when no rules are shipped."""
    import yaml

    from app.kinds.options import load_yaml  # the one YAML reader (libyaml); imported late: below the rule layer

    folder = shipped_rules_folder()
    if folder is None:
        return
    for pattern in patterns:
        for path in sorted((folder / "risk" / "terms" / base).glob(pattern)):
            try:
                data = load_yaml(path.read_text(encoding="utf-8")) or {}
            except yaml.YAMLError:
                continue  # the rule loader reports a broken list; the text layer reads no words from it
            for entry in data.get("terms") or [] if isinstance(data, dict) else []:
                if not isinstance(entry, dict):
                    continue
                for written in [entry.get("term"), *(entry.get("forms") or [])]:
                    if isinstance(written, str):
                        yield fold_term(written)
