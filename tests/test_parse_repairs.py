"""The parse repairs (``tacitus.repairs``): a slashed acronym kept whole, an "-ed" verb
between two names, a quoted slogan before a noun and a participle in a list of acts."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources
from tacitus.nlp import load_model
from test_events import code_all, coded


def word(text: str, target: str):  # type: ignore[no-untyped-def]
    return next(t for t in load_model()(text) if t.text == target)


def triggers(text: str, resources: Resources) -> set[tuple[str, str]]:
    return {(e.type.value, e.trigger) for e in code_all(text, resources)}


def test_a_slashed_acronym_is_one_token() -> None:
    parsed = load_model()("Fighters of the KLM/A attacked a police post.")
    assert "KLM/A" in [t.text for t in parsed]


def test_two_slashed_names_stay_apart() -> None:
    parsed = load_model()("The NATO/EU mission condemned the attack.")
    assert {"NATO", "EU"} <= {t.text for t in parsed}


def test_a_verb_between_two_names_is_the_verb() -> None:
    verb = word("Over the weekend, Trump assailed Williams as part of the group.", "assailed")
    assert (verb.pos_, verb.dep_, verb.lemma_) == ("VERB", "ROOT", "assail")
    assert {c.text: c.dep_ for c in verb.children if c.dep_ in ("nsubj", "dobj")} == {
        "Trump": "nsubj",
        "Williams": "dobj",
    }


def test_a_verb_after_a_phrase_ending_in_a_name_is_the_verb(resources) -> None:
    # the whole phrase is the subject: Chile is alarmed, not threatened
    text = "Peru's threats against Bolivia alarmed Chile."
    verb = word(text, "alarmed")
    assert (verb.pos_, verb.dep_) == ("VERB", "ROOT")
    assert {c.text: c.dep_ for c in verb.children if c.dep_ in ("nsubj", "dobj")} == {
        "threats": "nsubj",
        "Chile": "dobj",
    }
    found = {
        (e.type.value, e.target.country if e.target else None) for e in code_all(text, resources)
    }
    assert found == {("THREATEN", "BOL")}


def test_a_name_read_into_the_object_keeps_its_place(resources) -> None:
    text = "Peru's threat to attack Bolivia angered Chile."
    assert (word(text, "Bolivia").dep_, word(text, "Bolivia").head.text) == ("dobj", "attack")
    targets = {e.target.country for e in code_all(text, resources) if e.target}
    assert targets == {"BOL"}


def test_an_adjective_before_a_name_is_kept() -> None:
    text = "The Trump campaign said the embattled Williams would resign."
    assert word(text, "embattled").dep_ == "amod"


def test_a_quoted_slogan_before_a_noun_modifies_it(resources) -> None:
    text = 'Students launched "save the school" marches across the country.'
    marches = word(text, "marches")
    assert (marches.head.text, marches.dep_) == ("launched", "dobj")
    assert word(text, "save").dep_ == "compound"
    assert any(t == "PROTEST" for t, _ in triggers(text, resources))


def test_a_quoted_slogan_with_a_determiner_before_it(resources) -> None:
    text = "Activists organised the 'stop the war' rallies in three cities."
    rallies = word(text, "rallies")
    assert (rallies.head.text, rallies.dep_) == ("organised", "dobj")
    assert word(text, "the").head.text == "rallies"


def test_a_quoted_phrase_before_no_noun_is_left_alone() -> None:
    text = 'The minister called the plan "a disgrace" on Monday.'
    assert word(text, "disgrace").head.text != "Monday"


def test_a_participle_in_a_list_of_acts_is_a_verb(resources) -> None:
    text = "The army shelled villages, targeted hospitals and killed dozens."
    targeted = word(text, "targeted")
    assert (targeted.pos_, targeted.dep_, targeted.head.text) == ("VERB", "conj", "shelled")
    assert word(text, "hospitals").head.text == "targeted"
    assert ("ASSAULT", "targeted") in triggers(text, resources)


def test_a_second_verb_read_as_an_adjective_of_the_shared_object_is_a_verb(resources) -> None:
    text = "Ruvanian troops murdered and tortured villagers."
    tortured = word(text, "tortured")
    assert (tortured.pos_, tortured.dep_, tortured.head.text) == ("VERB", "conj", "murdered")
    assert word(text, "villagers").dep_ == "dobj"
    assert ("ASSAULT", "tortured") in triggers(text, resources)
    # an adjective of the object of two verbs stays one
    assert word("He cooked and served grilled fish.", "grilled").dep_ == "amod"
    # after a joined subject the first verb may be tagged a participle: still the verb
    text = "The military and two militias murdered and tortured independence supporters."
    tortured = word(text, "tortured")
    assert (tortured.pos_, tortured.dep_, tortured.head.text) == ("VERB", "conj", "murdered")
    assert word(text, "supporters").dep_ == "dobj"


def test_joined_nouns_before_two_joined_verbs_are_their_subject(resources) -> None:
    # the parser reads "militias murdered" as a noun with a participle, "tortured" as an
    # adjective of the object, and the sentence as a list of nouns
    text = "The army and two militias murdered and tortured Kenyan students."
    murdered, tortured = word(text, "murdered"), word(text, "tortured")
    assert (murdered.dep_, word(text, "army").dep_) == ("ROOT", "nsubj")
    assert (tortured.dep_, tortured.head.text) == ("conj", "murdered")
    assert ("ASSAULT", "KEN") in {
        (e.type.value, e.target.country if e.target else None)
        for e in code_all(text, resources)
        if e.trigger == "tortured"
    }
    # a headline of the dead and wounded stays the passive it is
    headline = "Five soldiers and two civilians killed and three wounded in attack"
    assert word(headline, "three").head.text == "wounded"


def test_an_ed_word_after_a_verb_and_its_object_is_the_next_verb(resources) -> None:
    # "vehicles" read as a conjunct of the verb "attacked", "torched" as its adjective
    text = (
        "Protesters in Nairobi clashed with police, attacked rival supporters and torched vehicles."
    )
    torched = word(text, "torched")
    assert (torched.pos_, torched.dep_, torched.head.text) == ("VERB", "conj", "attacked")
    assert word(text, "vehicles").head.text == "torched"
    assert "torched" in {t for _, t in triggers(text, resources)}


def test_an_ed_word_after_a_verbs_party_in_a_list_of_acts_is_a_verb(resources) -> None:
    # "shops" read as a second object of "battled", "looted" as its adjective
    text = "Opposition supporters battled with police, looted shops and torched cars in Kampala."
    looted = word(text, "looted")
    assert (looted.pos_, looted.dep_, looted.head.text) == ("VERB", "conj", "battled")
    assert word(text, "shops").head.text == "looted"
    assert ("ASSAULT", "battled") in triggers(text, resources)


def test_an_adjective_in_a_list_of_objects_is_kept() -> None:
    text = "The army shelled villages, abandoned farms and empty schools."
    assert word(text, "abandoned").dep_ == "amod"


def test_a_longer_list_of_acts_keeps_every_verb(resources) -> None:
    text = "The militia burned homes, looted shops, abducted women and killed men."
    for verb in ("looted", "abducted"):
        assert word(text, verb).pos_ == "VERB", verb
    assert word(text, "women").head.text == "abducted"


def test_a_verb_between_names_before_a_subordinate_clause_is_the_verb() -> None:
    # the parser makes "though there is ..." the root of the sentence
    text = (
        "President Trump assailed Williams as part of a campaign, though there is "
        "little evidence that it worked."
    )
    verb = word(text, "assailed")
    assert (verb.pos_, verb.dep_) == ("VERB", "ROOT")
    assert {c.text: c.dep_ for c in verb.children if c.dep_ in ("nsubj", "dobj", "advcl")} == {
        "Trump": "nsubj",
        "Williams": "dobj",
        "is": "advcl",
    }


def test_a_verb_between_names_made_a_subject_of_a_subordinate_clause_is_the_verb() -> None:
    # the phrase "Trump assailed Williams" made the subject of "though there is ..."
    text = (
        'Over the weekend, Trump assailed Williams as part of the "Never Trumpers" who '
        "oppose his presidency, though there is no indication she has shown any partisanship."
    )
    verb = word(text, "assailed")
    assert (verb.pos_, verb.dep_) == ("VERB", "ROOT")
    assert {c.text: c.dep_ for c in verb.children if c.dep_ in ("nsubj", "dobj")} == {
        "Trump": "nsubj",
        "Williams": "dobj",
    }


def test_an_untagged_name_before_a_verb_between_names_is_its_subject() -> None:
    verb = word("Trump assailed Williams as part of a campaign.", "assailed")
    assert (verb.dep_, [c.text for c in verb.children if c.dep_ == "nsubj"]) == ("ROOT", ["Trump"])


def test_a_verb_between_names_before_an_infinitive_bids_the_second(resources) -> None:
    # "Kenya petitioned Uganda" read as the subject of "to reopen", made the root
    text = "Kenya petitioned Uganda to reopen the border."
    verb = word(text, "petitioned")
    assert (verb.dep_, word(text, "reopen").dep_) == ("ROOT", "xcomp")
    assert ("REQUEST", "KEN", "UGA") in coded(code_all(text, resources))


def test_a_verb_with_its_own_clause_is_left_alone() -> None:
    text = "Obama criticized Netanyahu as part of a campaign, though there is little evidence."
    verb = word(text, "criticized")
    assert verb.dep_ == "ROOT" and word(text, "is").head.text == "criticized"


def test_a_present_verb_after_a_reported_perfect_goes_with_the_reporting_verb(
    resources,
) -> None:
    # "support" cannot share "Kenya has": the analysts support, and name no state
    text = "Many analysts agree that Kenya has long exploited Uganda and support Museveni's plan."
    support = word(text, "support")
    assert (support.dep_, support.head.text) == ("conj", "agree")
    assert not any(e.type.value == "SUPPORT" for e in code_all(text, resources))


def test_a_verb_with_its_own_auxiliary_stays_in_the_reported_clause() -> None:
    text = "Kenya said it has attacked the rebels and will support Uganda."
    support = word(text, "support")
    assert support.head.text == "attacked"


def test_coordinated_sayers_after_a_comma_are_the_subject_not_more_victims(resources) -> None:
    text = (
        "Russian missiles killed three people and wounded 12 others, police and local "
        "officials said on Monday."
    )
    said = word(text, "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["police"]
    wounded = [e for e in code_all(text, resources) if e.trigger == "wounded"]
    assert wounded and all(e.target is None or e.target.sector != "COP" for e in wounded)


def test_what_an_act_led_to_after_a_sayer_goes_with_the_act(resources) -> None:
    """ "Jets struck Kabul, the Taliban said, killing 10 civilians": the jets killed them;
    "..., the Taliban said, adding that ..." stays the sayer's."""
    text = (
        "Pakistani jets struck targets in Kabul on Wednesday, the Taliban said, killing at "
        "least 10 civilians."
    )
    assert word(text, "killing").head.text == "struck"
    killings = [e for e in code_all(text, resources) if e.trigger == "killing"]
    assert [e.source.country for e in killings if e.source] == ["PAK"]
    text = "Pakistani jets struck Kabul, the Taliban said, adding that they would respond."
    assert word(text, "adding").head.text == "said"


