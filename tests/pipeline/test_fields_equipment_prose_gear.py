"""equipment written as running prose: a telescope named right before its mount, a maker's
tripod after a local preposition, a lens series joined to its maker, a preposition after a
maker, a tripod's kind ending a wrapped line."""

from __future__ import annotations

from ipom_mail.pipeline.fields.equipment import text_items


def test_a_mount_or_camera_line_after_a_telescope_code_is_a_second_instrument() -> None:
    # Estonian: a telescope on its mount, no comma between
    et = "Kasutasin Sky-Watcher Skymax 102 Star Adventurer 2i montaažil ja Nikon D5300."
    assert text_items(et) == ["Sky-Watcher Skymax 102", "Star Adventurer 2i", "Nikon D5300"]
    en = "I used a Sky-Watcher Heritage 130P AZ-GTi mount and a Canon EOS 250D."
    assert text_items(en) == ["Sky-Watcher Heritage 130P", "AZ-GTi mount", "Canon EOS 250D"]
    # Hungarian: the telescope's kind between it and the mount
    hu = "Felszerelés: Sky-Watcher Evostar 80ED refraktor HEQ5 mechanikán."
    assert text_items(hu) == ["Sky-Watcher Evostar 80ED", "HEQ5"]
    # German, a labelled line: a camera's line after the telescope's code
    de = "Ausrüstung: Sky-Watcher Skymax 127 EOS 600D"
    assert text_items(de) == ["Sky-Watcher Skymax 127", "EOS 600D"]


def test_a_kit_a_telescope_own_words_and_a_mount_alone_stay_one_name() -> None:
    kit = "Sprzęt: Sky-Watcher BK 1206 EQ5, ZWO ASI585MC"
    assert text_items(kit) == ["Sky-Watcher BK 1206 EQ5", "ZWO ASI585MC"]
    assert text_items("I used my Celestron C9.25 Edge HD.") == ["Celestron C9.25 Edge HD"]
    assert text_items("I used a Sky-Watcher 200P Dobson.") == ["Sky-Watcher 200P Dobson"]
    mount = "Equipment: Sky-Watcher Star Adventurer GTi"
    assert text_items(mount) == ["Sky-Watcher Star Adventurer GTi"]


def test_a_maker_before_a_preposition_names_the_place_s_telescope_not_gear() -> None:
    for text in (
        "ISS lewat di atas kubah teleskop Zeiss di Observatorium Bosscha tadi malam.",
        "The station passed the dome of the old telescope Zeiss at the observatory.",
        "Stacja przeleciała nad kopułą teleskopu Zeiss w obserwatorium.",
    ):
        assert text_items(text) == [], text


def test_a_preposition_never_ends_an_item() -> None:
    assert text_items("Kamera Canon R10 dipasang di atas tripod Benro di pantai.") == [
        "Canon R10",
        "tripod Benro",
    ]
    assert text_items("my Canon R6 at the beach") == ["Canon R6"]


def test_a_lens_series_joined_to_its_maker_by_a_hyphen_starts_the_lens() -> None:
    assert text_items("Pentax K-3 III su objektyvu smc Pentax-DA 21mm F3.2 Limited.") == [
        "Pentax K-3 III",
        "smc Pentax-DA 21mm F3.2 Limited",
    ]
    assert text_items("Pentax KP with HD Pentax-D FA 15-30mm") == [
        "Pentax KP",
        "HD Pentax-D FA 15-30mm",
    ]


def test_a_lithuanian_stand_in_a_case_after_its_maker_leaves_the_maker() -> None:
    assert text_items("Nikon Z6 su Nikkor Z 20mm objektyvu ant Sirui stovo.") == [
        "Nikon Z6",
        "Nikkor Z 20mm",
        "Sirui",
    ]
    assert text_items("Fotografavau su Sony A7 III ant stovo.") == ["Sony A7 III", "stovas"]


def test_a_tripod_kind_ending_a_wrapped_line_goes_with_the_maker_on_the_next() -> None:
    text = "Снимах с Nikon Z6 и обектив Nikkor Z 20mm върху статив\nSirui, беше студено."
    assert text_items(text) == ["Nikon Z6", "Nikkor Z 20mm", "статив Sirui"]
    # a telescope's kind there names the observatory's, as on one line
    assert text_items("ISS terlihat di atas kubah teleskop\nZeiss, dan sangat terang.") == []
