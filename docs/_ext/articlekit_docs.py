"""Sphinx extension: the pages that are generated from the code, written at build time.

Everything under ``docs/_generated/`` (git-ignored) is written here, on ``builder-inited``,
before Sphinx reads a page:

- ``schema.md``: the JSON contract, from ``serialize/schema.json`` and the ``Article`` class;
- ``precedence.md``: sources x fields, from ``fields/merge.py``'s ``PRECEDENCE`` and
  ``HEADLINE_WEIGHTS`` and each source module's docstring;
- ``errors.md``: the ``ArticleKitError`` tree, from the classes themselves;
- ``api.md``: one autodoc entry per name of ``articlekit.__all__`` (a name whose docstring has
  no ``>>>`` example is a build warning, so an error under ``-W``);
- ``body-blocks.svg``: the blocks of ``examples/news-page.html``, drawn by ``body_figure.py``;
- ``benchmarks/``: tables and plots from ``docs/_data/bench-summary.json`` (``bench/report.py``).

And the page ``scaling`` becomes ``docs/batch.md`` once that page exists.
"""

from __future__ import annotations

import ast
import re
import importlib.util
import inspect
import json
import sys
from pathlib import Path
from typing import Any

import attrs
from sphinx.application import Sphinx
from sphinx.util import logging

DOCS = Path(__file__).resolve().parent.parent
REPO = DOCS.parent
SRC = REPO / "src" / "articlekit"
OUT = DOCS / "_generated"
logger = logging.getLogger(__name__)


