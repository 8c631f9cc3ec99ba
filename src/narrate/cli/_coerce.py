"""Typer's option coercion without pydantic, for the plain types narrate's commands use.

Typer 0.29 coerces every option and argument value through a pydantic TypeAdapter, built per parameter at
each run: importing pydantic and building the adapters cost about 0.1 s of a 0.4 s unchanged batch rerun.
For str, int, float (with min, max, clamp), bool, Path (with Typer's own pydantic-free path checks) and
lists of those, a value in the common form (a str of ASCII digits for an int, a decimal for a float, a str
without a NUL for a Path) is coerced here to what pydantic would give; any other value goes to Typer's own
adapter, so the inputs accepted are Typer's exactly. A number out of its range, or one Typer cannot parse,
is refused in Click's words, naming the value. Other annotations (or a custom parser) keep Typer's coercion.

Hooked into Typer's private `_TyperParameter.get_runtime_param` by `install()`; on a Typer other than the
tested minor version (pyproject pins it), or one whose internals differ, `install()` leaves Typer alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args, get_origin

import typer
from typer._click.exceptions import BadParameter

TESTED_TYPER = "0.29."  # the Typer whose coercion this mirrors; on any other, Typer's own is kept

_INT = re.compile(r"-?[0-9]{1,18}")
_FLOAT = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_NUMBER_WORDS = {int: "integer", float: "float"}
_UNHANDLED = object()  # a value left to Typer's own adapter

Convert = Callable[[Any, Any, Any], Any]  # (value, param, ctx) -> the value, or _UNHANDLED


def _typer_coerce(descriptor: Any, value: Any, param: Any, ctx: Any) -> Any:
    """Typer's own coercion (pydantic) of one value."""
    from typer._coercion import build_runtime_param

    return build_runtime_param(descriptor)._coerce_value(value, param=param, ctx=ctx)


def _number(kind: type[Any], info: Any) -> Convert:
    from typer._coercion import resolve_type_descriptor
    from typer._display import describe_number_range

    pattern = _INT if kind is int else _FLOAT
    low, high, clamp = info.min, info.max, info.clamp
    bare = resolve_type_descriptor(
        kind, typer.models.OptionInfo()
    )  # no range: its failures are parse failures

    def parse(value: Any, param: Any, ctx: Any) -> Any:
        if type(value) is kind:
            return value
        if kind is float and type(value) is int:
            return float(value)
        if type(value) is str and pattern.fullmatch(value):
            return kind(value)
        try:
            return _typer_coerce(bare, value, param, ctx)
        except BadParameter:
            raise BadParameter(
                f"{value!r} is not a valid {_NUMBER_WORDS[kind]}.", ctx=ctx, param=param
            ) from None

    def convert(value: Any, param: Any, ctx: Any) -> Any:
        parsed = parse(value, param, ctx)
        if clamp:  # as Typer clamps: after parsing (NaN passes)
            if low is not None and parsed < low:
                return kind(low)
            if high is not None and parsed > high:
                return kind(high)
            return parsed
        if (low is not None and not parsed >= low) or (high is not None and not parsed <= high):
            bounds = describe_number_range(low, high)
            raise BadParameter(f"{parsed} is not in the range {bounds}.", ctx=ctx, param=param)
        return parsed

    return convert


def _path(info: Any) -> Convert:
    from typer._param_types import coerce_cli_path

    path_type = info.path_type if info.path_type is not None else Path

    def convert(value: Any, param: Any, ctx: Any) -> Any:
        if type(value) is str and "\0" not in value:
            value = Path(value)  # what pydantic makes of a str (one with a NUL it refuses)
        elif not isinstance(value, Path):
            return _UNHANDLED
        return coerce_cli_path(value, info, path_type=path_type, param=param, ctx=ctx)

    return convert


def _leaf(annotation: Any, info: Any) -> Convert | None:
    if annotation is str:
        return lambda value, param, ctx: value if type(value) is str else _UNHANDLED
    if annotation is bool:
        return lambda value, param, ctx: value if type(value) is bool else _UNHANDLED
    if annotation is int or annotation is float:
        return _number(annotation, info)
    if annotation is Path:
        return _path(info)
    return None


def _list(one: Convert) -> Convert:
    def convert(value: Any, param: Any, ctx: Any) -> Any:
        items = value if isinstance(value, (list, tuple)) else [value]
        out = [one(item, param, ctx) for item in items]
        return _UNHANDLED if any(item is _UNHANDLED for item in out) else out

    return convert


def converter(descriptor: Any) -> Convert | None:
    """The pydantic-free coercion of a parameter of this type, or None: Typer's own."""
    info = descriptor.parameter_info
    annotation = descriptor.annotation
    if descriptor.file_annotation is not None or info.parser is not None:
        return None
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        one = _leaf(item, info)
        return _list(one) if one is not None else None
    return _leaf(annotation, info)


def install() -> bool:
    """Make Typer coerce the plain types here; True if installed. Idempotent; a no-op on another Typer."""
    try:
        from typer import _coercion, core

        parameter = core._TyperParameter
        original = parameter.get_runtime_param
        base = _coercion.RuntimeParam
        fields = set(getattr(_coercion.TypeDescriptor, "__dataclass_fields__", ()))
    except (ImportError, AttributeError):
        return False
    if (
        not typer.__version__.startswith(TESTED_TYPER)
        or not {"annotation", "parameter_info", "file_annotation"} <= fields
        or "_coerce_value" not in getattr(base, "__abstractmethods__", ())
    ):
        return False
    if getattr(original, "_narrate", False):
        return True

    @dataclass(frozen=True)
    class FastRuntimeParam(base):  # type: ignore[misc, valid-type]  # Typer's RuntimeParam
        """Coerce with `convert`; a value it leaves is handed to Typer's own adapter."""

        convert: Convert
        descriptor: Any

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            result = self.convert(value, param, ctx)
            if result is _UNHANDLED:
                return _typer_coerce(self.descriptor, value, param, ctx)
            return result

    def get_runtime_param(self: Any) -> Any:
        if self._runtime_param is None:
            convert = converter(self.type_descriptor)
            if convert is None:
                return original(self)
            desc = self.type_descriptor
            self._runtime_param = FastRuntimeParam(
                annotation=desc.annotation,
                parameter_info=desc.parameter_info,
                convert=convert,
                descriptor=desc,
            )
        return self._runtime_param

    get_runtime_param._narrate = True  # type: ignore[attr-defined]
    parameter.get_runtime_param = get_runtime_param  # type: ignore[method-assign]
    return True
