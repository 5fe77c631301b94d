"""The language data the actor coder reads: ``lang/<code>/actors.yaml``, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tacitus.datafile import DataFileError
from tacitus.lang import DEFAULT_LANGUAGE, language_file, word_set


@dataclass(frozen=True)
class ActorWords:
    """Word lists and parse-label sets, by what the coder uses them for."""

    pronoun_gender: dict[str, str]  # "he" -> "male"
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    noun_phrase_deps: frozenset[str]
    name_part_deps: frozenset[str]
    not_name_pos: frozenset[str]
    title_skip_deps: frozenset[str]
    title_break_deps: frozenset[str]
    title_joiners: frozenset[str]
    mention_skip_deps: frozenset[str]
    prepositional_deps: frozenset[str]
    pronoun_attachment_deps: frozenset[str]
    nearest_pronouns: frozenset[str]
    age_adjectives: frozenset[str]  # "the 71-year-old": a person named before
    age_units: frozenset[str]
    first_of_two_words: frozenset[str]  # "the former": the first of the two named last
    last_of_two_words: frozenset[str]  # "the latter"
    standing_adjective_deps: frozenset[str]
    subject_deps: frozenset[str]
    subject_link_deps: frozenset[str]
    owner_prepositions: frozenset[str]
    name_owner_prepositions: frozenset[str]
    org_prepositions: frozenset[str]
    employer_prepositions: frozenset[str]
    serving_roles: frozenset[str]
    serving_prepositions: frozenset[str]
    stationing_verbs: frozenset[str]
    guest_verbs: frozenset[str]
    posting_prepositions: frozenset[str]
    noun_pos: frozenset[str]
    plural_tags: frozenset[str]
    appositive_pos: frozenset[str]
    appositive_end: frozenset[str]
    hyphens: frozenset[str]
    title_pos: frozenset[str]
    title_stop_deps: frozenset[str]
    list_joiners: frozenset[str]
    surname_prefixes: tuple[str, ...]  # in the order they are tried
    name_suffixes: frozenset[str]  # "Jr.": the surname is the word before
    first_word_names: frozenset[str]  # countries whose people are called by a name's first word
    lead_verbs: frozenset[str]
    definite_determiners: frozenset[str]
    new_referent_words: frozenset[str]
    new_referent_deps: frozenset[str]
    indefinite_articles: frozenset[str]
    lone_member_roles: frozenset[str]
    home_bodies: frozenset[str]
    international_crimes: frozenset[str]
    side_words: frozenset[str]
    warring_words: frozenset[str]  # "the warring parties": foes at war
    party_kind_words: frozenset[str]  # "the main parties" are no sides
    counted_person_words: frozenset[str]  # "the two men" are the two people named last
    case_party_words: frozenset[str]  # "the defendant", "her client": the person on trial
    counsel_words: frozenset[str]  # "lawyer", "judge": who speaks or sits in the case
    counsel_verbs: frozenset[str]  # "X, who represents Y": Y is X's client
    citizen_demonyms: frozenset[str]  # "Turkish Cypriot": Cyprus's people, not Turkey's
    third_party_verbs: frozenset[str]
    third_party_nouns: frozenset[str]  # "Qatari mediators" are no side
    going_verbs: frozenset[str]  # "marched to Khrew": a place gone to
    scene_nouns: frozenset[str]  # "in the Kenyan capital": a place its state's word names
    destination_prepositions: frozenset[str]
    visit_words: frozenset[str]  # "a visit to Nigeria": a state visited, the host's
    joint_verbs: frozenset[str]
    hostile_verbs: frozenset[str]  # "the army struck the RSF": a pair of foes
    aim_prepositions: frozenset[str]  # "fired rockets at Israel"
    joint_nouns: frozenset[str]
    mutual_act_nouns: frozenset[str]  # "their fighting": the pair acting
    aimed_act_nouns: frozenset[str]  # "most attacks targeted police, but they": not police
    joint_prepositions: frozenset[str]
    compass_words: frozenset[str]
    region_names: frozenset[str]
    organisation_words: frozenset[str]
    armed_organisation_words: frozenset[str]
    organisation_scope_words: frozenset[str]  # "the world body", "the regional bloc"
    local_office_words: frozenset[str]  # "regional governor X": an office of a place
    international_body_words: frozenset[str]
    foreign_mission_words: frozenset[str]  # "the embassy": a state's mission abroad
    relational_roles: frozenset[str]
    kin_roles: frozenset[str]  # "his wife" is not him
    name_articles: frozenset[str]
    armed_name_words: frozenset[str]
    noun_only_roles: frozenset[str]
    given_name_roles: frozenset[str]
    patron_participles: frozenset[str]
    stance_prefixes: frozenset[str]
    opposing_prefixes: frozenset[str]
    emblem_nouns: frozenset[str]
    platform_names: frozenset[str]  # "on Twitter": a medium, no person or actor
    pooling_verbs: frozenset[str]  # "joined forces": acting together, no troops
    pooled_nouns: frozenset[str]
    work_nouns: frozenset[str]  # "the film "X"": a work's title in quotes names no actor
    title_verbs: frozenset[str]  # "a book titled "X""
    abstract_of_nouns: frozenset[str]  # "the force of the law" is no force
    shore_roles: frozenset[str]  # "the western bank of the river" is no bank
    shore_sides: frozenset[str]
    water_words: frozenset[str]
    setting_nouns: frozenset[str]
    posted_roles: frozenset[str]
    speaking_roles: frozenset[str]
    ethnic_words: frozenset[str]
    controller_prepositions: frozenset[str]
    request_nouns: frozenset[str]
    telling_verbs: frozenset[str]  # "told Uganda that it must ...": "it" is Uganda
    obligation_modals: frozenset[str]
    aimed_prepositions: frozenset[str]
    crowd_acts: frozenset[str]
    time_marks: frozenset[str]
    enumeration_words: frozenset[str]
    former_words: frozenset[str]
    reason_prepositions: frozenset[str]
    receiving_verbs: frozenset[str]  # "faced criticism": the subject gets what is named
    pronouns: frozenset[str]  # every pronoun that may refer to an actor
    group_sizes: dict[str, int]  # "two" -> 2, "both" -> 2
    pair_words: frozenset[str]  # "the neighbours": two states
    party_words: frozenset[str]  # "Labour leader X": a party's office
    portfolio_words: frozenset[str]  # "Labour Minister X": a portfolio, no party
    command_verbs: frozenset[str]  # "ordered the army to": the commander's own force
    state_forms: dict[str, frozenset[str]]  # "kingdom" -> the states that are kingdoms
    region_states: dict[str, frozenset[str]]  # "gulf" -> the states of the Gulf
    role_covers: dict[str, frozenset[str]]  # "leader" -> "president", "prime minister", ...
    reflexive_pronouns: frozenset[str]
    dashes: frozenset[str]
    place_prepositions: frozenset[str]
    supranational_words: frozenset[str]
    local_words: frozenset[str]
    bare_offices: frozenset[str]
    police_senses: frozenset[str]
    home_sectors: frozenset[str]
    employer_sectors: frozenset[str]
    office_sectors: frozenset[str]  # "Putin met Maduro": each his state's side
    government_words: frozenset[str]
    military_rule_titles: frozenset[str]
    coup_words: frozenset[str]
    region_words: frozenset[str]
    capital_region_words: frozenset[str]
    person_name_kinds: frozenset[str]
    expletive_pronouns: frozenset[str]
    expletive_verbs: frozenset[str]


@lru_cache(maxsize=2)
def actor_words(lang: str = DEFAULT_LANGUAGE) -> ActorWords:
    """The actor coder's words for ``lang`` (read once per process; raises ``DataFileError``)."""
    data = language_file("actors.yaml", lang)
    gendered = data.get("person_pronouns")
    if not isinstance(gendered, dict) or set(gendered) != {"male", "female"}:
        raise DataFileError("actors.yaml: 'person_pronouns' must map 'male' and 'female' to lists")
    pronoun_gender = {w: g for g in ("male", "female") for w in sorted(word_set(gendered, g))}
    prefixes = data.get("surname_prefixes")
    if not isinstance(prefixes, list) or not all(isinstance(p, str) for p in prefixes):
        raise DataFileError("actors.yaml: 'surname_prefixes' must be a list of strings")

    sizes = data.get("group_sizes")
    if not isinstance(sizes, dict) or not all(isinstance(n, int) and n > 1 for n in sizes.values()):
        raise DataFileError("actors.yaml: 'group_sizes' must map words to numbers above 1")

    forms = data.get("state_forms")
    if not isinstance(forms, dict) or not all(isinstance(c, list) for c in forms.values()):
        raise DataFileError("actors.yaml: 'state_forms' must map words to lists of countries")
    covers = data.get("role_covers")
    if not isinstance(covers, dict) or not all(isinstance(c, list) for c in covers.values()):
        raise DataFileError("actors.yaml: 'role_covers' must map words to lists of roles")
    regions = data.get("region_states")
    if not isinstance(regions, dict) or not all(isinstance(c, list) for c in regions.values()):
        raise DataFileError("actors.yaml: 'region_states' must map words to lists of countries")

    def words(key: str) -> frozenset[str]:
        found = word_set(data, key)
        if not found:
            raise DataFileError(f"actors.yaml: '{key}' is missing or empty")
        return found

    def tags(key: str) -> frozenset[str]:
        return frozenset(t.upper() for t in words(key))  # POS and treebank tags are upper-case

    return ActorWords(
        pronoun_gender=pronoun_gender,
        person_pronouns=frozenset(pronoun_gender),
        thing_pronouns=words("thing_pronouns"),
        group_pronouns=words("group_pronouns"),
        noun_phrase_deps=words("noun_phrase_deps"),
        name_part_deps=words("name_part_deps"),
        not_name_pos=tags("not_name_pos"),
        title_skip_deps=words("title_skip_deps"),
        title_break_deps=words("title_break_deps"),
        title_joiners=words("title_joiners"),
        mention_skip_deps=words("mention_skip_deps"),
        prepositional_deps=words("prepositional_deps"),
        pronoun_attachment_deps=words("pronoun_attachment_deps"),
        nearest_pronouns=words("nearest_pronouns"),
        age_adjectives=words("age_adjectives"),
        age_units=words("age_units"),
        first_of_two_words=words("first_of_two_words"),
        last_of_two_words=words("last_of_two_words"),
        standing_adjective_deps=words("standing_adjective_deps"),
        subject_deps=words("subject_deps"),
        subject_link_deps=words("subject_link_deps"),
        owner_prepositions=words("owner_prepositions"),
        name_owner_prepositions=words("name_owner_prepositions"),
        org_prepositions=words("org_prepositions"),
        employer_prepositions=words("employer_prepositions"),
        serving_roles=words("serving_roles"),
        serving_prepositions=words("serving_prepositions"),
        stationing_verbs=words("stationing_verbs"),
        guest_verbs=words("guest_verbs"),
        posting_prepositions=words("posting_prepositions"),
        noun_pos=tags("noun_pos"),
        plural_tags=tags("plural_tags"),
        appositive_pos=tags("appositive_pos"),
        appositive_end=words("appositive_end"),
        hyphens=words("hyphens"),
        title_pos=tags("title_pos"),
        title_stop_deps=words("title_stop_deps"),
        list_joiners=words("list_joiners"),
        surname_prefixes=tuple(p.lower() for p in prefixes),
        name_suffixes=words("name_suffixes"),
        first_word_names=frozenset(c.upper() for c in words("first_word_names")),
        lead_verbs=words("lead_verbs"),
        definite_determiners=words("definite_determiners"),
        new_referent_words=words("new_referent_words"),
        new_referent_deps=words("new_referent_deps"),
        indefinite_articles=words("indefinite_articles"),
        lone_member_roles=words("lone_member_roles"),
        home_bodies=words("home_bodies"),
        international_crimes=words("international_crimes"),
        side_words=words("side_words"),
        warring_words=words("warring_words"),
        party_kind_words=words("party_kind_words"),
        counted_person_words=words("counted_person_words"),
        case_party_words=words("case_party_words"),
        counsel_words=words("counsel_words"),
        counsel_verbs=words("counsel_verbs"),
        citizen_demonyms=words("citizen_demonyms"),
        third_party_verbs=words("third_party_verbs"),
        third_party_nouns=words("third_party_nouns"),
        going_verbs=words("going_verbs"),
        scene_nouns=words("scene_nouns"),
        destination_prepositions=words("destination_prepositions"),
        visit_words=words("visit_words"),
        joint_verbs=words("joint_verbs"),
        hostile_verbs=words("hostile_verbs"),
        aim_prepositions=words("aim_prepositions"),
        joint_nouns=words("joint_nouns"),
        mutual_act_nouns=words("mutual_act_nouns"),
        aimed_act_nouns=words("aimed_act_nouns"),
        joint_prepositions=words("joint_prepositions"),
        compass_words=words("compass_words"),
        region_names=words("region_names"),
        organisation_words=words("organisation_words"),
        armed_organisation_words=words("armed_organisation_words"),
        organisation_scope_words=words("organisation_scope_words"),
        local_office_words=words("local_office_words"),
        international_body_words=words("international_body_words"),
        foreign_mission_words=words("foreign_mission_words"),
        relational_roles=words("relational_roles"),
        kin_roles=words("kin_roles"),
        name_articles=words("name_articles"),
        armed_name_words=words("armed_name_words"),
        noun_only_roles=words("noun_only_roles"),
        given_name_roles=words("given_name_roles"),
        patron_participles=words("patron_participles"),
        stance_prefixes=words("stance_prefixes"),
        opposing_prefixes=words("opposing_prefixes"),
        emblem_nouns=words("emblem_nouns"),
        platform_names=words("platform_names"),
        pooling_verbs=words("pooling_verbs"),
        pooled_nouns=words("pooled_nouns"),
        work_nouns=words("work_nouns"),
        title_verbs=words("title_verbs"),
        abstract_of_nouns=words("abstract_of_nouns"),
        shore_roles=words("shore_roles"),
        shore_sides=words("shore_sides"),
        water_words=words("water_words"),
        setting_nouns=words("setting_nouns"),
        posted_roles=words("posted_roles"),
        speaking_roles=words("speaking_roles"),
        ethnic_words=words("ethnic_words"),
        controller_prepositions=words("controller_prepositions"),
        request_nouns=words("request_nouns"),
        telling_verbs=words("telling_verbs"),
        obligation_modals=words("obligation_modals"),
        aimed_prepositions=words("aimed_prepositions"),
        crowd_acts=words("crowd_acts"),
        time_marks=words("time_marks"),
        enumeration_words=words("enumeration_words"),
        former_words=words("former_words"),
        reason_prepositions=words("reason_prepositions"),
        receiving_verbs=words("receiving_verbs"),
        pronouns=frozenset(pronoun_gender) | words("thing_pronouns") | words("group_pronouns"),
        group_sizes={str(w).lower(): int(n) for w, n in sizes.items()},
        pair_words=words("pair_words"),
        party_words=words("party_words"),
        portfolio_words=words("portfolio_words"),
        command_verbs=words("command_verbs"),
        state_forms={str(w).lower(): frozenset(map(str, c)) for w, c in forms.items()},
        region_states={str(w).lower(): frozenset(map(str, c)) for w, c in regions.items()},
        role_covers={str(w).lower(): frozenset(map(str, c)) for w, c in covers.items()},
        government_words=words("government_words"),
        military_rule_titles=words("military_rule_titles"),
        coup_words=words("coup_words"),
        region_words=words("region_words"),
        capital_region_words=words("capital_region_words"),
        person_name_kinds=words("person_name_kinds"),
        expletive_pronouns=words("expletive_pronouns"),
        expletive_verbs=words("expletive_verbs"),
        reflexive_pronouns=words("reflexive_pronouns"),
        dashes=words("dashes"),
        place_prepositions=words("place_prepositions"),
        supranational_words=words("supranational_words"),
        local_words=words("local_words"),
        bare_offices=words("bare_offices"),
        police_senses=words("police_senses"),
        home_sectors=frozenset(w.upper() for w in words("home_sectors")),
        employer_sectors=frozenset(w.upper() for w in words("employer_sectors")),
        office_sectors=frozenset(w.upper() for w in words("office_sectors")),
    )
