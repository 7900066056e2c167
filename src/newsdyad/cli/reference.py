"""The CLI reference in Markdown, generated from the commands themselves (docs/cli.md).

`python -m newsdyad.cli.reference > docs/cli.md` rewrites it; a test fails when the file
and the commands disagree, so no command or option goes undocumented.
"""

from __future__ import annotations

import inspect

import click
import typer.main


def _walk(group: click.Group, prefix: tuple[str, ...]):
    for name in sorted(group.commands):
        cmd = group.commands[name]
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _walk(cmd, prefix + (name,))


def _param_row(param: click.Parameter) -> str:
    if param.param_type_name == "argument":
        name = param.name.upper()
        kind = "argument" + (" (one or more)" if param.nargs == -1 else "")
    else:
        name = ", ".join(param.opts + param.secondary_opts)
        kind = "flag" if getattr(param, "is_flag", False) else "option" + (" (repeatable)" if param.multiple else "")
    default = ""
    if param.param_type_name == "option" and param.default not in (None, False, (), []) and param.show_default is not False:
        default = f" Default: `{param.default}`."
    help_text = " ".join((getattr(param, "help", None) or "").split())
    return f"| `{name}` | {kind} | {help_text}{default} |"


def markdown_reference(app: typer.Typer | None = None) -> str:
    if app is None:
        from . import app
    root = typer.main.get_command(app)
    lines = ["# newsdyad command-line reference", "",
             "Generated from the commands by `python -m newsdyad.cli.reference`; do not edit by hand.", "",
             inspect.cleandoc(root.help or ""), ""]
    for path, cmd in _walk(root, ("newsdyad",)):
        lines += [f"## `{' '.join(path)}`", "", inspect.cleandoc(cmd.help or ""), ""]
        params = [p for p in cmd.params if p.name != "help"]
        if params:
            lines += ["| name | kind | meaning |", "|---|---|---|"]
            lines += [_param_row(p) for p in params]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    print(markdown_reference(), end="")