def test_a_list_of_objects_before_a_sayer_with_a_subject_is_left_alone() -> None:
    modi = word("He met Putin, Xi and Modi, he said.", "Modi")
    assert modi.dep_ == "conj" and modi.head.text == "Xi"


def test_a_sayers_titles_after_a_comma_are_left_alone() -> None:
    text = (
        '"Our results reflected growth across our business, yet sales were below our '
        "expectations driven by the timing of certain benefits associated with our "
        'investments," chairman, CEO and president John Smith said in the release.'
    )
    said = word(text, "said")
    assert "CEO" not in [c.text for c in said.children if c.dep_ == "nsubj"]


def test_a_name_and_a_titled_name_are_coordinated_subjects(resources) -> None:
    text = "Lavrov and Chinese Foreign Minister Wang Yi criticised the sanctions."
    yi = word(text, "Yi")
    assert yi.dep_ == "conj" and yi.head.text == "Lavrov"
    assert word(text, "Lavrov").dep_ == "nsubj"
    text = (
        "Poland's President Andrzej Duda spoke on Monday. Duda and German Chancellor Olaf "
        "Scholz later called for new sanctions against Russia."
    )
    called = [e for e in code_all(text, resources) if e.trigger == "called"]
    assert {e.source.country for e in called if e.source} == {"POL", "DEU"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Nigeria lifted the curfew after a meeting between Gov. Ali Rahman and security "
            "officials.",
            "NGA",
        ),
        (
            "Kenya lifted the curfew after a meeting between President Ruto and security "
            "officials.",
            "KEN",
        ),
    ],
)
def test_a_name_and_a_noun_after_between_are_coordinated(text, country, resources) -> None:
    # the name is no modifier of the noun after "and": the two meet
    officials = word(text, "officials")
    assert officials.dep_ == "conj" and officials.head.dep_ == "pobj"
    assert word(text, "security").head.text == "officials"
    meeting = [e for e in code_all(text, resources) if e.trigger == "meeting"]
    assert [(e.source.country, e.target.country) for e in meeting if e.source and e.target] == [
        (country, country)
    ]


def test_a_people_s_adjective_after_a_name_and_and_is_the_nouns(resources) -> None:
    # "Somali" is the officials' adjective, not a conjunct of the president's name
    text = (
        "A meeting between Kenyan President William Ruto and Somali officials took place in "
        "Nairobi."
    )
    assert word(text, "Somali").head.text == "officials"
    assert word(text, "officials").dep_ == "conj"
    meeting = [e for e in code_all(text, resources) if e.trigger.startswith("meeting")]
    assert [(e.source.country, e.target.country) for e in meeting if e.source and e.target] == [
        ("KEN", "SOM")
    ]
    # two peoples' adjectives on one noun stay the noun's
    assert word("Kenyan and Somali officials met in Nairobi.", "Kenyan").head.text == "officials"


def test_a_countrys_name_before_a_title_marks_the_second_subject(resources) -> None:
    text = (
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in "
        "Brussels on Thursday."
    )
    kurti = word(text, "Kurti")
    assert kurti.dep_ == "conj" and kurti.head.text == "Vucic"
    met = [e for e in code_all(text, resources) if e.trigger == "met"]
    assert {(e.source.country, e.target.country) for e in met if e.source and e.target} == {
        ("SRB", "XKX")
    }


def test_a_firms_name_with_and_is_left_alone() -> None:
    ltd = word("Smith and Jones Ltd said profits rose.", "Jones")
    assert ltd.head.text == "Ltd"


def test_a_that_clause_after_said_in_a_statement_is_what_was_said(resources) -> None:
    text = "Egypt said in a statement that the Israeli raid was a flagrant violation of the law."
    was = word(text, "was")
    assert (was.dep_, was.head.text) == ("ccomp", "said")
    accused = [e for e in code_all(text, resources) if e.type.value == "ACCUSE"]
    assert [(e.source.country, e.target.country) for e in accused if e.source and e.target] == [
        ("EGY", "ISR")
    ]


def test_a_relative_clause_on_the_statement_is_left_alone() -> None:
    text = "Kenya said in a report that was released on Monday that it would reopen the border."
    released = word(text, "released")
    assert released.head.text == "report"


def test_a_progressive_verb_has_its_clauses_subject(resources) -> None:
    # read as what Qatar is, as a noun in a relative clause, and with the subject on "are"
    for text in (
        "Qatar is mediating between Israel and Hamas.",
        "Qatar, which is mediating between Israel and Hamas, said talks would resume.",
        "Egypt and Qatar are mediating between Israel and Hamas.",
    ):
        mediating = word(text, "mediating")
        assert (mediating.pos_, mediating.lemma_) == ("VERB", "mediate")
        events = code_all(text, resources)
        assert {(e.source.country, e.target.country) for e in events if e.source and e.target} >= {
            ("QAT", "ISR"),
            ("QAT", "PSE"),
        }, text


