"""(F, session 45) risk.hate's readings of a group that is the victim, not the target, as properties.

A group that undergoes the treatment a simile names ("Refugees *are forced to* live like animals", « les X *sont
parqués* comme du bétail »: proximity ``_treatment_undergone``) is not judged by it, for every participle of the
words files' ``undergone_constraints`` and every group of a sample; the same words as a call ("should be", « doivent
être ») stay flagged. A crowd of the writer's own group after they name themself one of it (``_own_crowd``) is no
swarm, for every ``own_crowds`` word; another group in the same crowd still is (hypothesis).
"""

from __future__ import annotations

import asyncio
from functools import cache

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import Report
from app.engine import Engine
from app.loader import packaged_rules_dir
from app.settings import Settings


@cache
def _engine() -> Engine:
    return Engine.create(Settings(offline=True))


@cache
def _classes(language: str) -> dict[str, list[str]]:
    path = packaged_rules_dir() / "risk" / "terms" / language / "hate-words.yml"
    classes: dict[str, list[str]] = yaml.safe_load(path.read_text(encoding="utf-8"))["classes"]
    return classes


def _hate(text: str, language: str) -> bool:
    report: Report = asyncio.run(_engine().review(text, language=language))
    return any(f.rule == "risk.hate" for f in report.findings)


_GROUPS_EN = ["Refugees", "Migrants", "Roma", "Asylum seekers"]
_GROUPS_FR = ["migrants", "Roms", "réfugiés", "sans-papiers"]
# the constraints that take "to" and a verb after them ("forced to live"), the rest read as "kept like animals"
_TO_EN = {"forced", "made", "compelled", "obliged", "left", "driven", "condemned"}


@settings(max_examples=25, deadline=None)
@given(word=st.sampled_from(sorted(_classes("en")["undergone_constraints"])), group=st.sampled_from(_GROUPS_EN))
def test_a_group_that_undergoes_the_simile_is_not_its_target_in_english(word: str, group: str) -> None:
    rest = "to live like animals" if word in _TO_EN else "like animals"
    assert not _hate(f"{group} are {word} {rest} in the camps.", "en")
    assert not _hate(f"{group} have been {word} {rest} for years.", "en")
    assert _hate(f"{group} should be {word} {rest} in the camps.", "en")


@settings(max_examples=25, deadline=None)
@given(
    word=st.sampled_from(["obligés", "forcés", "contraints", "réduits", "condamnés"]),
    group=st.sampled_from(_GROUPS_FR),
)
def test_a_group_made_to_live_like_beasts_is_not_their_target_in_french(word: str, group: str) -> None:
    assert not _hate(f"Les {group} sont {word} de vivre comme des bêtes dans les camps.", "fr")
    assert _hate(f"Les {group} doivent être {word} de vivre comme des bêtes dans les camps.", "fr")


@settings(max_examples=20, deadline=None)
@given(word=st.sampled_from(["crawling", "swarming", "heaving"]))
def test_the_writers_own_group_in_a_crowd_is_no_swarm(word: str) -> None:
    assert not _hate(f"I am a Muslim and the mosque is {word} with Muslims on Eid.", "en")
    assert _hate(f"I am a Muslim and the estate is {word} with Somalis.", "en")
