//! Every word list of the core, in one place, with one lookup per token.
//!
//! The words live in `lexicon.txt` beside this file (read it for the format):
//! a linguist adds a reporting verb, a title or a hedge in one line, and the
//! verb's inflections are generated here. Each word maps to the set of
//! [`Role`]s it plays and, for verb forms, its headword ("said" → "say"), so
//! quotes, speakers, claims and numbers ask one table about one token.
//!
//! Multi-word entries ("according to", "in a statement", "no one") are
//! *phrases*: [`phrase_at`] matches them on a run of lower-case words.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The source of the lexicon, compiled into the binary.
const SOURCE: &str = include_str!("lexicon.txt");

macro_rules! roles {
    ($($(#[$doc:meta])* $name:ident = $bit:expr, $label:literal;)*) => {
        /// What a word does for the core. A word may play several roles.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Role { $($(#[$doc])* $name = $bit,)* }

        impl Role {
            /// Every role, in declaration order.
            pub const ALL: &[Role] = &[$(Role::$name,)*];

            /// The role's name in `lexicon.txt`.
            pub fn label(self) -> &'static str {
                match self { $(Role::$name => $label,)* }
            }

            fn from_label(s: &str) -> Option<Role> {
                match s { $($label => Some(Role::$name),)* _ => None }
            }
        }
    };
}

roles! {
    /// A verb: its inflections are generated (says, saying, said).
    Verb = 0, "verb";
    /// A verb that reports speech or writing: the cue of a quote ("said", "tweeted").
    Reporting = 1, "reporting";
    /// A verb that takes a quote as its object's description ("called it “…”", "dismissed as").
    Naming = 2, "naming";
    /// A verb that reports what a document or study shows ("found", "showed", "read").
    Finding = 3, "finding";
    /// A phrase that attributes what follows or precedes to a source ("according to", "in a statement").
    Nominal = 4, "nominal";
    /// A word that attributes a statement, for claims ("said", "estimated", "according").
    Attribution = 5, "attribution";
    /// A word that names a report or data ("survey", "statistics").
    ReportWord = 6, "report-word";
    /// A verb of something that happened ("signed", "killed").
    Event = 7, "event";
    /// A verb whose perfect is a state, not an event ("remained", "seemed").
    Stative = 8, "stative";
    Comparison = 9, "comparison";
    Causal = 10, "causal";
    Hedge = 11, "hedge";
    Opinion = 12, "opinion";
    Prediction = 13, "prediction";
    /// Words of commentary rather than fact ("highlights", "underscores").
    Analysis = 14, "analysis";
    /// Words that open a leading subordinate clause ("although", "if").
    Subordinator = 15, "subordinator";
    /// Capitalised words that name institutions as sources ("Pentagon", "Reuters").
    NamedSource = 16, "named-source";
    /// A title or description in front of a name, never part of it ("senator", "mr").
    Title = 17, "title";
    /// The last word of a capitalised run that makes it an organisation or place ("ministry").
    OrgHead = 18, "org-head";
    /// Capitalised words that start sentences or name times, never people ("but", "tuesday").
    NotName = 19, "not-name";
    /// A lower-case noun heading a group of people ("officials").
    GroupHead = 20, "group-head";
    /// A lower-case noun for a source that is not a person ("report", "statement", "group").
    SourceNoun = 21, "source-noun";
    /// Words before a name that make it an object, not a subject ("of", "against").
    Preposition = 22, "preposition";
    /// Words that may stand between a subject and its reporting verb ("also", "has").
    Skippable = 23, "skippable";
    /// A personal pronoun that can be a speaker ("he", "she", "they").
    Pronoun = 24, "pronoun";
    Masculine = 25, "masculine";
    Feminine = 26, "feminine";
    Plural = 27, "plural";
    Weekday = 28, "weekday";
    Month = 29, "month";
    /// A line that is page furniture when it stands alone ("share this").
    Furniture = 30, "furniture";
    /// An abbreviation after which a period does not end a sentence ("mr", "u.s").
    Abbreviation = 31, "abbreviation";
    /// An abbreviation that often ends a sentence too ("u.s", "inc").
    AmbiguousAbbreviation = 32, "ambiguous-abbreviation";
    /// A word that typically opens a sentence ("the", "however").
    SentenceOpener = 33, "sentence-opener";
    /// A nationality or party that describes a person ("an Oklahoma Republican", "the North African country").
    Demonym = 34, "demonym";
    /// A number word, its value in brackets: "twenty(20)".
    Cardinal = 35, "cardinal";
    /// An ordinal word, its value in brackets: "fifth(5)".
    Ordinal = 36, "ordinal";
    /// A scale word after a number, its factor in brackets: "million(1e6)".
    Scale = 37, "scale";
    /// A scale glued to digits: "bn(1e9)" in "$5bn".
    ScaleSuffix = 38, "scale-suffix";
    /// A plural that makes a vague quantity, its range in brackets: "tens(10,100)".
    Vague = 39, "vague";
    /// A currency named by a word, its ISO 4217 code in brackets: "euros(EUR)".
    Currency = 40, "currency";
    /// Letters glued before "$": "us(USD)" in "US$5".
    DollarPrefix = 41, "dollar-prefix";
    /// Capitalised letters before a number that are a currency: "rm(MYR)" in "RM50".
    CurrencyPrefix = 42, "currency-prefix";
    /// A unit of measure, its normalised unit and kind in brackets: "kilometres(km distance)".
    Unit = 43, "unit";
    /// A temperature scale after "degrees": "celsius(C)".
    TemperatureScale = 44, "temperature-scale";
    /// The period of a rate after "per", "a", "each": "day(day)", "annum(year)".
    Period = 45, "period";
    /// An adverb that makes a rate: "daily(day)".
    PeriodAdverb = 46, "period-adverb";
    /// A qualifier right before a number: "about", "more than", "up to".
    Qualifier = 47, "qualifier";
    /// A capitalised word before a number that makes it a name: "Resolution 2735".
    IdentifierCue = 48, "identifier-cue";
    /// A word after a number that is not what it counts ("of", "said").
    NotNoun = 49, "not-noun";
    /// An irregular plural that counts things ("people").
    PluralNoun = 50, "plural-noun";
    /// An adjective with no adjective ending, between a number and its noun ("new").
    Adjective = 51, "adjective";
    /// A word of sport that makes "2-0" a score ("won", "defeat").
    ScoreCue = 52, "score-cue";
    /// A verb of change after which "to" gives a level: "fell 3p to 164p".
    ChangeVerb = 53, "change-verb";
    /// A nationality before a currency word, its code in brackets: "swiss(CHF)" in "10 swiss francs".
    CurrencyNation = 54, "currency-nation";
    /// A word that makes what follows a noun ("the report", "a post").
    Determiner = 55, "determiner";
    /// A verb that opens a new clause rather than a quote's tag ("has", "was").
    Auxiliary = 56, "auxiliary";
    /// A lower-case word inside a name ("de Miranda", "bin Laden").
    NameParticle = 57, "name-particle";
    /// A word after "a year", "a day" that makes it a time, not a rate: "$1.17 billion a year earlier".
    TimeRelative = 58, "time-relative";
    /// An adjective of size after a length: "1.8m tall" is metres, not millions.
    MeasureAdjective = 59, "measure-adjective";
    /// A noun after an ordinal word that makes an idiom, not a rank: "first lady", "first aid".
    OrdinalIdiom = 60, "ordinal-idiom";
    /// A possessive before "80s" that makes it an age: "in their 80s".
    Possessive = 61, "possessive";
    /// A word before "50s" that makes it a band of temperatures: "temperatures rose into the 50s".
    TemperatureCue = 62, "temperature-cue";
    /// A word before a short decade that places within it: "the mid-80s", "her late 70s".
    DecadeModifier = 63, "decade-modifier";
    /// A qualifier that makes its figure a floor: "more than 800", "at least 800".
    AtLeast = 64, "at-least";
    /// A qualifier that makes its figure a ceiling: "up to 800", "nearly 800".
    AtMost = 65, "at-most";
    /// A word after a surname that is not one: "Jr", "III".
    NameSuffix = 66, "name-suffix";
    /// A word that opens a noun phrase, so a short quote right after it and
    /// before a noun is a term, not speech: `a “direction discrimination”
    /// task`, `that “a-ha!” moment`.
    NounPhraseOpener = 67, "noun-phrase-opener";
    /// A pronoun that is never a sentence's subject ("her picture", "told him").
    ObjectPronoun = 68, "object-pronoun";
    /// A phrase that makes a sentence a credit line, not a claim: "reporting
    /// by".
    Credit = 69, "credit";
    /// A word that, with a colon after it, opens a photo credit: "Photo: …".
    CreditLead = 70, "credit-lead";
    /// A phrase that makes a sentence a credit line when it opens it: "This
    /// article originally appeared on …".
    CreditOpening = 71, "credit-opening";
    /// A form of "be": before a reporting verb it makes it passive ("was
    /// called “…” by"), so its subject is not who spoke.
    BeForm = 72, "be-form";
    /// A word that may open a sentence before its subject: "However, he …",
    /// "And yet he …".
    Connective = 73, "connective";
    /// The commonest words of English that other languages hardly write: a
    /// text full of them is English without asking the language detector.
    EnglishMarker = 74, "english-marker";
    /// A counted noun that says little of what is counted ("19 people"):
    /// figures of it are compared only when their sentences share a name.
    GenericNoun = 75, "generic-noun";
    /// A word before a bare number that makes it an age: "aged 18 to 24",
    /// "the ages of 25 and 54", "until age 5".
    AgeCue = 76, "age-cue";
    /// A verb that, opening a sentence before its object, tells the reader
    /// what to do: "Preheat the oven …", "Measure the circumference …".
    Instruction = 77, "instruction";
    /// A word that names what the quote right after it is: a work's title
    /// or a label, not speech (`her book “A Paradise Built in Hell”`, `jobs
    /// tagged as “Full Stack Developer”`).
    TitleCue = 78, "title-cue";
    /// A unit a price is for, after "a" or "per": "$16.99 a pound", "$5 a share".
    PriceUnit = 79, "price-unit";
    /// A preposition after which a cue word is a noun: "in charge of", "coexist with objects".
    NounPreposition = 80, "noun-preposition";
    /// A word between a determiner and a work's noun: "his new album", "her debut novel".
    WorkModifier = 81, "work-modifier";
    /// A word that ends a "by …" agent and opens what follows: "by the senator on Monday".
    AgentEnd = 82, "agent-end";
    /// A word after "told" that is no one it was told to: "told him", "told that", "told by".
    NotAddressee = 83, "not-addressee";
    /// A small word a title leaves in lower case: “The World of Tomorrow”.
    TitleCaseSmall = 84, "title-case-small";
    /// A verb (its headword) that asks or orders rather than introduces a quote: "The senator asked Jones about it."
    Directive = 85, "directive";
    /// A noun before a number that names one of a series: "Game 6 or 7", "type 1 or 2" are no ranges.
    SeriesNoun = 86, "series-noun";
    /// A word before "one day" that makes it some day: "and then one day", "until one day".
    SomeDayLead = 87, "some-day-lead";
    /// A word after "one day" that makes it some day: "one day again", "one day soon".
    SomeDayTail = 88, "some-day-tail";
    /// A subject after a sentence's opening "One day" that makes it some day: "One day he …".
    SomeDaySubject = 89, "some-day-subject";
    /// A word before "one day" that measures it: "in one day", "sentenced to one day".
    MeasurePreposition = 90, "measure-preposition";
    /// A word that makes a title another office: a bare "the president" is not the vice or former one.
    TitleModifier = 91, "title-modifier";
    /// An abbreviation whose period a number follows mid-sentence: "No. 5", "pp. 12".
    NumberAbbreviation = 92, "number-abbreviation";
    /// A qualifier that leaves a year or a date what it is: "around 2010", "circa 1850".
    LooseQualifier = 93, "loose-qualifier";
    /// More of a unit is still that unit: "two more years", "three additional months".
    Additional = 94, "additional";
    /// A preposition of time: a plain four-digit number after it is a year ("back to 2013 attempts").
    TimePreposition = 95, "time-preposition";
    /// A word that opens a rate's period: "$5 per day", "twice a year", "10 each week".
    RateOpener = 96, "rate-opener";
    /// After these a word in -ed is an adjective, no event: "behind closed doors", "her reputed love".
    AdjectiveCue = 97, "adjective-cue";
    /// An adverb that may open an instruction: "Then add the flour".
    InstructionAdverb = 98, "instruction-adverb";
    /// A word that may be an instruction's object: "Keep it", "Make sure".
    InstructionObject = 99, "instruction-object";
    /// A subject after "Don't forget": a statement follows, not an instruction ("Don't forget we cut taxes").
    StatementSubject = 100, "statement-subject";
    /// A word that tells a reader nothing as a claim's reason ("the", "is").
    FunctionWord = 101, "function-word";
    /// A cue word that also heads a compound noun: "the fish counter", "a
    /// Facebook post", "the BBC report" (not "say": "the police say").
    CompoundHead = 102, "compound-head";
    /// A word glued to a figure by a hyphen that makes it approximate, with
    /// the qualifier it means: "$16-something", "40-odd", "30-plus".
    ApproxSuffix = 103, "approx-suffix";
    /// A word before "of" whose two numbers, joined by "to", are a ratio,
    /// not a range: "a ratio of 1 to 4".
    RatioNoun = 104, "ratio-noun";
    /// A fixed phrase that opens with a number word and counts nothing
    /// (its words may be joined by hyphens): "a two-state solution", "a
    /// one-two punch", "second-guess".
    NumberIdiom = 105, "number-idiom";
    /// What follows an emergency number that names it: "the 911 call", "a
    /// 999 operator".
    EmergencyCue = 106, "emergency-cue";
    /// A time zone after a clock time: "3:45 a.m. EDT".
    TimeZone = 107, "time-zone";
    /// A comparative after "a third", "a fifth": a share of change ("a third lower").
    Comparative = 108, "comparative";
    /// The last word of a street's name, after a house number: "2210 Elm St.".
    StreetSuffix = 109, "street-suffix";
    /// The word that opens a page's time stamp: "PUBLISHED: October 4, 2024".
    StampLead = 110, "stamp-lead";
    /// A lower-case noun for one person by what they are or do: a speaker
    /// described, not named, is shown as written ("a Treasury
    /// spokesperson", "the diplomat", "one resident").
    PersonNoun = 111, "person-noun";
    /// A phrase that says someone would not comment: a sentence that says
    /// only that is a newsroom's formula, not a claim ("declined to
    /// comment", "did not respond to a request for comment").
    NoComment = 112, "no-comment";
    /// A phrase that says someone did not respond: with a [`Role::CommentNoun`]
    /// a few words after it, it says no more than "declined to comment"
    /// ("did not return calls"); without one it may be a claim ("Iran did
    /// not return the seized tanker").
    NoResponse = 113, "no-response";
    /// What a request for comment is made of: "comment", "calls", "emails".
    CommentNoun = 114, "comment-noun";
    /// Words of money a few words before "N pounds" make them sterling, not
    /// weight: "a charge of 400 million pounds", "worth 3 billion pounds".
    MoneyCue = 115, "money-cue";
    /// People, plural, whose age a bare "under 5" or "over 80" after them
    /// gives: "children under five", "people over 80".
    PeopleNoun = 116, "people-noun";
    /// A body that speaks for itself in lower case: "the army said", "the
    /// foreign ministry said" (not "the year", "the deal", "a school").
    Body = 117, "body";
    /// A word that opens a clause of its own after an attribution: "…,”
    /// said Smith, who resigned on Tuesday" says more than who spoke.
    ClauseOpener = 118, "clause-opener";
    /// How someone said what they said, no statement of its own: "…,” said
    /// Kinzli, speaking from Nairobi".
    AttributionManner = 119, "attribution-manner";
    /// A word for a part of a group before "of": "one of the officials",
    /// "some of the residents" speak for that part, not for the group.
    Partitive = 120, "partitive";
    /// What is counted in a company's quarter or half: "Q2 revenue", "H1
    /// results" (not "Audi's Q2 models").
    PeriodFigure = 121, "period-figure";
    /// Before a capitalised place, where the speakers are, not who:
    /// "officials in Kyiv", "Democrats on Capitol Hill".
    PlacePreposition = 122, "place-preposition";
    /// A party's name, also a demonym's use: "Labour say", "the Republican
    /// said" — an organisation's name where a nation's word is an epithet.
    Party = 123, "party";
    /// A word whose "’s" is "is" or "has": "What's driving …", "Nobody's
    /// buying …" — a clause with its verb, no photo's caption.
    ContractedSubject = 124, "contracted-subject";
    /// A title that is also a common surname: after a first name it is the
    /// name's ("Ellie King", "John Major"), not a description's.
    SurnameTitle = 125, "surname-title";
    /// A superlative before the noun an ordinal ranks: "the 4th largest
    /// army" ranks armies.
    Superlative = 126, "superlative";
    /// What follows a race's distance: "the 100m final", "his 10,000m
    /// hope" are metres, where "100m people" is millions.
    RaceEvent = 127, "race-event";
    /// A country, region or city whose currency is a dollar, with its
    /// code: "Sydney's median house price reached $929,000" is Australian.
    DollarPlace = 128, "dollar-place";
    /// What runs a race over its distance: "ran the 100m in 9.58",
    /// "finished fourth over 1500m".
    RaceLead = 129, "race-lead";
    /// A title's word that says where a post is, not the post: "UK Prime
    /// Minister" has one, "the UK All Time list" names no one.
    TitlePlace = 130, "title-place";
    /// Before a field event's mark: "jumped 6.63m", "cleared 1.86m".
    FieldLead = 131, "field-lead";
    /// Near a figure glued to "m", a word that says millions, not metres:
    /// "watched by 4.5m", "60m in prize money".
    MillionsCue = 132, "millions-cue";
    /// A conjunction that sets a new clause against the one before:
    /// "…, while the Congress hit back at … for “…”".
    Contrast = 133, "contrast";
    /// A word after a count that is not its noun: "10 more deaths", "two
    /// each", "3 and 4 respectively".
    NotCounted = 134, "not-counted";
    /// A currency's name, with its code: a text that names it writes its
    /// one letter before amounts ("the rand fell to R5,14").
    CurrencyName = 135, "currency-name";
    /// A country, with its currency's code, as [`Role::CurrencyName`]:
    /// "Nigeria's N8.83 trillion budget".
    CurrencyCountry = 136, "currency-country";
    /// A word of a name an ordinal opens that is no count of what is
    /// someone's: "his 2nd Battalion comrades", "her 17th Century farmhouse".
    NamedUnit = 137, "named-unit";
    /// A killing, in the passive: "was killed by suspects" (see `entity::dies`).
    Death = 138, "death";
    /// What opens where someone works, after their name: "Lindsey Smith,
    /// with the Maricopa County Sheriff's Office".
    Affiliation = 139, "affiliation";
    /// A word a capitalised ordinal opens a title or a people with, no
    /// figure: "First Nations", "the First Family" (titles too: "First
    /// Minister", "First Lady").
    OrdinalName = 140, "ordinal-name";
    /// A word of a place's name before its people in the plural: "Papua
    /// New Guineans", "West Papuans" (see `entity::is_plural_people`).
    PlaceWord = 141, "place-word";
    /// A currency prefix the papers write in mixed case only, before the
    /// amount itself: "Rp 15,000", "KSh 200" (not "the RP 15 gene", "the
    /// DH.98 Mosquito").
    CurrencyMixedCase = 142, "currency-mixed-case";
    /// A currency prefix that may take a dot: "Ksh. 200".
    CurrencyDotted = 143, "currency-dotted";
    /// A reporting verb whose speaker may follow it after a comma, before a
    /// quote standing alone: "…, said Police Commissioner Md Mizanur Rahman."
    InvertedCue = 144, "inverted-cue";
    /// What follows a game's clock after "with": "with 7:20 left", "with
    /// 2:40 to go".
    ClockLeft = 145, "clock-left";
    /// The word that makes a span of years an age: "a 50-year-old", "five
    /// years old".
    AgeWord = 146, "age-word";
    /// A people's plural that names a people after any capitalised word:
    /// "Cook Islanders", "New Zealanders".
    IslandPeople = 147, "island-people";
    /// A qualifier after its figure: "or more", "or fewer", "or so".
    TrailingQualifier = 148, "trailing-qualifier";
    /// A comparative that makes the figure before it an age: "75 or older".
    AgeBound = 149, "age-bound";
    /// A word before a count of periods that makes them periods, not a
    /// share: "the next three quarters".
    PeriodSpan = 150, "period-span";
    /// A unit only glued by a hyphen to its figure, with its unit and kind
    /// in brackets: "fold(times count)" in "up 2.2-fold".
    HyphenUnit = 151, "hyphen-unit";
    /// A word that joins a second verb to the same subject: "said …, but
    /// warned".
    Coordinator = 152, "coordinator";
    /// What a verb of speech takes after it: "cautioned that …", "warned of
    /// “pain”".
    SpeechComplement = 153, "speech-complement";
    /// A title's abbreviation, its full word in brackets: "sen(senator)".
    TitleAbbreviation = 154, "title-abbreviation";
    /// A currency's one letter that, glued to an amount with a scale word,
    /// is that currency wherever it stands: "N5 billion", "R21 billion".
    ScaledCurrencyLetter = 155, "scaled-currency-letter";
    /// A noun after which "over" means "about": "a row over £50".
    AboutNoun = 156, "about-noun";
    /// Currency letters that must be glued to the amount: "GHS11 billion".
    GluedCurrency = 157, "glued-currency";
    /// An ordinal that, capitalised, names a day: "Twelfth rioters".
    OrdinalDay = 158, "ordinal-day";
    /// A word of a court or crime report (see `number::court_story`).
    CourtWord = 159, "court-word";
    /// A dollar country's name or people, with its currency: counted with
    /// its places where one of them is named (see `number::dollar_country`).
    DollarNation = 160, "dollar-nation";
    /// A place or person of a country that writes its money in rupees,
    /// with that country's currency (see `number::local_rupees`).
    RupeeCountry = 161, "rupee-country";
    /// "a", "an", "the": what opens an appositive's noun phrase.
    Article = 162, "article";
    /// Currency letters that are that currency only where the text names it
    /// or its country (see `number::letter_currencies`).
    NamedCurrencyPrefix = 163, "named-currency-prefix";
    /// A family relation before a name: "his son, Peter Wallach" (with
    /// `masculine` or `feminine`).
    Relation = 164, "relation";
    /// A plural without an "s" that modifies a plural noun after it:
    /// "three police officers" count officers.
    CollectiveModifier = 165, "collective-modifier";
    /// One who is told news and answers it: "Police told the family he had
    /// died. “We were devastated.”" (see `quote::introduces_a_quote`).
    AnsweringListener = 166, "answering-listener";
    /// A noun that a name in quotation marks before it labels: "the “One
    /// Mobile” slogan".
    LabelNoun = 167, "label-noun";
    /// A verb of change in its base form: a change from one level to another
    /// after "from", a range of the change itself otherwise.
    LevelChange = 168, "level-change";
    /// A word after which "at" and a figure give an age: "dies at 76".
    DiedAt = 169, "died-at";
    /// What may follow a small sum after currency letters: "SR 50 in Riyadh".
    AfterSmallSum = 170, "after-small-sum";
    /// "down 64 cents to $160.86": the word before a change and a level.
    ChangeAdverb = 171, "change-adverb";
    /// "added another $28.7 million": a word between "added" and a sum.
    AddedAmountLead = 172, "added-amount-lead";
    /// An ending that makes a word after a name an adjective, not a verb
    /// ("Buenos Aires legislative elections"; see `entity::verb_follows`).
    AdjectiveEnding = 173, "adjective-ending";
    /// A verb before an emergency line it names: "called 911".
    CallsALine = 174, "calls-a-line";
    /// How many times over, in one word: "fivefold", "twice", "tripled"
    /// (the value in brackets).
    Multiple = 175, "multiple";
    /// A multiple's base form, as often a noun's adjective ("a double
    /// murder"): a multiple only where it multiplies ("double the cost").
    MultipleBase = 176, "multiple-base";
    /// After a multiple's verb, a phrase that is no multiple: "doubled down".
    MultipleParticle = 177, "multiple-particle";
    /// What a base form multiplies: "double the cost", "triple what it was".
    MultipleObject = 178, "multiple-object";
    /// Before a base form, what makes it a verb: "is expected to double",
    /// "could triple", "will halve emissions".
    MultipleAuxiliary = 179, "multiple-auxiliary";
    /// A currency (its ISO code) whose hundredth is a cent, other than the
    /// US dollar: a story's cents are in it when its sums are.
    CentCurrency = 180, "cent-currency";
    /// The letters of a fiscal year before its digits: "FY26", "FY 2025".
    FiscalYear = 181, "fiscal-year";
    /// The verb "be": "The reasons are twofold" (parts, not times).
    Copula = 182, "copula";
    /// Where a hit goes: "doubled to left" (no multiple).
    FieldDirection = 183, "field-direction";
    /// After "to double", what makes it a verb: "to double by 2030".
    MultipleSpan = 184, "multiple-span";
    /// A kind that "hourly", "daily", "weekly" describe, not a rate: "250,000
    /// hourly workers", "200 weekly newspapers", "12 monthly payments".
    Periodical = 185, "periodical";
    /// A verb of a placing, before an ordinal alone: "finished fourth",
    /// "came second", "share second", "moved to fourth".
    Placing = 186, "placing";
    /// The last word of a country's name of two or more words, with the
    /// word before it: "Burkina Faso", "Sierra Leone" — a place, not a
    /// person's name ("Sergio Leone" is one).
    CountryEnd = 187, "country-end";
    /// An ending that makes a word ending like an adjective a noun:
    /// "measurement", "anniversary", "arrival", "departure".
    NounEnding = 188, "noun-ending";
    /// The word of a copyright notice, before its year: "Copyright 2024
    /// The Courier." (the sign © is read as it).
    CopyrightWord = 189, "copyright-word";
    /// The label before a video's source under its length: "05:22 -
    /// Source: CNN".
    SourceLabel = 190, "source-label";
    /// A phrase of speech that is no reporting verb, between a named
    /// subject and a colon before the quote: "Alito cut her off: “…”",
    /// "Smith put it simply: “…”".
    ColonCue = 191, "colon-cue";
    /// How a price's unit is counted, between "per" and it: "50 cents per
    /// diluted share".
    PriceUnitModifier = 192, "price-unit-modifier";
    /// A place's name that is also a surname: alone before a colon it is a
    /// dateline or a country's reply ("Jordan: “…”"), no label of a person.
    PlaceSurname = 193, "place-surname";
    /// A part before "of a second" that makes it time: "a fraction of a
    /// second", "11 hundredths of a second".
    SecondPart = 194, "second-part";
    /// What a count of points glued to "-point" measures: "a 10-point
    /// lead", "a 16-point victory" (not "a three-point shot").
    MarginNoun = 195, "margin-noun";
    /// What a poll's split of shares is, after it: "a 52-42 percent lead".
    PollNoun = 196, "poll-noun";
    /// An occasion an ordinal ranks past a noun before it: "their 47th
    /// wedding anniversary".
    OccasionNoun = 197, "occasion-noun";
    /// The rand's country or its places named in more than one word:
    /// "South Africa", "Cape Town", "Free State".
    RandPlace = 198, "rand-place";
    /// What is won in a race: "took gold in the 100m".
    Medal = 199, "medal";
    /// What follows a figure glued to a small "c" that makes it degrees
    /// Celsius: "1.48c hotter", "the 1.5c temperature target".
    CelsiusNext = 200, "celsius-next";
}

/// A set of [`Role`]s: one bit per role, in words of 64.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Roles([u64; ROLE_WORDS]);

/// Words of 64 bits a set of roles takes: enough for every role.
const ROLE_WORDS: usize = 4;
const _: () = {
    let mut i = 0;
    while i < Role::ALL.len() {
        assert!((Role::ALL[i] as usize) < ROLE_WORDS * 64, "a role past the bits of `Roles`");
        i += 1;
    }
};

impl Roles {
    pub const NONE: Roles = Roles([0; ROLE_WORDS]);

    fn bit(role: Role) -> (usize, u64) {
        let r = role as usize;
        (r / 64, 1 << (r % 64))
    }

    pub fn has(self, role: Role) -> bool {
        let (w, bit) = Self::bit(role);
        self.0[w] & bit != 0
    }

    pub fn any(self, roles: &[Role]) -> bool {
        roles.iter().any(|&r| self.has(r))
    }

    pub fn is_empty(self) -> bool {
        self == Roles::NONE
    }

    fn with(mut self, role: Role) -> Roles {
        let (w, bit) = Self::bit(role);
        self.0[w] |= bit;
        self
    }

    fn without(self, roles: &[Role]) -> Roles {
        roles.iter().fold(self, |mut set, &r| {
            let (w, bit) = Self::bit(r);
            set.0[w] &= !bit;
            set
        })
    }

    fn union(mut self, other: Roles) -> Roles {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a |= b;
        }
        self
    }
}

