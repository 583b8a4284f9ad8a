"""Word lists for quote attribution: speech verbs, titles, function words, organisation nouns,
and the shapes of words (a verb's or a job's ending, a possessive, a word's lower-cased key).

General English only; nothing here names an outlet, a person or a page.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

_WORD_CACHE = 4096
"""Words whose key and role-noun verdict are kept: the tests of a name's words ask them of the same
few words over and over (a name's each mention, "The", "Mr"), tens of thousands of times a page set."""

_SPEECH_STEMS = """
say:says:said:saying tell:tells:told:telling confide:confides:confided:confiding add:adds:added:adding note:notes:noted:noting
state:states:stated:stating explain:explains:explained:explaining argue:argues:argued:arguing
claim:claims:claimed:claiming warn:warns:warned:warning urge:urges:urged:urging
describe:describes:described:describing call:calls:called:calling
characterize:characterizes:characterized:characterizing characterise:characterises:characterised:characterising
label:labels:labeled:labelled:labeling:labelling accuse:accuses:accused:accusing deny:denies:denied:denying
insist:insists:insisted:insisting suggest:suggests:suggested:suggesting write:writes:wrote:writing:written
report:reports:reported:reporting announce:announces:announced:announcing confirm:confirms:confirmed:confirming
acknowledge:acknowledges:acknowledged:acknowledging admit:admits:admitted:admitting
assure:assures:assured:assuring promise:promises:promised:promising vow:vows:vowed:vowing
pledge:pledges:pledged:pledging praise:praises:praised:praising criticize:criticizes:criticized:criticizing
criticise:criticises:criticised:criticising denounce:denounces:denounced:denouncing
condemn:condemns:condemned:condemning slam:slams:slammed:slamming reply:replies:replied:replying
respond:responds:responded:responding ask:asks:asked:asking comment:comments:commented:commenting
recall:recalls:recalled:recalling suspect:suspects:suspected:suspecting
believe:believes:believed:believing hope:hopes:hoped:hoping stress:stresses:stressed:stressing
emphasize:emphasizes:emphasized:emphasizing emphasise:emphasises:emphasised:emphasising
observe:observes:observed:observing remark:remarks:remarked:remarking declare:declares:declared:declaring
maintain:maintains:maintained:maintaining contend:contends:contended:contending submit:submits:submitted:submitting
concede:concedes:conceded:conceding complain:complains:complained:complaining
lament:laments:lamented:lamenting tweet:tweets:tweeted:tweeting post:posts:posted:posting
share:shares:shared:sharing caption:captions:captioned:captioning joke:jokes:joked:joking quip:quips:quipped:quipping
exclaim:exclaims:exclaimed:exclaiming shout:shouts:shouted:shouting chant:chants:chanted:chanting
sing:sings:sang:singing detail:details:detailed:detailing reveal:reveals:revealed:revealing
assert:asserts:asserted:asserting allege:alleges:alleged:alleging caution:cautions:cautioned:cautioning
advise:advises:advised:advising recommend:recommends:recommended:recommending demand:demands:demanded:demanding
reiterate:reiterates:reiterated:reiterating highlight:highlights:highlighted:highlighting
mention:mentions:mentioned:mentioning testify:testifies:testified:testifying instruct:instructs:instructed:instructing
encourage:encourages:encouraged:encouraging dismiss:dismisses:dismissed:dismissing
agree:agrees:agreed:agreeing continue:continues:continued:continuing conclude:concludes:concluded:concluding
thinks:thought expect:expects:expected:expecting feel:feels:felt:feeling
point:points:pointed:pointing recap:recaps:recapped:recapping boast:boasts:boasted:boasting
tout:touts:touted:touting affirm:affirms:affirmed:affirming underline:underlines:underlined:underlining
concur:concurs:concurred:concurring wonder:wonders:wondered:wondering question:questions:questioned:questioning
inform:informs:informed:informing request:requests:requested:requesting answer:answers:answered:answering profess:professes:professed:professing
expound:expounds:expounded:expounding rule:rules:ruled:ruling speak:speaks:spoke:speaking whisper:whispers:whispered:whispering
remember:remembers:remembered recount:recounts:recounted summarize:summarizes:summarized
summarise:summarises:summarised muse:muses:mused retort:retorts:retorted snap:snaps:snapped
interject:interjects:interjected yell:yells:yelled scream:screams:screamed plead:pleads:pleaded
laugh:laughs:laughed read:reads hail:hails:hailed:hailing repeat:repeats:repeated:repeating
disclose:discloses:disclosed:disclosing decry:decries:decried:decrying bemoan:bemoans:bemoaned:bemoaning
mutter:mutters:muttered murmur:murmurs:murmured mumble:mumbles:mumbled grumble:grumbles:grumbled sigh:sighs:sighed
remind:reminds:reminded:reminding opine:opines:opined:opining aver:avers:averred:averring
counters:countered pressed
"""
SPEECH_VERBS = frozenset(w for group in _SPEECH_STEMS.split() for w in group.split(":"))
"""Inflected verbs of saying (and of stating a view) that open or close a said-clause."""

PAST_SPEECH_VERBS = frozenset(w for group in _SPEECH_STEMS.split() for w in group.split(":")[1:]
                              if not w.endswith(("ing", "s")))
"""Their past forms ("said", "told", "warned"): not the base form a surname may share ("Post",
"Rule"), nor the present one that ends a name ("United States", "Notes")."""

def finite_forms(*stems: str) -> frozenset[str]:
    """The base, present and past forms of the speech verbs `stems` ("tell": tell, tells, told)."""
    return frozenset(w for group in _SPEECH_STEMS.split() if group.split(":")[0] in stems
                     for w in group.split(":") if not w.endswith("ing"))


BASE_SPEECH_VERBS = frozenset(group.split(":")[0] for group in _SPEECH_STEMS.split()
                              if len(group.split(":")) > 2)
"""Their base forms ("call", "note", "report"), from the stems listed with a present and a past
form (not "read:reads", whose past is its base form)."""

IRREGULAR_PAST = frozenset("""
sat stood held took went came gave made kept left ran felt knew saw met wore brought began grew fell
rose lay sang drove won lost paid sold bought found fought hid led read sent spent struck threw woke
""".split())
"""Common verbs whose past has no -ed ("Her husband sat beside her"), read as a subject's verb."""

COGNITION_VERBS = frozenset(
    "think thinks thought believe believes believed hope hopes hoped expect expects expected "
    "feel feels felt suspect suspects suspected wonder wonders wondered continue continues "
    "continued agree agrees agreed question questions questioned".split())
"""Verbs that report a view; they attribute only a fragment in the same sentence, never a quote
that stands on its own."""

TITLES = frozenset("""
mr mrs ms miss mx madam aunty auntie dr prof professor sir dame lord lady baroness baron hon rev fr father rabbi imam sheikh
pope king queen prince princess emir president vice prime minister secretary chancellor premier
mayor governor gov senator sen representative rep congressman congresswoman mp mep judge justice
chief general gen colonel col major maj captain capt lieutenant lt commander cmdr admiral adm
rear sergeant sgt coach speaker ambassador commissioner superintendent sheriff detective officer
chairman chairwoman chair ceo cfo coo cto director editor dean pastor bishop cardinal archbishop
foreign defence defense finance interior health state deputy acting former late leader
attorney administrator executive editor founder inspector marshal councilman councilwoman
councillor councilor alderman trustee provost registrar clerk assemblyman assemblywoman chairperson
pm adv supervisor cllr cr councilmember assemblymember alderwoman selectman selectwoman comptroller treasurer magistrate delegate
det insp supt pc pcso dci dsi constable justices
undersecretary engr atty alhaji alhaja hajiya haji hajji hajia ustaz ustadh maulana mufti malam mallam mzee sp dsp asp csp acp dcp aig igp mca advocate member prosecutor
mla mlc msp td mpp mha mna mpa
cpl corporal pte cst const comrade brigadier ensign commodore
counsel ag dpp barrister engineer cp
taoiseach tánaiste tanaiste
oba baale ooni alaafin sultan maharaja nawab ratu datuk datin seri ald mec barr arc
archdeacon deacon monsignor vicar chaplain abbot
principal headteacher headmaster headmistress coroner ombudsman trooper
""".split())
"""Words that stand before a name as a title or office ("Gov.", "Rear Admiral", "Prime Minister"),
traditional rulers' and chiefly titles too ("the Baale, Chief X", "Ratu X"), Malaysian ones
("Datuk Seri X"), Nigerian professionals' ("Barr. X", a barrister; "Arc. X", an architect), and the
offices of a school or a court a news story names its holder by ("Principal X", "Coroner X")."""

TWO_WORD_HONOURS = frozenset({("tan", "sri"), ("puan", "sri"), ("toh", "puan")})
"""Malaysian honours of two words, each of which alone is a name's word ("Tan" a surname, "Sri" a
given name): titles only as the pair ("Tan Sri Kenneth Yap Chee Meng")."""

POST_NOMINALS = frozenset("mbe obe cbe kbe dbe gbe bem kc qc sc bl frs jp mp mep msp mla mlc mpp td".split())
"""Honours, degrees and offices written after a name in capitals ("Afrasiab Anwar MBE", "Jane Roe
QC", "Jess Phillips MP"): no word of the name."""

TITLES_BEFORE_NAMES = frozenset("canon pa mama nana sister brother".split())
"""Titles that are names or words of their own too ("Canon", a cleric's and a camera maker's; "Pa" and
"Mama", the respect West and East African English gives elders; "Nana", an Akan chief's or elder's;
"Sister" and "Brother", a nun's or a nurse's and a religious brother's, and relations too):
a title only before a person's name ("Canon Julian Aske", "Pa Samuel Adeyemi", "Mama Grace Achieng",
"Nana Kweku Essandoh", "Sister Mercy Thomas")."""

REMIT_WORDS = frozenset("foreign defence defense finance interior health state".split())
"""Title words that name an office's remit ("Health Secretary"), not a person: a name they end
is a body's ("SA Health", "NSW Health")."""

OFFICE_REMITS = REMIT_WORDS | frozenset("""
domestic trade industry commerce agriculture fisheries food education culture arts science transport
energy environment justice labour labor housing tourism sport sports youth women water mines mining
communications information technology works planning development welfare security immigration
infrastructure home local rural urban economic economy cooperatives investment innovation heritage
""".split())
"""Words of the remits an office joins with "and" before its title ("Domestic Trade and Cost of Living
Minister", "Culture and Tourism Ministry")."""

ABBREVIATED_TITLES = frozenset(
    "mr mrs ms dr prof sr jr st ste gov sen rep gen lt col capt sgt cpl pte cst const adm cmdr maj det insp supt rev fr ald barr "
    "arc cr".split())
"""Titles and name parts written short with a full stop ("Sgt.", "Cpl.", "Jr."): the stop ends
no sentence, and the word belongs to the name it stands in."""
COMPANY_ABBREVIATIONS = frozenset("inc co corp ltd".split())
"""A company's legal form written short ("Acme Corp."), part of its name."""

HONORIFICS = frozenset("mr mrs ms miss mx madam aunty auntie sir dame lord lady baroness baron hon alhaji alhaja hajiya haji hajji hajia ustaz ustadh "
                       "maulana mufti malam mallam mzee pa mama nana".split())
"""Titles of address: not a role on their own."""

TITLE_EXPANSIONS = {"gov": "governor", "sen": "senator", "rep": "representative", "dr": "doctor",
                    "prof": "professor", "gen": "general", "col": "colonel", "capt": "captain",
                    "lt": "lieutenant", "adm": "admiral", "sgt": "sergeant", "pm": "prime minister",
                    "det": "detective", "insp": "inspector", "supt": "superintendent", "pc": "constable",
                    "cmdr": "commander", "maj": "major", "rev": "reverend", "cllr": "councillor",
                    "engr": "engineer", "cr": "councillor", "barr": "barrister", "arc": "architect", "atty": "attorney", "cpl": "corporal",
                    "cst": "constable", "const": "constable", "ald": "alderman"}
"""Abbreviated titles and the word a later description uses for them."""
SPELT_OUT_TITLES = {"ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer"}
"""Titles written as initials and their words, which a description may use ("its chief executive" for "CEO X")."""

_SILK = ("kc", "qc", "sc", "bl")
ROLE_SYNONYMS = {"skipper": ("captain",), "captain": ("skipper",), "keeper": ("goalkeeper",), "goalie": ("goalkeeper",),
                 "goalkeeper": ("keeper",), "gaffer": ("manager",), "barrister": _SILK, "counsel": _SILK,
                 "judge": ("justice",)}
"""Role words copy uses for one another ("the skipper" for the team's captain, "the gaffer" for its
manager, "the barrister" for "Hamish Lockhart KC", "the judge" for "Justice Adebisi Ogunleye"), which a
description may use for the role the article gave."""


def with_synonyms(words: list[str]) -> set[str]:
    """`words` and the role words that mean the same."""
    return set(words) | {synonym for w in words for synonym in ROLE_SYNONYMS.get(w, ())}


MALE_CUES = frozenset("mr mzee sir lord king prince father dad husband son brother man boy spokesman "
                      "congressman chairman grandfather uncle nephew".split())
FEMALE_CUES = frozenset("mrs ms miss madam aunty auntie dame lady queen princess mother mom mum wife daughter sister "
                        "woman girl spokeswoman congresswoman chairwoman grandmother aunt niece "
                        "actress businesswoman".split())

KIN_NOUNS = frozenset("father mother son daughter husband wife brother sister grandfather grandmother "
                      "grandson granddaughter uncle aunt nephew niece dad mum mom widow widower".split())
"""Family relations: a given name set after one ("His father, Patrick,") is a relative's, who
shares the family name as a rule."""

FUNCTION_WORDS = frozenset("""
a an the and or but nor so yet for of to in on at by with from into onto upon over under about
after before during since until while when whenever where wherever why how what which who whom
whose that this these those there here it its it's he she they we i you him her them us me his
hers their theirs our ours my your is are was were be been being has have had do does did will
would shall should can could may might must not no yes as if than then also only just even still
already meanwhile however although though because despite unlike like according per via amid
among between within without through throughout across against toward towards around near
earlier later today tonight yesterday tomorrow now once again both each every all some any many
most more much few other another such one two three four five six seven eight nine ten first
eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
sixty seventy eighty ninety hundred hundreds thousand thousands million millions dozen dozens several
second third last next new former speaking asked born meanwhile additionally furthermore moreover
instead indeed perhaps maybe well oh ok okay yeah please thanks thank
nobody everybody everyone anyone anybody someone somebody nothing everything something anything
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december
""".split())
"""Capitalised only at a sentence start: never the first word of a name."""

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

MONTHS_AND_DAYS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
""".split())

PREPOSITIONS = frozenset("""
in at on from to into onto near across outside inside toward towards by with for of over under
about against between among through throughout within without via around behind beyond beside
besides after before during since until upon opposite alongside beneath above below
""".split())
"""A name right after one of these is an object or a place, not who speaks."""

ROLE_NOUNS = frozenset("boss star chef veteran rookie colleague friend partner aide envoy nominee "
                       "candidate teammate captain legend host anchor hopeful head advocate expert principal critic medic cleric "
                       "champion neighbour cousin classmate flatmate housemate roommate landlord landlady fiance fiancé fiancee "
                       "fiancée girlfriend boyfriend widow companion nurse midwife paramedic surgeon pilot mechanic "
                       "priest nun monk pupil deckhand".split())
"""Role nouns placed before a name ("boss Enzo Maresca", "His neighbour, Sione Taufa,") that no job
ending gives away: a person's."""

JOB_ENDING = re.compile(r"(?:er|or|ist|yst|ant|ent|ian|ief|man|woman|person|official|head|adviser)$")
"""Endings of a job noun ("analyst", "editor-in-chief", "official"), not of a verb ("push")."""


@lru_cache(maxsize=_WORD_CACHE)
def is_role_noun(word: str) -> bool:
    """A lower-case word that may stand before a name as its role ("striker Smith", "local
    resident Mary Atkins", "her colleague Pat Pallett"), not a verb ("beat Chelsea") nor a word
    that only ends like a job ("for", "under", "her", "another") or a document ("statement", "letter")."""
    return (bool(JOB_ENDING.search(word)) and word not in FUNCTION_WORDS and word not in PREPOSITIONS
            and word not in DOCUMENT_NOUNS) \
        or word in ROLE_NOUNS or word in TITLES or word in MALE_CUES or word in FEMALE_CUES


def is_men_plural(word: str) -> bool:
    """The plural in "-men" of a noun of people in "-man" ("fishermen", "policemen",
    "businessmen"): a common noun, not a name (never a short one: "Carmen", "Yemen")."""
    return len(word) >= 7 and word.endswith("men") and is_role_noun(word[:-3] + "man")


PLACE_NOUNS = frozenset("county city district region state province town village borough parish "
                        "township municipality island islands valley".split())
"""Nouns of a place named after "of" ("Supervisor Alfredo Pedroza of Napa County")."""

LANDFORM_NOUNS = frozenset("river lake sea ocean mount mountain mountains creek glacier gulf estuary".split())
"""Nouns that make a name a river, lake, sea or mountain when they open or end it ("River
Wharfe", "Selangor River", "North Sea", "Mount Kenya"): a place, however the text treats it."""

FACILITY_NOUNS = frozenset("terminal station airport stadium hospital stand".split())
"""Last words of a facility's name ("Lindi Bus Stand", "Euston Station"), which no one is named."""

STREET_NOUNS = frozenset("road street avenue lane boulevard highway crescent terrace".split())
"""Last words of a street's name ("Altrincham Road"), which no one is named."""

NAME_PARTICLES = frozenset("al el abu bin ibn bint de da dos das do du van von der den la le di del "
                           "della ter ten mac st ó ní nic uí".split())
"""Lower-case or capitalised particles inside personal names ("Abu Hassan Amer", "van der Berg",
"Niall Ó Gríofa", "Bríd Ní Chonghaile")."""

ORG_WORDS = frozenset("""
ministry department office party association institute institution university college school elementary bancorp bancshares
bank centre center council agency service services group committee commission government
police force forces army navy military court parliament assembly senate congress club company
corporation corp inc ltd llc plc co foundation organisation organization league union network
press times post news newspaper journal magazine radio television tv channel broadcasting
reuters fund trust authority authorities administration board bureau unit division directorate team federation
alliance coalition movement front society hospital clinic airline airlines airways bureau
academy observatory observatório laboratory lab labs research economics capital securities equities investments partners advisers advisors
management holdings industries sons daughters associates resources minerals mining logistics technologies systems media studio studios records entertainment
embassy consulate mission secretariat cabinet kremlin pentagon statehouse legislature
province commonwealth house productions pictures films games brands foods motors energy
pharmaceuticals therapeutics ventures enterprises solutions communications networks
interactive international worldwide global
railway railways railroad railroads ferries shipping transit products conservancy water
museum zoo aquarium gallery library theatre theater cathedral charity forum festival orchestra choir ensemble collective affairs
united rovers wanderers athletic albion hotspur rangers fc afc cf real sporting
democrats republicans conservatives liberals tories socialists greens nationalists unionists
""".split())
"""A capitalised name holding one of these words is an organisation (or a place), not a person."""

ORG_NOUNS = frozenset("""
ministry department office party association institute university bank council agency service
group committee commission government police army club company firm organisation organization
league union network agency authority authorities administration board bureau team federation
alliance coalition campaign embassy province state country city county region municipality kremlin
white house court bench newspaper paper outlet broadcaster channel website site force leadership
management carmaker automaker retailer regulator watchdog insurer lender charity giant airline
operator manufacturer maker publisher studio label carrier utility conglomerate chipmaker drugmaker
supermarket startup start-up supplier exporter exchange fund brand hospital museum school college academy journal chain body
app platform branch chapter division trust foundation society zoo aquarium library gallery theatre theater
band orchestra choir ensemble festival
""".split())
"""Head nouns of descriptions that refer to an organisation ("the ministry", "the club")."""

ANIMAL_NOUNS = frozenset("""
horse mare stallion gelding colt filly foal pony dog bitch puppy cat kitten cow bull calf
sheep ewe ram lamb goat pig sow boar hen rooster cockerel parrot bird eagle falcon hawk owl
lion lioness tiger elephant giraffe bear gorilla chimpanzee orangutan monkey dolphin whale seal
otter penguin tortoise turtle crocodile snake hound greyhound terrier retriever spaniel collie
""".split())
"""Animals an apposition may call a named creature ("Clonfert Rose, the mare who …")."""

SPOKES_WORDS = frozenset("spokesperson spokesman spokeswoman spokespeople representative rep reps "
                         "publicist statement".split())

DOCUMENT_NOUNS = frozenset("""
report study paper analysis survey statement release document letter memo website site data
figures poll research review article book blog post filing proclamation order rule rules law
bill text decision ruling guidance guidelines notice heading caption brochure leaflet booklet
pamphlet manual handbook email message tweet video advert sign banner placard petition
resolution communique communiqué declaration minutes note
""".split())
"""Sources that are documents; without a named author they attribute nothing."""

PEOPLE_NOUNS = frozenset("""
censors officials official critics residents source sources analysts economists strategists experts observers
protesters protestors witnesses activists organizers organisers lawmakers legislators
commenter commenters users fans supporters opponents voters people workers doctors scientists
researchers students teachers parents police investigators authorities leaders ministers
diplomats spokespeople man woman patient resident leader member prosecutors survivors victims judge
neighbours neighbors allies aides insiders colleagues friends relatives campaigners employees staffers
family families commuters passengers motorists drivers shoppers consumers customers tenants homeowners
farmers traders villagers locals pupils nurses pickets strikers marchers demonstrators mourners worshippers spectators
onlookers bystanders evacuees rescuers firefighters paramedics regular regulars diners patrons
""".split())
"""Plural or generic people: an unnamed but real origin of a fragment (speaker null)."""

WORK_NOUNS = frozenset("game film movie song single album book novel show series podcast play track "
                       "episode documentary painting".split())
"""Nouns naming a work: a quoted phrase right after one is its title ("the video game “Valheim.”")."""

MEMBER_NOUNS = frozenset("members officials lawmakers leaders spokespeople representatives staff "
                         "executives officers".split())
"""People speaking for the group named right before them ("Freedom Caucus members said")."""

_NAMING_CUE = re.compile(
    r"(?:so[- ]called|what(?:['’]s| is| are| was) (?:called|known as|dubbed|termed)|known as|"
    r"dubbed|nicknamed|titled|entitled|titles?(?: like)?|named|(?:is|are|was|were|be|been) (?:called|termed|labell?ed)|"
    r"\bterm|\bphrase|\bwords?|\bsee|\bcalled it|\bslogan|\bmotto|\bbanner|\bheadline|\bhashtag)\Z",
    re.I)
_NAMING_CUE_CHARS = 20
"""More characters than the longest cue ("what was known as") takes."""


def ends_with_naming_cue(text: str) -> bool:
    """True when `text` (the words before a quoted span) ends with words that make the span a
    name, a term or a reference, not an utterance ("so-called", "known as", "the slogan:"),
    a comma or colon after them or not. The cue is looked for in the last characters only
    (after the comma or colon and the spaces): searched for in the whole text, as a pattern
    anchored at its end, it was tried at every character of a long sentence."""
    core = text.rstrip()
    if core.endswith((",", ":")):
        core = core[:-1].rstrip()
    return _NAMING_CUE.search(core, max(0, len(core) - _NAMING_CUE_CHARS)) is not None

DESCRIBED_SUBJECT = r"(?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+)?(?P<body>[a-z]+)"
"""A subject described by its noun ("The commission", "Its regional office"), as a regex group
named `body` for the noun."""
IN_DOCUMENT = r",\s+in\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}?"
"""An aside opening on the document its subject speaks in (", in a signed "), up to the document's noun."""

AUTHORING_PARTICIPLES = r"(?:published|released|issued|written|produced|compiled|commissioned|sent|signed|started|launched|drafted)"
"""Participles that name a document's author or a description's owner after them ("the report,
published by the IFS", "a petition started by the campaign group X"), as a regex group."""

HEARD_BEFORE = re.compile(r"\s+(?:can|could|is|was|were|are)\s+(?:be\s+)?(?:clearly\s+)?(?:heard|seen)\s*$")
"""A recording's "can be heard" between a name and its verb ("Holt could be heard shouting",
"Feld can be heard telling staff"): the name still speaks."""

THE_BEFORE = re.compile(r"\b[Tt]he\s$")
"""The definite article right before a word (searched in the few characters before it)."""
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|gets|got)\s+(?:\w+ly\s+)?$", re.I)
"""An auxiliary right before a speech verb: the verb is passive ("is predicted", "was asked")."""

