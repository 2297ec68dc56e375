"""Runs the tone and clarity rule files' own cases directly on their rules (exact spans).

tests/rules/test_rule_cases.py runs every rule file through the whole engine; this module runs the
tone and clarity cases rule by rule, so they are checked even where the engine cannot be built,
and adds the corpus checks: fifty-plus neutral or friendly drafts per language get no tone warning.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from app.domain import Draft, Family, Finding, Severity
from app.kinds.base import CheckContext, Deps, Rule
from app.loader import Case, RuleSpec, build_rule, load_specs, packaged_rules_dir
from app.policy import Policy, merge_policy
from app.testing import draft_for

ROOT = packaged_rules_dir()
SPECS = [s for s in load_specs([ROOT]) if s.meta.family in (Family.TONE, Family.CLARITY)]


def make_draft(text: str, language: str) -> Draft:
    """A draft as the engine prepares it, language given."""
    return draft_for(text, language)


@cache
def rule_for(rule_id: str, policy_json: str = "{}") -> Rule:
    """The rule built as the engine would, with the case's policy params if any."""
    spec = next(s for s in SPECS if s.id == rule_id)
    return build_rule(spec, Deps(rules_root=ROOT))


def run(rule_id: str, text: str, language: str, policy: dict[str, Any] | None = None) -> list[Finding]:
    """Findings of one rule on one text (language explicit)."""
    rule = rule_for(rule_id)
    merged = merge_policy(Policy(), policy) if policy else Policy()
    draft = make_draft(text, language)
    return list(rule.check(draft, CheckContext(policy=merged)))


# A case with a reply context needs the engine to review the parent first: tests/rules/test_rule_cases.py
# runs those through the whole engine; this module runs each rule alone.
CASES = [
    pytest.param(spec, case, id=f"{spec.id}[{'fail' if case.findings else 'pass'}-{i}]")
    for spec in SPECS
    for i, case in enumerate(spec.cases)
    if case.in_reply_to is None and case.quoting is None
]


def test_tone_and_clarity_rules_exist() -> None:
    """The two turns ship their rules, each with a failing case."""
    ids = {s.id for s in SPECS}
    assert {"tone.negative", "tone.aggression", "tone.capitals", "clarity.readability", "clarity.jargon"} <= ids
    assert all(any(c.findings for c in s.cases) for s in SPECS)


@pytest.mark.parametrize(("spec", "case"), CASES)
def test_rule_case(spec: RuleSpec, case: Case) -> None:
    """Exact spans, excerpts and replacements; messages filled in the draft's language."""
    language = case.language if case.language != "auto" else "en"
    if spec.meta.kind == "thread-part" and case.findings:
        pytest.importorskip("app.text.tweet", reason="the thread split comes from app.text.tweet")
    findings = run(spec.id, case.text, language, case.policy or None)
    got = [(f.offset, f.length) for f in findings]
    want = [(f.offset, f.length) for f in case.findings]
    assert got == want, [(f.offset, f.length, f.excerpt, f.message) for f in findings]
    for expected, finding in zip(case.findings, findings, strict=True):
        assert case.text[finding.offset : finding.offset + finding.length] == finding.excerpt
        if expected.excerpt is not None:
            assert finding.excerpt == expected.excerpt
        if expected.replacements is not None:
            assert list(finding.replacements) == expected.replacements
        assert finding.message and "{" not in finding.message
        assert finding.severity in (Severity.INFO, Severity.WARNING)


TONE_RULES = [s.id for s in SPECS if s.meta.family is Family.TONE and s.id != "tone.target"]

