"""Narrow repairs of parser errors of the small spaCy model that lose an event.

Each pipe looks for one cheap surface pattern and rewrites the few tokens it covers:

- ``tacitus_slash_names`` (before the tagger): "SPLM/A" is one name, not "SPLM" "/" "A";
- ``tacitus_prefixed_lemmas``: "co-hosted", "co-chaired" — a word kept whole with its
  prefix (``joined_prefixes``) has the lemma of the word after the prefix ("host"), or of
  the word written without the hyphen where English has one ("co-operate": "cooperate");
- ``tacitus_e_verb_lemmas``: "hoped", "fined", "raped" — the lemma is the verb in "-e"
  ("hope", not "hop"), as the spelling without a doubled consonant says; "teargassed" —
  the lemma of a verb in "-s" the lexicon lacks has one "s" ("teargas", not "teargasse");
- ``tacitus_hyphened_verb_lemmas``: "tear-gassed", "baton-charged" — the verb after the
  hyphen has the whole hyphened verb's lemma ("tear-gas"), not its last part's ("gas");
- ``tacitus_past_form_lemmas``: "France forgave the debt", "the court acquitted him" — a
  verb form tagged present that English knows only as a past form has that past's lemma
  ("forgive", "acquit"), not the form itself;
- ``tacitus_verb_between_names``: "Trump assailed Williams" read as one noun phrase (so too
  as the subject of an infinitive made the root: "X petitioned Y to reopen the border");
- ``tacitus_quoted_modifiers``: a quoted slogan before a noun ('launched "save the
  students" marches') is a modifier of the noun, not a clause;
- ``tacitus_denied_gerunds``: "police denied beating protesters" — the "-ing" word after a
  verb of denial or avowal, read as an adjective of the noun after it, is the gerund of the
  act denied, with that noun its object;
- ``tacitus_listed_verbs``: "shelled villages, targeted hospitals and ..." — the
  participle of a list of acts read as an adjective on its object;
- ``tacitus_coordinated_verbs``: "an unknown assailant shot and wounded X" — a past verb
  read as a noun, with its subject as its modifier, before the verb coordinated with it
  (so too as the apposition of a bare time opening the sentence: "Last May, ...");
- ``tacitus_shot_dead``: "a sniper shot dead a soldier" — the past verb of "shot dead"
  read as a noun, with the word before it as its modifier and "dead" as the clause's head;
- ``tacitus_agreeing_conjuncts``: "analysts agree that X has exploited Y and support Z" —
  the present verb goes with "agree", not with the reported clause's "has exploited";
- ``tacitus_trailing_sayers``: "... wounded 12 others, police and officials said" — the
  phrase after the comma is who says so, not more of those wounded;
- ``tacitus_offensive_participles``: "launched an offensive targeting rebels" — the
  "offensive" read as an adjective of the noun after the "-ing" word is the noun of the
  act, with the "-ing" clause on it;
- ``tacitus_labelled_denials``: "X accused Y of ..., a charge Asmara denied" — the
  denial is a relative clause on the noun that labels the clause before the comma, not
  the sentence's verb with the label as a second subject (so is a present one read as a
  plural noun: "..., a charge Kabul rejects");
- ``tacitus_titled_conjuncts``: "Duda and German Chancellor Olaf Scholz called" — two
  coordinated subjects, not the second name alone with the first hung on it (nor the
  second name an apposition of the first);
- ``tacitus_said_in_statement``: "Egypt said in a statement that the raid was a crime" —
  the "that" clause is what was said, not a clause on "statement";
- ``tacitus_progressive_verbs``: "Qatar is mediating", "Egypt and Qatar are mediating",
  "which is mediating" — an "-ing" verb after a form of "be" is the verb of its clause
  and has the clause's subject (not a noun, a predicate, nor a verb with no subject);
- ``tacitus_subordinate_subjects``: "days after Congo and Rwanda signed a deal" — the
  name after "after" is the subject of the finite verb that follows it, not the object of
  a preposition (the verb would take the main clause's subject);
- ``tacitus_coordinated_subjects``: "Rebels shelled the outskirts of Goma and soldiers fired
  back" — the noun after "and" right before a finite verb with no subject is that verb's
  subject, not one more noun joined to the first clause's object;
- ``tacitus_year_subjects``: "militants who have held the city since 2014 were driven out"
  — a year after "since"/"until"/"in" is no subject of the verb after it;
- ``tacitus_dateline_heads``: "BRUSSELS, Nov 18 (Reuters) - European Union ministers
  agreed" — the dateline is no part of the noun phrase after it (nor its subject): it
  hangs on the sentence's verb, and what the parser hung on it takes its place;
- ``tacitus_hyphened_given_names``: "Choi Sang-mok" — a given name joined by a hyphen is
  one word of the person's name, not a noun after it;
- ``tacitus_tensed_conjuncts``: "urged X to listen and accused Y" — a past verb joined to
  an infinitive goes with the verb the infinitive completes;
- ``tacitus_rootless_subjects``: "Western countries, including X, called for restraint" —
  a past verb hung on the root noun as its clause is the sentence's verb; so is one after
  the noun's relative clause set off by commas ("Egypt, which mediated, called on X"), hung
  on a word inside that clause;
- ``tacitus_owned_objects``: "called Uganda's move a provocation" — the owner before "'s",
  read as the verb's object with the owned noun a second complement, owns that noun, the
  verb's object;
- ``tacitus_acronym_subjects``: "IGAD condemned the fighting" — an acronym opening a
  sentence, tagged a verb, is the subject of the verb after it;
- ``tacitus_delayed_objects``: "launched, on Tuesday morning, a massive attack" — a noun
  phrase after an aside set off by commas is the object of the verb before the aside, not
  an adverbial noun of it;
- ``tacitus_position_participles``: "launched, on Tuesday, an attack on the village
  located 15 km south of the city" — "located" right after a noun, read as a past verb
  whose subject is the phrase that noun ends, is a participle on the noun, and the phrase
  the object of the verb above;
- ``tacitus_gapped_relatives``: "an attack authorities blamed on the rebels" — a noun
  read as the modifier of a plural with a participle after it whose object can only be an
  act is the head of its phrase, and the plural the subject of a clause on it;
- ``tacitus_joined_subject_verbs``: "The army and two militias murdered and tortured
  students" — an "-ed" word after joined nouns, in a sentence with no verb, followed by a
  second "-ed" word and its object, is the verb, the nouns its subject;
- ``tacitus_opener_subjects``: "After taking the village, the army's 4th Division –
  backed by militias – entered the farms" — a noun phrase after an opening phrase's
  comma, read as an apposition of its last noun, is the subject of the verb after it;
- ``tacitus_plea_subjects``: "made a plea to the AU to mediate" — the noun of asking is the
  verb's object, not the subject of the infinitive (what is asked, hung on the verb);
- ``tacitus_place_prepositions``: "protesters who rallied outside parliament" — "outside"
  or "inside" right after a verb is the preposition of a place, not an adjective on the
  verb's object;
- ``tacitus_perfect_modifiers``: "said the RSF had murdered men and boys and targeted
  women" — a participle with "had" and a subject of its own is the clause's verb, not an
  adjective of the noun after it; so is a past verb with a subject hung on the root noun
  after it ("Kenya on Monday renewed calls for talks");
- ``tacitus_fronted_objects``: "ECOWAS Commission President X condemned the coup" — a
  name read as an object of the verb, though it stands before the verb's subject, is the
  first word of the subject's phrase;
- ``tacitus_unhyphened_holders``: "targeting the Syrian Arab Army controlled Industrial
  District" — "controlled" after a name, with no subject, is the adjective of "army-
  controlled" written without its hyphen, not a verb of the sentence taking the place as
  its object;
- ``tacitus_article_plurals``: "A teachers strike paralysed schools" — a plural after "a",
  read as the subject of the present verb after it, is that noun's modifier (and a past
  word the parser hung on the object is the clause's verb);
- ``tacitus_opening_plurals``: "Wildfires burned 10,000 hectares" — a plural common noun
  opening a sentence, tagged a name though the text never writes it as one elsewhere, is
  the common noun;
- ``tacitus_common_word_names``: "Gunfire was heard" — one word opening a sentence that
  English knows as a common word, tagged a person though the text never writes it as a
  name elsewhere, is no person;
- ``tacitus_paired_names``: "Laos, Vietnam agree to boost rail links" — two names opening a
  sentence (a headline's comma for "and") before a verb are coordinated subjects;
- ``tacitus_traded_charges``: "Rwanda and Burundi trade blame over fighting" — "trade" read
  as a noun before what is traded in hostility, in a headline with no verb, is the verb;
- ``tacitus_verbless_participles``: "The Gulf state hosted talks" — a verbless sentence
  read as "state-hosted talks": the "-ed" word is the verb, the noun before it its subject;
- ``tacitus_counted_participles``: "ten were killed, over 50 injured and 200 houses were
  burnt" — an "-ed" word with a number as its subject, read as an adjective of the noun
  after "and", is a participle of its own, joined to the verb before it;
- ``tacitus_adjective_subjects``: "Sudan's paramilitary Rapid Support Forces declared" —
  an adjective read as a subject of its own right before the name that is the verb's
  subject is a word of that name's phrase (with the owner hung on it);
- ``tacitus_subject_verbs``: "Reports that jets bombed the port could not be confirmed" —
  a word tagged as a verb ("-s") that is a subject, with no subject of its own, is a noun;
- ``tacitus_joined_modifiers``: "launched a massive missile and drone attack on Kyiv" — the
  noun of an armed act after "and" with a modifier of its own, read as the conjunct of a
  singular noun that holds the phrase's article, is the head of the phrase, the first noun
  its modifier (not "a data scientist and business advisor": two roles);
- ``tacitus_dangling_conjuncts``: "a meeting between Gov. Jose Baez and security officials"
  — a name with an "and", read as the modifier of the noun after the "and", is the head
  joined to that noun, which is its conjunct;
- ``tacitus_surname_words``: "Maria Lopez arrived ... Lopez later met officials" — a
  capitalised word the tagger read as an adjective or a common noun, where it stands as a
  noun phrase, is the person's surname when a full name met before ends in it;
- ``tacitus_titled_objects``: "police arrested opposition leader Tundu Lissu after a rally"
  — a person's name hung on the verb as a loose noun right after the role noun made its
  object is the head of the phrase, the role noun its modifier.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, MorphAnalysis, Span, Token
from spacy.util import filter_spans

_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_OPENING_QUOTES = frozenset({'"', "'", "\u201c", "\u2018"})
_CLOSING_QUOTES = frozenset({'"', "'", "\u201d", "\u2019"})
_SLOGAN_WORDS = 5  # the most words of a quoted modifier
_ACRONYM_MIN = 3  # the fewest letters of an acronym read as a verb
_SYLLABLE_MAX = 5  # the most letters of the part of a given name after its hyphen
# words both a preposition of place and an adjective ("outside parliament", "the outside world")
_PLACE_ADJECTIVES = frozenset({"outside", "inside"})
# participles of holding ground that follow their holder in "rebel-held", "army-controlled"
# nouns of asking, read as the subject of the infinitive of what they ask for
_PLEA_NOUNS = frozenset({"plea", "pleas", "appeal", "appeals", "request", "requests"})
_HOLDING_PARTICIPLES = frozenset({"controlled", "held", "occupied", "dominated"})
# verbs of denial or avowal whose object is an act told by a gerund ("denied beating X")
_GERUND_AVOWALS = frozenset({"deny", "admit", "confess"})


@Language.component("tacitus_slash_names")
def slash_names(doc: Doc) -> Doc:
    """Merge an acronym with a one-letter suffix after a slash ("SPLM/A", "M23/A"): the
    tokenizer splits it, and the parser then hangs the name on the letter."""
    spans = []
    for slash in doc[1:-1]:
        if slash.text != "/" or slash.whitespace_:
            continue
        name, suffix = doc[slash.i - 1], doc[slash.i + 1]
        if (
            not name.whitespace_
            and len(name) >= 2
            and name.is_upper
            and len(suffix) == 1
            and suffix.is_upper
            and suffix.is_alpha
            and (name.i == 0 or doc[name.i - 1].whitespace_ or doc[name.i - 1].is_punct)
            and (suffix.i + 1 == len(doc) or doc[suffix.i + 1].text != "/")
        ):
            spans.append(doc[name.i : suffix.i + 1])
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


@Language.component("tacitus_hyphened_given_names")
def hyphened_given_names(doc: Doc) -> Doc:
    """Merge a hyphened given name the tagger cut short ("Choi Sang-mok", "Lee Jae-myung"):
    a person's name ending in a word joined by a hyphen to a lowercase syllable or two. The
    tagger ends the name before the hyphen, and the parser takes the syllable ("mok") for a
    common noun heading the phrase, which then stands for someone else."""
    names = []
    for ent in doc.ents:
        end = ent.end
        if ent.label_ != "PERSON" or end + 1 >= len(doc):
            continue
        hyphen, syllable = doc[end], doc[end + 1]
        if (
            hyphen.text == "-"
            and not doc[end - 1].whitespace_
            and not hyphen.whitespace_
            and syllable.is_alpha
            and syllable.is_lower
            and len(syllable) <= _SYLLABLE_MAX
        ):
            names.append((ent, doc[end - 1 : end + 2]))
    if not names:
        return doc
    with doc.retokenize() as retokenizer:
        for _, span in names:
            retokenizer.merge(span, attrs={"TAG": "NNP", "POS": "PROPN", "LEMMA": span.text})
    # the merge leaves each name without its last word: give it back
    cut = {ent.start_char for ent, _ in names}
    doc.ents = filter_spans(
        [
            Span(doc, ent.start, ent.end + 1, ent.label_) if ent.start_char in cut else ent
            for ent in doc.ents
        ]
    )
    return doc


def _lemmatizer(nlp: Language) -> Lemmatizer | None:
    pipe = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    return pipe if isinstance(pipe, Lemmatizer) else None


_PAST = {"Tense": "Past", "VerbForm": "Fin"}


def _make_verb(
    tok: Token, lemmatizer: Lemmatizer | None, tag: str = "VBD", morph: dict[str, str] | None = None
) -> bool:
    """Re-tag a word as a verb of ``tag`` (by default an "-ed" word as a past verb); False
    (and nothing changed) where the lemmatizer knows no verb for it."""
    old = tok.pos_, tok.tag_, tok.lemma_, tok.morph
    tok.pos_, tok.tag_ = "VERB", tag
    # an adjective's "Degree=Pos" would make the lemmatizer take the word for a lemma
    tok.morph = MorphAnalysis(tok.vocab, morph or _PAST)
    lemmas = lemmatizer.rule_lemmatize(tok) if lemmatizer is not None else []
    if not lemmas or lemmas[0] == tok.lower_:
        tok.pos_, tok.tag_, tok.lemma_, tok.morph = old
        return False
    tok.lemma_ = lemmas[0]
    return True


def _past_form(tok: Token) -> bool:
    return tok.is_lower and tok.is_alpha and tok.lower_.endswith("ed")


def _entity(tok: Token) -> Span | None:
    if tok.ent_type_ not in _NAMES:
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def _phrase_subject(
    verb: Token, root: Token, subject: Span, obj: Span, lemmatizer: Lemmatizer | None
) -> None:
    """ "Peru's threats against Bolivia alarmed Chile", "Peru's threat to attack Bolivia
    angered Chile": the first name ends the phrase of a verbless sentence's root noun; that
    noun is the subject, the second name the object (and the first keeps the place the
    parser gave the second)."""
    doc = verb.doc
    if root.pos_ not in ("NOUN", "PROPN") or root.i > subject.start:
        return
    if any(t.is_punct for t in doc[root.i : verb.i]):
        return  # "Protests in Lima: Peru accused Chile" is no phrase "Protests ... Peru"
    if not _make_verb(verb, lemmatizer):
        return
    subj_head, obj_head = subject.root, obj.root
    old_head, old_dep = obj_head.head, obj_head.dep_
    after = [t for t in verb.sent if t.i >= obj.end and t.head.i in (root.i, obj_head.i)]
    verb.head, verb.dep_ = verb, "ROOT"
    # "attack Bolivia angered Chile": Bolivia is attacked (the first name may hang on a
    # word before the second: "in Batumi sentenced journalist X")
    if verb.i < subj_head.head.i < obj.end:
        subj_head.head, subj_head.dep_ = old_head, old_dep
    root.head, root.dep_ = verb, "nsubj"
    obj_head.head, obj_head.dep_ = verb, "dobj"
    for tok in after:
        tok.head = verb


VOWELS = frozenset("aeiou")
_ENDINGS = ("ed", "es", "ing")
_NOT_DOUBLED = VOWELS | {"w", "x", "y"}  # last letters English never doubles


@Language.factory("tacitus_past_form_lemmas")
def past_form_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Give a verb tagged present ("VBP") the lemma of the irregular past it is, where the
    tagger read "France forgave", "a court acquitted" as present and the lemmatizer kept
    the form: a form the lexicon holds only as an inflection of another verb ("forgave",
    "acquitted"; not "found" or "saw", verbs of their own) is no present."""
    lemmatizer = _lemmatizer(nlp)
    lookups = lemmatizer.lookups if lemmatizer is not None else None
    exceptions = lookups.get_table("lemma_exc", {}).get("verb", {}) if lookups else {}
    index = lookups.get_table("lemma_index", {}) if lookups is not None else {}
    verbs: set[str] = set(index.get("verb", []))
    past = {form: lemmas[0] for form, lemmas in exceptions.items() if form not in verbs and lemmas}

    def repair(doc: Doc) -> Doc:
        for tok in doc:
            if tok.tag_ == "VBP" and tok.lemma_ == tok.text and tok.lower_ in past:
                tok.lemma_ = past[tok.lower_]
        return doc

    return repair