def test_an_ing_word_no_adjective_after_be_is_the_progressive_verb(resources) -> None:
    # read as the adjective of the noun after "are": no verb, no event
    text = "Syrian troops are patrolling streets of the capital."
    patrolling = word(text, "patrolling")
    assert (patrolling.pos_, patrolling.dep_, patrolling.lemma_) == ("VERB", "ROOT", "patrol")
    found = {
        (e.type.value, e.source.country if e.source else None) for e in code_all(text, resources)
    }
    assert found == {("MOBILIZE", "SYR")}
    # an adjective English knows ("promising") stays one, as after "these"
    promising = word("These are promising signs.", "promising")
    assert (promising.pos_, promising.dep_) == ("ADJ", "amod")


def test_a_dateline_is_no_part_of_the_noun_phrase_after_it(resources) -> None:
    text = (
        "BRUSSELS, Nov 18 (Reuters) - European Union foreign ministers agreed on Monday "
        "to impose new sanctions on Iranian officials."
    )
    ministers = word(text, "ministers")
    assert "Reuters" not in [t.text for t in ministers.subtree]
    agree = [e for e in code_all(text, resources) if e.trigger == "agreed"]
    assert [(e.source.country, e.source.sector) for e in agree if e.source] == [("IGO", "IGO")]


def test_a_subject_hung_on_the_dateline_is_the_verbs_subject() -> None:
    text = "PARIS (Reuters) - French President Emmanuel Macron hosted Ukrainian leaders."
    verb = word(text, "hosted")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Macron"]
    text = "MOSCOW, March 3 (Reuters) - Russia accused Ukraine of attacking a power plant."
    verb = word(text, "accused")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Russia"]


def test_a_capitalised_name_and_a_hyphen_make_no_dateline() -> None:
    text = "NATO-led troops entered the town after the UN-brokered truce collapsed."
    troops = word(text, "troops")
    assert "NATO" in [t.text for t in troops.subtree]


def test_a_hyphenated_place_opens_a_dateline(resources) -> None:
    # the hyphens inside "PORT-AU-PRINCE" are no dateline dash: the city is no subject
    text = (
        "PORT-AU-PRINCE, Haiti (AP) — Gang members attacked the town of Pont-Sonde on "
        "Thursday, killing at least 70 people, U.N. officials said."
    )
    verb = word(text, "attacked")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["members"]
    attacked = [e for e in code_all(text, resources) if e.trigger == "attacked"]
    assert [e.source.sector for e in attacked if e.source] == ["REB"]


def test_a_long_dateline_with_a_country_and_a_date_is_no_subject(resources) -> None:
    # "GOMA, Democratic Republic of Congo, Aug 9 (AFP) -": the city and its country, however
    # many words, are where the story was filed, not doers beside the rebels
    text = (
        "GOMA, Democratic Republic of Congo, Aug 9 (AFP) - M23 rebels blocked a UN aid "
        "convoy near the town."
    )
    verb = word(text, "blocked")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["rebels"]
    blocked = [e for e in code_all(text, resources) if e.trigger == "blocked"]
    assert [e.source.name for e in blocked if e.source] == ["M23"]
    text = (
        "PORT-AU-PRINCE, Haiti, April 4 (AFP) \u2014 Gang members attacked a police station "
        "in the capital."
    )
    attacked = [e for e in code_all(text, resources) if e.trigger == "attacked"]
    assert [e.source.sector for e in attacked if e.source] == ["REB"]


def test_a_dateline_in_small_letters_with_an_agency_is_no_subject(resources) -> None:
    # "Khartoum, Sudan, Aug. 9 (Reuters) -": the agency in brackets and its dash end a
    # dateline written in small letters as they end one in capitals
    for text, verb, subject, source in (
        (
            "Khartoum, Sudan, Aug. 9 (Reuters) \u2013 Sudan's army shelled a market in Omdurman.",
            "shelled",
            "army",
            ("SDN", "MIL"),
        ),
        (
            "Beirut, Lebanon (AP) \u2014 Israeli jets struck a village in the south.",
            "struck",
            "jets",
            ("ISR", "MIL"),
        ),
        ("Berlin (dpa) - German police arrested three men.", "arrested", "police", ("DEU", "COP")),
    ):
        head = word(text, verb)
        assert [c.text for c in head.children if c.dep_ == "nsubj"] == [subject], text
        coded = [e for e in code_all(text, resources) if e.trigger == verb]
        assert [(e.source.country, e.source.sector) for e in coded if e.source] == [source]


def test_a_dateline_country_with_of_or_capitals_is_no_subject(resources) -> None:
    # "Republic of Congo", "DR Congo": a country's name in a small-letter dateline may hold
    # an "of" or a word in capitals
    for text in (
        "Goma, DR Congo \u2013 M23 rebels attacked the town of Sake.",
        "Goma, Democratic Republic of Congo, Aug 9 (AFP) - M23 rebels attacked the town.",
    ):
        verb = word(text, "attacked")
        assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["rebels"], text
        coded = [e for e in code_all(text, resources) if e.trigger == "attacked"]
        assert [e.source.name for e in coded if e.source] == ["M23"], text


def test_a_long_dash_set_close_after_a_datelines_country_ends_it(resources) -> None:
    # "GOMA, Democratic Republic of Congo—M23 rebels": the dash has no spaces, but no name
    # in capitals and a comma goes on past a long dash
    text = "GOMA, Democratic Republic of Congo\u2014M23 rebels attacked the town of Sake."
    verb = word(text, "attacked")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["rebels"]
    coded = [e for e in code_all(text, resources) if e.trigger == "attacked"]
    assert [e.source.name for e in coded if e.source] == ["M23"]
    # places joined by "and" before a dash in a sentence are its subject, no dateline
    text = "KENYA, Uganda and Tanzania\u2014three neighbours\u2014signed a trade pact."
    verb = word(text, "signed")
    assert "KENYA" in [t.text for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]


def test_a_dash_set_close_after_the_agencys_bracket_is_split_off(resources) -> None:
    # "GOMA (AFP)—M23 rebels": the bracket, the dash and the name are three tokens, so the
    # rebels keep their name and the dateline ends at the dash
    text = "GOMA (AFP)\u2014M23 rebels attacked the town of Sake."
    assert [t.text for t in load_model()(text)][:6] == ["GOMA", "(", "AFP", ")", "\u2014", "M23"]
    coded = [e for e in code_all(text, resources) if e.trigger == "attacked"]
    assert [e.source.name for e in coded if e.source] == ["M23"]
    # a bracket closing inside a word stays: "f(x)"
    assert "f(x" in [t.text for t in load_model()("We plot f(x) here.")]


def test_an_agency_in_brackets_and_a_colon_end_a_dateline(resources) -> None:
    # "LAHORE (APP): Police arrested": a colon after the agency ends the dateline as a dash
    # does (spaCy keeps "):" one token)
    for text in (
        "LAHORE (APP): Police arrested a cleric on Friday.",
        "Lahore (APP): Police arrested a cleric on Friday.",
    ):
        verb = word(text, "arrested")
        assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Police"], text
        coded = [e for e in code_all(text, resources) if e.trigger == "arrested"]
        assert [e.source.sector for e in coded if e.source] == ["COP"], text


def test_a_colon_after_a_place_and_its_region_ends_a_dateline(resources) -> None:
    # "Peshawar, Pakistan: Taliban fighters attacked": a place, its country and a colon
    for text in (
        "Peshawar, Pakistan: Taliban fighters attacked a police post.",
        "GOMA, Democratic Republic of Congo: M23 rebels attacked the town of Sake.",
    ):
        verb = word(text, "attacked")
        assert len([c for c in verb.children if c.dep_ == "nsubj"]) == 1, text
        coded = [e for e in code_all(text, resources) if e.trigger == "attacked"]
        assert [e.source.sector for e in coded if e.source] == ["REB"], text
    # places joined by "and" before a colon stay the subject
    text = "KENYA, Uganda and Tanzania: the three states signed a pact."
    signed = [e for e in code_all(text, resources) if e.trigger == "signed"]
    assert {e.source.country for e in signed if e.source} == {"KEN"}