NEUTRAL_FRIENDLY_EN = [
    "Thrilled to welcome @ana to the team!",
    "Our office is closed on Monday for the bank holiday.",
    "New blog post: five ways to cut your energy bill this winter https://example.com/energy",
    "Thank you to everyone who joined our webinar today. The replay is online.",
    "We're hiring! Join our data team in Lyon or remote. #jobs",
    "Happy Friday! What are you reading this weekend?",
    "The quarterly report is out. Revenue grew 12% year on year.",
    "Congratulations to our partners at @acme on their new office.",
    "Doors open at 6pm, talks start at 6:30. See you there!",
    "Our support team is available from 9am to 6pm, Monday to Friday.",
    "Proud to support the local food bank again this year.",
    "We just shipped dark mode. Try it and tell us what you think.",
    "Reminder: the conference schedule is now available on our site.",
    "Great conversation with students at the career fair today.",
    "Join us on Thursday for a live Q&A with our product lead.",
    "Maintenance tonight from 11pm to 1am. Thanks for your patience.",
    "We are pleased to announce our new opening hours.",
    "A big thank you to our volunteers for a wonderful event.",
    "Our new recycling programme starts next month in three cities.",
    "Here are the slides from this morning's keynote.",
    "Welcome to the 150 new members of our community this week!",
    "The survey closes on Friday. It takes three minutes.",
    "We are open on Sunday for the holiday market.",
    "Today we celebrate ten years of the foundation. Thank you all.",
    "Our CEO will speak at the AI summit in Paris on 12 June.",
    "Looking forward to meeting you at booth 42.",
    "The new timetable applies from Monday 3 March.",
    "Good news: delivery is now free on all orders over 30 euros.",
    "We have updated our privacy notice to make it easier to read.",
    "Registration for the spring course is open until April 15.",
    "Our team planted 500 trees this weekend. Well done, everyone!",
    "Check out our guide to getting started with the API.",
    "We'd love your feedback on the new dashboard.",
    "The library will have extended hours during exam season.",
    "Sharing our annual impact report with you today.",
    "Lovely to see so many of you at the open day.",
    "Season tickets go on sale tomorrow at 10am.",
    "Our podcast is back with a new episode on remote work.",
    "The museum is free for under 18s every first Sunday.",
    "We're excited to partner with @cityhall on the new bike lanes.",
    "Your questions answered: how does the new pricing work?",
    "Meet Sara, our new head of customer success.",
    "Tickets for the charity run are almost sold out.",
    "The app update fixes the login issue some of you reported. Thanks for flagging it.",
    "Happy to share that we reached carbon neutrality this year.",
    "Our stores will close early on December 24.",
    "Applications for the summer internship are now open.",
    "Wishing everyone a restful holiday season.",
    "Thanks for a fantastic first week, new cohort!",
    "The results of the public consultation are now online.",
    "Save the date: our annual meetup is on 14 October.",
    "Grateful for our customers, today and every day.",
]

