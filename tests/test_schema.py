"""Every output is valid against the published JSON Schema (docs/output-v1.schema.json)."""

import json
from pathlib import Path

import jsonschema
import pytest

from newsdyad.pipeline import code_text

from .test_model import small_document

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "docs" / "output-v1.schema.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_accepts_the_model(validator):
    validator.validate(small_document().to_dict())


def test_schema_rejects_a_bad_modality(validator):
    data = small_document().to_dict()
    data["events"][0]["modality"] = "rumoured"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


def test_schema_validates_real_output_on_the_seed(validator, seed_article):
    doc = code_text(seed_article, date="2013-07-01")
    validator.validate(json.loads(doc.to_json()))
    for span in [m for a in doc.actors for m in a.mentions] + [c for q in doc.attributions for c in q.content]:
        assert 0 <= span[0] < span[1] <= len(doc.text)
