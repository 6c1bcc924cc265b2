"""Chains as data: one config format (a mapping, read from TOML or JSON) naming built-in steps.

A config lists steps in order; each names a built-in cleaner with ``use`` and sets its
options; ``name`` renames the step (to run one cleaner twice, say)::

    max_passes = 16

    [[steps]]
    use = "normalize"
    quotes = "typographic"

    [[steps]]
    use = "boilerplate"

A config may instead start from the default chain and change it::

    base = "default"
    drop = ["language"]

    [configure.normalize]
    quotes = "typographic"

>>> chain = chain_from_config({"steps": [{"use": "normalize"}]})
>>> chain.names
('normalize',)
>>> chain_from_config(chain_to_config(chain)) == chain
True
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .chain import MAX_PASSES, Chain
from .cleaners import REGISTRY
from .cleaners.base import Cleaner
from .defaults import default_chain


class ConfigError(ValueError):
    """A config that does not describe a chain; the message says what to change."""


def _step(entry: Any, where: str) -> tuple[str, Cleaner]:
    if isinstance(entry, str):
        entry = {"use": entry}
    if not isinstance(entry, Mapping) or "use" not in entry:
        raise ConfigError(f"{where}: a step is a table with 'use = \"<cleaner>\"' (or a name)")
    options = dict(entry)
    use = options.pop("use")
    name = options.pop("name", use)
    if use not in REGISTRY:
        raise ConfigError(f"{where}: no built-in cleaner {use!r}; "
                          f"known: {', '.join(sorted(REGISTRY))}")
    try:
        return name, REGISTRY[use](**options)
    except TypeError as exc:
        raise ConfigError(f"{where} ({use}): {exc}") from None


def chain_from_config(config: Mapping[str, Any]) -> Chain:
    """Build a chain from a config mapping (see the module docstring for the format)."""
    unknown = set(config) - {"steps", "base", "drop", "configure", "max_passes"}
    if unknown:
        raise ConfigError(f"unknown config keys: {', '.join(sorted(unknown))}")
    max_passes = int(config.get("max_passes", MAX_PASSES))
    if "steps" in config:
        if "base" in config:
            raise ConfigError("give either 'steps' or 'base', not both")
        steps = [_step(e, f"steps[{i}]") for i, e in enumerate(config["steps"])]
        chain = Chain(steps, max_passes=max_passes)
    elif config.get("base", "default") == "default":
        chain = default_chain()
        chain = Chain(chain.steps, max_passes=max_passes)
    else:
        raise ConfigError(f"unknown base {config['base']!r}; the only base is 'default'")
    try:
        chain = chain.drop(*config.get("drop", ()))
        for name, options in dict(config.get("configure", {})).items():
            chain = chain.configure(name, **options)
    except (KeyError, TypeError) as exc:
        raise ConfigError(str(exc).strip('"')) from None
    return chain


def chain_to_config(chain: Chain) -> dict[str, Any]:
    """The config that rebuilds ``chain`` (built-in steps only)."""
    steps: list[dict[str, Any]] = []
    for name, cleaner in chain:
        use = type(cleaner).name
        if REGISTRY.get(use) is not type(cleaner):
            raise ConfigError(f"step {name!r} is not a built-in cleaner; it cannot be saved")
        entry: dict[str, Any] = {"use": use, **cleaner.options()}
        if name != use:
            entry["name"] = name
        steps.append(entry)
    return {"max_passes": chain.max_passes, "steps": steps}


def load_chain(path: str | Path) -> Chain:
    """Read a chain from a ``.toml`` or ``.json`` file."""
    path = Path(path)
    raw = path.read_bytes()
    try:
        if path.suffix == ".json":
            data = json.loads(raw)
        else:
            try:
                import tomllib  # type: ignore[import-not-found,unused-ignore]
            except ModuleNotFoundError:  # Python 3.10
                raise ConfigError("TOML configs need Python >= 3.11; use a .json config") \
                    from None
            data = tomllib.loads(raw.decode("utf-8"))
    except ValueError as exc:
        raise ConfigError(f"{path}: not valid {path.suffix.lstrip('.') or 'toml'}: {exc}") \
            from None
    if not isinstance(data, Mapping):
        raise ConfigError(f"{path}: the config must be a table/object")
    return chain_from_config(data)