def test_a_hyphened_name_in_a_small_letter_dateline(resources) -> None:
    # "Guinea-Bissau", "Port-au-Prince": hyphens inside a name are no dateline dash
    text = "Bissau, Guinea-Bissau (AFP) - Soldiers arrested the army chief."
    coded = [e for e in code_all(text, resources) if e.trigger == "arrested"]
    assert [(e.target.country, e.target.sector) for e in coded if e.target] == [("GNB", "MIL")]
    text = "Port-au-Prince, Haiti (AFP) \u2013 Haitian police arrested a gang leader."
    police = word(text, "police")
    assert "Port" not in [t.text for t in police.subtree]


def test_a_dateline_city_with_a_short_word_and_its_point(resources) -> None:
    # "ST. LOUIS (AP) —": spaCy splits "ST" from its point; the city is still no subject
    for text in (
        "ST. LOUIS (AP) \u2014 Police arrested two men after the shooting.",
        "FT. WORTH, Texas (AP) \u2014 Police arrested two men after the shooting.",
    ):
        verb = word(text, "arrested")
        assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Police"], text
        coded = [e for e in code_all(text, resources) if e.trigger == "arrested"]
        assert [e.source.sector for e in coded if e.source] == ["COP"], text


def test_a_participle_hung_on_a_dateline_modifies_the_subject_after_it(resources) -> None:
    # "- M23 rebels, backed by Rwanda, attacked": the participle and its commas, hung on
    # the dateline, go with the rebels, not as more subjects of "attacked"
    text = (
        "GOMA, Democratic Republic of Congo, Aug 9 (AFP) - M23 rebels, backed by Rwanda, "
        "attacked the town of Sake."
    )
    verb = word(text, "attacked")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["rebels"]
    backed = [e for e in code_all(text, resources) if e.trigger == "backed"]
    assert [e.target.name for e in backed if e.target] == ["M23"]


def test_a_sentence_opening_with_places_keeps_them_as_subjects(resources) -> None:
    # no dateline: three states, the first in capitals, are the subject, even with a dash
    # set off by spaces later on
    for text in (
        "Kenya, Uganda and Tanzania signed a trade pact on Friday.",
        "KENYA, Uganda and Tanzania signed a trade pact on Friday - the first in years.",
    ):
        verb = word(text, "signed")
        subject = [c for c in verb.children if c.dep_ == "nsubj"]
        assert [t.text for t in subject] == [text.split(",")[0]], text
        assert {"Uganda", "Tanzania"} <= {t.text for t in subject[0].conjuncts}, text
        signed = [e for e in code_all(text, resources) if e.trigger == "signed"]
        assert {e.source.country for e in signed if e.source} == {"KEN"}, text


def test_a_place_with_an_apostrophe_opens_a_dateline(resources) -> None:
    # "NUKU'ALOFA" is a city in capitals: its country after the comma is no doer
    text = (
        "Forum leaders meet\n\nNUKU'ALOFA, Tonga \u2013 Leaders of the Pacific Islands Forum "
        "agreed on Tuesday to set up a regional climate fund."
    )
    agreed = [e for e in code_all(text, resources) if e.trigger == "agreed"]
    assert [(e.source.country, e.source.sector) for e in agreed if e.source] == [("IGO", "IGO")]


def test_a_plural_in_men_taken_for_a_name_is_still_a_role(resources) -> None:
    # after a dateline the tagger takes "Gunmen" for a name; "-men" is the plural of "-man"
    text = "ABUJA, Nigeria (AP) — Gunmen stormed a school in Kaduna state on Thursday."
    assert word(text, "Gunmen").pos_ == "PROPN"
    stormed = [e for e in code_all(text, resources) if e.trigger == "stormed"]
    assert [(e.source.country, e.source.sector) for e in stormed if e.source] == [("NGA", "REB")]


def test_a_past_verb_after_an_infinitive_is_joined_to_the_verb_it_completes(
    resources,
) -> None:
    text = (
        "Kenya's opposition leader Raila Odinga urged the president to listen to young Kenyans "
        "and accused his government of ignoring hardship."
    )
    assert word(text, "accused").head.text == "urged"
    found = code_all(text, resources)
    assert {(e.trigger, e.status.value) for e in found if e.type.value == "ACCUSE"} == {
        ("accused", "asserted")
    }
    # two infinitives stay joined: "plans to attack and capture the town"
    assert word("The army plans to attack and capture the town.", "capture").head.text == "attack"


def test_a_past_verb_after_a_bare_verb_in_a_clause_is_joined_to_the_reporting_verb(
    resources,
) -> None:
    text = (
        "Nigeria demanded that the commission release the results and called on the "
        "army to return to barracks."
    )
    assert word(text, "called").head.text == "demanded"
    calls = [e for e in code_all(text, resources) if e.trigger == "called"]
    assert [e.source.country if e.source else None for e in calls] == ["NGA"]


def test_a_past_verb_after_a_bare_verb_in_a_relative_clause_is_joined_to_the_clauses_verb(
    resources,
) -> None:
    text = (
        "Kenya supported a plan that would free the hostages and called on the rebels to accept it."
    )
    assert word(text, "called").head.text == "supported"
    calls = [e for e in code_all(text, resources) if e.trigger == "called"]
    assert [e.source.country if e.source else None for e in calls] == ["KEN"]


def test_a_past_verb_after_an_as_adjective_is_joined_to_the_verb_it_qualifies(
    resources,
) -> None:
    # "as biased" says what the report is called: "accused" is Israel's own act, not part
    # of the dismissal (which would make it denied)
    text = "Israel dismissed the report as biased and accused Norway of ignoring Hamas atrocities."
    assert word(text, "accused").head.text == "dismissed"
    found = code_all(text, resources)
    assert {(e.trigger, e.status.value) for e in found if e.type.value == "ACCUSE"} == {
        ("accused", "asserted")
    }


def test_a_name_before_the_subject_is_no_object_of_the_verb(resources) -> None:
    text = "ECOWAS Commission President Jane Odili condemned the coup."
    assert word(text, "ECOWAS").dep_ == "compound"
    found = code_all(text, resources)
    assert [(e.type.value, e.target) for e in found] == [("ACCUSE", None)]


def test_a_past_verb_hung_on_the_root_noun_is_the_sentences_verb(resources) -> None:
    text = "Western countries, including the United States and Britain, called for restraint."
    assert word(text, "called").dep_ == "ROOT"
    assert word(text, "countries").head.text == "called"


def test_a_participle_bidding_a_name_on_the_last_subject_is_the_verb(resources) -> None:
    # "called" read as a clause on "countries", the last of the subjects: no request
    text = "Peru and six other countries called on Venezuela to free the prisoners."
    assert word(text, "called").dep_ == "ROOT"
    assert word(text, "Peru").head.text == "called"
    assert ("REQUEST", "PER", "VEN") in coded(code_all(text, resources))
    # a participle bidding no one to do a thing stays a passive clause on its noun
    assert word("Two soldiers and a policeman wounded on Monday.", "wounded").dep_ == "acl"


def test_a_participle_with_an_object_after_an_appositive_is_the_verb(resources) -> None:
    text = "Portugal, the former colonial power, offered to host talks between the camps."
    assert word(text, "offered").dep_ == "ROOT"
    assert ("AGREE", "offered") in triggers(text, resources)
    # a participle with no object stays a clause on the noun: no one injured anybody
    assert word("A man, a teacher, injured in the blast.", "injured").dep_ != "ROOT"