@Language.factory("tacitus_hyphened_verb_lemmas", default_config={"words": []})
def hyphened_verb_lemmas(nlp: Language, name: str, words: list[str]) -> Callable[[Doc], Doc]:
    """Give the verb of "tear-gassed", "baton-charged" the lemma of the whole hyphened verb
    ("tear-gas", "baton-charge": ``words``, ``hyphened_verbs``): the tokenizer splits the word
    at its hyphen and leaves the last part ("gas", "charge") as the verb."""
    joined = frozenset(words)

    def repair(doc: Doc) -> Doc:
        for tok in doc[2:]:
            if tok.pos_ != "VERB":
                continue
            hyphen, first = doc[tok.i - 1], doc[tok.i - 2]
            if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_:
                continue
            lemma = f"{first.lower_}-{tok.lemma_}"
            if lemma in joined:
                tok.lemma_ = lemma
        return doc

    return repair


@Language.factory("tacitus_prefixed_lemmas", default_config={"prefixes": []})
def prefixed_lemmas(nlp: Language, name: str, prefixes: list[str]) -> Callable[[Doc], Doc]:
    """Give a word kept whole with its hyphened prefix ("co-hosted", "co-chaired", the
    tokenizer's ``joined_prefixes``) the lemma of the same word written without the hyphen
    where the lexicon holds it ("co-operated": "cooperate"), else, for a verb, the lemma
    of its part after the prefix ("co-hosted": "host"): co-hosting is hosting, done with
    another. The lemmatizer knows no such word and makes a lemma of it as of an unknown
    one ("co-hoste")."""
    lemmatizer = _lemmatizer(nlp)
    index = lemmatizer.lookups.get_table("lemma_index", {}) if lemmatizer is not None else {}
    known = {pos: set(index.get(pos.lower(), [])) for pos in ("VERB", "NOUN", "ADJ")}
    heads = tuple(f"{prefix}-" for prefix in prefixes)

    def lemma_of(tok: Token, word: str) -> str:
        part = Doc(tok.vocab, words=[word])[0]
        part.pos_, part.tag_, part.morph = tok.pos_, tok.tag_, tok.morph
        lemmas = lemmatizer.rule_lemmatize(part) if lemmatizer is not None else []
        return lemmas[0] if lemmas else word

    def repair(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ not in known or not tok.lower_.startswith(heads):
                continue  # most words: the cheap test first
            prefix, _, rest = tok.lower_.partition("-")
            if not rest.isalpha():
                continue
            joined = lemma_of(tok, prefix + rest)
            if joined in known[tok.pos_]:
                tok.lemma_ = joined
            elif tok.pos_ == "VERB":
                tok.lemma_ = lemma_of(tok, rest)
        return doc

    return repair


@Language.factory("tacitus_e_verb_lemmas")
def e_verb_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Give "hoped", "fined", "raped", "hopes", "hoping" the lemma of the verb in "-e"
    ("hope", "fine", "rape") where the lemmatizer took the shorter verb ("hop", "fin",
    "rap"): English doubles the last consonant of such a short verb before "-ed" and
    "-ing" ("hopped", "rapping"), so an ending after one vowel and one consonant comes from
    the verb in "-e" whenever the lexicon holds that verb. A verb in "-s" the lexicon
    lacks, with its "s" doubled ("teargassed"), has its lemma with one "s", not in "-sse"."""
    lemmatizer = _lemmatizer(nlp)
    index = lemmatizer.lookups.get_table("lemma_index", {}) if lemmatizer is not None else {}
    verbs: set[str] = set(index.get("verb", []))

    def repair(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX"):
                continue  # most words: the cheap test first
            lemma = tok.lemma_
            if (
                len(lemma) >= 3
                and lemma[-1] not in _NOT_DOUBLED
                and lemma[-2] in VOWELS
                and lemma[-3] not in VOWELS
                and tok.lower_ in {lemma + ending for ending in _ENDINGS}
                and lemma + "e" in verbs
            ):
                tok.lemma_ = lemma + "e"
            elif (
                lemma.endswith("sse")
                and lemma not in verbs
                and tok.lower_ in {lemma[:-1] + ending for ending in ("ed", "ing")}
            ):
                # a verb the lexicon lacks, in "-s" with its "s" doubled ("teargassed",
                # "teargassing", as "gassed"): the verb with one "s", not one in "-sse"
                tok.lemma_ = lemma[:-2]
        return doc

    return repair


@Language.factory("tacitus_verb_between_names")
def verb_between_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Re-read "Trump assailed Williams" where the parser made one noun phrase of it (the
    verb an adjective of the second name, the sentence without a verb): the "-ed" word
    right between two names becomes the sentence's verb, the first name its subject and
    the second its object."""
    lemmatizer = _lemmatizer(nlp)

    def repair(doc: Doc) -> Doc:
        for verb in doc[1:-1]:
            if not (_past_form(verb) and verb.dep_ in ("amod", "compound")):
                continue
            before, after = doc[verb.i - 1], doc[verb.i + 1]
            root = verb.sent.root
            subject, obj = _entity(before), _entity(after)
            # a common noun of what the second name is, written before it: "a court in
            # Batumi sentenced journalist Mzia Amaglobeli"
            while (
                obj is None
                and after.tag_ == "NN"
                and after.is_lower
                and after.dep_ == "compound"
                and after.i + 1 < len(doc)
            ):
                after = doc[after.i + 1]
                obj = _entity(after)
                if obj is not None and (
                    obj.start != after.i or doc[verb.i + 1].head.i != obj.root.i
                ):
                    obj = None
                    break
            if subject is None and before.i == root.i and before.is_title:
                subject = doc[before.i : verb.i]  # "Trump" left untagged, made the root
            if subject is None or obj is None or subject.end != verb.i or obj.start != after.i:
                continue
            subj_head, obj_head = subject.root, obj.root
            # "X assailed Y ..., though there is ...": the subordinate clause made the root,
            # with the phrase hung on it as a loose word or as a second subject (the
            # clause has its own: "there", "she")
            clause = (
                root.pos_ in ("VERB", "AUX")
                and (
                    (subj_head.head.i == root.i and subj_head.dep_ == "dep")
                    or (
                        obj_head.head.i == root.i
                        and obj_head.dep_ == "nsubj"
                        and any(
                            c.dep_ in ("expl", "nsubj") and c.i > obj_head.i for c in root.children
                        )
                    )
                )
                and any(c.dep_ == "mark" and c.i > obj_head.i for c in root.children)
            )
            # "Over the weekend, X assailed Y": the opening preposition made the root
            opening = root.pos_ == "ADP" and root.i < subject.start
            # "X petitioned Y to reopen the border": the infinitive made the root, with the
            # phrase its subject; it is what the verb bids the second name do
            bidden = (
                root.tag_ == "VB"
                and root.i >= obj.end
                and obj_head.head.i == root.i
                and obj_head.dep_ == "nsubj"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children)
            )
            if not clause and not opening and not bidden:
                if root.pos_ in ("VERB", "AUX"):
                    continue
                if root.i not in (subj_head.i, obj_head.i):
                    _phrase_subject(verb, root, subject, obj, lemmatizer)
                    continue
            if not _make_verb(verb, lemmatizer):
                continue
            moved = [
                tok
                for tok in verb.sent
                if tok.head.i in (subj_head.i, obj_head.i)
                and tok.i != tok.head.i
                and not (subject.start <= tok.i < obj.end)
                and not (tok.i < subject.start and tok.head.i == subj_head.i)
                and tok.dep_ not in ("relcl", "appos", "acl")
            ]
            verb.head, verb.dep_ = verb, "ROOT"
            subj_head.head, subj_head.dep_ = verb, "nsubj"
            obj_head.head, obj_head.dep_ = verb, "dobj"
            for tok in moved:
                tok.head = verb
            if clause:
                root.head, root.dep_ = verb, "advcl"
            elif bidden:
                root.head, root.dep_ = verb, "xcomp"
            elif opening:
                root.head, root.dep_ = verb, "prep"
                for tok in verb.sent:  # what hung on the preposition past the phrase
                    if tok.head.i == root.i and tok.i > obj.end and tok.dep_ != "pobj":
                        tok.head = verb
        return doc

    return repair


def _slogan(doc: Doc, opening: Token) -> tuple[Span, Token] | None:
    """The quoted words after ``opening`` and the noun right after its closing quote."""
    for end in range(opening.i + 2, min(opening.i + _SLOGAN_WORDS + 2, len(doc) - 1)):
        tok = doc[end]
        if tok.text in _CLOSING_QUOTES or tok.tag_ in ("''", "POS"):
            noun = doc[end + 1]
            if tok.text == "'" and doc[end - 1].lower_.endswith("s") and noun.is_title:
                return None  # "the protesters' Leader": a possessive
            if noun.pos_ == "NOUN" and noun.is_lower and tok.whitespace_:
                return doc[opening.i + 1 : end], noun
            return None
        if tok.is_punct or tok.is_sent_start:
            return None
    return None


def _rehang(doc: Doc, changes: dict[int, tuple[int, str]]) -> bool:
    """Give each token index in ``changes`` its new (head index, dependency) unless that
    would make a cycle in the tree (then change nothing and return False)."""
    heads = {i: head for i, (head, _) in changes.items()}
    for start in changes:
        seen = {start}
        i = start
        while True:
            head = heads.get(i, doc[i].head.i)
            if head == i:
                break
            if head in seen:
                return False
            seen.add(head)
            i = head
    for i, (head, dep) in changes.items():
        doc[i].head, doc[i].dep_ = doc[head], dep
    return True


@Language.component("tacitus_quoted_modifiers")
def quoted_modifiers(doc: Doc) -> Doc:
    """Re-read 'launched "save the students" marches': a short quoted phrase right before a
    noun is a modifier of it; the parser reads the phrase as a clause ("save ... the
    students") and the noun as its object, so the noun loses the verb it is the object of."""
    for opening in doc[1:-3]:
        if opening.text not in _OPENING_QUOTES or opening.tag_ != "``":
            continue
        found = _slogan(doc, opening)
        if found is None:
            continue
        words, noun = found
        inside = range(opening.i, noun.i)
        heads = [
            tok
            for tok in words
            if (tok.head.i not in inside and tok.head.i != noun.i) or tok.head.i == tok.i
        ]
        if len(heads) != 1 or not (noun.head.i in inside or noun.head.i == heads[0].head.i):
            continue
        phrase = heads[0]
        outer, dep = phrase.head, phrase.dep_
        changes: dict[int, tuple[int, str]] = {}
        if outer.i > opening.i:  # the phrase hung on a later clause: the verb before it
            if doc[opening.i - 1].pos_ != "VERB":
                continue
            outer, dep = doc[opening.i - 1], "dobj"
            if outer.head.i == phrase.i:  # "launched" itself hung on "save"
                root = phrase.head.i == phrase.i
                changes[outer.i] = (outer.i, "ROOT") if root else (phrase.head.i, outer.dep_)
        if outer.pos_ in ("VERB", "AUX") and dep in ("xcomp", "ccomp", "advcl", "dobj"):
            dep = "dobj"
        changes[noun.i] = (outer.i, dep)
        changes[phrase.i] = (noun.i, "compound")
        for tok in (opening, doc[noun.i - 1]):
            changes[tok.i] = (phrase.i, "punct")
        for tok in words:  # "stop the war' rallies": "war" read as the noun's possessor
            if tok.head.i == noun.i:
                changes[tok.i] = (phrase.i, "dobj" if phrase.pos_ == "VERB" else "compound")
        for tok in doc[outer.i + 1 : opening.i]:
            if tok.head.i in inside and tok.dep_ in ("det", "amod", "poss", "nummod"):
                changes[tok.i] = (noun.i, tok.dep_)
        for tok in doc[noun.i + 1 : phrase.sent.end]:
            if tok.head.i in inside:
                keep = tok.dep_ in ("acl", "relcl", "amod")
                changes[tok.i] = (noun.i if keep else outer.i, tok.dep_)
        _rehang(doc, changes)
    return doc


