//! The English "Golden Rules" of pragmatic_segmenter, the usual yardstick
//! for sentence boundaries: one line per rule, text → expected sentences.
//! Sentences are compared with runs of whitespace folded to one space (our
//! spans point into the original text, line breaks included).

use marginalia_core::analyze;

fn sentences(text: &str) -> Vec<String> {
    analyze(text).sentences.iter().map(|s| s.span.text(text).split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

macro_rules! rule {
    ($name:ident, $text:expr, [$($s:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            assert_eq!(sentences($text), vec![$($s.to_string()),*]);
        }
    };
}

rule!(r001_simple_period, "Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]);
rule!(r002_question_mark, "What is your name? My name is Jonas.", ["What is your name?", "My name is Jonas."]);
rule!(r003_exclamation, "There it is! I found it.", ["There it is!", "I found it."]);
rule!(r004_one_letter_upper_abbrev, "My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]);
rule!(r005_one_letter_lower_abbrev, "Please turn to p. 55.", ["Please turn to p. 55."]);
rule!(r006_two_letter_lower_mid, "Were Jane and co. at the party?", ["Were Jane and co. at the party?"]);
rule!(
    r007_two_letter_upper_mid,
    "They closed the deal with Pitt, Briggs & Co. at noon.",
    ["They closed the deal with Pitt, Briggs & Co. at noon."]
);
rule!(
    r008_two_letter_lower_end,
    "Let's ask Jane and co. They should know.",
    ["Let's ask Jane and co.", "They should know."]
);
rule!(
    r009_two_letter_upper_end,
    "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
    ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."]
);
rule!(r010_prepositive, "I can see Mt. Fuji from here.", ["I can see Mt. Fuji from here."]);
rule!(
    r011_pre_and_postpositive,
    "St. Michael's Church is on 5th st. near the light.",
    ["St. Michael's Church is on 5th st. near the light."]
);
rule!(r012_possessive_abbrev, "That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]);
rule!(r013_multi_period_mid, "I visited the U.S.A. last year.", ["I visited the U.S.A. last year."]);
rule!(r014_multi_period_end, "I live in the E.U. How about you?", ["I live in the E.U.", "How about you?"]);
rule!(r015_us_boundary, "I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]);
rule!(
    r016_us_before_capital,
    "I work for the U.S. Government in Virginia.",
    ["I work for the U.S. Government in Virginia."]
);
rule!(r017_us_mid, "I have lived in the U.S. for 20 years.", ["I have lived in the U.S. for 20 years."]);
rule!(
    r018_am_pm,
    "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
    ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."]
);
rule!(r019_number_mid, "She has $100.00 in her bag.", ["She has $100.00 in her bag."]);
rule!(r020_number_end, "She has $100.00. It is in her bag.", ["She has $100.00.", "It is in her bag."]);
rule!(
    r021_parenthetical,
    "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
    ["He teaches science (He previously worked for 5 years as an engineer.) at the local University."]
);
rule!(
    r022_email,
    "Her email is Jane.Doe@example.com. I sent her an email.",
    ["Her email is Jane.Doe@example.com.", "I sent her an email."]
);
rule!(
    r023_web_address,
    "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
    ["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."]
);
rule!(
    r024_single_quotes_inside,
    "She turned to him, 'This is great.' she said.",
    ["She turned to him, 'This is great.' she said."]
);
rule!(
    r025_double_quotes_inside,
    "She turned to him, \"This is great.\" she said.",
    ["She turned to him, \"This is great.\" she said."]
);
rule!(
    r026_double_quotes_end,
    "She turned to him, \"This is great.\" She held the book out to show him.",
    ["She turned to him, \"This is great.\"", "She held the book out to show him."]
);
rule!(r027_double_exclamation, "Hello!! Long time no see.", ["Hello!!", "Long time no see."]);
rule!(r028_double_question, "Hello?? Who is there?", ["Hello??", "Who is there?"]);
rule!(r029_exclamation_question, "Hello!? Is that you?", ["Hello!?", "Is that you?"]);
rule!(r030_question_exclamation, "Hello?! Is that you?", ["Hello?!", "Is that you?"]);
rule!(r031_list_period_parens, "1.) The first item 2.) The second item", ["1.) The first item", "2.) The second item"]);
rule!(
    r032_list_period_parens_end,
    "1.) The first item. 2.) The second item.",
    ["1.) The first item.", "2.) The second item."]
);
rule!(r033_list_parens, "1) The first item 2) The second item", ["1) The first item", "2) The second item"]);
rule!(r034_list_parens_end, "1) The first item. 2) The second item.", ["1) The first item.", "2) The second item."]);
rule!(r035_list_period, "1. The first item 2. The second item", ["1. The first item", "2. The second item"]);
rule!(r036_list_period_end, "1. The first item. 2. The second item.", ["1. The first item.", "2. The second item."]);
rule!(r037_list_bullet, "• 9. The first item • 10. The second item", ["• 9. The first item", "• 10. The second item"]);
rule!(r038_list_hyphen, "⁃9. The first item ⁃10. The second item", ["⁃9. The first item", "⁃10. The second item"]);
rule!(
    r039_alphabetical_list,
    "a. The first item b. The second item c. The third list item",
    ["a. The first item", "b. The second item", "c. The third list item"]
);
// Not a golden rule: a list run into a sentence is one sentence (cleveland.com
// in newspaper4k's test pages, session 41); a list of sentences is not.
rule!(
    inline_list,
    "Our favorite ways to eat eggs are: 1) Deviled, 2) Scotch, 3) Scrambled and 4) Boiled. It sold.",
    ["Our favorite ways to eat eggs are: 1) Deviled, 2) Scotch, 3) Scrambled and 4) Boiled.", "It sold."]
);
rule!(
    inline_list_semicolons,
    "The plan has three parts: a) a tax cut; b) a wage rise; c) a new port.",
    ["The plan has three parts: a) a tax cut; b) a wage rise; c) a new port."]
);
// #040 ("errant newlines in the middle of sentences", PDF mode) is for text
// extracted from PDFs, which Marginalia does not read: here a line break
// without a trailing space ends a line, as in pasted web text (see #042).
rule!(r041_errant_newline, "It was a cold \nnight in the city.", ["It was a cold night in the city."]);
rule!(
    r042_lower_case_list,
    "features\ncontact manager\nevents, activities\n",
    ["features", "contact manager", "events, activities"]
);
rule!(
    r043_geo_coordinates,
    "You can find it at N°. 1026.253.553. That is where the treasure is.",
    ["You can find it at N°. 1026.253.553.", "That is where the treasure is."]
);
rule!(
    r044_named_entity_exclamation,
    "She works at Yahoo! in the accounting department.",
    ["She works at Yahoo! in the accounting department."]
);
rule!(
    r045_i_boundary_and_initial,
    "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
    ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"]
);
rule!(
    r046_ellipsis_end_of_quote,
    "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
    ["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"]
);
rule!(
    r047_ellipsis_brackets,
    "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
    ["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."]
);
rule!(
    r048_ellipsis_boundary_standard,
    "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.",
    [
        "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .",
        "Next sentence."
    ]
);
rule!(
    r049_ellipsis_boundary_nonstandard,
    "I never meant that.... She left the store.",
    ["I never meant that....", "She left the store."]
);
rule!(
    r050_ellipsis_non_boundary,
    "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
    ["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."]
);
rule!(
    r051_four_dot_ellipsis,
    "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .",
    [
        "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.",
        ". . . The practice was not abandoned. . . ."
    ]
);
rule!(
    r052_no_whitespace,
    "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
    ["Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.", "That is a lot."]
);