def test_a_participle_with_an_object_right_on_its_noun_is_the_verb(resources) -> None:
    # "killed" read as a clause on "strikes": the attackers' adjective was lost
    for text in (
        "Saudi air strikes killed at least 20 people in northern Yemen overnight.",
        "Saudi air strikes killed at least 20 people in northern Yemen overnight, medics said.",
    ):
        killed = word(text, "killed")
        assert killed.dep_ in ("ROOT", "ccomp") and word(text, "strikes").head.i == killed.i
        found = {
            (e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_all(text, resources)
            if e.trigger == "killed"
        }
        assert found == {("SAU", "YEM")}
    # a participle with no object stays a passive clause on its noun
    assert word("Ten rioters arrested after clashes, police said.", "arrested").dep_ == "acl"


def test_a_participle_after_had_with_a_subject_is_the_verb_not_an_adjective(resources) -> None:
    text = (
        "Secretary of State Antony Blinken said the RSF and allied militias had "
        "systematically murdered men and boys on an ethnic basis and deliberately targeted "
        "women for rape."
    )
    murdered = word(text, "murdered")
    assert murdered.dep_ != "amod" and word(text, "men").head.i == murdered.i
    assert ("ASSAULT", "murdered") in triggers(text, resources)
    # an adjective with no "had" stays one: "murdered men were buried"
    assert word("Relatives said murdered men were buried there.", "murdered").dep_ == "amod"


def test_a_past_verb_with_a_subject_on_the_root_noun_is_the_verb(resources) -> None:
    # the parser reads "renewed calls" as one noun phrase, the root, with "Kenya" hung on
    # the adjective "renewed": a noun takes no subject, so "renewed" is the verb
    text = "Kenya on Monday renewed calls for Uganda to reopen the border."
    renewed = word(text, "renewed")
    assert renewed.dep_ == "ROOT" and word(text, "calls").head.i == renewed.i
    assert ("REQUEST", "KEN", "UGA") in coded(code_all(text, resources))
    # an adjective on a noun with no subject of its own stays one
    text = "Renewed calls for calm went unheeded in Nairobi."
    assert word(text, "Renewed").dep_ == "amod"


def test_a_hyphened_given_name_is_one_word_of_the_name() -> None:
    parsed = load_model()("Acting President Choi Sang-mok urged calm. A Saudi-led force struck.")
    assert "Sang-mok" in [t.text for t in parsed]
    assert "Choi Sang-mok" in [e.text for e in parsed.ents]
    assert "Saudi-led" not in [t.text for t in parsed]  # no person's name: left as it was


def test_a_verb_between_names_after_an_opening_preposition_made_the_root_is_the_verb() -> None:
    # the parse the small model gives this sentence inside a longer article: "Over" the
    # root, "Trump assailed Williams" one noun phrase hung on it
    from spacy.tokens import Doc

    nlp = load_model()
    words = ["Over", "the", "weekend", ",", "Trump", "assailed", "Williams", "as", "part", "."]
    heads = [0, 2, 0, 0, 6, 6, 0, 6, 7, 0]
    deps = ["ROOT", "det", "pobj", "punct", "nmod", "amod", "prep", "prep", "pobj", "punct"]
    tags = ["IN", "DT", "NN", ",", "NNP", "VBN", "NNP", "IN", "NN", "."]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"]
    ents = ["O", "O", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)
    doc = nlp.get_pipe("tacitus_verb_between_names")(doc)
    verb = doc[5]
    assert (verb.pos_, verb.dep_) == ("VERB", "ROOT")
    assert {c.text: c.dep_ for c in verb.children if c.dep_ in ("nsubj", "dobj", "prep")} == {
        "Trump": "nsubj",
        "Williams": "dobj",
        "Over": "prep",
        "as": "prep",
    }


def test_an_acronym_opening_a_sentence_is_the_subject_not_a_verb(resources) -> None:
    assert word("IGAD condemned the fighting in Sudan.", "IGAD").dep_ == "nsubj"
    assert word("ECOWAS imposed sanctions on Niger.", "imposed").dep_ == "ROOT"
    found = code_all("ECOWAS imposed sanctions on Niger.", resources)
    assert [(e.type.value, e.source.country, e.target.country) for e in found] == [
        ("SANCTION", "IGO", "NER")
    ]


def test_outside_right_after_a_verb_is_the_preposition_of_a_place(resources) -> None:
    outside = word("Police dispersed protesters who rallied outside parliament.", "outside")
    assert (outside.dep_, outside.head.text) == ("prep", "rallied")
    assert ("PROTEST", "rallied") in triggers(
        "Police dispersed protesters who rallied outside parliament.", resources
    )
    # an adjective after an article stays one
    perimeter = word("Soldiers guarded the outside perimeter.", "outside")
    assert (perimeter.dep_, perimeter.head.text) == ("amod", "perimeter")


def test_a_second_titled_name_read_as_an_apposition_is_the_conjunct() -> None:
    text = (
        "Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham "
        "Wechayachai met for two hours."
    )
    name = word(text, "Wechayachai")
    assert (name.dep_, name.head.text) == ("conj", "Manet")
    assert word(text, "Minister").head.text in ("Manet", "Wechayachai")


def test_a_holding_participle_after_a_name_is_an_unhyphened_adjective() -> None:
    from test_place import placed

    text = (
        "The militants opened a new front in Hama province on Monday, shelling the "
        "National Guard (NG) held Qasr Bridge near the river."
    )
    held = word(text, "held")
    assert (held.dep_, held.head.text) == ("amod", "Bridge")
    assert (word(text, "Bridge").dep_, word(text, "Bridge").head.text) == ("dobj", "shelling")
    # the place shelled is the one held, not the province of the sentence's first verb
    loc = placed(text, "shelling")
    assert loc is not None and loc.name == "Qasr Bridge"
    # a holder with a subject of its own is a sentence: "the army controlled the town"
    verb = word("Witnesses said the army controlled Qasr Bridge by noon.", "controlled")
    assert verb.dep_ != "amod"


def test_a_list_of_acts_after_a_prepositional_party_keeps_every_verb(resources) -> None:
    text = "Rioters battled with police, attacked shops, torched cars and looted banks."
    attacked = word(text, "attacked")
    assert (attacked.pos_, attacked.dep_, attacked.head.text) == ("VERB", "conj", "battled")
    assert word(text, "shops").head.text == "attacked"
    assert ("ASSAULT", "attacked") in triggers(text, resources)


def test_a_list_of_parties_after_a_preposition_keeps_its_adjectives() -> None:
    # "local militias" has no "-ed" word: the list is one of parties, not of acts
    text = "Troops clashed with rebels, armed civilians and local militias."
    assert word(text, "armed").dep_ == "amod"


def test_a_past_verb_after_the_subjects_relative_clause_is_the_verb(resources) -> None:
    # the parser hangs "called" on "sides", inside the relative clause
    text = (
        "Egypt, which has mediated between the two sides, called on both parties to show "
        "flexibility."
    )
    assert word(text, "called").dep_ == "ROOT"
    assert word(text, "Egypt").head.text == "called"
    assert ("REQUEST", "called") in triggers(text, resources)
    # hung on the first of two joined subjects, after the second's relative clause
    text = "Qatar and Egypt, which brokered the truce, called on both sides to honour it."
    assert word(text, "called").dep_ == "ROOT"
    assert word(text, "Qatar").head.text == "called"


def test_an_adjective_read_as_a_subject_before_a_name_is_the_names() -> None:
    declared = word(
        "Sudan's paramilitary Rapid Support Forces declared a three-month truce on Monday.",
        "declared",
    )
    subjects = [c.text for c in declared.children if c.dep_ == "nsubj"]
    assert subjects == ["Forces"]


def test_a_common_word_opening_a_sentence_is_no_person_but_a_surname_is() -> None:
    parsed = load_model()(
        "Military officers said on Wednesday they had taken control of the country.\n\n"
        "Gunfire was heard near the presidential palace in the capital earlier in the day, "
        "witnesses said. Vieira said the talks went well.\n"
    )
    persons = [e.text for e in parsed.ents if e.label_ == "PERSON"]
    assert "Gunfire" not in persons and "Vieira" in persons


def test_a_plural_common_noun_opening_a_paragraph_is_that_noun() -> None:
    parsed = load_model()(
        "Heat records fell across the region.\n\n"
        "Wildfires burned 4,000 acres near the Portuguese coast on Sunday.\n\n"
        "Reviewers praised the novel. Portuguese officials met on Monday.\n"
    )
    fires = next(t for t in parsed if t.text == "Wildfires")
    assert (fires.pos_, fires.lemma_) == ("NOUN", "wildfire")
    assert "Wildfires" not in [e.text for e in parsed.ents]
    reviewers = next(t for t in parsed if t.text == "Reviewers")
    assert (reviewers.pos_, reviewers.lemma_) == ("NOUN", "reviewer")
    # a plural the word lists also hold as a word of its own ("talks") is that plural
    talks = load_model()(
        "Chile and Peru meet\n\nTalks between Chile and Peru resumed in Lima on Monday.\n"
    )
    opening = next(t for t in talks if t.text == "Talks")
    assert (opening.pos_, opening.lemma_) == ("NOUN", "talk")
    # a people keeps its tag
    people = load_model()("Portuguese voted on Sunday.\n\nAustralians voted on Monday.\n")
    assert next(t for t in people if t.text == "Australians").pos_ == "PROPN"


def test_a_past_verb_joined_to_an_infinitive_after_a_perfect_goes_with_the_perfect() -> None:
    # "has vowed to defeat them and called on ...": the call is made, not vowed
    called = word(
        "Junta leader Assimi Goita has vowed to defeat the militants and called on the "
        "population to remain calm.",
        "called",
    )
    assert (called.dep_, called.head.text) == ("conj", "vowed")


def test_shot_dead_read_as_a_noun_is_the_verb(resources) -> None:
    # the tagger reads "shot" as a noun ("a sniper shot") and "dead" as the clause's head
    verb = word("A sniper shot dead a soldier near Donetsk on Monday.", "shot")
    assert (verb.pos_, verb.dep_, verb.lemma_) == ("VERB", "ROOT", "shoot")
    assert {c.text: c.dep_ for c in verb.children if c.dep_ in ("nsubj", "dobj")} == {
        "sniper": "nsubj",
        "soldier": "dobj",
    }
    text = "Two men on a motorbike shot dead a journalist in Kabul on Tuesday."
    assert ("ASSAULT", "shot") in triggers(text, resources)
    assert word(text, "motorbike").dep_ == "pobj"
    assert ("ASSAULT", "shot") in triggers("Gunmen shot dead a shopkeeper in Bogota.", resources)


def test_a_noun_phrase_after_an_aside_is_the_verbs_object(resources) -> None:
    text = "The rebels launched, on Tuesday morning, a massive attack on the town of Kalehe."
    attack = word(text, "attack")
    assert (attack.dep_, attack.head.text) == ("dobj", "launched")
    assert ("ASSAULT", "launched, on Tuesday morning, a massive attack") in triggers(
        text, resources
    )
    # a time after the aside says when, it is no object
    assert word("The delegation arrived, as planned, a day later.", "day").dep_ != "dobj"


def test_located_after_a_noun_is_a_participle_on_it(resources) -> None:
    # "located" misread as the past verb of the attack phrase: a participle on the village,
    # and the attack the object of the verb before the aside
    text = (
        "The army launched, on Tuesday afternoon, a massive attack on Khan Tuman village"
        " located 15 km south of the city."
    )
    located = word(text, "located")
    assert (located.tag_, located.dep_, located.head.text) == ("VBN", "acl", "village")
    assert (word(text, "attack").dep_, word(text, "attack").head.text) == ("dobj", "launched")
    assert ("ASSAULT", "launched, on Tuesday afternoon, a massive attack") in triggers(
        text, resources
    )
    # a distance may be its object ("km" read as one)
    text = (
        "The rebels launched, today afternoon, a massive attack on Khan Tuman village"
        " located nearly 15 km to the south of the city."
    )
    assert ("ASSAULT", "launched, today afternoon, a massive attack") in triggers(text, resources)
    # the verb of finding keeps its object
    assert word("Police located the suspect in a hotel.", "located").dep_ == "ROOT"
    assert word("A team from the army located 15 bodies.", "located").tag_ == "VBD"


def test_a_plural_before_a_clause_without_that_is_its_subject(resources) -> None:
    # "an attack authorities blamed": no "attack authorities", but authorities blaming it
    text = "Ten people died in an attack authorities blamed on the rebels."
    attack, authorities = word(text, "attack"), word(text, "authorities")
    assert (attack.dep_, attack.head.text) == ("pobj", "in")
    assert (authorities.dep_, authorities.head.text) == ("nsubj", "blamed")
    assert word(text, "blamed").head.text == "attack"
    assert ("ACCUSE", "blamed") in triggers(text, resources)
    police = word("Ten people died in the raid police carried out in the town.", "police")
    assert (police.dep_, police.head.text) == ("nsubj", "carried")
    # people the verb can take are its object: a participle on them
    leaders = word("Police arrested the protest leaders accused of violence.", "leaders")
    assert leaders.dep_ == "dobj"
    officials = word("The bridge officials blamed for the collapse were sacked.", "officials")
    assert officials.dep_ == "nsubjpass"


def test_a_subject_after_an_opening_phrase_with_an_aside_is_the_verbs(resources) -> None:
    # "Division" read as an apposition of "jets", with "entered" left with no subject
    text = (
        "Backed by Russian jets, the Syrian army's 4th Division – supported by Hezbollah"
        " fighters – entered the town."
    )
    division = word(text, "Division")
    assert (division.dep_, division.head.text) == ("nsubj", "entered")
    assert word(text, "supported").head.text == "Division"
    sources = {
        e.source.country for e in code_all(text, resources) if e.trigger == "entered" and e.source
    }
    assert sources == {"SYR"}


def test_a_surname_the_tagger_reads_as_an_adjective_is_the_person(resources) -> None:
    # "Lopez" opening the last sentence is tagged an adjective: still the envoy named before
    text = (
        "Rosa Lopez, Brazil's ambassador to Peru, arrived in Lima on Monday. On Tuesday,"
        " Lopez condemned the arrest of journalists. Lopez later met Chilean officials to"
        " discuss trade."
    )
    assert ("CONSULT", "BRA", "CHL") in coded(code_all(text, resources))


def test_two_names_apart_by_a_comma_before_a_verb_are_its_subjects(resources) -> None:
    # a headline's comma for "and"
    text = "Kenya, Uganda agree to reopen border crossings"
    kenya, uganda = word(text, "Kenya"), word(text, "Uganda")
    assert (kenya.dep_, kenya.head.text) == ("nsubj", "agree")
    assert (uganda.dep_, uganda.head.text) == ("conj", "Kenya")
    found = {
        (
            e.type.value,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in code_all(text, resources)
    }
    assert ("AGREE", "KEN", "UGA") in found


def test_a_name_and_its_apposition_stay_apart() -> None:
    text = "Kenya, Uganda's largest trading partner, said it would reopen the border."
    assert word(text, "Kenya").dep_ == "nsubj"
    assert word(text, "partner").dep_ == "appos"


def test_a_verb_in_e_keeps_its_e_where_no_consonant_doubles() -> None:
    # "hoped", "fined": the verb "hope", "fine" (the lemmatizer said "hop", "fin")
    assert word("Peru hoped Chile would sign.", "hoped").lemma_ == "hope"
    assert word("A court fined the ministry on Monday.", "fined").lemma_ == "fine"
    assert word("Bolivia hopes to mediate.", "hopes").lemma_ == "hope"
    # a doubled consonant is the short verb's
    assert word("The envoy hopped on a plane.", "hopped").lemma_ == "hop"
    assert word("China rapped Japan over the visit.", "rapped").lemma_ == "rap"


def test_a_court_fine_is_a_sanction(resources) -> None:
    text = "A Peruvian court fined Chile's state mining company on Monday."
    assert any(t == "SANCTION" for t, _ in triggers(text, resources))


def test_a_verbless_state_hosted_reading_is_the_state_acting(resources) -> None:
    # "The Gulf state hosted talks" is no kind of "state-hosted talks": a hyphen says so
    text = "Ghana thanked Kuwait. The Gulf state hosted talks between Ghana and Togo."
    assert word(text, "hosted").dep_ == "ROOT"
    assert word(text, "state").dep_ == "nsubj"
    assert word("Rebel-held towns.", "held").dep_ == "amod"
    found = {
        (e.type.value, e.source.country if e.source else None) for e in code_all(text, resources)
    }
    assert ("CONSULT", "KWT") in found


def test_a_headline_s_trade_before_what_is_traded_in_hostility_is_its_verb(resources) -> None:
    # "X and Y trade blame": the present verb, the names its subjects
    text = "Ghana and Togo trade blame over border clashes"
    assert word(text, "trade").dep_ == "ROOT"
    assert word(text, "blame").dep_ == "dobj"
    assert word(text, "Ghana").dep_ == "nsubj"
    text = "Serbia, Kosovo trade barbs over border"
    assert word(text, "trade").pos_ == "VERB"
    assert word(text, "Kosovo").dep_ == "conj"
    found = {
        (e.type.value, e.source.country if e.source else None) for e in code_all(text, resources)
    }
    assert ("ACCUSE", "SRB") in found
    # trade as a kind of talks or deal stays a noun
    assert word("Ghana and Togo trade talks resume", "trade").pos_ == "NOUN"


def test_a_plea_to_a_party_is_the_object_not_the_subject_of_what_it_asks(resources) -> None:
    text = "Gabon made an urgent plea to the African Union to mediate in the dispute."
    plea = word(text, "plea")
    assert (plea.dep_, plea.head.text) == ("dobj", "made")
    assert ("REQUEST", "made an urgent plea") in triggers(text, resources)


def test_a_noun_after_and_before_a_finite_verb_is_its_subject(resources) -> None:
    # not one more noun coordinated with the town in the first clause's object
    text = "Insurgents shelled the suburbs of Mopti and soldiers fired back."
    soldiers = word(text, "soldiers")
    assert (soldiers.dep_, soldiers.head.text) == ("nsubj", "fired")
    assert word(text, "fired").head.text == "shelled"
    fired = [e for e in code_all(text, resources) if e.trigger == "fired"]
    assert [e.source.sector for e in fired if e.source] == ["MIL"]


def test_a_noun_after_and_before_a_passive_is_its_subject() -> None:
    text = "Insurgents shelled the suburbs of Mopti and civilians were killed."
    civilians = word(text, "civilians")
    assert (civilians.dep_, civilians.head.text) == ("nsubjpass", "killed")


def test_a_clause_with_its_own_subject_after_and_is_left_alone() -> None:
    text = "Police detained the head of the union and his supporters marched to the court."
    supporters = word(text, "supporters")
    assert (supporters.dep_, supporters.head.text) == ("nsubj", "marched")
    assert word(text, "head").dep_ == "dobj"


def test_a_noun_in_a_clause_opened_by_as_is_left_alone() -> None:
    # "as" opens the clause of "rocked": the gunmen are not its subject
    text = "Nine people were killed as attacks with car bombs and gunmen rocked the city."
    assert word(text, "gunmen").dep_ != "nsubj"


def test_a_year_after_since_is_no_subject_of_the_verb_after_it() -> None:
    text = "Gunmen who have held the district since 2017 were driven out by soldiers."
    year = word(text, "2017")
    assert (year.dep_, year.head.text) == ("pobj", "since")
    assert word(text, "Gunmen").head.text == "driven"


def test_a_year_ending_a_relative_clause_leaves_the_noun_its_verb(resources) -> None:
    # the parser read "until 2021 marched" as a clause on "picketed", the sentence verbless
    text = "Workers who had picketed the factory until 2021 marched on Monday."
    marched = word(text, "marched")
    assert marched.dep_ == "ROOT"
    assert {c.text for c in marched.children if c.dep_ == "nsubj"} == {"Workers"}
    assert word(text, "2021").dep_ == "pobj"
    protests = [e for e in code_all(text, resources) if e.type.value == "PROTEST"]
    assert protests and all(e.source is not None for e in protests)


def test_a_year_that_is_a_clause_subject_is_left_alone() -> None:
    text = "Prices rose sharply before 2020 ended."
    year = word(text, "2020")
    assert (year.dep_, year.head.text) == ("nsubj", "ended")


def test_a_participle_after_a_participle_aside_is_the_verb(resources) -> None:
    # "attacked" read as a second clause on "troops": the attack had no attacker
    text = "Sudanese militiamen, backed by foreign fighters, attacked before dawn."
    attacked = word(text, "attacked")
    assert attacked.dep_ == "ROOT" and word(text, "militiamen").head.i == attacked.i
    found = [
        e.source.country if e.source else None
        for e in code_all(text, resources)
        if e.trigger == "attacked"
    ]
    assert found == ["SDN"]
    # a participle with its own "by" doer stays a passive clause on the noun
    mined = "Two soldiers, posted near the border, wounded by a mine."
    assert word(mined, "wounded").dep_ != "ROOT"


def test_a_past_form_tagged_present_has_the_pasts_lemma(resources) -> None:
    # the tagger reads "forgave" after a lone name as a present verb and the lemmatizer
    # keeps the form; English knows "forgave" only as the past of "forgive"
    assert word("Paris forgave the debt.", "forgave").lemma_ == "forgive"
    assert ("AID", "FRA", "SEN") in coded(code_all("France forgave Senegal's debt.", resources))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("A teachers strike crippled schools across Ghana on Tuesday.", "crippled"),
        ("A farmers protest blocked highways in Haryana.", "blocked"),
        ("A nurses strike in Zambia entered its second week.", "entered"),
    ],
)
def test_a_plural_after_a_is_the_modifier_of_a_noun_not_a_verb_s_subject(
    text: str, verb: str, resources
) -> None:
    # "a" goes with no plural: "a teachers strike" is a strike, the "-ed" word the verb
    head = word(text, verb)
    assert head.pos_ == "VERB" and head.tag_ == "VBD"
    assert {c.dep_ for c in head.children if c.pos_ == "NOUN"} >= {"nsubj"}
    noun = next(c for c in head.children if c.dep_ == "nsubj")
    assert noun.text in ("strike", "protest")
    assert {(e.type.value) for e in code_all(text, resources)} <= {"PROTEST"}
    # a plural's own verb stays one: "Nurses strike in Zambia"
    assert word("Nurses strike in Zambia over pay.", "strike").pos_ == "VERB"