PARTY_MEMBERS = frozenset("republican democrat liberal conservative tory nationalist unionist socialist".split())
DEMONYMS = frozenset("""
american briton brit englishman englishwoman scot scotsman scotswoman welshman welshwoman irishman
irishwoman frenchman frenchwoman german spaniard italian portuguese dutchman dutchwoman belgian
austrian swede norwegian dane finn icelander pole czech slovak hungarian romanian bulgarian serb
serbian croat croatian slovenian bosnian albanian greek turk cypriot russian ukrainian belarusian
georgian armenian israeli palestinian lebanese syrian iraqi iranian saudi egyptian moroccan
algerian tunisian nigerian ghanaian kenyan ethiopian senegalese cameroonian ivorian chinese
japanese korean vietnamese thai indonesian filipino malaysian indian pakistani afghan bangladeshi
australian kiwi canadian mexican brazilian argentine argentinian chilean colombian peruvian
venezuelan uruguayan ecuadorian cuban jamaican malawian zambian zimbabwean ugandan tanzanian rwandan
sudanese somali eritrean congolese angolan mozambican namibian liberian gambian guinean malian
libyan jordanian yemeni qatari emirati kuwaiti omani bahraini nepali nepalese burmese cambodian
mongolian kazakh uzbek azerbaijani lithuanian latvian estonian maltese montenegrin macedonian
kosovan moldovan paraguayan bolivian panamanian honduran guatemalan haitian bahamian trinidadian
barbadian fijian samoan tongan zealander queenslander tasmanian territorian
""".split()) | PARTY_MEMBERS
"""Nationality nouns, and party members' ("a senior Liberal"), a description is headed by ("the
Spaniard said", "the Norwegian admitted"): capitalised, yet no one's name."""
NATIONALITIES = (DEMONYMS - PARTY_MEMBERS) | frozenset("""
dutch french british english irish scottish welsh spanish swiss danish swedish finnish polish
turkish flemish icelandic
""".split())
"""Nationality nouns and adjectives: words that say where a body is from ("a Dutch consumer
regulator", "the German regulator"), never what it is called."""

