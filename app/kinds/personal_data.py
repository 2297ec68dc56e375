"""Kind ``personal-data``: e-mail addresses, phone numbers, IBANs, payment cards, French NIR, SIREN/SIRET,
US SSN and secrets (API keys, tokens, private keys) pasted by mistake — each with a masked replacement.

Validation is left to the libraries made for it: ``email-validator`` (syntax, no DNS), ``phonenumbers``
(validity per region: FR/BE/CH/CA/US/GB by default, regions from params), ``schwifty`` (IBAN checksum
and country format). What they do not cover is hand-written here because it is a published checksum
or format and no maintained library fits: the Luhn check with issuer ranges for cards and SIREN/SIRET,
the NIR key (97 - number mod 97, Corsica 2A/2B), the SSN area/group/serial rules, and the token shapes
that providers document for their live keys. Candidate regexes are cheap pre-filters; a candidate is
reported only when its checksum or validator agrees. Phone numbers preceded by an order/invoice word
or followed by a currency, and date-like strings, are not phone numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from pydantic import Field, field_validator

from app.domain import Draft, Finding, Severity
from app.kinds.base import CheckContext, Deps, Kind, KindParams, Rule, RuleMeta
from app.text.literals import may_match, required_literals, selective

Detector = Literal["email", "phone", "iban", "card", "nir", "ssn", "siren", "siret", "secret"]
MASK = "•"


class SecretShape(KindParams):
    """A well-known secret's shape: a regex, and how many leading characters its masked form keeps (0: none)."""

    name: str
    pattern: str
    keep: int = Field(default=4, ge=0)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"does not compile: {exc}") from None
        return value


class PersonalDataParams(KindParams):
    """Params of a ``personal-data`` rule: which detectors run, and their settings (the packaged phone
    regions, shared mailboxes and secret shapes are in ``rules/privacy/phone-number.yml``, ``email.yml``
    and ``secret.yml``)."""

    detectors: list[Detector] = Field(min_length=1)
    regions: list[str] = Field(default_factory=list, description="phone regions (ISO 3166)")
    secret_shapes: list[SecretShape] = Field(
        default_factory=list, description="token shapes the secret detector looks for (name, regex, kept characters)"
    )
    role_mailboxes: list[str] = Field(
        default_factory=list, description="local parts of shared mailboxes (contact@, press@…), reported apart"
    )
    role_mailbox_severity: Severity | None = Field(
        default=Severity.INFO, description="severity for contact@/press@… addresses (None: not reported)"
    )
    context_window: int = Field(default=24, ge=0, le=200, description="characters looked at around a number")
    press_cues: list[str] = Field(
        default_factory=list,
        description="words that give what follows as a press or media contact ('Contact presse :', 'Media "
        "enquiries:'): a phone number or address after one, in the same sentence, is a published business contact",
    )
    press_severity: Severity | None = Field(
        default=Severity.INFO, description="severity for a press contact's number or address (None: not reported)"
    )
    press_window: int = Field(default=80, ge=0, le=300, description="characters from a press cue to its contact")


@dataclass(frozen=True, slots=True)
class Hit:
    """A detected item: span, detector, message key, masked replacement, and severity override."""

    start: int
    end: int
    detector: str
    masked: str
    severity: Severity | None = None
    key: str | None = None


def mask_digits(text: str, keep_start: int = 2, keep_end: int = 2) -> str:
    """Digits masked with • except the first ``keep_start`` and last ``keep_end``; separators kept."""
    positions = [i for i, c in enumerate(text) if c.isdigit()]
    hidden = set(positions[keep_start : len(positions) - keep_end] if keep_end else positions[keep_start:])
    return "".join(MASK if i in hidden else c for i, c in enumerate(text))


def mask_alnum(text: str, keep_start: int, keep_end: int) -> str:
    """Letters and digits masked except the first ``keep_start`` and last ``keep_end``."""
    positions = [i for i, c in enumerate(text) if c.isalnum()]
    hidden = set(positions[keep_start : len(positions) - keep_end])
    return "".join(MASK if i in hidden else c for i, c in enumerate(text))


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) checksum of a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_issuer(digits: str) -> str | None:
    """The card network for a number's prefix and length, or None if no known issuer range fits."""
    n = len(digits)
    p2, p4, p6 = int(digits[:2]), int(digits[:4]), int(digits[:6])
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (p4 == 6011 or p2 == 65 or 644 <= int(digits[:3]) <= 649 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= int(digits[:3]) <= 305 or p2 in (36, 38, 39) or p4 == 3095) and 14 <= n <= 19:
        return "diners"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    if (p2 in (50, 56, 57, 58) or p2 == 67 or p4 in (6304, 6759)) and 12 <= n <= 19:
        return "maestro"
    return None


