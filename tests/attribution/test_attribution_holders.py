"""attribution.holders: frames whose source cannot hold a view, or whose verb of conduct takes a
bare object, are dropped; PolNeAR-style attributions (people, groups, documents, stances with a
clause) keep theirs.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsdyad.attribution import find_attributions
from newsdyad.attribution.holders import can_hold_view, reports_proposition


def _found(nlp, text, word) -> bool:
    """Is there an attribution (not a reported_by link) whose cue holds ``word``?"""
    doc = nlp(text)
    return any(word in text[a.cue[0][0]:a.cue[-1][1]] for a in find_attributions(doc, []).attributions
               if a.kind != "reported_by" and a.cue)


# (name, text, a cue word no attribution may have; each is found when the checks are off)
DROPPED = [
    ("remarks_suggest", "The minister's remarks suggest that the talks have stalled.", "suggest"),
    ("the_move_shows", "The move shows that the government is worried about the vote.", "shows"),
    ("form_challenged", "The new entry form challenged the patience of every traveller.", "challenged"),
    ("decision_which_shows", "The court struck down the decision, which shows the state has no plan.", "shows"),
    ("issue_permits", "The fisheries ministry issued 300 fishing permits on Tuesday.", "issued"),
    ("challenge_rules", "The senator challenged the new election rules.", "challenged"),
    ("share_a_photo", "The governor shared a photo of the flooded bridge.", "shared"),
    ("plan_a_dam", "The water board plans a new dam.", "plans"),
    ("unveil_a_fleet", "The city unveiled a new bus fleet on Monday.", "unveiled"),
    ("continue_an_advance", "The rebels continued their advance on the capital.", "continued"),
    ("respond_to_a_request", "The port authority did not respond to a request for comment on Friday.", "respond"),
    ("responded_to_a_raid", "The navy responded to the raid within hours.", "responded"),
    ("continued_campaigning", "The senator continued campaigning in the north on Friday.", "continued"),
    ("continue_to_fund", "The council will continue to fund the clinic.", "continue"),
    ("hard_to_predict", "It is hard to predict how the farmers will vote in the spring.", "predict"),
    ("desire_to_comment", "Voters who have the time and desire to comment on the ruling are few.", "comment"),
    ("counter_an_advance", "The navy sent two frigates to counter the rebel advance.", "counter"),
    ("called_a_meeting", "The envoy called a meeting of the council on Friday.", "called"),
    ("underscoring_by_an_act", "Underscoring the danger, gunmen burned a convoy near the border.", "Underscoring"),
    ("no_one_said", "No one in the cabinet has said that the vote was rigged.", "said"),
    ("nobody_believes", "Nobody believes the dam will hold.", "believes"),
    ("what_they_propose", "The farmers will accept what the ministry proposes.", "proposes"),
    ("yes_no_question", "Does the mayor see the strike as a threat?", "see"),
    ("wrote_songs", "The singer wrote three songs about the war.", "wrote"),
    ("wrote_about", "Reporters write about the ruling party every day.", "write"),
    ("recognized_a_state", "The council recognized the new state on Monday.", "recognized"),
    ("published_a_memoir", "The general published his memoir in May.", "published"),
    ("thing_participle_indicates", "The tanker sat low in the water, indicating that it had taken on fuel.", "indicating"),
    ("which_shows_a_fact", "The president appoints every judge, which shows there is no separation of powers.", "shows"),
    ("that_raised_questions", "The inspectors left the site, and that has raised many questions about the program.",
     "raised"),
    ("passive_named_no_holder", "It is a port town that is called the gateway to the north.", "called"),
    ("passive_planned_no_holder", "No further talks are planned for the rest of the year.", "planned"),
    ("posting_aside", 'Sudani, posting on X, called the death a "significant security achievement."', "posting"),
    ("supporter_inside_a_source", "Former governor Jan Brewer, a supporter of the senator, said the vote was fair.",
     "supporter"),
]

# (name, text, a cue word that MUST be found as an attribution)
KEPT = [
    ("critics_say", "Critics say the new tax will hurt small farmers.", "say"),
    ("report_found", "The report found that wages fell in every province.", "found"),
    ("officials_believe", "Officials believe the fire was started on purpose.", "believe"),
    ("group_opposes_leader_said", "The group opposes the plan, its leader said.", "said"),
    ("poll_shows", "A new poll shows most voters back the deal.", "shows"),
    ("ministry_which_said", "The ministry, which said the talks had failed, called for calm.", "said"),
    ("statement_said", "The statement said the army would withdraw by June.", "said"),
    ("share_concern_that", "The mayors share the concern that the river will flood again.", "share"),
    ("seek_to_infinitive", "The union seeks to raise the minimum wage next year.", "seeks"),
    ("side_taking_stays", "The farmers' union opposes the new import quotas.", "opposes"),
    ("pronoun_source", "She warned that the bridge could collapse.", "warned"),
    ("responded_that", "The mayor responded that the bridge would stay open.", "responded"),
    ("replied_with_a_quotation", "“The bridge stays open,” the mayor replied.", "replied"),
    ("continued_after_a_quotation", "“The levee will hold,” the engineer continued.", "continued"),
    ("quick_to_deny", "The minister was quick to deny that the port would close.", "deny"),
    ("countered_that", "The mayor countered that the bridge was safe.", "countered"),
    ("called_it_a_mistake", "The senator called the new tariff a costly mistake.", "called"),
    ("called_for_talks", "The envoy called for talks between the two parties.", "called"),
    ("highlighting_then_said", "Highlighting the risks, the minister said that rates would rise.", "Highlighting"),
    ("highlighted_as_main_verb", "The minister highlighted the risks of a long strike.", "highlighted"),
    ("some_voters_say", "Some voters say the dam will hold.", "say"),
    ("said_it_would", "She said it would rain all week.", "said"),
    ("statement_sees", "The mayor sees the strike as a threat.", "sees"),
    ("question_asked", "Why, she asked, is the dam still shut?", "asked"),
    ("wrote_that", "The senator wrote that the tax was unfair.", "wrote"),
    ("wrote_a_letter", "The mayors wrote a letter urging the minister to act.", "wrote"),
    ("recognized_as", "The rebels will no longer recognize Ortiz as governor.", "recognize"),
    ("published_a_report", "The ministry published a report on the floods.", "published"),
    ("person_participle_indicates", "The minister left the meeting early, indicating that she opposed the deal.",
     "indicating"),
    ("survey_which_shows", "The ministry released a survey, which shows most farmers back the plan.", "shows"),
    ("passive_called_by_a_holder", "The plan has been called reckless by the opposition leader.", "called"),
    ("passive_intended_to", "The tax is intended to curb the use of coal.", "intended"),
]


@pytest.mark.parametrize("name,text,cue", DROPPED, ids=[c[0] for c in DROPPED])
def test_attribution_holders_drops_unfit_frames(nlp, name, text, cue):
    assert not _found(nlp, text, cue)


@pytest.mark.parametrize("name,text,cue", KEPT, ids=[c[0] for c in KEPT])
def test_attribution_holders_keeps_attributions(nlp, name, text, cue):
    assert _found(nlp, text, cue)


# (text, the source head word, can it hold a view?)
HEADS = [
    ("The minister's remarks suggest a deal is near.", "remarks", False),
    ("The situation suggests the army is losing.", "situation", False),
    ("The report suggests a deal is near.", "report", True),
    ("Analysts suggest a deal is near.", "Analysts", True),
    ("Kenya suggests a deal is near.", "Kenya", True),
    ("He suggests a deal is near.", "He", True),
]


@pytest.mark.parametrize("text,word,holds", HEADS, ids=[h[1] for h in HEADS])
def test_attribution_holders_can_hold_view(nlp, text, word, holds):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert can_hold_view(tok) is holds


# (text, verb lemma, content text, reports a proposition?)
CONTENTS = [
    ("The ministry issued 300 permits.", "issue", "300 permits", False),
    ("The ministry issued a warning that rivers would rise.", "issue", "a warning that rivers would rise", True),
    ("The council plans to close the bridge.", "plan", "to close the bridge", True),
    ("The council is seeking cleaner buses.", "seek", "cleaner buses", False),
    ("The council is seeking to buy cleaner buses.", "seek", "to buy cleaner buses", True),
    ("The group opposes the new quotas.", "oppose", "the new quotas", True),
]


@pytest.mark.parametrize("text,lemma,content,expected", CONTENTS, ids=[c[2] for c in CONTENTS])
def test_attribution_holders_reports_proposition(nlp, text, lemma, content, expected):
    doc = nlp(text)
    s = text.index(content)
    assert reports_proposition(doc, lemma, [(s, s + len(content))]) is expected


# (name, text, cue, the source span): a participle of speaking set off by commas is how the
# source spoke, not part of who it is; other modifiers stay
SOURCES = [
    ("posting_aside_cut", 'Sudani, posting on X, called the death a "significant security achievement."', "called",
     "Sudani"),
    ("writing_aside_cut", "Lee, writing on his blog, called the ruling a disgrace.", "called", "Lee"),
    ("apposition_kept", "Lee, a lawyer in Ohio, said the ruling was wrong.", "said", "Lee, a lawyer in Ohio"),
    ("living_near_kept", "Residents living near the dam said the water was rising.", "said",
     "Residents living near the dam"),
]


@pytest.mark.parametrize("name,text,cue,source", SOURCES, ids=[c[0] for c in SOURCES])
def test_attribution_holders_speaking_aside_source(nlp, name, text, cue, source):
    doc = nlp(text)
    spans = [text[a.source.span[0]:a.source.span[1]] for a in find_attributions(doc, []).attributions
             if a.cue and text[a.cue[0][0]:a.cue[-1][1]] == cue and a.source.span]
    assert spans == [source]
