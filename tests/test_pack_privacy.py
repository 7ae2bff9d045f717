"""What the partner pack takes out of residents' words, and how small counts are shown."""

from __future__ import annotations

import pytest
from fuzz_support import PROPERTY
from hypothesis import given
from hypothesis import strategies as st

from workshop.core.privacy import (
    EMAIL_REMOVED,
    FEWER_THAN,
    INTERNAL,
    PARTNER,
    PHONE_REMOVED,
    PrivacyPolicy,
    policy_for,
)
from workshop.core.sessions import add_session


@pytest.mark.parametrize(
    "text",
    [
        "ring me on 07700 900123 please",
        "my number is +44 7700 900123",
        "call (0161) 496 0000 after six",
        "text 07700900123",
    ],
)
def test_phone_numbers_are_taken_out(text):
    redacted = PrivacyPolicy(PARTNER).redact(text)
    assert PHONE_REMOVED in redacted
    assert not any(ch.isdigit() for ch in redacted.replace(PHONE_REMOVED, ""))


def test_ordinary_numbers_stay():
    text = "I waited 14 weeks in 2026 and paid £300 for 2 kids"
    assert PrivacyPolicy(PARTNER).redact(text) == text


@PROPERTY
@given(
    st.from_regex(r"[a-z][a-z0-9._]{0,10}@[a-z]{2,8}\.(org|com|co\.uk)", fullmatch=True),
    st.text(alphabet="abc ", max_size=10),
)
def test_no_email_survives(email, words):
    redacted = PrivacyPolicy(PARTNER).redact(f"{words} {email} {words}")
    assert email not in redacted and EMAIL_REMOVED in redacted


def test_names_and_codes_known_to_the_file_are_taken_out(programme):
    session = add_session(programme, {"title": "Evening", "facilitators": "Priya Shah"})
    programme.insert(
        "participants",
        {
            "session_id": session,
            "code": "P-017",
            "name": "Jo Bloggs",
            "consent_recorded_at": "2027-01-01",
        },
    )
    policy = policy_for(programme, PARTNER)
    redacted = policy.redact("Jo Bloggs (P-017) said Priya was kind, and so was Shah")
    for gone in ("Jo", "Bloggs", "P-017", "Priya", "Shah"):
        assert gone not in redacted


def test_small_counts():
    partner, internal = PrivacyPolicy(PARTNER), PrivacyPolicy(INTERNAL)
    assert [partner.count(n) for n in (0, 1, 4, 5, 1200)] == [
        "0",
        FEWER_THAN,
        FEWER_THAN,
        "5",
        "1,200",
    ]
    assert [internal.count(n) for n in (0, 1, 4, 5)] == ["0", "1", "4", "5"]


def test_unknown_audience_is_refused(programme):
    with pytest.raises(ValueError):
        policy_for(programme, "public")