def test_a_verb_read_as_a_subject_is_a_noun(resources) -> None:
    text = (
        "Serbia denied the claim.\n\n"
        "Reports that Serbian jets bombed a Croatian ferry could not be confirmed."
    )
    assert word(text, "Reports").pos_ == "NOUN"
    # what reports no one confirmed tell is no asserted act
    assert not [
        e for e in code_all(text, resources) if e.trigger == "bombed" and e.status == "asserted"
    ]


def test_an_ing_word_after_a_denial_is_the_act_denied(resources) -> None:
    text = "Peruvian police on Friday denied beating students at a march in Cusco."
    beating = word(text, "beating")
    assert (beating.tag_, beating.dep_, beating.lemma_) == ("VBG", "xcomp", "beat")
    assert word(text, "students").head.text == "beating"
    # the act is denied, and the denial is aimed at no one it was done to
    found = {
        (e.type.value, e.status.value, e.target.country if e.target else None)
        for e in code_all(text, resources)
    }
    assert ("ASSAULT", "denied", "PER") in found
    assert ("REJECT", "asserted", "PER") not in found
    # two objects: the "-ing" word is an adjective of the first
    assert word("Officials denied visiting reporters access to the camp.", "visiting").dep_ == (
        "amod"
    )


def test_a_counted_toll_read_as_an_adjective_is_its_own_participle(resources) -> None:
    # "over 50 injured" has a subject: no adjective of the houses after "and"
    text = (
        "Nine people were confirmed killed, over 50 injured and more than 200 houses were"
        " burnt in Maiduguri on Tuesday."
    )
    injured = word(text, "injured")
    assert injured.pos_ == "VERB" and injured.dep_ != "amod"
    found = {(e.type.value, e.trigger) for e in code_all(text, resources)}
    assert ("ASSAULT", "injured") in found
    # an adjective with no number as its subject stays one
    assert word("The injured and wounded soldiers were flown home.", "injured").dep_ != "conj"


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        ("Police teargassed protesters in central Nairobi.", "teargassed", "teargas"),
        ("Riot police were teargassing students in Kampala.", "teargassing", "teargas"),
        # verbs the lexicon knows keep their own lemma
        ("Soldiers gassed the village.", "gassed", "gas"),
        ("The police harassed journalists in Harare.", "harassed", "harass"),
    ],
)
def test_a_doubled_s_of_an_unknown_verb_is_one_s_in_its_lemma(text, verb, lemma) -> None:
    assert word(text, verb).lemma_ == lemma


