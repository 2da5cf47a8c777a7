//! Who said it: one row per frame of attribution, several realistic
//! sentences per row (issue #15). Each case names the quote (a piece of its
//! words) and the speaker the text supports — `None` where it supports none.

use marginalia_core::{QuoteKind, analyze};

/// (text, words of the quote, expected speaker)
type Case = (&'static str, &'static str, Option<&'static str>);

fn check(rows: &[(&str, &[Case])]) {
    let mut failures = Vec::new();
    for (row, cases) in rows {
        for (text, quoted, want) in cases.iter() {
            let a = analyze(text);
            let Some(q) = a.quotes.iter().find(|q| q.span.text(text).contains(quoted)) else {
                failures.push(format!("[{row}] no quote containing {quoted:?} in {text:?}"));
                continue;
            };
            let got = q.speaker.as_deref();
            if got != *want {
                failures.push(format!("[{row}] {quoted:?}: got {got:?}, want {want:?} — {text:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} speaker(s) wrong:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn reporting_verbs() {
    check(&[
        (
            "say",
            &[
                ("“We will not back down,” Maria Lopez said.", "back down", Some("Maria Lopez")),
                ("“It is over,” says Tom Ellis, the club’s manager.", "over", Some("Tom Ellis")),
                ("Senator Mark Warner has said: “The issue has disappeared.”", "disappeared", Some("Mark Warner")),
            ],
        ),
        (
            "tell",
            &[
                ("“It was a mistake,” Vanessa Hicks told ABC News.", "mistake", Some("Vanessa Hicks")),
                ("Josh Earnest told reporters: “We are deeply concerned.”", "concerned", Some("Josh Earnest")),
            ],
        ),
        (
            "add, note, write",
            &[
                ("Jamie Werner arrived. “It was a shock,” Werner added.", "shock", Some("Jamie Werner")),
                ("“Prices will rise,” noted Ananth Iyer, a professor at Purdue.", "rise", Some("Ananth Iyer")),
                ("“Since then, neon has changed,” de Miranda writes.", "neon", Some("de Miranda")),
            ],
        ),
        (
            "tweet, post, email",
            &[
                ("“Before long we’ll all forget,” David Emery tweeted.", "forget", Some("David Emery")),
                ("“We are all concerned,” Uber Sydney posted on Tuesday.", "concerned", Some("Uber Sydney")),
            ],
        ),
        (
            "respond, reply, insist, argue, warn",
            &[
                ("“That is false,” Anna Berg replied.", "false", Some("Anna Berg")),
                ("“No deal is possible,” insisted Carl Olsen.", "possible", Some("Carl Olsen")),
                ("“The plan will fail,” warned economist Jeffrey Frankel.", "fail", Some("Jeffrey Frankel")),
            ],
        ),
        (
            "interject, quip, boast, scoff",
            &[
                ("Bill Clinton spoke first. “Because you’d be in jail,” Trump interjected.", "jail", Some("Trump")),
                ("“I have the best words,” Donald Trump boasted.", "best words", Some("Donald Trump")),
            ],
        ),
        (
            "testify, estimate, conclude",
            &[("“I saw nothing,” Jane Doe testified on Monday.", "nothing", Some("Jane Doe"))],
        ),
        (
            "phrasal",
            &[
                ("“And then it ended,” Ellen Gille went on.", "ended", Some("Ellen Gille")),
                ("“Not everyone agrees,” pointed out Rae Zimmerman.", "agrees", Some("Rae Zimmerman")),
            ],
        ),
    ]);
}

#[test]
fn frames() {
    check(&[
        ("“…,” X said", &[("“People think it’s safe,” Patrick McHugh said.", "safe", Some("Patrick McHugh"))]),
        (
            "“…,” said X, appositive",
            &[
                (
                    "“There is no reason to believe it,” said Mr. Reeves, a senior fellow at Harvard.",
                    "reason",
                    Some("Reeves"),
                ),
                (
                    "“It’s very much something to worry about,” said C. Eugene Steuerle, a fellow at the Urban Institute.",
                    "worry",
                    Some("C. Eugene Steuerle"),
                ),
            ],
        ),
        (
            "X said: “…” and X said, “…”",
            &[
                ("Emery states, “Incredibly, some people think so.”", "Incredibly", Some("Emery")),
                ("Prime Minister Habib Essid declared, “Our nation is in danger.”", "danger", Some("Habib Essid")),
            ],
        ),
        (
            "“…,” X, <long appositive>, said in an e-mail to clients",
            &[
                (
                    "“Growth will slow,” Tom Forte, a senior research analyst at the D.A. Davidson brokerage, said in an e-mail to clients.",
                    "slow",
                    Some("Tom Forte"),
                ),
                ("“The drug was in her system,” her mother, Fiona, said in a statement.", "drug", Some("Fiona")),
            ],
        ),
        (
            "“…” in that law, X said",
            &[(
                "Lotfi Azzouz spoke. “We must pay attention to what is written” in that law, Azzouz said.",
                "attention",
                Some("Lotfi Azzouz"),
            )],
        ),
        (
            "“…!” X said (the quote ends its sentence)",
            &[
                (
                    "Daniel Rothman agreed. “They would all be co-authors!” Rothman said.",
                    "co-authors",
                    Some("Daniel Rothman"),
                ),
                ("“Do they take the profit?” Forte said.", "profit", Some("Forte")),
            ],
        ),
        (
            "X said that … “partial”",
            &[
                ("Eric Reeves said he was “appalled” by the decision.", "appalled", Some("Eric Reeves")),
                (
                    "President Barack Obama has admitted that his failure to pass “common sense gun safety laws” hurts.",
                    "common sense",
                    Some("Barack Obama"),
                ),
            ],
        ),
        (
            "X called it “…”",
            &[(
                "Mitch McConnell called the deficit “the transcendent issue of our era.”",
                "transcendent",
                Some("Mitch McConnell"),
            )],
        ),
        (
            "according to X",
            &[(
                "The strike was “a grave error,” according to Defense Secretary Lloyd Austin.",
                "grave error",
                Some("Lloyd Austin"),
            )],
        ),
        (
            "coordinated verbs",
            &[("Uber stepped in and tweeted this announcement: “We are all concerned.”", "concerned", Some("Uber"))],
        ),
        (
            "in X’s words",
            &[(
                "Michael Shadlen led it. In Dr. Shadlen's words, “Could the moment be tied to awareness?”",
                "moment",
                Some("Michael Shadlen"),
            )],
        ),
        (
            "a sentence with a reporting verb introduces the quote after it",
            &[
                (
                    "Charles Schultze once summed up the danger of deficits with a metaphor. “It’s termites in the woodwork.”",
                    "termites",
                    Some("Charles Schultze"),
                ),
                (
                    "Charles Schultze, a chairman of the council, once summed up the danger with a metaphor. “It’s not so much a question of the wolf at the door, but termites in the woodwork.”",
                    "wolf",
                    Some("Charles Schultze"),
                ),
            ],
        ),
        (
            "a capitalised word is a name, never the cue",
            &[
                ("“We will act,” Washington Post reporter Jane Doe wrote.", "act", Some("Jane Doe")),
                ("“We are ready,” Secretary of State Marco Rubio said.", "ready", Some("Marco Rubio")),
                ("According to the New York Post, “the deal is off.”", "deal is off", Some("the New York Post")),
            ],
        ),
        (
            "instructions",
            &[(
                "“Don’t get nervous,” instructed Milton Velez, the district supervisor.",
                "nervous",
                Some("Milton Velez"),
            )],
        ),
        (
            "titles with a period",
            &[
                (
                    "Michael Shadlen led the study. “It was subjective,” Dr. Shadlen says.",
                    "subjective",
                    Some("Michael Shadlen"),
                ),
                ("“The guys in charge have not changed,” said Sen. Mark Warner.", "changed", Some("Mark Warner")),
            ],
        ),
    ]);
}

#[test]
fn sources_that_are_not_people() {
    check(&[
        (
            "documents and reports",
            &[
                ("As the report states: “The birth lottery matters more in the U.S.”", "lottery", Some("the report")),
                (
                    "“We advise the public not to take DNP,” the agency said in a statement.",
                    "advise",
                    Some("the agency"),
                ),
            ],
        ),
        (
            "“it” is the organisation named last",
            &[
                (
                    "The Food Standards Agency warned people.\n\n“We advise the public not to take DNP,” it said in a statement.",
                    "advise",
                    Some("the Food Standards Agency"),
                ),
                (
                    "Goldman Sachs Group cut its forecast. “Growth is slowing,” it said.",
                    "slowing",
                    Some("Goldman Sachs Group"),
                ),
            ],
        ),
        (
            "organisations",
            &[("“We are concerned,” the Food Standards Agency said.", "concerned", Some("the Food Standards Agency"))],
        ),
    ]);
}

#[test]
fn carry_over() {
    check(&[
        (
            "the paragraph before ends with their quote",
            &[
                (
                    "“Children will see race differently,” Barack Obama said.\n\n“There are going to be tensions.”",
                    "tensions",
                    Some("Barack Obama"),
                ),
                (
                    "“It was seen as rote,” said Mar Hicks, a historian.\n\n“It gave it less status.”",
                    "less status",
                    Some("Mar Hicks"),
                ),
            ],
        ),
        (
            "split by the cue",
            &[(
                "“When you look at nice halibut, it is white,” Wade Bassi said. “And it is flaky.”",
                "flaky",
                Some("Wade Bassi"),
            )],
        ),
        (
            "a first name alone is kept as written (“Apple” is not “Apple Pay”)",
            &[(
                "“The drug was in her system,” her mother, Fiona, said in a statement.\n\n“She was burning up.”\n\nShe added: “They never stood a chance.”\n\nFiona Parry issued a plea.",
                "never stood",
                Some("Fiona"),
            )],
        ),
        (
            "a caption line between",
            &[(
                "“These days it is like a zoo,” says Hori Parata.\n\nwhale strandings\n\n“When will we talk about it?”",
                "When will",
                Some("Hori Parata"),
            )],
        ),
    ]);
}

#[test]
fn resolution_never_names_a_word_that_is_not_a_person() {
    check(&[
        (
            "weekdays, titles alone, sentence openers",
            &[
                ("Tuesday was busy. “We are ready,” Tuesday said.", "ready", None),
                ("“I debated him for hours,” Mr said.", "debated", None),
                ("“It is over,” But said.", "over", None),
            ],
        ),
        ("possessives", &[("“It was fine,” Clinton’s said.", "fine", None)]),
        (
            "descriptions that are not names",
            &[("“I understand it’s a risk,” the Oklahoma Republican said.", "risk", None)],
        ),
        (
            "the object of a reporting verb is not its subject",
            &[(
                "Donald Trump told Vladimir Putin about the plan. “It will work,” he said.",
                "will work",
                Some("Donald Trump"),
            )],
        ),
        (
            "an answer is not the asker's",
            &[("The senator asked Mark Jones about the deal. “No comment.”", "No comment", None)],
        ),
        (
            "an unknown speaker in between is not skipped",
            &[(
                "“We will win,” Jane Doe said. Then someone in the crowd shouted, “Never!”\n\n“Go home.”",
                "Go home",
                None,
            )],
        ),
        (
            "pronouns agree with Mr. and Ms.",
            &[
                (
                    "Ms. Ellen Fetter arrived first. Mr. Edward Lorenz followed. “He loved that computer,” she said.",
                    "computer",
                    Some("Ellen Fetter"),
                ),
                (
                    "Mr. Edward Lorenz arrived first. Ms. Ellen Fetter followed. “I was stunned,” he said.",
                    "stunned",
                    Some("Edward Lorenz"),
                ),
            ],
        ),
        ("no speaker in the text", &[("The sign read nothing. “New lower prices.”", "lower", None)]),
    ]);
}

#[test]
fn not_quotes() {
    for (text, quoted) in [
        ("He appeared on “Meet the Press” on Sunday.", "Meet the Press"),
        (
            "The report, “Failure to Adjust: How Americans Got Left Behind in the Global Economy,” was cited.",
            "Failure to Adjust",
        ),
        ("People searched for “cheap flights” all week.", "cheap flights"),
        ("The fair heralded “The World of Tomorrow.”", "World of Tomorrow"),
        ("Nintendo released “Super Mario Run” for phones.", "Super Mario Run"),
        ("Her book, “A Paradise Built in Hell,” came out in 2009.", "Paradise"),
        ("‘Unprecedented’ strandings\n\nNovember began.", "Unprecedented"),
        ("“Thumper” ($20)\n\nA rhythm game.", "Thumper"),
    ] {
        let a = analyze(text);
        let q = a.quotes.iter().find(|q| q.span.text(text).contains(quoted));
        assert!(
            q.is_none_or(|q| q.kind == QuoteKind::Scare && q.speaker.is_none()),
            "{quoted:?} should not be an attributed quote: {q:?}"
        );
    }
}