@Language.factory("tacitus_denied_gerunds")
def denied_gerunds(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Re-read "police denied beating protesters", "admitted mistreating refugees": right
    after a verb of denial or avowal with one object, an "-ing" word read as an adjective
    or a modifier of that object is the gerund of the act denied (or owned to), and the
    object is its own (not "denied visiting journalists access": two objects, the first
    one a plural inside the noun phrase the parser read)."""
    lemmatizer = _lemmatizer(nlp)

    def repair(doc: Doc) -> Doc:
        for ing in doc[1:-1]:
            verb, noun = doc[ing.i - 1], ing.head
            if not (ing.is_lower and ing.is_alpha and ing.lower_.endswith("ing")):
                continue
            if ing.dep_ not in ("amod", "compound") or verb.lemma_ not in _GERUND_AVOWALS:
                continue
            if noun.dep_ != "dobj" or noun.head.i != verb.i or noun.i <= ing.i:
                continue
            if any(c.dep_ in ("dobj", "dative") and c.i != noun.i for c in verb.children):
                continue
            # "denied beating unarmed protesters" (a plural inside is a first object:
            # "denied visiting reporters access")
            between = doc[ing.i + 1 : noun.i]
            if any(
                t.head.i != noun.i or t.dep_ not in ("compound", "amod") or t.tag_ == "NNS"
                for t in between
            ):
                continue
            if not _make_verb(ing, lemmatizer, "VBG", {"Aspect": "Prog", "VerbForm": "Part"}):
                continue
            _rehang(doc, {ing.i: (verb.i, "xcomp"), noun.i: (ing.i, "dobj")})
        return doc

    return repair


def _past_verb(tok: Token) -> bool:
    """A past verb, or a participle in a list after one ("attacked X, torched Y")."""
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ == "VBN" and tok.dep_ == "conj" and tok.head.tag_ == "VBD"


def _told_verb(tok: Token) -> bool:
    """A past verb, or a participle with a subject and no auxiliary ("the military and two
    militias murdered", tagged a participle after the joined subject): a past verb too."""
    if tok.tag_ == "VBD":
        return True
    kids = list(tok.children)
    return (
        tok.tag_ == "VBN"
        and tok.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in kids)
        and not any(c.dep_ in ("aux", "auxpass") for c in kids)
    )


@Language.component("tacitus_joined_subject_verbs")
def joined_subject_verbs(doc: Doc) -> Doc:
    """Re-read "The army and two militias murdered and tortured students.": a sentence
    with no verb, whose root is a noun joined to others, with an "-ed" word right after
    the last of them followed by "and" or "or" and a second "-ed" word on a noun (read
    as one more noun of the list), is those nouns doing two acts: the first "-ed" word is
    the sentence's verb and the joined nouns its subject."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or any(
            t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod") for t in sent
        ):
            continue
        joined = [c for c in root.conjuncts if c.i > root.i]
        if not joined or joined[-1].i + 3 >= sent.end:
            continue
        last = joined[-1]
        verb, cc, second = doc[last.i + 1], doc[last.i + 2], doc[last.i + 3]
        kids = list(verb.children)
        if not (
            verb.head.i in {root.i, *(c.i for c in joined)}
            and verb.dep_ == "acl"
            and verb.tag_ in ("VBN", "VBD")
            and _past_form(verb)
            and cc.lower_ in ("and", "or")
            and _past_form(second)
            and second.dep_ == "amod"
            and second.head.head.i == verb.i
            and second.head.dep_ == "conj"
            and not any(c.dep_ in ("agent", "auxpass", "aux", "dobj") for c in kids)
        ):
            continue
        changes = {verb.i: (verb.i, "ROOT"), root.i: (verb.i, "nsubj")}
        changes |= {c.i: (verb.i, c.dep_) for c in root.children if c.i > verb.i}
        _rehang(doc, changes)
    return doc


@Language.factory("tacitus_listed_verbs")
def listed_verbs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Re-read "X shelled villages, targeted hospitals and ...": after a past verb and its
    object, an "-ed" word after a comma or "and", tagged an adjective of the next noun
    (itself read as a second object), is a second past verb with that noun its object. So
    too right after a past verb and "and" or "or" ("murdered and tortured villagers", the
    noun read as the first verb's conjunct): the object the two verbs share."""
    lemmatizer = _lemmatizer(nlp)

    def repair(doc: Doc) -> Doc:
        for verb in doc[1:-1]:
            if not (_past_form(verb) and verb.dep_ == "amod"):
                continue
            noun, sep = verb.head, doc[verb.i - 1]
            if noun.i <= verb.i or sep.lower_ not in (",", "and", "or"):
                continue
            between = doc[verb.i + 1 : noun.i]  # "targeted government offices"
            if any(t.head.i != noun.i or t.dep_ not in ("compound", "amod") for t in between):
                continue
            shared = doc[sep.i - 1]
            if (
                sep.lower_ in ("and", "or")
                and noun.dep_ == "conj"
                and noun.head.i == shared.i
                and _told_verb(shared)
                and not any(c.dep_ == "dobj" for c in shared.children)
            ):
                # "troops murdered and tortured villagers": the noun read as a conjunct of
                # the first verb is the object both verbs share (the second one's, as in
                # "sank or crippled six gunboats")
                if _make_verb(verb, lemmatizer):
                    verb.head, verb.dep_ = shared, "conj"
                    noun.head, noun.dep_ = verb, "dobj"
                continue
            if sep.text == "or":
                continue
            if (
                noun.dep_ == "conj"
                and noun.head.i < sep.i
                and _past_verb(noun.head)
                and any(c.dep_ == "dobj" and c.i < sep.i for c in noun.head.children)
            ):
                # "attacked rival supporters and torched vehicles": the noun read as a
                # conjunct of a verb that has its object is the object of the "-ed" word
                if _make_verb(verb, lemmatizer):
                    verb.head, verb.dep_ = noun.head, "conj"
                    noun.head, noun.dep_ = verb, "dobj"
                continue
            if noun.dep_ in ("conj", "appos"):  # "villages, targeted hospitals"
                first_obj = noun.head
            elif noun.dep_ == "dobj":  # both read as objects of the first verb
                objs = [c for c in noun.head.children if c.dep_ == "dobj" and c.i < sep.i]
                if not objs and any(
                    c.dep_ == "conj" and c.pos_ == "VERB" and c.i > noun.i
                    for c in noun.head.children
                ):
                    # "battled with police, looted shops and torched cars": the first act's
                    # party after its preposition, right before the comma, in a list of acts
                    objs = [
                        o
                        for p in noun.head.children
                        if p.dep_ == "prep" and p.i < sep.i
                        for o in p.children
                        if o.dep_ == "pobj" and o.right_edge.i in (sep.i - 1, sep.i)
                    ]
                if not objs:
                    continue
                first_obj = objs[-1]
            else:
                continue
            first_verb = first_obj.head
            if first_obj.dep_ == "pobj" and first_verb.dep_ == "prep":
                # the first act's party after its preposition: "rioters battled with
                # police, attacked shops and torched cars"; only where every item after it
                # opens with an "-ed" word ("clashed with rebels, armed civilians and local
                # militias" is one list of parties)
                if not all(
                    any(_past_form(c) and c.dep_ == "amod" and c.i < item.i for c in item.children)
                    for item in first_obj.conjuncts
                ):
                    continue
                first_verb = first_verb.head
            elif first_obj.dep_ != "dobj":
                continue
            if not (first_obj.i < sep.i and _past_verb(first_verb) and first_verb.i < first_obj.i):
                continue
            if not _make_verb(verb, lemmatizer):
                continue
            verb.head, verb.dep_ = first_verb, "conj"
            noun.head, noun.dep_ = verb, "dobj"
        return doc

    return repair


@Language.factory("tacitus_coordinated_verbs")
def coordinated_verbs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Re-read "an unknown assailant shot and wounded a policeman": the root of a sentence
    read as a noun ("shot"), with a noun before it as its modifier or subject ("assailant")
    and a past verb with an object coordinated after it by "and", is a past verb; that noun
    its subject. So too after a bare time opening the sentence, read as the root with the
    noun its apposition ("Last May, an unknown assailant shot and wounded ..."): the time
    then says when the verb's act was."""
    lemmatizer = _lemmatizer(nlp)

    def repair(doc: Doc) -> Doc:
        for tok in doc[1:-2]:
            if not (tok.pos_ == "NOUN" and tok.is_lower and tok.is_alpha):
                continue
            root = tok
            if tok.dep_ == "appos" and tok.head.i < tok.i:
                root = tok.head  # "Last May, an unknown assailant shot"
                if root.ent_type_ not in ("DATE", "TIME") or doc[root.i + 1].text != ",":
                    continue
                # the time read as the root, or as a time of a later root clause joined by
                # "and" ("..., and newspapers speculated"): that clause is joined to the verb
                if root.dep_ != "ROOT" and not (
                    root.dep_ == "npadvmod"
                    and root.head.dep_ == "ROOT"
                    and root.head.i > tok.i
                    and any(c.dep_ == "cc" and c.i > tok.i + 1 for c in root.children)
                ):
                    continue
            elif tok.dep_ != "ROOT":
                continue
            if doc[tok.i + 1].lower_ != "and" or doc[tok.i + 1].head.i != root.i:
                continue
            verb = doc[tok.i + 2]
            if not (verb.dep_ == "conj" and verb.head.i == root.i and verb.tag_ == "VBD"):
                continue
            if not any(c.dep_ == "dobj" for c in verb.children):
                continue  # "the shot and shell fired": no act on anyone
            subject = doc[tok.i - 1]
            if not (
                subject.dep_ in ("compound", "nsubj")
                and subject.head.i == tok.i
                and subject.pos_ in ("NOUN", "PROPN")
            ):
                continue
            old = tok.pos_, tok.tag_, tok.lemma_, tok.morph
            if not _make_verb(tok, lemmatizer):
                continue
            if root.i != tok.i:
                # the time hangs on the verb; what hung on it after the verb is the verb's
                changes = {tok.i: (tok.i, "ROOT"), root.i: (tok.i, "npadvmod")}
                changes |= {c.i: (tok.i, c.dep_) for c in root.children if c.i > tok.i}
                if root.dep_ != "ROOT":
                    changes[root.head.i] = (tok.i, "conj")
                if not _rehang(doc, changes):
                    tok.pos_, tok.tag_, tok.lemma_, tok.morph = old
                    continue
            for child in list(tok.children):  # "an unknown assailant": the subject's words
                if child.i < subject.i and child.dep_ in ("compound", "amod", "det"):
                    child.head = subject
            subject.dep_ = "nsubj"
        return doc

    return repair


@Language.factory("tacitus_shot_dead")
def shot_dead(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Re-read "a sniper shot dead a soldier", "two men on a motorbike shot dead a
    journalist": a noun right before "dead", where "dead" heads a clause with an object, is
    the past verb of "shot dead"; the noun before it, read as its modifier, is its subject
    (or, after a preposition, that preposition's object), and "dead" says how it ended."""
    lemmatizer = _lemmatizer(nlp)

    def repair(doc: Doc) -> Doc:
        for tok in doc[1:-1]:
            dead = doc[tok.i + 1]
            if not (tok.pos_ == "NOUN" and tok.is_lower and dead.lower_ == "dead"):
                continue
            if dead.pos_ != "ADJ" or not any(c.dep_ == "dobj" for c in dead.children):
                continue
            first = doc[tok.i - 1]  # "sniper", "motorbike": the noun read as its modifier
            if not (first.dep_ == "compound" and first.head.i == tok.i):
                continue
            root = dead.dep_ == "ROOT"
            changes = {tok.i: (tok.i if root else dead.head.i, dead.dep_)}
            changes[dead.i] = (tok.i, "advmod")
            changes |= {c.i: (tok.i, c.dep_) for c in dead.children if c.i != tok.i}
            if tok.dep_ == "nsubj" and tok.head.i == dead.i:  # "a sniper shot dead"
                changes[first.i] = (tok.i, "nsubj")
            else:  # "men on a motorbike shot dead": the motorbike is what they were on
                changes[first.i] = (tok.head.i, tok.dep_)
            changes |= {c.i: (first.i, c.dep_) for c in tok.children if c.i < first.i}
            old = tok.pos_, tok.tag_, tok.lemma_, tok.morph
            if _make_verb(tok, lemmatizer) and not _rehang(doc, changes):
                tok.pos_, tok.tag_, tok.lemma_, tok.morph = old
        return doc

    return repair


@Language.component("tacitus_agreeing_conjuncts")
def agreeing_conjuncts(doc: Doc) -> Doc:
    """Re-read "analysts agree that Kenya has exploited Uganda and support the plan": a
    present verb ("support") with no subject or auxiliary of its own, read as coordinated
    with the perfect participle of a reported clause ("has exploited"), cannot share that
    clause's subject and "has"; it goes with the present verb that reports the clause
    ("agree"), whose subject it shares."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBP"):
            continue
        first = verb.head
        if first.tag_ != "VBN" or first.dep_ != "ccomp" or first.i > verb.i:
            continue
        if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in first.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            continue
        reporter = first.head
        if reporter.tag_ != "VBP" or reporter.i > first.i:
            continue
        changes = {verb.i: (reporter.i, "conj")}
        for c in first.children:  # the "and" before the verb goes with it
            if c.dep_ == "cc" and c.i == verb.i - 1:
                changes[c.i] = (reporter.i, "cc")
        _rehang(doc, changes)
    return doc


_SAYING = frozenset({"say", "tell", "report", "add", "confirm"})
# Participles that tell what an act led to: "..., killing 10 civilians", "leaving 5 dead"
_CONSEQUENCES = frozenset(
    {"kill", "wound", "injure", "destroy", "damage", "leave", "displace", "force", "cause"}
)
_SAYER_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM"})
_SAYER_SPAN = 8  # the most words of the sayers between the comma and the verb


@Language.component("tacitus_trailing_sayers")
def trailing_sayers(doc: Doc) -> Doc:
    """Re-read "... killed three people and wounded 12 others, police and local officials
    said": a speech verb with no subject after a comma and a noun phrase of its own has
    that phrase as its subject; the parser joins the phrase, when coordinated, to the
    object before the comma (the sayers become more victims)."""
    for verb in doc:
        if (
            verb.lemma_ not in _SAYING
            or verb.pos_ != "VERB"
            or verb.tag_ not in ("VBD", "VBZ", "VBP")
        ):
            continue
        _report_consequences(doc, verb)
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        start = verb.i - 1
        while start > verb.sent.start and verb.i - start <= _SAYER_SPAN:
            if doc[start].pos_ not in _SAYER_WORDS:
                break
            start -= 1
        comma = doc[start]
        if comma.text != "," or start == verb.i - 1:
            continue
        words = range(comma.i + 1, verb.i)
        tops = [doc[i] for i in words if doc[i].head.i not in words]
        if len(tops) != 1:
            continue
        sayer = tops[0]
        if not (
            sayer.dep_ in ("conj", "appos")
            and sayer.head.i < comma.i
            and sayer.pos_ in ("NOUN", "PROPN")
            and doc[verb.i - 1].pos_ in ("NOUN", "PROPN")
        ):
            continue
        first = sayer.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.dep_ not in ("dobj", "pobj"):
            continue  # "chairman, CEO and president X said": one sayer's titles
        _rehang(doc, {sayer.i: (verb.i, "nsubj")})
    return doc


# nouns that label what the clause before them says, and verbs that deny it ("..., a
# charge Asmara denied")
_LABEL_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion"})
# the verbs of denial, by their present "-s" form (which the parser may read as a plural noun)
_PRESENT_DENIALS = {
    "denies": "deny",
    "rejects": "reject",
    "dismisses": "dismiss",
    "refutes": "refute",
    "disputes": "dispute",
}
_DENYING = frozenset(_PRESENT_DENIALS.values())


_OFFENSIVE_NOUNS = frozenset({"offensive", "counteroffensive", "counter-offensive"})


@Language.component("tacitus_offensive_participles")
def offensive_participles(doc: Doc) -> Doc:
    """Re-read "launched an offensive targeting rebels": after a determiner, "offensive"
    read as an adjective of the noun after an "-ing" word is the noun of the act, the
    "-ing" word a clause on it and the noun that clause's object (the parser reads "an
    offensive, targeting rebels" as one noun phrase: "an offensive targeting rebels")."""
    for word in doc[1:-2]:
        ing, noun = doc[word.i + 1], word.head
        if word.lower_ not in _OFFENSIVE_NOUNS or word.pos_ != "ADJ":
            continue
        det = doc[word.i - 1]
        if det.dep_ not in ("det", "poss") or det.head.i != noun.i:
            continue
        if not (ing.tag_ == "VBG" and ing.head.i == noun.i and ing.lower_.endswith("ing")):
            continue
        if noun.i <= ing.i or noun.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
            continue
        if any(t.head.i != noun.i for t in doc[ing.i + 1 : noun.i]):
            continue
        changes = {
            word.i: (noun.head.i, noun.dep_),
            det.i: (word.i, det.dep_),
            ing.i: (word.i, "acl"),
            noun.i: (ing.i, "dobj"),
        }
        if _rehang(doc, changes):
            word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_
            word.morph = MorphAnalysis(word.vocab, {"Number": "Sing"})
    return doc


@Language.component("tacitus_labelled_denials")
def labelled_denials(doc: Doc) -> Doc:
    """Re-read "Ethiopia accused Eritrea of sending troops, a charge Asmara denied": a
    denial verb whose two subjects are a label noun set off by a comma and the denier is
    a relative clause on the label, which names the clause before the comma; the parser
    makes the denial the root, with that clause its complement. So is a present denial
    the parser reads as a plural noun: "..., a charge (that) Kabul rejects"."""
    _present_denials(doc)
    for verb in doc:
        if verb.lemma_ not in _DENYING or verb.dep_ != "ROOT" or verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) != 2 or subjects[0].lemma_ not in _LABEL_NOUNS:
            continue
        label = subjects[0]
        start = label.left_edge.i
        if start == 0 or doc[start - 1].text != ",":
            continue
        before = [
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < start and c.pos_ == "VERB"
        ]
        if len(before) != 1:
            continue
        clause = before[0]
        changes = {
            clause.i: (clause.i, "ROOT"),
            label.i: (clause.i, "npadvmod"),
            verb.i: (label.i, "relcl"),
        }
        changes |= {
            c.i: (clause.i, "punct")
            for c in verb.children
            if c.dep_ == "punct" and (c.i < start or c.i > verb.i)
        }
        _rehang(doc, changes)
    return doc


_PRESENT = {"Tense": "Pres", "VerbForm": "Fin", "Number": "Sing", "Person": "3"}


def _present_denials(doc: Doc) -> None:
    """Re-read "X accused Y of ..., a charge (that) Kabul rejects": the present "-s" form of
    a denial after a label noun and a name, ending the clause, is the verb of a relative
    clause on the label, with the name its subject (the parser reads a plural noun)."""
    for word in doc:
        lemma = _PRESENT_DENIALS.get(word.lower_)
        if lemma is None or word.tag_ != "NNS" or word.dep_ == "ROOT":
            continue
        if word.i + 1 < len(doc) and not doc[word.i + 1].is_punct:
            continue
        names = []
        j = word.i - 1
        while j >= 0 and doc[j].pos_ == "PROPN":
            names.append(doc[j])
            j -= 1
        relative = None
        if j >= 0 and doc[j].lower_ in ("that", "which"):
            relative = doc[j]
            j -= 1
        if not names or j < 1 or doc[j].lemma_ not in _LABEL_NOUNS:
            continue
        label = doc[j]
        if label.left_edge.i == 0 or doc[label.left_edge.i - 1].text != ",":
            continue
        changes = {word.i: (label.i, "relcl"), names[0].i: (word.i, "nsubj")}
        changes |= {n.i: (names[0].i, "compound") for n in names[1:]}
        if relative is not None:
            changes[relative.i] = (word.i, "dobj")
        if label.head == word:  # "a charge Kabul rejects": the label hung on the denial
            changes[label.i] = (word.head.i, "npadvmod")
        if _rehang(doc, changes):
            word.pos_, word.tag_, word.lemma_ = "VERB", "VBZ", lemma
            word.morph = MorphAnalysis(word.vocab, _PRESENT)


def _report_consequences(doc: Doc, verb: Token) -> None:
    """Re-read "Jets struck Kabul, the Taliban said, killing 10 civilians": a participle of
    what an act led to, after a speech verb set inside the report, goes on with the act
    reported before it (the jets killed them); the parser hangs it on the speech verb."""
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if len(reported) != 1:
        return
    for part in verb.children:
        if (
            part.dep_ == "advcl"
            and part.tag_ == "VBG"
            and part.i > verb.i
            and part.lemma_ in _CONSEQUENCES
            and doc[part.i - 1].text == ","
        ):
            _rehang(doc, {part.i: (reported[0].i, "advcl")})


_TITLE_WORDS = frozenset({"PROPN", "ADJ"})


@Language.component("tacitus_titled_conjuncts")
def titled_conjuncts(doc: Doc) -> Doc:
    """Re-read "Duda and German Chancellor Olaf Scholz called for ...": a name, "and",
    then a title with a name as a verb's subject are two coordinated subjects; the parser
    makes the second name the subject alone and hangs the first one, and the title, on it
    or on the verb."""
    for name in doc:
        if name.dep_ != "nsubj" or name.pos_ != "PROPN" or name.head.pos_ not in ("VERB", "AUX"):
            continue
        verb, k = name.head, name.i - 1
        while k > name.sent.start and doc[k].pos_ in _TITLE_WORDS and doc[k].lower_ != "and":
            k -= 1
        if doc[k].lower_ != "and" or k == name.i - 1 or k - 1 < name.sent.start:
            continue
        words = doc[k + 1 : name.i]
        if not any(w.ent_type_ in ("NORP", "GPE") or w.pos_ == "ADJ" for w in words):
            # a nationality or a country's name marks a title ("German Chancellor", "Kosovo
            # Prime Minister"), not "Jones Ltd"
            continue
        title = [w for w in words if w.head.i != name.i]
        first = doc[k - 1]
        # the tagger may take a foreign name for an adjective ("Sisi and Jordanian King X")
        named = first.pos_ == "PROPN" or (first.pos_ == "ADJ" and first.ent_type_ != "NORP")
        if not (named and first.is_title) or doc[k].head.i != first.i:
            continue
        if not ((first.dep_ == "nsubj" and first.head.i == verb.i) or k < first.head.i <= name.i):
            continue  # the name before "and" has a place of its own in the clause
        changes: dict[int, tuple[int, str]] = {
            first.i: (verb.i, "nsubj"),
            k: (first.i, "cc"),
            name.i: (first.i, "conj"),
        }
        for word in title:  # "German Chancellor": the title of the second name
            if word.head.i < k + 1 or word.head.i > name.i:
                changes[word.i] = (name.i, "amod" if word.pos_ == "ADJ" else "compound")
        _rehang(doc, changes)
    _apposed_second_names(doc)
    return doc


@Language.factory("tacitus_joined_modifiers", default_config={"words": []})
def joined_modifiers(nlp: Language, name: str, words: list[str]) -> Callable[[Doc], Doc]:
    """Re-read "launched a massive missile and drone attack on Kyiv": a singular common noun
    with the phrase's "a"/"an", an "and"/"or" right after it and, after that, a modifier and
    a noun of an armed act (``words``, ``joined_modifier_heads``), the parser's conjunct of
    the first noun, is the modifier of that act noun, which heads the phrase: "a missile
    and drone attack" is one attack, as the parser reads it with no adjective. Other
    nouns stay joined: "a data scientist and business advisor" is two roles."""
    heads = frozenset(words)

    def repair(doc: Doc) -> Doc:
        for first in doc:
            if first.tag_ != "NN" or first.dep_ in ("ROOT", "conj", "compound", "nmod"):
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in first.lefts):
                continue
            i = first.i
            if i + 3 >= len(doc):
                continue
            joiner, modifier, head = doc[i + 1], doc[i + 2], doc[i + 3]
            if joiner.dep_ != "cc" or joiner.head.i != i or joiner.lower_ not in ("and", "or"):
                continue
            if head.dep_ != "conj" or head.head.i != i or head.lower_ not in heads:
                continue
            if modifier.head.i != head.i or modifier.dep_ not in ("compound", "amod", "nmod"):
                continue
            if modifier.tag_ != "NN" or any(c.dep_ == "det" for c in head.children):
                continue
            changes = {head.i: (first.head.i, first.dep_), first.i: (head.i, "nmod")}
            changes[modifier.i] = (first.i, "conj")
            # the article and adjectives before the first noun, and what follows the last
            # ("on Kyiv"), are the phrase's
            changes.update({c.i: (head.i, c.dep_) for c in first.lefts})
            changes.update({c.i: (head.i, c.dep_) for c in first.rights if c.i > head.i})
            _rehang(doc, changes)
        return doc

    return repair


@Language.component("tacitus_dangling_conjuncts")
def dangling_conjuncts(doc: Doc) -> Doc:
    """Re-read "after a meeting between Gov. Jose Baez and security officials": a name hung
    as the modifier of a later noun, with an "and" of its own before that noun, is the head
    of the phrase and the noun its conjunct; a common noun between them the parser made the
    name's conjunct ("security") is the noun's modifier. A name joined to another name
    ("the Kenya and Uganda governments") is left alone."""
    for name in doc:
        if name.dep_ not in ("nmod", "compound") or name.pos_ != "PROPN":
            continue
        noun = name.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= name.i + 1:
            continue
        if name.ent_type_ not in ("PERSON", ""):
            continue  # a person's name, not a place's ("the Al-Assad and Minyan suburbs")
        ands = [c for c in name.children if c.dep_ == "cc" and name.i < c.i < noun.i]
        if not ands:
            continue
        # what the parser made the name's conjunct: a noun or a people's adjective of the
        # noun's own ("security officials", "Somali officials"), not another name
        conjs = [c for c in name.children if c.dep_ == "conj"]
        if any(
            not (c.pos_ == "NOUN" or c.ent_type_ == "NORP") or not ands[0].i < c.i < noun.i
            for c in conjs
        ):
            continue
        between = doc[ands[0].i + 1 : noun.i]
        if any(t not in conjs and t.head.i not in (noun.i, *(c.i for c in conjs)) for t in between):
            continue  # only the noun's own modifiers between the "and" and the noun
        changes = {name.i: (noun.head.i, noun.dep_), noun.i: (name.i, "conj")}
        changes.update(
            {c.i: (noun.i, "amod" if c.ent_type_ == "NORP" else "compound") for c in conjs}
        )
        # the words before the name hung on the noun are the name's ("Kenyan President")
        changes.update({c.i: (name.i, c.dep_) for c in noun.lefts if c.i < name.i})
        _rehang(doc, changes)
    return doc


def _apposed_second_names(doc: Doc) -> None:
    """Re-read "Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai met":
    the parser may also keep the first name as the subject, make the second title its
    conjunct and the second name, just after that title, its apposition; the name is the
    conjunct and the title is the name's."""
    for title in doc:
        first = title.head
        if title.dep_ != "conj" or title.pos_ != "PROPN" or not title.is_title:
            continue
        if not any(c.dep_ == "cc" and first.i < c.i < title.i for c in first.children):
            continue
        end = title.i + 1
        while end < len(doc) and doc[end].dep_ == "compound" and doc[end].pos_ == "PROPN":
            end += 1
        if end == title.i + 1 or end >= len(doc):
            continue
        name = doc[end]
        if name.dep_ != "appos" or name.head.i != first.i or name.pos_ != "PROPN":
            continue
        _rehang(doc, {name.i: (first.i, "conj"), title.i: (name.i, "compound")})


@Language.component("tacitus_said_in_statement")
def said_in_statement(doc: Doc) -> Doc:
    """Re-read "Egypt said in a statement that the raid was a violation": a "that" clause
    with a subject of its own after the noun of a preposition on a speech verb with no
    clause of its own ("said in an interview that ...", "added on Twitter that ...") is
    what the verb says; the parser hangs it on the noun (the sayer is lost). A clause
    without "that" or without a subject ("a statement that was released") is left alone."""
    for verb in doc:
        if verb.lemma_ not in _SAYING or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "ccomp" for c in verb.children):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i < verb.i:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
                    continue
                for clause in noun.children:
                    if (
                        clause.dep_ in ("acl", "ccomp", "relcl")
                        and clause.i > noun.i
                        and any(
                            c.dep_ == "mark" and c.lower_ == "that" and c.i > noun.i
                            for c in clause.children
                        )
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
                    ):
                        _rehang(doc, {clause.i: (verb.i, "ccomp")})
    return doc