def test_a_crowd_teargassed_is_crowd_control(resources) -> None:
    text = "Police teargassed protesters in central Nairobi on Tuesday."
    assert ("ASSAULT", "teargassed") in triggers(text, resources)


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        # a verb written with a hyphen has the whole verb's lemma
        ("Police tear-gassed the students in Kampala on Monday.", "gassed", "tear-gas"),
        ("Riot police baton-charged the crowd.", "charged", "baton-charge"),
        # a part of a word that is no such verb keeps its own
        ("Youths fire-bombed a police station.", "bombed", "bomb"),
        ("The gas leak was then re-charged.", "charged", "charge"),
    ],
)
def test_a_hyphened_verb_has_the_whole_verbs_lemma(text, verb, lemma) -> None:
    assert word(text, verb).lemma_ == lemma


def test_a_crowd_tear_gassed_is_crowd_control(resources) -> None:
    text = "Police tear-gassed the students in Kampala on Monday."
    assert "ASSAULT" in {t for t, _ in triggers(text, resources)}


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        # a verb after "co-" is one word, with the lemma of its part after the prefix
        ("Kenya and Ethiopia co-hosted talks in Nairobi.", "co-hosted", "host"),
        ("The talks, co-chaired by Norway, ended.", "co-chaired", "chair"),
        # or of the word written without the hyphen, where English has one
        ("Iran and Oman agreed to co-operate on security.", "co-operate", "cooperate"),
    ],
)
def test_a_verb_after_a_hyphened_prefix_is_one_word(text, verb, lemma) -> None:
    assert word(text, verb).lemma_ == lemma


