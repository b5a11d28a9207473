"""``reqkit export --format reqif``: ReqIF 1.2 that the ``reqif`` library reads back whole."""

from __future__ import annotations

import os

import pytest
from reqif.parser import ReqIFParser
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from reqkit.cli import app
from reqkit.export.reqif_format import object_identifier
from reqkit.loader import load_brief

runner = CliRunner()
DATA = ROOT / "tests" / "data" / "export"
BRIEFS = sorted(EXAMPLES.glob("*.yaml")) + sorted(DATA.glob("*.yaml"))


def export_reqif(tmp_path, *args: object):
    target = tmp_path / "out.reqif"
    result = runner.invoke(
        app, ["export", *map(str, args), "-o", str(target), "--force"], env={"NO_COLOR": "1"}
    )
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def schema():
    import reqif
    import xmlschema

    return xmlschema.XMLSchema(
        os.path.join(os.path.dirname(reqif.__file__), "reqif_schema", "reqif.xsd")
    )


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.name)
def test_every_requirement_goal_and_relation_is_read_back(path, tmp_path, schema):
    brief = load_brief(path).brief
    target = export_reqif(tmp_path, path)
    schema.validate(str(target))
    bundle = ReqIFParser.parse(str(target))
    assert bundle.exceptions == []
    content = bundle.core_content.req_if_content
    (specification,) = content.specifications
    assert specification.long_name == f"{brief.initiative.id} {brief.initiative.title}"
    objects = {o.identifier: o for o in content.spec_objects or []}
    assert len(objects) == len(brief.requirements) + len(brief.goals)
    initiative = brief.initiative.id
    for requirement in brief.requirements:
        found = objects[object_identifier(initiative, "requirement", requirement.id)]
        values = {k: v.value for k, v in found.attribute_map.items()}
        assert values["reqkit-requirement-id"] == requirement.id
        assert values["reqkit-requirement-statement"] == requirement.statement
        assert values["reqkit-requirement-priority"] == [f"reqkit-priority-{requirement.priority}"]
        if requirement.acceptance_criteria:
            criteria = values["reqkit-requirement-acceptance-criteria"]
            assert criteria == "\n".join(requirement.acceptance_criteria)
    for goal in brief.goals:
        found = objects[object_identifier(initiative, "goal", goal.id)]
        assert found.attribute_map["reqkit-goal-statement"].value == goal.statement
    expected = {
        ("reqkit-depends-on", r.id, other) for r in brief.requirements for other in r.depends_on
    } | {("reqkit-serves-goal", r.id, goal) for r in brief.requirements for goal in r.goals}
    relations = {
        (rel.relation_type_ref, rel.source, rel.target) for rel in content.spec_relations or []
    }
    assert relations == {
        (
            kind,
            object_identifier(initiative, "requirement", source),
            object_identifier(
                initiative, "goal" if kind == "reqkit-serves-goal" else "requirement", target
            ),
        )
        for kind, source, target in expected
    }
    for relation in content.spec_relations or []:
        assert relation.source in objects and relation.target in objects
    placed = [child.spec_object for child in specification.children or []]
    assert sorted(placed) == sorted(objects)


def test_several_briefs_are_one_specification_each(tmp_path, schema):
    target = export_reqif(tmp_path, *sorted(EXAMPLES.glob("*.yaml")), "-f", "reqif")
    schema.validate(str(target))
    content = ReqIFParser.parse(str(target)).core_content.req_if_content
    assert len(content.specifications) == 4


def test_identifiers_do_not_change_when_the_text_does(tmp_path):
    path = EXAMPLES / "trade-show-microsite.yaml"
    edited = tmp_path / "edited.yaml"
    edited.write_text(
        path.read_text(encoding="utf-8").replace("30-minute demo", "45-minute demo"),
        encoding="utf-8",
    )
    first = ReqIFParser.parse(str(export_reqif(tmp_path, path)))
    second = ReqIFParser.parse(str(export_reqif(tmp_path, edited)))
    ids = [o.identifier for o in first.core_content.req_if_content.spec_objects]
    assert ids == [o.identifier for o in second.core_content.req_if_content.spec_objects]


def test_text_that_is_hard_for_xml_survives(tmp_path):
    path = DATA / "tricky-text.yaml"
    brief = load_brief(path).brief
    content = ReqIFParser.parse(str(export_reqif(tmp_path, path))).core_content.req_if_content
    statements = [
        o.attribute_map["reqkit-requirement-statement"].value
        for o in content.spec_objects
        if o.spec_object_type == "reqkit-requirement"
    ]
    assert statements == [r.statement for r in brief.requirements]
