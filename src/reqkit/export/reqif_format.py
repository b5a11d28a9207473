"""``--format reqif``: ReqIF 1.2 for DOORS, Polarion, codebeamer, StrictDoc and their kin.

One file holds one SPECIFICATION per brief. Each requirement and each goal
is a SPEC-OBJECT; a requirement's ``depends_on`` and ``goals`` are
SPEC-RELATIONs ("Depends on", "Serves goal"). A requirement carries every
column of the spreadsheet exports (:mod:`reqkit.export.columns`) as an
attribute, under the names the ReqIF Implementation Guide recommends where it
has one (``ReqIF.ForeignID``, ``ReqIF.Text``), with the priority as an
enumeration so tools can filter on it.

Identifiers are stable: UUIDs derived from the initiative id and the
requirement's or goal's id (:func:`object_identifier`), so importing a newer
export updates the objects instead of adding new ones. The one timestamp
(LAST-CHANGE, CREATION-TIME) is the export's date.

The XML is written with the standard library. The ``reqif`` package can also
write, but its writer reproduces files it has parsed (it expects some values
escaped beforehand and others not) and brings lxml and xmlschema along; the
tests read every export back with it instead.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from reqkit.diagnostics import Diagnostic
from reqkit.export import reqif_types as types
from reqkit.export.base import ExportItem, ExportOptions, require_distinct_initiatives
from reqkit.export.columns import REQUIREMENT_COLUMNS, findings_by_requirement
from reqkit.export.reqif_types import NS, element, last_change, sub, text_value
from reqkit.model import Goal, Metric, Requirement

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:reqkit:reqif")


def object_identifier(initiative_id: str, kind: str, item_id: str) -> str:
    """A stable XML identifier for one requirement, goal, relation or specification."""
    return "_" + str(uuid.uuid5(_NAMESPACE, f"{initiative_id}\n{kind}\n{item_id}"))


def _spec_object(
    identifier: str, type_ref: str, stamp: str, name: str, values: list[ET.Element]
) -> ET.Element:
    node = element(
        "SPEC-OBJECT", IDENTIFIER=identifier, **{"LAST-CHANGE": stamp, "LONG-NAME": name}
    )
    container = sub(node, "VALUES")
    container.extend(values)
    sub(sub(node, "TYPE"), "SPEC-OBJECT-TYPE-REF").text = type_ref
    return node


def _requirement(
    item: ExportItem, requirement: Requirement, findings: Sequence[Diagnostic], stamp: str
) -> ET.Element:
    values = []
    for column in REQUIREMENT_COLUMNS:
        if column.field == "priority":
            values.append(types.priority_value(requirement.priority))
            continue
        value = column.cell(requirement, findings)
        if value:
            values.append(text_value(types.requirement_attribute(column.field), value))
    identifier = object_identifier(item.brief.initiative.id, "requirement", requirement.id)
    return _spec_object(identifier, types.REQUIREMENT_TYPE, stamp, requirement.id, values)


def _goal(item: ExportItem, goal: Goal, stamp: str) -> ET.Element:
    metrics = "\n".join(_metric_text(m) for m in goal.metrics)
    values = [
        text_value(types.GOAL_ATTRIBUTES["id"], goal.id),
        text_value(types.GOAL_ATTRIBUTES["statement"], goal.statement),
        text_value(types.GOAL_ATTRIBUTES["party"], goal.party),
    ]
    if metrics:
        values.append(text_value(types.GOAL_ATTRIBUTES["metrics"], metrics))
    identifier = object_identifier(item.brief.initiative.id, "goal", goal.id)
    return _spec_object(identifier, types.GOAL_TYPE, stamp, goal.id, values)


def _metric_text(metric: Metric) -> str:
    parts = [metric.name]
    if metric.baseline is not None:
        parts.append(f"from {metric.baseline:g}")
    if metric.target is not None:
        parts.append(f"to {metric.target:g}")
    if metric.unit:
        parts.append(metric.unit)
    if metric.data_source:
        parts.append(f"(source: {metric.data_source})")
    return " ".join(parts)


def _relation(initiative_id: str, kind: str, source: str, target: str, stamp: str) -> ET.Element:
    type_ref, target_kind = types.RELATIONS[kind]
    node = element(
        "SPEC-RELATION",
        IDENTIFIER=object_identifier(initiative_id, kind, f"{source}\n{target}"),
        **{"LAST-CHANGE": stamp},
    )
    sub(sub(node, "SOURCE"), "SPEC-OBJECT-REF").text = object_identifier(
        initiative_id, "requirement", source
    )
    sub(sub(node, "TARGET"), "SPEC-OBJECT-REF").text = object_identifier(
        initiative_id, target_kind, target
    )
    sub(sub(node, "TYPE"), "SPEC-RELATION-TYPE-REF").text = type_ref
    return node


def _specification(item: ExportItem, stamp: str) -> ET.Element:
    initiative = item.brief.initiative
    node = element(
        "SPECIFICATION",
        IDENTIFIER=object_identifier(initiative.id, "specification", initiative.id),
        **{"LAST-CHANGE": stamp, "LONG-NAME": f"{initiative.id} {initiative.title}"},
    )
    children = sub(node, "CHILDREN")
    entries = [("goal", g.id) for g in item.brief.goals]
    entries += [("requirement", r.id) for r in item.brief.requirements]
    for kind, item_id in entries:
        hierarchy = sub(
            children,
            "SPEC-HIERARCHY",
            IDENTIFIER=object_identifier(initiative.id, f"{kind}-place", item_id),
            **{"LAST-CHANGE": stamp},
        )
        object_ref = object_identifier(initiative.id, kind, item_id)
        sub(sub(hierarchy, "OBJECT"), "SPEC-OBJECT-REF").text = object_ref
    if not entries:
        node.remove(children)
    sub(sub(node, "TYPE"), "SPECIFICATION-TYPE-REF").text = types.SPECIFICATION_TYPE
    return node


def reqif_document(items: Sequence[ExportItem], options: ExportOptions) -> ET.Element:
    """The whole REQ-IF element for ``items``."""
    stamp = last_change(options.date)
    root = element("REQ-IF", xmlns=NS)
    root.append(types.header(items, stamp))
    content = sub(sub(root, "CORE-CONTENT"), "REQ-IF-CONTENT")
    content.append(types.datatypes(stamp))
    content.append(types.spec_types(stamp))
    objects = sub(content, "SPEC-OBJECTS")
    relations = sub(content, "SPEC-RELATIONS")
    specifications = sub(content, "SPECIFICATIONS")
    for item in items:
        initiative_id = item.brief.initiative.id
        for goal in item.brief.goals:
            objects.append(_goal(item, goal, stamp))
        requirements = item.brief.requirements
        found = findings_by_requirement(requirements, item.findings)
        for requirement, findings in zip(requirements, found, strict=True):
            objects.append(_requirement(item, requirement, findings, stamp))
            for other in requirement.depends_on:
                relations.append(
                    _relation(initiative_id, "depends_on", requirement.id, other, stamp)
                )
            for goal_id in requirement.goals:
                relations.append(_relation(initiative_id, "goals", requirement.id, goal_id, stamp))
        specifications.append(_specification(item, stamp))
    for container in (objects, relations, specifications):
        if len(container) == 0:
            content.remove(container)
    return root


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class ReqifFormat:
    name: str = "reqif"
    suffix: str = "reqif"
    description: str = "ReqIF 1.2 for requirements tools (DOORS, Polarion, codebeamer)"
    binary: bool = False
    one_file_per_brief: bool = False

    def write(self, items: Sequence[ExportItem], options: ExportOptions) -> bytes:
        require_distinct_initiatives(items, self.name)
        root = reqif_document(items, options)
        ET.indent(root, space="  ")
        text = ET.tostring(root, encoding="unicode")
        # Characters XML 1.0 cannot hold at all (YAML can) become the replacement character.
        text = _NOT_XML.sub("\ufffd", text)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode("utf-8")


FORMAT = ReqifFormat()
