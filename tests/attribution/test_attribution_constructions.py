"""One hand-written sentence per construction: expected kind, source, cue, content, parent."""

from __future__ import annotations

import pytest

from newsdyad.attribution import find_attributions


def _run(nlp, text):
    doc = nlp(text)
    result = find_attributions(doc, [])
    g = lambda s: None if s is None else text[s[0]:s[1]]
    rows = []
    for a in result.attributions:
        rows.append({
            "id": a.id, "kind": a.kind, "source": g(a.source.span), "cue": " ".join(g(c) for c in a.cue),
            "content": [g(c) for c in a.content], "parent": a.parent,
            "addressee": g(a.addressee.span) if a.addressee else None,
        })
    return rows, result


# (text, [(kind, source, cue, content pieces, parent id or None)])
CASES = [
    ("source_cue_that_content",
     "The minister said that the border would reopen on Monday.",
     [("indirect", "The minister", "said", ["the border would reopen on Monday"], None)]),
    ("trailing_attribution",
     "The border will reopen on Monday, the minister said.",
     [("indirect", "the minister", "said", ["The border will reopen on Monday"], None)]),
    ("inversion_straight_quotes",
     '"The border will reopen on Monday," said the minister.',
     [("direct", "the minister", "said", ["The border will reopen on Monday,"], None)]),
    ("curly_quotes_trailing",
     "“We will not negotiate,” the rebel commander said.",
     [("direct", "the rebel commander", "said", ["We will not negotiate,"], None)]),
    ("colon_multi_sentence_quote",
     'The spokesman said: "Talks have failed. We are going home."',
     [("direct", "The spokesman", "said", ["Talks have failed. We are going home."], None)]),
    ("interrupted_quote",
     "“The talks,” the envoy said, “have failed completely.”",
     [("direct", "the envoy", "said", ["The talks,", "have failed completely."], None)]),
    ("single_quotes_nested_in_double",
     "“Their ‘reforms’ changed nothing at all,” the activist said.",
     [("direct", "the activist", "said", ["Their ‘reforms’ changed nothing at all,"], None)]),
    ("multi_paragraph_quote",
     'The mayor said: "We need help.\n\n"The river is still rising."',
     [("direct", "The mayor", "said", ["We need help.", "The river is still rising."], None)]),
    ("according_to_start",
     "According to the ministry, twelve soldiers were killed.",
     [("according_to", "the ministry", "According to", ["twelve soldiers were killed"], None)]),
    ("according_to_end",
     "Twelve soldiers were killed, according to the ministry.",
     [("according_to", "the ministry", "according to", ["Twelve soldiers were killed"], None)]),
    ("according_to_middle",
     "The army, according to the ministry, lost twelve soldiers.",
     [("according_to", "the ministry", "according to", ["The army", "lost twelve soldiers"], None)]),
    ("told_addressee",
     "The governor told reporters that the curfew would end soon.",
     [("indirect", "The governor", "told", ["the curfew would end soon"], None)]),
    ("mixed_quote",
     'The senator said the plan was "a complete disaster" for farmers.',
     [("mixed", "The senator", "said", ['the plan was "a complete disaster" for farmers'], None)]),
    ("nested_chain",
     "The newspaper said that the president had told aides he would resign.",
     [("indirect", "The newspaper", "said", ["the president had told aides he would resign"], None),
      ("indirect", "the president", "had told", ["he would resign"], "Q1")]),
    ("quoted_by_publication",
     "Officials, quoted by the Daily Herald, said the dam was unsafe.",
     [("reported_by", "the Daily Herald", "quoted by", ["the dam was unsafe"], None),
      ("indirect", "Officials", "said", ["the dam was unsafe"], "Q1")]),
    ("publication_quoted_as_saying",
     "The Daily Herald quoted officials as saying the dam was unsafe.",
     [("reported_by", "The Daily Herald", "quoted", ["the dam was unsafe"], None),
      ("indirect", "officials", "saying", ["the dam was unsafe"], "Q1")]),
    ("told_publication",
     "A police officer told the Daily Herald that the dam was unsafe.",
     [("reported_by", "the Daily Herald", "told", ["the dam was unsafe"], None),
      ("indirect", "A police officer", "told", ["the dam was unsafe"], "Q1")]),
    ("warned",
     "The prime minister warned that sanctions would follow.",
     [("indirect", "The prime minister", "warned", ["sanctions would follow"], None)]),
    ("denied",
     "The opposition denied that it had received foreign money.",
     [("indirect", "The opposition", "denied", ["it had received foreign money"], None)]),
    ("colon_headline_speaker",
     "Mayor Jones: The bridge will stay closed until spring.",
     [("indirect", "Mayor Jones", ":", ["The bridge will stay closed until spring"], None)]),
    ("cue_noun_claim_that",
     "Her claim that the army had fled was false.",
     [("indirect", "Her", "claim", ["the army had fled"], None)]),
    ("cue_noun_possessive_of",
     "Smith's endorsement of Jones surprised the party.",
     [("indirect", "Smith's", "endorsement of", ["Jones"], None)]),
    ("cue_noun_view_is_that",
     "His view is that the tax must go.",
     [("indirect", "His", "view is", ["the tax must go"], None)]),
    ("as_source_noted",
     "As the newspaper noted, the mayor had resigned twice.",
     [("indirect", "the newspaper", "noted", ["the mayor had resigned twice"], None)]),
    ("participle_asked_no_source",
     "Asked whether he would resign, the mayor shook his head.",
     [("indirect", None, "Asked", ["whether he would resign"], None)]),
    ("said_in_statement_that",
     "The director said in a statement that the plant was safe.",
     [("indirect", "The director", "said in a statement", ["the plant was safe"], None)]),
    ("speech_verb_object",
     "The governor stated her opposition to the new dam.",
     [("indirect", "The governor", "stated", ["her opposition to the new dam"], None),
      ("indirect", "her", "opposition to", ["the new dam"], "Q1")]),
    ("stance_object_with_rider",
     "The mayor blamed the flood on the broken levee.",
     [("indirect", "The mayor", "blamed", ["the flood on the broken levee"], None)]),
    ("saying_clause_is_its_own_cue",
     'The senator denounced the attacks, saying "they shame us all."',
     [("indirect", "The senator", "denounced", ["the attacks"], None),
      ("direct", "The senator", "saying", ["they shame us all."], None)]),
    ("quote_with_unlisted_verb_trailing",
     "“We have waited long enough,” the farmer grumbled.",
     [("direct", "the farmer", "grumbled", ["We have waited long enough,"], None)]),
    ("quote_with_unlisted_verb_colon",
     "The coach leaned in and boomed: “Nobody leaves early.”",
     [("direct", "The coach", "boomed", ["Nobody leaves early."], None)]),
    ("direct_quote_nested_attribution",
     "“He told me that the deal was dead,” the aide said.",
     [("indirect", "He", "told", ["the deal was dead"], "Q2"),
      ("direct", "the aide", "said", ["He told me that the deal was dead,"], None)]),
    # round 2
    ("coordinated_cue_verbs_are_siblings",
     "She says she admires the judge and calls him a careful man.",
     [("indirect", "She", "says", ["she admires the judge"], None),
      ("indirect", "She", "calls", ["him a careful man"], None)]),
    ("coordinated_cue_other_subject_stays_nested",
     "The paper added that the chief met the envoy and told reporters the deal was off.",
     [("indirect", "The paper", "added", ["the chief met the envoy and told reporters the deal was off"], None),
      ("indirect", "the chief", "told", ["the deal was off"], "Q1")]),
    ("called_object_predicate",
     "The mayor later praised the plan, called it “a bold step” and said it would pass.",
     [("indirect", "The mayor", "later praised", ["the plan"], None),
      ("mixed", "The mayor", "called", ["it “a bold step”"], None),
      ("indirect", "The mayor", "said", ["it would pass"], None)]),
    ("calling_for_clause",
     "The governor is calling for the state to close its borders.",
     [("indirect", "The governor", "is calling for", ["the state to close its borders"], None)]),
    ("called_on_addressee_to",
     "The union called on its members to stay at home.",
     [("indirect", "The union", "called on", ["its members to stay at home"], None)]),
    ("told_addressee_to",
     "The coach told his players to stay calm.",
     [("indirect", "The coach", "told", ["to stay calm"], None)]),
    ("said_so",
     "Half of the farmers said so.",
     [("indirect", "Half of the farmers", "said", ["so"], None)]),
    ("parenthetical_said",
     "The plan, he said, will fail.",
     [("indirect", "he", "said", ["The plan", "will fail"], None)]),
    ("quote_then_speaker_with_apposition",
     "“The dam will hold,” Garcia, 61, told the council.",
     [("direct", "Garcia, 61", "told", ["The dam will hold,"], None)]),
    ("quote_paragraph_continues_speaker",
     "“We will win this county,” she said on Monday.\n\n“And then we will win the state.”",
     [("direct", "she", "said", ["We will win this county,", "And then we will win the state."], None)]),
    ("sentence_colon_then_quote",
     "The governor listed the qualities he wants in a judge: “Honesty, patience and courage.”",
     [("direct", "The governor", ":", ["Honesty, patience and courage."], None)]),
    ("headline_colon_source_noun",
     "Poll: Most voters back the new bridge",
     [("indirect", "Poll", ":", ["Most voters back the new bridge"], None),
      ("indirect", "Most voters", "back", ["the new bridge"], "Q1")]),
    ("repeated_cue_verb_is_a_sibling",
     "The mayor says the old rules failed and says he wrote a new law.",
     [("indirect", "The mayor", "says", ["the old rules failed"], None),
      ("indirect", "The mayor", "says", ["he wrote a new law"], None),
      ("indirect", "he", "wrote", ["a new law"], "Q2")]),
    ("contrast_clause_with_own_cue",
     "The mayor said the old rules failed, while the governor says they worked.",
     [("indirect", "The mayor", "said", ["the old rules failed"], None),
      ("indirect", "the governor", "says", ["they worked"], None)]),
    ("issued_cue_noun_prep_on_verb",
     "The senator offered his thoughts on the new budget.",
     [("indirect", "The senator", "offered thoughts on", ["the new budget"], None)]),
    ("cue_noun_that_clause_parsed_relative",
     "He made the observation that the two sides agreed.",
     [("indirect", "He", "made observation", ["that the two sides agreed"], None)]),
    ("trailing_attribution_with_date",
     "The governor will not run again, two aides said on Monday.",
     [("indirect", "two aides", "said", ["The governor will not run again"], None)]),
    ("claim_to_infinitive",
     "Four senators claim to object to the new rule.",
     [("indirect", "Four senators", "claim", ["to object to the new rule"], None)]),
    ("passive_reported_by",
     "The meeting was first reported by the Herald.",
     [("indirect", "the Herald", "was first reported by", ["The meeting"], None)]),
    ("pointed_to",
     "Clinton has pointed to her record on health care.",
     [("indirect", "Clinton", "has pointed to", ["her record on health care"], None)]),
    ("would_vote_for",
     "Among the farmers, 40 percent would vote for Jones.",
     [("indirect", "40 percent", "would vote for", ["Jones"], None)]),
    ("made_the_case_for",
     "The old activist makes the case for Jones with vigor.",
     [("indirect", "The old activist", "makes case for", ["Jones"], None)]),
    ("sees_x_as_y",
     "The old activist sees Jones as a uniter.",
     [("indirect", "The old activist", "sees", ["Jones as a uniter"], None)]),
    ("quote_signed_with_dash",
     "“The river took our fields and nobody came to help.” ― Maria de la Cruz\n",
     [("direct", "Maria de la Cruz", "―", ["The river took our fields and nobody came to help."], None)]),
    ("quote_signed_with_em_dash_and_full_stop",
     "“The new bridge is a waste of money.” — Tom Reyes.\n",
     [("direct", "Tom Reyes", "—", ["The new bridge is a waste of money."], None)]),
    ("transcript_lines_opened_by_quote_marks",
     'The exchange went as follows:\n\n"HOST: Will the dam hold this winter?\n\n"MAYOR: The engineers tell me it will hold.\n',
     [("direct", "HOST", ":", ["Will the dam hold this winter?"], None),
      ("direct", "MAYOR", ":", ["The engineers tell me it will hold"], None),
      ("indirect", "The engineers", "tell", ["it will hold"], "Q2")]),
    ("appearance_without_source",
     "The ceasefire seems to have collapsed overnight.",
     [("indirect", None, "seems", ["The ceasefire", "to have collapsed overnight"], None)]),
    ("appearance_to_someone",
     "It seems to me that the plan is doomed.",
     [("indirect", "me", "seems", ["the plan is doomed"], None)]),
    ("stance_adjective_of",
     "The farmers have been critical of the new water tax.",
     [("indirect", "The farmers", "have been critical of", ["the new water tax"], None)]),
    ("stance_adjective_that",
     "Her aides are confident that she will carry the province.",
     [("indirect", "Her aides", "are confident", ["she will carry the province"], None)]),
    ("new_claim_verb_downplayed",
     "The minister downplayed the risk of a flood.",
     [("indirect", "The minister", "downplayed", ["the risk of a flood"], None)]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_attribution_constructions_table(nlp, name, text, expected):
    rows, _ = _run(nlp, text)
    got = [(r["kind"], r["source"], r["cue"], r["content"], r["parent"]) for r in rows]
    assert got == expected


def test_attribution_constructions_told_addressee(nlp):
    rows, _ = _run(nlp, "The governor told reporters that the curfew would end soon.")
    assert rows[0]["addressee"] == "reporters"


NOTHING = [
    ("said_goodbye", "He said goodbye."),
    ("so_called_scare_quotes", 'The so-called "reforms" were never passed.'),
    ("title_in_quotes", 'She watched "War and Peace" twice last year.'),
    ("scare_quote_word", 'The "peace plan" collapsed within a week.'),
    ("no_cue", "Heavy rain flooded the northern districts on Tuesday."),
    ("said_nothing", "The minister said nothing."),
    ("quoted_title_then_verb", "“Dust,” a film about the drought, opened on Friday."),
    ("spoke_to_addressee", "The minister spoke to reporters for an hour."),
    ("spoke_for_duration", "The minister spoke for ten minutes."),
    ("colon_topic_label", "Timeline: How the flood spread through the valley."),
    ("colon_time_line", "12:30 p.m. The session resumed."),
    ("cue_noun_without_content", "The statement was short."),
    ("paragraph_break_not_content", "The mayor said\n\nThe river rose again overnight."),
    ("here_is_colon_quote", "Here is the list: “apples and pears.”"),
    ("calling_for_no_clause_band", "The fans were calling loudly."),
    ("read_a_book", "She read the report on the train."),
    ("spoke_on_a_day", "The senator spoke on Monday."),
    ("cue_noun_relative_clause", "The report that we read was long."),
    ("had_thoughts", "She had some thoughts."),
    ("passive_agent_not_speech", "The bill was passed by the Senate."),
    ("voted_on_a_bill", "The Senate voted on the bill on Tuesday."),
    ("in_his_case", "In his case, the court ruled quickly."),
    ("saw_a_film", "She saw the film twice."),
    ("can_vote_for_rule", "Delegates can vote for the candidate of their choice."),
    ("embedded_tweet_markup", 'The governor tweeted pic="" author="someone" timestamp="1449075600">'),
    ("see_whether", "We will see whether the plan works."),
    ("trailing_we_will_see", "The plan may work in the end, we will see."),
    ("quote_paragraph_after_plain_paragraph", "The river rose overnight.\n\n“Nobody was hurt.”"),
    ("appeared_on_stage", "The singer appeared on stage at nine."),
    ("expletive_it_is_clear", "It is clear that the river will flood again."),
    ("plain_adjective", "The soup was hot and the bread was fresh."),
    ("stance_adjective_without_content", "The farmers were angry."),
    ("dash_before_lowercase_words", "“We will rebuild.” — and they did, within a year.\n"),
]


@pytest.mark.parametrize("name,text", NOTHING, ids=[c[0] for c in NOTHING])
def test_attribution_constructions_no_attribution(nlp, name, text):
    rows, _ = _run(nlp, text)
    assert rows == []


def test_attribution_constructions_unclosed_quote_is_noted(nlp):
    text = 'The chief said "the water is coming and we cannot stop it.'
    rows, result = _run(nlp, text)
    assert result.notes == ["unclosed quotation mark at 15"]
    assert rows and rows[0]["kind"] == "direct"
    assert rows[0]["content"] == ["the water is coming and we cannot stop it."]


def test_attribution_constructions_ids_in_text_order(nlp):
    text = "The mayor said the bridge was closed. Later the governor said it was open."
    rows, _ = _run(nlp, text)
    assert [r["id"] for r in rows] == ["Q1", "Q2"]
    assert [r["source"] for r in rows] == ["The mayor", "the governor"]
