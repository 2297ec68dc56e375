"""Seed risk.hate's English negated-praise list from the sentiment lexicons the project already ships.

``python -m training.praise_lexicon > rules/risk/terms/en/hate-negated-praise.yml`` writes the file again.
The words are the adjectives that VADER (valence >= 1.0, tagged JJ by textblob's Brill lexicon) or
textblob's pattern lexicon (an adjective sense of polarity >= 0.4) rate positive, less the classes of
positive adjectives that say what someone *feels*, *has* or *gets* rather than what they *are*
("refugees are not safe", "women are not happy with the law", "black people are not privileged"), that
compare ("men are not better"), that grade things rather than people ("delicious", "latest"), and the
group words themselves ("gay"). What is left judges character, mind, manners or worth: denied, it is
derogation ("Muslims are not peaceful", "women are not clever").

Written for the file once, not at run time: the rules stay data, the engine loads a plain list.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def _words(text: str) -> list[str]:
    return text.split()


# what someone feels: a state, not a trait ("refugees are not happy", "women are not comfortable")
FEELINGS = _words(
    """amused blissful calm carefree cheerful cheery comfortable confident content delighted desirous eager ecstatic
elated enthusiastic euphoric excited exuberant fond glad gleeful hopeful impressed interested jolly joyful
joyous jubilant keen lighthearted merry optimistic overjoyed pleased proud relaxed relieved satisfied serene
sure certain thrilled trusting sentimental nostalgic perplexed jaunty frisky blithe beatific convinced ready
curious desirous festive playful restful sunny sunshiny thankful happy"""
)
# what someone has or gets: fortune, safety, health, status ("immigrants are not safe", "women are not free")
FORTUNE = _words(
    """able affluent alive available favored favorite fortunate free healthy immune invulnerable invincible immortal
lucky privileged prosperous rich safe secure wealthy fine ok okay protected stable successful famous popular
influential powerful mighty strong liked loved beloved dear fav elect legendary iconic top prominent notable
important vital indispensable painless unhampered hardy robust fit shockproof acquainted experienced mature
responsible justified innocent true fair equal obedient"""
)
# comparisons and perfection: denied, they are modesty or counter-speech ("men are not superior", "no one is perfect")
COMPARISONS = _words(
    """best better greater greatest superior perfect flawless faultless impeccable incomparable unexcelled optimal
optimum ideal super superb superfine top more most many own"""
)
# words that grade things, events or food, or that are not about character at all
THINGS = _words(
    """abundant acceptable accurate achievable active acute advanced advantageous affirmative agile amazing applicative
apposite artesian astonishing astounding authentic autonomous awesome becoming believable breathtaking bright
catching cheap challenging chic classy clear coherent comedic comical comprehensible comprehensive confirmed
controversial crushing cushy cute dainty dazzling definite delectable delicious deluxe desirable detailed
determinative devotional divine dynamic dynamical easy ecological effective efficient elaborate enjoyable
entertaining erotic excellent exceptional excitatory exciting exhilarating exotic exquisite fabled fabulous
fantastic fascinating favorable felicitous filled fitting flattering fly foolproof forcible freelance fresh
funny glamorous glorious gorgeous grand gratifying great gripping guarded handy harmonic harmonious hazardous
heavenly heavenward hilarious honorary huge humorous impressionistic impressive incredible interesting
intelligible irresistible latest leet light lively magic magical magnificent marvelous meaningful meditative
memorable motley naturalistic neat nifty opportune original outstanding overwhelming palatable perfect
phenomenal picturesque pivotal plausible pleasurable positive potent precious precise primary priceless
profitable promising radiant redeeming refreshing relevant remarkable respective rewarding riveting romantic
rose salient satisfactory satisfying scrumptious sensational sexual sexy smooth sound sparkling special
spectacular splendid spontaneous stunning striking stylish suitable surefire surprising sweet terrific thrilling
tidy trendy triumphant unadulterated uncommon unforgettable unprecedented unsalted untarnished vibrant warm
warmish wacky winning yummy youngish youthful static successive gay uncommon unified bizarre licentious skittish
flippant airheaded crafty daring idealistic inspirational inspiring intellectual iconic redoubtable passionate
sprightly spirited vivacious ardent fervent avid amorous alleviated advertent complimentary engrossing heartfelt
lenient peacekeeping satisyfing responsive virtuoso workmanlike appropriate goofy jocular bewitching captivating
consummate adventurist adventuresome adventurous convincing masterful"""
)
EXCLUDE = frozenset(FEELINGS + FORTUNE + COMPARISONS + THINGS)
# traits of character and conduct that neither lexicon rates (or tags as an adjective): the same class, written out
EXTRA = _words(
    """polite hardworking hard-working law-abiding productive educated reasonable rational sane reliable dependable
civilised cultured moral humane sensible hygienic decent peace-loving"""
)


def _vader() -> dict[str, float]:
    import vaderSentiment.vaderSentiment as vader

    out: dict[str, float] = {}
    path = Path(vader.__file__).with_name("vader_lexicon.txt")
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return out


def candidates() -> list[str]:
    """The positive adjectives of both lexicons that judge what a person is (see the module docstring)."""
    import textblob.en as tbe

    folder = Path(tbe.__file__).parent
    tags: dict[str, str] = {}
    for line in (folder / "en-lexicon.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            tags[parts[0]] = parts[1]
    words = {w for w, v in _vader().items() if v >= 1.0 and tags.get(w) == "JJ" and w.isalpha()}
    polarity: dict[str, list[float]] = {}
    xml = (folder / "en-sentiment.xml").read_text(encoding="utf-8")
    for m in re.finditer(r'<word form="([^"]+)"[^>]*?pos="JJ"[^>]*? polarity="([^"]+)"', xml):
        polarity.setdefault(m.group(1), []).append(float(m.group(2)))
    words |= {w for w, ps in polarity.items() if w.isalpha() and sum(ps) / len(ps) >= 0.4}
    return sorted({w for w in words if w not in EXCLUDE} | set(EXTRA))


HEADER = """\
credit: >-
  Written for Sevenfold by training/praise_lexicon.py from the positive adjectives of the VADER lexicon
  (vaderSentiment, MIT) and of textblob's pattern lexicon (textblob, MIT; pattern, BSD), less the classes that
  the script names (feelings, fortune, comparisons, words for things).
notes: >-
  Negated praise of risk.hate: a positive adjective that judges character, mind, manners or worth, denied of a
  group through a judging verb ("Muslims are not peaceful", "women are never clever", "X will never be decent").
  A negation must be in reach (`requires: negations`); without one the praise pairs with nothing. Sureness 1
  (warning), raised to an error by the hate model. Regenerate with
  `python -m training.praise_lexicon > rules/risk/terms/en/hate-negated-praise.yml`.
language: en
sureness: 1
target: before
requires: negations
terms:
"""


def main() -> None:
    words = candidates()
    lines = [HEADER.rstrip("\n")]
    lines.append(f"  - {{term: {words[0]}, forms: [{', '.join(words[1:])}]}}")
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
