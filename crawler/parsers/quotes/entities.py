"""The people and organisations an article names, and each written name of them.

A `Mention` is one name as written ("Levitt", "Rear Admiral Daniel Hagari"); an `Entity` is who
the mentions refer to once `mentions.Registry` has linked them, with the fullest name, the role
and what the article tells of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Entity:
    """A person or organisation the article names."""

    name: str
    """The fullest name the article gives (titles left out)."""
    tokens: tuple[str, ...]
    """Lower-cased words of the fullest name."""
    person: bool
    """True for a person, False for an organisation, a country or a place."""
    roles: set[str] = field(default_factory=set)
    """Lower-cased role and title words ("governor", "researcher", "ambassador")."""
    role: str | None = None
    """The role in the article's words (first apposition or title), for Quote.role."""
    age: str | None = None
    """Age from an apposition ("Sinwar, 61,")."""
    gender: str | None = None
    """"m" or "f" when the article makes it clear, "they" for one who uses they/them pronouns, else None."""
    votes: dict[str, int] = field(default_factory=dict)
    """Pronoun votes for the gender."""
    organisation: bool = False
    """A mention holds an organisation word ("Ministry", "Party", "Institute")."""
    evidence: int = 0
    """How often the article treats it as a person (title, age, role, surname reuse, "X said")."""
    spurious: bool = False
    """A word capitalised only because it opens a sentence, never a name."""
    maybe_person: bool = False
    """A name of two or more words that is neither an organisation nor a place."""
    place: bool = False
    """A relative clause of place follows a mention ("Khan Younis, where he met families")."""
    animal: bool = False
    """An apposition calls it an animal ("Clonfert Rose, the mare who …"): no speaker."""
    numbered: bool = False
    """A number follows a mention ("Chelsea 2-0", "Article 40"): a team or a thing unless the
    article gives it an age, or a gender to a name of two words ("beat Ana Ferreira 4-6 …")."""
    neuter: int = 0
    """How often "its" follows its verb ("Stellantis cut its forecast"): said of no person."""
    handle: bool = False
    """Named only by an online handle ("acebush1"): referred to as "they", gender unknown."""
    aliases: set[str] = field(default_factory=set)
    """Acronyms the article gives for it in brackets ("(IDF)"), lower-cased."""
    last: int = -1
    """Document offset of its latest mention so far (linking prefers the nearest entity)."""
    surname_inferred: bool = False
    """Its surname is a relative's the article did not write for it ("His father, Patrick," is
    Patrick McHugh): the surname alone names the one it was written for first."""
    relative_of_namesake: str = ""
    """The relation ("nephew", "father") it was introduced in full by, as a relative of someone
    named before with the same surname ("his nephew Shane Dolan", "her husband, Jory Hosken"):
    the surname alone names that other one, and "the elder" the father."""
    short_names: set[tuple[str, ...]] = field(default_factory=set)
    """The shorter names the article has called it by ("Pryce" for Gethin Pryce), which a
    namesake named since ("Dai Pryce") does not take over."""

    called_by_surname: bool = False
    """The article names it by its surname alone at least once ("the older McHugh")."""

    @property
    def written_name(self) -> str:
        """The fullest name the article gives it: without a surname inferred from a relative
        that the article never calls it by ("Cathal's wife, Róisín," is Róisín, though
        "O'Driscoll" links her; "His father, Patrick," whom it calls "the older McHugh", is
        Patrick McHugh)."""
        return self.name.rsplit(" ", 1)[0] if self.surname_inferred and not self.called_by_surname else self.name


@dataclass
class Mention:
    """One written name."""

    start: int
    """Document offset of the name (titles excluded)."""
    end: int
    """Document offset just after it (possessive 's excluded)."""
    text: str
    """The name as written, titles left out."""
    possessive: bool
    """Followed by 's / ’ ("Kelce's mom")."""
    after_preposition: bool
    """Right after a preposition ("in Las Vegas", "to Omar")."""
    subject: bool
    """In a position where it can be a sentence's subject (start, after a comma or conjunction)."""
    initial: bool = False
    """Opens its sentence (so its capital letter proves nothing)."""
    speaks: bool = False
    """A speech verb follows it ("Reuters reported")."""
    in_phrase: bool = False
    """Inside a prepositional phrase after its article ("at the White House")."""
    cited: bool = False
    """Named as a source: after "according to", "noted by" or an inverted said-clause ("says X")."""
    described: bool = False
    """An apposition or a relative clause follows it ("Shell, the oil major,", "Tesco, which")."""
    numbered: bool = False
    """A number follows it ("Article 40", "Chelsea 2-0"): a thing or a team, not a person."""
    surname_only: bool = False
    """A title word that names someone only if the article has a person of that surname ("King")."""
    owns_role: bool = False
    """A job and another name follow it ("Chelsea manager Enzo Maresca"): an organisation giving
    its person, who is the one acting or speaking."""
    determined: bool = False
    """Right after "the" ("for the Dalkey Literary Award", "its novel, The Quiet Crossing,"): the
    name of a thing, a work or an event, which no person is called by."""
    entity: Entity | None = None
    """The entity it refers to, once linked."""
    tokens: tuple[str, ...] = ()
    """Lower-cased words of the name (initials left out when other words remain)."""

    def __post_init__(self) -> None:
        words = tuple(t.lower().rstrip(".,") for t in self.text.split())  # (a ministry's list of remits has commas)
        self.tokens = tuple(w for w in words if len(w) > 1) or words