def nir_valid(compact: str) -> bool:
    """The French social security number's key: 97 - (13 first characters mod 97); 2A/2B for Corsica."""
    if len(compact) != 15:
        return False
    body, key = compact[:13].upper(), compact[13:]
    if not key.isdigit():
        return False
    body = body.replace("2A", "19", 1) if body[5:7] == "2A" else body
    body = body.replace("2B", "18", 1) if body[5:7] == "2B" else body
    if not body.isdigit():
        return False
    return 97 - int(body) % 97 == int(key)


_SEP = r"[ \u00a0\u202f.\-]"
_EMAIL = re.compile(r"(?<![\w.+-])[\w.%+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,24}(?![\w-])")
_PHONE = re.compile(r"(?<![\w+/.,-])(?:\+|00)?\(?\d(?:[\d \u00a0\u202f.\-()]{5,20})\d(?![\w%])")
_IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\w])", re.I)
_CARD = re.compile(r"(?<![\w.,-])\d(?:[ \-]?\d){11,18}(?![\w.,-]\d|\w)")
_NIR = re.compile(
    rf"(?<![\w])[1-478]{_SEP}?\d{{2}}{_SEP}?\d{{2}}{_SEP}?(?:\d{{2}}|2[AB]){_SEP}?\d{{3}}{_SEP}?\d{{3}}{_SEP}?\d{{2}}(?![\w])",
    re.I,
)
_SSN = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])")
_SSN_BARE = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}\s?(?!00)\d{2}\s?(?!0000)\d{4}(?![\w-])")
_SSN_CONTEXT = re.compile(r"\b(?:ssn|social security(?: number| no\.?)?|soc\.? sec\.?)\W{0,4}$", re.I)
_SIREN = re.compile(r"(?<![\w])\d{3}[ \u00a0.]?\d{3}[ \u00a0.]?\d{3}(?:[ \u00a0.]?\d{5})?(?![\w])")
_COMPANY_CONTEXT = re.compile(r"\b(?:siren|siret|rcs(?: [a-zé-]+)?|n° ?siren|n° ?siret)\W{0,6}$", re.I)
_NOT_PHONE_BEFORE = re.compile(
    r"(?:order|commande|cmd|n°|nº|no\.|num(?:éro)?\s+de\s+(?:commande|dossier|suivi|client|facture)|#|ref|réf|invoice|facture|"
    r"ticket|tracking|suivi|colis|dossier|contrat|contract|account|compte|isbn|siret|siren|tva|vat|iban|bic|€|\$|£|eur|usd|chf)"
    r"\W{0,4}$",
    re.I,
)
_NOT_PHONE_AFTER = re.compile(r"^\s?(?:€|\$|£|%|eur\b|usd\b|chf\b|euros?\b|dollars?\b|k€|m€|pts?\b|points?\b)", re.I)
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?](?:\s|$)|\n\s*\n")
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^\d{1,2}[./-]\d{1,2}$")
_DIGITS_NEEDED: dict[str, int] = {"phone": 8, "iban": 2, "card": 12, "nir": 13, "ssn": 9, "siren": 9, "siret": 9}
"""The fewest digits (``str.isdigit``, a superset of the patterns' ``\\d``) in any hit of a detector: a phone number 8
(``_phone``'s test), an IBAN's check digits 2, a card 12, a NIR 13 or more (2A/2B), an SSN 9 (3-2-4), a SIREN 9."""
_DIGITS_MEMO = "personal-data:digits"


def _before(text: str, start: int, window: int) -> str:
    return text[max(0, start - window) : start]