PLACES = frozenset("""
afghanistan africa albania algeria america argentina armenia asia australia austria azerbaijan
bangladesh belarus belgium bolivia brazil britain bulgaria burma cambodia cameroon canada chile
china colombia congo croatia cuba cyprus czechia denmark ecuador egypt england estonia ethiopia
europe finland france gaza georgia germany ghana greece haiti hungary iceland india indonesia
iran iraq ireland israel italy japan jordan kazakhstan kenya korea kosovo kuwait latvia lebanon
libya lithuania malaysia mali mexico moldova mongolia morocco myanmar nepal netherlands nigeria
norway pakistan palestine panama peru philippines poland portugal qatar romania russia rwanda
scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria
taiwan thailand tunisia turkey uganda ukraine uk us usa venezuela vietnam wales yemen zimbabwe
washington moscow beijing london paris berlin kyiv kiev tokyo delhi brussels tehran jerusalem
american australian brazilian british canadian chinese european french german indian iranian
iraqi irish israeli italian japanese korean mexican palestinian russian saudi spanish syrian
turkish ukrainian afghan african asian arab united states kingdom republic north south east west
new york hong kong
""".split()) | frozenset(name.lower() for country in pycountry.countries
                         for name in (country.name, getattr(country, "common_name", None))
                         if name and " " not in name and "," not in name) - {"chad"}