_BE_FORMS = frozenset({"is", "are", "was", "were", "been", "be", "'s", "'re"})


@Language.factory("tacitus_progressive_verbs")
def progressive_verbs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Re-read a progressive "be" + "-ing" verb the parser got wrong, in one of three ways:
    the subject hung on "be" as if it were the verb ("Egypt and Qatar are mediating");
    the "-ing" word read as a noun with "be" its auxiliary ("which is mediating"); the
    "-ing" word read as what a named subject is ("Qatar is mediating": a predicate). The
    subject of the last must be a name or a pronoun ("the aim is bridging the gap" is a
    predicate). And an "-ing" word English knows no adjective of, read as the adjective of
    the noun after "be" ("Troops are patrolling streets"), is the verb."""
    lemmatizer = _lemmatizer(nlp)
    index = lemmatizer.lookups.get_table("lemma_index", {}) if lemmatizer is not None else {}
    adjectives: set[str] = set(index.get("adj", []))

    def repair(doc: Doc) -> Doc:
        for tok in doc[1:]:
            if not (tok.is_lower and tok.is_alpha and tok.lower_.endswith("ing")):
                continue
            be = doc[tok.i - 1]
            while be.i > be.sent.start and be.pos_ == "ADV":
                be = doc[be.i - 1]
            if be.lower_ not in _BE_FORMS or be.pos_ != "AUX":
                continue
            if tok.pos_ == "VERB" and be.dep_ == "aux" and be.head.i == tok.i:
                subjects = [c for c in be.children if c.dep_ == "nsubj" and c.i < be.i]
                if len(subjects) == 1 and not any(c.dep_ == "nsubj" for c in tok.children):
                    _rehang(doc, {subjects[0].i: (tok.i, "nsubj")})
            elif tok.pos_ == "NOUN" and be.dep_ == "aux" and be.head.i == tok.i:
                if tok.dep_ not in ("relcl", "ROOT", "ccomp", "conj"):
                    continue
                if not any(c.dep_ == "nsubj" for c in tok.children):
                    continue
                old = tok.pos_, tok.tag_, tok.lemma_
                tok.pos_, tok.tag_ = "VERB", "VBG"
                lemmas = lemmatizer.rule_lemmatize(tok) if lemmatizer is not None else []
                if not lemmas or lemmas[0] == tok.lower_:
                    tok.pos_, tok.tag_, tok.lemma_ = old
                    continue
                tok.lemma_ = lemmas[0]
            elif tok.tag_ == "VBG" and tok.dep_ == "attr" and tok.head.i == be.i:
                subjects = [c for c in be.children if c.dep_ == "nsubj" and c.i < be.i]
                if len(subjects) != 1 or subjects[0].pos_ not in ("PROPN", "PRON"):
                    continue
                changes = {c.i: (tok.i, c.dep_) for c in be.children if c.i != tok.i}
                changes[be.i] = (tok.i, "aux")
                if be.head.i == be.i:
                    changes[tok.i] = (tok.i, "ROOT")
                else:
                    changes[tok.i] = (be.head.i, be.dep_)
                _rehang(doc, changes)
            elif tok.dep_ == "amod" and tok.pos_ in ("ADJ", "VERB"):
                _progressive_modifier(doc, tok, be, adjectives, lemmatizer)
        return doc

    return repair


# the tags of "be"'s subject that may do an act: a noun, a name, a personal pronoun (not
# "these", "those" nor "it": "These are promising signs")
_DOER_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_DOER_PRONOUNS = frozenset({"they", "we", "he", "she", "i", "you"})


def _progressive_modifier(
    doc: Doc, tok: Token, be: Token, adjectives: set[str], lemmatizer: Lemmatizer | None
) -> None:
    """ "Troops are patrolling streets": an "-ing" word right after "be", read as an
    adjective of the noun after it, is the progressive verb with that noun its object,
    where English knows no adjective of that form ("promising", "alarming" are adjectives:
    "These are promising signs") and the subject of "be" is a noun or a personal pronoun."""
    noun = tok.head
    if noun.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN") or tok.lower_ in adjectives:
        return
    if noun.dep_ == "attr" and noun.head.i == be.i:
        clause = be  # "Troops are (ROOT) ... streets (attr)"
    elif be.dep_ == "aux" and be.head.i == noun.i:
        clause = noun  # "Troops are (aux) ... streets (ROOT)"
    else:
        return
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < be.i]
    if len(subjects) != 1:
        return
    subject = subjects[0]
    if subject.tag_ not in _DOER_TAGS and subject.lower_ not in _DOER_PRONOUNS:
        return
    if not _make_verb(tok, lemmatizer, "VBG", _PROGRESSIVE):
        return
    changes = {c.i: (tok.i, c.dep_) for c in clause.children if c.i not in (tok.i, noun.i, be.i)}
    changes[be.i] = (tok.i, "aux")
    changes[noun.i] = (tok.i, "dobj")
    changes[tok.i] = (tok.i, "ROOT") if clause.head.i == clause.i else (clause.head.i, clause.dep_)
    _rehang(doc, changes)


_PROGRESSIVE = {"Aspect": "Prog", "Tense": "Pres", "VerbForm": "Part"}
_PASSIVE = {"Aspect": "Perf", "Tense": "Past", "VerbForm": "Part"}
# what a word read as a noun has before it that makes it one ("a cost overrun", "its cut")
_NOUN_MARKS = frozenset({"det", "poss", "amod", "compound", "nummod"})


@Language.factory("tacitus_bare_participles", default_config={"words": []})
def bare_participles(nlp: Language, name: str, words: list[str]) -> Callable[[Doc], Doc]:
    """Re-read "the base was overrun on Monday": a verb whose past participle is its bare
    form (``words``, ``bare_participles``), read as a noun right after "be" with nothing
    that marks a noun before it, is the passive participle, and the subject of "be" is
    its passive subject (as in "was overrun by militants")."""
    known = frozenset(words)

    def repair(doc: Doc) -> Doc:
        for tok in doc[1:]:
            if tok.tag_ != "NN" or tok.lower_ not in known or tok.dep_ not in ("attr", "acomp"):
                continue
            be = tok.head
            if be.lower_ not in _BE_FORMS or be.pos_ != "AUX" or be.i >= tok.i:
                continue
            if any(doc[i].pos_ != "ADV" for i in range(be.i + 1, tok.i)):
                continue
            if any(c.dep_ in _NOUN_MARKS for c in tok.children):
                continue
            subjects = [c for c in be.children if c.dep_ == "nsubj" and c.i < be.i]
            if len(subjects) != 1:
                continue
            changes = {c.i: (tok.i, c.dep_) for c in be.children if c.i != tok.i}
            changes[subjects[0].i] = (tok.i, "nsubjpass")
            changes[be.i] = (tok.i, "auxpass")
            changes[tok.i] = (tok.i, "ROOT") if be.head.i == be.i else (be.head.i, be.dep_)
            if _rehang(doc, changes):
                tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBN", tok.lower_
                tok.morph = MorphAnalysis(tok.vocab, _PASSIVE)
        return doc

    return repair


_SUBORDINATORS = frozenset({"after", "before", "since", "until", "till", "as", "because"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# words of a verb's chain before it: "had not been", "later"
_CHAIN_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


@Language.component("tacitus_subordinate_subjects")
def subordinate_subjects(doc: Doc) -> Doc:
    """Re-read "seized a town, days after Congo and Rwanda signed a deal": a finite verb
    with no subject right after "after"/"before"/"since" and its object is a clause whose
    subject that object is; the parser reads a preposition, and the verb takes the main
    clause's subject."""
    for verb in doc:
        if verb.tag_ not in _FINITE_TAGS or verb.dep_ not in ("advcl", "conj", "ccomp"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _SUBORDINATORS or prep.i > verb.i:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.right_edge.i + 1 != verb.i:
                continue
            _rehang(doc, {obj.i: (verb.i, "nsubj"), prep.i: (verb.i, "mark")})
    for verb in doc:
        # "came a week after the main opposition party called on him to ...": the parser
        # hangs the finite verb on the preposition's object as a clause of it; a finite
        # verb is no noun's modifier, and the object is its subject
        obj = verb.head
        prep = obj.head
        if (
            verb.dep_ == "acl"
            and verb.tag_ in _FINITE_TAGS
            and obj.dep_ == "pobj"
            and obj.i < verb.i
            and prep.lower_ in _SUBORDINATORS
            and prep.dep_ == "prep"
            and all(t.i <= verb.i for t in obj.children)
        ):
            _rehang(
                doc,
                {
                    verb.i: (prep.head.i, "advcl"),
                    obj.i: (verb.i, "nsubj"),
                    prep.i: (verb.i, "mark"),
                },
            )
    return doc


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_FINITE_CHAIN_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@Language.component("tacitus_coordinated_subjects")
def coordinated_subjects(doc: Doc) -> Doc:
    """Re-read "Rebels shelled the outskirts of Goma and soldiers fired back", "... and two
    civilians were killed": a noun after "and" right before a finite verb that has no
    subject is that verb's subject (the verb joined to the clause before), not one more
    noun coordinated with a noun of the clause before (a finite verb always has a subject,
    and the noun is the only one in place)."""
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("conj", "advcl", "ccomp"):
            continue
        top = verb.head
        if top.i > verb.i or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            continue
        chain = [c for c in verb.children if c.i < verb.i and c.dep_ in _CHAIN_DEPS]
        first = min([verb.i, *(c.i for c in chain)])
        if doc[first].tag_ not in _FINITE_CHAIN_TAGS or first == 0:
            continue
        noun = doc[first - 1]
        partner = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or partner.i < top.i:
            continue
        cc = doc[noun.left_edge.i - 1]
        if cc.dep_ != "cc" or cc.head.i != partner.i or cc.lower_ not in ("and", "but"):
            continue
        # the partner lies in the phrase of a word of the verb's head, with no verb between
        # nor a word that opens a clause ("injured as attacks with car bombs and gunmen
        # rocked the city": the verb is the clause's after "as", read as a preposition)
        word = partner
        while (
            word.i != top.i
            and word.pos_ not in ("VERB", "AUX")
            and word.lower_ not in _SUBORDINATORS
            and word.head.i != word.i
        ):
            word = word.head
        if word.i != top.i:
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        _rehang(
            doc,
            {
                noun.i: (verb.i, "nsubjpass" if passive else "nsubj"),
                cc.i: (top.i, "cc"),
                verb.i: (top.i, "conj"),
            },
        )
    return doc


# prepositions of a time before a year: "since 2019", "until 2022", "in 2015"
_YEAR_PREPS = frozenset({"since", "until", "till", "in", "before", "after", "during", "from"})
_YEAR_DIGITS = 4


def _year(tok: Token) -> bool:
    return tok.is_digit and len(tok.text) == _YEAR_DIGITS and tok.text[:2] in ("19", "20")


@Language.component("tacitus_year_subjects")
def year_subjects(doc: Doc) -> Doc:
    """Re-read "Militants who have held the city since 2014 were driven out", "Protesters who
    had camped outside parliament until 2022 marched again": a year right after "since",
    "until", "in" is that preposition's object, the time of the clause before, not the
    subject of the verb after it. The verb's subject is the one it has besides, or else the
    sentence's root noun whose relative clause the time ends (the parser hung the verb on
    that clause and left the sentence without one)."""
    for year in doc[1:]:
        prep = doc[year.i - 1]
        if not (_year(year) and year.dep_ in ("nsubj", "nsubjpass") and prep.lower_ in _YEAR_PREPS):
            continue
        verb = year.head
        if verb.i < year.i:
            continue
        if any(c.dep_ in _SUBJECT_DEPS and c.i != year.i for c in verb.children):
            if prep.head.i != verb.i:
                _rehang(doc, {year.i: (prep.i, "pobj")})
            continue
        clause, noun = verb.head, verb.head.head
        if not (
            prep.head.i == verb.i
            and verb.dep_ == "advcl"
            and clause.dep_ == "relcl"
            and clause.i < prep.i
            and noun.dep_ == "ROOT"
            and noun.pos_ in ("NOUN", "PROPN")
            and noun.i < clause.i
        ):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        changes = {
            year.i: (prep.i, "pobj"),
            prep.i: (clause.i, "prep"),
            verb.i: (verb.i, "ROOT"),
            noun.i: (verb.i, "nsubjpass" if passive else "nsubj"),
        }
        changes |= {c.i: (verb.i, c.dep_) for c in noun.children if c.i > verb.i}
        if _rehang(doc, changes):
            prep.pos_ = "ADP"
    return doc


@Language.component("tacitus_acronym_subjects")
def acronym_subjects(doc: Doc) -> Doc:
    """Re-read "IGAD condemned the fighting", "ECOWAS imposed sanctions on Niger": an
    organisation's acronym opening a sentence, which the tagger took for a verb (an
    auxiliary of the next verb, or the root with that verb read as an adjective of the
    object), is the subject of the past verb after it."""
    for sent in doc.sents:
        first = sent[0]
        if not (
            first.is_upper
            and first.is_alpha
            and len(first) >= _ACRONYM_MIN
            and first.pos_ in ("VERB", "AUX")
            and first.i + 1 < sent.end
        ):
            continue
        verb = doc[first.i + 1]
        if verb.tag_ not in ("VBD", "VBN"):
            continue
        if first.dep_ == "aux" and verb.head.i == verb.i:
            done = _rehang(doc, {first.i: (verb.i, "nsubj")})
        elif first.dep_ == "ROOT" and verb.dep_ == "amod" and verb.head.head.i == first.i:
            done = _make_root(doc, verb, first, [c for c in first.children if c.i != verb.i])
        else:
            continue
        if done:
            first.tag_, first.pos_ = "NNP", "PROPN"
            verb.tag_, verb.pos_ = "VBD", "VERB"
    return doc


@Language.component("tacitus_rootless_subjects")
def rootless_subjects(doc: Doc) -> Doc:
    """Re-read "Western countries, including the US and Britain, called for restraint": a
    past verb the parser hangs on the sentence's root noun as a clause of it is the
    sentence's verb, the noun its subject (a clause on a noun is a participle, not a past
    tense: "the troops sent to the border"). So is a participle with an object after a
    name and its appositive ("Portugal, the former colonial power, offered to host talks":
    the tagger's participle is the past tense; "a man, a teacher, injured in the blast"
    takes no object). So is a participle with a direct object right on its noun ("Israeli
    air strikes killed 20 people": a participle on a noun is passive, and a passive takes
    no object), on the root noun or on a noun the parser made a second subject of a
    speech verb after it ("... killed 20 people, officials said": the clause is what was
    said). So is a participle bidding a name by "on" to do a thing, right on the last
    noun of the subjects ("Peru and six other countries called on Venezuela to free ...")."""
    for verb in doc:
        noun = verb.head
        if (
            verb.dep_ == "acl"
            and _object_participle(verb)
            and noun.dep_ == "nsubj"
            and noun.head.lemma_ in _SAYING
            and noun.head.i > verb.i
            and any(c.dep_ == "nsubj" and c.i > verb.i for c in noun.head.children)
        ):
            _rehang(doc, {verb.i: (noun.head.i, "ccomp"), noun.i: (verb.i, "nsubj")})
            continue
        while noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head  # "Peru and six other countries called on ...": the first
        if (
            verb.dep_ == "acl"
            and (
                verb.tag_ == "VBD"
                or _apposed_participle(verb)
                or _object_participle(verb)
                or _participle_after_aside(verb)
                or _bidding_participle(verb)
            )
            and noun.dep_ == "ROOT"
            and noun.pos_ in ("NOUN", "PROPN")
            and noun.i < verb.i
            # "Indianapolis – teachers surrounded ...": a dateline, not the subject
            and not any(t.text in _DASHES for t in doc[noun.i : verb.i])
        ):
            retag = _participle_after_aside(verb) or _bidding_participle(verb)
            # what the noun holds past the verb (the full stop) goes to the verb
            if _make_root(doc, verb, noun, [c for c in noun.children if c.i > verb.i]) and retag:
                # the tagger's participle is the past tense: no passive "attacked"
                verb.tag_ = "VBD"
                verb.morph = MorphAnalysis(verb.vocab, {"Tense": "Past", "VerbForm": "Fin"})
            continue
        antecedent = _relative_antecedent(verb)  # "Egypt, which brokered the truce, called"
        if antecedent is not None:
            moved = [c for c in antecedent.children if c.i > verb.i]
            _make_root(doc, verb, antecedent, moved)
    return doc


def _relative_antecedent(verb: Token) -> Token | None:
    """The root noun whose relative clause, set off by commas, ``verb`` (a past form with a
    complement, after a comma) follows: "Egypt, which brokered the truce, called on both
    sides to ...", "Qatar and Egypt, which ..., called", "Egypt, which has mediated between
    the two sides, called" (the parser reads "called" as a participle on the noun, or on a
    word inside the clause); None otherwise."""
    doc = verb.doc
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBD", "VBN")
        or doc[verb.i - 1].text != ","
        or not any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp") for c in verb.children)
    ):
        return None
    noun = verb.head
    while noun.head.i != noun.i:
        noun = noun.head
    if (
        noun.dep_ != "ROOT"
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.i > verb.i
        or any(t.text in _DASHES for t in doc[noun.i : verb.i])
    ):
        return None
    own = {verb.i} | {t.i for t in verb.subtree}
    for clause in doc[noun.i : verb.i]:
        if (
            clause.dep_ == "relcl"
            and clause.head.i in {noun.i, *(c.i for c in noun.conjuncts)}
            and 0 < clause.left_edge.i
            and doc[clause.left_edge.i - 1].text == ","  # an aside, not "the sides that met"
            and all(t.i < verb.i or t.i in own for t in clause.subtree)
        ):
            return noun
    return None


