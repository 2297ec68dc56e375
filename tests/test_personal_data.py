"""Unit and property tests of the ``personal-data`` kind: checksums, masks, filters, regions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import Family, Severity
from app.kinds.base import CheckContext, Deps, RuleMeta
from app.kinds.personal_data import (
    PersonalDataKind,
    PersonalDataParams,
    card_issuer,
    luhn_valid,
    mask_alnum,
    mask_digits,
    nir_valid,
)
from app.loader import load_specs, packaged_rules_dir
from app.policy import Policy
from tests.test_risk_cases import make_draft

META = RuleMeta(
    id="privacy.test",
    family=Family.PRIVACY,
    severity=Severity.ERROR,
    languages=frozenset({"*"}),
    summary={"en": "x"},
    messages={"default": {"en": "'{excerpt}' found, use {masked}."}},
    kind="personal-data",
)
ALL = ["email", "phone", "iban", "card", "nir", "ssn", "siren", "siret", "secret"]


# The packaged rule files' lists (phone regions, shared mailboxes, secret shapes): the kind has no default for them.
_PACKAGED = {spec.id: spec for spec in load_specs([packaged_rules_dir()])}
PACKAGED_LISTS = {
    "regions": _PACKAGED["privacy.phone-number"].params["regions"],
    "role_mailboxes": _PACKAGED["privacy.email"].params["role_mailboxes"],
    "secret_shapes": _PACKAGED["privacy.secret"].params["secret_shapes"],
    "press_cues": _PACKAGED["privacy.phone-number"].params["press_cues"],
}


def _rule(**params: object):  # type: ignore[no-untyped-def]
    params = {**PACKAGED_LISTS, **params}
    params.setdefault("detectors", ALL)
    return PersonalDataKind().build(META, PersonalDataParams.model_validate(params), Deps(rules_root=Path(".")))


def _found(text: str, **params: object) -> list[tuple[str, str]]:
    rule = _rule(**params)
    out = list(rule.check(make_draft(text), CheckContext(policy=Policy())))
    for f in out:
        assert text[f.offset : f.offset + f.length] == f.excerpt
    return [(f.excerpt, f.replacements[0]) for f in out]


def test_checksums() -> None:
    """Luhn, issuer ranges and the NIR key."""
    assert luhn_valid("4539148803436467") and not luhn_valid("4539148803436468")
    assert card_issuer("378282246310005") == "amex"
    assert card_issuer("9999999999999995") is None
    assert nir_valid("184127645108946") and not nir_valid("184127645108947")


def test_masks() -> None:
    """Masks keep separators and the agreed digits."""
    assert mask_digits("06 12 34 56 78") == "06 •• •• •• 78"
    assert mask_digits("4539 1488 0343 6467", 0, 4) == "•••• •••• •••• 6467"
    assert mask_alnum("FR76 3000 6000 0112 3456 7890 189", 4, 3) == "FR76 •••• •••• •••• •••• •••• 189"


@pytest.mark.parametrize(
    "text",
    [
        "Commande n° 0612345678 livrée",
        "Order #4155550132 shipped",
        "Le 12/05/2024 à 14h30",
        "Prix : 1 234 567 €",
        "Total 1,234,567.89 USD",
        "Version 10.4.1234567",
        "Invoice 2024-00981-7745 paid",
        "Score 3.14159265",
    ],
)
def test_numbers_that_are_not_personal_data(text: str) -> None:
    """Orders, dates, prices, versions and decimals raise nothing."""
    assert _found(text) == []


def test_phone_regions_come_from_params() -> None:
    """A Swiss mobile is found with CH in the regions, not with FR only."""
    assert _found("Natel 079 123 45 67", detectors=["phone"], regions=["CH"]) == [("079 123 45 67", "07• ••• •• 67")]
    assert _found("Natel 079 123 45 67", detectors=["phone"], regions=["US"]) == []
    with pytest.raises(ValueError, match="unknown phone regions"):
        _rule(detectors=["phone"], regions=["XX"])


def test_role_mailboxes() -> None:
    """contact@ is information (or silent), a person's address is an error."""
    rule = _rule(detectors=["email"])
    found = list(rule.check(make_draft("contact@acme.fr or ana.b@acme.fr"), CheckContext(policy=Policy())))
    assert [(f.excerpt, f.severity) for f in found] == [
        ("contact@acme.fr", Severity.INFO),
        ("ana.b@acme.fr", Severity.ERROR),
    ]
    assert _found("contact@acme.fr", detectors=["email"], role_mailbox_severity=None) == []


def test_secrets() -> None:
    """Well-known token shapes are found and masked; a private-key header is redacted."""
    text = "ghp_" + "a1B2" * 9 + " and Bearer abcdefghijklmnopqrstuvwxyz123456"
    assert [m for _, m in _found(text, detectors=["secret"])] == ["ghp_••••", "Bearer ••••"]


def test_iban_trims_a_swallowed_word() -> None:
    """A candidate that runs into the next word is trimmed until the checksum holds."""
    assert _found("IBAN BE68 5390 0754 7034 MERCI", detectors=["iban"]) == [
        ("BE68 5390 0754 7034", "BE68 •••• •••• •034")
    ]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789 +-./()#€@abcdefABCDEF", max_size=80))
def test_spans_hold_for_any_digits_soup(text: str) -> None:
    """Whatever the mix of digits and separators, every finding holds its span."""
    _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # given as the press desk's: a published business contact, information
        ("Contact presse : Marie Dupont, 01 23 45 67 89", [("01 23 45 67 89", Severity.INFO)]),
        ("Contact presse : M. Dupont, marie.dupont@acme.fr", [("marie.dupont@acme.fr", Severity.INFO)]),
        ("Relations presse :\nJulie Martin\n06 12 34 56 78", [("06 12 34 56 78", Severity.INFO)]),
        ("Media enquiries: Jane Doe on +44 20 7946 0958", [("+44 20 7946 0958", Severity.INFO)]),
        ("For press contact jane.doe@acme.com", [("jane.doe@acme.com", Severity.INFO)]),
        # a private person's number or address stays an error: no cue, or a sentence after the cue's
        ("Call me on 06 12 34 56 78 tonight", [("06 12 34 56 78", Severity.ERROR)]),
        ("Appelez Julie au 06 12 34 56 78, elle attend", [("06 12 34 56 78", Severity.ERROR)]),
        ("Contact presse : stand B12. Appelez-moi au 06 12 34 56 78", [("06 12 34 56 78", Severity.ERROR)]),
        ("Press contact below.\n\nMy own number: 020 7946 0958", [("020 7946 0958", Severity.ERROR)]),
    ],
)
def test_a_press_contact_is_information_a_private_number_an_error(text: str, expected: list[object]) -> None:
    """'Contact presse :', 'Media enquiries:' give what follows in their sentence as a published business contact
    (information, its own message); a number with no cue, or after the cue's sentence, stays an error."""
    rule = _rule(detectors=["email", "phone"])
    found = list(rule.check(make_draft(text), CheckContext(policy=Policy())))
    assert [(f.excerpt, f.severity) for f in found] == expected
    assert _found("Contact presse : 01 23 45 67 89", detectors=["phone"], press_severity=None) == []
