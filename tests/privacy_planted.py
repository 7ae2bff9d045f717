"""A planted set for measuring the detectors (issue 15): sentences a resident might write,
each with the personal things in it, and sentences with nothing personal that must stay
as they are. Written for Workshop; the names, numbers and addresses are made up (phone
numbers from Ofcom's drama ranges, example.* domains).

Each planted item is (kind, the exact text planted). A hit "catches" an item when it
covers the item's whole text (a partial cover is counted as a miss).
"""

from __future__ import annotations

PERSONAL: list[tuple[str, list[tuple[str, str]]]] = [
    # --- emails, written and spelled out
    ("email me on zq@example.net please", [("email", "zq@example.net")]),
    ("my address is jo.bloggs+forms@example.co.uk", [("email", "jo.bloggs+forms@example.co.uk")]),
    ("zq at example dot net is my email", [("email", "zq at example dot net")]),
    ("contact mary [at] example [dot] org", [("email", "mary [at] example [dot] org")]),
    ("it's kasia(at)poczta(dot)pl", [("email", "kasia(at)poczta(dot)pl")]),
    ("try bob at example.com", [("email", "bob at example.com")]),
    ("email: ELLIS@EXAMPLE.ORG", [("email", "ELLIS@EXAMPLE.ORG")]),
    # --- phone numbers, UK and international, any separators
    ("ring me on 07700 900123", [("phone", "07700 900123")]),
    ("mob 07700.900.321", [("phone", "07700.900.321")]),
    ("call +48 601 234 567 after six", [("phone", "+48 601 234 567")]),
    ("my number +44 (0)7700 900 456", [("phone", "+44 (0)7700 900 456")]),
    ("landline (0161) 496 0000", [("phone", "(0161) 496 0000")]),
    ("0300-123-4567 is the office", [("phone", "0300-123-4567")]),
    ("text 07700900789", [("phone", "07700900789")]),
    ("my cousin's number is 0048 22 123 45 67", [("phone", "0048 22 123 45 67")]),
    ("+353 85 123 4567 is my Irish one", [("phone", "+353 85 123 4567")]),
    ("ring 020 7946 0018", [("phone", "020 7946 0018")]),
    ("phone 7700 900123 (no zero)", [("phone", "7700 900123")]),
    # --- postcodes and street addresses
    ("I live in M1 2AB", [("postcode", "M1 2AB")]),
    ("post it to rv1 4xy", [("postcode", "rv1 4xy")]),
    ("near SW1A 1AA", [("postcode", "SW1A 1AA")]),
    ("postcode M12AB", [("postcode", "M12AB")]),
    ("write to 14 Penny Lane M1 2AB", [("address", "14 Penny Lane M1 2AB")]),
    ("she lives at 3 Acacia Avenue, Salford", [("address", "3 Acacia Avenue, Salford")]),
    ("Flat 2, 27 Station Road is damp", [("address", "Flat 2, 27 Station Road")]),
    ("at 221b Baker Street", [("address", "221b Baker Street")]),
    ("mieszkam ul. Długa 5/3", [("address", "ul. Długa 5/3")]),
    ("number 14 penny lane", [("address", "14 penny lane")]),
    # --- participant codes
    ("P-017 said this", [("code", "P-017")]),
    ("from p12 at table 3", [("code", "p12")]),
    # --- names with titles
    ("Mr Quince told us", [("titled name", "Mr Quince")]),
    ("ask Mrs Siân Evans", [("titled name", "Mrs Siân Evans")]),
    ("Pani Kowalska was kind", [("titled name", "Pani Kowalska")]),
    ("Dr. Okafor at the surgery", [("titled name", "Dr. Okafor")]),
    ("Ms Ellis-Jones helped", [("titled name", "Ms Ellis-Jones")]),
    # --- names without titles (possible names: asked about, not removed)
    (
        "my neighbour Zebedee Quockerwodger was refused",
        [("possible name", "Zebedee Quockerwodger")],
    ),
    ("ask Bartholomew about it", [("possible name", "Bartholomew")]),
    ("Zebedee Quockerwodger's point was good", [("possible name", "Zebedee Quockerwodger")]),
    ("Zebedee's benefits stopped", [("possible name", "Zebedee")]),
    ("the letter went to Siân at home", [("possible name", "Siân")]),
    ("Thaddeus said the computer is wrong", [("possible name", "Thaddeus")]),
    ("my son Oluwaseun translated", [("possible name", "Oluwaseun")]),
    ("we told Priya and Amina", [("possible name", "Priya"), ("possible name", "Amina")]),
    ("talk to Mark at the desk", [("possible name", "Mark")]),
    ("ask jo bloggs", [("possible name", "jo bloggs")]),
]

# Nothing personal: must come out unchanged, and ideally with nothing asked about.
CLEAN: list[str] = [
    "I waited 14 weeks in 2026 and paid £300 for 2 kids",
    "The meeting is on 01/02/2027 at 10:30 in the hall",
    "Open 09.00-17.00, Monday to Friday",
    "We need a real person to explain the decision",
    "The Council should publish how the system works",
    "Letters must be in plain English and in Urdu",
    "I am 81 and do not use the internet",
    "Universal Credit stopped for six weeks in January",
    "The NHS app is hard to use",
    "Please keep a phone number that a person answers",
    "Yesterday I rang the housing office three times",
    "Shame. People won't come forward",
    "Honestly the computer will just do the same thing faster",
    "Who checks the checks?",
    "We'd be blamed when the computer made the decision",
    "Getting stopped for nothing in front of everyone",
    "Page 2 of the form asks for too much",
    "Table 3 thought the scores were unfair",
    "It costs 1.5 million a year",
    "The bus at 7.45 is always late",
    "Facebook and WhatsApp groups spread the word",
    "Dw i eisiau gwybod pwy sy'n gwneud y penderfyniad",
    "Chcę wiedzieć, kto podejmuje decyzję",
    "My English is not good so I used my son's phone",
    "Ramadan and Eid make evening sessions hard",
    "Step 1: ask. Step 2: explain. Step 3: listen.",
    "The Jobcentre said the computer decided",
    "Version 2.0 of the policy came out in March",
    "Room B4 was too cold",
    "Flat rate for everyone is fairer",
    "We looked at this. Then we voted",
    "Call the council if you disagree",
    "The fraud team meets at 2pm on Tuesdays",
    "A score of 70 out of 100 flags a claim",
    "Manchester and Salford councils share the system",
    "BSL interpreter and a hearing loop please",
    "My daughter translated for me",
    "Rent went up 5% in 2025",
    "Section 21 notices worry people",
    "Reference number 12345678 was on the letter",
]