def _object_participle(verb: Token) -> bool:
    """``verb`` is a participle right after its noun, with a direct object ("strikes
    killed 20 people")."""
    return (
        verb.tag_ == "VBN"
        and verb.i == verb.head.i + 1
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _bidding_participle(verb: Token) -> bool:
    """``verb`` is a participle right after its noun, bidding a name by "on" to do a thing:
    "countries called on Venezuela to free ..." (a passive participle takes no "on" object
    before its infinitive: "troops ordered to withdraw")."""
    on = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ in ("on", "upon")
            and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        ),
        None,
    )
    return (
        verb.tag_ == "VBN"
        and verb.i == verb.head.i + 1
        and on is not None
        and any(
            c.dep_ in ("advcl", "xcomp")
            and c.i > on.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        )
    )


def _apposed_participle(verb: Token) -> bool:
    """``verb``, a participle with an object, follows its noun's appositive and a comma:
    "Portugal, the former colonial power, offered to host talks"."""
    noun = verb.head
    doc = verb.doc
    return (
        verb.tag_ == "VBN"
        and doc[verb.i - 1].text == ","
        and any(c.dep_ == "appos" and c.i < verb.i for c in noun.children)
        and any(
            c.dep_ in ("dobj", "xcomp", "ccomp")
            or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))
            for c in verb.children
        )
    )