"""Countries, capitals and demonyms: never a person's first name in a run of capitalised words
(every country of one word, "Barbados", "Tonga", from ISO 3166 as pycountry has it; not "Chad", a
given name)."""


POSSESSIVE_END = re.compile(r"[’'‘]s?$")
"""A word's possessive ending ("City's", "Jones'")."""


VERB_FORM = re.compile(r"(?:ed|ing|[^s]s|ly)$")
"""Endings of a verb or an adverb ("Police arrested X", "Trump thanks X", "I personally find X"):
the name after it is an object."""


JOB_NOT_NAME = re.compile(r"[a-z]{3}(?:ist|yst)$|^(?:spokes(?:man|woman|person)|resident|student|politician|"
                           r"historian|physician|consultant|accountant|manager|midfielder|defender|goalkeeper|"
                           r"striker|winger|player|reporter|photographer|researcher|lawyer|teacher|farmer|"
                           r"designer|writer|singer|rapper|actor|actress|rival|retailer|broadcaster|insurer|"
                           r"lender|regulator|watchdog|developer|publisher|manufacturer|supplier|distributor|operator|"
                           r"provider|witness|victim|survivor|neighbou?r|passenger|commuter|"
                           r"motorist|pensioner|volunteer|organi[sz]er|campaigner|protest[eo]r|founder|"
                           r"entrepreneur|investor|executive|commentator|pundit|editor|producer|prosecutor|"
                           r"shopper|voter|employee|homeowner|landlord|tenant|engineer|author|poet|comedian|nurse|"
                           r"surgeon|trainer|teenager|patient|customer|villager|businessman|businesswoman|widow|"
                           r"expert|reader|viewer|listener|subscriber|[a-z]{3,}(?:maker|keeper|holder|owner|worker|seller|driver|fighter|goer|grower|"
                           r"builder|dealer|trader|teacher|master|mistress|writer|star)|star|co-?star|owner|worker|driver|rider|runner|sprinter|climber|"
                           r"swimmer|opener|bowler|batter|skipper|jockey|waiter|waitress|promoter|caster|forecaster|pilot|referee|umpire|presenter|"
                           r"curator|astronaut|paramedic|sculptor|painter|coxswain|helmsman|lifeguard|ranger|warden|steward|substitute|"
                           r"quarterback|linebacker|cornerback|halfback|fullback|tailback|receiver|kicker|punter|"
                           r"pitcher|catcher|shortstop|outfielder|infielder|goaltender|netminder|freshman|sophomore|senior)$")
"""Job nouns, compounds ending in an agent noun ("Shopkeeper") and business descriptors that no
given name looks like ("Economist", "Analyst", "Resident", "Carmaker", "Rival", "Organiser",
"Patient", "Headteacher", "Sprinter", "Opener", "Promoter", "Pilot", "Star", "Co-star", a live blog's "Reader",
the positions of American sports and the years of an American school: "Quarterback", "Pitcher", "Senior"; not "-er" or
"-ian" words: Parker, Connor, Brian, Julian)."""


def is_job_noun(word: str) -> bool:
    """A lower-case noun of a person's job: a role noun ("striker", "aide") or one of the job
    nouns no given name looks like ("nurse", "economist")."""
    return is_role_noun(word) or bool(JOB_NOT_NAME.search(word))


@lru_cache(maxsize=_WORD_CACHE)
def first_key(word: str) -> str:
    """Lower-cased word without a final period or a contraction ("They’re" -> "they")."""
    key = word.lower().rstrip(".")
    for mark in "’'":
        if mark in key:
            key = key.split(mark, 1)[0]
    return key
