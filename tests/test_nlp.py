"""The spaCy pipeline newsdyad loads: paragraph breaks are sentence breaks."""

import pytest

from newsdyad.nlp import PARAGRAPHS_COMPONENT


def test_nlp_paragraph_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert PARAGRAPHS_COMPONENT in names
    assert names.index(PARAGRAPHS_COMPONENT) < names.index("parser")


@pytest.mark.parametrize("text, starts", [
    # a blank line always ends a paragraph, even after a word
    ("Prices rose, says Ann Lee, an analyst at Hill Bank\n\nThe plan comes at a cost.", ["Prices", "The"]),
    # a single line break after a sentence's last mark does too
    ("The talks failed.\nMinisters will meet again in May.", ["The", "Ministers"]),
    ("“We will win.”\nShe left the stage.", ["“", "She"]),
])
def test_nlp_paragraph_starts_a_sentence(nlp, text, starts):
    doc = nlp(text)
    assert [s[0].text for s in doc.sents if not s[0].is_space] == starts


def test_nlp_no_dependency_crosses_a_paragraph(nlp):
    doc = nlp("It is a steep price, says Ann Lee, an analyst at Hill Bank\n\nThat help comes at a price and pays for less.")
    brk = next(t.i for t in doc if "\n" in t.text)
    for tok in doc:
        if not tok.is_space:
            assert (tok.i < brk) == (tok.head.i < brk), tok.text


def test_nlp_hard_wrapped_line_stays_one_sentence(nlp):
    doc = nlp("The minister said on Tuesday that the\ntalks with the rebels would resume.")
    assert len([s for s in doc.sents if not s[0].is_space]) == 1


def test_nlp_doc_text_lives_with_its_document():
    """The text cache is the document's own: no module of newsdyad holds the last Doc alive."""
    import sys

    from spacy.tokens import Doc

    from newsdyad.nlp import doc_text, load_nlp
    from newsdyad.pipeline import code_text

    code_text("The minister said the border would reopen. Rebels attacked a convoy.")
    doc = load_nlp()("The envoy met the rebels in Doha.")
    assert doc_text(doc) == doc.text == "The envoy met the rebels in Doha."
    assert doc_text(doc) is doc_text(doc)
    holders = [f"{name}.{attr}" for name, mod in list(sys.modules.items()) if name.startswith("newsdyad")
               for attr, value in vars(mod).items()
               if isinstance(value, Doc) or (isinstance(value, (list, tuple)) and any(isinstance(v, Doc) for v in value))]
    assert holders == []