def _participle_after_aside(verb: Token) -> bool:
    """``verb``, a participle with no "by" agent, follows a participle aside of its noun set
    off by commas: "Russian troops, backed by Belarus, attacked overnight" (a noun takes
    one clause as an aside; the past form after it is the sentence's verb)."""
    noun = verb.head
    doc = verb.doc
    return (
        verb.tag_ == "VBN"
        and doc[verb.i - 1].text == ","
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(
            c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.i < verb.i
            and doc[c.left_edge.i - 1].text == ","
            and c.right_edge.i == verb.i - 2
            for c in noun.children
        )
    )


def _make_root(doc: Doc, verb: Token, subject: Token, moved: list[Token]) -> bool:
    """Make ``verb`` the root of its sentence with ``subject`` (the old root) its subject,
    and hang ``moved`` (words of the old root) on it; False (nothing changed) on a cycle."""
    changes = {verb.i: (verb.i, "ROOT"), subject.i: (verb.i, "nsubj")}
    changes |= {c.i: (verb.i, c.dep_) for c in moved}
    return _rehang(doc, changes)


def _past(verb: Token) -> bool:
    """A past verb, simple or perfect ("vowed", "has vowed"): a past verb joined to it
    may share its auxiliary ("has vowed to defeat them and called on ...")."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )


@Language.component("tacitus_tensed_conjuncts")
def tensed_conjuncts(doc: Doc) -> Doc:
    """Re-read "Odinga urged the president to listen and accused his government of ...": a
    past verb joined by "and" to an infinitive cannot be part of it (an infinitive has no
    tense); it is joined to the verb the infinitive completes, which it matches. So too
    after a bare verb in a clause ("demanded that the board resign and called on ...", "said
    it would leave and urged ..."). (After "had" it may share the auxiliary: "said troops
    had crossed the border and attacked a village".) So too after a bare verb in a relative
    clause on the object of a past verb: "supported a deal that would free the hostages and
    called on Hamas to accept it" joins "called" to "supported"."""
    for verb in doc:
        inf = verb.head
        if (
            verb.dep_ != "conj"
            or verb.tag_ != "VBD"
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            continue
        if _called_as(inf):
            # "dismissed the report as biased and accused X of ...": the adjective of what
            # the object is called has no tense either
            _rehang(doc, {verb.i: (inf.head.i, "conj")})
            continue
        if inf.tag_ != "VB":
            continue
        if inf.dep_ in ("xcomp", "ccomp") and _past(inf.head):
            _rehang(doc, {verb.i: (inf.head.i, "conj")})
        elif (
            inf.dep_ == "relcl"
            and inf.head.dep_ == "dobj"
            and inf.head.head.tag_ == "VBD"
            and inf.head.head.i < inf.head.i
        ):
            _rehang(doc, {verb.i: (inf.head.head.i, "conj")})
    return doc


def _called_as(word: Token) -> bool:
    """``word`` is an adjective in an "as" clause on a past verb: "dismissed the report as
    biased"."""
    return (
        word.pos_ == "ADJ"
        and word.dep_ == "advcl"
        and word.head.tag_ == "VBD"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in word.children)
    )


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_DATELINE_WORDS = 20  # the most tokens of a dateline before its dash: "GOMA, Democratic
# Republic of Congo, Aug 9 (AFP) -", "PORT-AU-PRINCE, Haiti, April 4, 2024 (Thomson Reuters
# Foundation) -"
_TITLED_DATELINE_WORDS = 16  # ... of one in small letters: "Goma, Democratic Republic of
# Congo, Aug. 9 (AFP) -"
_NAME_MARKS = str.maketrans("", "", "'\u2019.")


def _dateline_end(doc: Doc, first: Token) -> int | None:
    """The index of the dash that ends a dateline opening a line at ``first`` ("BRUSSELS,
    Nov 18 (Reuters) -", "NAIROBI, Kenya (AP) —"): a first word in capitals, no verb, and
    a dash set off by spaces or after the agency's bracket; else None. The parser may make
    the first word a sentence of its own."""
    # a name in capitals may hold an apostrophe or a point ("NUKU'ALOFA, Tonga –",
    # "ST. JOHN'S"), never a digit
    if not first.is_upper:
        return _titled_dateline_end(doc, first)  # most words: the cheap test first
    letters = first.text.translate(_NAME_MARKS)
    if not (letters.isalpha() and first.text[0].isalpha() and (len(first) > 2 or _short(first))):
        return None
    if first.i > 0 and "\n" not in doc[first.i - 1].text_with_ws:
        return None
    for tok in doc[first.i + 1 : first.i + _DATELINE_WORDS]:
        if tok.pos_ in ("VERB", "AUX") or "\n" in tok.text:
            return None
        if tok.text == "):" or tok.text == ":" and doc[tok.i - 1].text == ")":
            return tok.i  # the agency and a colon: "LAHORE (APP): Police arrested"
        if tok.text == ":" and _region_colon(doc, first, tok):
            return tok.i
        if tok.text in _DASHES:
            before = doc[tok.i - 1]
            if before.text == ")" or (before.whitespace_ and tok.whitespace_):
                return tok.i
            if not before.whitespace_ and not tok.whitespace_ and before.is_upper:
                continue  # a hyphen inside a place's name: "PORT-AU-PRINCE, Haiti (AP) —"
            if tok.text != "-" and _place_and_region(doc[first.i : tok.i]):
                # a long dash set close after the country: "GOMA, Congo—M23 rebels", not
                # "KENYA, Uganda and Tanzania—three neighbours—"
                return tok.i
            return None
    return None


def _short(first: Token) -> bool:
    """Is ``first`` a short word with its point before a name in capitals ("ST. LOUIS",
    "FT. WORTH"), which spaCy splits off the point."""
    doc = first.doc
    return (
        len(first) == 2
        and first.i + 2 < len(doc)
        and doc[first.i + 1].text == "."
        and doc[first.i + 2].is_upper
        and doc[first.i + 2].is_alpha
        and len(doc[first.i + 2]) > 2
    )


def _titled_dateline_end(doc: Doc, first: Token) -> int | None:
    """The index of the dash that ends a dateline of a place written in small letters
    opening a line ("Kyiv – Russian forces shelled", "Kharkiv, Ukraine - Russian forces
    ..."): names alone (a comma between them, an "of" inside one: "Goma, Democratic
    Republic of Congo -") before a dash set off by spaces, a capitalised word after it,
    and no other dash in the sentence (not "Jane Roe – the mayor's aide – said ...", a
    name set off in dashes); or names before the agency in
    brackets and its dash ("Berlin (dpa) –", "Khartoum, Sudan, Aug. 9 (Reuters) -"), where
    no other test is needed."""
    if not (first.is_title and (first.pos_ in ("PROPN", "ADJ") or first.ent_type_)):
        if not (first.is_title and _in_hyphened_name(first)):  # "Port-au-Prince"
            return None  # (before a dash a name may be read as an adjective: "Kyiv -")
    if first.i > 0 and "\n" not in doc[first.i - 1].text_with_ws:
        return None
    for tok in doc[first.i + 1 : first.i + _TITLED_DATELINE_WORDS + 1]:
        if tok.text == "(":
            return _agency_dash(doc, tok)
        if tok.text == "-" and _in_hyphened_name(tok):
            continue  # a hyphen inside a name: "Bissau, Guinea-Bissau (AFP) -"
        if tok.text == ":":
            return tok.i if _region_colon(doc, first, tok) else None
        if tok.text in _DASHES:
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            spaced = doc[tok.i - 1].whitespace_ and tok.whitespace_
            if not spaced or after is None or not after.text[:1].isupper():
                return None
            if any(t.text in _DASHES for t in doc[tok.i + 1 : tok.sent.end]):
                return None
            return tok.i
        if not (tok.text == "," or tok.like_num or _name_word(tok)):
            return None  # names, and the date: "Kyiv, March 3 -"
    return None


def _in_hyphened_name(tok: Token) -> bool:
    """Is ``tok`` a word or a hyphen of a name joined by hyphens with no spaces
    ("Guinea-Bissau", "Port-au-Prince")."""
    doc = tok.doc
    if tok.text == "-":
        return (
            0 < tok.i < len(doc) - 1
            and not tok.whitespace_
            and not doc[tok.i - 1].whitespace_
            and doc[tok.i - 1].is_alpha
            and doc[tok.i + 1].is_alpha
        )
    if not tok.is_alpha:
        return False
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = doc[tok.i - 1] if tok.i > 0 else None
    return (after is not None and not tok.whitespace_ and after.text == "-") or (
        before is not None and not before.whitespace_ and before.text == "-"
    )


def _name_word(tok: Token) -> bool:
    """A word of a place's name or of a date: "Kharkiv", "DR" (Congo), "Aug.", a word
    joined by hyphens ("Port-au-Prince"), the "of" between two names ("Republic of
    Congo")."""
    if tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper) or _in_hyphened_name(tok):
        return True
    doc = tok.doc
    return (
        tok.lower_ == "of"
        and 0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].pos_ == "PROPN"
        and doc[tok.i + 1].is_title
    )


def _region_colon(doc: Doc, first: Token, colon: Token) -> bool:
    """Does ``colon`` end a dateline of a place and its region ("Peshawar, Pakistan:
    Taliban fighters attacked"), before a capitalised word."""
    return (
        colon.i + 1 < len(doc)
        and doc[colon.i + 1].text[:1].isupper()
        and _place_and_region(doc[first.i : colon.i])
    )


def _place_and_region(words: Span) -> bool:
    """Are ``words`` a place and its region, a comma between them and no "and" (not a list
    of subjects: "Kenya, Uganda and Tanzania")."""
    return any(t.text == "," for t in words) and not any(t.pos_ == "CCONJ" for t in words)


_AGENCY_WORDS = 4  # the most words of an agency in brackets: "(Thomson Reuters Foundation)"
_AGENCY_ENDS = _DASHES | {":"}  # "(AFP) -", "(APP):"


def _agency_dash(doc: Doc, opening: Token) -> int | None:
    """The index of the dash or colon right after the agency in brackets that ``opening``
    opens ("(AFP) -", "(dpa)–", "(APP):"), before a capitalised word; else None."""
    for tok in doc[opening.i + 1 : opening.i + _AGENCY_WORDS + 2]:
        if tok.text == "):" and tok.i > opening.i + 1:  # (spaCy keeps "):" whole)
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            return tok.i if after is not None and after.text[:1].isupper() else None
        if tok.text == ")":
            dash = tok.i + 1
            if tok.i == opening.i + 1 or dash + 1 >= len(doc) or doc[dash].text not in _AGENCY_ENDS:
                return None
            return dash if doc[dash + 1].text[:1].isupper() else None
        if not tok.is_alpha:
            return None
    return None


@Language.component("tacitus_dateline_heads")
def dateline_heads(doc: Doc) -> Doc:
    """Re-read "BRUSSELS, Nov 18 (Reuters) - European Union ministers agreed": the parser
    hangs the dateline on the noun phrase after it ("Reuters" a modifier of "Union"), or
    the phrase on the dateline ("Egypt" an apposition of "Reuters"). Each dateline word
    hung outside the dateline hangs on the verb instead, and each word after the dateline
    hung on it takes the place in the tree of the dateline word it hung on ("PARIS
    (Reuters) - French President X hosted": X, not "PARIS", is the subject)."""
    for first in doc:
        end = _dateline_end(doc, first)
        if end is None:
            continue
        sent = doc[end].sent
        root = sent.root
        if root.i <= end:
            continue
        inside = range(first.i, end + 1)
        changes: dict[int, tuple[int, str]] = {}
        heirs: dict[int, int] = {}  # a dateline word -> the word after it taking its place
        for tok in doc[end + 1 : sent.end]:
            if tok.head.i not in inside:
                continue
            top = tok.head  # the dateline word hung outside it that ``tok`` hangs from
            while top.head.i in inside and top.head.i != top.i:
                top = top.head
            heir = heirs.get(top.i)
            if heir is not None and tok.dep_ in _HEIR_MODIFIERS:
                # "- M23 rebels, backed by Rwanda, attacked": the participle and its
                # commas, hung on the dateline, modify the phrase that took its place
                changes[tok.i] = (heir, tok.dep_)
                continue
            if top.head.i not in inside:
                if not tok.is_punct:
                    heirs.setdefault(top.i, tok.i)
                dep = top.dep_
                if tok.dep_ == "appos" and top.head.i == root.i and not _has_subject(root, inside):
                    dep = "nsubj"  # "CAIRO, Jan 9 (Reuters) - Egypt and Jordan condemned"
                subject = _joined_subject(tok, root, inside) if top.head.i == root.i else None
                if subject is not None:
                    # "JAKARTA (Reuters) - President X and Prime Minister Y met": X, hung
                    # on the dateline with its "and", is the subject's first conjunct
                    changes[tok.i] = (root.i, subject.dep_)
                    changes[subject.i] = (tok.i, "conj")
                    continue
                changes[tok.i] = (top.head.i, dep)
        for tok in doc[max(first.i, sent.start) : end + 1]:
            if tok.head.i not in inside:  # "PARIS" read as the subject of "hosted"
                changes[tok.i] = (root.i, "npadvmod")
        _rehang(doc, changes)
    return doc


_HEIR_MODIFIERS = frozenset({"punct", "acl", "relcl"})


def _joined_subject(tok: Token, verb: Token, dateline: range) -> Token | None:
    """The subject of ``verb`` whose words come right after the "and" of ``tok`` (a word
    after the dateline, hung on it as a conjunct or an apposition), or None."""
    if tok.dep_ not in ("conj", "appos"):
        return None
    cc = next((c for c in tok.children if c.dep_ == "cc" and c.i > tok.i), None)
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.i not in dateline
            and cc is not None
            and c.left_edge.i == cc.i + 1
        ),
        None,
    )


def _has_subject(verb: Token, dateline: range) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in dateline for c in verb.children)


