"""Per-rule cases: what each rule must fix, and what it must leave alone.

A case is (rule selector, input, expected); expected None means "must stay unchanged".
Each rule runs on its own, to its fixpoint, so a case shows that rule's behaviour only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from conftest import FIXTURES
from newsclean.engine import run_rules
from newsclean.registry import RULES, select_rules

CASES: list[tuple[str, str, str | None]] = [
    # EN01 mojibake
    ("EN01", "Itâ€™s here", "It’s here"),
    ("EN01", "â€œquotedâ€\x9d and RÃ©gine", "“quoted” and Régine"),
    ("EN01", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "привет"),
    # A two-byte letter ftfy leaves alone, and accented capitals before a quote or a letter.
    ("EN01", "Recep Tayyip ErdoÄŸan spoke.", "Recep Tayyip Erdoğan spoke."),
    # A Latin Extended-A letter read as cp1252 inside a word, whatever its second byte.
    ("EN01", "The mayor of GdaÅ„sk met Lech WaÅ‚Ä™sa in GyÅ‘r.",
     "The mayor of Gdańsk met Lech Wałęsa in Győr."),
    ("EN01", "HÅ’S MENU, BÅ’s café and ÅSA’S book in Ålesund", None),
    ("EN01", "CAFÉ’S MENU and JOSÉ‘S café", None),
    ("EN01", "ÆØÅ Ærøskøbing Œuvre ÉTÉ Ñandú", None),
    ("EN01", "Régine’s café – “ok”", None),
    ("EN01", "（12月10日），中文。", None),
    ("EN01", "Dvořák, Gdańsk, Erdoğan, Matovič", None),
    # EN02 lossy mojibake
    ("EN02", "He said “hello” and â€œbyeâ€\ufffd then", "He said “hello” and â€œbye” then"),
    ("EN02", "it\ufffds done", "it’s done"),
    ("EN02", "price \ufffd 5", None),  # reported, not fixed
    # A letter whose second byte was dropped, where the text writes the word elsewhere.
    ("EN02", "LULA RETURNS TO BRASÃLIA\nThe president flew to Brasília on Monday.",
     "LULA RETURNS TO BRASÍLIA\nThe president flew to Brasília on Monday."),
    ("EN02", "RALLY IN SÃO PAULO\nThousands marched in São Paulo. MÜNCHEN and München.", None),
    ("EN02", "Åukasz Nowak said Åukasz would go.", None),  # no intact spelling: no guess
    ("EN02", "He lives in Pará. Santa Bárbara do ParÃ¡ is near.", None),  # whole mojibake: EN01's
    # EN03 C1 controls
    ("EN03", "It\x92s \x93ok\x94 \x96 yes", "It’s “ok” – yes"),
    ("EN03", "wait\x85 it\x92s", "wait… it’s"),
    ("EN03", "wait\x85\nnext", "wait…\nnext"),
    ("EN03", "one\x85two\x85", None),  # NEL as the only line break: see EN08
    # EN04 HTML entities
    ("EN04", "Fish &amp; chips, it&#8217;s &#x2014; done", "Fish & chips, it’s — done"),
    ("EN04", "AT&T and R&D;", None),
    ("EN04", "<p>Fish &amp; chips</p>", None),
    ("EN04", "&madeup; &#0;", None),
    # EN05 invisible characters
    ("EN05", "in\u00adfor\u200bma\u2060tion", "information"),
    ("EN05", "\ufeffStart", "Start"),
    ("EN05", "word\u200e here", "word here"),
    ("EN05", "می\u200cخواهم", None),
    ("EN05", "👩\u200d💻", None),
    ("EN05", "क्\u200dष", None),
    ("EN05", "ภาษา\u200bไทย", None),
    ("EN05", "שלום\u200f world", None),
    # EN06 control characters
    ("EN06", "a\x07b\x00c", "abc"),
    ("EN06", "red\x1b[31m text", "red text"),
    ("EN06", "para\x0cnext", "para\nnext"),
    ("EN06", "tab\there\nline", None),
    # EN07 unusual spaces
    ("EN07", "10\u00a0km and a\u2003b", "10 km and a b"),
    ("EN07", "word\u2009word", "word word"),
    ("EN07", "10\u202f000 “\u2009‘a’\u2009” (x\u2009)", None),
    ("EN07", "全角\u3000スペース", None),
    # EN08 line separators
    ("EN08", "a\u2028b\u2029c", "a\nb\nc"),
    ("EN08", "a\x85b", "a\nb"),
    ("EN08", "a\x85b\nc", None),
    # EN09 NFC
    ("EN09", "Re\u0301gine", "Régine"),
    ("EN09", "Régine 한국어", None),
    # AR01 citation tokens
    ("AR01", "He was charged ([reuters.com](https://www.reuters.com/x?utm_source=chatgpt.com)). Then",
     "He was charged. Then"),
    ("AR01", "As of Monday [bbc.co.uk](https://bbc.co.uk/a?utm_source=chatgpt.com&x=1), it",
     "As of Monday, it"),
    ("AR01", "See [the report](https://x.org/a?utm_source=chatgpt.com).",
     "See [the report](https://x.org/a)."),  # words for text: the writer's link, only the tag goes
    ("AR01", "Russian President :contentReference[oaicite:1]{index=1} in an effort.",
     "Russian President in an effort."),
    ("AR01", "It grew.[oaicite:0] Then", "It grew. Then"),
    ("AR01", "It grew.【4†source】 Then 【12:3†L10-L20】.", "It grew. Then."),
    ("AR01", "Sales rose \ue200cite\ue202turn0search3\ue201.", "Sales rose."),
    ("AR01", "Sales rose citeturn0search3turn0news12.", "Sales rose."),
    ("AR01", "Met \ue200entity\ue202[\"people\",\"Vladimir Putin\",\"leader\"]\ue201 today",
     "Met Vladimir Putin today"),
    ("AR01", "see https://x.org/a?utm_source=chatgpt.com.", "see https://x.org/a."),
    ("AR01", "see https://x.org/a?utm_source=chatgpt.com&b=1", "see https://x.org/a?b=1"),
    ("AR01", "see https://x.org/a?b=1&utm_source=chatgpt.com", "see https://x.org/a?b=1"),
    ("AR01", "footnote [1] and 【注】 and return0 and turn 10", None),
    ("AR01", "Sales rose [oai_citation:1‡Reuters](https://www.reuters.com/x?utm_source=chatgpt.com). Then",
     "Sales rose. Then"),
    ("AR01", "Sales rose ([AP News](https://apnews.com/x?utm_source=chatgpt.com)). Then", "Sales rose. Then"),
    ("AR01", "Sales rose ([AP News](https://apnews.com/x)). Then", None),  # no assistant's parameter
    # AR02 markdown images
    ("AR02", "Text ![a [b] c](https://x.org/i.jpg?w=1&h=2) more.", "Text more."),
    ("AR02", "![alt](https://x.org/i.png \"Title\")\nBody.", "Body."),
    ("AR02", "[![alt](https://x.org/i.png)](https://x.org/page) Body.", "Body."),
    ("AR02", "Wow! [sic] and [e]xtremely", None),
    # AR03 markdown links
    ("AR03", "Read the [full report](https://x.org/r) now.", "Read the full report now."),
    ("AR03", "See [here](/path#a) and [mail](mailto:a@b.org).", "See here and mail."),
    ("AR03", "[sic] and [1] and [text](not a url)", None),
    # AR04 HTML tags
    ("AR04", "One<br>two <b>bold</b></p>", "One two bold"),
    ("AR04", "<div class=\"x\">Hi</div>", "Hi"),
    ("AR04", "I <3 it, a < b > c, <https://x.org>, vector<int>", None),
    # AR05 reference marks
    ("AR05", "The vote was held on Tuesday[1][3]. It passed.[^2] Then",
     "The vote was held on Tuesday. It passed. Then"),
    ("AR05", "The mode.[1]\n\n[1] A footnote of the manual.", None),
    ("AR05", "Use argv[1] and a[2], see [1], built in 1990[4], [1](https://x.org).", None),
    # BP01 breadcrumbs
    ("BP01", "- Site\n- Posts\n- The Headline\nThe Headline\nBody text here.\n",
     "The Headline\nBody text here.\n"),
    ("BP01", "Home > News > World\nHeadline\nBody.\n", "Headline\nBody.\n"),
    ("BP01", "- First key point of the story is here.\n- Second key point is also here.\nBody.\n", None),
    ("BP01", "Intro line.\n- Site\n- Posts\n", None),
    # BP02 repeated headline
    ("BP02", "Big News Today\nBig News Today\nBody.\n", "Big News Today\nBody.\n"),
    ("BP02", "Body sentence one.\nBody sentence one.\n", None),
    # BP03 share prompts
    ("BP03", "The story ends with this full sentence here.\nShare this article\n",
     "The story ends with this full sentence here.\n"),
    ("BP03", "A long first paragraph of the story with many words in it.\nSubscribe to our newsletter\n"
     "Another paragraph of the story with many words in it too.\n",
     "A long first paragraph of the story with many words in it.\n"
     "Another paragraph of the story with many words in it too.\n"),
    ("BP03", "Readers can subscribe to our newsletter, the paper said on Monday evening.\n", None),
    # BP04 ads and related links
    # Page furniture is a label with a capital and no code: a changelog's entry and a
    # manual's cross-reference stay.
    ("BP04", "The package was updated today.\n  * watch: Fix regexp.\nSee also: `socket.write()`.\n"
     "The rest of the notes follow.\n", None),
    ("BP04", "The package was updated today.\nWatch: The new release explained\n",
     "The package was updated today.\n"),
    ("BP04", "First paragraph of the story.\nAdvertisement\nSecond paragraph.\n",
     "First paragraph of the story.\nSecond paragraph.\n"),
    ("BP04", "Advertisement revenue fell by 5% in the year to March, the company said on Monday.\n", None),
    # Between paragraphs, a teaser is one line of one sentence; two sentences are prose.
    ("BP04", "The vote in the city was close, election officials said on Monday.\nRead more about the "
     "vote in our coverage. Share prices fell.\nThe count of the postal ballots ends on Friday, they "
     "said.\n", None),
    ("BP04", "The vote in the city was close, election officials said on Monday.\nRead more: Vote count "
     "goes on as Dr. A. Smith waits\nThe count of the postal ballots ends on Friday, they said.\n",
     "The vote in the city was close, election officials said on Monday.\nThe count of the postal "
     "ballots ends on Friday, they said.\n"),
    # BP05 image credits
    ("BP05", "The story ends with a sentence of its own.\nPhoto: Jane Doe/Getty Images\n",
     "The story ends with a sentence of its own.\n"),
    ("BP05", "The photo was taken in 1990 by a local photographer, the museum said.\n", None),
    # BP06 legal notices
    ("BP06", "The story ends with a sentence of its own.\n© 2024 Example Media. All rights reserved.\n",
     "The story ends with a sentence of its own.\n"),
    ("BP06", "The court ruled on the copyright of the song in a long and detailed decision.\n", None),
    # BP07 footers
    ("BP07", "The story ends with a sentence of its own.\nTags: politics, europe\n",
     "The story ends with a sentence of its own.\n"),
    ("BP07", "Tags were attached to the birds before they were released, officials said.\n", None),
    # SP01 sentence spacing
    ("SP01", "One.Two.Three words here.", "One. Two. Three words here."),
    # A number before the mark is no initial: a score, a percentage, a decimal with its unit.
    ("SP01", "The match ended 2-1.Fans cheered as prices rose 5%.The total was $4.5m.Analysts agreed.",
     "The match ended 2-1. Fans cheered as prices rose 5%. The total was $4.5m. Analysts agreed."),
    ("SP01", "Version 3.11.7 and release 2.6.32 are out, at 3.5 percent.", None),
    ("SP01", "See Example.Com.au and A.Bc.De.fg now.", None),  # dotted names stay whole
    # Dotted names in code: a call or subscript, a quotation of just the name.
    ("SP01", 'Call typing.TypeVar("T") on typing.Generic[T] today.', None),
    ("SP01", "The \"types.ModuleType\" class, the 'enum.EnumMeta' type and `os.Path` exist.", None),
    ("SP01", "Their album \"Yes.No.Maybe.\" topped the charts.", None),
    ("SP01", "He studied fractions.Then he left. She said \"we won.Then\" twice.",
     "He studied fractions. Then he left. She said \"we won. Then\" twice."),
    ("SP01", "He kept saying it.It's over. No more.More came. It ended.Smith[3] said so.",
     "He kept saying it. It's over. No more. More came. It ended. Smith[3] said so."),
    ("SP01", "within the last 24 hours.One notably", "within the last 24 hours. One notably"),
    ("SP01", "He said.“We won.”Then wait...What", "He said. “We won.” Then wait... What"),
    # After a closing bracket or quote; before "A" or "I" standing alone.
    ("SP01", "at 9am (UTC+9).The submarine", "at 9am (UTC+9). The submarine"),
    ("SP01", "broke out at around 3:30am.The fire", "broke out at around 3:30am. The fire"),
    ("SP01", "see std::vector.Size and C:file.Txt", None),
    ("SP01", 'to drive to work".Hay added', 'to drive to work". Hay added'),
    ("SP01", "news agencies.A spokesman said. hard fight.I'm done",
     "news agencies. A spokesman said. hard fight. I'm done"),
    ("SP01", "U.S.A is big. Article 2.A of the law, Socket.IO and f(x).Value and J.R.R.Tolkien", None),
    ("SP01", "Is it?Yes!Really", "Is it? Yes! Really"),
    ("SP01", "U.S.Army, J.R.R. Tolkien, 3.11.7, 10.30am, $1.5bn, news.com.au, McAfee.com", None),
    ("SP01", "report.PDF, Node.js, ASP.NET, java.util.List, https://example.com/News", None),
    ("SP01", "e.g. this, i.e. that, a.m. and Ph.D. student", None),
    # SP02 comma spacing
    ("SP02", 'It read the statement;"we will not be deterred," it said.',
     'It read the statement; "we will not be deterred," it said.'),
    ("SP02", 'Her statement:"The war is over," she said.', 'Her statement: "The war is over," she said.'),
    ("SP02", "walls from other places:potentially, experts said",
     "walls from other places: potentially, experts said"),
    ("SP02", 'Set {"key":"value"} and re:publica and mailto:bob at 10:30 on a:b:c.', None),
    ("SP02", "On Friday,a federal judge ruled.", "On Friday, a federal judge ruled."),
    ("SP02", "a,b and x,a b and 1,a c", None),
    ("SP02", "fluid and challenging,Mrs. Trump", "fluid and challenging, Mrs. Trump"),
    ("SP02", "one;two and Note:This", "one; two and Note: This"),
    ("SP02", "1,000 and 6,000,000 and 10:30 and a,b and std::map and re:publica", None),
    ("SP02", "https://x.org/?a=1,b and user@host,com", None),
    ("SP02", "中文,中文", None),
    # SP03 honorific spacing
    ("SP03", "Mrs.Trump and Dr.Smith and Gov.Newsom", "Mrs. Trump and Dr. Smith and Gov. Newsom"),
    ("SP03", "Mrs. Trump, Inc.The, mr.smith@example.org", None),
    # SP04 space before punctuation
    ("SP04", "President , he said .", "President, he said."),
    ("SP04", "Quoi ? Bien ! .NET and . . . and .5 and wait ...", None),
    # SP05 lost possessive apostrophe
    # A lowercase word with one capital S glued to it: no English word ends so.
    # A form the text writes again and again is its own term, not a lost apostrophe.
    ("SP05", "An anti-DoS filter stops DoS attacks on the server.", None),
    ("SP05", "President rejects prime ministerS resignation\nThe minister had resigned.",
     "President rejects prime minister's resignation\nThe minister had resigned."),
    ("SP05", "Firm names US as worldS top spammer", "Firm names US as world's top spammer"),
    ("SP05", "A current of 5 mS and the numS variable, on macOS.", None),
    # An acronym SCOWL lists, glued to its S in a title-cased headline; not an acronym
    # of the text's own in a sentence ("PLOS Biology").
    ("SP05", "NASAS Rover Finds Signs of Ancient Water\nThe rover found signs of water, scientists said.",
     "NASA's Rover Finds Signs of Ancient Water\nThe rover found signs of water, scientists said."),
    ("SP05", "The study appeared in PLOS Biology on Monday, scientists said in a statement.", None),
    ("SP05", "GovernmentS Budget Plan Faces Vote\nThe plan passed.",
     "Government's Budget Plan Faces Vote\nThe plan passed."),
    ("SP05", "NASAS Rover Finds Lake\nNASA said so.", "NASA's Rover Finds Lake\nNASA said so."),
    # An acronym whose base the text never writes and SCOWL does not list.
    ("SP05", "XKCS Director Warns\nNo base here.", None),
    ("CA05", "UN'S Refugee Agency Appeals for Funds", "UN's Refugee Agency Appeals for Funds"),
    ("CA05", "TRUMP'S PLAN", None),
    ("CA05", "The AFL'S new season starts in March.", "The AFL's new season starts in March."),
    ("CA05", "THE AFL'S NEW SEASON STARTS IN MARCH.", None),
    ("SP05", "Melania TrumpS Plan\nTrump’s team met Trump.", "Melania Trump’s Plan\nTrump’s team met Trump."),
    ("SP05", "Obama'S\nObamaS Plan and Obama's aide", "Obama'S\nObama's Plan and Obama's aide"),
    ("SP05", "CEOs and MPs and NGOs use AirPods, iOS and macOS", None),
    ("SP05", "TurkeyS President Visits Berlin\nThe president's visit began on Monday.",
     "Turkey's President Visits Berlin\nThe president's visit began on Monday."),
    ("SP05", "OkaforS Plan Fails\nThe plan failed on Monday.", None),  # base never written
    # A state in subdivisions.txt needs no other use.
    ("SP05", "FloridaS Parks Reopen\nThe parks reopened on Monday.",
     "Florida's Parks Reopen\nThe parks reopened on Monday."),
    ("SP05", "KremlinS Plan", None),  # base word not written on its own
    ("SP05", "OkaforS Plan\nOkafor2 and Okafors met.", None),  # only inside longer words
    ("SP05", "OkaforS Plan\nOkafor2 and (Okafor) met.", "Okafor's Plan\nOkafor2 and (Okafor) met."),
    ("SP05", "RussiaS Navalny airlifted\nHe is Russian.", "Russia's Navalny airlifted\nHe is Russian."),
    # CA01 document evidence
    # A title's capitals may be title case: no evidence that a word is a name.
    # Capitalised once, inside a name, and a word SCOWL writes only capitalised: the
    # lowercase use is a slip. An ordinary noun ("hospice") stays.
    ("CA01", "NASA signed the Boeing Starliner deal. The contract with boeing is worth US$4 billion.",
     "NASA signed the Boeing Starliner deal. The contract with Boeing is worth US$4 billion."),
    ("CA01", "She works at the Saint Anne Hospice Foundation. He died in a hospice last year.", None),
    # A Markdown heading's first word starts a sentence too.
    ("CA01", "# Homepage\n\nThe project homepage at the gnu site is at: example.org.\n\n"
     "## Homepage mirrors\n\nSee the list.\n", None),
    # A list item's first word starts a sentence: no evidence of a name.
    ("CA01", "Members may:\n* Ability to label issues\n* Ability to close issues\n\nThey have the ability to "
     "work well with others.", None),
    # A word English writes only capitalised, capitalised here only at a sentence start.
    ("CA01", "Boeing's first capsule flew in May. NASA picked SpaceX, along with boeing, to fly.",
     "Boeing's first capsule flew in May. NASA picked SpaceX, along with Boeing, to fly."),
    ("CA01", "Paris is calm.\nThe typical european summer is hot. European rules apply.",
     "Paris is calm.\nThe typical European summer is hot. European rules apply."),
    ("CA01", "Mockumentary film. On Friday, mockumentary Mister America had its premiere.", None),
    ("CA01", "Unvaccinated children fell ill. Doctors urged the unvaccinated to come.", None),
    ("CA01", 'The coach Ben Radmall agreed. "It was set", radmall said.',
     'The coach Ben Radmall agreed. "It was set", Radmall said.'),  # a speaker: a reporting verb follows
    ("CA01", "The coach Ben Radmall agreed. The radmall was set.", None),  # once, and no speaker
    ("CA01", "Opposition leader Airlifted to Berlin\nThe leader was airlifted on Saturday.", None),
    ("CA01", "Talks with Portugal went on.\nThe aid went to portugal.",
     "Talks with Portugal went on.\nThe aid went to Portugal."),
    ("CA01", "The United States said so. The United States agreed. Then the United states left.",
     "The United States said so. The United States agreed. Then the United States left."),
    # Two capitalised words inside longer names, before different words: a name of their own.
    ("CA01", "The United States Navy and the United States Senate met. Then the United states Speaker spoke.",
     "The United States Navy and the United States Senate met. Then the United States Speaker spoke."),
    ("CA01", "Amazon Web Services said so, and Amazon Web Services agreed. Then Amazon Web services left.",
     "Amazon Web Services said so, and Amazon Web Services agreed. Then Amazon Web Services left."),
    # ... but not when they only ever stand before the same word, nor when written once.
    ("CA01", "The Georgian Tennis Federation said so. The Georgian Tennis Federation agreed. "
     "He is a Georgian tennis player.", None),
    ("CA01", "The Solomon Islands Navy left. Then the Solomon islands Army came.", None),
    # A name of offices.txt is evidence of its own: "United States" is never "United states".
    ("CA01", "The United States Navy left. Then the United states Army came.",
     "The United States Navy left. Then the United States Army came."),
    # A possessive ends the whole name: "Democratic Party's" is a use of "Democratic Party".
    ("CA01", "The Democratic party uses primaries, and the Democratic Party's rules differ. "
     "Later the Democratic Party met.",
     "The Democratic Party uses primaries, and the Democratic Party's rules differ. "
     "Later the Democratic Party met."),
    # ... but a possessive first word is no two-word name: "Obama's Party" is not "Obama Party".
    ("CA01", "He joined Obama's Party rally. Then Obama's Party rally ended. Later Obama party fans left.",
     None),
    # One "United States" is one use, even when both of its words are written lowercase elsewhere.
    ("CA01", "Officials at the Golden Gate said so.\nMany golden rings met.\nHe flew to Golden gate.",
     None),
    # A common word written capitalised on its own, and lowercase once beside the same word.
    ("CA01", "China grew. Exports from China rose. Trade with China fell. Imports from china rose.",
     "China grew. Exports from China rose. Trade with China fell. Imports from China rose."),
    ("CA01", "Talks with Trump went on. Aid from Trump grew. He played a trump card.", None),
    ("CA01", "Talks with Bush went on. Aid from Bush grew. Later a bush fire spread.", None),
    ("CA01", "Trade with Turkey grew. Exports to Turkey fell. They ate turkey dinner at home.", None),
    ("CA01", "Theresa May spoke. Talks with May went on. Aid from May grew. They may be late.", None),
    # Before the same name only when that name is capitalised here too and one space away.
    ("CA01", "Byte order: Big Endian for MIPS, and Little Endian for x86. The x86 (little endian) and "
     "big-endian chips.", None),
    ("CA01", "We ran Wasmtime today. They like Wasmtime a lot. Targets {wasmtime}v7 exist.", None),
    # Lowercase again and again is a usage, not a slip; once or twice is a slip.
    ("CA01", "Use a Mutex here. A Mutex guards data. Lock the Mutex. Each mutex has a lock; the mutex "
     "waits, and a mutex blocks.", None),
    ("CA01", "Talks with Portugal went on. Aid for Portugal grew. Ties with Portugal held. He left "
     "portugal, then portugal again.", "Talks with Portugal went on. Aid for Portugal grew. Ties with "
     "Portugal held. He left Portugal, then Portugal again."),
    # Twice only for a word English writes only capitalised: a program's name written
    # lowercase twice is the manual's own spelling of it; once is still a slip.
    ("CA01", "It uses the Fontconfig library. Ask Fontconfig. Ties with Fontconfig held. List "
     "fontconfig fonts and the fontconfig default.", None),
    ("CA01", "It uses the Fontconfig library. Ask Fontconfig. List fontconfig fonts.",
     "It uses the Fontconfig library. Ask Fontconfig. List Fontconfig fonts."),
    ("CA01", "Exports to China rose. Trade with China fell. He said that outside china, sales fell.",
     "Exports to China rose. Trade with China fell. He said that outside China, sales fell."),
    ("CA01", "Exports to China rose. Trade with China fell. Ties between Japan and china grew.",
     "Exports to China rose. Trade with China fell. Ties between Japan and China grew."),
    ("CA01", "Trade with Turkey grew. Exports to Turkey fell. Mr Erdogan asked if turkey does.",
     "Trade with Turkey grew. Exports to Turkey fell. Mr Erdogan asked if Turkey does."),
    ("CA01", "Exports to China rose. Trade with China fell. Some feel that china should pay.",
     "Exports to China rose. Trade with China fell. Some feel that China should pay."),
    ("CA01", "Exports to China rose. Trade with China fell. She sold that china was old.", None),
    ("CA01", "Exports to China rose. Trade with China fell. The cups were made of fine china.", None),
    ("CA01", "Exports to China rose. Trade with China fell. Tea and china were sold at the market.", None),
    ("CA01", "Exports to China rose. Trade with China fell. The plates were china. They broke.", None),
    ("CA01", "Talks with Bush went on. Aid from Bush grew. Fires spread in bush near the town.", None),
    ("CA01", "Talks in Northern Ireland began. Police in Northern Ireland said so. Troops moved into "
     "northern Syria. Syria objected.", None),
    ("CA01", "Aid to the United States grew. Trade with the United States fell. So the united Kingdom "
     "quit.", "Aid to the United States grew. Trade with the United States fell. So the United "
     "Kingdom quit."),
    # After a hyphen, only after a prefix or a capitalised word.
    ("CA01", "He used the unix-word-rubout key. The Rubout key and the Rubout option and Rubout work.",
     None),
    ("CA01", "Use --acls now. The Acls flag and the Acls file matter.", None),
    ("CA01", "Talks with Portugal went on. Aid for Portugal grew. A Spain-portugal deal and a "
     "non-portugal one.", "Talks with Portugal went on. Aid for Portugal grew. A Spain-Portugal deal "
     "and a non-Portugal one."),
    ("CA01", "President Donald Trump spoke. Talks with Trump went on. Aid from Trump grew. Aides were "
     "saying trump has left.", "President Donald Trump spoke. Talks with Trump went on. Aid from Trump "
     "grew. Aides were saying Trump has left."),
    ("CA01", "President George W. Bush spoke. Talks with Bush went on. Aid from Bush grew. In Texas, bush "
     "said no.", "President George W. Bush spoke. Talks with Bush went on. Aid from Bush grew. In Texas, "
     "Bush said no."),
    ("CA01", 'President Trump spoke. Talks with Trump went on. Aid from Trump grew. "We won," wrote '
     'trump on Twitter.', 'President Trump spoke. Talks with Trump went on. Aid from Trump grew. '
     '"We won," wrote Trump on Twitter.'),
    ("CA01", 'President Bush spoke. Talks with Bush went on. Aid from Bush grew. "It burns," said bush '
     'rangers.', None),
    ("CA01", 'Talks with Trump went on. Aid from Trump grew. "We won," wrote trump on Twitter.', None),
    ("CA01", "President Trump spoke. Talks with Trump went on. Aid from Trump grew. He said trump cards "
     "win.", None),
    ("CA01", "Talks with Trump went on. Aid from Trump grew. He left, and trump was seen.", None),
    ("CA01", "Secretary Rice spoke. Talks with Rice went on. Aid from Rice grew. Chicken and rice was "
     "served.", None),
    ("CA01", "President Bush spoke. Talks with Bush went on. Aid from Bush grew. Later that bush was "
     "cut.", None),
    ("CA01", "President Trump spoke. Talks with Trump went on. Aid from Trump grew. So, trump cards "
     "won.", None),
    ("CA01", "Talks with Labour went on. Votes for Labour grew. He said labour is cheap.", None),
    ("CA01", "It went to the Supreme Court in 1975. He retired from the court in 2010. "
     "The Court's ruling stood. On behalf of the Court and others.", None),
    ("CA01", "In March the rally began. By March 9 it grew. Then protesters march through town.", None),
    ("CA01", "The Amazon S3 Buckets were open. The Amazon S3 Buckets leaked. Some S3 buckets stayed.", None),
    # Alone across punctuation: a capitalised word after a comma or a sentence end is
    # no part of the same name; inside quotes or before a quoted title it may be.
    ("CA01", 'He wrote on Twitter, "Hello." She posted on Twitter, "Bye." Fans reacted on twitter too.',
     'He wrote on Twitter, "Hello." She posted on Twitter, "Bye." Fans reacted on Twitter too.'),
    ("CA01", "A vote in Parliament. Results came. Seats in Parliament. Reports followed. "
     "It passed in parliament today.", "A vote in Parliament. Results came. Seats in Parliament. "
     "Reports followed. It passed in Parliament today."),
    ("CA01", "The section Entitled “Endorsements” stays. The section Entitled “History” stays. "
     "Each section entitled so is kept.", None),
    # The capitalised word before a possessive: "Democratic party’s" … "democratic party".
    ("CA01", "Rules of the Democratic party’s board differ. Turnout among Democratic voters fell. "
     "Later the democratic party met.", "Rules of the Democratic party’s board differ. Turnout among "
     "Democratic voters fell. Later the Democratic party met."),
    # The fix is a spelling the text writes: "ParenMatch" does not make "Parenmatch".
    ("CA01", "Change ParenMatch so it works. Tests for ParenMatch pass. Improve parenmatch now.", None),
    ("CA01", "We use OpenSSL here. Builds link OpenSSL today. The openssl crate works.", None),
    # A numbered name: capitalised before numbers elsewhere, here after a preposition.
    ("CA01", "It reached Category 4 on Sunday. Forecasters said Category 5 storms are rare. "
     "It hit land at category 5 today.", "It reached Category 4 on Sunday. Forecasters said "
     "Category 5 storms are rare. It hit land at Category 5 today."),
    ("CA01", "Sales began on March 4. By then March 8 was set. In its march 9 release it said so.",
     "Sales began on March 4. By then March 8 was set. In its March 9 release it said so."),
    ("CA01", "The lost 52 Project met. Members of The Lost 52 Project, and the Lost 52 team, spoke.",
     "The Lost 52 Project met. Members of The Lost 52 Project, and the Lost 52 team, spoke."),
    ("CA01", "Sales began on March 4. By then March 8 was set. Protesters march 5 miles a day.", None),
    ("CA01", "Sales began on March 4. By then March 8 was set. They plan to march 5 miles.", None),
    ("CA01", "Sales began on March 4. It ended in March. Then at march 5 they left.", None),
    # A name run that starts lowercase: "prime Minister" beside "Prime Minister".
    ("CA01", "He met Prime Minister Ardern. Later prime Minister Ardern left.",
     "He met Prime Minister Ardern. Later Prime Minister Ardern left."),
    ("CA01", "He met Prime Minister Ardern. Later prime ministers left.", None),
    # A word the text writes capitalised before names again and again, lowercase once.
    ("CA01", "Aid to the United States grew. Trade with the United States fell. So the united Kingdom quit.",
     "Aid to the United States grew. Trade with the United States fell. So the United Kingdom quit."),
    ("CA01", "He met Minister Ardern. Then Minister Ardern left. Health minister Bloomfield spoke.", None),
    ("CA01", "Aid from the United States grew. Trade with the United States fell. So the united Kingdom "
     "left, and they united quickly.", None),
    # Inside a three-word name run written capitalised in the body elsewhere.
    ("CA01", "Oslo Fire and Rescue said so. Later Oslo Fire and rescue left.",
     "Oslo Fire and Rescue said so. Later Oslo Fire and Rescue left."),
    ("CA01", "He studied at the University of Miami. The university of Miami said so.",
     "He studied at the University of Miami. The University of Miami said so."),
    ("CA01", "The United States National Hurricane Center said. The States national Hurricane Center left.",
     "The United States National Hurricane Center said. The States National Hurricane Center left."),
    ("CA01", "University of Miami Wins Title\nThe University said so. The university of Miami won it.", None),
    ("CA01", "He studied at the University of Miami. The university of Cambridge said so.", None),
    ("CA01", "Oslo Fire and Rescue said so. Fire and rescue teams arrived later.", None),
    ("CA01", "Members of the House Judiciary Committee met. Later the house Judiciary Committee left.",
     "Members of the House Judiciary Committee met. Later the House Judiciary Committee left."),
    ("CA01", "House Judiciary Committee members met. Later the house Judiciary Committee left.", None),
    # A word that ends names of different first words, and this name written once more.
    ("CA01", "Prayers at Linwood Mosque ended. Police guarded Noor Mosque today. Crowds left Al Noor "
     "mosque later.", "Prayers at Linwood Mosque ended. Police guarded Noor Mosque today. Crowds left "
     "Al Noor Mosque later."),
    ("CA01", "Prayers at Linwood Mosque ended. Police guarded Noor Mosque today. Crowds left the Ansar "
     "mosque later.", None),
    ("CA01", "Police guarded Noor Mosque today. Crowds left the Noor mosque later.", None),
    # Once inside a longer name is enough when the word heads names of several first words.
    ("CA01", "Students from Arizona State University came. Staff of Oxford University spoke. "
     "Others from New Mexico State university, and more, left.", "Students from Arizona State "
     "University came. Staff of Oxford University spoke. Others from New Mexico State University, "
     "and more, left."),
    ("CA01", "The Ministry said so. The Ministry agreed. Aides of the Trade Ministry met. Later "
     "the Trade ministry left.", None),  # a sentence's "The" is no first word of a name
    ("CA01", "On Thursday, French President Emmanuel Macron spoke. Brazilian President Jair Bolsonaro "
     "objected: the French president's suggestion was wrong.", None),  # a title: a generic use
    # The rest of an office of offices.txt written capitalised around the lowercase word.
    ("CA01", "The US State Department said so. He spoke with US Secretary of state Mike Pompeo.",
     "The US State Department said so. He spoke with US Secretary of State Mike Pompeo."),
    ("CA01", "Aides of the Foreign Office met.\nForeign office staff left.", None),
    ("CA01", "The State Department said so. He met the secretary of state later.", None),
    # Between two capitalised words, with the text's own use of the word in names.
    ("CA01", "He joined the Detroit Pistons in May. The Pistons won. Fans of Detroit pistons Chauncey "
     "Billups cheered.", "He joined the Detroit Pistons in May. The Pistons won. Fans of Detroit "
     "Pistons Chauncey Billups cheered."),
    ("CA01", "The National Guard came. The National Weather Service warned. The United States "
     "national Hurricane Center spoke.", "The National Guard came. The National Weather Service "
     "warned. The United States National Hurricane Center spoke."),
    ("CA01", "He met Minister Erdoğan today. Aides of Minister Ali left. Later Turkish minister "
     "Kaya returned.", None),
    ("CA01", "The State Department said so. The State Senate agreed. Rain hit New York state "
     "Monday.", None),
    ("CA01", "The National Guard came. The National Weather Service warned.\nFrench national Team "
     "coaches left.", None),  # the word before starts a sentence: no name run
    # A word that is not English, written capitalised only inside longer names.
    ("CA01", "Senator Kirsten Gillibrand spoke. Later Kirsten Gillibrand said. Reports say gillibrand left.",
     "Senator Kirsten Gillibrand spoke. Later Kirsten Gillibrand said. Reports say Gillibrand left."),
    ("CA01", "The Congressional Budget Office said. The Congressional Budget Office agreed. "
     "A congressional panel met.", None),
    ("CA01", "Hamza Bin Laden spoke. Later Osama Bin Laden said so. Osama bin Laden left.", None),
    ("CA01", "Muhammad Ibn Salman spoke. Later Muhammad Ibn Salman said. Ahmad ibn Hanbal wrote the book.",
     None),
    ("CA01", "He wrote to the House twice. Then the House voted. Then the house collapsed.", None),
    ("CA01", "The Casa Blanca said. The Casa Blanca agreed.\nEn la casa hay gente y el perro.", None),
    ("CA01", "Tristan Smith spoke. Tristan Smith said. Later Tristan smith left.",
     "Tristan Smith spoke. Tristan Smith said. Later Tristan Smith left."),
    # A longer name or a title before a name is not a two-word name.
    ("CA01", "French President Emmanuel Macron spoke. French President Emmanuel Macron left. "
     "The French president's plan failed.", None),
    ("CA01", "The Georgian Tennis Federation said. The Georgian Tennis Federation met. "
     "A Georgian tennis player won.", None),
    # Written capitalised once only: a house style, not a slip.
    ("CA01", "The Democratic Party met. The Democratic party's plan.", None),
    ("CA01", "Talks with Ukraine went on. Aid for Ukraine grew. He left ukraine.",
     "Talks with Ukraine went on. Aid for Ukraine grew. He left Ukraine."),
    ("CA01", "Senator Bill Frist spoke. The senator bill Frist",
     "Senator Bill Frist spoke. The senator Bill Frist"),
    ("CA01", "Senator Bill Frist spoke and the bill passed.", None),
    ("CA01", "The Florida Highway Patrol closed a Florida highway.", None),
    ("CA01", "Kyiv. Kyiv is big. the kyiv", None),  # only sentence-initial evidence
    # ... enough for a word English writes only capitalised (proper-nouns.txt)
    ("CA01", "Ukraine. Ukraine is big. the ukraine", "Ukraine. Ukraine is big. the Ukraine"),
    # CA02 honorifics
    ("CA02", "The request went to U.S. President Donald trump on Monday.", None),  # "trump": a word too
    ("CA02", "Dr Wangari Maathai said the trees were planted in May.", None),  # "said" is no surname
    ("CA02", "Trump spoke first. Later President Donald trump left.",
     "Trump spoke first. Later President Donald Trump left."),  # written capitalised elsewhere
    ("CA02", "The storm hit. Prime Minister Hubert minnis urged residents to evacuate.",
     "The storm hit. Prime Minister Hubert Minnis urged residents to evacuate."),  # no English word
    # A place written partly in lower case: its words that are no common English word.
    # A manual's terms are words the lexicons know, no names: "timeline", "namespace".
    ("CA07", "The Performance Timeline API is new. See the Performance Timeline spec. Each entry "
     "joins the performance timeline.", None),
    ("CA07", "Bob Lazar spoke. Fans of Bob Lazar came. The talk by bob lazar ran long.",
     "Bob Lazar spoke. Fans of Bob Lazar came. The talk by Bob Lazar ran long."),
    ("CA07", "Police arrested twelve people in Tamil nadu, India, on Monday, officials said.",
     "Police arrested twelve people in Tamil Nadu, India, on Monday, officials said."),
    ("CA07", "Fires burned across western Australia on Monday, officials said.", None),
    ("CA07", "The move follows the united states' decision, officials said on Monday.",
     "The move follows the United States' decision, officials said on Monday."),
    ("CA07", "Talks with new zealand and the united states ended.",
     "Talks with New Zealand and the United States ended."),
    ("CA07", "Van Halen played. Van Halen won. Later a van halen fan cried.",
     "Van Halen played. Van Halen won. Later a Van Halen fan cried."),
    # As often lowercase as capitalised: a capitalised use in prose that ends its run is
    # the name ("Halen" is capitalised past a sentence's first word); a title before a
    # name, a quotation or a "key=Value" is not.
    ("CA07", "Van Halen played. Later a van halen fan cried.",
     "Van Halen played. Later a Van Halen fan cried."),
    ("CA07", "Senior Loco Pilot Surekha Yadav drove. She was a loco pilot for years.", None),
    ("CA07", 'It defines the "Chromium Web Browser" and the chromium web browser runs.', None),
    ("CA07", "The file says Name=Chromium Web Browser and the chromium web browser runs.", None),
    ("CA07", "The Conservative Party won. The conservative party gained seats.", None),  # common words
    # An institution of three common words, after "the", capitalised as often elsewhere.
    ("CA07", "He asked the Government Accountability Office to look. Later the government "
     "accountability office said no.",
     "He asked the Government Accountability Office to look. Later the Government "
     "Accountability Office said no."),
    ("CA07", "Congress can change the Selective Service System. Some want the selective service system gone.",
     "Congress can change the Selective Service System. Some want the Selective Service System gone."),
    ("CA07", "It runs Logical Volume Manager (LVM) and a logical volume manager.", None),  # no "the"
    ("CA07", "They signed the African Continental Free Trade Area. Many live in the free trade area.",
     None),  # the end of a longer name
    ("CA07", "Supreme Court Justice John Roberts spoke. He was the supreme court justice there.",
     None),  # a title before a name
    ("CA07", "See https://example.org/new-zealand and new_zealand.", None),
    ("CA07", "The Extensible Markup Language (XML) is a markup language. Extensible Markup Language", None),
    # A word SCOWL writes only capitalised, after a title, is a name even at a sentence
    # start ("General elections" stays: "elections" is an ordinary word).
    ("CA02", "The vote ended.\nPresident donald Trump congratulated her on Monday.",
     "The vote ended.\nPresident Donald Trump congratulated her on Monday."),
    ("CA02", "The vote ended.\nGeneral elections were held on Monday.", None),
    # A common Census surname, far rarer as an English word, after a title and a given name.
    ("CA02", "The work was done in the laboratory of Dr. Andrew smith.",
     "The work was done in the laboratory of Dr. Andrew Smith."),
    ("CA02", "He was appointed by President Gerald ford in 1975.",
     "He was appointed by President Gerald Ford in 1975."),
    ("CA02", "At the palace Queen Elizabeth held a reception.", None),  # "held": a word far more than a name
    # A middle name between the given name and the surname; a common word is none.
    ("CA02", "The court heard from Judge Amy Coney barrett during the hearing.",
     "The court heard from Judge Amy Coney Barrett during the hearing."),
    ("CA02", "He died in a General Santos City hospital. The Hospital said so.", None),
    ("CA02", "Later Prince Harry drew large crowds.", None),
    ("CA02", "Dr. Andrew young joined. The young doctors met.", None),  # "young" lowercase elsewhere too
    # A Census given name, far rarer as an English word, after a title and before a name.
    ("CA02", "If he is incapacitated, Vice President mike Pence could take over.",
     "If he is incapacitated, Vice President Mike Pence could take over."),
    ("CA02", "Later the Queen rose to speak.", None),  # "rose": not before a name
    ("CA02", "The President may Visit Paris.", None),  # "may": a word far more than a name
    # After a title at a sentence start, a word that is no English word is a name.
    ("CA02", "The vote ended.\nPresident andrzej Duda said so.",
     "The vote ended.\nPresident Andrzej Duda said so."),
    ("CA02", "The talks, said Prime Minister eshkol, went well.",
     "The talks, said Prime Minister Eshkol, went well."),
    ("CA02", "On Monday President Andrzej duda said the victims were young.",
     "On Monday President Andrzej Duda said the victims were young."),
    ("CA02", "The Department of Justice unsealed the charges.", None),  # an English word after "Justice"
    ("CA02", "The President said the President elect would speak.", None),
    ("CA02", "Mrs. trump met Dr. smith", "Mrs. Trump met Dr. Smith"),
    ("CA02", "Dr. who and the President said and Mrs. and", None),
    ("CA02", "President Putin spoke. Later President putin left.",
     "President Putin spoke. Later President Putin left."),
    ("CA02", "the Department of Justice unsealed charges", None),
    # After an honorific and a given name: a surname the text capitalises elsewhere.
    ("CA02", "Dr. Tristan Smith said so. Later Smith left. Dr. Tristan smith of UCL spoke.",
     "Dr. Tristan Smith said so. Later Smith left. Dr. Tristan Smith of UCL spoke."),
    ("CA02", "Mr. John Smith said so. Mr. Smith said no. Edward Said wrote it.", None),
    ("CA02", "Dr. Tristan Smith said so. Dr. Tristan smith of UCL spoke. The smith made a sword.", None),
    # A title that only starts a sentence needs the pair capitalised elsewhere.
    ("CA02", "Officials at Elections Canada said so. General elections were held.", None),
    ("CA02", "President Putin spoke. President putin left.", "President Putin spoke. President Putin left."),
    # CA03 gazetteer
    # Two names joined by a slash; not a path or an address.
    ("CA03", "He moved to texas in May, then to ontario and scotland.",
     "He moved to Texas in May, then to Ontario and Scotland."),
    ("CA03", "Celebraron la victoria en florida con la familia.", None),  # not English
    ("CA03", "Troops in the afghanistan/Pakistan region and the Israel/syria border.",
     "Troops in the Afghanistan/Pakistan region and the Israel/Syria border."),
    ("CA03", "See /usr/share/afghanistan/Pakistan and http://x.org/france/Spain or france/spain.", None),
    ("CA03", "The talks in ukraine on monday, and i think so.",
     "The talks in Ukraine on Monday, and I think so."),
    ("CA03", "a turkey dinner in march, they may go to china for polish", None),
    ("CA03", "i.e. (i) see #ukraine and @russia and ukraine.gov", None),
    ("CA03", "Then we add a + i to the sum, and i is the index of the loop.", None),
    # The pronoun is a subject: a contraction, or a word English writes after "I".
    ("CA03", "Builds fail on IBM i systems, and the Catalan writer Sergi Blanch i Torne said so.", None),
    ("CA03", "so i figured i'd use it; i dunno why.", "so I figured I'd use it; I dunno why."),
    ("CA03", "Then we add a + i to the sum, and i think it works.",
     "Then we add a + i to the sum, and I think it works."),
    ("CA03", "el presidente de ukraine", None),  # not an English line
    # CA04 headline case
    ("CA04", "Quiet Diplomacy in ukraine-Russia child Efforts\nSome quiet diplomacy efforts in Ukraine.",
     "Quiet Diplomacy in Ukraine-Russia Child Efforts\nSome quiet diplomacy efforts in Ukraine."),
    ("CA04", "President of China lunches with Brazilian President\nThe President of China met him.", None),
    # A small word capitalised between two words: title case ("With"), unless names write it so.
    ("CA04", "President of China lunches With Brazilian President\nThe President of China met him.",
     "President of China Lunches With Brazilian President\nThe President of China met him."),
    ("CA04", "Fans queue to see The Hague exhibition\nThe fans queued for hours to see it.", None),
    # One lowercase word, and a capital the body writes in lower case: title case.
    ("CA04", "Japan to reduce Aid to China\nJapan will cut its aid to China, officials said.",
     "Japan to Reduce Aid to China\nJapan will cut its aid to China, officials said."),
    ("CA04", "Residents flee as Storm Ciara hits\nThe storm hit on Sunday. Ciara brought rain.", None),
    ("CA04", "Storm hits Britain\nThe storm hit on Sunday.", None),
    # Two capitalised common words past the first, none beside a name, as many as the
    # lowercase ones: title case ("Crashes Upon"), however many words it lost.
    ("CA04", "Passenger flight Crashes While landing Near Calicut Airport\n"
     "The plane landed at Calicut Airport.",
     "Passenger Flight Crashes While Landing Near Calicut Airport\nThe plane landed at Calicut Airport."),
    # A capital one word away from a name is evidence ("Samoan Government Ends").
    ("CA04", "Samoan Government Ends State of Emergency Over Measles outbreak\nThe government of Samoa "
     "ended the state of emergency on Sunday after the outbreak slowed.",
     "Samoan Government Ends State of Emergency Over Measles Outbreak\nThe government of Samoa "
     "ended the state of emergency on Sunday after the outbreak slowed."),
    # A capital in no run with a name, that the body writes in lower case, and no more
    # lowercase words than capitals: title case.
    ("CA04", "Fire erupts in Parking structure at Sola Airport, Norway\nA fire broke out in the parking "
     "structure of the airport on Tuesday.",
     "Fire Erupts in Parking Structure at Sola Airport, Norway\nA fire broke out in the parking "
     "structure of the airport on Tuesday."),
    # A capital that ends a run after a name, a pair the body never writes ("Dorian
    # Leaves"), is no part of the name; a name that goes on after "of" is.
    ("CA04", "Hurricane Dorian Leaves trail of destruction in the Bahamas\nAs the slow-moving "
     "Hurricane Dorian crossed the islands, the destruction grew.",
     "Hurricane Dorian Leaves Trail of Destruction in the Bahamas\nAs the slow-moving "
     "Hurricane Dorian crossed the islands, the destruction grew."),
    ("CA04", "Greta Thunberg named 2019 Time Person of the Year\nTime magazine named Greta "
     "Thunberg its Person of the Year on Wednesday.", None),
    ("CA04", "Google Maps adds new feature for cyclists\nGoogle said its maps app would show "
     "bicycle lanes.", None),
    # One such capital outweighs two lowercase words ("Impeachment", "impeachment").
    ("CA04", "U.S. House to Decide on sending articles of Impeachment to Senate\nThe House of "
     "Representatives will decide this week on sending the articles of impeachment to the Senate.",
     "U.S. House to Decide on Sending Articles of Impeachment to Senate\nThe House of "
     "Representatives will decide this week on sending the articles of impeachment to the Senate."),
    ("CA04", "Investors dump shares as Apple sales slow\nInvestors sold shares of Apple on Monday.", None),
    # A word of SCOWL size 50 is no name its owner writes in lower case ("landfall").
    ("CA04", "Hurricane Dorian Strengthens to Category 5, Makes landfall in the Bahamas\nThe storm made "
     "landfall on Sunday.",
     "Hurricane Dorian Strengthens to Category 5, Makes Landfall in the Bahamas\nThe storm made "
     "landfall on Sunday."),
    # Capitals beside a name may be the name's ("Northern Ireland Peace Process").
    ("CA04", "Hopes rise for breakthrough in Northern Ireland Peace Process\nThe peace process in Northern "
     "Ireland stalled.", None),
    # A compound's lowercase part and a quoted word are the publisher's: no sign of
    # sentence case.
    ("CA04", "Sensex Reaches a New All-time high\nThe index closed at a record on Monday.",
     "Sensex Reaches a New All-time High\nThe index closed at a record on Monday."),
    ("CA04", "UN 'optimistic' on Relief aid Effort\nThe United Nations said help was under way.",
     "UN 'optimistic' on Relief Aid Effort\nThe United Nations said help was under way."),
    ("CA04", "Checking Conditional Configurations With rustc\nRun rustc with the flag, and rustc checks it.",
     None),  # a name the body writes only in lower case
    ("CA04", "Trump, Putin and Zelensky meet in Geneva\nThey meet.", None),
    ("CA04", "BIG NEWS ABOUT the WAR\nBody.", None),
    ("CA04", "It works.Yes it does", None),
    ("CA04", "Europe Ends Its Anti-spam Campaign and High-profile Fight\nSpam fell.", None),
    ("CA04", "President Trump Says He 'can' and “may” Put Troops There\nHe said so.", None),
    ("CA04", "Scientists Describe How 'upside-down Rivers' of Warm Water Form\nWater.", None),
    ("CA04", "An 11-month Old Baby Finds Illegal Gun in Home\nA baby.", None),
    ("CA04", "Quiet Diplomacy Talks ˇhello Efforts\nSome quiet diplomacy.", None),  # no capital form
    ("CA02", "Mrs. ßmith went home.", None),  # capital "SS" would change the length
    ("CA02", "Mrs. ĸa went home.", None),  # two sentences on one line: not a headline
    ("CA04", "It works. Yes it does", None),
    # CA06 title before a name
    ("CA06", "He met the Queen. Then the Queen spoke. Later a speech by queen Elizabeth.",
     "He met the Queen. Then the Queen spoke. Later a speech by Queen Elizabeth."),
    ("CA06", "He met the Queen. Then the Queen spoke. Later the queen and queen Elizabeth left.", None),
    ("CA06", "He met President Biden. Then President Biden left. The former president George Bush met him.",
     None),
    ("CA06", "He met the Queen. Then the Queen spoke. A queen bee costume.", None),
    # After a modifier only when the text capitalises the title after one itself.
    ("CA06", "He met President Biden. Then President Biden left. Later the US President Joe Biden "
     "spoke. The former president George Bush met him.", "He met President Biden. Then President "
     "Biden left. Later the US President Joe Biden spoke. The former President George Bush met him."),
    ("CA06", "US president Bush visits Canada\nHe met President Martin. Then President Martin left. "
     "Later the American President George Bush spoke.", None),
    ("CA06", "He met President Biden. Then President Biden left. Former President Obama spoke. The former "
     "president George Bush met him.", None),
    ("CA06", "He met President Biden. Then President Biden left. The House impeached president Donald Trump.",
     "He met President Biden. Then President Biden left. The House impeached President Donald Trump."),
    ("CA06", "He met President Biden. Then President Biden left. Egypt's president Sisi came.", None),
    ("CA06", "He met President Biden. Then President Biden left. The Turkish president Erdogan came.", None),
    ("CA06", "Queen Camilla spoke.\nQueen Camilla left. Later a speech by queen Elizabeth.", None),
    ("CA06", "He met the Queen. Then the Queen spoke. Later the queen The end.", None),
    # CA05 title-case apostrophe
    ("CA05", "Trump'S Plan Don'T Go They'Re", "Trump's Plan Don't Go They're"),
    ("CA05", "O'Neill and D'Angelo and TRUMP'S", None),
    # TY01 misspellings
    ("TY02", "The figures are larger then those of last year.",
     "The figures are larger than those of last year."),
    ("TY02", "He ran away form the scene.", "He ran away from the scene."),
    # Among the most frequent words, a follower the pair list has for one member only:
    # "their crops" is listed, "there crops" is not; "is there life" and "were there
    # casualties" keep the word their left neighbour asks for.
    ("TY02", "The farmers sold there crops at the market.", "The farmers sold their crops at the market."),
    # The text writes the other member three times, the word once, and the neighbours
    # lean its way tenfold; not for function words ("too slippery" beside many "to").
    ("TY02", "The council met, voted and adjourned; the council chair left the council early. "
     "Protesters sprayed slogans on the counsel chambers.",
     "The council met, voted and adjourned; the council chair left the council early. "
     "Protesters sprayed slogans on the council chambers."),
    ("TY02", "It went to town, to sea, to work and to bed, its surface too slippery to hold.", None),
    # A word two or three words before that English follows with the other member
    # three thousand times more often than chance ("more than", "withdrew from").
    ("TY02", "The rules give citizens more freedom then people elsewhere enjoy.",
     "The rules give citizens more freedom than people elsewhere enjoy."),
    ("TY02", "The president withdrew the country form the treaty last year.",
     "The president withdrew the country from the treaty last year."),
    ("TY02", "He served in Congress longer than any other then-current member.", None),
    ("TY02", "They wanted more money and then left.", None),
    ("TY02", "More people came, then the police left.", None),
    ("TY02", "Is there life on Mars, the scientists asked.", None),
    ("TY02", "Were there casualties, the reporter asked.", None),
    ("TY02", "The archive lists events where four or more people died.", None),  # a clause opener
    ("TY02", "Witnesses said they could here the explosion from miles away.",
     "Witnesses said they could hear the explosion from miles away."),
    ("TY02", "The new rules are here to stay, and we can hear the crowd.", None),
    ("TY02", "She said Daniels had earned form her book.", "She said Daniels had earned from her book."),
    ("TY02", "The lockdown was extended to May 1.", None),  # a capitalised neighbour is no context
    ("TY02", "The shelf melts from below, said the author.", None),  # one neighbour, small margin
    ("TY02", "They were participating in the march.", None),
    # its / it's, decided by the next word
    ("TY02", "The company will hold it's own vote.", "The company will hold its own vote."),
    # The word before asks for a determiner ("of their") far more than a subject ("of
    # he"), and the word after asks for no "is": "its".
    ("TY02", "The firm announced the results of it's annual review on Monday.",
     "The firm announced the results of its annual review on Monday."),
    ("TY02", "The rain stopped and it's sunny now.", None),
    ("TY02", "I know that it's late, the minister said.", None),
    ("TY02", "Its not clear who won.", "It's not clear who won."),
    ("TY02", "The board said it’s members agreed. It’s late.",
     "The board said its members agreed. It’s late."),
    ("TY02", "The firm said it’s been a hard year.", None),
    ("TY02", "The party lost its majority.", None),
    ("TY02", "The ITS not yet in service, officials said.", None),  # an acronym
    ("TY02", "It's time to act, and its time in office is over.", None),  # "time" decides nothing
    ("TY02", "The city and its people welcomed it.", None),
    ("TY02", "It's important to vote. Its important work goes on.", None),
    # Right after a lowercase word no clause starts: a narrower margin ("reputation"),
    # not narrow enough for "time"; at a sentence start "It's people" stays.
    ("TY02", "The suit hurt the firm's stock price as well as it's reputation.",
     "The suit hurt the firm's stock price as well as its reputation."),
    ("TY02", "Once the vote is over it's time to act.", None),
    ("TY02", "It's people who vote. It's people that count.", None),
    # One side prefers the word as written, the other outweighs it a thousandfold.
    ("TY02", "CNBC reported their were at least ten deaths.",
     "CNBC reported there were at least ten deaths."),
    ("TY02", "Is there life on Mars? Was there damage to the house?", None),
    # A glued list of names from code or a changelog's tags is no glued clause.
    ("SP02", "Fixes:\n* win,tty: restore the cursor shape\n* unix,fs: fix sendfile", None),
    ("SP02", "Friday evening,mockumentary Mister America had its premiere.",
     "Friday evening, mockumentary Mister America had its premiere."),
    # A list opened and closed as code, or three names glued with one no English word,
    # is names even when its words are English; prose glued in several places is not.
    ("SP02", "- win,build: support Visual C++\n- **src,test**: fix it; the (mem,rem) bit", None),
    ("SP02", "Use perf report --sort comm,numfmt,paste now, or the Y,Cb,Cr planes.", None),
    ("SP02", "- **lib,test,tools**: lint\n* gifdec,Remap: fix\nThe (row,col,pass) values and "
     "(TRUE,FALSE,BOOLEAN): all kept.", None),
    ("SP02", "The asteroid will,however,make one pass.", "The asteroid will, however, make one pass."),
    # A colon glued twice between the same words, or between a word and itself, is a term.
    ("SP02", "Set address:port here. Then address:port again, owned by root:root.", None),
    ("SP02", 'He tweeted:"He was a rebel." She tweeted:"I agree."',
     'He tweeted: "He was a rebel." She tweeted: "I agree."'),
    ("SP02", "Note:This is an aside, and places:potentially many.",
     "Note: This is an aside, and places: potentially many."),
    # A member of a module or object in code: the member is in camel case, or the text
    # writes "word.member" elsewhere. A word the lexicon lacks is no evidence ("ok").
    ("SP01", "Use fs.WriteStream or http.ServerResponse, and net.Socket beside net.createServer.", None),
    ("SP01", "It is ok.Yes, it is.", "It is ok. Yes, it is."),
    ("SP01", "It returns an object.The content is a copy.", "It returns an object. The content is a copy."),
    ("SP01", "They sold the shares.McDonald said so.", "They sold the shares. McDonald said so."),
    # A token with braces, a pipe or angle brackets is code: "{net.Socket}".
    ("SP01", "Returns an instance of the {net.Socket} class.", None),
    # A quoted command is code too: a sigil and a letter first, or an option inside.
    ("CA01", 'The Vim comes with the Netrw package. Netrw supports reading files. Try Netrw with '
     '"vim ." and read its manual at ":help netrw".', None),
    ("CA01", 'The Vim comes with the Netrw package. Netrw supports reading files. Try Netrw, and '
     'read "the netrw manual".', 'The Vim comes with the Netrw package. Netrw supports reading '
     'files. Try Netrw, and read "the Netrw manual".'),
    # A description after a quoted term and a dash starts as a sentence does: no name.
    ("CA01", "Most tools offer a basic syntax check.\n\n“dash -n x.sh” - Syntax check of a script\n\n"
     "“perl -c x.pl” - Syntax check of a Perl script", None),
    # A caption after the number that opens its line starts as a sentence does.
    ("CA01", "表3.5 List of typical commands\n\n表3.6 List of other commands\n\n表3.7 List of tools\n\n"
     "Here are a list of other monitoring commands.", None),
    # A code span is code, not prose: no English-only rule edits inside one.
    ("SP02", "Use the `node:test` module to write tests.", None),
    ("SP01", "The stream.It is a `net.Socket` object.", "The stream. It is a `net.Socket` object."),
    # A word inside a name in code is no word of prose: "advise.statusHints".
    ("TY02", "It says nothing to commit, but without honoring the advise.statusHints setting.", None),
    # The end of a line ends a clause, as its punctuation does: "too" there is no "to".
    ("TY02", "They said it was a good idea too\nThen they left.", None),
    # The text's own usage and the word pairs disagree: no fix, or the rule would undo
    # itself pass after pass ("systems where" three times, "systems were also" once).
    ("TY02", "The bug shows on systems where pointers are 64 bits wide. On systems where the limit "
     "is low, it is rare. On systems where the kernel is old, it is common. But 32-bit Linux "
     "systems were also affected, if less often.", None),
    # A word three words back governs nothing where no neighbour could have refused.
    ("TY02", "The server has already stopped allowing new sessions.", None),
    ("TY03", "The report stesses that the intrustion was brief.",
     "The report stresses that the intrusion was brief."),
    ("TY03", "It was as-yet uncomfirmed and noted no ransom.",
     "It was as-yet unconfirmed and noted no ransom."),
    ("TY03", "Police said. Accoirding to them, two men fled.",
     "Police said. According to them, two men fled."),
    ("TY03", "He said the Minister of Agricuture would resign. The Agriculture budget fell.",
     "He said the Minister of Agriculture would resign. The Agriculture budget fell."),
    # A possessor ends the name before the institution: "Nikki Holland of the UK's".
    ("TY03", "Police spoke on Monday. Nikki Holland of the UK's National Crime Agancy said so.",
     "Police spoke on Monday. Nikki Holland of the UK's National Crime Agency said so."),
    ("TY03", "The epicenter was brashly reported, and opioids rose.", None),  # variant, derived, plural
    # A common word's other spellings are listed: a swap or a tripled letter in it is a slip.
    ("TY03", "Bank account numbres were stolen, and the man he callled was gone.",
     "Bank account numbers were stolen, and the man he called was gone."),
    ("TY03", "The theatres and centres were travelled to by many.", None),  # British spellings
    # A long word with no English word one slip away and one common word alone two slips away.
    ("TY03", "Wales made no recommdation on the matter.", "Wales made no recommendation on the matter."),
    ("TY03", "They rode it, travelator and all.", None),  # "translator" is no common word
    ("TY03", "The fursuit was made by hand. Every fursuit is unique.", None),  # written twice
    ("TY03", "They met Tomas Thier, and the word is Thier.", None),  # a name
    ("TY03", "Senator Dana Frist said the committee would meet.", None),  # a surname, not "First"
    ("TY03", "The species Caudipteryx zoui was small.", None),  # after a genus
    ("TY03", "He spoke of his Constitutional repsonsibilities on Monday.",
     "He spoke of his Constitutional responsibilities on Monday."),  # a common word is no genus
    ("TY03", 'See the "relatime" option in the manual.', None),  # a quoted term
    ("TY03", "Perl has a goto, you'll notice.", None),  # a short word no neighbour vouches for
    ("TY03", "Read the manpages of the libc library before you build it.", None),  # first letters
    ("TY03", "The talks ended. Allthough she has since left, the plan stands.",
     "The talks ended. Although she has since left, the plan stands."),  # a doubled letter, not a compound
    ("TY03", "Officials were lookking into the matter on Monday.",
     "Officials were looking into the matter on Monday."),
    ("TY03", "The vote went accordding to plan.", "The vote went according to plan."),  # no "accordd"
    ("TY03", "The ministry paid one million rubles to the family.", None),  # SCOWL size 50
    ("TY03", "The prepper stocked food for a year.", None),  # prep + p + er
    ("TY03", "I will in fatc pick a woman for the post.", "I will in fact pick a woman for the post."),
    ("TY03", "The fatc pick was made.", None),  # no neighbour pairs with one candidate alone
    # Three letters, in lower case: both neighbours must agree ("we know", "know that").
    ("TY03", "She said the team did well. We kno that this is a risk.",
     "She said the team did well. We know that this is a risk."),
    ("TY03", "They said it would keep our communities afe and clean.", None),  # "are" fits one side
    ("TY03", "Prices rose every year as wel.", None),  # one neighbour
    # Two words run together, a small word first; a compound of two content words stays.
    ("TY03", "They will stay atleast a week, and it was alot worse than planned.",
     "They will stay at least a week, and it was a lot worse than planned."),
    ("TY03", "Coldplay frontman Chris Martin sang on the night.", None),
    # After a capitalised common word, an institution's name: the neighbours choose; after a
    # given name, a surname's slot ("Bill" is a Census given name). "court" is no variant of "cort".
    ("TY03", "Officials met on Monday. The Supreme Cort ruled on Friday after a long hearing.",
     "Officials met on Monday. The Supreme Court ruled on Friday after a long hearing."),
    ("TY03", "Officials met on Monday. Senator Bill Frist spoke after a long hearing.", None),
    # A capitalised word of four letters at a sentence start is a candidate too.
    ("TY03", "The ambassador spoke. Erly on Saturday morning it began.",
     "The ambassador spoke. Early on Saturday morning it began."),
    ("TY03", "Obie said it was fine. He left.", None),
    # More neighbours pair with one correction than with any other: "in need" and "need for".
    ("TY03", "Call the embassy if in ened for travel documents.",
     "Call the embassy if in need for travel documents."),
    ("TY03", "The study was led by co-author Professor carl lipo of Binghamton University.",
     None),  # a surname's slot: "lip of" is no evidence there
    ("TY03", "This is the highest mumber of deaths in a day.",
     "This is the highest number of deaths in a day."),  # "member" pairs with one neighbour only
    ("TY03", "Bush said he was pleasd with the welcome.", "Bush said he was pleased with the welcome."),
    ("TY03", "The hikers were found in Snowdonia Natioanl Park on Monday.",
     "The hikers were found in Snowdonia National Park on Monday."),  # ten million times "national"
    ("TY03", "He leads the Institut National de Recherche Biomedicale.", None),  # a French name
    ("TY03", "Researchers of the University of Hawaii at Manoa and the Univesity of Southern California "
     "published the study on Monday.",
     "Researchers of the University of Hawaii at Manoa and the University of Southern California "
     "published the study on Monday."),  # no "y" of a cut "University" taken for Spanish
    ("TY03", "The report was a waste.\nAsia Times Onliene predicts that the talks will fail this year.",
     "The report was a waste.\nAsia Times Online predicts that the talks will fail this year."),  # SCOWL 50
    ("TY03", "Senator Dana Frist said the committee would meet.", None),  # "first" leads by far less
    ("TY03", "Health experts, such as Dr. David nabarro, head of operations.", None),  # not "navarro"
    ("TY03", "Police from Germany, Sourth Korea and France took part.",
     "Police from Germany, South Korea and France took part."),  # a place of multiword-places.txt
    # Capitalised: in an institution's name when English pairs the correction with the
    # name's next word, or a long word has one common word near it; at a sentence start
    # a short word whose only neighbour is a very common word.
    ("TY03", "The index of the National Stock Excahnge rose by two percent on the day.",
     "The index of the National Stock Exchange rose by two percent on the day."),
    ("TY03", "Officials of the Federal Emergency Managemnt Agency arrived on Sunday, the report said.",
     "Officials of the Federal Emergency Management Agency arrived on Sunday, the report said."),
    # A word only the frequency list has, and rarely, three hundred times rarer than a
    # common word one slip away; not a capitalised name English writes.
    ("TY03", "It improves the prospect of the planet beng a habitable world.",
     "It improves the prospect of the planet being a habitable world."),
    ("TY03", "Aid arrived fromm the capital on Monday.", "Aid arrived from the capital on Monday."),
    ("TY03", "Fighting along the river went on. Somme battles killed many.", None),
    # In a name of three or more common words, a word of six letters or more whose
    # dominant correction leads by tenfold; not in a two-word name ("Matt Simister").
    ("TY03", "The head of the Metropolitan Police Coutner Terrorism Command spoke on Monday.",
     "The head of the Metropolitan Police Counter Terrorism Command spoke on Monday."),
    ("TY03", "Speaking to the paper, Matt Simister, the chain's chief for the region, agreed.", None),
    ("TY03", "It stood at the intersection of Martine Avenue and Lexington Avenue in the city.", None),
    ("TY03", "It made a lot of money. Tyhat movie raked in far more than the studio expected.",
     "It made a lot of money. That movie raked in far more than the studio expected."),
    # Two slips in a long word, towards a common word a neighbour agrees with.
    ("TY03", "Police said that multipul people were hurt when the convoy was attacked on Monday.",
     "Police said that multiple people were hurt when the convoy was attacked on Monday."),
    # One of the most frequent words two slips from a long word, leading a thousandfold,
    # needs no neighbour; a compound ("all" + "tough") is no word when it is that near.
    ("TY03", "It was investigated.\nMultipul assailants attacked the convoy on Monday.",
     "It was investigated.\nMultiple assailants attacked the convoy on Monday."),
    ("TY03", "The report came. Alltough the police said two died, more may have.",
     "The report came. Although the police said two died, more may have."),
    # The only common word two slips from a word of nine letters, a neighbour agreeing.
    ("TY03", "The case was thrown out of court due to insuffient evidence, the lawyer said.",
     "The case was thrown out of court due to insufficient evidence, the lawyer said."),
    # "beleaved" is two slips from "believed" and from "beloved": no correction dominates.
    ("TY03", "The ministry said it had beleaved the reports until the end of the week.", None),
    # At a sentence start before a name: only to one of the most frequent words.
    ("TY03", "The report was long. Afetr Hunter retreated to New Mexico, the book went on.",
     "The report was long. After Hunter retreated to New Mexico, the book went on."),
    ("TY03", "The report was long. Sainte Marie was the town they reached on foot that day.", None),
    # A surname stays.
    ("TY03", "The board met again. Brian Hoook said the plan was a good one for the town.", None),
    # The text's own words first: the one it writes that near ("peapel": "people", two slips).
    ("TY03", "Five million peapel lack food. Many people have left the region since May.",
     "Five million people lack food. Many people have left the region since May."),
    ("TY03", "He said they had been aledged to pay. The alleged payments were made in May.",
     "He said they had been alleged to pay. The alleged payments were made in May."),
    ("TY03", "The act of prorogating Parliament was unlawful, and the prorogation void.", None),  # one stem
    ("TY03", "The band had a new sound. They left, and the yout was all out on the street.", None),
    # A short word to one of the most frequent words, far ahead of any other ("sine").
    ("TY03", "It has been a public health emergency sicne April, the ministry said.",
     "It has been a public health emergency since April, the ministry said."),
    ("TY03", "Windows were broken on multiple floors, witk soot coating the walls.",
     "Windows were broken on multiple floors, with soot coating the walls."),
    # No British spelling at a word's first letters: "erturn" is a slip of "return".
    ("TY03", "He is expected to erturn to the capital on Monday.",
     "He is expected to return to the capital on Monday."),
    # Two slips that leave the first letters alone; neighbours choose among such words.
    ("TY03", "The leader of the oppositition party said the vote was rigged.",
     "The leader of the opposition party said the vote was rigged."),
    ("TY03", "The findings were published molecularly and in print.", None),  # not two slips
    ("TY03", "The vote was close. Brexit talks resume on Monday.", None),  # capitalised: one slip only
    # A name the text writes elsewhere with a common word a slip away: that word.
    ("TY03", "Police at Stavanger Airport said the fire began at night. Cars burned at Stavanger Aiport, "
     "Sola, on Monday.",
     "Police at Stavanger Airport said the fire began at night. Cars burned at Stavanger Airport, "
     "Sola, on Monday."),
    ("TY03", "The First Minister spoke. Senator Dana Frist listened to the First Minister.", None),
    # No correction dominates, but one alone makes a name English writes ("State Department").
    ("TY03", "Officials said that the U.S. Stae Department issued a travel warning.",
     "Officials said that the U.S. State Department issued a travel warning."),
    # A long word at a sentence start before a name: the only common word near it.
    ("TY03", "The clubs met in May.\nNumberous Maker Clubs from across the state took part.",
     "The clubs met in May.\nNumerous Maker Clubs from across the state took part."),
    # A common word the text writes only capitalised is the text's word too.
    ("TY03", "He said it was a plot. [...] Shahid Soleymani is the hero, he said.", None),  # a name
    ("TY03", "Both sides agreed on Monday. Boths teams will play again in May.",
     "Both sides agreed on Monday. Both teams will play again in May."),
    # A name's slot after a title with its period; not after a word the text writes as a surname.
    ("TY03", "The study was led by Dr. alison kock, who said the knock was loud.", None),
    ("TY03", "Alexei Navalny fell ill. Associates of Navalny aledged that the alleged tea was laced.",
     "Alexei Navalny fell ill. Associates of Navalny alleged that the alleged tea was laced."),
    # An inflection or compound the lexicon guesses, when a slip of a far commoner word makes it.
    ("TY03", "Gutierrez was sufferring from cancer, his family said on Monday.",
     "Gutierrez was suffering from cancer, his family said on Monday."),
    ("TY03", "The effect has been demonstated by researchers at the university.",
     "The effect has been demonstrated by researchers at the university."),
    ("TY01", "They recieved the goverment report.", "They received the government report."),
    ("TY01", "Former Frist Lady Melania", "Former First Lady Melania"),
    ("TY01", "He met the Secratary of State.", "He met the Secretary of State."),
    ("TY01", "GOVERMENT said the", None),  # capitalised without evidence
    ("TY01", "Senator Bill Frist and Senator Frist spoke to the press.", None),
    ("TY01", "la goverment", None),  # not an English line
    # TY02 real-word errors
    # A tie next to the same word, broken by how often the text writes each member.
    # Slots of phrase-slots.txt: a predicative adjective after "quiet", a noun after "quite".
    ("TY02", "The results were quiet good this year.", "The results were quite good this year."),
    ("TY02", "The minister was quiet clear about the plan.", "The minister was quite clear about the plan."),
    ("TY02", "It is not quiet clear what happened.", "It is not quite clear what happened."),
    ("TY02", "She spoke in a quite voice to reporters.", "She spoke in a quiet voice to reporters."),
    ("TY02", "The streets remained quite during the night.", "The streets remained quiet during the night."),
    ("TY02", "Officials kept quite about the deal.", "Officials kept quiet about the deal."),
    ("TY02", "It was quiet a surprise to them.", "It was quite a surprise to them."),
    ("TY02", "The street was quiet late at night.", None),
    ("TY02", "The town was quiet long before dawn.", None),
    ("TY02", "It was a quite remarkable result.", None),
    ("TY02", "The room was not quiet enough for the talks.", None),
    # One neighbour alone decides by a wider margin; a pair English writes either way
    # with less than twofold difference says nothing ("and their": "and there is").
    ("TY02", "The virus has killed more then 1,000 people.", "The virus has killed more than 1,000 people."),
    ("TY02", 'Doctors said "and their is hope" for him.', 'Doctors said "and there is hope" for him.'),
    # Neither pair on the left: how often English writes each member speaks against the rarer.
    ("TY02", "The code is portable to many Unix-like systems.", None),
    ("TY02", "Algae form the base of the food chain.", None),
    ("TY02", "The change did not come quite overnight.", None),
    ("TY02", "The mood was quiet, clear and calm.", None),
    # More confusion sets, each on a phrase no correct text writes.
    ("TY02", "A dog was let lose in the park, and the screws were lose.",
     "A dog was let loose in the park, and the screws were loose."),
    ("TY02", "He took a deep breathe and held her breathe.", "He took a deep breath and held her breath."),
    ("TY02", "The school principle said it was a matter of principal.",
     "The school principal said it was a matter of principle."),
    ("TY02", "The rule took affect and had an affect on prices.",
     "The rule took effect and had an effect on prices."),
    ("TY02", "Senators reached across the isle for the forth time.",
     "Senators reached across the aisle for the fourth time."),
    ("TY02", "The hearing may peak the interest of investors who bare the cost.",
     "The hearing may pique the interest of investors who bear the cost."),
    ("TY02", "Police let her breathe. He put forth time and energy.", None),
    ("TY02", "They sailed across the Isle of Wight and over the Firth of Forth.", None),
    ("TY02", "Peak District visitors rose. Interest on principal is due.", None),
    ("TY02", "Team Could Loose Final\nThe team could lose the final.",
     "Team Could Lose Final\nThe team could lose the final."),
    # A single letter is no neighbouring word: the "n" of escaped line breaks.
    ("TY02", "They accept\\n' and more. Rules except\\n' apply. Also except\\n' works.", None),
    ("TY02", "The royal council met. The council voted. The council agreed. A royal counsel was named.",
     "The royal council met. The council voted. The council agreed. A royal council was named."),
    ("TY02", "The royal council met. A royal counsel was named.", None),
    ("TY02", "The royal council met. The council voted. The council agreed. A royal counsel was named. "
     "His counsel advised.", None),
    ("TY02", "Quite Diplomacy Works\nShe favours quiet diplomacy. It is quite large.",
     "Quiet Diplomacy Works\nShe favours quiet diplomacy. It is quite large."),
    ("TY02", "It is quite large and quite a few came. She made discreet efforts.", None),
    ("TY02", "the principal of the school and the principle of law", None),
    ("TY02", "We expect quiet a few people to loose money.", "We expect quite a few people to lose money."),
    ("TY02", "Talks led to a quite revolution. It is quiet likely to work.",
     "Talks led to a quiet revolution. It is quite likely to work."),
    # The pattern's words must stand next to each other: no comma, no compound.
    ("TY02", "The street stayed quiet, often for hours. It was quite time-consuming.", None),
    ("TY02", "We expect quiet, a few said.", None),
    # A degree adverb cannot end a sentence; "not quite." and "Quite." can.
    ("TY02", "The port is usually quite. Trade went quite for a month.",
     "The port is usually quiet. Trade went quiet for a month."),
    ("TY02", "The town fell quite! It was eerily quite.", "The town fell quiet! It was eerily quiet."),
    # "<pause>": a comma or colon also ends the phrase after a frequency adverb, or
    # after an adjective "quiet" would have to modify as an adverb.
    ("TY02", "The square, usually quite, was full.", "The square, usually quiet, was full."),
    ("TY02", "It burns, so it's quiet hard. It was quiet easy: we won.",
     "It burns, so it's quite hard. It was quite easy: we won."),
    ("TY02", "The street is usually quite busy. It is not quite, he said, over.", None),
    ("TY02", "They live in a quiet close. He played quiet hard rock. He was quiet, hard to read.", None),
    ("TY02", "It is not quite. Quite. It went quite well, and was quite, frankly, odd.", None),
    ("TY02", "It was quite good. The room was quite small.", None),
    ("TY02", "I can't quiet remember her advise.", "I can't quite remember her advice."),
    ("TY02", "They advise caution; experts advise waiting. A quiet understanding.", None),
    ("TY02", "Prices of elicit drugs rose.", "Prices of illicit drugs rose."),
    ("TY02", "The court found Okafor's advise was wrong; the ministers’ advise too.",
     "The court found Okafor's advice was wrong; the ministers’ advice too."),
    ("TY02", "Lawyers advise clients; the firm's lawyers advise caution.", None),
    ("TY02", "Its breathe", "Its breath"),  # a determiner (<det>), not a possessive (<poss>)
    ("TY02", "Questions elicit a response. The crash site was cleared.", None),
    # WS
    ("WS01", "end.  \nnext\t\n", "end.\nnext\n"),
    ("WS02", "a  b\tc", "a b c"),
    ("WS02", "indent\n  kept by WS02", None),
    ("WS03", "   Para one.\n\tPara two.", "Para one.\nPara two."),
    ("WS04", "\n\n  \nTitle", "Title"),
    ("WS05", "a\n\n\n\nb\nc\n\nd", "a\n\nb\nc\n\nd"),
    ("WS05", "one\ntwo\n\nthree", None),
    ("WS06", "end", None),
    ("WS06", "end  ", "end"),
    ("WS06", "end\n\n\n", "end\n"),
    ("WS06", "", None),
    ("WS06", " \n\n", ""),
    # Issue 18: text a rule does not understand stays as it is (language and verbatim scope).
    ("CA03", "Oggi i funerali del sindaco. Leżeli nad Wisłą i on spał.", None),
    ("CA04", "Sie können Ihr Geld auch zur Bank bringen\n\nDas ist gut.", None),
    ("CA01", "Sie sagten, dass Sie leben. Wir leben hier. Die Frau liest ihrer Tochter vor.", None),
    ("CA01", "Use Perl for scripts.\n\n$ aptitude install perl\n", None),
    ("CA01", "Set the type to Cyrus.\n\n$ sudo postconf -e 'smtp_sasl_type = cyrus'\n", None),
    ("SP04", "Search the tree:\n\nfind . -name x\n", None),
    ("SP02", "List them:\n\nps -eo pid,user,args\n", None),
    ("SP01", "See the files:\n\ncat /usr/share/doc/x/README.Debian | less\n", None),
    ("WS03", "Run:\n\n    if x:\n        y = 1\n", None),
    ("EN04", "entity | meaning\n&quot; | a double quote\n&amp; | an ampersand\n", None),
    ("CA01", "Command | Use\nnmap | Network Mapper\nNmap scans | hosts\n", None),
    # A headline with slashes, and a document's only line, are not breadcrumb trails.
    ("BP01", "Apple / Google / Microsoft earnings beat forecasts\nShares rose on Tuesday.", None),
    ("BP01", "Campeonatos > III Divisão - Série F > Jornadas Classificação", None),
    ("BP01", "You are here: Home / Science / Four teenagers shot at\nEarly on Saturday, four were hurt.",
     "Early on Saturday, four were hurt."),
    # A chrome phrase that continues a hard-wrapped sentence is part of the paragraph.
    ("BP04", "For large archives a local mirror is what is\n   recommended.\n", None),
    ("BP03", "Readers who want the full text can, and\nemail this story to a friend.\n", None),
    # Shapes, not phrases: an interface verb in the imperative with a short object, an
    # engagement counter, the age banner of an archived page, a credit label, a trail
    # whose last crumb is the headline cut short.
    ("BP03", "The court ruled on Friday, the clerk said.\n\nScroll to continue with content\n\n"
     "The state will appeal the ruling, officials said.\n",
     "The court ruled on Friday, the clerk said.\n\n\nThe state will appeal the ruling, officials said.\n"),
    ("BP03", "The court ruled on Friday, the clerk said.\nBack to top\n",
     "The court ruled on Friday, the clerk said.\n"),
    ("BP03", "The court ruled on Friday.\n\nBack to school season began on Monday across the whole state.\n",
     None),
    ("BP03", "Follow the money, the investigators said, and the trail leads abroad.\n", None),
    # An instruction is no prompt: its object is no part of the page, and only the verbs
    # of signing up and scrolling take a particle.
    ("BP03", "The release is made in steps.\n\n* Follow the release process.\n* Enable the argon2 "
     "module.\n* Print the current stack trace\n\nFollow up to #397\nWatch out for\n", None),
    ("BP03", "The court ruled on Friday, the clerk said.\nPrint the article\nScroll down\n",
     "The court ruled on Friday, the clerk said.\n"),
    ("BP07", "The court ruled on Friday, the clerk said.\n\n136 comments\n",
     "The court ruled on Friday, the clerk said.\n\n"),
    ("BP07", "The court ruled on Friday.\n\n136 comments were sent to the agency before the deadline.\n",
     None),
    ("BP04", "This article is more than 179 days old\n\nThe court ruled on Friday, the clerk said.\n",
     "\nThe court ruled on Friday, the clerk said.\n"),
    ("BP05", "The court ruled on Friday, the clerk said.\n\nCredit: Tom Berg for The Daily Courier\n",
     "The court ruled on Friday, the clerk said.\n\n"),
    # Shapes, not phrases: interface prompts, time stamps, reading times, copyright years.
    ("BP03", "The court ruled on Friday, the clerk said.\nPlease enable JavaScript to view the comments.\n",
     "The court ruled on Friday, the clerk said.\n"),
    ("BP03", "Toggle navigation\nThe court ruled on Friday, the clerk said.\n",
     "The court ruled on Friday, the clerk said.\n"),
    ("BP03", "The court ruled on Friday, the clerk said.\n\nSee the following.\n\nMore text here.\n", None),
    ("BP03", "Most steps need a shell.\n\nLog in to the server as root.\n\nThen run the script.\n", None),
    ("BP07", "Updated: Jan 5, 2021 10:32 a.m. ET\n5 min read\nThe court ruled on Friday, the clerk said.\n",
     "The court ruled on Friday, the clerk said.\n"),
    ("BP07", "The court ruled on Friday.\n\nPublished 3 hours ago\n\nThe clerk said so on Monday.\n",
     "The court ruled on Friday.\n\n\nThe clerk said so on Monday.\n"),
    ("BP07", "The court ruled on Friday.\n\nPublished in 1998, the book sold two million copies.\n", None),
    ("BP07", "The court ruled on Friday.\n\nUpdated but not yet final\n\nThe clerk said so.\n", None),
    ("BP06", "The court ruled on Friday, the clerk said.\nCopyright 2021 The Associated Press. All rights "
     "reserved. This material may not be published, broadcast, rewritten or redistributed.\n",
     "The court ruled on Friday, the clerk said.\n"),
    ("BP06", "The court ruled on Friday.\n\nCopyright law changed in 1998 for the whole industry.\n", None),
    ("BP06", "Copyright 2023 Robyn Speer\n\nLicensed under the Apache License, Version 2.0 (the License); "
     "you may not use this file except in compliance with the License.\n", None),
    ("BP01", "Home > News > Texas federal judge says...\n\nOn Friday, a federal judge in Texas ruled.\n",
     "\nOn Friday, a federal judge in Texas ruled.\n"),
    # EN01: no-break spaces, soft hyphens and capitals are not UTF-8 continuation bytes.
    ("EN01", "SELKÄ\u00a0EDELLÄ\u00a0MAAHAN", None),
    ("EN01", "T. Pratchett: Úžasný Mauric", None),
    ("EN01", "MÄ£ÄM ÌÑÌ Q £ÄGÌ GÄLÄW", None),
    # EN01: other code pages' mojibake reaches ftfy.
    ("EN01", "Le Vigne di Zam√≤", "Le Vigne di Zamò"),
    ("EN01", "Traffic Tip 2 вЂ“ Broadcast Email", "Traffic Tip 2 – Broadcast Email"),
    ("EN01", "LiĂ¨ge Avenue de l'HĂ´pital", "Liège Avenue de l'Hôpital"),
    # CA04: a quotation's capitals are its own, no title case ('said' stays lowercase).
    ("CA04", 'He said:"We will win the vote."', None),
    # CA04: a subtitle after a stop is capitalised in sentence case too; exclamations are no headline.
    ("CA04", "Chapter 10. Data management\nTools and tips for managing data.", None),
    ("CA04", "Hello...  IRON CURTAIN?  Send over a SAUSAGE PIZZA!  No thanks!", None),
    # CA01: a lowercase compound or package name, a man page, an address are no prose uses.
    ("CA01", "Debian is free. Debian is big. Ask on the debian-user list.", None),
    ("CA01", "Awk is old. Awk is small. Use awk(1) here.", None),
    ("CA01", "Write to Osamu. Osamu replies. Mail <osamu at example dot org>.", None),
    # TY01: a capitalised misspelling of a minor word in mid-sentence is a name.
    ("TY01", "Shares of Teh Corp rose. Teh market fell. It was teh best of the year.",
     "Shares of Teh Corp rose. Teh market fell. It was the best of the year."),
    # CA03: a lowercase "i" in a quotation without capitals is a search query, kept.
    ("CA03", 'People searched for "how do i fix my phone" online.', None),
    ("CA03", 'He said "Well, i think so" and i agree.', 'He said "Well, I think so" and I agree.'),
]


def _apply(selector: str, text: str) -> str:
    return run_rules(text, select_rules(selector)).text


@pytest.mark.parametrize(("selector", "text", "expected"), CASES, ids=lambda v: repr(v)[:40])
def test_rule_case(selector: str, text: str, expected: str | None) -> None:
    assert _apply(selector, text) == (text if expected is None else expected)


def test_every_rule_has_positive_and_negative_cases() -> None:
    positive = {code for code, _, expected in CASES if expected is not None}
    negative = {code for code, _, expected in CASES if expected is None}
    codes = {rule.code for rule in RULES}
    assert codes - positive == set(), "rules without a case that changes text"
    # Deletion-only layout rules have no look-alikes worth a negative case of their own.
    assert codes - negative <= {"EN08", "WS01", "WS03", "WS04"}, "rules without a must-stay case"


def test_lossy_mojibake_reports_what_it_cannot_fix() -> None:
    result = newsclean.run("price \ufffd 5\n", newsclean.Config(select=("EN02",)))
    assert [(d.code, d.after) for d in result.diagnostics] == [("EN02", None)]
    assert result.text == "price \ufffd 5\n"


def test_citation_token_mid_sentence_gets_a_note() -> None:
    result = newsclean.run("Russian President :contentReference[oaicite:1]{index=1} in an effort.\n")
    notes = [d.note for d in result.diagnostics if d.code == "AR01"]
    assert notes
    assert notes[0]
    assert "missing" in notes[0]


def test_mojibake_note_carries_ftfy_plan() -> None:
    (diagnostic,) = newsclean.check("Itâ€™s\n", select=["EN01"])
    assert diagnostic.note
    assert diagnostic.note.startswith("ftfy:")


def test_a_lowercase_name_of_two_words_is_repaired_whole_in_the_default_pipeline() -> None:
    # CA07 runs before CA01: "halen" alone would become "Halen" and leave "van Halen".
    text = "Eddie Van Halen played. Fans of Van Halen cheered. The guitarist of van halen died.\n"
    assert newsclean.clean(text) == text.replace("van halen", "Van Halen")


MUST_STAY = sorted((FIXTURES / "rules" / "must-stay").glob("*.txt"))


@pytest.mark.parametrize("path", MUST_STAY, ids=lambda p: p.stem)
def test_default_pipeline_leaves_fixture_unchanged(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    result = newsclean.run(text)
    assert result.text == text, [(d.code, d.context_before, d.context_after) for d in result.diagnostics]


def test_must_stay_fixtures_cover_the_required_scripts() -> None:
    names = {path.stem for path in MUST_STAY}
    required = {"chinese", "japanese", "korean", "arabic", "persian", "hindi", "thai",
                "russian", "greek", "french", "emoji"}
    assert required <= names


def test_repeated_headline_leaves_runs_of_identical_lines() -> None:
    text = "- a\n- a\n- a\n- a\n"
    assert run_rules(text, select_rules("BP02")).text == text


def test_glued_sentence_chain_is_split_in_one_pass() -> None:
    # Each split used to change whether the point before it looked like a dotted name,
    # so a chain of n glued sentences took n passes (and more than 8 raised).
    chain = ".".join(f"Word{letter}" for letter in "abcdefghijkl") + " ends here.\n"
    result = newsclean.run(chain)
    assert {d.fixed_in_pass for d in result.diagnostics if d.code == "SP01"} == {1}
    assert ". Wordl ends" in result.text


def test_headline_case_gives_all_its_edits_in_one_call() -> None:
    # Capitalising one compound part changes what the next one is: found by fuzzing, the
    # engine ran out of passes. The rule reaches its own fixpoint.
    from newsclean.engine import apply_edits
    from newsclean.rules.casing import headline_case

    text = "Latu Ho[e- Hlatu-lat} Ho[e-la-lae-latu Hfello[e- Home Says\nThe body is here today."
    once = apply_edits(text, headline_case(text))
    assert list(headline_case(once)) == []


# Known limits of TY02's word-pair model: "was quite a" and "they lose the" are far
# likelier pairs, and only a longer context ("a moment ago", "loose the dogs") shows
# that the words as written are right. Strict: the test fails once the rule gets them.
@pytest.mark.xfail(strict=True, reason="word pairs cannot see past the next word")
@pytest.mark.parametrize(
    "text",
    ["Police tried to quiet a crowd. It was quiet a moment ago.",
     "A quiet room. They loose the dogs at night."],
)
def test_real_word_pairs_that_need_a_longer_context(text: str) -> None:
    assert _apply("TY02", text) == text


def test_the_texts_own_words_are_candidates_capitalised_when_common() -> None:
    """The words a text writes are TY03's first candidates: in lower case, or capitalised
    when they are common English words ("Although" at a sentence start); names are not."""
    from newsclean.rules._document import cased_runs, letter_runs
    from newsclean.rules.spelling import _DocumentWords, _trusted_lexicon

    text = "Although it rained, they met in Ayacucho. The people came."
    lowercase = letter_runs(text) - cased_runs(text)
    words = _DocumentWords(text, lowercase, lowercase - _trusted_lexicon())
    assert words.correction("althoug") == ("although", 1)
    assert words.correction("peaple") == ("people", 1)
    assert words.correction("ayacuco") is None  # a name, not a candidate
    assert words.correction("zzzz") is None