def test_talks_co_hosted_are_coded_with_their_hosts(resources) -> None:
    text = "Kenya and Ethiopia co-hosted talks between the two Sudanese factions in Nairobi."
    hosted = [e for e in code_all(text, resources) if e.trigger == "co-hosted"]
    assert hosted and {e.type.value for e in hosted} == {"CONSULT"}
    assert {e.source.country for e in hosted if e.source} == {"KEN", "ETH"}
    # the same act told without the prefix is coded as it was
    assert ("CONSULT", "hosted") in triggers(text.replace("co-hosted", "hosted"), resources)


def test_a_bare_participle_after_a_passive_be_is_the_verb(resources) -> None:
    # "overrun" read as a noun after "was": the base overrun went uncoded
    text = "A Somali army base was overrun on Monday."
    overrun = word(text, "overrun")
    assert (overrun.tag_, overrun.dep_) == ("VBN", "ROOT")
    assert word(text, "base").dep_ == "nsubjpass"
    found = [e for e in code_all(text, resources) if e.trigger == "overrun"]
    assert [(e.type.value, e.target.country if e.target else None) for e in found] == [
        ("ASSAULT", "SOM")
    ]
    # with its doer named it was coded already, and still is; a noun with a word before it
    # stays a noun
    assert ("ASSAULT", "overrun") in triggers(
        "The base was overrun by militants on Monday.", resources
    )
    assert word("The problem was a cost overrun.", "overrun").pos_ == "NOUN"


@pytest.mark.parametrize(
    "text",
    ["Kenya called Uganda's move a provocation.", "Kenya labelled Uganda's move a provocation."],
)
def test_a_noun_owned_by_a_name_is_the_object_it_is_said_to_be(text, resources) -> None:
    doc = load_model()(text)
    move = next(t for t in doc if t.lower_ == "move")
    assert (move.dep_, move.head.lemma_) == ("dobj", doc[1].lemma_)
    assert ("ACCUSE", "KEN", "UGA") in coded(code_all(text, resources))


def test_a_finite_verb_hung_on_the_object_of_after_is_its_clause(resources) -> None:
    """ "came a week after the main opposition party called on ...": the parser hangs
    "called" on "party" as a clause of the noun; a finite verb modifies no noun, so the
    request is made (a participle there is the noun's own: "after the vote held on Sunday")."""
    text = (
        "The reshuffle came a week after the country's main opposition party called on"
        " the Kenyan government to fire the finance minister."
    )
    assert ("REQUEST", "KEN", "KEN") in coded(code_all(text, resources))
    called = word(text, "called")
    assert called.dep_ == "advcl" and called.head.text == "came"
    held = word("Protests began after the vote held on Sunday.", "held")
    assert held.dep_ == "acl" and held.head.text == "vote"


def test_two_joined_modifiers_after_an_adjective_modify_the_last_noun(resources) -> None:
    text = "Russian forces launched a massive missile and drone attack on the port overnight."
    attack = word(text, "attack")
    assert (attack.head.text, attack.dep_) == ("launched", "dobj")
    assert word(text, "missile").head.text == "attack"
    assert word(text, "on").head.text == "attack"
    found = code_all(text, resources)
    assert [(e.type.value, e.source.country if e.source else None) for e in found] == [
        ("ASSAULT", "RUS")
    ]


def test_two_objects_each_with_an_article_stay_joined() -> None:
    text = "Police found a rifle and a hunting knife in the car."
    assert word(text, "knife").dep_ == "conj"


def test_two_joined_roles_stay_two() -> None:
    text = "Maria Lopez, a data scientist and business advisor in Lima, joined the firm."
    assert word(text, "advisor").dep_ == "conj"


def test_an_offensive_before_an_ing_clause_is_the_act_noun(resources) -> None:
    """ "launched an offensive targeting rebels": the parser reads "offensive" as an
    adjective of "rebels", with "targeting" a modifier between; the offensive is the
    object launched and the rebels what it targets."""
    text = "The Nigerian army launched an offensive targeting rebels in the north."
    doc = load_model()(text)
    offensive = next(t for t in doc if t.lower_ == "offensive")
    assert (offensive.dep_, offensive.head.lower_) == ("dobj", "launched")
    found = {(e.type.value, e.trigger) for e in code_all(text, resources)}
    assert ("ASSAULT", "launched an offensive") in found


def test_offensive_remarks_stay_an_adjective(resources) -> None:
    doc = load_model()("The Kenyan comedian made offensive remarks about Ugandans.")
    assert next(t for t in doc if t.lower_ == "offensive").pos_ == "ADJ"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested opposition leader Tundu Lissu after a rally.",
        "Police arrested opposition leader Tundu Lissu on Monday.",
    ],
)
def test_a_name_after_a_role_object_is_the_objects_head(text) -> None:
    name = word(text, "Lissu")
    assert (name.dep_, name.head.text) == ("dobj", "arrested")
    assert word(text, "leader").head.text == "Lissu"


def test_a_person_arrested_by_role_and_name_is_the_target(resources) -> None:
    events = code_all("Police arrested opposition leader Tundu Lissu after a rally.", resources)
    assert [(e.type.value, e.target.name if e.target else None) for e in events] == [
        ("COERCE", "Tundu Lissu")
    ]


def test_a_role_object_with_no_name_stays_the_object() -> None:
    text = "Police arrested the opposition leader on Monday."
    assert word(text, "leader").dep_ == "dobj"