@Language.component("tacitus_delayed_objects")
def delayed_objects(doc: Doc) -> Doc:
    """Re-read "launched, on Tuesday morning, a massive attack on the town": a noun phrase
    with an article right after an aside set off by commas after a verb with no object,
    read as an adverbial noun of the verb, is its object. A time is no object ("arrived,
    as planned, a day later")."""
    for noun in doc:
        verb = noun.head
        first = noun.left_edge
        if (
            noun.dep_ != "npadvmod"
            or noun.pos_ != "NOUN"
            or verb.pos_ != "VERB"
            or not verb.i + 1 < first.i
            or doc[verb.i + 1].text != ","
            or doc[first.i - 1].text != ","
            or first.dep_ != "det"
            or noun.ent_type_ in ("DATE", "TIME")
            or any(c.dep_ == "advmod" for c in noun.children)  # "a day later"
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
        ):
            continue
        noun.dep_ = "dobj"
    return doc


# participles of where a thing is: "a village located 15 km south of the city"
_POSITION_PARTICIPLES = frozenset({"located", "situated"})
# units of a distance, which such a participle may take as its object ("located nearly 15
# km to the south"), unlike a thing found ("located 15 bodies")
_DISTANCE_UNITS = frozenset(
    {"km", "kms", "kilometre", "kilometer", "mile", "metre", "meter", "yard", "foot", "feet"}
)


@Language.component("tacitus_position_participles")
def position_participles(doc: Doc) -> Doc:
    """Re-read "launched, on Tuesday, a massive attack on Khan Tuman village located 15 km
    south of the city": "located" or "situated" right after a noun, read as a past verb
    with no object but a distance, whose subject is the phrase that noun ends, is a
    participle on the noun, and the phrase is the object of the verb above, which has none
    ("police located the suspect" keeps its verb)."""
    for verb in doc[1:]:
        if verb.lower_ not in _POSITION_PARTICIPLES or verb.tag_ != "VBD":
            continue  # most words: the cheap test first
        before, above = doc[verb.i - 1], verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if (
            before.pos_ not in ("NOUN", "PROPN")
            or len(subjects) != 1
            or not subjects[0].i < before.i <= subjects[0].right_edge.i
            or any(
                c.dep_ == "dobj" and c.lemma_.lower() not in _DISTANCE_UNITS for c in verb.children
            )
            or above.i == verb.i
            or above.pos_ != "VERB"
            or above.i > subjects[0].i
            or any(c.dep_ in ("dobj", "ccomp") and c.i != verb.i for c in above.children)
        ):
            continue
        if _rehang(doc, {subjects[0].i: (above.i, "dobj"), verb.i: (before.i, "acl")}):
            verb.tag_ = "VBN"
            verb.morph = MorphAnalysis(verb.vocab, _PASSIVE)
    return doc


@Language.component("tacitus_plea_subjects")
def plea_subjects(doc: Doc) -> Doc:
    """Re-read "made an urgent plea to the African Union to mediate": a noun of asking
    after a verb, followed by the party asked and an infinitive, is the verb's object, not
    the subject of the infinitive; the infinitive is what is asked, hung on the verb as in
    "made a call to Russia to withdraw"."""
    for noun in doc:
        if noun.lower_ not in _PLEA_NOUNS or noun.dep_ != "nsubj":
            continue  # most words: the cheap test first
        wish = noun.head
        verb = wish.head
        if (
            wish.dep_ not in ("ccomp", "xcomp")
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in wish.children)
            or verb.pos_ != "VERB"
            or not verb.i < noun.i < wish.i
            or any(c.dep_ == "dobj" for c in verb.children)
            or not any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children)
        ):
            continue
        _rehang(doc, {noun.i: (verb.i, "dobj"), wish.i: (verb.i, "advcl")})
    return doc


@Language.component("tacitus_place_prepositions")
def place_prepositions(doc: Doc) -> Doc:
    """Re-read "protesters who rallied outside parliament": "outside" or "inside" right
    after a verb, read as an adjective on a bare noun made the verb's object, is the
    preposition of a place ("the outside world", "guarded the outside perimeter" keep it)."""
    for word in doc:
        if word.lower_ not in _PLACE_ADJECTIVES:
            continue  # most words: the cheap test first
        noun = word.head
        verb = noun.head
        if (
            word.dep_ == "amod"
            and noun.dep_ == "dobj"
            and verb.pos_ == "VERB"
            and word.i == verb.i + 1
            and noun.left_edge.i == word.i
        ):
            if _rehang(doc, {word.i: (verb.i, "prep"), noun.i: (word.i, "pobj")}):
                word.pos_, word.tag_ = "ADP", "IN"
    return doc


@Language.component("tacitus_fronted_objects")
def fronted_objects(doc: Doc) -> Doc:
    """Re-read "ECOWAS Commission President Jane Odili condemned the coup": English puts
    no object before the subject of its verb, so a name the parser hung on the verb as
    an object, standing right before the words of the verb's subject, is part of the
    subject's phrase (a compound of the word after it)."""
    for tok in doc:
        verb = tok.head
        if tok.dep_ not in ("dative", "dobj") or tok.pos_ != "PROPN" or tok.i + 1 >= verb.i:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not tok.i < subject.i < verb.i:
            continue
        if doc[tok.i + 1].left_edge.i == tok.i + 1 and tok.i + 1 >= subject.left_edge.i:
            _rehang(doc, {tok.i: (tok.i + 1, "compound")})
    return doc


@Language.component("tacitus_perfect_modifiers")
def perfect_modifiers(doc: Doc) -> Doc:
    """Re-read "said the RSF had murdered men and boys ... and targeted women": a
    participle with "had" and a subject of its own, which the parser took for an
    adjective of the noun after it ("murdered men") and that noun for the subject of the
    next verb, is the verb of its clause: the noun is its object, and the next verb is
    joined to it. So is a past verb with a subject of its own that the parser hangs on
    the sentence's root noun right after it ("Kenya on Monday renewed calls for talks":
    "renewed" is the verb, "calls" its object; a noun takes no subject)."""
    for verb in doc:
        noun = verb.head
        if (
            verb.dep_ == "amod"
            and verb.tag_ in ("VBD", "VBN")
            and noun.dep_ == "ROOT"
            and noun.pos_ == "NOUN"
            and noun.i == verb.i + 1
            and any(c.dep_ == "nsubj" for c in verb.children)
        ):
            changes = {verb.i: (verb.i, "ROOT"), noun.i: (verb.i, "dobj")}
            changes |= {c.i: (verb.i, "punct") for c in noun.children if c.dep_ == "punct"}
            if _rehang(doc, changes):
                verb.tag_ = "VBD"  # no participle: the tense of the sentence's verb
                verb.morph = MorphAnalysis(verb.vocab, {"Tense": "Past", "VerbForm": "Fin"})
            continue
        if verb.dep_ != "amod" or verb.tag_ != "VBN" or noun.dep_ not in ("nsubj", "dobj"):
            continue
        if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            continue
        if not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        other = noun.head
        if noun.dep_ == "dobj" and other.i < verb.i:
            # "said the RSF had murdered men": the object of the reporting verb
            _rehang(doc, {verb.i: (other.i, "ccomp"), noun.i: (verb.i, "dobj")})
        elif noun.dep_ == "nsubj" and other.dep_ != "ROOT" and other.i > verb.i:
            changes = {noun.i: (verb.i, "dobj"), other.i: (verb.i, "conj")}
            _rehang(doc, {verb.i: (other.head.i, other.dep_), **changes})
    return doc


@Language.component("tacitus_unhyphened_holders")
def unhyphened_holders(doc: Doc) -> Doc:
    """Re-read "targeting the Syrian Arab Army (SAA) controlled Industrial District": a
    participle of holding ground right after a name that is the object of a word, with no
    subject or auxiliary of its own and a name as its object, is "army-controlled" written
    without its hyphen. The parser reads it as a verb of the sentence; its object is the
    object of the word the holder's name hangs on, the participle an adjective on it and
    the holder the participle's modifier, as spaCy reads the hyphened form."""
    for tok in doc[1:-1]:
        if tok.lower_ not in _HOLDING_PARTICIPLES or tok.tag_ not in ("VBD", "VBN"):
            continue
        kids = list(tok.children)
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in kids):
            continue
        before = doc[tok.i - 1]
        holder = before.head if before.text == ")" else before  # "the Army (SAA) controlled"
        if not (
            holder.pos_ == "PROPN"
            and holder.dep_ in ("dobj", "pobj")
            and holder.head.i < holder.i
            and holder.i < tok.i
        ):
            continue
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if obj is None or obj.i != tok.i + 1 and obj.left_edge.i != tok.i + 1:
            continue  # "controlled Industrial District": the name right after it
        if not doc[tok.i + 1].is_title:
            continue
        changes = {
            obj.i: (holder.head.i, holder.dep_),
            tok.i: (obj.i, "amod"),
            holder.i: (tok.i, "npadvmod"),
        }
        for c in holder.children:  # "the" before the holder is the place's
            if c.dep_ == "det" and c.i < holder.i:
                changes[c.i] = (obj.i, "det")
        for c in kids:  # "controlled X at the bank of the river": where X is
            if c.dep_ == "prep":
                changes[c.i] = (obj.i, "prep")
        if _rehang(doc, changes):
            tok.tag_ = "VBN"
    return doc