/// What the lexicon knows of one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub roles: Roles,
    /// The headword: the verb's base form for its inflections, else the word.
    pub lemma: &'static str,
    /// What is written in brackets after a word that is not a verb, by role:
    /// "twenty(20)" on a `cardinal` line gives (Cardinal, "20").
    pub values: &'static [(Role, &'static str)],
}

impl Entry {
    /// The bracketed value the word has in `role`.
    pub fn value(&self, role: Role) -> Option<&'static str> {
        self.values.iter().find(|(r, _)| *r == role).map(|(_, v)| *v)
    }
}

/// A multi-word entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub words: Vec<String>,
    pub roles: Roles,
}

#[derive(Debug, Default)]
struct Lexicon {
    words: HashMap<String, Entry>,
    /// Phrases by their first word, longest first.
    phrases: HashMap<String, Vec<Phrase>>,
    /// Lines of the source that could not be read (tested to be none).
    errors: Vec<String>,
    /// Every (entry, role) as written, for the hygiene test.
    written: Vec<(&'static str, Role, Roles)>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| parse(SOURCE));

/// What the lexicon knows of `word`, which must be lower case. Words it does
/// not know have no roles and are their own lemma.
pub fn lookup(word: &str) -> Entry {
    match LEXICON.words.get(word) {
        Some(e) => *e,
        None => Entry { roles: Roles::NONE, lemma: "", values: &[] },
    }
}

/// The entries written with `role`, as the lexicon lists them (a list of
/// endings, such as `adjective-ending`, is read this way once).
pub fn entries(role: Role) -> Vec<&'static str> {
    LEXICON.written.iter().filter(|(_, r, _)| *r == role).map(|(entry, ..)| *entry).collect()
}

/// The roles of a lower-case word.
pub fn roles(word: &str) -> Roles {
    match LEXICON.words.get(word) {
        Some(e) => e.roles,
        None => contraction_stem(word)
            .and_then(|w| LEXICON.words.get(w))
            .map_or(Roles::NONE, |e| e.roles.without(&[Role::Pronoun, Role::Masculine, Role::Feminine, Role::Plural])),
    }
}

/// "you'll" → "you", "we’re" → "we": a contraction plays its first word's
/// roles, so "You'll" is no one's name — but not a pronoun's: callers that
/// resolve "he" or skip "I" and "we" compare the word itself, so "I’ve"
/// stays unknown rather than taken for someone named before. "’s" is left
/// to the callers: it may be a possessive.
fn contraction_stem(word: &str) -> Option<&str> {
    let (stem, tail) = word.rsplit_once(['\'', '’'])?;
    matches!(tail, "ll" | "re" | "ve" | "d" | "m").then_some(stem)
}

/// Whether a lower-case word reads as a verb rather than a noun: a verb
/// the lexicon knows, a word of its not-nouns ("said", "took"), or a past
/// ending ("arrested").
pub fn is_verb_like(word: &str) -> bool {
    roles(word).any(&[Role::Verb, Role::Auxiliary, Role::Reporting, Role::NotNoun]) || word.ends_with("ed")
}

/// Whether a lower-case word plays `role`.
pub fn is(word: &str, role: Role) -> bool {
    roles(word).has(role)
}

/// Whether `word` as written plays `role`: a contraction plays none of its
/// stem's roles here ("they're" is no "they"), unlike [`is`].
pub fn is_exactly(word: &str, role: Role) -> bool {
    lookup(word).roles.has(role)
}

/// The longest phrase with one of `roles` that starts at `words[0]`
/// (lower-case words): its length in words and its roles.
pub fn phrase_at<S: AsRef<str>>(words: &[S], role: Role) -> Option<(usize, Roles)> {
    let first = words.first()?.as_ref();
    LEXICON.phrases.get(first)?.iter().find_map(|p| {
        let fits = p.roles.has(role)
            && p.words.len() <= words.len()
            && p.words.iter().zip(words).all(|(a, b)| *a == b.as_ref());
        fits.then_some((p.words.len(), p.roles))
    })
}

/// Whether `text` (lower-case words separated by single spaces) is, as a
/// whole, a word or a phrase with `role`.
pub fn is_entry(text: &str, role: Role) -> bool {
    if !text.contains(' ') {
        return is(text, role);
    }
    let words: Vec<&str> = text.split(' ').collect();
    phrase_at(&words, role).is_some_and(|(n, _)| n == words.len())
}

/// Every single word with `role` (for tests and for tools that list them).
pub fn words_with(role: Role) -> Vec<&'static str> {
    let mut out: Vec<&'static str> =
        LEXICON.written.iter().filter(|(w, r, _)| *r == role && !w.contains(' ')).map(|(w, ..)| *w).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Every inflected form of a verb headword as the lexicon generates it.
pub fn forms_of(headword: &str) -> Vec<String> {
    let mut forms: Vec<String> =
        LEXICON.words.iter().filter(|(_, e)| e.lemma == headword).map(|(w, _)| w.clone()).collect();
    forms.sort_unstable();
    forms
}

/// The inflections of a regular or written-out verb: base, -s, -ing, past,
/// participle. `past` and `participle` are given for irregular verbs and for
/// those that double their last consonant ("admit(admitted)").
fn inflect(base: &str, past: Option<&str>, participle: Option<&str>) -> Vec<String> {
    let regular_past = if base.ends_with('e') {
        format!("{base}d")
    } else if let Some(stem) = base.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        format!("{stem}ied")
    } else {
        format!("{base}ed")
    };
    let past = past.map_or(regular_past, str::to_string);
    let participle = participle.map_or_else(|| past.clone(), str::to_string);
    let third = if base.ends_with(['s', 'x', 'z', 'o']) || base.ends_with("sh") || base.ends_with("ch") {
        format!("{base}es")
    } else if let Some(stem) = base.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        format!("{stem}ies")
    } else {
        format!("{base}s")
    };
    // "admitted" → "admitting": a doubled consonant in the past is doubled
    // before -ing too.
    let doubled = past.strip_suffix("ed").filter(|s| {
        let b = s.as_bytes();
        b.len() > base.len() && b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2]
    });
    let ing = if let Some(stem) = doubled {
        format!("{stem}ing")
    } else if let Some(stem) = base.strip_suffix("ie") {
        format!("{stem}ying")
    } else if base.ends_with('e') && !base.ends_with("ee") && base.len() > 2 {
        format!("{}ing", &base[..base.len() - 1])
    } else {
        format!("{base}ing")
    };
    vec![base.to_string(), third, ing, past, participle]
}