def _write(path: Path, text: str) -> None:
    """Write only when the content changed, so Sphinx's incremental build stays incremental."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def _cell(text: str) -> str:
    """One table cell of Markdown: one line, pipes escaped, reST ``literals`` as `code`."""
    text = re.sub(r"``(.+?)``", r"`\1`", " ".join(str(text).split()))
    return text.replace("|", "\\|")


def _first_line(doc: str | None) -> str:
    return inspect.cleandoc(doc or "").split("\n\n")[0].replace("\n", " ")


# -- the JSON contract -------------------------------------------------------------------------

def _json_type(spec: dict[str, Any]) -> str:
    if "const" in spec:
        return f"`{json.dumps(spec['const'])}` (constant)"
    if "enum" in spec:
        return " \\| ".join(f"`{json.dumps(v)}`" for v in spec["enum"])
    if "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#json-{name})"
    kind = spec.get("type", "any")
    kinds = kind if isinstance(kind, list) else [kind]
    shown = []
    for k in kinds:
        if k == "array":
            shown.append(f"array of {_json_type(spec.get('items', {}))}")
        elif k == "object" and isinstance(spec.get("additionalProperties"), dict):
            shown.append(f"object of {_json_type(spec['additionalProperties'])}")
        else:
            shown.append(k)
    text = " or ".join(shown)
    if "format" in spec:
        text += f" ({spec['format']})"
    return text


def _python_types() -> dict[str, str]:
    import articlekit

    hints = {f.name: f.type for f in attrs.fields(articlekit.Article)}
    return {name: str(t).replace("typing.", "") for name, t in hints.items()}


def schema_page() -> str:
    schema = json.loads((SRC / "serialize" / "schema.json").read_text(encoding="utf-8"))
    py_types = _python_types()
    required = set(schema.get("required", ()))
    lines = [
        f"Generated from `src/articlekit/serialize/schema.json` ({schema.get('title', '')}: "
        f"{schema.get('description', '')}) and the `Article` class.",
        "",
        "(json-article)=",
        "| JSON key | JSON type | required | `Article` attribute (Python type) | notes |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, spec in schema["properties"].items():
        attr = f"`{name}: {py_types[name]}`" if name in py_types else "(written by the serializer)"
        lines.append(f"| `{name}` | {_json_type(spec)} | {'yes' if name in required else 'no'} "
                     f"| {_cell(attr)} | {_cell(spec.get('description', ''))} |")
    block = schema["$defs"]["block"]
    conditions = {}
    allowed = {}
    for rule in block.get("allOf", ()):
        kind = rule["if"]["properties"]["type"]["const"]
        conditions[kind] = rule["then"].get("required", [])
        allowed[kind] = rule["then"].get("propertyNames", {}).get("enum", [])
    lines += ["", "(json-block)=", "**A body block** (each item of `body`):", "",
              "| JSON key | JSON type | present for |", "| --- | --- | --- |"]
    for name, spec in block["properties"].items():
        if name in block.get("required", ()):
            where = "every block"
        else:
            kinds = [k for k, keys in conditions.items() if name in keys]
            optional = [k for k, keys in allowed.items() if name in keys and k not in kinds]
            where = ", ".join(f"`{k}`" for k in kinds) or "-"
            if optional:
                where = ", ".join(f"`{k}`" for k in optional) + " (when not empty)"
        lines.append(f"| `{name}` | {_json_type(spec)} | {where} |")
    if "span" in schema["$defs"]:
        span = schema["$defs"]["span"]
        lines += ["", "(json-span)=", f"**A span** (each item of a block's `spans`): {_cell(span.get('description', ''))}.", "",
                  "| JSON key | JSON type | required | notes |", "| --- | --- | --- | --- |"]
        for name, spec in span["properties"].items():
            lines.append(f"| `{name}` | {_json_type(spec)} | {'yes' if name in span.get('required', ()) else 'no'} "
                         f"| {_cell(spec.get('description', ''))} |")
    lines += ["", "(json-when)=", f"**A date** (`published`, `modified`): {_cell(schema['$defs']['when']['description'])}.", "",
              "| shape | JSON type | notes |", "| --- | --- | --- |"]
    for ref in schema["$defs"]["when"]["anyOf"]:
        if "$ref" in ref:
            shape = schema["$defs"][ref["$ref"].rsplit("/", 1)[-1]]
            lines.append(f"| {shape['title']} | {_json_type(shape)} | {_cell(shape['description'])} |")
    lines.append("")
    extra = "yes" if schema.get("additionalProperties") is False else "no"
    lines.append(f"Unknown keys allowed at the top level: **{'no' if extra == 'yes' else 'yes'}**.")
    lines.append("")
    return "\n".join(lines)


# -- sources and precedence --------------------------------------------------------------------

SOURCE_MODULES = {"jsonld": "jsonld", "opengraph": "opengraph", "meta": "meta",
                  "microdata": "microdata", "html": "html", "text": "datelines", "url": "url"}


def precedence_page() -> str:
    from articlekit.fields import merge

    sources = list(SOURCE_MODULES)
    for row in merge.PRECEDENCE.values():
        sources += [s for s in row if s not in sources]
    lines = ["Generated from `PRECEDENCE` and `HEADLINE_WEIGHTS` in "
             "`src/articlekit/fields/merge.py`.", "",
             "(sources-table)=", "| source | module | what it reads |", "| --- | --- | --- |"]
    for source in sources:
        module = SOURCE_MODULES.get(source)
        doc = ""
        if module:
            spec = importlib.util.find_spec(f"articlekit.sources.{module}")
            assert spec and spec.origin
            doc = ast.get_docstring(ast.parse(Path(spec.origin).read_text(encoding="utf-8"))) or ""
        lines.append(f"| `{source}` | {f'`sources/{module}.py`' if module else '-'} "
                     f"| {_cell(_first_line(doc))} |")
    lines += ["", "(precedence-table)=",
              "**Precedence**: for each field, the rank of each source (1 wins; a blank cell: the "
              "source is never used for that field).", "",
              "| field | " + " | ".join(f"`{s}`" for s in sources) + " |",
              "| --- |" + " --- |" * len(sources)]
    for field, row in merge.PRECEDENCE.items():
        ranks = {s: str(i + 1) for i, s in enumerate(row)}
        lines.append(f"| `{field}` | " + " | ".join(ranks.get(s, "") for s in sources) + " |")
    lines += ["", "(headline-weights)=", "**Headline vote weights** (`HEADLINE_WEIGHTS`):", "",
              "| candidate from | weight |", "| --- | --- |"]
    for source, weight in sorted(merge.HEADLINE_WEIGHTS.items(), key=lambda kv: -kv[1]):
        lines.append(f"| `{source}` | {weight:g} |")
    lines.append("")
    return "\n".join(lines)


# -- errors ------------------------------------------------------------------------------------

def errors_page() -> str:
    from articlekit import errors

    lines: list[str] = []

    import articlekit

    def walk(cls: type, depth: int) -> None:
        name = cls.__name__  # public as articlekit.NAME, or from its package (articlekit.sites)
        where = "articlekit" if hasattr(articlekit, name) else cls.__module__.rsplit(".", 1)[0]
        lines.append("    " * depth + f"- {{class}}`~{where}.{name}`: "
                     f"{_cell(_first_line(cls.__doc__))}")
        children = [c for c in cls.__subclasses__() if c.__module__.startswith("articlekit.")]
        for child in sorted(children, key=lambda c: c.__name__):
            walk(child, depth + 1)

    walk(errors.ArticleKitError, 0)
    builtin = []
    seen: list[type] = []
    pending: list[type] = [errors.ArticleKitError]
    while pending:
        cls = pending.pop(0)
        seen.append(cls)
        pending += [c for c in cls.__subclasses__() if c.__module__.startswith("articlekit.")]
    for cls in sorted(seen, key=lambda c: c.__name__):
        bases = [b.__name__ for b in cls.__mro__[1:]
                 if b.__module__ == "builtins" and b not in (Exception, BaseException, object)]
        if bases:
            builtin.append(f"`{cls.__name__}` is also a `{'`, `'.join(bases)}`")
    lines += ["", "Generated from the classes (`src/articlekit/errors.py`, "
              "`src/articlekit/sites/errors.py`). " + "; ".join(builtin) + ".", ""]
    return "\n".join(lines)


def options_page() -> str:
    from articlekit import Options

    source = ast.parse((SRC / "options.py").read_text(encoding="utf-8"))
    docs: dict[str, str] = {}
    for node in source.body:
        if isinstance(node, ast.ClassDef) and node.name == "Options":
            for item, after in zip(node.body, node.body[1:]):
                if (isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                        and isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)):
                    docs[item.target.id] = str(after.value.value)
    lines = ["| option | default | what it does |", "| --- | --- | --- |"]
    for field in attrs.fields(Options):
        default = field.default
        shown = f"{default:,}" if isinstance(default, int) and not isinstance(default, bool) else (
            repr(default) if isinstance(default, (bool, str, type(None))) else type(default).__name__)
        if isinstance(default, int) and default >= 1024 * 1024 and not isinstance(default, bool):
            shown += f" ({default / 1024 / 1024:g} MB)"
        lines.append(f"| `{field.name}` | `{shown}` | {_cell(docs.get(field.name, ''))} |")
    lines += ["", "Generated from `src/articlekit/options.py`.", ""]
    return "\n".join(lines)


# -- API reference -----------------------------------------------------------------------------

def _alias_docstring(module_file: Path, name: str) -> str | None:
    """The string literal right after ``name = ...`` at module level (how aliases are documented)."""
    body = ast.parse(module_file.read_text(encoding="utf-8")).body
    for node, after in zip(body, body[1:]):
        targets = (node.targets if isinstance(node, ast.Assign)
                   else [node.target] if isinstance(node, ast.AnnAssign) else [])
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            if isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant):
                return str(after.value.value)
    return None


# Names outside ``articlekit.__all__`` that extension authors use: (module, name, the module
# whose source documents it when it is not a class or a function).
EXTENDING = {
    "Site rules (`articlekit.sites`)": [
        ("articlekit.sites", "Registry", None), ("articlekit.sites", "SiteRule", None),
        ("articlekit.sites", "load_rule", None), ("articlekit.sites", "rule_from_dict", None),
        ("articlekit.sites", "SiteRuleError", None)],
    "Serializers (`articlekit.serialize`)": [
        ("articlekit.serialize", "Serializer", "articlekit.serialize.registry"),
        ("articlekit.serialize", "SERIALIZERS", "articlekit.serialize.registry"),
        ("articlekit.serialize", "to_json", None),
        ("articlekit.serialize", "article_to_dict", None),
        ("articlekit.serialize", "article_from_dict", None)],
    "Batches (`articlekit.batch`)": [
        ("articlekit.batch", "Item", None), ("articlekit.batch", "record", None),
        ("articlekit.batch", "iter_paths", None)],
}


def _entry(module_name: str, name: str, home: str | None) -> tuple[list[str], str]:
    """The autodoc block of one public name, and its docstring."""
    obj = getattr(importlib.import_module(module_name), name)
    if inspect.isclass(obj) or inspect.isfunction(obj):
        doc = inspect.getdoc(obj) or ""
        kind = "autoclass" if inspect.isclass(obj) else "autofunction"
        options = ["   :members:", "   :show-inheritance:"] if inspect.isclass(obj) else []
        if inspect.isclass(obj) and issubclass(obj, BaseException):
            options = ["   :show-inheritance:"]
        return ["```{eval-rst}", f".. {kind}:: {module_name}.{name}", *options, "```", ""], doc
    # an alias or a constant: documented by the string after its assignment in ``home``
    home_module = importlib.import_module(home or "articlekit.model")
    doc = _alias_docstring(Path(str(home_module.__file__)), name) or ""
    shown = str(obj).replace("articlekit.model.", "").replace("typing.", "")
    if len(shown) > 120:
        shown = type(obj).__name__
    return ["```{eval-rst}", f".. py:data:: {name}", "",
            *("   " + line if line else "" for line in inspect.cleandoc(doc).splitlines()),
            "", f"   Value: ``{_cell(shown)}``.", "```", ""], doc


def api_page() -> str:
    import articlekit

    sections = {
        "Extracting": ["extract", "Options"],
        "The Article and its blocks": ["Article", "Block", "Paragraph", "Heading", "ListBlock",
                                       "Quote", "Table", "Caption", "Provenance"],
        "Serializing": ["serialize", "from_json"],
        "Errors": [n for n in articlekit.__all__ if n.endswith("Error")],
    }
    listed = [n for names in sections.values() for n in names]
    missing = [n for n in articlekit.__all__ if n not in listed]
    if missing:
        sections["Other"] = missing
    lines = ["```{eval-rst}", ".. py:module:: articlekit", "   :no-index:", "```", ""]
    entries: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
        (title, "articlekit", [("articlekit", n, None) for n in names])
        for title, names in sections.items()]
    entries += [(title, names[0][0], names) for title, names in EXTENDING.items()]
    for index, (title, module_name, names) in enumerate(entries):
        if index == len(sections):
            lines += ["## For extension authors", "",
                      "Beyond `articlekit.__all__`: what a site rule, a serializer plugin or a "
                      "batch engine uses.", ""]
        lines += [f"{'###' if index >= len(sections) else '##'} {title}", "",
                  "```{eval-rst}", f".. py:currentmodule:: {module_name}", "```", ""]
        for module, name, home in names:
            block, doc = _entry(module, name, home)
            lines += block
            if ">>>" not in doc:
                logger.warning(f"{module}.{name}: its docstring has no example (>>>)",
                               type="articlekit", subtype="api")
    return "\n".join(lines)


# -- batch -------------------------------------------------------------------------------------

def include_batch(app: Sphinx, docname: str, source: list[str]) -> None:
    """``scaling`` is ``docs/batch.md`` when that page exists (it is written apart from these
    docs and included as it is); until then, the short page ``scaling.md`` itself."""
    if docname == "scaling" and (DOCS / "batch.md").is_file():
        source[0] = "```{include} batch.md\n```\n"


def reread_scaling(app: Sphinx, env: Any, added: set[str], changed: set[str],
                   removed: set[str]) -> list[str]:
    """Read ``scaling`` again on every build: ``batch.md`` may have appeared or changed."""
    return ["scaling"]


# -- the hook ----------------------------------------------------------------------------------

def _load(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def generate(app: Sphinx) -> None:
    _write(OUT / "schema.md", schema_page())
    _write(OUT / "precedence.md", precedence_page())
    _write(OUT / "errors.md", errors_page())
    _write(OUT / "options.md", options_page())
    _write(OUT / "api.md", api_page())
    figure = _load(DOCS / "_ext" / "body_figure.py", "articlekit_body_figure")
    figure.draw(REPO / "examples" / "news-page.html", OUT / "body-blocks.svg")
    report = _load(REPO / "bench" / "report.py", "articlekit_bench_report")
    report.render(json.loads((DOCS / "_data" / "bench-summary.json").read_text(encoding="utf-8")),
                  OUT / "benchmarks")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", generate)
    app.connect("source-read", include_batch)
    app.connect("env-get-outdated", reread_scaling)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
