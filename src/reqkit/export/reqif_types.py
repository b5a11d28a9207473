"""The fixed part of a ReqIF export: data types, object types, attributes and the header.

Their identifiers are readable constants (``reqkit-requirement``...), the
same in every file reqkit writes, so a tool that imported one export
recognises the types of the next. Attribute names follow the ReqIF
Implementation Guide where it names one: ``ReqIF.ForeignID`` for the id a
person knows an object by, ``ReqIF.Text`` for its main text.
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from reqkit.export.base import ExportItem
from reqkit.export.columns import REQUIREMENT_COLUMNS
from reqkit.model import PRIORITIES

NS = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd"
TEXT_TYPE = "reqkit-text"
PRIORITY_TYPE = "reqkit-priority"
REQUIREMENT_TYPE = "reqkit-requirement"
GOAL_TYPE = "reqkit-goal"
SPECIFICATION_TYPE = "reqkit-brief"
#: Longest text an attribute may hold; ReqIF needs a bound, briefs have none of their own.
MAX_TEXT = 100_000

#: The standard attribute names, by the field they hold.
_STANDARD_NAMES = {"id": "ReqIF.ForeignID", "statement": "ReqIF.Text"}
GOAL_ATTRIBUTES = {
    "id": "reqkit-goal-id",
    "statement": "reqkit-goal-statement",
    "party": "reqkit-goal-party",
    "metrics": "reqkit-goal-metrics",
}
_GOAL_NAMES = {
    "id": "ReqIF.ForeignID",
    "statement": "ReqIF.Text",
    "party": "Party",
    "metrics": "Metrics",
}
#: Relation kind -> (its type's identifier, the kind of object it points at).
RELATIONS = {
    "depends_on": ("reqkit-depends-on", "requirement"),
    "goals": ("reqkit-serves-goal", "goal"),
}
_RELATION_NAMES = {"depends_on": "Depends on", "goals": "Serves goal"}


# Tags are written without a namespace and the root declares it as the default
# (see reqif_format): ElementTree's namespace handling would double the time a
# large brief takes to write.


def element(tag: str, **attributes: str) -> ET.Element:
    return ET.Element(tag, attributes)


def sub(parent: ET.Element, tag: str, **attributes: str) -> ET.Element:
    return ET.SubElement(parent, tag, attributes)


def last_change(date: dt.date) -> str:
    """The export's date as the dateTime ReqIF asks for in every LAST-CHANGE."""
    return f"{date.isoformat()}T00:00:00Z"


def requirement_attribute(field: str) -> str:
    """The identifier of the attribute that holds a requirement's ``field``."""
    return f"reqkit-requirement-{field.replace('_', '-')}"


def _enum_value(priority: str) -> str:
    return f"reqkit-priority-{priority}"


def text_value(definition: str, value: str) -> ET.Element:
    node = element("ATTRIBUTE-VALUE-STRING", **{"THE-VALUE": value})
    sub(sub(node, "DEFINITION"), "ATTRIBUTE-DEFINITION-STRING-REF").text = definition
    return node


def priority_value(priority: str) -> ET.Element:
    node = element("ATTRIBUTE-VALUE-ENUMERATION")
    definition = requirement_attribute("priority")
    sub(sub(node, "DEFINITION"), "ATTRIBUTE-DEFINITION-ENUMERATION-REF").text = definition
    sub(sub(node, "VALUES"), "ENUM-VALUE-REF").text = _enum_value(priority)
    return node


def header(items: Sequence[ExportItem], stamp: str) -> ET.Element:
    ids = "\n".join(item.brief.initiative.id for item in items)
    title = items[0].brief.initiative.title if len(items) == 1 else "Requirements briefs"
    the_header = element("THE-HEADER")
    node = sub(
        the_header,
        "REQ-IF-HEADER",
        IDENTIFIER="_" + str(uuid.uuid5(uuid.NAMESPACE_URL, "urn:reqkit:reqif:" + ids)),
    )
    sub(node, "COMMENT").text = "Exported by reqkit from " + ", ".join(
        item.path.name for item in items
    )
    sub(node, "CREATION-TIME").text = stamp
    sub(node, "REQ-IF-TOOL-ID").text = "reqkit"
    sub(node, "REQ-IF-VERSION").text = "1.0"  # what the ReqIF 1.2 schema requires here
    sub(node, "SOURCE-TOOL-ID").text = "reqkit"
    sub(node, "TITLE").text = title
    return the_header