class PersonalDataRule(Rule):
    """Runs its detectors and reports each validated item with a masked replacement."""

    def __init__(self, meta: RuleMeta, params: PersonalDataParams) -> None:
        super().__init__(meta)
        self.params = params
        self.regions = [r.upper() for r in params.regions]
        self.role_mailboxes = frozenset(m.casefold() for m in params.role_mailboxes)
        self.press_cue = (
            re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(c) for c in sorted(params.press_cues, key=len, reverse=True)) + r")",
                re.IGNORECASE,
            )
            if params.press_cues
            else None
        )
        # each shape with the strings it cannot match without (app.text.literals): most drafts skip its scan
        self.secret_shapes = [
            (re.compile(shape.pattern), shape.keep, selective(required_literals(shape.pattern)))
            for shape in params.secret_shapes
        ]
        # each detector with the digits its candidates hold at least: a draft with fewer is not scanned (S, session 24)
        self._detectors: list[tuple[Callable[[str], Iterator[Hit]], int]] = [
            (getattr(self, f"_{d}"), _DIGITS_NEEDED.get(d, 0)) for d in params.detectors
        ]

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Findings for every validated item; overlapping hits keep the first, longest one."""
        text = draft.text
        hits: list[Hit] = []
        digits = draft.memo(_DIGITS_MEMO, lambda: sum(map(str.isdigit, text)))
        for detect, needed in self._detectors:
            if digits >= needed:
                hits.extend(detect(text))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        last_end = -1
        for hit in hits:
            if hit.start < last_end:
                continue
            if hit.detector not in ("secret", "email") and draft.overlaps_entity(hit.start, hit.end):
                continue
            last_end = hit.end
            if hit.severity is None and hit.detector in ("phone", "email") and self._press_contact(text, hit.start):
                if self.params.press_severity is None:
                    continue
                hit = Hit(
                    hit.start,
                    hit.end,
                    hit.detector,
                    hit.masked,
                    self.params.press_severity,
                    key=f"press-{hit.detector}",
                )
            yield self.finding(
                draft,
                hit.start,
                hit.end,
                key=hit.key or hit.detector,
                replacements=[hit.masked],
                severity=hit.severity,
                masked=hit.masked,
            )

    def _press_contact(self, text: str, start: int) -> bool:
        """A press cue ('Contact presse :', 'Media enquiries:') before ``start`` within ``press_window``, with no
        sentence end or blank line between: the number or address is given as the press desk's, a published business
        contact. 'M. Dupont' (an initial's full stop) ends no sentence."""
        if self.press_cue is None:
            return False
        window = max(0, start - self.params.press_window)
        cues = list(self.press_cue.finditer(text, window, start))
        if not cues:
            return False
        between = text[cues[-1].end() : start]
        return not _SENTENCE_END.search(between)

    # -- detectors ---------------------------------------------------------------------------

    def _email(self, text: str) -> Iterator[Hit]:
        if "@" not in text:
            return
        from email_validator import EmailNotValidError, validate_email

        for m in _EMAIL.finditer(text):
            candidate = m.group(0).rstrip(".")
            try:
                validate_email(candidate, check_deliverability=False)
            except EmailNotValidError:
                continue
            local, _, domain = candidate.partition("@")
            masked = f"{local[0]}{MASK * 3}@{domain}"
            end = m.start() + len(candidate)
            if local.casefold() in self.role_mailboxes:
                if self.params.role_mailbox_severity is None:
                    continue
                yield Hit(m.start(), end, "email", masked, self.params.role_mailbox_severity, key="role-email")
            else:
                yield Hit(m.start(), end, "email", masked)

    def _phone(self, text: str) -> Iterator[Hit]:
        if sum(map(str.isdigit, text)) < 7:
            return
        import phonenumbers

        window = self.params.context_window
        for m in _PHONE.finditer(text):
            raw = m.group(0)
            start, end = m.start(), m.end()
            if raw.startswith("(") and ")" not in raw[1:]:
                raw, start = raw[1:], start + 1
            digits = sum(map(str.isdigit, raw))
            if not 8 <= digits <= 15 or "  " in raw or _DATE_LIKE.match(raw.strip()):
                continue
            if _NOT_PHONE_BEFORE.search(_before(text, start, window)) or _NOT_PHONE_AFTER.match(text[end : end + 8]):
                continue
            if _is_number_with_decimals(raw):
                continue
            regions: list[str | None] = [None] if raw.startswith(("+", "00")) else list(self.regions)
            for region in regions:
                candidate = "+" + raw[2:] if raw.startswith("00") else raw
                try:
                    number = phonenumbers.parse(candidate, region)
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number(number):
                    yield Hit(start, end, "phone", mask_digits(text[start:end]))
                    break

    def _iban(self, text: str) -> Iterator[Hit]:
        from schwifty import IBAN
        from schwifty.exceptions import SchwiftyException

        for m in _IBAN.finditer(text):
            raw = m.group(0)
            # Trim trailing groups until the checksum holds (the candidate may swallow a next word).
            parts = re.split(r"([ \u00a0])", raw)
            for cut in range(len(parts), 0, -2):
                candidate = "".join(parts[:cut]).strip()
                compact = re.sub(r"\s", "", candidate)
                if len(compact) < 15:
                    break
                try:
                    IBAN(compact.upper())
                except (SchwiftyException, ValueError):
                    continue
                yield Hit(m.start(), m.start() + len(candidate), "iban", mask_alnum(candidate, 4, 3))
                break

    def _card(self, text: str) -> Iterator[Hit]:
        for m in _CARD.finditer(text):
            raw = m.group(0)
            seps = {c for c in raw if not c.isdigit()}
            if len(seps) > 1:
                continue
            digits = re.sub(r"\D", "", raw)
            if not 12 <= len(digits) <= 19 or not luhn_valid(digits) or card_issuer(digits) is None:
                continue
            yield Hit(m.start(), m.end(), "card", mask_digits(raw, 0, 4))

    def _nir(self, text: str) -> Iterator[Hit]:
        for m in _NIR.finditer(text):
            compact = re.sub(r"[^0-9A-Za-z]", "", m.group(0))
            if nir_valid(compact):
                yield Hit(m.start(), m.end(), "nir", mask_alnum(m.group(0), 1, 0))

    def _ssn(self, text: str) -> Iterator[Hit]:
        for m in _SSN.finditer(text):
            yield Hit(m.start(), m.end(), "ssn", mask_digits(m.group(0), 0, 4))
        if not _SSN_CONTEXT.search(text) and "ssn" not in text.casefold():
            return
        for m in _SSN_BARE.finditer(text):
            if "-" in m.group(0):
                continue
            if _SSN_CONTEXT.search(_before(text, m.start(), self.params.context_window)):
                yield Hit(m.start(), m.end(), "ssn", mask_digits(m.group(0), 0, 4))

    def _company(self, text: str, want: str) -> Iterator[Hit]:
        for m in _SIREN.finditer(text):
            digits = re.sub(r"\D", "", m.group(0))
            kind = "siret" if len(digits) == 14 else "siren"
            if kind != want:
                continue
            if not _COMPANY_CONTEXT.search(_before(text, m.start(), self.params.context_window)):
                continue
            siren = digits[:9]
            valid = luhn_valid(digits) or (siren == "356000000" and sum(map(int, digits)) % 5 == 0)
            if kind == "siret":
                valid = valid and luhn_valid(siren)
            if valid:
                yield Hit(m.start(), m.end(), kind, mask_digits(m.group(0), 0, 3))

    def _siren(self, text: str) -> Iterator[Hit]:
        return self._company(text, "siren")

    def _siret(self, text: str) -> Iterator[Hit]:
        return self._company(text, "siret")

    def _secret(self, text: str) -> Iterator[Hit]:
        for pattern, keep, required in self.secret_shapes:
            if required is not None and not may_match(required, text):
                continue
            for m in pattern.finditer(text):
                raw = m.group(0)
                masked = raw if keep == 0 else raw[:keep] + MASK * 4
                yield Hit(m.start(), m.end(), "secret", "[redacted]" if keep == 0 else masked)


def _is_number_with_decimals(raw: str) -> bool:
    """1.234.567,89-like amounts and 3.14159265-like decimals (one separator) are not phone numbers."""
    return bool(re.fullmatch(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+[.,]\d{1,2}|\d+[.,]\d+", raw))


class PersonalDataKind(Kind[PersonalDataParams]):
    """Builds ``personal-data`` rules."""

    Params = PersonalDataParams

    def build(self, meta: RuleMeta, params: PersonalDataParams, deps: Deps) -> Rule:
        """Check the regions against ``phonenumbers`` (and that the secret detector has shapes); build the rule."""
        if "secret" in params.detectors and not params.secret_shapes:
            raise ValueError("secret_shapes: the secret detector needs the token shapes it looks for")
        if "phone" in params.detectors:
            import phonenumbers

            if not params.regions:
                raise ValueError("regions: the phone detector needs the regions it reads numbers for (e.g. [FR, US])")
            unknown = [r for r in params.regions if r.upper() not in phonenumbers.SUPPORTED_REGIONS]
            if unknown:
                raise ValueError(f"regions: unknown phone regions {unknown} (use ISO 3166 codes such as FR, BE, US)")
        return PersonalDataRule(meta, params)