@Language.factory("tacitus_counted_participles")
def counted_participles(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Re-read "39 people were killed, over 50 injured and 200 houses were burnt": an "-ed"
    word read as an adjective of a noun after it, yet with a number before it as its
    subject, is a participle whose subject that number is (an adjective has no subject):
    the toll of a clause with its verb left out, joined to the past verb before it."""
    lemmatizer = _lemmatizer(nlp)

    def repair(doc: Doc) -> Doc:
        for tok in doc[1:-1]:
            if not (_past_form(tok) and tok.dep_ == "amod" and tok.head.i > tok.i):
                continue
            if not any(c.dep_ == "nsubj" and c.like_num for c in tok.lefts):
                continue
            before = next(
                (
                    t
                    for t in reversed(doc[tok.sent.start : tok.i])
                    if t.pos_ == "VERB" and t.tag_ in ("VBN", "VBD")
                ),
                None,
            )
            if before is None:
                continue
            old = tok.pos_, tok.tag_, tok.lemma_, tok.morph
            if not _make_verb(tok, lemmatizer, "VBN"):
                continue
            if not _rehang(doc, {tok.i: (before.i, "conj")}):
                tok.pos_, tok.tag_, tok.lemma_, tok.morph = old
        return doc

    return repair


@Language.factory("tacitus_verbless_participles")
def verbless_participles(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Re-read "The Gulf state hosted talks", "The kingdom funded militias": a sentence
    with no verb, whose head is a plural noun with an "-ed" word before it that has a
    noun right before it (no hyphen between), is that noun doing the act, not a
    "state-hosted" kind of talks: the "-ed" word is the past verb, the noun before it its
    subject (with the words of its phrase hung on the head noun before it) and the head
    noun its object."""
    lemmatizer = _lemmatizer(nlp)

    def repair(doc: Doc) -> Doc:
        for sent in doc.sents:
            root = sent.root
            if root.tag_ != "NNS" or any(
                t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in sent
            ):
                continue
            verb = next(
                (
                    c
                    for c in root.lefts
                    if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD") and _past_form(c)
                ),
                None,
            )
            if verb is None or verb.i < sent.start + 1:
                continue
            subject = doc[verb.i - 1]
            if (
                subject.head.i != verb.i
                or subject.dep_ not in ("npadvmod", "nsubj")
                or subject.tag_ not in ("NN", "NNP")
                or subject.whitespace_ == ""
                # "the" opens the subject's phrase ("State owned firms" may be a headline's)
                or not any(c.dep_ == "det" and c.i < subject.i for c in root.children)
            ):
                continue
            changes = {
                verb.i: (verb.i, "ROOT"),
                subject.i: (verb.i, "nsubj"),
                root.i: (verb.i, "dobj"),
            }
            for c in root.children:  # "The Gulf": the subject's words
                if c.i < subject.i:
                    changes[c.i] = (subject.i, c.dep_)
            for c in root.children:  # the full stop
                if c.dep_ == "punct" and c.i > root.i:
                    changes[c.i] = (verb.i, "punct")
            if not _make_verb(verb, lemmatizer):
                continue
            _rehang(doc, changes)
        return doc

    return repair


# Verbs whose object is an act, never the people of a plural before them: "the raid
# police carried out" (with its particle), "the attack authorities blamed on the rebels"
# (with "on": "officials blamed for the attack" are people)
_ACT_OBJECT_VERBS = {
    "launch": None,
    "carry": "out",
    "conduct": None,
    "stage": None,
    "mount": None,
    "wage": None,
    "unleash": None,
    "blame": "on",
}


@Language.component("tacitus_gapped_relatives")
def gapped_relatives(doc: Doc) -> Doc:
    """Re-read "an attack authorities blamed on the rebels", "the raid police carried out":
    a singular noun after an article, read as the modifier of the plural after it, with a
    participle after that plural whose object can only be an act, is the head of its
    phrase; the plural is the subject of a relative clause on it without "that" (the
    clause's object is the noun)."""
    for verb in doc[3:]:
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
            continue
        people, act, det = doc[verb.i - 1], doc[verb.i - 2], doc[verb.i - 3]
        kids = list(verb.children)
        need = _ACT_OBJECT_VERBS.get(verb.lemma_.lower(), "")
        if not (
            verb.head.i == people.i
            and people.tag_ == "NNS"
            and act.tag_ == "NN"
            and act.is_lower
            and act.head.i == people.i
            and act.dep_ in ("compound", "amod")
            and det.dep_ == "det"
            and det.head.i == people.i
            and need != ""
            and (need is None or any(c.lower_ == need for c in kids if c.i > verb.i))
            and not any(c.dep_ in ("dobj", "nsubjpass", "agent", "auxpass") for c in kids)
            and not any(c.i < act.i - 1 for c in people.lefts)
        ):
            continue
        changes = {
            act.i: (people.head.i if people.head.i != people.i else act.i, people.dep_),
            det.i: (act.i, "det"),
            people.i: (verb.i, "nsubj"),
            verb.i: (act.i, "relcl"),
        }
        changes |= {c.i: (act.i, c.dep_) for c in people.children if c.i > verb.i}
        if _rehang(doc, changes):
            act.pos_ = "NOUN"
            verb.tag_ = "VBD"
    return doc


@Language.component("tacitus_opener_subjects")
def opener_subjects(doc: Doc) -> Doc:
    """Re-read "After taking the village, the army's 4th Division – backed by militias –
    entered the farms": a noun phrase after the comma that closes an opening phrase, read
    as an apposition of that phrase's last noun (with the aside after it), before a verb
    with no subject, is that verb's subject, and the aside is on it."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            continue
        if any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass")
            for c in root.children
        ):
            continue
        opener = next(
            (c for c in root.children if c.i == sent.start and c.dep_ in ("prep", "advcl")), None
        )
        if opener is None:
            continue
        subject = next(
            (
                t
                for t in doc[opener.i : root.i]
                if t.dep_ == "appos"
                and t.head.i < t.i
                and t.pos_ in ("NOUN", "PROPN")
                # a place named after its kind ("In the capital, Nairobi, police fired")
                and t.ent_type_ not in ("GPE", "LOC", "FAC")
                and not any(c.dep_ == "conj" for c in t.children)
                and t.left_edge.i > t.head.i + 1
                and doc[t.left_edge.i - 1].text == ","
                and opener.left_edge.i <= t.head.i <= opener.right_edge.i
            ),
            None,
        )
        if subject is None:
            continue
        start = subject.left_edge.i
        changes = {subject.i: (root.i, "nsubj")}
        for t in doc[subject.i + 1 : root.i]:
            if not start <= t.head.i < root.i:  # the aside hung on the opener's words
                changes[t.i] = (subject.i, t.dep_)
        _rehang(doc, changes)
    return doc


@Language.component("tacitus_adjective_subjects")
def adjective_subjects(doc: Doc) -> Doc:
    """Re-read "Sudan's paramilitary Rapid Support Forces declared a truce": an adjective
    read as a subject, right before the phrase of a name that is a subject of the same
    verb, is an adjective of that name, and what hung on it (the owner) hangs on the name."""
    for tok in doc[:-1]:
        if tok.dep_ != "nsubj" or tok.pos_ != "ADJ":
            continue
        name = next(
            (
                c
                for c in tok.head.children
                if c.dep_ == "nsubj"
                and c.i > tok.i
                and c.pos_ == "PROPN"
                and c.left_edge.i == tok.i + 1
            ),
            None,
        )
        if name is None:
            continue
        changes = {tok.i: (name.i, "amod")}
        for c in tok.children:
            changes[c.i] = (name.i, c.dep_)
        _rehang(doc, changes)
    return doc


@Language.component("tacitus_subject_verbs")
def subject_verbs(doc: Doc) -> Doc:
    """Re-tag "Reports that jets bombed the port could not be confirmed": a word tagged as a
    verb in the third person ("-s") that the parser made a subject, with no subject or
    auxiliary of its own, is a plural noun (a verb is no subject)."""
    for tok in doc:
        if (
            tok.tag_ == "VBZ"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.i != tok.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
        ):
            tok.pos_, tok.tag_ = "NOUN", "NNS"
            tok.morph = MorphAnalysis(tok.vocab, {"Number": "Plur"})
    return doc


@Language.component("tacitus_paired_names")
def paired_names(doc: Doc) -> Doc:
    """Re-read "Laos, Vietnam agree to boost rail links", a headline's comma for "and": two
    names opening the sentence, apart only by a comma, the second the subject of the verb
    right after it, are coordinated subjects; the parser hangs the first on the verb as an
    adverbial noun or a loose word."""
    for sent in doc.sents:
        first = _entity(sent[0])
        if first is None or first.start != sent.start or first.end + 1 >= sent.end:
            continue
        if doc[first.end].text != ",":
            continue
        second = _entity(doc[first.end + 1])
        if second is None or second.start != first.end + 1:
            continue
        one, two = first.root, second.root
        verb = two.head
        if (
            two.dep_ != "nsubj"
            or verb.pos_ not in ("VERB", "AUX")
            or verb.i != second.end
            or one.dep_ not in ("npadvmod", "dep", "appos", "nsubj")
            or one.head.i not in (verb.i, two.i)
        ):
            continue
        _rehang(
            doc, {one.i: (verb.i, "nsubj"), first.end: (one.i, "punct"), two.i: (one.i, "conj")}
        )
    return doc


# things two sides trade in hostility, which no noun "trade" or "exchange" names a kind of:
# "Rwanda and Burundi trade blame", "X, Y exchange fire" (not "trade talks", "trade threats")
_HOSTILE_EXCHANGES = frozenset(
    {
        "blame",
        "accusation",
        "allegation",
        "barb",
        "insult",
        "jibe",
        "gibe",
        "recrimination",
        "fire",
        "gunfire",
        "blow",
        "salvo",
    }
)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@Language.factory("tacitus_traded_charges")
def traded_charges(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Re-read "Rwanda and Burundi trade blame over fighting", "Armenia, Azerbaijan trade
    accusations", a headline with no finite verb where "trade" or "exchange" was read as a
    noun modifying what is traded in hostility: it is the present verb, the names before it
    its coordinated subjects (a headline's comma for "and") and the noun its object."""
    lemmatizer = _lemmatizer(nlp)

    def repair(doc: Doc) -> Doc:
        for sent in doc.sents:
            if any(t.tag_ in _FINITE_TAGS for t in sent):
                continue
            verb = next(
                (
                    t
                    for t in sent[1:]
                    if t.lower_ in ("trade", "exchange")
                    and t.dep_ == "compound"
                    and t.head.i == t.i + 1
                    and t.head.lemma_.lower() in _HOSTILE_EXCHANGES
                ),
                None,
            )
            if verb is None:
                continue
            left = range(sent.start, verb.i)
            tops = [t for t in sent[: verb.i - sent.start] if t.head.i not in left or t.head == t]
            if not tops or not all(_entity(t) is not None for t in tops) or len(tops) > 2:
                continue
            obj, root = verb.head, sent.root
            changes = {verb.i: (verb.i, "ROOT"), obj.i: (verb.i, "dobj")}
            changes[tops[0].i] = (verb.i, "nsubj")
            if len(tops) == 2:
                comma = doc[tops[1].i - 1] if tops[1].i - 1 > tops[0].i else None
                changes[tops[1].i] = (tops[0].i, "conj")
                if comma is not None and comma.text == "," and comma.head.i not in changes:
                    changes[comma.i] = (tops[0].i, "punct")
            if root.i not in changes:
                changes[root.i] = (verb.i, "dep")
            old = verb.pos_, verb.tag_, verb.lemma_
            verb.pos_, verb.tag_ = "VERB", "VBP"
            verb.morph = MorphAnalysis(verb.vocab, {"Tense": "Pres", "VerbForm": "Fin"})
            lemmas = lemmatizer.rule_lemmatize(verb) if lemmatizer is not None else []
            verb.lemma_ = lemmas[0] if lemmas else verb.lower_
            if not _rehang(doc, changes):
                verb.pos_, verb.tag_, verb.lemma_ = old
        return doc

    return repair


@Language.factory("tacitus_article_plurals")
def article_plurals(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Re-read "A teachers strike paralysed schools", "a doctors strike in Kenya entered its
    third week": "a" is no article of a plural, so a plural noun right after "a", read as
    the subject of the present verb right after it, is the modifier of that word, which is
    a noun (one the lemmatizer's word lists hold: "strike", "protest", "march"). Where the
    parser hung the clause's past verb on the object as an adjective ("paralysed schools"),
    that word is the verb: it takes the noun's place, the noun as its subject, the object
    and the rest of the clause."""
    lemmatizer = _lemmatizer(nlp)
    index = lemmatizer.lookups.get_table("lemma_index", {}) if lemmatizer is not None else {}
    nouns: set[str] = set(index.get("noun", []))

    def repair(doc: Doc) -> Doc:
        for plural in doc[1:-2]:
            article, word = doc[plural.i - 1], doc[plural.i + 1]
            if (
                article.lower_ not in ("a", "an")
                or article.head.i != plural.i
                or plural.tag_ != "NNS"
                or plural.dep_ != "nsubj"
                or plural.head.i != word.i
                or word.tag_ != "VBP"
                or word.lower_ not in nouns
            ):
                continue
            changes = {article.i: (word.i, "det"), plural.i: (word.i, "compound")}
            verb = doc[word.i + 1]
            if word.dep_ not in ("nsubj", "nsubjpass"):  # "a teachers strike paralysed schools"
                obj = verb.head
                if (
                    verb.dep_ not in ("amod", "compound")
                    or obj.dep_ != "dobj"
                    or obj.head.i != word.i
                    or not (verb.tag_ in ("VBD", "VBN") or _past_form(verb))
                ):
                    continue
                head = verb.i if word.head.i == word.i else word.head.i
                changes |= {verb.i: (head, word.dep_), word.i: (verb.i, "nsubj")}
                for c in word.children:
                    if c.i not in changes:
                        changes[c.i] = (verb.i, c.dep_)
                if verb.pos_ == "VERB":
                    verb.tag_ = "VBD"
                    verb.morph = MorphAnalysis(verb.vocab, {"Tense": "Past", "VerbForm": "Fin"})
                elif not _make_verb(verb, lemmatizer):
                    continue
            if _rehang(doc, changes):
                word.pos_, word.tag_ = "NOUN", "NN"
                word.morph = MorphAnalysis(word.vocab, {"Number": "Sing"})
        return doc

    return repair


@Language.factory("tacitus_opening_plurals")
def opening_plurals(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Re-tag a plural common noun opening a sentence that the tagger took for a name
    ("Wildfires burned 10,000 hectares", "Critics attacked the film", "Locusts destroyed
    crops"): a word with no entity tag but a person's whose singular is a common English
    noun (one the lemmatizer's word lists hold), written capitalised nowhere else in the
    text but at a sentence start, is that noun in the plural, with its lemma. Peoples and
    places ("Americans", "Shiites") keep their tags."""
    lemmatizer = _lemmatizer(nlp)
    index = lemmatizer.lookups.get_table("lemma_index", {}) if lemmatizer is not None else {}
    nouns: set[str] = set(index.get("noun", []))

    def repair(doc: Doc) -> Doc:
        opening = [
            t
            for t in doc
            if t.is_sent_start
            and (t.tag_ in ("NNP", "NNPS") or t.ent_type_ == "PERSON")
            and t.ent_type_ in ("", "PERSON")
            and t.is_title
            and t.is_alpha
            and t.lower_.endswith("s")
            # "News", "Series": a word of its own; but one tagged a plural name with no
            # entity whose singular is a noun too ("Talks between X and Y collapsed",
            # "Hostilities resumed") is that plural
            and (t.lower_ not in nouns or (t.tag_ == "NNPS" and not t.ent_type_))
        ]
        if not opening or lemmatizer is None:
            return doc
        named = {t.lower_ for t in doc if t.text[:1].isupper() and not t.is_sent_start}
        retagged: set[int] = set()
        for tok in opening:
            if tok.lower_ in named:
                continue
            if tok.tag_ == "NNS" and tok.lemma_ in nouns:
                retagged.add(tok.i)  # the noun, taken for a person all the same
                continue
            old = tok.pos_, tok.tag_, tok.lemma_, tok.morph
            tok.pos_, tok.tag_ = "NOUN", "NNS"
            tok.morph = MorphAnalysis(tok.vocab, {"Number": "Plur"})
            lemmas = lemmatizer.rule_lemmatize(tok)
            if not lemmas or lemmas[0] == tok.lower_ or lemmas[0] not in nouns:
                tok.pos_, tok.tag_, tok.lemma_, tok.morph = old
                continue
            tok.lemma_ = lemmas[0]
            retagged.add(tok.i)
        if retagged:
            doc.ents = [e for e in doc.ents if not (len(e) == 1 and e.start in retagged)]
        return doc

    return repair


@Language.factory("tacitus_common_word_names")
def common_word_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Undo a person tag on one word opening a sentence ("Gunfire was heard near the
    palace") when the word is a common English word (one the lemmatizer's word lists hold)
    and the text writes it capitalised nowhere else but at a sentence start, nor as the
    last word of a longer name: capitals there tell nothing. A surname alone ("Vieira
    said") is no common word; "Rice said" after "Condoleezza Rice" ends a name."""
    lemmatizer = _lemmatizer(nlp)
    index = lemmatizer.lookups.get_table("lemma_index", {}) if lemmatizer is not None else {}
    words: set[str] = {w for pos in ("noun", "verb", "adj") for w in index.get(pos, [])}

    def repair(doc: Doc) -> Doc:
        lone = [
            e
            for e in doc.ents
            if e.label_ == "PERSON" and len(e) == 1 and e[0].is_sent_start and e[0].lower_ in words
        ]
        if not lone:
            return doc
        named = {t.lower_ for t in doc if t.text[:1].isupper() and not t.is_sent_start} | {
            e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
        }
        drop = {e.start for e in lone if e[0].lower_ not in named}
        if drop:
            doc.ents = [e for e in doc.ents if e.start not in drop or len(e) > 1]
        return doc

    return repair


# where a lone surname stands for its person: a subject, an object, an owner, an apposition
_NOUN_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj"})


@Language.component("tacitus_surname_words")
def surname_words(doc: Doc) -> Doc:
    """Re-read "Maria Lopez arrived on Monday. ... Lopez later met Canadian officials": a
    capitalised word the tagger took for an adjective or a common noun ("Lopez" opening a
    sentence), in no named entity and standing as a noun phrase, is a proper noun and a
    person when a person's name of two words or more, named before it, ends in that word."""
    surnames: dict[str, int] = {}  # a surname -> where its full name ends
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title:
            surnames.setdefault(ent[-1].text, ent.end)
    if not surnames:
        return doc
    found = [
        t
        for t in doc
        if t.pos_ in ("ADJ", "NOUN")
        and t.is_title
        and not t.ent_type_
        and t.dep_ in _NOUN_PHRASE_DEPS
        and surnames.get(t.text, len(doc)) <= t.i
    ]
    for tok in found:
        tok.tag_, tok.pos_ = "NNP", "PROPN"
    if found:
        doc.ents = filter_spans([*doc.ents, *(Span(doc, t.i, t.i + 1, "PERSON") for t in found)])
    return doc


# what the parser may make of a noun owned by a verb's object: the verb's second complement
_SECOND_COMPLEMENTS = frozenset({"oprd", "xcomp", "ccomp", "dobj"})


@Language.component("tacitus_owned_objects")
def owned_objects(doc: Doc) -> Doc:
    """Re-read "Kenya called Uganda's move a provocation": the owner before a possessive
    "'s", made the verb's object, with the noun after it made a second complement of the
    verb, owns that noun, which is the object; the noun phrase the parser hung on the
    owned noun is the verb's predicate ("called the move a provocation")."""
    for case in doc:
        if case.tag_ != "POS" or case.dep_ != "case" or case.i + 1 >= len(doc):
            continue
        owner, noun = case.head, doc[case.i + 1]
        verb = owner.head
        if (
            owner.dep_ != "dobj"
            or verb.pos_ != "VERB"
            or noun.pos_ != "NOUN"
            or noun.head.i != verb.i
            or noun.dep_ not in _SECOND_COMPLEMENTS
            or noun.i == owner.i
        ):
            continue
        changes = {owner.i: (noun.i, "poss"), noun.i: (verb.i, "dobj")}
        changes |= {
            c.i: (verb.i, "oprd")
            for c in noun.children
            if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN") and c.i > noun.i
        }
        _rehang(doc, changes)
    return doc


@Language.component("tacitus_titled_objects")
def titled_objects(doc: Doc) -> Doc:
    """Re-read "police arrested opposition leader Tundu Lissu after a rally": a person's
    name right after the role noun the parser made the verb's object (or subject), hung on
    the verb as a loose noun or on the role noun as a clause ("arrested opposition leader
    Tundu Lissu on Monday"), is the head of that phrase, the role noun its modifier, as in
    "arrested opposition leader Kizza Besigye"."""
    for ent in doc.ents:
        root = ent.root
        if ent.label_ != "PERSON" or ent.start == 0:
            continue
        role = doc[ent.start - 1]
        loose = root.dep_ in ("npadvmod", "dep") and root.head.i == role.head.i
        clause = root.dep_ in ("relcl", "dep", "npadvmod") and root.head.i == role.i
        if not (
            (loose or clause)
            and role.pos_ == "NOUN"
            and role.is_lower
            and role.dep_ in ("dobj", "nsubj", "nsubjpass")
            and role.head.pos_ in ("VERB", "AUX")
            and role.head.i != role.i
            and not any(c.i > role.i and c.i != root.i for c in role.children)
        ):
            continue
        _rehang(doc, {root.i: (role.head.i, role.dep_), role.i: (root.i, "compound")})
    return doc