fn parse(source: &'static str) -> Lexicon {
    let mut lex = Lexicon::default();
    let mut values: HashMap<String, Vec<(Role, &'static str)>> = HashMap::new();
    for (n, raw) in source.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let Some((head, body)) = line.split_once(':') else {
            lex.errors.push(format!("line {}: no ':' after the roles", n + 1));
            continue;
        };
        let mut roles = Roles::NONE;
        let mut line_roles = Vec::new();
        for label in head.split(',').map(str::trim) {
            match Role::from_label(label) {
                Some(r) => {
                    roles = roles.with(r);
                    line_roles.push(r);
                }
                None => lex.errors.push(format!("line {}: unknown role {label:?}", n + 1)),
            }
        }
        for item in body.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            let (word, forms) = match item.split_once('(') {
                Some((w, rest)) => (w.trim(), Some(rest.trim_end_matches(')'))),
                None => (item, None),
            };
            for &r in &line_roles {
                lex.written.push((word, r, roles));
            }
            let mut given = forms.into_iter().flat_map(|f| f.split(',')).map(str::trim);
            let (first, rest) = word.split_once(' ').unwrap_or((word, ""));
            let firsts: Vec<String> = if roles.has(Role::Verb) {
                inflect(first, given.next(), given.next())
            } else {
                vec![first.to_string()]
            };
            if !rest.is_empty() {
                // A phrase ("point out"): its first word is inflected when it is a verb.
                for first in firsts {
                    let mut words = vec![first.clone()];
                    words.extend(rest.split(' ').map(str::to_string));
                    let list = lex.phrases.entry(first).or_default();
                    match list.iter_mut().find(|p| p.words == words) {
                        Some(p) => p.roles = p.roles.union(roles),
                        None => list.push(Phrase { words, roles }),
                    }
                    list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
                }
                continue;
            }
            if let Some(v) = forms.filter(|_| !roles.has(Role::Verb)) {
                values.entry(word.to_string()).or_default().extend(line_roles.iter().map(|&r| (r, v.trim())));
            }
            let forms = firsts;
            for form in forms {
                let e = lex.words.entry(form).or_insert(Entry { roles: Roles::NONE, lemma: word, values: &[] });
                e.roles = e.roles.union(roles);
            }
        }
    }
    // Built once for the life of the program: the values can be 'static.
    for (word, v) in values {
        if let Some(e) = lex.words.get_mut(&word) {
            e.values = Vec::leak(v);
        }
    }
    lex
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! inflects {
        ($($base:literal $(($($given:literal),+))? => [$($form:literal),+];)*) => {{
            $(
                let given: &[&str] = &[$($($given),+)?];
                let got = inflect($base, given.first().copied(), given.get(1).copied());
                assert_eq!(got, vec![$($form),+], "{}", $base);
            )*
        }};
    }

    #[test]
    fn inflections_are_generated() {
        inflects! {
            "say" ("said") => ["say", "says", "saying", "said", "said"];
            "tell" ("told") => ["tell", "tells", "telling", "told", "told"];
            "note" => ["note", "notes", "noting", "noted", "noted"];
            "deny" => ["deny", "denies", "denying", "denied", "denied"];
            "admit" ("admitted") => ["admit", "admits", "admitting", "admitted", "admitted"];
            "write" ("wrote", "written") => ["write", "writes", "writing", "wrote", "written"];
            "vow" => ["vow", "vows", "vowing", "vowed", "vowed"];
            "reply" => ["reply", "replies", "replying", "replied", "replied"];
            "pledge" => ["pledge", "pledges", "pledging", "pledged", "pledged"];
            "boast" => ["boast", "boasts", "boasting", "boasted", "boasted"];
            "quip" ("quipped") => ["quip", "quips", "quipping", "quipped", "quipped"];
            "guarantee" => ["guarantee", "guarantees", "guaranteeing", "guaranteed", "guaranteed"];
            "stress" => ["stress", "stresses", "stressing", "stressed", "stressed"];
            "go" ("went", "gone") => ["go", "goes", "going", "went", "gone"];
        }
    }

    #[test]
    fn the_source_reads_without_errors() {
        assert!(LEXICON.errors.is_empty(), "{:#?}", LEXICON.errors);
    }

    /// Hygiene: lower case, no entry twice under the same role, phrases of
    /// single-space-separated words.
    #[test]
    fn entries_are_clean() {
        let mut seen = std::collections::HashSet::new();
        let mut twice = Vec::new();
        for &(word, role, line) in &LEXICON.written {
            assert_eq!(word, word.to_lowercase(), "{word:?} is not lower case");
            assert!(!word.is_empty() && !word.contains("  ") && word.trim() == word, "{word:?} is badly spaced");
            // Words never end in a period: the tokenizer leaves it out ("Mr." is read as "mr").
            assert!(!word.ends_with('.'), "{word:?} ends in a period and can never match");
            // A word may be listed on several lines that share a role
            // (a verb that both reports and names); twice on one kind of line is a slip.
            if !seen.insert((word, role, line.0)) {
                twice.push(format!("{word} ({})", role.label()));
            }
        }
        assert!(twice.is_empty(), "listed twice: {twice:?}");
    }

    #[test]
    fn every_role_has_words() {
        for &role in Role::ALL {
            assert!(LEXICON.written.iter().any(|(_, r, _)| *r == role), "no word has the role {}", role.label());
        }
    }

    /// What reports speech in a quote also attributes a statement for claims:
    /// "Lavrov added that …" and "Lavrov said that …" weigh the same.
    #[test]
    fn every_reporting_verb_counts_as_attribution() {
        for (word, e) in &LEXICON.words {
            if e.roles.has(Role::Reporting) {
                assert!(e.roles.has(Role::Attribution), "{word} reports speech but is not an attribution");
            }
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(lookup("said").lemma, "say");
        assert!(is("said", Role::Reporting));
        assert!(is("tweeted", Role::Reporting));
        assert!(is("interjected", Role::Reporting));
        assert!(is("tuesday", Role::NotName) && is("tuesday", Role::Weekday));
        assert!(is("you'll", Role::NotName) && is("we’re", Role::NotName) && is("he'd", Role::NotName));
        assert!(!is("i’ve", Role::Pronoun) && !is("he'd", Role::Masculine));
        assert!(!is("o'brien", Role::NotName) && roles("d'angelo").is_empty());
        assert!(!is("house", Role::Reporting));
        assert_eq!(phrase_at(&["according", "to", "the"], Role::Nominal).map(|p| p.0), Some(2));
        assert_eq!(phrase_at(&["went", "on"], Role::Reporting).map(|p| p.0), Some(2));
        assert_eq!(phrase_at(&["according"], Role::Nominal), None);
        assert!(forms_of("tell").contains(&"told".to_string()));
        assert_eq!(lookup("twenty").value(Role::Cardinal), Some("20"));
        assert_eq!(lookup("second").value(Role::Ordinal), Some("2"));
        assert_eq!(lookup("second").value(Role::Unit), Some("seconds duration"));
        assert_eq!(lookup("said").value(Role::Reporting), None);
    }
}