NEUTRAL_FRIENDLY_FR = [
    "Ravis d'accueillir @ana dans l'équipe !",
    "Nos bureaux seront fermés lundi pour le jour férié.",
    "Nouvel article : cinq conseils pour réduire votre facture d'énergie https://example.com/energie",
    "Merci à toutes et à tous pour votre participation au webinaire. Le replay est en ligne.",
    "Nous recrutons ! Rejoignez notre équipe data à Lyon ou en télétravail. #emploi",
    "Bon vendredi ! Que lisez-vous ce week-end ?",
    "Le rapport trimestriel est publié. Le chiffre d'affaires progresse de 12 %.",
    "Félicitations à nos partenaires de @acme pour leurs nouveaux locaux.",
    "Ouverture des portes à 18 h, début des conférences à 18 h 30. À tout à l'heure !",
    "Notre service client vous répond du lundi au vendredi, de 9 h à 18 h.",
    "Fiers de soutenir à nouveau la banque alimentaire cette année.",
    "Le mode sombre est disponible. Essayez-le et dites-nous ce que vous en pensez.",
    "Le programme du colloque est en ligne sur notre site.",
    "Belle rencontre avec les étudiants au forum des métiers aujourd'hui.",
    "Rendez-vous jeudi pour une séance de questions-réponses en direct.",
    "Maintenance ce soir de 23 h à 1 h. Merci de votre patience.",
    "Nous avons le plaisir de vous présenter nos nouveaux horaires.",
    "Un grand merci à nos bénévoles pour cette belle journée.",
    "Notre programme de recyclage démarre le mois prochain dans trois villes.",
    "Voici les supports de la conférence de ce matin.",
    "Bienvenue aux 150 nouveaux membres de notre communauté !",
    "Le questionnaire ferme vendredi. Il prend trois minutes.",
    "Nous sommes ouverts dimanche pour le marché de Noël.",
    "Aujourd'hui, la fondation fête ses dix ans. Merci à tous.",
    "Notre directrice interviendra au sommet sur l'IA à Paris le 12 juin.",
    "Au plaisir de vous retrouver sur le stand 42.",
    "Les nouveaux horaires s'appliquent à partir du lundi 3 mars.",
    "Bonne nouvelle : la livraison est offerte dès 30 euros d'achat.",
    "Nous avons mis à jour notre politique de confidentialité pour la rendre plus lisible.",
    "Les inscriptions à la session de printemps sont ouvertes jusqu'au 15 avril.",
    "Notre équipe a planté 500 arbres ce week-end. Bravo à tous !",
    "Découvrez notre guide pour bien démarrer avec l'API.",
    "Votre avis sur le nouveau tableau de bord nous intéresse.",
    "La bibliothèque élargit ses horaires pendant les examens.",
    "Nous partageons aujourd'hui notre rapport d'impact annuel.",
    "Quel plaisir de vous voir si nombreux à la journée portes ouvertes.",
    "Les abonnements de la saison sont en vente demain à 10 h.",
    "Notre podcast revient avec un épisode sur le télétravail.",
    "Le musée est gratuit pour les moins de 18 ans chaque premier dimanche du mois.",
    "Heureux de nous associer à @mairie pour les nouvelles pistes cyclables.",
    "Vos questions, nos réponses : comment fonctionnent les nouveaux tarifs ?",
    "Découvrez Sara, notre nouvelle responsable de la relation client.",
    "Il reste quelques dossards pour la course solidaire.",
    "La mise à jour corrige le problème de connexion signalé par certains d'entre vous. Merci de nous l'avoir remonté.",
    "Heureux d'annoncer que nous avons atteint la neutralité carbone cette année.",
    "Nos magasins fermeront plus tôt le 24 décembre.",
    "Les candidatures pour le stage d'été sont ouvertes.",
    "Nous vous souhaitons de belles fêtes de fin d'année.",
    "Merci pour cette première semaine formidable, chère promotion !",
    "Les résultats de la consultation publique sont en ligne.",
    "À vos agendas : notre rencontre annuelle aura lieu le 14 octobre.",
    "Reconnaissants envers nos clients, aujourd'hui comme chaque jour.",
]


def test_corpora_are_large_enough() -> None:
    """At least fifty neutral or friendly drafts per language."""
    assert len(NEUTRAL_FRIENDLY_EN) >= 50
    assert len(NEUTRAL_FRIENDLY_FR) >= 50


@pytest.mark.parametrize(
    ("text", "language"),
    [(t, "en") for t in NEUTRAL_FRIENDLY_EN] + [(t, "fr") for t in NEUTRAL_FRIENDLY_FR],
)
def test_neutral_and_friendly_drafts_get_no_tone_warning(text: str, language: str) -> None:
    """No tone rule warns on an ordinary, friendly or neutral post."""
    warnings = [
        (rule_id, f.excerpt)
        for rule_id in TONE_RULES
        for f in run(rule_id, text, language)
        if f.severity.rank >= Severity.WARNING.rank
    ]
    assert warnings == []


@pytest.mark.parametrize(
    ("text", "language"),
    [(t, "en") for t in NEUTRAL_FRIENDLY_EN] + [(t, "fr") for t in NEUTRAL_FRIENDLY_FR],
)
def test_neutral_and_friendly_drafts_are_not_labelled_negative(text: str, language: str) -> None:
    """The tone summary of an ordinary post is neutral, friendly or formal."""
    rule = rule_for("tone.negative")
    draft = make_draft(text, language)
    summary = rule.report_blocks(draft, CheckContext(policy=Policy()))["tone"]
    assert summary.label in ("neutral", "friendly", "formal"), summary