def datatypes(stamp: str) -> ET.Element:
    node = element("DATATYPES")
    sub(
        node,
        "DATATYPE-DEFINITION-STRING",
        IDENTIFIER=TEXT_TYPE,
        **{"LAST-CHANGE": stamp, "LONG-NAME": "Text", "MAX-LENGTH": str(MAX_TEXT)},
    )
    enumeration = sub(
        node,
        "DATATYPE-DEFINITION-ENUMERATION",
        IDENTIFIER=PRIORITY_TYPE,
        **{"LAST-CHANGE": stamp, "LONG-NAME": "MoSCoW priority"},
    )
    values = sub(enumeration, "SPECIFIED-VALUES")
    for key, priority in enumerate(PRIORITIES):
        value = sub(
            values,
            "ENUM-VALUE",
            IDENTIFIER=_enum_value(priority),
            **{"LAST-CHANGE": stamp, "LONG-NAME": priority},
        )
        sub(sub(value, "PROPERTIES"), "EMBEDDED-VALUE", KEY=str(key), **{"OTHER-CONTENT": ""})
    return node


def _string_attribute(parent: ET.Element, identifier: str, name: str, stamp: str) -> None:
    node = sub(
        parent,
        "ATTRIBUTE-DEFINITION-STRING",
        IDENTIFIER=identifier,
        **{"LAST-CHANGE": stamp, "LONG-NAME": name},
    )
    sub(sub(node, "TYPE"), "DATATYPE-DEFINITION-STRING-REF").text = TEXT_TYPE


def spec_types(stamp: str) -> ET.Element:
    node = element("SPEC-TYPES")
    requirement = sub(
        node,
        "SPEC-OBJECT-TYPE",
        IDENTIFIER=REQUIREMENT_TYPE,
        **{"LAST-CHANGE": stamp, "LONG-NAME": "Requirement"},
    )
    attributes = sub(requirement, "SPEC-ATTRIBUTES")
    for column in REQUIREMENT_COLUMNS:
        identifier = requirement_attribute(column.field)
        name = _STANDARD_NAMES.get(column.field, column.header)
        if column.field != "priority":
            _string_attribute(attributes, identifier, name, stamp)
            continue
        enumeration = sub(
            attributes,
            "ATTRIBUTE-DEFINITION-ENUMERATION",
            IDENTIFIER=identifier,
            **{"LAST-CHANGE": stamp, "LONG-NAME": name, "MULTI-VALUED": "false"},
        )
        sub(sub(enumeration, "TYPE"), "DATATYPE-DEFINITION-ENUMERATION-REF").text = PRIORITY_TYPE
    goal = sub(
        node,
        "SPEC-OBJECT-TYPE",
        IDENTIFIER=GOAL_TYPE,
        **{"LAST-CHANGE": stamp, "LONG-NAME": "Goal"},
    )
    goal_attributes = sub(goal, "SPEC-ATTRIBUTES")
    for field, identifier in GOAL_ATTRIBUTES.items():
        _string_attribute(goal_attributes, identifier, _GOAL_NAMES[field], stamp)
    for kind, (identifier, _) in RELATIONS.items():
        sub(
            node,
            "SPEC-RELATION-TYPE",
            IDENTIFIER=identifier,
            **{"LAST-CHANGE": stamp, "LONG-NAME": _RELATION_NAMES[kind]},
        )
    sub(
        node,
        "SPECIFICATION-TYPE",
        IDENTIFIER=SPECIFICATION_TYPE,
        **{"LAST-CHANGE": stamp, "LONG-NAME": "Requirements brief"},
    )
    return node
